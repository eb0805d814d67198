package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/pare-dev/pare/bench/compose"
	"github.com/pare-dev/pare/bench/datasets"
)

// TestScoreStray checks that text which belongs in no article (a
// placeholder's slot) counts as contamination and as a leak when pare
// keeps it.
func TestScoreStray(t *testing.T) {
	slot := compose.Teaser{Headline: "A local baker won the national prize", Sentence: storyB}
	p := compose.Page{Kind: compose.Placeholder, Variant: "ab", A: "a", B: "b", Host: "a", Half: datasets.Tune,
		Truth: []string{storyA}, TruthIDs: []string{"a"}, Teasers: []compose.Teaser{slot}}
	clean := score(p, output{texts: []string{storyA}, titles: []string{""}}, nil, nil)
	dirty := score(p, output{texts: []string{storyA + "\n" + storyB}, titles: []string{""}}, nil, nil)
	if clean.Leaked != 0 || clean.Matches[0].Contamination != 0 {
		t.Errorf("clean output: leaked %d, contamination %v", clean.Leaked, clean.Matches[0].Contamination)
	}
	if dirty.Leaked != 1 || dirty.Matches[0].Contamination < 0.3 || dirty.Half != datasets.Tune || dirty.Variant != "ab" {
		t.Errorf("output with the slot: leaked %d, contamination %v, half %s, variant %q",
			dirty.Leaked, dirty.Matches[0].Contamination, dirty.Half, dirty.Variant)
	}
}

func rec(kind, variant string, h datasets.Half, got int, f1 float64) Record {
	return Record{Kind: kind, Variant: variant, A: string(h) + kind + variant, Half: h, Want: 2, Got: got,
		F1: []float64{f1, f1}, Alone: []float64{1, 1}, Titles: make([]string, got)}
}

// TestPrintComposed checks the rows of the composed table: every kind
// and variant on all pages, tune and check, and the targets it misses.
func TestPrintComposed(t *testing.T) {
	recs := []Record{
		rec("after", "", datasets.Tune, 2, 1), rec("after", "", datasets.Check, 2, 1),
		rec("three", "abc", datasets.Tune, 2, 0.5), rec("three", "acb", datasets.Check, 1, 0.9),
	}
	var b bytes.Buffer
	printComposed(&b, recs, []compose.Kind{compose.After, compose.Three})
	for _, want := range []string{
		"after                    all       2     1.000  1.000",
		"                         tune      1     1.000",
		"                         check     1     1.000",
		"three                    all       2     0.500  0.700",
		"  abc                    all       1     1.000  0.500",
		"  acb                    all       1     0.000  0.900",
		"                         check     0\n",
		"all                      all       4     0.750",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, b.String())
		}
	}
	for _, line := range strings.Split(b.String(), "\n") {
		switch {
		case strings.HasPrefix(line, "after "):
			if !strings.Contains(line, " -  ") {
				t.Errorf("after misses a target: %s", line)
			}
		case strings.HasPrefix(line, "  abc ") && strings.Contains(line, " all "):
			if !strings.Contains(line, " F1 ") {
				t.Errorf("abc does not miss F1 alone: %s", line)
			}
		case strings.HasPrefix(line, "three "):
			if !strings.Contains(line, " count,F1 ") {
				t.Errorf("three does not miss count and F1: %s", line)
			}
		}
	}
}

// TestPrintWorstHalf checks that -worst names tune pages only, unless the
// run was asked for the check half.
func TestPrintWorstHalf(t *testing.T) {
	recs := []Record{rec("after", "", datasets.Tune, 2, 0.9), rec("after", "", datasets.Check, 1, 0.1)}
	for _, tt := range []struct {
		half      datasets.Half
		want, not string
	}{
		{datasets.All, "tuneafter", "checkafter"},
		{datasets.Tune, "tuneafter", "checkafter"},
		{datasets.Check, "checkafter", "tuneafter"},
	} {
		var b bytes.Buffer
		printWorst(&b, recs, 5, tt.half)
		if !strings.Contains(b.String(), tt.want) || strings.Contains(b.String(), tt.not) {
			t.Errorf("-half %s: worst list\n%s", tt.half, b.String())
		}
	}
}
