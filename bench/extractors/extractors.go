// Package extractors puts pare and its peers behind one small interface so
// the benchmark can run them alike. Each is configured the way its own
// project benchmarks it; none is tuned for the sets.
package extractors

import (
	"fmt"
	"runtime/debug"
	"strings"
)

// Extractor turns one saved page into plain text. page is the raw file,
// in its own charset; url may be "". articles counts the articles the
// text was joined from (1 for extractors that only know one). An
// Extractor is used from one goroutine at a time.
type Extractor interface {
	Name() string
	Extract(page []byte, url string) (text string, articles int, err error)
}

// Names lists the extractors New knows, in report order.
var Names = []string{"pare", "pare-all", "pare-rules", "go-trafilatura", "go-readability", "baseline"}

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

func (r recovering) Extract(page []byte, url string) (text string, articles int, err error) {
	defer func() {
		if v := recover(); v != nil {
			text, articles, err = "", 0, &PanicError{Value: v, Stack: string(debug.Stack())}
		}
	}()
	return r.Extractor.Extract(page, url)
}
