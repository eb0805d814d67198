package batch

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"
)

// Args gives the paths named on a command line, in order.
func Args(paths []string) iter.Seq2[string, error] {
	return func(yield func(string, error) bool) {
		for _, p := range paths {
			if !yield(p, nil) {
				return
			}
		}
	}
}

// Lines gives the paths in r, one a line, as `find` or a job scheduler
// writes them: blank lines are skipped and a trailing CR is dropped, but
// other white space is kept (file names may hold it). The list is read as
// it is used, so a producer can still be writing it.
func Lines(r io.Reader) iter.Seq2[string, error] {
	return func(yield func(string, error) bool) {
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 64<<10), 1<<20)
		for sc.Scan() {
			line := strings.TrimSuffix(sc.Text(), "\r")
			if line == "" {
				continue
			}
			if !yield(line, nil) {
				return
			}
		}
		if err := sc.Err(); err != nil {
			yield("", fmt.Errorf("batch: reading the list of paths: %w", err))
		}
	}
}

// filter decides which files under a directory are read. Files named
// outright are always read: the user asked for them.
type filter struct {
	include, exclude []string
}

func newFilter(include, exclude []string) (filter, error) {
	for _, p := range append(append([]string(nil), include...), exclude...) {
		if _, err := filepath.Match(p, "x"); err != nil {
			return filter{}, fmt.Errorf("batch: bad glob %q: %w", p, err)
		}
	}
	return filter{include: include, exclude: exclude}, nil
}

// match reports whether a pattern matches: one without a slash is matched
// against the base name (as .gitignore does), one with a slash against
// the path below the directory given, with forward slashes.
func match(patterns []string, rel string) bool {
	base := filepath.Base(rel)
	rel = filepath.ToSlash(rel)
	for _, p := range patterns {
		target := base
		if strings.Contains(p, "/") {
			target = rel
		}
		if ok, _ := filepath.Match(p, target); ok {
			return true
		}
	}
	return false
}

// excluded reports whether a file or directory under the root is left out.
func (f filter) excluded(rel string) bool { return match(f.exclude, rel) }

// wanted reports whether a file under a directory is read: by default a
// page file or a WARC file; with include patterns, a file they match.
func (f filter) wanted(rel string) bool {
	if f.excluded(rel) {
		return false
	}
	if len(f.include) > 0 {
		return match(f.include, rel)
	}
	return isPageFile(rel) || isWARC(rel)
}

// isPageFile tells a saved page by its name: .html, .htm, .xhtml, or any
// .gz (saved pages are often stored gzipped).
func isPageFile(path string) bool {
	p := strings.ToLower(path)
	if strings.HasSuffix(p, ".gz") {
		return true
	}
	return strings.HasSuffix(p, ".html") || strings.HasSuffix(p, ".htm") || strings.HasSuffix(p, ".xhtml")
}

// errNoPages is the error of a directory that holds no file to read.
var errNoPages = errors.New("no .html, .htm, .gz or .warc files in directory")

// entry is one thing found on disk for an input path.
type entry struct {
	path string
	info fs.FileInfo // from Lstat, then Stat for a symbolic link; nil when err is set
	link bool        // the name is a symbolic link
	err  error
}

// walk gives the files an input path names: the path itself, or the
// wanted files under it when it is a directory, in lexical order. It only
// looks at file modes (Lstat), so a FIFO or device is reported, never
// opened. Symbolic links named outright are followed; inside a directory,
// a link to a file is followed and a link to a directory is not (as
// filepath.WalkDir does), so a link loop cannot trap the walk.
func walk(path string, f filter, yield func(entry) bool) bool {
	info, err := os.Lstat(path)
	link := err == nil && info.Mode()&fs.ModeSymlink != 0
	if link {
		info, err = os.Stat(path)
	}
	if err != nil {
		return yield(entry{path: path, err: err})
	}
	if !info.IsDir() {
		return yield(entry{path: path, info: info, link: link})
	}
	goOn, found := true, false
	_ = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			goOn = yield(entry{path: p, err: err})
			return stopIf(goOn, d)
		}
		rel, _ := filepath.Rel(path, p)
		if d.IsDir() {
			if p != path && f.excluded(rel) {
				return filepath.SkipDir
			}
			return nil
		}
		if !f.wanted(rel) {
			return nil
		}
		info, err := d.Info()
		link := err == nil && info.Mode()&fs.ModeSymlink != 0
		if link {
			info, err = os.Stat(p)
			if err == nil && info.IsDir() {
				return nil
			}
		}
		found = true
		if err != nil {
			goOn = yield(entry{path: p, err: err})
		} else {
			goOn = yield(entry{path: p, info: info, link: link})
		}
		return stopIf(goOn, nil)
	})
	if goOn && !found {
		// A directory named outright that holds nothing to read is an
		// input with no page: it gets a record, so it is not lost.
		goOn = yield(entry{path: path, err: errNoPages})
	}
	return goOn
}

func stopIf(goOn bool, d fs.DirEntry) error {
	if !goOn {
		return filepath.SkipAll
	}
	if d != nil && d.IsDir() {
		return filepath.SkipDir
	}
	return nil
}

// Measure walks the inputs as Run would, without opening a file, and
// returns how many files they name and their bytes: the total a progress
// bar's ETA is reckoned against (a WARC file counts once, for its bytes).
// The walk costs a stat per file; a list read from standard input cannot
// be walked twice, so do not measure one.
func Measure(paths iter.Seq2[string, error], include, exclude []string) (files int, size int64, err error) {
	f, err := newFilter(include, exclude)
	if err != nil {
		return 0, 0, err
	}
	for p, err := range paths {
		if err != nil {
			return files, size, err
		}
		if p == "-" {
			continue
		}
		walk(p, f, func(e entry) bool {
			if e.err == nil && e.info.Mode().IsRegular() {
				files++
				size += e.info.Size()
			}
			return true
		})
	}
	return files, size, nil
}
