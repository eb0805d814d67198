// Package extractors puts pare and its peers behind one small interface so
// the benchmark can run them alike. Each is configured the way its own
// project benchmarks it; none is tuned for the sets.
package extractors

import (
	"fmt"
	"runtime/debug"
	"strings"
)

// Extractor turns one saved page into articles. page is the raw file, in
// its own charset; url may be "". An Extractor is used from one goroutine
// at a time.
type Extractor interface {
	Name() string
	Extract(page []byte, url string) (Output, error)
}

// Output is what an extractor found on a page: its articles, in the order
// it gives them. Extractors that know only one article give one, or none
// when their text is empty, so that the count says what a caller gets.
type Output struct {
	Articles []Article
	// Rule and RuleNote are pare's Result.Rule and Result.RuleNote: the
	// rule or site config the page matched, and why it was not used.
	// Empty for the peers.
	Rule, RuleNote string
}

// Article is one article of an Output: its plain text and the metadata
// scored against the sets' labels. Author is the byline's names as one
// line, several joined by ", "; Published is the publication date as the
// extractor gives it, RFC 3339 in the zone it was read in when it was
// parsed (so the day is the one the page shows, not the day in UTC), else
// its text; "" for unknown.
type Article struct {
	Text, Title, Author, Published string
}

// Joined is the text of every article, joined by a blank line: what
// `pare page.html` prints, and the text the sets' figures are computed
// on.
func (o Output) Joined() string {
	texts := make([]string, len(o.Articles))
	for i, a := range o.Articles {
		texts[i] = a.Text
	}
	return strings.Join(texts, "\n\n")
}

// First is the first article, what a scraper taking Articles[0] or
// `pare -first` gets; the zero Article when there is none.
func (o Output) First() Article {
	if len(o.Articles) == 0 {
		return Article{}
	}
	return o.Articles[0]
}

// Names lists the extractors New knows, in report order.
var Names = []string{"pare", "pare-all", "pare-rules", "pare-siteconfig", "go-trafilatura", "go-readability", "baseline"}

// New returns the named extractor, wrapped by Recover.
func New(name string) (Extractor, error) {
	var e Extractor
	var err error
	switch name {
	case "pare":
		e, err = newPare(name, false, false)
	case "pare-all":
		e, err = newPare(name, false, true)
	case "pare-rules":
		e, err = newPare(name, true, false)
	case "pare-siteconfig":
		e, err = newPareSiteConfig(name)
	case "go-trafilatura":
		e = goTrafilatura{}
	case "go-readability":
		e = goReadability{}
	case "baseline":
		e = baseline{}
	default:
		return nil, fmt.Errorf("extractors: unknown extractor %q (want one of %s)", name, strings.Join(Names, ", "))
	}
	if err != nil {
		return nil, fmt.Errorf("extractors: %s: %w", name, err)
	}
	return Recover(e), nil
}

// PanicError is the error of a page whose extraction panicked.
type PanicError struct {
	Value any
	Stack string
}

func (e *PanicError) Error() string { return fmt.Sprintf("panic: %v", e.Value) }

// Recover wraps e so that a panic during Extract becomes a *PanicError for
// that page instead of ending the run: a crash is a failed page, scored
// like one, as the trafilatura evaluation counts a crash as a full miss.
func Recover(e Extractor) Extractor {
	if _, ok := e.(recovering); ok {
		return e
	}
	return recovering{e}
}

type recovering struct{ Extractor }

func (r recovering) Extract(page []byte, url string) (out Output, err error) {
	defer func() {
		if v := recover(); v != nil {
			out, err = Output{}, &PanicError{Value: v, Stack: string(debug.Stack())}
		}
	}()
	return r.Extractor.Extract(page, url)
}
