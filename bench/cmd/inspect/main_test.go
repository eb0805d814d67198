package main

import (
	"errors"
	"strings"
	"testing"

	"github.com/pare-dev/pare/bench/datasets"
)

// TestCheckHalf holds inspect to the rule of the halves: a check-half
// page is refused unless -force, and shown with a warning when forced; a
// tune-half page is shown.
func TestCheckHalf(t *testing.T) {
	dir, err := datasets.FindDir()
	if errors.Is(err, datasets.ErrNoData) {
		t.Skipf("benchmark data absent: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	pages, err := datasets.Load(dir, datasets.ScrapingHub, 20)
	if err != nil {
		t.Fatal(err)
	}
	tune, check := datasets.Keep(pages, datasets.Tune), datasets.Keep(pages, datasets.Check)
	if len(tune) == 0 || len(check) == 0 {
		t.Fatalf("first 20 pages: %d tune, %d check", len(tune), len(check))
	}
	var out strings.Builder
	args := []string{"-data", dir, "-extractor", "baseline"}
	if err := run(append(args, tune[0].ID), &out); err != nil || !strings.Contains(out.String(), "tune half") {
		t.Errorf("tune page: %v\n%s", err, out.String())
	}
	out.Reset()
	if err := run(append(args, check[0].ID), &out); err == nil || !strings.Contains(err.Error(), "check-half") {
		t.Errorf("check page without -force: err %v", err)
	}
	out.Reset()
	if err := run(append(args, "-force", check[0].ID), &out); err != nil || !strings.Contains(out.String(), "CHECK-half") {
		t.Errorf("check page with -force: %v\n%s", err, out.String())
	}
}
