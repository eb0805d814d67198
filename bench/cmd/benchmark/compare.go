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
	"strings"
	"text/tabwriter"
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

// printComparison prints, per set, the pages where pare's F1 fell by more
// than dropThreshold since the old run, worst first, then the change of
// every extractor's figures present in both runs. Seconds are sums of
// per-page medians, comparable only between runs on the same machine.
func printComparison(w io.Writer, old, cur []Record) {
	type key struct{ set, id string }
	before := map[key]Record{}
	for _, r := range old {
		if r.Extractor == "pare" {
			before[key{r.Set, r.ID}] = r
		}
	}
	var drops [][2]Record
	for _, r := range cur {
		if o, ok := before[key{r.Set, r.ID}]; ok && r.Extractor == "pare" && o.F1-r.F1 > dropThreshold {
			drops = append(drops, [2]Record{o, r})
		}
	}
	slices.SortFunc(drops, func(a, b [2]Record) int { return cmp.Compare(b[0].F1-b[1].F1, a[0].F1-a[1].F1) })
	fmt.Fprintf(w, "\n== against the baseline run: %d pare pages lost more than %.2f F1 ==\n", len(drops), dropThreshold)
	for _, d := range drops {
		fmt.Fprintf(w, "  %-11s F1 %.3f -> %.3f (%+.3f)  %s  %s\n", d[1].Set, d[0].F1, d[1].F1, d[1].F1-d[0].F1, d[1].ID, d[1].URL)
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "set\textractor\tpages\tΔF1\tΔprecision\tΔrecall\tΔaccuracy\tΔerrors\tseconds\t")
	for _, g := range groups(cur) {
		o := summarise(g[0], g[1], old)
		if o.pages == 0 {
			continue
		}
		n := summarise(g[0], g[1], cur)
		acc := "—"
		if n.hasAccuracy {
			acc = fmt.Sprintf("%+.3f", n.accuracy-o.accuracy)
		}
		fmt.Fprintf(tw, "%s\t%s\t%d/%d\t%+.3f\t%+.3f\t%+.3f\t%s\t%+d\t%.2f -> %.2f\t\n", g[0], g[1], n.pages, o.pages,
			n.f1-o.f1, n.precision-o.precision, n.recall-o.recall, acc, n.errors-o.errors, o.seconds, n.seconds)
	}
	tw.Flush()
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
