package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/pare-dev/pare/batch"
)

// testWARC packs cityNews and arabNews as HTML responses, with a request,
// a PNG response and a truncated last record, into a WARC.gz.
func testWARC(t *testing.T, dir string) string {
	t.Helper()
	var buf bytes.Buffer
	ww := batch.NewWARCWriter(&buf, true)
	for uri, path := range map[string]string{
		"https://toronto.citynews.ca/2023/11/08/blinken-seoul/": cityNews,
		"https://www.arabnews.com/node/2405076/world":           arabNews,
	} {
		page, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := ww.WriteRequest(uri); err != nil {
			t.Fatal(err)
		}
		if err := ww.WriteResponse(uri, 200, "text/html; charset=utf-8", page); err != nil {
			t.Fatal(err)
		}
	}
	if err := ww.WriteResponse("https://example.com/logo.png", 200, "image/png", []byte("\x89PNG")); err != nil {
		t.Fatal(err)
	}
	var cut bytes.Buffer
	if err := batch.NewWARCWriter(&cut, false).WriteResponse("https://example.com/cut", 200, "text/html", []byte("<p>cut short</p>")); err != nil {
		t.Fatal(err)
	}
	if err := ww.WriteRaw(cut.Bytes()[:cut.Len()-20]); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "crawl.warc.gz")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestRunWARCInput(t *testing.T) {
	warc := testWARC(t, t.TempDir())
	status, out, stderr := pareRun(t, "", "-format", "json", "-ordered", warc)
	if status != exitFailed {
		t.Errorf("status %d, want %d (a broken record)", status, exitFailed)
	}
	recs := jsonRecords(t, out)
	if len(recs) != 3 {
		t.Fatalf("%d records, want 2 pages and 1 error:\n%s", len(recs), out)
	}
	for _, r := range recs[:2] {
		if r.File != warc || r.WARCRecordID == "" || r.WARCOffset == nil || r.TargetURI == "" || len(r.Articles) == 0 {
			t.Errorf("page record %+v", r.Identity)
		}
	}
	if recs[2].ErrorKind != batch.ErrWARCRecord || recs[2].TargetURI != "https://example.com/cut" {
		t.Errorf("broken record: %+v", recs[2])
	}
	want := "pare: 2 pages, 3 articles, 0 pages without article, 1 errors (warc-record 1), 3 skipped records (not-html 1, request 2)\n"
	if !strings.HasSuffix(stderr, want) {
		t.Errorf("stderr does not end with the counts %q:\n%s", want, stderr)
	}
}

// TestRunWorkerContract is the contract other engines rely on (Spark's
// RDD.pipe, Hadoop Streaming, GNU parallel, a Kubernetes indexed Job):
// paths on standard input, one a line; one JSON record per input on
// standard output, nothing else there; messages and counts on stderr.
func TestRunWorkerContract(t *testing.T) {
	dir := t.TempDir()
	warc := testWARC(t, dir)
	list := strings.Join([]string{cityNews, "", "missing.html", warc}, "\n") + "\n"
	status, out, stderr := pareRun(t, list, "-from", "-", "-format", "json", "-q", "-no-fail")
	if status != exitOK {
		t.Errorf("status %d, want %d with -no-fail (a missing file and a broken record are records)", status, exitOK)
	}
	if !strings.Contains(stderr, "missing.html: no such file") {
		t.Errorf("stderr lacks the missing file:\n%s", stderr)
	}
	var files []string
	for _, r := range jsonRecords(t, out) {
		files = append(files, r.File)
	}
	slices.Sort(files)
	want := []string{cityNews, warc, warc, warc, "missing.html"}
	slices.Sort(want)
	if !slices.Equal(files, want) {
		t.Errorf("records for %q, want %q", files, want)
	}
}

func TestRunResume(t *testing.T) {
	dir := t.TempDir()
	for i, src := range []string{cityNews, arabNews, noArticle, cityNews, arabNews} {
		page, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, string(rune('a'+i))+".html"), page, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	warc := testWARC(t, t.TempDir())
	outFile := filepath.Join(t.TempDir(), "out.jsonl")
	pareRun(t, "", "-format", "json", "-o", outFile, dir, warc)
	whole, err := os.ReadFile(outFile)
	if err != nil {
		t.Fatal(err)
	}
	// A killed run: three whole lines and half of the fourth.
	lines := strings.SplitAfter(string(whole), "\n")
	killed := strings.Join(lines[:3], "") + lines[3][:len(lines[3])/2]
	if err := os.WriteFile(outFile, []byte(killed), 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, stderr := pareRun(t, "", "-format", "json", "-o", outFile, "-resume", dir, warc)
	if !strings.Contains(stderr, ", 3 done before") {
		t.Errorf("resumed run's counts lack the 3 done before:\n%s", stderr)
	}
	sorted := func(s string) []string {
		ls := strings.Split(strings.TrimSuffix(s, "\n"), "\n")
		slices.Sort(ls)
		return ls
	}
	resumed, _ := os.ReadFile(outFile)
	if !slices.Equal(sorted(string(resumed)), sorted(string(whole))) {
		t.Errorf("resumed output differs from an uninterrupted run's:\n%s\nwant\n%s", resumed, whole)
	}
	pareRun(t, "", "-format", "json", "-o", outFile, "-resume", dir, warc)
	again, _ := os.ReadFile(outFile)
	if !bytes.Equal(again, resumed) {
		t.Error("resuming a finished run changed its output")
	}
}

func TestRunOutdir(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "new")
	status, out, stderr := pareRun(t, "", "-format", "markdown", "-outdir", dir, cityNews, arabNews)
	if status != exitOK || out != "" {
		t.Fatalf("status %d, stdout %q, stderr %s", status, out, stderr)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 3 {
		t.Fatalf("%d files, want 3 (one per article): %v", len(entries), entries)
	}
	for _, e := range entries {
		b, _ := os.ReadFile(filepath.Join(dir, e.Name()))
		if !strings.HasSuffix(e.Name(), ".md") || !strings.HasPrefix(string(b), "# ") {
			t.Errorf("%s: %.60q", e.Name(), b)
		}
	}
}

func TestRunTextHeads(t *testing.T) {
	_, out, _ := pareRun(t, "", "-ordered", "-q", cityNews, arabNews)
	if !strings.HasPrefix(out, "==> "+cityNews+" <==\n\n") || !strings.Contains(out, "\n---\n\n==> "+arabNews+" <==\n") {
		t.Errorf("text output of two pages lacks their heads:\n%.300s", out)
	}
}

func TestRunBudgets(t *testing.T) {
	_, out, _ := pareRun(t, "", "-format", "json", "-timeout", "1ns", cityNews)
	if r := jsonRecords(t, out); len(r) != 1 || r[0].ErrorKind != batch.ErrTimeout {
		t.Errorf("-timeout 1ns gave %s", out)
	}
	_, out, _ = pareRun(t, "", "-format", "json", "-max-bytes", "1000", cityNews)
	if r := jsonRecords(t, out); len(r) != 1 || r[0].ErrorKind != batch.ErrTooLarge {
		t.Errorf("-max-bytes 1000 gave %s", out)
	}
}

func TestRunBatchUsage(t *testing.T) {
	for _, args := range [][]string{
		{"-resume", "-format", "json", cityNews},
		{"-resume", "-o", "x.jsonl", cityNews},
		{"-outdir", t.TempDir(), "-format", "json", cityNews},
		{"-j", "0", cityNews},
		{"-from", "-", "-"},
		{"-url", "https://x.example/", "-from", "list.txt"},
		{"-include", "[x", "."},
	} {
		status, _, stderr := pareRun(t, "", args...)
		if status != exitUsage || stderr == "" {
			t.Errorf("%q: status %d, stderr %q; want a usage error", args, status, stderr)
		}
	}
}
