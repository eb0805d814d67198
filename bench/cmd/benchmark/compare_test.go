package main

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/pare-dev/pare/bench/metrics"
)

// TestRecordsRoundTrip holds -json and -baseline to each other, plain and
// gzipped.
func TestRecordsRoundTrip(t *testing.T) {
	recs := []Record{
		{Set: "scrapinghub", ID: "a", Extractor: "pare", Scores: Scores{F1: 0.5}, First: &Scores{F1: 0.25},
			Meta: &Meta{Title: &Field{Got: "T", Match: metrics.Right}}},
		{Set: "wcxb", ID: "b", Extractor: "baseline", Scores: Scores{F1: 1}},
	}
	for _, name := range []string{"run.json", "run.json.gz"} {
		path := filepath.Join(t.TempDir(), name)
		if err := writeRecords(path, 3, recs); err != nil {
			t.Fatal(err)
		}
		got, err := readRecords(path)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, recs) {
			t.Errorf("%s: read %+v, wrote %+v", name, got, recs)
		}
	}
}

// TestOldRecords reads a record as runs wrote them before halves, first
// articles and metadata were measured: the joined scores read as before,
// and first() falls back to them.
func TestOldRecords(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.json")
	old := `{"passes": 3, "records": [{"set": "wcxb", "id": "1", "extractor": "pare", "f1": 0.9, "precision": 0.8, "recall": 1, "articles": 2, "seconds": 0.01, "bytes": 10, "with": {"found": 1, "total": 2}}]}`
	if err := os.WriteFile(path, []byte(old), 0o644); err != nil {
		t.Fatal(err)
	}
	recs, err := readRecords(path)
	if err != nil {
		t.Fatal(err)
	}
	r := recs[0]
	if r.F1 != 0.9 || r.With == nil || r.With.Total != 2 || r.First != nil || r.first().F1 != 0.9 || r.Meta != nil || r.Half != "" {
		t.Errorf("old record read as %+v", r)
	}
}

// TestCommittedBaseline holds the baseline the README points to: it reads,
// and holds pare's record for every page of the three sets, with its
// half, first-article scores and metadata.
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
			if r.Half == "" || r.First == nil {
				t.Fatalf("%s %s: record without half or first article: %+v", r.Set, r.ID, r)
			}
			if r.Set == "wcxb" && r.Meta == nil {
				t.Fatalf("wcxb %s: no metadata (every WCXB page labels a title)", r.ID)
			}
		}
	}
	for set, want := range map[string]int{"scrapinghub": 181, "trafilatura": 990, "wcxb": 1497} {
		if pages[set] != want {
			t.Errorf("%s: pare records for %d pages, want %d", set, pages[set], want)
		}
	}
}
