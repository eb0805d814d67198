package main

import (
	"bytes"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/pare-dev/pare/bench/extractors"
	"github.com/pare-dev/pare/bench/metrics"
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

func TestRegressions(t *testing.T) {
	right := func(got string) *Field { return &Field{Got: got, Match: metrics.Right} }
	base := Record{Set: "wcxb", ID: "1", Half: "tune", Extractor: "pare", Single: true, Articles: 1,
		Scores: Scores{F1: 0.9}, First: &Scores{F1: 0.9},
		Meta: &Meta{Title: right("T"), Author: right("A"), Date: right("2024-03-05")}}
	tests := []struct {
		name   string
		old    func(*Record)
		change func(*Record)
		want   []string // what got worse, in report order
	}{
		{"nothing", nil, func(*Record) {}, nil},
		{"within threshold", nil, func(r *Record) { r.F1, r.First = 0.895, &Scores{F1: 0.895} }, nil},
		{"joined and first", nil, func(r *Record) { r.F1, r.First = 0.5, &Scores{F1: 0.6} }, []string{"first F1", "joined F1"}},
		{"first alone", nil, func(r *Record) { r.Articles, r.First = 2, &Scores{F1: 0.4} }, []string{"articles", "first F1"}},
		{"split", nil, func(r *Record) { r.Articles = 3 }, []string{"articles"}},
		{"lost", nil, func(r *Record) { r.Articles = 0 }, []string{"articles"}},
		{"not a single-article page", nil, func(r *Record) { r.Single, r.Articles = false, 3 }, nil},
		{"already wrong", func(r *Record) { r.Articles = 2 }, func(r *Record) { r.Articles = 3 }, nil},
		{"title wrong", nil, func(r *Record) {
			r.Meta = &Meta{Title: &Field{Got: "X", Match: metrics.Wrong}, Author: right("A"), Date: right("2024-03-05")}
		}, []string{"title"}},
		{"author and date gone", nil, func(r *Record) { r.Meta = &Meta{Title: right("T")} }, []string{"author", "date"}},
		{"old run without first or meta", func(r *Record) { r.First, r.Meta = nil, nil }, func(r *Record) { r.First, r.Meta = &Scores{}, nil }, nil},
		{"other extractor", func(r *Record) { r.Extractor = "go-trafilatura" }, func(r *Record) { r.Extractor, r.F1 = "go-trafilatura", 0 }, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			old, cur := base, base
			if tt.old != nil {
				tt.old(&old)
				cur = old
			}
			tt.change(&cur)
			var got []string
			for _, g := range regressions([]Record{old}, []Record{cur}) {
				got = append(got, g.what)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("regressions = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestPrintComparison(t *testing.T) {
	old := []Record{
		{Set: "wcxb", ID: "1", Half: "tune", Extractor: "pare", Scores: Scores{F1: 0.9, Precision: 0.9, Recall: 0.9, With: &found{}}},
		{Set: "wcxb", ID: "2", Half: "check", Extractor: "pare", Scores: Scores{F1: 0.8, Precision: 0.8, Recall: 0.8, With: &found{}}},
		{Set: "wcxb", ID: "3", Half: "tune", Extractor: "pare", Scores: Scores{F1: 0.7, Precision: 0.7, Recall: 0.7, With: &found{}}},
	}
	cur := slices.Clone(old)
	cur[0].F1 = 0.895 // within the threshold
	cur[1].F1 = 0.5
	cur[2].F1 = 0.6
	var b bytes.Buffer
	printComparison(&b, old, cur)
	out := b.String()
	if !strings.Contains(out, "2 regressions") {
		t.Fatalf("want 2 regressions:\n%s", out)
	}
	if i, j := strings.Index(out, "0.800 -> 0.500"), strings.Index(out, "0.700 -> 0.600"); i < 0 || j < 0 || i > j {
		t.Errorf("drops not worst first:\n%s", out)
	}
	if !strings.Contains(out, "check 0.800") {
		t.Errorf("regression not marked with its half:\n%s", out)
	}
}
