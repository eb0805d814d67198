package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// keepFound makes sure that putting the marks back after a retry (see
// generic and restoreMarks) does not take away the articles the retry
// found. restoreMarks lifts only the marks that hold a third or more of
// a body's prose; a body cut into many sections that each carry a
// clutter word ("TestReport__Section--Ads" on every section of a
// review), or a thread whose every post is classed as a comment, has no
// such mark, so every part of it went back under its mark and trimming
// left the page with no article at all.
//
// When a body no longer passes the article gate (articleEnough) once
// the marks are back, the marks inside it that held an article's worth
// of running text on their own while it was found (minArticleProse;
// found, see foundProse) stay lifted, as Readability.js keeps its flags
// off for the article its retry returns. Marks on what holds less go
// back as restoreMarks left them: a share bar, a caption, and the
// teasers of a front page, each a headline and a sentence, which a retry
// without class-word marks reads as a body of short paragraphs (the
// generic/no-article golden). So do marks on a panel that holds a form
// (see holdsForm): a sign-up dialog's messages read as sentences, but
// they are the page's interface, not its article.
func (p *page) keepFound(bodies []body, found map[*html.Node]int32) {
	changed := false
	for _, b := range bodies {
		if p.articleEnough(b) {
			continue
		}
		for _, r := range b.roots {
			walk(r, func(n *html.Node) bool {
				if found[n] >= minArticleProse && p.marked(n) && !holdsForm(n) {
					p.vetoed[n] = true
					changed = true
				}
				return true
			})
		}
	}
	if changed {
		p.applyMarks()
	}
}

// foundProse records, before restoreMarks, the prose each marked element
// inside the bodies holds with the marks of the retry's level, for
// keepFound.
func (p *page) foundProse(bodies []body) map[*html.Node]int32 {
	found := map[*html.Node]int32{}
	for _, b := range bodies {
		for _, r := range b.roots {
			walk(r, func(n *html.Node) bool {
				if _, ok := p.marks[n]; ok {
					found[n] = p.prose(n)
				}
				return true
			})
		}
	}
	return found
}

// holdsForm reports whether n holds a <form>. The page's cleaning has
// removed the fields themselves (clean.go drops input, select, textarea
// and button), but the form that held them stays. A page built on one
// form around the whole of it (ASP.NET's) has it above the marks, not in
// them.
func holdsForm(n *html.Node) bool {
	return findElem(n, atom.Form) != nil
}

// shownBodies returns the bodies that still show text once the marks are
// back (restoreMarks, keepFound), or nil when none does. A retry that
// lifted a dialog's marks can take its messages for the article; the
// dialog's marks go back (a panel holding a form, see keepFound) and
// trimming would leave nothing, so the page ended with no article while
// the passes after the retry (the next level, generic's short pass, the
// described body) were never asked. A body with nothing unmarked is no
// article the retry found, and the next pass runs.
func (p *page) shownBodies(bodies []body) []body {
	var out []body
	for _, b := range bodies {
		for _, r := range b.roots {
			if t, _ := p.weights(r); t > 0 { // the sums weigh unmarked text only
				out = append(out, b)
				break
			}
		}
	}
	return out
}
