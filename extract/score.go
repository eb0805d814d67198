package extract

import (
	"sort"
	"sync"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// minParagraph is the text weight below which a block does not count as a
// paragraph when scoring (Readability.js uses 25 characters).
const minParagraph = 25

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
	for _, b := range p.blocks {
		if b.mark != nil || b.weight < minParagraph || isHeading(b.owner) {
			continue
		}
		if b.link*2 > b.weight {
			continue
		}
		s := 1 + float64(b.commas) + min(float64(b.weight)/100, 3)
		if b.owner.DataAtom == atom.Li {
			s /= 2
		}
		anchor := b.owner
		if sp := p.spans[anchor]; perOwner[anchor] == sp.hi-sp.lo {
			anchor = anchor.Parent // a paragraph-like owner: its parent is the candidate
		}
		for level := 0; level < 5 && anchor != nil && anchor.Type == html.ElementNode; level++ {
			if _, ok := scores[anchor]; !ok {
				toks = classTokens(anchor, toks[:0])
				scores[anchor] = tagScore(anchor) + classScore(toks, words)
			}
			div := 1.0
			switch {
			case level == 1:
				div = 2
			case level > 1:
				div = float64(level) * 3
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

// tagScore is the starting score of an element by its tag, after
// Readability.js: containers of prose up, lists and forms down.
func tagScore(n *html.Node) float64 {
	switch n.DataAtom {
	case atom.Div, atom.Article, atom.Main, atom.Section:
		return 5
	case atom.Pre, atom.Td, atom.Blockquote:
		return 3
	case atom.Address, atom.Ol, atom.Ul, atom.Dl, atom.Dd, atom.Dt, atom.Li, atom.Form:
		return -3
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Th:
		return -5
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

// classScore is ±25 for class and id words that name prose or clutter,
// as Readability.js weighs them.
func classScore(toks []string, w scoreWords) float64 {
	var good, bad bool
	for _, t := range toks {
		good = good || w.good[t]
		bad = bad || w.bad[t]
	}
	s := 0.0
	if good {
		s += 25
	}
	if bad {
		s -= 25
	}
	return s
}
