package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGoldenOwnFixtures runs `pare golden` over pare's own fixtures: the
// command and extract's TestGolden read the goldens the same way.
func TestGoldenOwnFixtures(t *testing.T) {
	status, out, stderr := pareRun(t, "", "golden", "../../testdata")
	if status != exitOK {
		t.Fatalf("status %d\n%s\n%s", status, out, stderr)
	}
	pages, _ := filepath.Glob("../../testdata/*/*.html")
	want := fmt.Sprintf("%d page(s): %d golden(s) match, 0 differ, 0 missing, 0 failed\n", len(pages), len(pages))
	if out != want {
		t.Errorf("output = %q, want %q", out, want)
	}
}

// TestGoldenUserFolder is the user's loop: a folder of pages without
// goldens fails, -update writes them (the rules-off sections included,
// so a publisher's page gets the very golden pare's own test keeps), a
// second run passes, and an edit shows as a diff.
func TestGoldenUserFolder(t *testing.T) {
	dir := t.TempDir()
	page, err := os.ReadFile(cityNews)
	if err != nil {
		t.Fatal(err)
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(page)
	zw.Close()
	writeFile(t, filepath.Join(dir, "news", "story.html.gz"), gz.String())
	copyFile(t, noArticle, filepath.Join(dir, "login.htm"))

	status, out, stderr := pareRun(t, "", "golden", dir)
	if status != exitFailed || !strings.Contains(stderr, "no golden") || !strings.Contains(out, "2 page(s): 0 golden(s) match, 0 differ, 2 missing") {
		t.Fatalf("without goldens: status %d\n%s\n%s", status, out, stderr)
	}
	status, out, stderr = pareRun(t, "", "golden", "-update", dir)
	if status != exitOK || !strings.Contains(out, "2 golden(s) written") {
		t.Fatalf("-update: status %d\n%s\n%s", status, out, stderr)
	}
	got := readFile(t, filepath.Join(dir, "news", "story.golden"))
	if want := readFile(t, strings.TrimSuffix(cityNews, ".html")+".golden"); got != want {
		t.Errorf("the written golden is not pare's own for the page (rules-off sections?)")
	}
	if !strings.Contains(got, "-- removed, rules off --") {
		t.Error("the golden lacks the rules-off removals")
	}
	if leftovers, _ := filepath.Glob(filepath.Join(dir, "news", ".*")); len(leftovers) > 0 {
		t.Errorf("-update left temporary files: %v", leftovers)
	}
	status, out, _ = pareRun(t, "", "golden", "-update", dir)
	if status != exitOK || !strings.Contains(out, "0 golden(s) written, 2 unchanged") {
		t.Errorf("second -update: status %d\n%s", status, out)
	}
	if status, out, _ = pareRun(t, "", "golden", dir); status != exitOK {
		t.Fatalf("after -update: status %d\n%s", status, out)
	}
	writeFile(t, filepath.Join(dir, "news", "story.golden"), strings.Replace(got, "Heightened tensions", "Tensions", 1))
	status, out, _ = pareRun(t, "", "golden", dir)
	if status != exitFailed || !strings.Contains(out, "-SEOUL, South Korea (AP) — Tensions") ||
		!strings.Contains(out, "+SEOUL, South Korea (AP) — Heightened tensions") || !strings.Contains(out, "1 golden(s) match, 1 differ") {
		t.Errorf("an edited golden: status %d\n%s", status, out)
	}
	// -no-rules: the golden holds the generic run alone.
	status, out, _ = pareRun(t, "", "golden", "-no-rules", "-update", dir)
	if status != exitOK {
		t.Fatalf("-no-rules -update: status %d\n%s", status, out)
	}
	if g := readFile(t, filepath.Join(dir, "news", "story.golden")); strings.Contains(g, "rules off") || strings.Contains(g, "[rule CityNews strip") {
		t.Errorf("-no-rules golden holds rules-on output:\n%s", g)
	}
	if status, _, _ = pareRun(t, "", "golden", dir); status != exitFailed {
		t.Error("a -no-rules golden passes a run with rules")
	}
}

// TestGoldenURLSidecar: a page that does not carry its URL gets it from
// NAME.url, which selects the publisher's rule.
func TestGoldenURLSidecar(t *testing.T) {
	dir := t.TempDir()
	page := strings.ReplaceAll(readFile(t, cityNews), "citynews.ca", "elsewhere.invalid")
	writeFile(t, filepath.Join(dir, "p.html"), page)
	writeFile(t, filepath.Join(dir, "p.url"), "https://toronto.citynews.ca/2023/11/08/story/\n")
	if status, out, stderr := pareRun(t, "", "golden", "-update", dir); status != exitOK {
		t.Fatalf("status %d\n%s%s", status, out, stderr)
	}
	g := readFile(t, filepath.Join(dir, "p.golden"))
	if !strings.HasPrefix(g, "url: https://toronto.citynews.ca/2023/11/08/story/\n") || !strings.Contains(g, "[rule CityNews strip") {
		t.Errorf("the sidecar's URL did not select the rule:\n%.400s", g)
	}
}

func TestGoldenUsage(t *testing.T) {
	for _, args := range [][]string{
		{"golden"},
		{"golden", "no-such-folder"},
		{"golden", "-rules", "no-such-folder", "../../testdata"},
		{"golden", "-rules", ".", "-no-rules", "../../testdata"},
	} {
		if status, _, stderr := pareRun(t, "", args...); status != exitUsage || stderr == "" {
			t.Errorf("%q: status %d, stderr %q", args, status, stderr)
		}
	}
	if status, _, stderr := pareRun(t, "", "golden", t.TempDir()); status != exitFailed || !strings.Contains(stderr, "no saved pages") {
		t.Errorf("an empty folder: status %d, %q", status, stderr)
	}
}

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	writeFile(t, to, readFile(t, from))
}

// TestGoldenSiteConfig: with -site-config the goldens hold the run with
// the site configs, so a site config that changes what a page yields
// shows in the golden run, as a pare rule would.
func TestGoldenSiteConfig(t *testing.T) {
	dir, sites := t.TempDir(), t.TempDir()
	writeFile(t, filepath.Join(dir, "story.html"), `<html><head><link rel="canonical" href="https://news.example.com/2024/ferry"><title>Ferry timetable extended</title></head><body><article><h1>Ferry timetable extended</h1>`+
		`<p>The council voted on Tuesday to extend the ferry timetable through the winter, after a petition signed by more than four thousand residents.</p>`+
		`<p class="aside">Officials said the extra crossings would cost about £200,000 a year, to be met from parking revenue at the terminal.</p>`+
		`<p>Residents on the island, many of whom commute to the mainland for work, had complained for years that the last boat left too early.</p></article></body></html>`)
	writeFile(t, filepath.Join(sites, "news.example.com.txt"), "strip: //p[@class='aside']\n")
	if status, out, stderr := pareRun(t, "", "golden", "-update", "-site-config", sites, dir); status != exitOK {
		t.Fatalf("-update -site-config: status %d\n%s\n%s", status, out, stderr)
	}
	if got := readFile(t, filepath.Join(dir, "story.golden")); !strings.Contains(got, "rules off") || !strings.Contains(got, "parking revenue") {
		t.Errorf("the golden lacks the rules-off run that keeps what the site config strips:\n%s", got)
	}
	if status, out, _ := pareRun(t, "", "golden", "-site-config", sites, dir); status != exitOK {
		t.Errorf("with the site configs: status %d\n%s", status, out)
	}
	if status, out, _ := pareRun(t, "", "golden", dir); status != exitFailed {
		t.Errorf("without the site configs the golden should differ: status %d\n%s", status, out)
	}
	if status, _, stderr := pareRun(t, "", "golden", "-site-config", filepath.Join(sites, "missing"), dir); status != exitUsage || !strings.Contains(stderr, "missing") {
		t.Errorf("a missing -site-config folder: status %d\n%s", status, stderr)
	}
}
