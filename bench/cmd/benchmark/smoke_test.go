package main

import (
	"bytes"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pare-dev/pare/bench/datasets"
	"github.com/pare-dev/pare/bench/extractors"
)

// TestSmoke runs every extractor on the first pages of every set and
// checks the harness end to end: it runs without error, writes a record
// for every page and extractor, keeps scores in [0, 1], and the baseline,
// which keeps all body text, recalls nearly everything. Extractor errors
// are results, not harness failures: pare may still fail every page while
// its extractor is being written.
func TestSmoke(t *testing.T) {
	dir, err := datasets.FindDir()
	if errors.Is(err, datasets.ErrNoData) {
		t.Skipf("benchmark data absent: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	const limit = 10
	jsonPath := filepath.Join(t.TempDir(), "run.json")
	var stdout, stderr bytes.Buffer
	args := []string{"-data", dir, "-limit", "10", "-passes", "1", "-worst", "2", "-json", jsonPath}
	if err := run(args, &stdout, &stderr); err != nil {
		t.Fatalf("run: %v\n%s", err, stderr.String())
	}
	recs, err := readRecords(jsonPath)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"== scrapinghub", "== trafilatura", "== wcxb", "halves (", "F1 by half", "F1 by page type",
		"articles per page", "by page type:", "metadata of the first article"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("output lacks %q", want)
		}
	}
	names := extractors.Names
	if want := len(datasets.Sets) * limit * len(names); len(recs) != want {
		t.Fatalf("%d records, want %d", len(recs), want)
	}
	for _, r := range recs {
		for _, v := range []float64{r.F1, r.Precision, r.Recall} {
			if v < 0 || v > 1 {
				t.Errorf("%s %s %s: score %v outside [0, 1]", r.Set, r.Extractor, r.ID, v)
			}
		}
		if r.Error != "" && !strings.HasPrefix(r.Extractor, "pare") {
			t.Errorf("%s %s %s: %s", r.Set, r.Extractor, r.ID, r.Error)
		}
		if r.Half == "" || r.Host == "" || r.First == nil || r.First.F1 < 0 || r.First.F1 > 1 {
			t.Errorf("%s %s %s: half %q host %q first %+v", r.Set, r.Extractor, r.ID, r.Half, r.Host, r.First)
		}
	}
	for _, set := range datasets.Sets {
		s := summarise(set, "baseline", datasets.All, recs)
		if s.pages != limit || s.joined.recall < 0.9 {
			t.Errorf("%s: baseline on %d pages, recall %.3f; want %d pages, recall ≥ 0.9", set, s.pages, s.joined.recall, limit)
		}
		tune, check := summarise(set, "pare", datasets.Tune, recs), summarise(set, "pare", datasets.Check, recs)
		if tune.pages+check.pages != limit {
			t.Errorf("%s: halves of %d and %d pages, want %d in all", set, tune.pages, check.pages, limit)
		}
	}
	// A run compared with itself loses nothing.
	var cmp bytes.Buffer
	printComparison(&cmp, recs, recs)
	if !strings.Contains(cmp.String(), "0 regressions") {
		t.Errorf("self-comparison:\n%s", cmp.String())
	}
}

// TestSmokeHalf runs one half alone: every record is of that half, and
// the tables say the other half has no page.
func TestSmokeHalf(t *testing.T) {
	dir, err := datasets.FindDir()
	if errors.Is(err, datasets.ErrNoData) {
		t.Skipf("benchmark data absent: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	jsonPath := filepath.Join(t.TempDir(), "run.json.gz")
	var stdout, stderr bytes.Buffer
	args := []string{"-data", dir, "-sets", "scrapinghub", "-extractors", "pare,baseline", "-limit", "20", "-passes", "1", "-half", "tune", "-json", jsonPath}
	if err := run(args, &stdout, &stderr); err != nil {
		t.Fatalf("run: %v\n%s", err, stderr.String())
	}
	recs, err := readRecords(jsonPath)
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) == 0 {
		t.Fatal("no records")
	}
	for _, r := range recs {
		if r.Half != "tune" {
			t.Fatalf("%s: half %q in a -half tune run", r.ID, r.Half)
		}
	}
	if !strings.Contains(stdout.String(), "check 0 pages, 0 hosts") {
		t.Errorf("halves line:\n%s", stdout.String())
	}
}
