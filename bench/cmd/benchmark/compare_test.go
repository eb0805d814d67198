package main

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestRecordsRoundTrip holds -json and -baseline to each other, plain and
// gzipped.
func TestRecordsRoundTrip(t *testing.T) {
	recs := []Record{{Set: "scrapinghub", ID: "a", Extractor: "pare", F1: 0.5}, {Set: "wcxb", ID: "b", Extractor: "baseline", F1: 1}}
	for _, name := range []string{"run.json", "run.json.gz"} {
		path := filepath.Join(t.TempDir(), name)
		if err := writeRecords(path, 3, recs); err != nil {
			t.Fatal(err)
		}
		got, err := readRecords(path)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.EqualFunc(got, recs, func(a, b Record) bool {
			return a.Set == b.Set && a.ID == b.ID && a.Extractor == b.Extractor && a.F1 == b.F1
		}) {
			t.Errorf("%s: read %+v, wrote %+v", name, got, recs)
		}
	}
}

// TestCommittedBaseline holds the baseline the README points to: it reads,
// and holds pare's record for every page of the three sets.
func TestCommittedBaseline(t *testing.T) {
	const path = "../../baseline.json.gz"
	if _, err := os.Stat(path); err != nil {
		t.Skipf("no committed baseline: %v", err)
	}
	recs, err := readRecords(path)
	if err != nil {
		t.Fatal(err)
	}
	pages := map[string]int{}
	for _, r := range recs {
		if r.Extractor == "pare" {
			pages[r.Set]++
		}
	}
	for set, want := range map[string]int{"scrapinghub": 181, "trafilatura": 990, "wcxb": 1497} {
		if pages[set] != want {
			t.Errorf("%s: pare records for %d pages, want %d", set, pages[set], want)
		}
	}
}
