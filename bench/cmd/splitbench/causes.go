package main

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/pare-dev/pare/bench/compose"
	"github.com/pare-dev/pare/bench/datasets"
)

// causes names what went wrong on a page; none for a good one. A wrong
// count is told apart by what became of the true articles: merged (one
// output article holds much of two), or one of them dropped. Low F1 is
// named only for articles that were matched, and contamination only when
// the count is right (otherwise it is the merge).
func causes(r Record) []string {
	var out []string
	if r.Error != "" {
		out = append(out, "error")
	}
	matched := make([]bool, r.Want)
	merged := false
	for _, m := range r.Matches {
		matched[m.Truth] = true
		merged = merged || m.Contamination > highContam
	}
	switch {
	case r.Got == 0:
		out = append(out, "no article")
	case r.Got > r.Want:
		out = append(out, "too many articles")
	case r.Got < r.Want && merged:
		out = append(out, "merged into one")
	case r.Got < r.Want:
		for i, ok := range matched {
			if !ok {
				out = append(out, role(r, i)+" dropped")
			}
		}
	}
	for _, m := range r.Matches {
		switch {
		case m.F1 < lowF1 && r.Alone[m.Truth] < lowF1:
			out = append(out, fmt.Sprintf("low F1 (%s, low alone too)", role(r, m.Truth)))
		case m.F1 < lowF1:
			out = append(out, fmt.Sprintf("low F1 (%s)", role(r, m.Truth)))
		}
		if m.Contamination > highContam && r.Got == r.Want {
			out = append(out, fmt.Sprintf("contamination (%s)", role(r, m.Truth)))
		}
	}
	switch {
	case r.Leaked > 0 && r.Kind == string(compose.Placeholder):
		out = append(out, "slot leak")
	case r.Leaked > 0:
		out = append(out, "teaser leak")
	}
	return out
}

// role names the i-th true article: the host page's, a guest of its
// site, or a three page's story of another site.
func role(r Record, i int) string {
	switch {
	case i == 0:
		return "host"
	case r.C != "" && i < len(r.Truth) && r.Truth[i] == r.C:
		return "other site"
	}
	return "guest"
}

// printCauses counts the pages of each kind and variant failing for each
// cause, on all pages and on each half, most frequent first.
func printCauses(w io.Writer, recs []Record) {
	n := map[string]int{}
	half := map[string]map[datasets.Half]int{}
	for _, r := range recs {
		for _, c := range causes(r) {
			k := r.Kind
			if r.Variant != "" {
				k += "/" + r.Variant
			}
			k += ": " + c
			n[k]++
			if half[k] == nil {
				half[k] = map[datasets.Half]int{}
			}
			half[k][r.Half]++
		}
	}
	fmt.Fprintf(w, "\n== failure causes (pages; low F1 < %.1f, contamination > %.2f)\n", lowF1, highContam)
	fmt.Fprintf(w, "%4s %4s %5s\n", "all", "tune", "check")
	keys := sortedKeys(n)
	slices.SortStableFunc(keys, func(a, b string) int { return n[b] - n[a] })
	for _, k := range keys {
		fmt.Fprintf(w, "%4d %4d %5d  %s\n", n[k], half[k][datasets.Tune], half[k][datasets.Check], k)
	}
}

// printWorst lists the n composed pages that lose most to composing:
// the mean loss of F1 against the articles' own pages, plus the mean
// contamination and the share of teasers leaked. A page pare gets wrong
// alone as well ranks below one it gets wrong only when composed. Only
// pages of the tune half are listed, or of the check half when the run
// was asked for it alone (-half check): the pages to look at while
// tuning are tune pages (bench/README.md, "Halves").
func printWorst(w io.Writer, recs []Record, n int, half datasets.Half) {
	if half == datasets.All {
		half = datasets.Tune
	}
	recs = filter(recs, func(r Record) bool { return r.Half == half })
	good := func(r Record) float64 {
		g := 0.0
		for i, f := range r.F1 {
			g += (f - r.Alone[i]) / float64(len(r.F1))
		}
		for _, m := range r.Matches {
			g -= m.Contamination / float64(len(r.Matches))
		}
		if r.Teasers > 0 {
			g -= float64(r.Leaked) / float64(r.Teasers)
		}
		return g
	}
	idx := make([]int, len(recs))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(good(recs[a]), good(recs[b])) })
	fmt.Fprintf(w, "\n== %d worst composed pages of the %s half\n", min(n, len(recs)), half)
	for _, i := range idx[:min(n, len(recs))] {
		r := recs[i]
		var con []string
		for _, m := range r.Matches {
			con = append(con, fmt.Sprintf("%.2f", m.Contamination))
		}
		k := r.Kind
		if r.Variant != "" {
			k += "/" + r.Variant
		}
		ids := fmt.Sprintf("A %.10s B %-10.10s", r.A, r.B)
		if r.C != "" {
			ids += fmt.Sprintf(" C %.10s", r.C)
		}
		fmt.Fprintf(w, "%-23s %s got %d/%d F1 %s alone %s contam [%s] leaked %d/%d: %s\n", k, ids,
			r.Got, r.Want, floats(r.F1), floats(r.Alone), strings.Join(con, " "), r.Leaked, r.Teasers, strings.Join(causes(r), ", "))
		for _, t := range r.Titles {
			fmt.Fprintf(w, "%24s title: %s\n", "", short(t, headerWidth))
		}
	}
}
