package extract

import "golang.org/x/net/html"

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
// found an article on the page, and only in the page's first region.

// describedBody returns the body in the first region reg that shows the
// page's description: the nearest common ancestor of a run of at most
// maxDescribedBlocks unmarked blocks that holds describedShare of the
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
		if p.blocks[i].mark != nil {
			continue
		}
		seen := map[string]bool{}
		for j := i; j < reg.hi && j-i < maxDescribedBlocks; j++ {
			b := &p.blocks[j]
			if b.mark != nil {
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
			t, l := p.weights(root)
			if root == p.body || !inside(root) || t > limit || l*articleLinkDen >= t || holdsForm(root) {
				return body{}, false
			}
			return body{roots: []*html.Node{root}}, true
		}
	}
	return body{}, false
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
// +0.001; check, WCXB and the composed pages unchanged).
const (
	minDescribedWords  = 6
	describedShare     = 0.8
	maxDescribedBlocks = 6
	describedSlack     = 3
)
