package extract

import (
	"sort"
	"sync"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The paragraph score, after Readability.js's _grabArticle: a paragraph
// earns a point for being one, a point per comma and a point per hundred
// characters, up to three. Readability rounds the length points down,
// pare does not; Readability.js counts the pieces the commas cut (one
// more than the commas), go-readability and pare the commas.
const (
	// minParagraph is the text weight below which a block does not count
	// as a paragraph when scoring: Readability.js skips paragraphs under
	// 25 characters.
	minParagraph = 25

	// maxScoredLinkDen: a block with more than 1/maxScoredLinkDen of its
	// text in links scores nothing, being a menu or a row of links, not
	// prose. pare's own, with the first pipeline (e45e5c9, on the seed
	// pages); Readability.js weighs links only in the final link-density
	// scaling, which pare applies too.
	maxScoredLinkDen = 2

	// paragraphPoint is the point a paragraph earns for being one
	// (Readability.js: "a point for the paragraph itself as a base").
	paragraphPoint = 1

	// charsPerPoint and maxLengthPoints: a point per hundred characters of
	// text weight, at most three (Readability.js).
	charsPerPoint   = 100
	maxLengthPoints = 3

	// listItemDiv divides the score of a list item, so a list scores
	// below paragraphs of the same length. pare's own, with the first
	// pipeline (e45e5c9, on the seed pages); no figure recorded.
	listItemDiv = 2
)

// How a paragraph's score spreads to its ancestors, after Readability.js:
// to five levels, all of it to the first, half to the second, and to each
// level above the score divided by three times the level.
const (
	scoredLevels       = 5 // Readability.js's _getNodeAncestors(node, 5)
	parentScoreDiv     = 2 // the second level (the grandparent in Readability.js)
	levelScoreDivScale = 3 // level n ≥ 2 gets score / (n*levelScoreDivScale)
)

// candidate is an element that may hold an article body.
type candidate struct {
	node  *html.Node
	score float64
}

// score rates every element as the possible container of the article, in
// the manner of Readability.js: each paragraph scores by its length and
// commas and gives that score to its ancestors, fully to the first,
// half to the next and a third of that further up; an ancestor starts from
// a score for its tag and class, and ends scaled by one minus its link
// density. Candidates come back best first.
func (p *page) score() []candidate {
	scores := map[*html.Node]float64{}
	perOwner := map[*html.Node]int32{}
	for _, b := range p.blocks {
		perOwner[b.owner]++
	}
	var toks []string
	words := classWeights()
	for i, b := range p.blocks {
		if i%ctxCheckEvery == 0 && p.ctx.Err() != nil {
			return nil // the page's time is up: the pipeline returns the error
		}
		if b.mark != nil || b.weight < minParagraph || isHeading(b.owner) {
			continue
		}
		if b.link*maxScoredLinkDen > b.weight {
			continue
		}
		s := paragraphPoint + float64(b.commas) + min(float64(b.weight)/charsPerPoint, maxLengthPoints)
		if b.owner.DataAtom == atom.Li {
			s /= listItemDiv
		}
		anchor := b.owner
		if sp := p.spans[anchor]; perOwner[anchor] == sp.hi-sp.lo {
			anchor = anchor.Parent // a paragraph-like owner: its parent is the candidate
		}
		for level := 0; level < scoredLevels && anchor != nil && anchor.Type == html.ElementNode; level++ {
			if _, ok := scores[anchor]; !ok {
				toks = classTokens(anchor, toks[:0])
				scores[anchor] = tagScore(anchor) + classScore(toks, words)
			}
			div := 1.0
			switch {
			case level == 1:
				div = parentScoreDiv
			case level > 1:
				div = float64(level) * levelScoreDivScale
			}
			scores[anchor] += s / div
			anchor = anchor.Parent
		}
	}
	out := make([]candidate, 0, len(scores))
	for n, s := range scores {
		if n.DataAtom == atom.Html {
			continue
		}
		out = append(out, candidate{n, s * (1 - p.linkDensity(n))})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].score != out[j].score {
			return out[i].score > out[j].score
		}
		return p.spans[out[i].node].lo < p.spans[out[j].node].lo
	})
	return out
}

// The starting scores by tag, those of Readability.js's _initializeNode;
// pare gives <article>, <main> and <section> a <div>'s.
const (
	containerTagScore = 5  // div, article, main, section
	blockTagScore     = 3  // pre, td, blockquote
	listTagScore      = -3 // address, ol, ul, dl, dd, dt, li, form
	headingTagScore   = -5 // h1–h6, th
)

// tagScore is the starting score of an element by its tag, after
// Readability.js: containers of prose up, lists and forms down.
func tagScore(n *html.Node) float64 {
	switch n.DataAtom {
	case atom.Div, atom.Article, atom.Main, atom.Section:
		return containerTagScore
	case atom.Pre, atom.Td, atom.Blockquote:
		return blockTagScore
	case atom.Address, atom.Ol, atom.Ul, atom.Dl, atom.Dd, atom.Dt, atom.Li, atom.Form:
		return listTagScore
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Th:
		return headingTagScore
	}
	return 0
}

// scoreWords are the class and id words classScore weighs: those that
// name prose (lexicon/class-good.txt) and those that name clutter
// (lexicon/class-bad.txt), after Readability.js's REGEXPS.positive and
// negative.
type scoreWords struct{ good, bad map[string]bool }

var classWeights = sync.OnceValue(func() scoreWords {
	return scoreWords{good: lexiconList("class-good").set(), bad: lexiconList("class-bad").set()}
})

// classWeight is what a class or id word that names prose adds to an
// element's starting score, and one that names clutter takes away: the
// ±25 of Readability.js's _getClassWeight, which weighs the class and the
// id apart (up to ±50); pare weighs their words together, once.
const classWeight = 25

// classScore is ±classWeight for class and id words that name prose or
// clutter, as Readability.js weighs them.
func classScore(toks []string, w scoreWords) float64 {
	var good, bad bool
	for _, t := range toks {
		good = good || w.good[t]
		bad = bad || w.bad[t]
	}
	s := 0.0
	if good {
		s += classWeight
	}
	if bad {
		s -= classWeight
	}
	return s
}
