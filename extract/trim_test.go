package extract_test

import (
	"context"
	"strings"
	"testing"

	"github.com/pare-dev/pare/extract"
)

// TestTrim runs small pages through Extract and checks what the body
// keeps and what it loses: one case per trimming rule, and the cases the
// rule must leave alone.
func TestTrim(t *testing.T) {
	more := `<p>The ferry operator said it would publish the new timetable online next week, with crossings every ninety minutes until ten at night.</p>`
	tests := []struct {
		name   string
		body   string
		keep   []string
		remove []string
	}{
		{
			name: "related section after the article",
			body: story + more + `<h3>Related stories</h3><p><a href="/a">Harbour fees rise again</a> The port board approved the rise in a close vote on Monday evening.</p><p><a href="/b">Bridge plan delayed</a></p>`,
			keep: []string{"ten at night"}, remove: []string{"Related stories", "Harbour fees", "Bridge plan"},
		},
		{
			name: "author box in its own wrapper",
			body: story + `<div class="box"><h4>Über den Autor</h4><p>Jan Muster schreibt seit 2010 über Verkehr, Häfen und die Politik der Küstenorte im Norden.</p></div>` + more,
			keep: []string{"ten at night", "largest in the town"}, remove: []string{"Über den Autor", "Jan Muster"},
		},
		{
			name: "inline box mid-article ends at the next paragraph",
			body: story + `<p><strong>DON'T MISS</strong></p><p><a href="/c">Ferry strike called off [LATEST]</a></p>` + more,
			keep: []string{"ten at night"}, remove: []string{"DON'T MISS", "strike called off"},
		},
		{
			name: "a box of teasers with long excerpts after the story goes whole",
			body: story + more + `<div class="more-news"><h2>More in Island News</h2><ul>` +
				`<li><article class="post"><h5><a href="/a">Harbour fees rise</a></h5><div class="excerpt">The port board approved the rise in a close vote on Monday evening, after a long debate about costs that ran past midnight and left members tired.</div></article></li>` +
				`<li><article class="post"><h5><a href="/b">Bridge plan delayed</a></h5><div class="excerpt">Engineers asked for another survey of the riverbed before work can start on the new span, which will add six months to the schedule.</div></article></li>` +
				`<li><article class="post"><h5><a href="/c">School roof repaired</a></h5><div class="excerpt">Pupils return on Monday after the summer storm damage was fixed, the council said yesterday, thanking the builders for working through August.</div></article></li>` +
				`</ul></div>`,
			keep: []string{"largest in the town", "ten at night"}, remove: []string{"More in Island News", "port board", "riverbed", "Pupils return"},
		},
		{
			name: "the page footer goes, however much its testimonials say",
			body: story + more + `<footer role="contentinfo"><div class="quotes">` +
				`<p>Great people and a clean, friendly office. They really care about every family that walks through the door, and they explain everything twice if you need it, without ever making you feel rushed or silly.</p>` +
				`<p>Booking was easy, the staff were kind, and the doctor took all the time we needed to answer our questions, even the ones we were a little embarrassed to ask about sleep and food and screens.</p>` +
				`<p>We switched from another practice last year and have not regretted it once; the nurses are wonderful with children, patient with the nervous ones and funny with the older ones who think they are too old for it.</p>` +
				`<p>Quick to answer the phone in the morning, and always able to fit us in the same day when one of the kids is ill, which with four of them at home happens far more often than we would like to admit.</p>` +
				`</div></footer>`,
			keep: []string{"largest in the town", "ten at night"}, remove: []string{"clean, friendly office", "fit us in the same day"},
		},
		{
			name: "an embedded post keeps its attribution, a date line of its own",
			body: story + `<blockquote class="twitter-tweet"><p>The new timetable is a win for every islander who works late.</p><p>— Island Commuters (@islandcommute) March 3, 2024</p></blockquote>` + more,
			keep: []string{"win for every islander", "(@islandcommute) March 3, 2024", "ten at night"},
		},
		{
			name: "comment count in the byline opens nothing",
			body: `<p class="meta">12 Comments</p>` + story + more,
			keep: []string{"largest in the town", "ten at night"},
		},
		{
			name: "read more expander is not a section",
			body: story + `<h3>Read More</h3>` + more,
			keep: []string{"largest in the town", "ten at night"},
		},
		{
			name: "comments run to the end",
			body: story + more + `<h2>3 Comments</h2><p>I have waited years for this, finally a boat home after the late shift at the hospital.</p><p>About time too. The old timetable made it impossible to see a film on the mainland.</p>`,
			keep: []string{"ten at night"}, remove: []string{"late shift", "see a film"},
		},
		{
			name: "WordPress's comments heading quotes the post's title, however long",
			body: story + more + `<h3>2 thoughts on “Ferry timetable extended through the winter: what the new late sailings mean for the island's night workers”</h3><p>I have waited years for this, finally a boat home after the late shift at the hospital.</p><p>About time too. The old timetable made it impossible to see a film on the mainland.</p>`,
			keep: []string{"ten at night"}, remove: []string{"thoughts on", "late shift", "see a film"},
		},
		{
			name: "a heading quoting a title is no comments heading without its words",
			body: story + `<h3>Why “Ferry timetable extended through the winter: what the new late sailings mean for the island's night workers” matters</h3>` + more,
			keep: []string{"largest in the town", "matters", "ten at night"},
		},
		{
			name: "a comments heading over a list of posts opens them, however short the post above",
			body: `<p>Our open thread is here for your questions about the ferry timetable.</p><div class="css-f9">Comments</div><div class="css-zl">` +
				strings.Repeat(`<div class="css-i0"><div class="css-f0"><strong>Bo Li</strong> on March 4, 2024 at 9:12 am said:</div><p>Will the late sailings run on public holidays as well, or only on weekdays when the hospital shifts end?</p><p>Several of us on the night shift would like to know before we sell our cars.</p></div>`, 3) + `</div>`,
			keep: []string{"questions about the ferry timetable"}, remove: []string{"public holidays", "night shift"},
		},
		{
			name: "a discussion section in paragraphs stays",
			body: `<p>Our survey asked islanders how they travel to the mainland.</p><div class="css-f9">Discussion</div><div class="css-d1">` +
				strings.Repeat(`<p>Most of those who answered drive to the harbour and leave their cars there, which fills the car park by eight in the morning.</p>`, 3) + `</div>`,
			keep: []string{"how they travel", "fills the car park"},
		},
		{
			name: "short lines at the edges",
			body: `<p class="kicker">Transport</p><p>5 min read</p>` + story + more + `<p><a href="/tags/ferry">Ferries</a></p><p>Share</p><h4>Contact us</h4>`,
			keep: []string{"largest in the town", "ten at night"}, remove: []string{"Transport", "5 min", "Ferries", "Share", "Contact us"},
		},
		{
			name: "a closing note stays",
			body: story + more + `<p>Photos by the author.</p>`,
			keep: []string{"ten at night", "Photos by the author."},
		},
		{
			name: "the page's own address goes, other addresses stay",
			body: `<p>https://news.example.com/ferry</p>` + story + `<p>https://council.example.org/minutes/2024-10</p>` + more,
			keep: []string{"https://council.example.org/minutes/2024-10"}, remove: []string{"https://news.example.com/ferry"},
		},
		{
			name: "copyright notice",
			body: story + more + `<p>The contents of this site are ©2024 Island Courier Ltd. All rights reserved.</p>`,
			keep: []string{"ten at night"}, remove: []string{"©2024"},
		},
		{
			name: "a hover card inside a paragraph",
			body: `<p>The vote followed a petition by <span class="rollover-people"><a href="/p/ana">Ana Ruiz</a><span class="rollover-people-block">Ana Ruiz latest: Harbour fees rise again</span></span>, a local teacher who gathered most of the names herself.</p>` + story + more,
			keep: []string{"petition by Ana Ruiz, a local teacher"}, remove: []string{"Harbour fees"},
		},
		{
			name: "a hover card with generated class names, known by repeating its link",
			body: `<p>The vote followed a petition by <span class="c-9x2"><a href="/p/ana">Ana Ruiz</a><span class="c-k3v"><img src="/p/ana.jpg" alt=""><a href="/p/ana">Ana Ruiz</a><a href="/s/1">Harbour fees rise again</a> <a href="/s/2">Ferry staff vote on strike</a> <a href="/p/ana">MORE</a></span></span>, a local teacher who gathered most of the names herself.</p>` + story + more,
			keep: []string{"petition by Ana Ruiz, a local teacher"}, remove: []string{"Harbour fees", "MORE"},
		},
		{
			name: "links after a link in a sentence stay",
			body: `<p>The vote followed petitions by <a href="/p/ana">Ana Ruiz</a><span> and by <a href="/p/bo">Bo Li</a>, <a href="/p/tom">Tom Hale</a> and <a href="/p/ana">her sister</a> last spring</span>, who gathered most of the names.</p>` + story + more,
			keep: []string{"Bo Li, Tom Hale and her sister last spring"},
		},
		{
			name: "an author box goes, a wrapper named after the author stays",
			body: `<div class="post author-anaruiz">` + story + more + `</div><div class="author-box"><p>Ana Ruiz has covered the island's transport for the Courier since 2015, and writes a weekly column on local history.</p></div>`,
			keep: []string{"largest in the town", "ten at night"}, remove: []string{"weekly column"},
		},
	}
	ex := newExtractor(t, extract.Options{})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head><title>Ferry timetable extended | The Island Courier</title></head><body><article><h1>Ferry timetable extended</h1>` + tc.body + `</article></body></html>`
			res, err := ex.Extract(context.Background(), strings.NewReader(page), "https://news.example.com/ferry")
			if err != nil || len(res.Articles) != 1 {
				t.Fatalf("err %v, %d articles (reason %q)", err, len(res.Articles), res.Reason)
			}
			text := res.Articles[0].Text
			for _, s := range tc.keep {
				if !strings.Contains(text, s) {
					t.Errorf("lost %q:\n%s", s, text)
				}
			}
			for _, s := range tc.remove {
				if strings.Contains(text, s) {
					t.Errorf("kept %q:\n%s", s, text)
				}
			}
		})
	}
}
