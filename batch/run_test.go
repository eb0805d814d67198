package batch

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/pare-dev/pare/extract"
)

func newExtractor(t *testing.T, opts extract.Options) *extract.Extractor {
	t.Helper()
	ex, err := extract.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	return ex
}

// collect runs a batch and returns its records, sorted by key unless the
// run is ordered.
func collect(t *testing.T, paths []string, opts Options) ([]Record, Stats) {
	t.Helper()
	if opts.Extractor == nil {
		opts.Extractor = newExtractor(t, extract.Options{})
	}
	var recs []Record
	st, err := Run(context.Background(), Args(paths), opts, func(p Page) error {
		recs = append(recs, p.Record)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if !opts.Ordered {
		slices.SortFunc(recs, func(a, b Record) int {
			return compareKeys(a.Key(), b.Key())
		})
	}
	return recs, st
}

func compareKeys(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func write(t *testing.T, path, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// testFolder holds a good page, an empty one, a binary file, broken gzip,
// a file too large for a 4 KiB budget, a file the filter leaves out and a
// subfolder the exclude glob prunes.
func testFolder(t *testing.T) string {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "good.html"), testPage)
	write(t, filepath.Join(dir, "sub", "good2.htm"), testPage)
	write(t, filepath.Join(dir, "empty.html"), "")
	write(t, filepath.Join(dir, "binary.html"), "\x00\x01\x02\xff\xfe PNG \x00\x00\x00 data")
	write(t, filepath.Join(dir, "broken.html.gz"), "\x1f\x8b\x08\x00 this is no gzip stream")
	write(t, filepath.Join(dir, "large.html"), "<p>"+string(make([]byte, 8<<10))+"</p>")
	write(t, filepath.Join(dir, "notes.txt"), "not a page")
	write(t, filepath.Join(dir, "skip", "left-out.html"), testPage)
	return dir
}

func kinds(recs []Record) map[string]string {
	m := map[string]string{}
	for _, r := range recs {
		k := string(r.ErrorKind)
		if k == "" {
			k = "page"
			if len(r.Articles) == 0 {
				k = "no-article"
			}
		}
		m[filepath.Base(r.File)] = k
	}
	return m
}

func TestRunFolder(t *testing.T) {
	dir := testFolder(t)
	recs, st := collect(t, []string{dir, filepath.Join(dir, "missing.html")}, Options{MaxInputBytes: 4 << 10, Exclude: []string{"skip"}})
	want := map[string]string{
		"good.html": "page", "good2.htm": "page", "empty.html": "no-article",
		"binary.html": "not-html", "broken.html.gz": "not-html", "large.html": "too-large",
		"missing.html": "read",
	}
	got := kinds(recs)
	for name, k := range want {
		if got[name] != k {
			t.Errorf("%s: got %q, want %q", name, got[name], k)
		}
	}
	if len(got) != len(want) {
		t.Errorf("records for %v, want %d inputs", got, len(want))
	}
	if st.Pages != 3 || st.Articles != 2 || st.NoArticle != 1 || st.Errors != 4 || st.Skipped != 0 {
		t.Errorf("stats %+v", st)
	}
	if int(st.Pages+st.Errors+st.Skipped+st.Done) != len(recs) {
		t.Errorf("counts %v do not add up to %d records", st, len(recs))
	}
	for _, r := range recs {
		if r.Articles == nil {
			t.Errorf("%s: articles is null, want []", r.File)
		}
	}
}

func TestRunEmptyDirAndMeasure(t *testing.T) {
	dir := testFolder(t)
	empty := filepath.Join(dir, "empty-dir")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	recs, _ := collect(t, []string{empty}, Options{})
	if len(recs) != 1 || recs[0].ErrorKind != ErrNoPages {
		t.Errorf("empty directory gave %+v", recs)
	}
	files, size, err := Measure(Args([]string{dir}), nil, []string{"skip"})
	if err != nil || files != 6 || size < int64(2*len(testPage)) {
		t.Errorf("Measure: %d files, %d bytes, %v; want 6 files", files, size, err)
	}
}

func TestRunIncludeGlob(t *testing.T) {
	dir := testFolder(t)
	recs, _ := collect(t, []string{dir}, Options{Include: []string{"*.txt", "sub/*"}})
	got := kinds(recs)
	if len(got) != 2 || got["notes.txt"] == "" || got["good2.htm"] != "page" {
		t.Errorf("include globs gave %v", got)
	}
	if _, err := Run(context.Background(), Args([]string{dir}), Options{Extractor: newExtractor(t, extract.Options{}), Include: []string{"[x"}}, func(Page) error { return nil }); err == nil {
		t.Error("a bad glob gave no error")
	}
}

func TestRunWARC(t *testing.T) {
	path := testWARC(t, t.TempDir(), true)
	recs, st := collect(t, []string{path}, Options{})
	if st.Pages != 2 || st.Articles != 2 || st.Errors != 1 || st.Skipped != 4 {
		t.Fatalf("stats %v", st)
	}
	for _, k := range []string{"warcinfo", "request", "not-html", "status"} {
		if st.SkippedBy[k] != 1 {
			t.Errorf("skipped %s: %d, want 1", k, st.SkippedBy[k])
		}
	}
	var uris []string
	for _, r := range recs {
		if r.File != path || r.WARCOffset == nil || r.WARCRecordID == "" {
			t.Errorf("identity %+v", r.Identity)
		}
		uris = append(uris, r.TargetURI+" "+string(r.ErrorKind))
		if r.ErrorKind == "" && r.URL != r.TargetURI {
			t.Errorf("page URL %q, want the target URI %q", r.URL, r.TargetURI)
		}
	}
	slices.Sort(uris)
	want := []string{"https://example.com/cut warc-record", "https://example.com/second ", "https://example.com/story "}
	if !slices.Equal(uris, want) {
		t.Errorf("records %q, want %q", uris, want)
	}
}

func TestRunOrdered(t *testing.T) {
	dir := t.TempDir()
	var paths []string
	for i := range 40 {
		p := filepath.Join(dir, string(rune('a'+i%26))+string(rune('a'+i/26))+".html")
		body := testPage
		if i%3 == 0 {
			body = ""
		}
		write(t, p, body)
		paths = append(paths, p)
	}
	recs, _ := collect(t, paths, Options{Ordered: true, Workers: 4})
	for i, r := range recs {
		if r.File != paths[i] {
			t.Fatalf("record %d is %s, want %s", i, r.File, paths[i])
		}
	}
}

func TestRunTimeout(t *testing.T) {
	dir := testFolder(t)
	recs, st := collect(t, []string{filepath.Join(dir, "good.html")}, Options{Timeout: time.Nanosecond})
	if len(recs) != 1 || recs[0].ErrorKind != ErrTimeout || st.ErrorsBy[ErrTimeout] != 1 {
		t.Errorf("records %+v, stats %v", recs, st)
	}
}

func TestLines(t *testing.T) {
	var got []string
	for p, err := range Lines(stringsReader("a.html\r\n\nb c.html\n")) {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, p)
	}
	if !slices.Equal(got, []string{"a.html", "b c.html"}) {
		t.Errorf("Lines gave %q", got)
	}
}
