package golden

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Page is one saved page of a golden folder and the files beside it, all
// named by the page's stem (its name less .gz, then less .html or .htm):
// for news/2024-story.html.gz they are news/2024-story.golden,
// news/2024-story.norules.golden and news/2024-story.url.
type Page struct {
	Path string // the saved page: .html, .htm, or either gzipped, or .gz
	// Golden is the expected output. It holds the run with rules and,
	// where the run without rules differs, the sections that differ
	// (Combine), unless NoRules exists.
	Golden string
	// NoRules is the expected output of the run without rules, when the
	// two runs are meant to find different articles. It is optional: its
	// presence makes Golden hold the run with rules alone.
	NoRules string
	// URL is the page's address from the stem.url sidecar (one line), or
	// "" when there is none, in which case pare takes the page's own
	// canonical link, og:url or "saved from url" comment, as it does for
	// any page.
	URL string
}

// Pages lists the saved pages under dir, recursively and sorted by path,
// skipping folders whose names start with a dot. Two pages with the same
// stem (a.html and a.html.gz) are an error: they would share a golden.
func Pages(dir string) ([]Page, error) {
	var pages []Page
	stems := map[string]string{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path != dir && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		stem, ok := Stem(path)
		if !ok {
			return nil
		}
		if other, dup := stems[stem]; dup {
			return fmt.Errorf("golden: %s and %s would share the golden %s.golden", other, path, stem)
		}
		stems[stem] = path
		p, err := PageOf(path)
		if err != nil {
			return err
		}
		pages = append(pages, p)
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].Path < pages[j].Path })
	return pages, nil
}

// PageOf is the Page of one saved page, with its URL sidecar read.
func PageOf(path string) (Page, error) {
	stem, ok := Stem(path)
	if !ok {
		return Page{}, fmt.Errorf("golden: %s is not a saved page (.html, .htm, .gz)", path)
	}
	p := Page{Path: path, Golden: stem + ".golden", NoRules: stem + ".norules.golden"}
	var err error
	p.URL, err = readURL(stem + ".url")
	return p, err
}

// Stem returns path less its page extension, and whether path names a
// saved page at all (.html, .htm, .gz, case-insensitively).
func Stem(path string) (string, bool) {
	lower := strings.ToLower(path)
	stem, gz := path, false
	if strings.HasSuffix(lower, ".gz") {
		stem, lower, gz = stem[:len(stem)-3], lower[:len(lower)-3], true
	}
	for _, ext := range []string{".html", ".htm"} {
		if strings.HasSuffix(lower, ext) {
			return stem[:len(stem)-len(ext)], true
		}
	}
	return stem, gz
}

// readURL reads a URL sidecar: one non-empty line. A missing file is no
// error; an empty one or one of several lines is.
func readURL(path string) (string, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return "", nil
	}
	if err != nil {
		return "", err
	}
	var lines []string
	for _, l := range strings.Split(string(data), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	if len(lines) != 1 {
		return "", fmt.Errorf("golden: %s holds %d lines, want the page's URL alone", path, len(lines))
	}
	return lines[0], nil
}

// Exists reports whether path names a file.
func Exists(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.Mode().IsRegular()
}

// Compare reads the golden at path and returns the unified diff from it
// to got, "" when they are equal. A golden that cannot be read is an
// error.
func Compare(path, got string) (string, error) {
	want, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	if string(want) == got {
		return "", nil
	}
	return Diff(string(want), got, path, "got"), nil
}

// Write writes a golden atomically: into a temporary file in the same
// folder, synced, then renamed over path, so an interrupted update leaves
// either the old golden or the new one, never half of one.
func Write(path, text string) (err error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if _, err = f.WriteString(text); err != nil {
		return err
	}
	if err = f.Chmod(0o644); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}
