package extract_test

import (
	"context"
	"strings"
	"testing"

	"github.com/pare-dev/pare/extract"
)

// TestArticleGate holds the line between a page's article and a page
// that merely has some text (articleEnough): short articles that are
// all the running text of their page pass, and a poem's lines count as
// the stanzas they make.
func TestArticleGate(t *testing.T) {
	nav := `<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>`
	// post is a forum post as XenForo nests it: its text deeper than the
	// five levels a paragraph's score reaches (see score), beside the
	// member's details, which outweigh it.
	post := func(who, when, text string) string {
		return `<article class="message message--post"><div class="user"><h4><a href="/members/` + who + `">` + who + `</a></h4><h5>Member</h5><dl><dt>Joined</dt><dd>Mar 3, 2021</dd><dt>Messages</dt><dd>1,204</dd><dt>Reaction score</dt><dd>310</dd></dl></div>` +
			`<div class="inner"><div class="cell"><div class="main"><time>` + when + `</time><div class="content"><div class="body">` + text +
			`</div></div></div></div></div></article>`
	}
	footer := `<footer><p>© 2024 The Calder Gazette, Harbour Street 12, 4450 Calder. All rights reserved; reproduction only with the publisher's written consent.</p></footer>`
	tests := []struct {
		name string
		body string
		want string // a line of the article's text, "" for no article
	}{
		{
			name: "a paywalled story's free paragraph",
			body: nav + `<div class="story"><h1>Good wages alone are not enough</h1><div class="content">` +
				`<p>The employers' centre invited its members to a discussion. They talked about how firms find enough staff ...</p></div>` +
				`<div class="paywall"><h2>Would you like to read on?</h2><p><a href="/subscribe">Subscribe</a></p></div></div>` + footer,
			want: "The employers' centre invited its members to a discussion.",
		},
		{
			name: "two short texts, neither the page's article",
			body: nav + `<div class="left"><div class="box"><h2>Opening hours</h2><p>The town hall is open from Monday to Friday, from eight in the morning until noon, and on Thursday afternoons until six for registrations and passports.</p></div></div>` +
				`<div class="right"><div class="box"><h2>Waste collection</h2><p>Household waste is collected every second Tuesday; paper and glass go to the recycling yard by the harbour, which opens on Saturdays.</p></div></div>` + footer,
			want: "",
		},
		{
			name: "a song's verses, one line a <br>",
			body: nav + `<div class="post"><h1>Only missing you</h1><div class="lyrics">` +
				`Love that is gone cannot be won back<br>I still have words to say to you<br>Cannot bear to say them, too late to say<br>Words of parting are the hardest to say<br><br>` +
				`You will find a new life<br>I will put away my sorrow<br>Believe that it was all worth it<br>So go now without a worry<br><br>` +
				`Wish you happiness and joy, fly free<br>An angel is by your side<br>Besides your bright smile and voice<br>I can only miss you` +
				`</div></div>` + footer,
			want: "I still have words to say to you",
		},
		{
			name: "a thread of short posts, one article as a whole",
			body: nav + `<h1>Best first telescope?</h1><div class="thread">` +
				post("stargazer", "Jul 18, 2024", "I am new to astronomy here: which telescope should I buy first?") +
				post("orion_fan", "Jul 19, 2024", "Start with a pair of binoculars and a good sky chart, honestly.") +
				post("stargazer", "Jul 20, 2024", "Thanks, that is good advice! I will try the binoculars first.") +
				`</div>` + footer,
			want: "Start with a pair of binoculars",
		},
		{
			name: "a front page's sections, a headline per story, no thread",
			body: nav + `<main>` +
				`<section class="front"><h2>Local</h2><div class="card"><h3><a href="/a">Harbour bridge to close</a></h3><p>Work starts in May and takes three months, the council said.</p></div><div class="card"><h3><a href="/b">School opens</a></h3><p>Lessons began on Monday.</p></div></section>` +
				`<section class="front"><h2>Sport</h2><div class="card"><h3><a href="/c">Rowers win the cup</a></h3><p>The club beat its rivals by two lengths on a windy Saturday.</p></div><div class="card"><h3><a href="/d">Pool reopens</a></h3><p>Swimming is back in June.</p></div></section>` +
				`<section class="front"><h2>Culture</h2><div class="card"><h3><a href="/e">Choir sings in Vienna</a></h3><p>Forty singers from the town travelled by train for the concert.</p></div><div class="card"><h3><a href="/f">Library hours</a></h3><p>Open late on Thursdays.</p></div></section>` +
				`</main>` + footer,
			want: "",
		},
	}
	ex := newExtractor(t, extract.Options{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := "<!doctype html><html><head><title>Page</title></head><body>" + tt.body + "</body></html>"
			res, err := ex.Extract(context.Background(), strings.NewReader(page), "https://news.example.com/story")
			if err != nil {
				t.Fatal(err)
			}
			articleHolding(t, res, tt.want)
		})
	}
}

// TestDescribedBody holds the described-body fallback (describedBody): a
// page whose few visible lines are its own description yields them as
// its article, however short, and a description the page does not show
// gives no article.
func TestDescribedBody(t *testing.T) {
	desc := "Do you remember how variables work? Here is an excerpt from our teaching materials! Variables are no problem for you? Then try our puzzle!"
	nav := `<nav><ul><li><a href="/">Home</a></li><li><a href="/blog">Blog</a></li><li><a href="/puzzle">Puzzle</a></li></ul></nav>`
	// signIn is one panel of a sign-in dialog: its messages read as
	// sentences, and the retry without class-word marks takes the row of
	// them for a body.
	signIn := func(msg string) string {
		return `<div class="dark-modal"><form><h2>Sign in</h2><p>` + msg + `</p></form></div>`
	}
	tests := []struct {
		name, body, want string
	}{
		{
			name: "the description shown in two lines",
			body: nav + `<div class="post"><h1>Variables and their home</h1><div class="intro"><p>Do you remember how variables work?</p><p>Here is an excerpt from our teaching materials!</p></div>` +
				`<p>Variables are no problem for you? Then try our <a href="/puzzle">puzzle</a>!</p></div>`,
			want: "Here is an excerpt from our teaching materials!",
		},
		{
			name: "the description in a box classed as a caption",
			body: nav + `<div class="video"><h1>Variables and their home</h1><div class="item-caption"><p class="item-description">` + desc + `</p></div></div>`,
			want: "Here is an excerpt from our teaching materials!",
		},
		{
			name: "beside a sign-in dialog whose messages read as sentences",
			body: nav + `<div class="video"><h1>Variables and their home</h1><div class="item-caption"><p class="item-description">` + desc + `</p></div></div>` +
				`<div class="panels">` + signIn("Please fill in every field marked with a star before you go on.") +
				signIn("This e-mail address does not look right: it must hold an @ and a domain that exists.") +
				signIn("No account is known for this e-mail address, or the password you gave is wrong.") +
				signIn("The password must be at least eight characters long and hold a capital letter and a digit.") + `</div>` +
				`<aside><h2>About us</h2><p>We make teaching materials for children who want to learn how computers think, from their first steps to their own programs.</p>` +
				`<p>Our puzzles are written by teachers and tried in classrooms across the country before they are published here.</p></aside>` +
				`<footer><p>All materials on this site may be used in schools free of charge, as long as the source is named.</p>` +
				`<p>Questions about our materials can be sent to our team, who answer every message within a week.</p></footer>`,
			want: "Here is an excerpt from our teaching materials!",
		},
		{
			name: "a description the page does not show",
			body: nav + `<div class="post"><h1>Variables and their home</h1><p>Opening hours: Monday to Friday.</p></div>`,
		},
	}
	ex := newExtractor(t, extract.Options{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := `<!doctype html><html><head><title>Variables</title><meta name="description" content="` + desc + `"></head><body>` + tt.body + `</body></html>`
			res, err := ex.Extract(context.Background(), strings.NewReader(page), "https://kids.example.org/blog/variables")
			if err != nil {
				t.Fatal(err)
			}
			articleHolding(t, res, tt.want)
		})
	}
}

// articleHolding checks that res gives no article when want is empty,
// else exactly one whose text holds want, and returns it (nil for none).
func articleHolding(t *testing.T, res *extract.Result, want string) *extract.Article {
	t.Helper()
	if want == "" {
		if len(res.Articles) != 0 {
			t.Fatalf("got %d articles, want none; first: %q", len(res.Articles), res.Articles[0].Text)
		}
		return nil
	}
	if len(res.Articles) != 1 {
		t.Fatalf("got %d articles, want 1 (reason %q)", len(res.Articles), res.Reason.Text)
	}
	if a := &res.Articles[0]; !strings.Contains(a.Text, want) {
		t.Errorf("text %q does not hold %q", a.Text, want)
	}
	return &res.Articles[0]
}
