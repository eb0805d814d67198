package extractors

import (
	"bytes"
	"context"
	"strings"

	"github.com/pare-dev/pare/extract"
	"github.com/pare-dev/pare/htmldate"
	"github.com/pare-dev/pare/rules"
)

// pare runs pare's extractor as its CLI does: every article, whose texts
// joined by a blank line are what `pare page.html` prints. Like the CLI's
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
	opts := extract.Options{Outputs: extract.Text, AllPages: allPages, DateGuesser: htmldate.Guesser{}}
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

func (p pare) Extract(page []byte, url string) (Output, error) {
	res, err := p.ex.Extract(context.Background(), bytes.NewReader(page), url)
	if err != nil {
		return Output{}, err
	}
	out := Output{Articles: make([]Article, len(res.Articles)), Rule: res.Rule, RuleNote: res.RuleNote}
	for i, a := range res.Articles {
		out.Articles[i] = Article{Text: a.Text, Title: a.Title,
			Author: pareAuthor(a), Published: pareDate(a.Published)}
	}
	return out, nil
}

// pareAuthor is the names pare found, as one line; the byline as written
// when it made no names of it.
func pareAuthor(a extract.Article) string {
	if len(a.Authors) > 0 {
		return strings.Join(a.Authors, ", ")
	}
	return a.Byline
}

// pareDate writes a parsed date as pare gives it (Date.ISO: in the zone
// the page wrote it in, so its day is the page's, and no more precise
// than the page: a month alone is "2025-04", which names no day); an
// unparsed one as its text.
func pareDate(d extract.Date) string {
	if s := d.ISO(); s != "" {
		return s
	}
	return d.Text
}
