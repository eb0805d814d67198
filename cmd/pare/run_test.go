package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const (
	cityNews  = "../../testdata/citynews.ca/2023-11-08-blinken-seoul.html"
	arabNews  = "../../testdata/arabnews.com/2023-11-09-blinken-seoul-bare.html"
	noArticle = "../../testdata/generic/no-article.html"
)

// pareRun runs the command and returns its exit status and streams.
func pareRun(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	status := run(args, strings.NewReader(stdin), &out, &errOut)
	return status, out.String(), errOut.String()
}

func TestRunText(t *testing.T) {
	status, out, stderr := pareRun(t, "", cityNews)
	if status != exitOK || stderr != "" {
		t.Fatalf("status %d, stderr %q", status, stderr)
	}
	for _, want := range []string{
		"Blinken arrives in Seoul for talks focused on North Korea and its military cooperation with Russia\n",
		"By Matthew Lee, The Associated Press\n",
		"Published November 8, 2023 11:53 pm\n",
		"SEOUL, South Korea (AP) — Heightened tensions",
		"summit in San Francisco.\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if strings.Contains(out, "Pool Photo via AP") {
		t.Error("output holds the photo caption")
	}
}

func TestRunTwoArticlesAndFirst(t *testing.T) {
	_, out, _ := pareRun(t, "", arabNews)
	if n := strings.Count(out, "\n---\n"); n != 1 {
		t.Errorf("%d article separators, want 1 (two articles)", n)
	}
	_, out, _ = pareRun(t, "", "-first", arabNews)
	if strings.Contains(out, "BRUSSELS") || !strings.Contains(out, "SEOUL") {
		t.Errorf("-first printed the wrong articles:\n%s", out)
	}
}

func TestRunJSON(t *testing.T) {
	status, out, _ := pareRun(t, "", "-format", "json", "-ordered", arabNews, "missing.html")
	if status != exitFailed {
		t.Errorf("status %d, want %d (one input missing)", status, exitFailed)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d JSON lines, want one per input:\n%s", len(lines), out)
	}
	var page jsonPage
	if err := json.Unmarshal([]byte(lines[0]), &page); err != nil {
		t.Fatal(err)
	}
	if len(page.Articles) != 2 || !page.Articles[1].Appended || page.Articles[0].Appended {
		t.Errorf("articles: %+v", page.Articles)
	}
	if page.Articles[1].ModifiedText != "23 January 2026" || page.Articles[1].Summary == nil {
		t.Errorf("second article metadata: %+v", page.Articles[1])
	}
	var failed jsonPage
	if err := json.Unmarshal([]byte(lines[1]), &failed); err != nil {
		t.Fatal(err)
	}
	if failed.File != "missing.html" || failed.Error == "" {
		t.Errorf("error record: %+v", failed)
	}
	if !strings.Contains(lines[1], `"articles":[]`) {
		t.Errorf("error record without an empty articles list: %s", lines[1])
	}
}

func TestRunFormats(t *testing.T) {
	_, html, _ := pareRun(t, "", "-format", "html", cityNews)
	if !strings.HasPrefix(html, "<article>\n<h1>Blinken") || strings.Contains(html, "<script") {
		t.Errorf("html output:\n%.300s", html)
	}
	_, md, _ := pareRun(t, "", "-format", "markdown", cityNews)
	if !strings.HasPrefix(md, "# Blinken") || !strings.Contains(md, "SEOUL, South Korea (AP)") {
		t.Errorf("markdown output:\n%.300s", md)
	}
}

func TestRunFailures(t *testing.T) {
	dir := t.TempDir()
	unreadable := filepath.Join(dir, "locked.html")
	if err := os.WriteFile(unreadable, []byte("<p>x</p>"), 0o000); err != nil {
		t.Fatal(err)
	}
	binary := filepath.Join(dir, "image.html")
	if err := os.WriteFile(binary, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		args   []string
		status int
		stderr string
	}{
		{"missing file", []string{"nope.html", cityNews}, exitFailed, "pare: nope.html: no such file or directory\n"},
		{"no article", []string{noArticle}, exitFailed, "pare: " + noArticle + ": no article: "},
		{"binary", []string{binary}, exitFailed, "not an HTML page"},
		{"bad format", []string{"-format", "pdf", cityNews}, exitUsage, `unknown -format "pdf"`},
		{"no input", nil, exitUsage, "no input"},
		{"url with two inputs", []string{"-url", "https://x.example/", cityNews, arabNews}, exitUsage, "one page"},
		{"unknown flag", []string{"-frobnicate", cityNews}, exitUsage, "flag provided but not defined"},
	}
	if os.Geteuid() != 0 { // root reads anything
		tests = append(tests, struct {
			name   string
			args   []string
			status int
			stderr string
		}{"unreadable", []string{unreadable}, exitFailed, "permission denied"})
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			status, out, stderr := pareRun(t, "", tc.args...)
			if status != tc.status {
				t.Errorf("status %d, want %d", status, tc.status)
			}
			if !strings.Contains(stderr, tc.stderr) {
				t.Errorf("stderr %q lacks %q", stderr, tc.stderr)
			}
			if tc.name == "missing file" && !strings.Contains(out, "SEOUL") {
				t.Error("the page after the missing one was not processed")
			}
		})
	}
}

func TestRunStdinGzipAndDirectory(t *testing.T) {
	page, err := os.ReadFile(cityNews)
	if err != nil {
		t.Fatal(err)
	}
	status, out, _ := pareRun(t, string(page), "-url", "https://toronto.citynews.ca/x", "-")
	if status != exitOK || !strings.Contains(out, "SEOUL") {
		t.Errorf("stdin: status %d\n%.200s", status, out)
	}
	dir := t.TempDir()
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(page)
	zw.Close()
	if err := os.WriteFile(filepath.Join(dir, "page.html.gz"), gz.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("not a page"), 0o644); err != nil {
		t.Fatal(err)
	}
	status, out, stderr := pareRun(t, "", "-format", "json", dir)
	if status != exitOK || strings.Count(out, "\n") != 1 || !strings.Contains(out, "SEOUL") {
		t.Errorf("directory with a .gz page: status %d, stderr %q\n%.200s", status, stderr, out)
	}
}

func TestRunExplainAndNoRules(t *testing.T) {
	_, _, stderr := pareRun(t, "", "-explain", cityNews)
	if !strings.Contains(stderr, `rule "CityNews"`) || !strings.Contains(stderr, "removed ") {
		t.Errorf("-explain output:\n%s", stderr)
	}
	_, _, stderr = pareRun(t, "", "-explain", "-no-rules", cityNews)
	if !strings.Contains(stderr, `rule ""`) {
		t.Errorf("-no-rules still matched a rule:\n%s", stderr)
	}
}

func TestRunAllPages(t *testing.T) {
	front := "../../testdata/generic/no-article.html"
	code, _, stderr := pareRun(t, "", front)
	if code != exitFailed || !strings.Contains(stderr, "no article:") {
		t.Fatalf("without -all-pages: status %d, stderr:\n%s", code, stderr)
	}
	code, stdout, stderr := pareRun(t, "", "-all-pages", "-format", "json", front)
	if code != exitOK || !strings.Contains(stderr, "no article, main content given") {
		t.Fatalf("with -all-pages: status %d, stderr:\n%s", code, stderr)
	}
	if !strings.Contains(stdout, `"not_article":true`) || !strings.Contains(stdout, `"fallback":"main content"`) ||
		!strings.Contains(stdout, `"reason_kind":"little-of-main-content"`) {
		t.Errorf("JSON lacks not_article or fallback:\n%.400s", stdout)
	}
	// go-readability finds no article in a front page either.
	code, _, stderr = pareRun(t, "", "-readability", front)
	if code != exitFailed || !strings.Contains(stderr, "no article:") {
		t.Fatalf("with -readability: status %d, stderr:\n%s", code, stderr)
	}
}

func TestRunSplit(t *testing.T) {
	_, out, _ := pareRun(t, "", "-no-rules", "-format", "json", arabNews)
	if !strings.Contains(out, `"split":{"evidence":["headline",`) {
		t.Errorf("the appended article's record says nothing of its cut:\n%.300s", out)
	}
	_, out, _ = pareRun(t, "", "-no-rules", "-no-split", "-format", "json", arabNews)
	var page struct{ Articles []json.RawMessage }
	if err := json.Unmarshal([]byte(out), &page); err != nil || len(page.Articles) != 1 {
		t.Errorf("-no-split: %d articles (%v), want 1", len(page.Articles), err)
	}
}

// TestRunFirstWithURL holds -first -url to the article whose URL that is:
// a crawler that fetched the appended story's address gets that story.
func TestRunFirstWithURL(t *testing.T) {
	_, out, _ := pareRun(t, "", "-first", "-url", "https://www.arabnews.com/node/2629163/business-economy", arabNews)
	if !strings.HasPrefix(out, "EU to suspend 93 billion euro") || strings.Contains(out, "Blinken arrives") {
		t.Errorf("-first -url printed the wrong article:\n%.300s", out)
	}
	_, out, _ = pareRun(t, "", "-first", "-url", "https://www.arabnews.com/node/2405076/world", arabNews)
	if !strings.HasPrefix(out, "Blinken arrives") || strings.Contains(out, "EU to suspend") {
		t.Errorf("-first -url to the page's own article printed:\n%.300s", out)
	}
}
