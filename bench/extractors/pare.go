package extractors

import (
	"bytes"
	"context"
	"strings"

	"github.com/pare-dev/pare/extract"
	"github.com/pare-dev/pare/rules"
)

// pare runs pare's extractor as its CLI does: the text of every article,
// joined by a blank line (what `pare page.html` prints). Like the CLI's
// text format it asks for the Text rendering only (Options.Outputs), so
// the timings do not include sanitising HTML or converting it to Markdown,
// which text output never shows. withRules adds the shipped publisher
// rules; the headline figures use generic extraction. allPages is
// `pare -all-pages`: pages holding no article yield their main content
// (extract.Options.AllPages), as the WCXB set's other page types ask.
type pare struct {
	name string
	ex   *extract.Extractor
}

func newPare(name string, withRules, allPages bool) (Extractor, error) {
	opts := extract.Options{Outputs: extract.Text, AllPages: allPages}
	if withRules {
		set, err := rules.Builtin()
		if err != nil {
			return nil, err
		}
		opts.Rules = set
	}
	ex, err := extract.New(opts)
	if err != nil {
		return nil, err
	}
	return pare{name: name, ex: ex}, nil
}

func (p pare) Name() string { return p.name }

func (p pare) Extract(page []byte, url string) (string, int, error) {
	res, err := p.ex.Extract(context.Background(), bytes.NewReader(page), url)
	if err != nil {
		return "", 0, err
	}
	texts := make([]string, len(res.Articles))
	for i, a := range res.Articles {
		texts[i] = a.Text
	}
	return strings.Join(texts, "\n\n"), len(res.Articles), nil
}
