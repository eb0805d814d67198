package extractors

import (
	"bytes"
	nurl "net/url"

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

func (goTrafilatura) Extract(page []byte, url string) (string, int, error) {
	res, err := trafilatura.Extract(bytes.NewReader(page), trafilatura.Options{
		EnableFallback:  true,
		ExcludeComments: true,
		ExcludeTables:   false,
		Focus:           trafilatura.Balanced,
		OriginalURL:     pageURL(url),
	})
	if err != nil {
		return "", 0, err
	}
	return res.ContentText, articleCount(res.ContentText), nil
}

// goReadability runs github.com/go-shiori/go-readability with its default
// parser and returns the article's TextContent, as the ScrapingHub
// benchmark's go_readability runner does.
type goReadability struct{}

func (goReadability) Name() string { return "go-readability" }

func (goReadability) Extract(page []byte, url string) (string, int, error) {
	art, err := readability.FromReader(bytes.NewReader(page), pageURL(url))
	if err != nil {
		return "", 0, err
	}
	return art.TextContent, articleCount(art.TextContent), nil
}

// articleCount is 1 for a non-empty text: the peers return one article.
func articleCount(text string) int {
	if len(bytes.TrimSpace([]byte(text))) == 0 {
		return 0
	}
	return 1
}
