package datasets

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// dataDir returns the benchmark data or skips the test.
func dataDir(t *testing.T) string {
	t.Helper()
	dir, err := FindDir()
	if err != nil {
		t.Skipf("benchmark data absent (%v); set $%s to the folder holding scrapinghub/, trafilatura/ and wcxb-dev/", err, EnvDir)
	}
	return dir
}

func TestLoad(t *testing.T) {
	dir := dataDir(t)
	tests := []struct {
		set   string
		pages int
		// labels counts the pages with a title, author and date label.
		labels [3]int
	}{
		{ScrapingHub, 181, [3]int{}},
		{Trafilatura, 990, [3]int{845, 538, 728}},
		{WCXB, 1497, [3]int{1497, 739, 782}},
	}
	for _, tt := range tests {
		t.Run(tt.set, func(t *testing.T) {
			if testing.Short() && tt.set != ScrapingHub {
				t.Skip("-short: only the small set")
			}
			pages, err := Load(dir, tt.set, 0)
			if err != nil {
				t.Fatal(err)
			}
			if len(pages) != tt.pages {
				t.Errorf("%d pages, want %d", len(pages), tt.pages)
			}
			types := map[string]int{}
			var labels [3]int
			for i, p := range pages {
				for j, l := range []string{p.Truth.Title, p.Truth.Author, p.Truth.Published} {
					if l != "" {
						labels[j]++
					}
				}
				if p.Set != tt.set || p.ID == "" || len(p.HTML) == 0 {
					t.Fatalf("page %d: set %q id %q, %d bytes", i, p.Set, p.ID, len(p.HTML))
				}
				if i > 0 && pages[i-1].ID >= p.ID {
					t.Fatalf("pages out of ID order at %d: %s, %s", i, pages[i-1].ID, p.ID)
				}
				types[p.PageType]++
			}
			if labels != tt.labels {
				t.Errorf("title, author, date labels on %v pages, want %v", labels, tt.labels)
			}
			if tt.set == WCXB {
				want := map[string]int{"article": 793, "service": 165, "product": 119,
					"collection": 117, "forum": 113, "listing": 99, "documentation": 91}
				for k, n := range want {
					if types[k] != n {
						t.Errorf("page type %s: %d pages, want %d", k, types[k], n)
					}
				}
			}
		})
	}
}

func TestLoadLimit(t *testing.T) {
	dir := dataDir(t)
	for _, set := range Sets {
		pages, err := Load(dir, set, 3)
		if err != nil {
			t.Fatal(err)
		}
		if len(pages) != 3 {
			t.Errorf("%s: limit 3 gave %d pages", set, len(pages))
		}
	}
	if _, err := Load(dir, "nope", 0); err == nil {
		t.Error("unknown set: no error")
	}
}

func TestReadOutputs(t *testing.T) {
	dir := t.TempDir()
	shapes := map[string]any{
		"flat.json":    map[string]any{"a1": map[string]any{"articleBody": "one", "url": "u"}, "b2": map[string]any{"articleBody": nil}},
		"wrapped.json": map[string]any{"version": "1.0", "output": map[string]any{"a1": map[string]any{"articleBody": "one"}, "b2": map[string]any{}}},
	}
	for name, v := range shapes {
		b, _ := json.Marshal(v)
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		got, err := ReadOutputs(path)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(got) != 2 || got["a1"] != "one" || got["b2"] != "" {
			t.Errorf("%s: %q", name, got)
		}
	}
}

func TestPageType(t *testing.T) {
	tests := []struct{ raw, want string }{
		{`{"primary": "forum", "confidence": "verified"}`, "forum"},
		{`{"primary": "category"}`, "collection"},
		{`"product"`, "product"},
		{`{}`, "article"},
		{``, "article"},
	}
	for _, tt := range tests {
		if got := pageType(json.RawMessage(tt.raw)); got != tt.want {
			t.Errorf("pageType(%s) = %q, want %q", tt.raw, got, tt.want)
		}
	}
}

func TestFindDirEnv(t *testing.T) {
	dir := t.TempDir()
	t.Setenv(EnvDir, dir)
	if got, err := FindDir(); err != nil || got != dir {
		t.Errorf("FindDir() = %q, %v; want %q", got, err, dir)
	}
	t.Setenv(EnvDir, filepath.Join(dir, "missing"))
	if _, err := FindDir(); !errors.Is(err, ErrNoData) {
		t.Errorf("FindDir() with a missing dir: %v, want ErrNoData", err)
	}
}
