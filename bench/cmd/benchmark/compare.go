package main

import (
	"bytes"
	"cmp"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/pare-dev/pare/bench/datasets"
	"github.com/pare-dev/pare/bench/metrics"
)

// runFile is the -json file: every extractor's record for every page.
type runFile struct {
	Passes  int      `json:"passes"`
	Records []Record `json:"records"`
}

func writeRecords(path string, passes int, recs []Record) error {
	b, err := json.MarshalIndent(runFile{Passes: passes, Records: recs}, "", " ")
	if err != nil {
		return err
	}
	b = append(b, '\n')
	if strings.HasSuffix(path, ".gz") {
		var z bytes.Buffer
		zw := gzip.NewWriter(&z)
		if _, err := zw.Write(b); err != nil {
			return err
		}
		if err := zw.Close(); err != nil {
			return err
		}
		b = z.Bytes()
	}
	return os.WriteFile(path, b, 0o644)
}

func readRecords(path string) ([]Record, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if b, err = io.ReadAll(zr); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
	}
	var f runFile
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return f.Records, nil
}

// dropThreshold is the F1 loss on one page that -baseline reports.
const dropThreshold = 0.01

// regression is one page that got worse since the old run: what got
// worse, the old and new value, and how much (for sorting).
type regression struct {
	what     string
	old, cur Record
	from, to string
	loss     float64
}

// regressions lists the pages of cur where a pare variant (every
// extractor whose name starts with "pare" and that is in both runs) got
// worse than in old: joined F1 or first-article F1 fell by more than
// dropThreshold, a single-article page that yielded one article no
// longer does, or a metadata field that matched its label no longer
// does. A measure the old run lacks (a run made before it) is skipped.
func regressions(old, cur []Record) []regression {
	type key struct{ set, id, ex string }
	before := map[key]Record{}
	for _, r := range old {
		if strings.HasPrefix(r.Extractor, "pare") {
			before[key{r.Set, r.ID, r.Extractor}] = r
		}
	}
	var out []regression
	for _, r := range cur {
		o, ok := before[key{r.Set, r.ID, r.Extractor}]
		if !ok {
			continue
		}
		add := func(what, from, to string, loss float64) {
			out = append(out, regression{what, o, r, from, to, loss})
		}
		if d := o.F1 - r.F1; d > dropThreshold {
			add("joined F1", fmt.Sprintf("%.3f", o.F1), fmt.Sprintf("%.3f", r.F1), d)
		}
		if o.First != nil {
			if d := o.First.F1 - r.first().F1; d > dropThreshold {
				add("first F1", fmt.Sprintf("%.3f", o.First.F1), fmt.Sprintf("%.3f", r.first().F1), d)
			}
		}
		if r.Single && o.Articles == 1 && r.Articles != 1 {
			add("articles", "1", fmt.Sprint(r.Articles), 1)
		}
		for _, f := range metaFields {
			of, nf := o.Meta.field(f), r.Meta.field(f)
			if of != nil && of.Match == metrics.Right && (nf == nil || nf.Match != metrics.Right) {
				got := ""
				if nf != nil {
					got = nf.Got
				}
				add(f, strconv.Quote(of.Got), strconv.Quote(got), 1)
			}
		}
	}
	slices.SortStableFunc(out, func(a, b regression) int {
		return cmp.Or(strings.Compare(a.what, b.what), strings.Compare(a.cur.Extractor, b.cur.Extractor), cmp.Compare(b.loss, a.loss))
	})
	return out
}

// printComparison prints the pages that got worse since the old run (see
// regressions), grouped by what got worse and marked with their half,
// then the change of every extractor's figures present in both runs.
// Seconds are sums of per-page medians, comparable only between runs on
// the same machine.
func printComparison(w io.Writer, old, cur []Record) {
	old, cur = common(old, cur)
	regs := regressions(old, cur)
	fmt.Fprintf(w, "\n== against the baseline run: %d regressions (F1 lost by more than %.2f, a single-article page no longer giving one article, a metadata field no longer matching) ==\n", len(regs), dropThreshold)
	for _, g := range regs {
		fmt.Fprintf(w, "  %-9s %-10s %-11s %-5s %s -> %s  %s  %s\n", g.what, g.cur.Extractor, g.cur.Set, g.cur.Half, g.from, g.to, g.cur.ID, g.cur.URL)
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "set\textractor\tpages in both\tΔF1\tΔF1 check\tΔfirst F1\tΔfirst check\tΔ≠1\tΔtitle\tΔauthor\tΔdate\tΔerrors\tseconds\t")
	for _, g := range groups(cur) {
		o := summarise(g[0], g[1], datasets.All, old)
		if o.pages == 0 {
			continue
		}
		n := summarise(g[0], g[1], datasets.All, cur)
		oc, nc := summarise(g[0], g[1], datasets.Check, old), summarise(g[0], g[1], datasets.Check, cur)
		wrong := "—"
		if o.single > 0 {
			wrong = fmt.Sprintf("%+d", n.singleWrong-o.singleWrong)
		}
		row := fmt.Sprintf("%s\t%s\t%d\t%+.3f\t%s\t%+.3f\t%s\t%s\t", g[0], g[1], n.pages,
			n.joined.f1-o.joined.f1, delta(oc.pages, oc.joined.f1, nc.joined.f1),
			n.first.f1-o.first.f1, delta(oc.pages, oc.first.f1, nc.first.f1), wrong)
		for _, f := range metaFields {
			row += delta(o.meta[f].labelled, o.meta[f].accuracy(), n.meta[f].accuracy()) + "\t"
		}
		row += fmt.Sprintf("%+d\t%.2f -> %.2f\t", n.errors-o.errors, o.seconds, n.seconds)
		fmt.Fprintln(tw, row)
	}
	tw.Flush()
}

// common keeps the records of the pages and extractors both runs hold,
// so that a run on a -limit or a -half is compared with the same pages of
// the old one. An old record without a half (a run made before halves)
// takes the current one's, which depends on the page alone.
func common(old, cur []Record) (o, c []Record) {
	type key struct{ set, id, ex string }
	now := map[key]Record{}
	for _, r := range cur {
		now[key{r.Set, r.ID, r.Extractor}] = r
	}
	was := map[key]bool{}
	for _, r := range old {
		k := key{r.Set, r.ID, r.Extractor}
		n, ok := now[k]
		if !ok {
			continue
		}
		if r.Half == "" {
			r.Half, r.Host = n.Half, n.Host
		}
		was[k] = true
		o = append(o, r)
	}
	for _, r := range cur {
		if was[key{r.Set, r.ID, r.Extractor}] {
			c = append(c, r)
		}
	}
	return o, c
}

// delta is cur-old with a sign, "—" when the old run has no page for it
// (a run made before halves or metadata were recorded).
func delta(oldPages int, old, cur float64) string {
	if oldPages == 0 {
		return "—"
	}
	return fmt.Sprintf("%+.3f", cur-old)
}

// groups lists the (set, extractor) pairs of recs in first-seen order.
func groups(recs []Record) [][2]string {
	var out [][2]string
	for _, r := range recs {
		g := [2]string{r.Set, r.Extractor}
		if !slices.Contains(out, g) {
			out = append(out, g)
		}
	}
	return out
}
