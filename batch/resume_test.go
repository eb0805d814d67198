package batch

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/pare-dev/pare/extract"
)

// runTo runs a batch over paths, appending JSON lines to f; stopAfter > 0
// stops it after that many records, as a kill would, and leaves half of
// the next record's line behind, as a torn write would.
func runTo(t *testing.T, f *os.File, paths []string, done func(Identity) bool, stopAfter int) Stats {
	t.Helper()
	errStop := errors.New("stop")
	n := 0
	opts := Options{Extractor: newExtractor(t, extract.Options{}), Done: done, Workers: 2}
	st, err := Run(context.Background(), Args(paths), opts, func(p Page) error {
		line, err := p.Record.AppendJSON(nil)
		if err != nil {
			return err
		}
		if stopAfter > 0 && n == stopAfter {
			_, err = f.Write(line[:len(line)/2])
			if err == nil {
				err = errStop
			}
			return err
		}
		n++
		_, err = f.Write(line)
		return err
	})
	if err != nil && !errors.Is(err, errStop) {
		t.Fatal(err)
	}
	return st
}

func lines(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	ls := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	slices.Sort(ls)
	return ls
}

func TestResume(t *testing.T) {
	dir := testFolder(t)
	paths := []string{dir, testWARC(t, t.TempDir(), true)}
	out := t.TempDir()

	whole, err := os.Create(filepath.Join(out, "whole.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	full := runTo(t, whole, paths, nil, 0)
	whole.Close()
	want := lines(t, whole.Name())

	killed, err := os.OpenFile(filepath.Join(out, "killed.jsonl"), os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	defer killed.Close()
	runTo(t, killed, paths, nil, 4)
	rec, err := Resume(killed)
	if err != nil {
		t.Fatal(err)
	}
	if len(rec) != 4 {
		t.Errorf("resume found %d records, want 4 (the torn fifth dropped)", len(rec))
	}
	st := runTo(t, killed, paths, rec.Has, 0)
	if got := lines(t, killed.Name()); !slices.Equal(got, want) {
		t.Errorf("resumed run gave\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if st.Done != 4 || st.Pages+st.Errors != full.Pages+full.Errors-4 {
		t.Errorf("resumed stats %v, full %v", st, full)
	}

	// A finished run resumed adds nothing.
	rec, err = Resume(killed)
	if err != nil {
		t.Fatal(err)
	}
	st = runTo(t, killed, paths, rec.Has, 0)
	if got := lines(t, killed.Name()); !slices.Equal(got, want) || st.Pages+st.Errors != 0 {
		t.Errorf("second resume added records: stats %v", st)
	}
}

func TestResumeRejectsForeignFile(t *testing.T) {
	f, err := os.Create(filepath.Join(t.TempDir(), "x.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	f.WriteString("{\"file\":\"a.html\",\"articles\":[]}\nhello\n")
	if _, err := Resume(f); err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("got %v, want an error naming line 2", err)
	}
}

func TestFileName(t *testing.T) {
	off := int64(42)
	cases := []Identity{
		{File: "pages/2024/story.html"},
		{File: "../../etc/passwd"},
		{File: "/"},
		{File: "...."},
		{File: "crawl.warc.gz", WARCOffset: &off, TargetURI: "https://example.com/a/b?c=d&e=../f"},
		{File: strings.Repeat("ü/", 300)},
	}
	seen := map[string]bool{}
	for _, id := range cases {
		name := FileName(id, 0, "md")
		if name != filepath.Base(name) || strings.HasPrefix(name, ".") || strings.ContainsAny(name, `/\`) || len(name) > 200 {
			t.Errorf("%+v: unsafe name %q", id, name)
		}
		if seen[name] {
			t.Errorf("%+v: name %q given twice", id, name)
		}
		seen[name] = true
		if FileName(id, 1, "md") == name {
			t.Errorf("%+v: second article has the first's name", id)
		}
	}
	if got := FileName(cases[0], 0, "md"); !strings.HasPrefix(got, "pages_2024_story-") {
		t.Errorf("name %q does not read as its input", got)
	}
	if a, b := FileName(Identity{File: "a/b.html"}, 0, "md"), FileName(Identity{File: "a_b.html"}, 0, "md"); a == b {
		t.Errorf("a/b.html and a_b.html share the name %q", a)
	}
}
