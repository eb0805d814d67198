package golden

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pare-dev/pare/extract"
	"github.com/pare-dev/pare/rules"
)

func TestStem(t *testing.T) {
	for _, tc := range []struct {
		path, stem string
		page       bool
	}{
		{"a/b.html", "a/b", true},
		{"a/b.HTM", "a/b", true},
		{"a/b.html.gz", "a/b", true},
		{"a/b.gz", "a/b", true},
		{"a/b.golden", "a/b.golden", false},
		{"a/b.url", "a/b.url", false},
		{"a/checks.yaml", "a/checks.yaml", false},
	} {
		stem, ok := Stem(tc.path)
		if ok != tc.page || (ok && stem != tc.stem) {
			t.Errorf("Stem(%q) = %q, %v; want %q, %v", tc.path, stem, ok, tc.stem, tc.page)
		}
	}
}

func TestPages(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("b.html", "<p>x")
	write("b.url", "\nhttps://example.com/b\n")
	write("sub/a.htm.gz", "")
	write(".git/c.html", "")
	write("notes.txt", "")
	pages, err := Pages(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) != 2 {
		t.Fatalf("%d pages, want 2 (dot folders skipped): %+v", len(pages), pages)
	}
	if p := pages[0]; p.Golden != filepath.Join(dir, "b.golden") || p.NoRules != filepath.Join(dir, "b.norules.golden") || p.URL != "https://example.com/b" {
		t.Errorf("pages[0] = %+v", p)
	}
	if p := pages[1]; p.Golden != filepath.Join(dir, "sub", "a.golden") || p.URL != "" {
		t.Errorf("pages[1] = %+v", p)
	}
	write("b.html.gz", "")
	if _, err := Pages(dir); err == nil || !strings.Contains(err.Error(), "share the golden") {
		t.Errorf("two pages with one stem: err = %v", err)
	}
	os.Remove(filepath.Join(dir, "b.html.gz"))
	write("b.url", "https://a\nhttps://b\n")
	if _, err := Pages(dir); err == nil || !strings.Contains(err.Error(), "2 lines") {
		t.Errorf("a sidecar of two URLs: err = %v", err)
	}
}

func TestWriteCompare(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "x.golden")
	if _, err := Compare(path, "a\n"); err == nil {
		t.Error("Compare on a missing golden: no error")
	}
	for _, text := range []string{"a\nb\n", "a\nc\n"} {
		if err := Write(path, text); err != nil {
			t.Fatal(err)
		}
		if diff, err := Compare(path, text); err != nil || diff != "" {
			t.Errorf("Compare after Write(%q) = %q, %v", text, diff, err)
		}
	}
	diff, _ := Compare(path, "a\nb\n")
	if !strings.Contains(diff, "-c\n") || !strings.Contains(diff, "+b\n") {
		t.Errorf("diff = %q", diff)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("Write left %d files, want the golden alone", len(entries))
	}
	if err := Write(filepath.Join(dir, "missing", "x.golden"), "a"); err == nil {
		t.Error("Write into a missing folder: no error")
	}
}

// TestCombine runs one page of a publisher with its rule and without: the
// combined golden is the rules-on golden followed by exactly the sections
// that differ, and a run that agrees with itself adds nothing.
func TestCombine(t *testing.T) {
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	page := "../testdata/citynews.ca/2023-11-08-blinken-seoul.html"
	on, off := runPage(t, extract.Options{Rules: set}, page), runPage(t, extract.Options{}, page)
	if got := Combine(off, off); got != Format(off) {
		t.Errorf("Combine of one result with itself adds:\n%s", Diff(Format(off), got, "format", "combine"))
	}
	got := Combine(on, off)
	if !strings.HasPrefix(got, Format(on)) {
		t.Fatal("Combine does not start with the rules-on golden")
	}
	rest := strings.TrimPrefix(got, Format(on))
	if rest == "" || rest != Differing(Format(on), Format(off), RulesOffSuffix) {
		t.Errorf("the rules-off sections = %q", rest)
	}
	for _, line := range strings.Split(rest, "\n") {
		if strings.HasPrefix(line, "-- ") && !strings.HasSuffix(line, RulesOffSuffix+" --") {
			t.Errorf("section %q lacks the suffix", line)
		}
	}
}

func runPage(t *testing.T, opts extract.Options, page string) *extract.Result {
	t.Helper()
	ex, err := extract.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(page)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	res, err := ex.Extract(t.Context(), f, "")
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func TestCheck(t *testing.T) {
	res := &extract.Result{Articles: []extract.Article{{Text: "alpha beta"}, {Text: "gamma"}}}
	for _, tc := range []struct {
		name   string
		test   rules.Test
		always []string
		fails  []string
	}{
		{"passes", rules.Test{Articles: 2, Contain: [][]string{{"alpha"}, {"gamma"}}, Exclude: [][]string{{"gamma"}}}, nil, nil},
		{"count", rules.Test{Articles: 1}, nil, []string{"2 articles, want 1 (reason: )"}},
		{"lacks", rules.Test{Articles: 2, Contain: [][]string{nil, {"delta"}}}, nil, []string{`article 2 lacks "delta"`}},
		{"contains", rules.Test{Articles: 2, Exclude: [][]string{{"beta"}}}, nil, []string{`article 1 contains "beta"`}},
		{"always", rules.Test{Articles: 2}, []string{"gamma"}, []string{`article 2 contains "gamma", which the rule excludes`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Check(res, tc.test, tc.always)
			if strings.Join(got, "\n") != strings.Join(tc.fails, "\n") {
				t.Errorf("Check = %q, want %q", got, tc.fails)
			}
		})
	}
}
