package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// A teaser page for a lesson, a video's page, a short notice: its
// visible text is a few sentences, too few for the article gate and
// even for a short article (see shortArticle), or outweighed by other
// text on the page (the teasers of related videos). But the page
// says which text is its own: its description (<meta name=description>,
// OpenGraph, JSON-LD) repeats it. describedBody takes the element that
// shows the description as the page's article, as the JSON-LD fallback
// (ldbody.go) takes the body a page declares.
//
// It is asked only in generic's short pass, when no level of the marks
// found an article on the page, and only in the page's first region, or
// in the whole page when scoring found no candidate at all (a video's
// page whose only text is its description, under a caption mark).

// describedBody returns the body in the first region reg that shows the
// page's description: the nearest common ancestor of a run of at most
// maxDescribedBlocks blocks, unmarked or marked by a class word only (see
// describedShows), that holds describedShare of the
// description's content words (see contentWords), inside the region,
// mostly not links, holding no form, and no more than describedSlack
// times the description's text. ok is false when the page has no such
// element or a description of fewer than minDescribedWords words.
func (p *page) describedBody(reg span, inside func(*html.Node) bool) (body, bool) {
	want := map[string]bool{}
	contentWords(p.meta.description, func(w string) bool { want[w] = true; return false })
	if len(want) < minDescribedWords {
		return body{}, false
	}
	need := int(describedShare*float64(len(want)) + 0.5)
	limit := int32(describedSlack * float64(runeCount(p.meta.description)))
	for i := reg.lo; i < reg.hi; i++ {
		if !p.describedShows(&p.blocks[i]) {
			continue
		}
		seen := map[string]bool{}
		for j := i; j < reg.hi && j-i < maxDescribedBlocks; j++ {
			b := &p.blocks[j]
			if !p.describedShows(b) {
				continue
			}
			contentWords(b.text, func(w string) bool {
				if want[w] {
					seen[w] = true
				}
				return false
			})
			if len(seen) < need {
				continue
			}
			root := p.blocks[i].owner
			for !isAncestor(root, b.owner) && root.Parent != nil {
				root = root.Parent
			}
			lifted := p.liftWordMarks(i, j+1)
			t, l := p.weights(root)
			if root == p.body || !inside(root) || t > limit || l*articleLinkDen >= t || holdsForm(root) {
				p.unveto(lifted)
				return body{}, false
			}
			return body{roots: []*html.Node{root}}, true
		}
	}
	return body{}, false
}

// describedShows reports whether block b may show the description: it is
// unmarked, or marked only by a word of a class or id ("item-caption"
// around a video's description). A guess from a class name does not
// outweigh the page's own word that this text is what the page is about.
func (p *page) describedShows(b *block) bool {
	return b.mark == nil || p.marks[b.mark].source == byWord
}

// liftWordMarks vetoes the class-word marks on blocks lo to hi (see
// describedShows) and returns the elements vetoed, for unveto.
func (p *page) liftWordMarks(lo, hi int32) []*html.Node {
	var lifted []*html.Node
	for k := lo; k < hi; k++ {
		if m := p.blocks[k].mark; m != nil && !p.vetoed[m] {
			p.vetoed[m] = true
			lifted = append(lifted, m)
		}
	}
	if lifted != nil {
		p.applyMarks()
	}
	return lifted
}

// unveto puts back the marks liftWordMarks lifted.
func (p *page) unveto(lifted []*html.Node) {
	for _, n := range lifted {
		delete(p.vetoed, n)
	}
	if lifted != nil {
		p.applyMarks()
	}
}

// The described-body fallback (describedBody). minDescribedWords: a
// description of at least six content words, a sentence or two, so a
// site's slogan matches nothing. describedShare: four fifths of them
// shown in a run of at most maxDescribedBlocks blocks, as a page shows
// its description with a link or a line broken off. describedSlack: the
// element holds at most three times the description's text, so a page's
// whole body, which holds it among much else, does not pass. From issue
// 9's trafilatura pages without an article, a lesson teaser of two
// lines (2f18936, it-for-kids: trafilatura ≠1 tune 3 → 2, F1 tune
// +0.001; check, WCXB and the composed pages unchanged). Blocks under
// class-word marks, and pages with no candidate, with shownBodies: a
// video page whose description sits in "item-caption" beside a sign-in
// dialog's panels (zdf.de, trafilatura ≠1 tune 2 → 1, title, author and
// date right; nothing else changed on any set or the composed pages).
const (
	minDescribedWords  = 6
	describedShare     = 0.8
	maxDescribedBlocks = 6
	describedSlack     = 3
)

// A page whose body holds no text at all (a forum or app whose posts a
// script loads, serving a splash screen) says what it holds only in its
// description. With AllPages, where the caller wants each page's main
// content, descriptionArticle makes that description the page's
// article, on a page of its own as the JSON-LD body is (ldBodyArticle):
// a summary, not the page's text, so never without AllPages, and only
// when it passes the article gate. The result keeps the reason that the
// page holds no text, so a caller can tell it from a page's own.
func (p *page) descriptionArticle() (*page, *article) {
	if runeCount(p.meta.fullDescription) == 0 {
		return nil, nil
	}
	// One paragraph: a description's line breaks are a snippet's, cut
	// from the post, not the post's paragraphs.
	para := strings.Join(strings.Fields(p.meta.fullDescription), " ")
	return p.articleOfItsOwn("<p>"+html.EscapeString(para)+"</p>", false, "the page's description, its body holding no text")
}
