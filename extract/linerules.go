package extract

import (
	"cmp"
	"strings"
	"sync"

	"github.com/pare-dev/pare/rules"
	"golang.org/x/net/html/atom"
)

// The trimming registry: every rule that drops part of an article's body
// by what it says is one entry, with a stable name that Removal.By (and so
// Result.Removed and pare -explain) gives, its reason, and examples it
// must take and must leave, which TestLineRules and TestBlockRules run.
// Line rules read one block's text and run in lineRules' order, the
// first that takes a line winning; block rules read more than a line
// (blockRules).

// lineRule is one line rule.
type lineRule struct {
	// name is short, stable and kebab-case.
	name string
	// reason is what the rule removes. A rule whose reason the line gives
	// (byline-or-date, strip-text) sets line.reason instead.
	reason rules.Reason
	// prefilter, if set, is a cheap test of the text that match cannot
	// pass without; match runs only when it passes. It is derived from
	// the rule's word lists, never copied from them.
	prefilter func(text string) bool
	// match reports whether the rule takes the line.
	match func(l *line) bool
	// yes and no are lines the rule must take and must leave, read in
	// the context testLine gives them: a paragraph of the article
	// "Ferry timetable extended" at https://news.example.com/ferry,
	// above its prose, with no links.
	yes, no []string
}

// line is one body block as the line rules read it.
type line struct {
	text      string
	b         *block
	a         *article
	p         *page
	seenProse bool // a block of prose came before it in the body
	// reason and detail are set by a rule whose reason or Removal.By
	// detail depends on the line.
	reason rules.Reason
	detail string
}

// maxHeaderLineWeight is the text weight a line of an article's header
// (a kicker, a byline, a date line) stays under: a heavier line is prose.
// Once prose has started, only lighter lines are read as bylines and
// dates; a heavier line above the headline means the lines above it are
// no page header (dropAboveTitle). From the seed pages.
const maxHeaderLineWeight = 120

// lineRules are the line rules in the order they are tried: a publisher
// rule's strip_text first, then the title, the share bar's leftovers, ad,
// caption and copyright lines, prompts, and last the byline and date lines,
// whose reading feeds the article's metadata.
var lineRules = sync.OnceValue(func() []lineRule {
	lx := lineLex()
	return []lineRule{{
		name: "strip-text", // reason: the strip_text entry's
		match: func(l *line) bool {
			for _, s := range ruleTextStrips(l.a.rule) {
				if s.Pattern.MatchString(l.text) {
					l.reason, l.detail = s.Reason, "rule "+l.a.rule.Name+": "+s.Pattern.String()
					return true
				}
			}
			return false
		},
		yes: []string{"Follow us on Mastodon for more"},
		no:  []string{"The ferry will follow the old route."},
	}, {
		name:   "title-repeat",
		reason: rules.Title,
		match: func(l *line) bool {
			return sameText(l.text, l.a.title) || !l.seenProse && isHeading(l.b.owner) &&
				(similarTitle(l.text, l.a.title) || similarTitle(l.text, l.p.pageTitle()))
		},
		yes: []string{"Ferry timetable extended", "FERRY TIMETABLE EXTENDED."},
		no:  []string{"Ferry timetable extended through the winter, the council said on Tuesday.", "Ferry"},
	}, {
		name:   "share-label",
		reason: rules.Share,
		match:  func(l *line) bool { return lx.shareLine(l.text) },
		yes: []string{"Short Url", "Follow", "Share", "Facebook Twitter Email", "Share this article", "Copy link | WhatsApp",
			"Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.", "Follow the Opinion section on Facebook, Twitter (@Opinion) and Instagram.",
			"Síguenos en Telegram, Instagram, Facebook y Twitter", "Folgen Sie uns auf Facebook und Instagram"},
		no: []string{"Follow the money, investigators said.", "Twitter said it would appeal.", "",
			"Follow the river on foot and you reach the old mill.", "Follow him on Twitter, his lawyer told the court, and you will see the threats."},
	}, {
		name:   "page-address",
		reason: rules.Share,
		match:  func(l *line) bool { return urlLine(l.text, l.p.url) },
		yes:    []string{"https://news.example.com/ferry", "https://news.example.com/ferry/"},
		no:     []string{"https://council.example.org/minutes/2024-10", "news.example.com/ferry"},
	}, {
		name:   "ad-label",
		reason: rules.Ad,
		match:  func(l *line) bool { return lx.adLine(l.text) },
		yes:    []string{"Advertisement", "ADVERTISEMENT", "Story continues below advertisement", "Anzeige"},
		no:     []string{"Advertisements for the event appeared in March."},
	}, {
		name:   "gallery",
		reason: rules.Media,
		match:  func(l *line) bool { return lx.galleryLine(l.text, !l.seenProse) },
		yes:    []string{"Image 1 of 8", "Image 1 of / 8", "1 / 8", "Photo 3 of 12", "Bild 2 von 9", "Back to Gallery", "Caption", "Close"},
		no:     []string{"24/7", "9 out of 10", "10 of 9", "Close to the harbour, the ferry waits.", "Image 1 of 8 shows the harbour before the fire.", "Gallery"},
	}, {
		name:   "caption-toggle",
		reason: rules.Caption,
		match:  func(l *line) bool { return lx.captionToggleLine(l.text) },
		yes: []string{"Passengers board the late ferry at the harbour on Tuesday. less",
			"Passengers board the late ferry at the harbour on Tuesday, the first night of the new ... more"},
		no: []string{"The council wants more.", "The ferry will cost less", "Passengers paid more, the operator said, and got less."},
	}, {
		name:      "photo-credit",
		reason:    rules.Caption,
		prefilter: lx.mayBeCaption,
		match:     func(l *line) bool { return lx.captionLine(l.text) },
		yes: []string{
			"U.S. Secretary of State Antony Blinken walks to board his plane, in Tokyo, Wednesday, Nov. 8, 2023. (Jonathan Ernst/Pool Photo via AP)",
			"US Secretary of State Antony Blinken meets with South Korean Foreign Minister Park Jin in Seoul. (Reuters)",
			"Photo: Getty Images", "Bild: dpa", "Quelle: Reuters",
			"Crowds on the platform at Clapham Junction. Photograph: Jane Doe/Reuters",
			"© 2024 Calder Gazette",
		},
		no: []string{
			"LONDON (Reuters) - Rail passengers across southern England faced a third day of cancellations on Wednesday.",
			"The photo, taken in 1962, shows the harbour before the fire.",
		},
	}, {
		name:      "copyright-notice",
		reason:    rules.Other,
		prefilter: lx.mayBeCopyright,
		match:     func(l *line) bool { return lx.copyrightLine(l.text) },
		yes: []string{"The contents of this site are ©2024 Island Courier Ltd. All rights reserved.", "Copyright 2024 Island Courier",
			"(c) 2024 Island Courier", "Alle Rechte vorbehalten.", "Wszelkie prawa zastrzeżone"},
		no: []string{"The copyright of the photographs stays with the islanders who took them.",
			"All rights reserved by the island council are listed in the 1962 charter, which the court read in full on Monday before it heard the ferry operator, the harbour board and the residents' association, who had asked it to rule on the timetable."},
	}, {
		name:   "read-more",
		reason: rules.Related,
		match:  func(l *line) bool { return lx.relatedLine(l.text, l.b) },
		yes: []string{"Read more: Harbour fees rise again", "Lea más: Gobierno anuncia nuevas rutas", "LE PUEDE INTERESAR: La ficha del caso",
			"MIRA: Madre se acerca al juzgado", "Auch lesen:", "Das Thema könnte dich auch interessieren:", "NOTAS RELACIONADAS", "Schon gelesen?", "Related"},
		no: []string{"Lea el informe completo en la web del ministerio.", "Mirador de la costa abre en verano.", "Related companies reported losses.",
			"Read more about the timetable on the operator's website, where the council has also published the minutes of Tuesday's meeting."},
	}, {
		name:   "sign-up",
		reason: rules.Newsletter,
		match:  func(l *line) bool { return lx.newsletterLine(l.text) },
		yes: []string{"Sign up for our daily newsletter", "Subscribe to The Gazette for £1 a week", "Sign Up: Stay on top of the latest news!",
			"Get our free morning newsletter", "Get the day’s top headlines delivered to your inbox every morning.", "You have been successfully subscribed!",
			"There was a problem subscribing you to the newsletter.", "Abonnieren Sie unseren Newsletter",
			"SUBSCRIBE", "Breaking News Emails", "Let our news meet your inbox. The news and stories that matters, delivered weekday mornings.",
			"Get breaking news alerts and special reports.", "This site is protected by recaptcha Privacy Policy | Terms of Service"},
		no: []string{"Subscribers said the service had improved since the refit.", "Get ready: the ferry now runs every hour.",
			"There was a problem with the brakes, the inspector found.", "Sign up sheets were left at the harbour office.",
			"Subscribers", "Breaking news emails from the council reached residents late."},
	}, {
		name:      "byline-or-date", // reason: rules.Byline, or rules.Dateline for a line without a byline
		prefilter: mayBeMetaLine,
		match: func(l *line) bool {
			// A quote's own attribution ("— Ana Ruiz (@ana) March 3, 2024"
			// under an embedded post) reads like a byline and date but is
			// the quote's.
			if l.seenProse && l.b.weight >= maxHeaderLineWeight || inQuote(l.b.owner) {
				return false
			}
			r, ok := l.p.noteMetaLine(l.a, l.text)
			l.reason = r
			return ok
		},
		yes: []string{"By Ana Ruiz | March 3, 2024", "Posted on March 3, 2024 by Ana", "Updated 09 November 2023",
			"Claire Vidal – Publié le 5 octobre 2023 à 6 h 00", "Текст: Анна Петрова·11 октября 2018"},
		no: []string{"By the end of the year, prices had doubled.", "Matthew Lee", "On March 3 the council voted."},
	}, {
		// Last, so that a date the byline-or-date rule reads is metadata.
		name:   "value-line",
		reason: rules.Hidden,
		// A value in a table cell, in code or as a link's text is the
		// article's: a feed specification's example image address (wcxb
		// 4841, 4843, tune).
		match: func(l *line) bool {
			return l.b.link == 0 && !isCell(l.b.owner) && !inCode(l.b) && lx.valueLine(l.text)
		},
		yes: []string{"2019-11-13T23:06:00+01:00", "2019-11-13T23:06Z", "https://static6.example.de/image/5d1ce1ae-500-250/ferry.jpg",
			"https://news.example.com/assets/logo.png?v=3"},
		no: []string{"https://council.example.org/minutes/2024-10", "2019-11-13", "See https://news.example.com/photo.jpg for the map.",
			"Timetable: https://ferry.example.com/winter.pdf"},
	}}
})

// inCode reports whether b's text is code: under a <code> or <pre>, or
// its owner's one child, a <code>.
func inCode(b *block) bool {
	return under(b.owner, atom.Code, atom.Pre) || b.first != nil && b.first == b.last && isElem(b.first, atom.Code)
}

// mayBeMetaLine is byline-or-date's prefilter: parseMetaLine's own.
func mayBeMetaLine(text string) bool {
	t := strings.TrimSpace(text)
	return t != "" && len(t) <= maxMetaLine && metaLex().mayBeMeta(t)
}

// lineReason runs the line rules (reg, lineRules') on one body block,
// l, and returns the reason of the first that takes it and the Removal.By
// that names the rule.
func lineReason(reg []lineRule, l *line) (rules.Reason, string) {
	for i := range reg {
		r := &reg[i]
		if r.prefilter != nil && !r.prefilter(l.text) {
			continue
		}
		l.reason, l.detail = "", ""
		if !r.match(l) {
			continue
		}
		by := r.name
		if l.detail != "" {
			by += " (" + l.detail + ")"
		}
		return cmp.Or(l.reason, r.reason), by
	}
	return "", ""
}

func ruleTextStrips(r *rules.Rule) []rules.TextStrip {
	if r == nil {
		return nil
	}
	return r.StripText
}

// blockRule is a boilerplate detector that reads more than one line: a
// section, an element, the run of lines at an end of the body. Its code
// is its stage's (trim.go, sections.go); the registry holds what
// Removal.By names and the examples.
type blockRule struct {
	name   string
	reason rules.Reason
	// yes and no are articles the detector must and must not remove
	// something from: the HTML inside an <article>, where {story} stands
	// for three paragraphs of prose (Story in the tests).
	yes, no []string
}

// The block rules, in the order cleanBody runs them.
var (
	// boilerSectionRule: a heading that names a box the site adds
	// (boilerplate-headings.txt) takes its section: the wrapper it opens,
	// or what follows it up to the next heading of its rank (sections.go).
	boilerSectionRule = blockRule{
		name: "boilerplate-section", reason: rules.Related,
		yes: []string{
			`<h1>Ferry timetable extended</h1>{story}<h3>Related stories</h3><p><a href="/a">Harbour fees rise again</a> The port board approved the rise in a close vote on Monday evening.</p><p><a href="/b">Bridge plan delayed</a></p>`,
			`<h1>Ferry timetable extended</h1>{story}<h2>3 Comments</h2><p>I have waited years for this, finally a boat home after the late shift at the hospital.</p>`,
		},
		no: []string{
			`<h1>Ferry timetable extended</h1>{story}<h3>Read More</h3><p>The ferry operator said it would publish the new timetable online next week.</p>`,
			`<h1>Ferry timetable extended</h1>{story}<h3>Timetable</h3><p>Crossings run every ninety minutes until ten at night, the operator said on its website.</p>`,
		},
	}
	// linkListRule: an element of the body that is mostly links and not
	// large — teaser lists, tag clouds, "more stories" — the conditional
	// cleaning of Readability.js reduced to its strongest test (linkLists).
	linkListRule = blockRule{
		name: "link-list", reason: rules.Related,
		yes: []string{`<h1>Ferry timetable extended</h1>{story}<ul><li><a href="/a">Harbour fees rise again after a close vote</a></li><li><a href="/b">Bridge plan delayed by another survey</a></li></ul>`},
		no:  []string{`<h1>Ferry timetable extended</h1>{story}<ul><li>Crossings every ninety minutes until ten at night</li><li>The cost met from <a href="/parking">parking revenue</a></li></ul>`},
	}
	// aboveHeadlineRule: the short lines kept above a headline the body
	// repeats — section labels, kickers, breadcrumbs — belong to the
	// page's header (dropAboveTitle).
	aboveHeadlineRule = blockRule{
		name: "above-headline", reason: rules.Navigation,
		yes: []string{`<p><a href="/news">News</a></p><p>Transport</p><h1>Ferry timetable extended</h1>{story}`},
		no:  []string{`<h1>Ferry timetable extended</h1>{story}`},
	}
	// bodyCopyRule: a long block that repeats the rest of the body, as
	// a page's hidden microdata copy of its articleBody does once the
	// class that hid it is gone (dropBodyCopy).
	bodyCopyRule = blockRule{
		name: "body-copy", reason: rules.Hidden,
		yes: []string{
			"<h1>Ferry timetable extended</h1><p>" + strings.Join(copyExample, "</p><p>") + "</p><div>" + strings.Join(copyExample, " ") + "</div>",
			"<h1>Ferry timetable extended</h1><div>" + strings.Join(copyExample, " ") + "</div><p>" + strings.Join(copyExample, "</p><p>") + "</p>",
		},
		no: []string{
			"<h1>Ferry timetable extended</h1><p>" + strings.Join(copyExample, "</p><p>") + "</p><p>" + copyExample[0] + " " + copyNotCopy + "</p>",
			// One long paragraph shown twice, as terms for each region are.
			"<h1>Ferry timetable extended</h1><p>" + strings.Join(copyExample, " ") + "</p><p>" + strings.Join(copyExample, " ") + " The same holds on the mainland.</p>",
		},
	}
	// adjacentCopyRule: a block that says again what the block before it
	// said, as a slideshow's captions and a responsive page's twin
	// teasers do (dropAdjacentCopies).
	adjacentCopyRule = blockRule{
		name: "adjacent-copy", reason: rules.Hidden,
		yes: []string{`<h1>Ferry timetable extended</h1>{story}<p>Passengers board the late ferry at the harbour.</p><img src="a.jpg"><p>Passengers board the late ferry at the harbour.</p>`},
		no:  []string{`<h1>Ferry timetable extended</h1><p>Passengers board the late ferry at the harbour.</p>{story}<p>Passengers board the late ferry at the harbour.</p>`},
	}
	// highlightsRule: a short list of highlight bullets that opens the
	// body goes to Article.Summary (dropSummary).
	highlightsRule = blockRule{
		name: "highlights", reason: rules.Summary,
		yes: []string{`<h1>Ferry timetable extended</h1><ul><li>Crossings every ninety minutes until ten at night</li><li>The extra cost is met from parking revenue</li></ul>{story}`},
		no:  []string{`<h1>Ferry timetable extended</h1>{story}<ul><li>Crossings every ninety minutes until ten at night</li><li>The extra cost is met from parking revenue</li></ul><p>The operator will publish the new timetable online next week, with the first extra crossings in November.</p>`},
	}
	// signOffRule: closing lines that repeat the byline, as agency copy
	// ends: "Matthew Lee, The Associated Press" (dropSignOff).
	signOffRule = blockRule{
		name: "sign-off", reason: rules.SignOff,
		yes: []string{`<h1>Ferry timetable extended</h1><p>By Ana Ruiz</p>{story}<p>Ana Ruiz</p>`},
		no:  []string{`<h1>Ferry timetable extended</h1>{story}<p>Ana Ruiz</p>`},
	}
	// edgeDebrisRule: the short lines left at either end of the body once
	// its header and footer are gone: kickers, labels, reading times,
	// button texts, a lone "Tags" (dropDebris).
	edgeDebrisRule = blockRule{
		name: "edge-debris", reason: rules.Other,
		yes: []string{`<h1>Ferry timetable extended</h1><p>Transport</p>{story}<p><a href="/tags/ferry">Ferries</a></p>`},
		no:  []string{`<h1>Ferry timetable extended</h1>{story}<p>Photos by the author.</p>`},
	}
)

// copyExample is the body of bodyCopyRule's examples: paragraphs that
// together weigh more than minBodyCopyWeight; copyNotCopy is a paragraph
// of its own, which with one of them makes a long paragraph that is no
// copy.
var (
	copyExample = []string{
		"The council voted on Tuesday to extend the ferry timetable through the winter, after a petition signed by more than four thousand residents, the largest in the town's history, asked for a boat home after the late shift.",
		"Officials said the extra crossings would cost about two hundred thousand pounds a year, to be met from parking revenue, and would start in the first week of November, once the operator has hired and trained the crews it needs.",
		"Residents on the island, many of whom commute to the mainland for work at the hospital, the port and the university, had complained for years that the last boat left too early in the evening for anyone on a late shift.",
		"The operator said it would publish the new timetable on its website next week, and that tickets for the late crossings would cost the same as those for the day, with the usual discounts for residents, pupils and pensioners.",
		"The harbour board, which owns the slipways at both ends of the crossing, said it had agreed to keep the lights and the waiting rooms open until midnight, and would review the arrangement with the council in the spring.",
		"Bus services on the mainland will be changed to meet the late boats, the transport authority said, although the night bus to the hospital will keep its present times because most of its passengers are nurses who start at ten.",
		"Campaigners who organised the petition said they were delighted, but that they would keep up the pressure for a Sunday service, which the council has so far refused on the grounds that too few people would use it in the winter.",
	}
	copyNotCopy = "Opposition councillors, who had voted against the extension in committee, said they would ask the auditor to look at the figures again before the budget meeting in February, because the parking revenue had fallen two years running and the operator's own estimate of the cost had risen twice since the summer, and the town could not afford to fund another service it had not planned for."
)

// blockRules lists the block rules for the tests.
var blockRules = []*blockRule{&boilerSectionRule, &linkListRule, &aboveHeadlineRule, &bodyCopyRule, &adjacentCopyRule, &highlightsRule, &signOffRule, &edgeDebrisRule}
