package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/pare-dev/pare/bench/compose"
	"github.com/pare-dev/pare/bench/datasets"
)

func TestParseFlags(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		kinds   []compose.Kind
		mixed   []string
		wantErr bool
	}{
		{"defaults", nil, compose.Kinds(), defaultMixed(), false},
		{"kinds-and-pages", []string{"-kinds", "after, teasers,after", "x.html"}, []compose.Kind{compose.After, compose.Teasers}, []string{"x.html"}, false},
		{"new-kinds", []string{"-kinds", "unmarked-aria,three"}, []compose.Kind{compose.UnmarkedARIA, compose.Three}, defaultMixed(), false},
		{"unknown-kind", []string{"-kinds", "sideways"}, nil, nil, true},
		{"no-kind", []string{"-kinds", ","}, nil, nil, true},
		{"negative-worst", []string{"-worst", "-1"}, nil, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := parseFlags(append([]string{"-data", "nowhere"}, tt.args...), io.Discard)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, want error %v", err, tt.wantErr)
			}
			if err == nil && (!slices.Equal(c.kinds, tt.kinds) || !slices.Equal(c.mixed, tt.mixed)) {
				t.Errorf("kinds %v, mixed %v; want %v, %v", c.kinds, c.mixed, tt.kinds, tt.mixed)
			}
		})
	}
}

// TestSmoke runs the command on two kinds of the real data and checks it
// end to end: every section printed, a record per composed page with
// figures in range, the pages dumped. pare's figures themselves are not
// checked: they are what the command is for.
func TestSmoke(t *testing.T) {
	dir, err := datasets.FindDir()
	if errors.Is(err, datasets.ErrNoData) {
		t.Skipf("benchmark data absent: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	jsonPath, dumpDir := filepath.Join(tmp, "split.json"), filepath.Join(tmp, "pages")
	var stdout, stderr bytes.Buffer
	args := []string{"-data", dir, "-kinds", "after,teasers,placeholder", "-worst", "3", "-json", jsonPath, "-dump", dumpDir}
	if err := run(args, &stdout, &stderr); err != nil {
		t.Fatalf("run: %v\n%s", err, stderr.String())
	}
	for _, want := range []string{"== composed from ScrapingHub", "== pare (rules off) on composed pages", "\nafter ",
		"\nteasers ", "\nplaceholder ", "\n  ab ", "\n  ba ", " tune ", " check ", "\nall ",
		"== ScrapingHub pages as they are", "== mixed trafilatura pages", "hoy.com-daran.html (",
		"== failure causes", "== 3 worst composed pages of the tune half"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, stdout.String())
		}
	}
	b, err := os.ReadFile(jsonPath)
	if err != nil {
		t.Fatal(err)
	}
	var recs []Record
	if err := json.Unmarshal(b, &recs); err != nil {
		t.Fatal(err)
	}
	files, _ := os.ReadDir(dumpDir)
	if len(recs) < 200 || len(files) != len(recs) {
		t.Fatalf("%d records, %d pages dumped; want over 200, one per record", len(recs), len(files))
	}
	for _, r := range recs {
		stray := r.Kind == "teasers" || r.Kind == "placeholder"
		if len(r.F1) != r.Want || len(r.Alone) != r.Want || len(r.Titles) != r.Got || stray != (r.Teasers > 0) ||
			(r.Half != datasets.Tune && r.Half != datasets.Check) || (r.Kind == "placeholder") != (r.Variant != "") {
			t.Errorf("%s %s: inconsistent record %+v", r.Kind, r.A, r)
		}
		for _, m := range r.Matches {
			if m.F1 <= 0 || m.F1 > 1 || m.Contamination < 0 || m.Contamination > 1 {
				t.Errorf("%s %s: match out of range %+v", r.Kind, r.A, m)
			}
		}
	}
}
