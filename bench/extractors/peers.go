package extractors

import (
	"bytes"
	nurl "net/url"
	"strings"
	"time"

	readability "github.com/go-shiori/go-readability"
	trafilatura "github.com/markusmobius/go-trafilatura"
)

// pageURL parses url for the peers, which take a *url.URL; nil when it
// does not parse, which both accept (relative links stay relative).
func pageURL(url string) *nurl.URL {
	u, err := nurl.ParseRequestURI(url)
	if err != nil {
		return nil
	}
	return u
}

// goTrafilatura runs github.com/markusmobius/go-trafilatura with the
// options of its own comparison script (scripts/comparison/content.go,
// "Trafilatura + Fallback + Balanced"): readability and DOM Distiller as
// fallbacks, comments excluded, tables kept. Extract decodes the charset
// itself (go-shiori/dom.Parse), as that script's parse does.
//
// The ScrapingHub benchmark's stored go_trafilatura output was made with
// EnableFallback alone, which keeps comments; figures may differ a little.
type goTrafilatura struct{}

func (goTrafilatura) Name() string { return "go-trafilatura" }

func (goTrafilatura) Extract(page []byte, url string) (Output, error) {
	res, err := trafilatura.Extract(bytes.NewReader(page), trafilatura.Options{
		EnableFallback:  true,
		ExcludeComments: true,
		ExcludeTables:   false,
		Focus:           trafilatura.Balanced,
		OriginalURL:     pageURL(url),
	})
	if err != nil {
		return Output{}, err
	}
	m := res.Metadata
	return one(Article{Text: res.ContentText, Title: m.Title, Author: m.Author, Published: date(&m.Date)}), nil
}

// goReadability runs github.com/go-shiori/go-readability with its default
// parser and returns the article's TextContent, as the ScrapingHub
// benchmark's go_readability runner does, with its Title, Byline and
// PublishedTime.
type goReadability struct{}

func (goReadability) Name() string { return "go-readability" }

func (goReadability) Extract(page []byte, url string) (Output, error) {
	art, err := readability.FromReader(bytes.NewReader(page), pageURL(url))
	if err != nil {
		return Output{}, err
	}
	return one(Article{Text: art.TextContent, Title: art.Title, Author: art.Byline, Published: date(art.PublishedTime)}), nil
}

// one is the Output of an extractor that knows one article: that article,
// or none when its text is empty (its metadata then goes too: there is no
// article to carry it).
func one(a Article) Output {
	if strings.TrimSpace(a.Text) == "" {
		return Output{}
	}
	return Output{Articles: []Article{a}}
}

// date writes a peer's parsed date in its own zone, "" for none.
func date(t *time.Time) string {
	if t == nil || t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339)
}
