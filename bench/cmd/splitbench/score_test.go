package main

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/pare-dev/pare/bench/metrics"
)

const (
	storyA = "The council voted on Tuesday to rebuild the old harbour bridge before the winter storms arrive"
	storyB = "A local baker won the national prize for her rye loaf after twenty years of early mornings"
)

func TestMatch(t *testing.T) {
	tests := []struct {
		name        string
		truth, pred []string
		want        [][2]int // (truth, pred) pairs in the order matched
	}{
		{"in-order", []string{storyA, storyB}, []string{storyA, storyB}, [][2]int{{0, 0}, {1, 1}}},
		{"swapped", []string{storyA, storyB}, []string{storyB, storyA}, [][2]int{{0, 1}, {1, 0}}},
		{"merged", []string{storyA, storyB}, []string{storyA + " A local baker won the national"}, [][2]int{{0, 0}}},
		{"one-dropped", []string{storyA, storyB}, []string{storyB}, [][2]int{{1, 0}}},
		{"extra-unrelated", []string{storyA}, []string{"menu home news sport weather", storyA}, [][2]int{{0, 1}}},
		{"nothing", []string{storyA}, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got [][2]int
			for _, m := range match(tt.truth, tt.pred) {
				got = append(got, [2]int{m.Truth, m.Pred})
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("match = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestContamination(t *testing.T) {
	shA, shB := metrics.ShingleCounts(storyA), metrics.ShingleCounts(storyB)
	nA, nB := float64(len(shA)), float64(len(shB))
	tests := []struct {
		name string
		pred string
		want float64
	}{
		{"clean", storyA, 0},
		{"merged", storyA + " " + storyB, nB / (nA + nB + 3)}, // 3 shingles span the seam
		{"all-other", storyB, 1},
		{"boilerplate-is-not-contamination", storyA + " share this on every network", 0},
		{"empty", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := contamination(tt.pred, shA, []map[string]int{shB}); math.Abs(got-tt.want) > 1e-12 {
				t.Errorf("contamination = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestCauses(t *testing.T) {
	two := func(got int, f1 []float64, m ...Match) Record {
		return Record{Kind: "after", Want: 2, Got: got, F1: f1, Alone: []float64{1, 1}, Matches: m}
	}
	tests := []struct {
		name string
		r    Record
		want string
	}{
		{"good", two(2, []float64{1, 1}, Match{0, 0, 1, 0}, Match{1, 1, 1, 0}), ""},
		{"merged", two(1, []float64{0.7, 0}, Match{0, 0, 0.7, 0.4}), "merged into one, low F1 (host)"},
		{"guest-dropped", two(1, []float64{1, 0}, Match{0, 0, 1, 0}), "guest dropped"},
		{"host-dropped", two(1, []float64{0, 1}, Match{1, 0, 1, 0}), "host dropped"},
		{"bleeding-boundary", two(2, []float64{0.9, 0.9}, Match{0, 0, 0.9, 0.2}, Match{1, 1, 0.9, 0}), "contamination (host)"},
		{"low-alone-too", Record{Kind: "teasers", Want: 1, Got: 1, F1: []float64{0.5}, Alone: []float64{0.5},
			Matches: []Match{{0, 0, 0.5, 0}}, Teasers: 4, Leaked: 1}, "low F1 (host, low alone too), teaser leak"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := strings.Join(causes(tt.r), ", "); got != tt.want {
				t.Errorf("causes = %q, want %q", got, tt.want)
			}
		})
	}
}
