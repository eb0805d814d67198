package main

import (
	"bytes"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/pare-dev/pare/bench/extractors"
)

func TestParseFlags(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		wantErr string
		check   func(config) bool
	}{
		{"defaults", nil, "", func(c config) bool {
			return c.passes == 3 && len(c.sets) == 3 && slices.Equal(c.extractors, extractors.Names)
		}},
		{"lists", []string{"-sets", "wcxb, scrapinghub,wcxb", "-extractors", "baseline"}, "", func(c config) bool {
			return slices.Equal(c.sets, []string{"wcxb", "scrapinghub"}) && slices.Equal(c.extractors, []string{"baseline"})
		}},
		{"unknown-set", []string{"-sets", "cleaneval"}, "unknown set", nil},
		{"unknown-extractor", []string{"-extractors", "pare,boilerpipe"}, "unknown extractor", nil},
		{"empty-list", []string{"-sets", ","}, "no set", nil},
		{"zero-passes", []string{"-passes", "0"}, "-passes", nil},
		{"stray-argument", []string{"page.html"}, "unexpected", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// -data is given so the test does not depend on the data.
			c, err := parseFlags(append([]string{"-data", t.TempDir()}, tt.args...), io.Discard)
			switch {
			case tt.wantErr != "":
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Errorf("error %v, want one containing %q", err, tt.wantErr)
				}
			case err != nil:
				t.Fatal(err)
			case !tt.check(c):
				t.Errorf("config %+v", c)
			}
		})
	}
}

func TestMedian(t *testing.T) {
	tests := []struct {
		in   []float64
		want float64
	}{
		{nil, 0},
		{[]float64{3}, 3},
		{[]float64{5, 1, 3}, 3},
		{[]float64{4, 1, 3, 2}, 2.5},
	}
	for _, tt := range tests {
		if got := median(tt.in); got != tt.want {
			t.Errorf("median(%v) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestPrintComparison(t *testing.T) {
	old := []Record{
		{Set: "wcxb", ID: "1", Extractor: "pare", F1: 0.9, Precision: 0.9, Recall: 0.9, With: &found{}},
		{Set: "wcxb", ID: "2", Extractor: "pare", F1: 0.8, Precision: 0.8, Recall: 0.8, With: &found{}},
		{Set: "wcxb", ID: "3", Extractor: "pare", F1: 0.7, Precision: 0.7, Recall: 0.7, With: &found{}},
	}
	cur := slices.Clone(old)
	cur[0].F1 = 0.895 // within the threshold
	cur[1].F1 = 0.5
	cur[2].F1 = 0.6
	var b bytes.Buffer
	printComparison(&b, old, cur)
	out := b.String()
	if !strings.Contains(out, "2 pare pages lost") {
		t.Fatalf("want 2 drops:\n%s", out)
	}
	if i, j := strings.Index(out, "(-0.300)"), strings.Index(out, "(-0.100)"); i < 0 || j < 0 || i > j {
		t.Errorf("drops not worst first:\n%s", out)
	}
}
