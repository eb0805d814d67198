// Package datasets loads the benchmark sets kept outside the repository
// (see /work/shared/bench/README.md): the pages, gunzipped but not
// decoded, and their labels. Pages are handed to extractors as raw bytes,
// since detecting the charset is part of what an extractor is measured on.
//
// Nothing here knows about particular pages: every page of a set goes
// through the same path.
package datasets

import (
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// The sets, by the names the benchmark command takes.
const (
	ScrapingHub = "scrapinghub" // 181 articles, shingle metric
	Trafilatura = "trafilatura" // 990 pages, with/without snippets
	WCXB        = "wcxb"        // 1,497 pages of seven types, bag of words
)

// Sets lists every set name, in the order reports print them.
var Sets = []string{ScrapingHub, Trafilatura, WCXB}

// Page is one page of a set with its labels.
type Page struct {
	Set string
	// ID names the page within its set: the ScrapingHub hash, the
	// trafilatura file name, the WCXB file id.
	ID string
	// URL is the page's address as the set records it; "" when unknown.
	URL string
	// HTML is the page as saved, in its own charset.
	HTML []byte
	// PageType is the WCXB page type (article, forum, product, …); ""
	// for the other sets.
	PageType string
	Truth    Truth
}

// Truth is what a page should yield. Which fields are set depends on the
// set: Body for ScrapingHub and WCXB, With/Without for trafilatura and
// WCXB, the metadata for WCXB and trafilatura (ScrapingHub's
// ground-truth.json labels only the body and the URL). A null label, and
// an empty one, reads as "": unlabelled.
type Truth struct {
	// Body is the labelled main text: ScrapingHub's articleBody, WCXB's
	// main_content (paragraphs split by blank lines).
	Body string
	// With lists text the output must contain; Without, text it must not.
	With, Without []string
	// Title, Author and Published are the metadata labels: WCXB's title,
	// author and publish_date, the trafilatura set's title, author and
	// date. Several authors are one line, as the set writes them.
	Title, Author, Published string
}

// Load reads set from dir (the folder holding scrapinghub/, trafilatura/
// and wcxb-dev/), in ID order. limit > 0 keeps only the first limit
// pages, read without touching the others. A label without its page, or
// a page that does not gunzip, is an error.
func Load(dir, set string, limit int) ([]Page, error) {
	var pages []Page
	var err error
	switch set {
	case ScrapingHub:
		pages, err = loadScrapingHub(filepath.Join(dir, "scrapinghub"), limit)
	case Trafilatura:
		pages, err = loadTrafilatura(filepath.Join(dir, "trafilatura"), limit)
	case WCXB:
		pages, err = loadWCXB(filepath.Join(dir, "wcxb-dev"), limit)
	default:
		return nil, fmt.Errorf("datasets: unknown set %q (want one of %v)", set, Sets)
	}
	if err != nil {
		return nil, fmt.Errorf("datasets: %s: %w", set, err)
	}
	return pages, nil
}

// gunzip reads a whole gzip file.
func gunzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return b, zr.Close()
}

// EnvDir names the environment variable that overrides FindDir.
const EnvDir = "PARE_BENCH_DATA"

// ErrNoData is returned by FindDir when the sets are nowhere to be found.
var ErrNoData = errors.New("datasets: benchmark data not found")

// FindDir locates the data: $PARE_BENCH_DATA when set, else the first
// shared/bench found walking up from the working directory (the layout
// where the project sits beside ../shared).
func FindDir() (string, error) {
	if d := os.Getenv(EnvDir); d != "" {
		if !isDir(d) {
			return "", fmt.Errorf("%w: $%s=%s is not a directory", ErrNoData, EnvDir, d)
		}
		return d, nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for d := wd; ; d = filepath.Dir(d) {
		if c := filepath.Join(d, "shared", "bench"); isDir(c) {
			return c, nil
		}
		if filepath.Dir(d) == d {
			return "", fmt.Errorf("%w: no shared/bench above %s and $%s unset", ErrNoData, wd, EnvDir)
		}
	}
}

func isDir(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}
