package main

import (
	"slices"
	"strings"

	"github.com/pare-dev/pare/bench/compose"
	"github.com/pare-dev/pare/bench/datasets"
	"github.com/pare-dev/pare/bench/metrics"
)

// Record is one composed page's result, as -json writes it.
type Record struct {
	Kind    string `json:"kind"`
	Variant string `json:"variant,omitempty"`
	// A and B are the pair's page IDs (B "" for teasers), C a three
	// page's story of another site; Host is the page whose frame holds
	// the others, and Half the half it (and so the composed page) is in.
	A    string        `json:"a"`
	B    string        `json:"b,omitempty"`
	C    string        `json:"c,omitempty"`
	Host string        `json:"host"`
	Half datasets.Half `json:"half"`
	// Want is the number of true articles, Got the number pare yielded.
	Want int `json:"want"`
	Got  int `json:"got"`
	// F1 holds, per true article in page order, the ScrapingHub F1 of the
	// predicted article matched to it; 0 when none was.
	F1 []float64 `json:"f1"`
	// Truth holds the IDs of the true articles in page order, and Alone
	// the F1 pare reaches on each one's own page: the ceiling, so that a
	// loss from splitting is told from one pare has anyway.
	Truth []string  `json:"truth"`
	Alone []float64 `json:"alone"`
	// Matches pairs true and predicted articles.
	Matches []Match `json:"matches"`
	// Teasers and Leaked count the items on the page that belong in no
	// article (a teaser list's, a placeholder's slot), and those found in
	// some output article.
	Teasers int `json:"teasers,omitempty"`
	Leaked  int `json:"leaked,omitempty"`
	// Lacks names what the composed page left out for want of metadata
	// (compose.Page.Lacks).
	Lacks   []string `json:"lacks,omitempty"`
	Titles  []string `json:"titles"`
	Bylines []string `json:"bylines"`
	// Shown scores, per true article whose header the page wrote out
	// (compose.Page.Headers), the fields of the article matched to it
	// against that header: "title", "byline", "day", each true when it
	// gives the same. A field the header left out is absent, and so is
	// the map of a story whose header is its source's own.
	Shown []map[string]bool `json:"shown,omitempty"`
	// Kept scores, per true article whose header is its source's own, the
	// same fields against what pare gives on the story's page alone, an
	// empty field included: a composed page must not change them (an
	// article taking the byline of the story appended below it).
	Kept  []map[string]bool `json:"kept,omitempty"`
	Error string            `json:"error,omitempty"`
}

// Match is a true article and the predicted one matched to it.
type Match struct {
	Truth int     `json:"truth"` // index in the page's truth
	Pred  int     `json:"pred"`  // index in pare's articles
	F1    float64 `json:"f1"`
	// Contamination is the share of the prediction's shingles that
	// belong to another true article of the page, or to text that
	// belongs in none (a teaser, a placeholder), and not to this one.
	Contamination float64 `json:"contamination"`
}

// match pairs true and predicted texts one to one, best F1 first
// (greedy: with two or three articles a side it agrees with the optimal
// assignment in all but contrived cases). Pairs scoring 0 are left
// unmatched. Ties go to the earlier truth, then the earlier prediction.
func match(truth, pred []string) []Match {
	f1 := make([][]float64, len(truth))
	for i, t := range truth {
		f1[i] = make([]float64, len(pred))
		for j, p := range pred {
			f1[i][j] = metrics.ScoreShingles(t, p).F1()
		}
	}
	usedT, usedP := make([]bool, len(truth)), make([]bool, len(pred))
	var out []Match
	for {
		bi, bj, best := -1, -1, 0.0
		for i := range truth {
			for j := range pred {
				if !usedT[i] && !usedP[j] && f1[i][j] > best {
					bi, bj, best = i, j, f1[i][j]
				}
			}
		}
		if bi < 0 {
			return out
		}
		usedT[bi], usedP[bj] = true, true
		out = append(out, Match{Truth: bi, Pred: bj, F1: best})
	}
}

// contamination is the share of pred's shingles (with counts) found in
// another true article (others) and not in its own (own).
func contamination(pred string, own map[string]int, others []map[string]int) float64 {
	total, foreign := 0, 0
	for s, c := range metrics.ShingleCounts(pred) {
		total += c
		if own[s] > 0 {
			continue
		}
		for _, o := range others {
			if o[s] > 0 {
				foreign += c
				break
			}
		}
	}
	if total == 0 {
		return 0
	}
	return float64(foreign) / float64(total)
}

// score scores pare's output on one composed page; alone maps page IDs
// to pare's F1 on the page by itself.
func score(p compose.Page, o output, alone map[string]float64, aloneHeads map[string]compose.Header) Record {
	r := Record{Kind: string(p.Kind), Variant: p.Variant, A: p.A, B: p.B, C: p.C, Host: p.Host, Half: p.Half,
		Want: len(p.Truth), Got: len(o.texts), F1: make([]float64, len(p.Truth)), Truth: p.TruthIDs,
		Titles: o.titles, Bylines: o.bylines, Teasers: len(p.Teasers), Lacks: p.Lacks}
	for _, id := range p.TruthIDs {
		r.Alone = append(r.Alone, alone[id])
	}
	if o.err != nil {
		r.Error = o.err.Error()
	}
	sh := make([]map[string]int, len(p.Truth))
	for i, t := range p.Truth {
		sh[i] = metrics.ShingleCounts(t)
	}
	var stray []map[string]int // text that belongs in no article
	for _, tz := range p.Teasers {
		stray = append(stray, metrics.ShingleCounts(tz.Headline+"\n"+tz.Sentence))
	}
	for _, m := range match(p.Truth, o.texts) {
		others := slices.Clip(stray)
		for k := range sh {
			if k != m.Truth {
				others = append(others, sh[k])
			}
		}
		m.Contamination = contamination(o.texts[m.Pred], sh[m.Truth], others)
		r.F1[m.Truth] = m.F1
		r.Matches = append(r.Matches, m)
	}
	r.Shown, r.Kept = shown(p, r.Matches, o, aloneHeads)
	outs := make([]map[string]int, len(o.texts))
	for i, t := range o.texts {
		outs[i] = metrics.ShingleCounts(t)
	}
	for _, tz := range p.Teasers {
		for _, sh := range outs {
			if tz.Leaked(sh) {
				r.Leaked++
				break
			}
		}
	}
	return r
}

// bestF1 is the F1 of the predicted article best matching truth, 0 for
// none.
func bestF1(truth string, pred []string) float64 {
	for _, m := range match([]string{truth}, pred) {
		return m.F1
	}
	return 0
}

// shown scores the fields of the matched articles (see Record.Shown and
// Record.Kept): against the header the page wrote out for a story, else
// against the fields pare gives on the story's own page (aloneHeads, by
// page ID). A story no article matched gets every field wrong: its
// article gave none of them.
func shown(p compose.Page, matches []Match, o output, aloneHeads map[string]compose.Header) (shownF, keptF []map[string]bool) {
	pred := make([]int, len(p.Truth))
	for i := range pred {
		pred[i] = -1
	}
	for _, m := range matches {
		pred[m.Truth] = m.Pred
	}
	same := func(a, b string) bool {
		return strings.EqualFold(strings.Join(strings.Fields(a), " "), strings.Join(strings.Fields(b), " "))
	}
	fields := func(want compose.Header, j int, all bool) map[string]bool {
		var got compose.Header
		if j >= 0 && j < len(o.bylines) {
			got = compose.Header{Title: o.titles[j], Author: o.bylines[j], Day: o.days[j]}
		}
		f := map[string]bool{"title": same(want.Title, got.Title)}
		if all || want.Author != "" {
			f["byline"] = same(want.Author, got.Author)
		}
		if all || want.Day != "" {
			f["day"] = want.Day == got.Day
		}
		return f
	}
	shownF, keptF = make([]map[string]bool, len(p.Truth)), make([]map[string]bool, len(p.Truth))
	for i, id := range p.TruthIDs {
		if i < len(p.Headers) && p.Headers[i].Title != "" {
			shownF[i] = fields(p.Headers[i], pred[i], false)
		} else if h, ok := aloneHeads[id]; ok {
			keptF[i] = fields(h, pred[i], true)
		}
	}
	if len(p.Headers) == 0 {
		shownF = nil
	}
	return shownF, keptF
}
