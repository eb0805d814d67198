package htmldate_test

import (
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/pare-dev/pare/htmldate"
	"golang.org/x/net/html"
)

// TestGuess: the guesser reads a date from the markup it is shown.
func TestGuess(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<html><head><meta property="article:published_time" content="2024-03-05T10:22:00+01:00"></head><body><p>Text.</p></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	d, ok := htmldate.Guesser{}.GuessDate(doc, "https://example.com/ferry", time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC))
	if !ok || d.Time.Format(time.DateOnly) != "2024-03-05" {
		t.Errorf("GuessDate = %+v, %v; want 2024-03-05", d, ok)
	}
	empty, _ := html.Parse(strings.NewReader(`<p>No date here.</p>`))
	if d, ok := (htmldate.Guesser{}).GuessDate(empty, "", time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC)); ok {
		t.Errorf("a page without a date: %+v", d)
	}
}

// TestExtractStaysLight: package extract must not link go-htmldate (and
// go-dateparser's tables, built when a program starts): only programs
// that import this package pay for them.
func TestExtractStaysLight(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "github.com/pare-dev/pare/extract").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	for _, dep := range strings.Fields(string(out)) {
		if strings.HasPrefix(dep, "github.com/markusmobius/") {
			t.Errorf("extract depends on %s", dep)
		}
	}
}
