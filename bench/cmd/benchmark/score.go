package main

import (
	"github.com/pare-dev/pare/bench/datasets"
	"github.com/pare-dev/pare/bench/extractors"
	"github.com/pare-dev/pare/bench/metrics"
)

// Record is one page's result for one extractor, a row of -json. The
// embedded Scores are those of the joined text (every article's text, as
// `pare page.html` prints it), written flat as the records before halves
// and first articles were, so older runs still read; First scores the
// first article alone.
type Record struct {
	Set      string `json:"set"`
	ID       string `json:"id"`
	URL      string `json:"url,omitempty"`
	PageType string `json:"page_type,omitempty"`
	// Host and Half are the page's key and half (datasets.Host, HalfOf).
	Host      string `json:"host,omitempty"`
	Half      string `json:"half,omitempty"`
	Extractor string `json:"extractor"`
	Scores
	// First scores the first article alone, what a scraper taking
	// Articles[0] gets; nil in runs made before it was measured.
	First    *Scores `json:"first,omitempty"`
	Articles int     `json:"articles"`
	// Single is true on a page known to hold one article
	// (datasets.SingleArticle), where any count but 1 is an error.
	Single bool `json:"single,omitempty"`
	// Meta compares the first article's metadata with the page's labels;
	// nil when the page has none.
	Meta  *Meta  `json:"meta,omitempty"`
	Error string `json:"error,omitempty"`
	// Rule and RuleNote are the rule the page matched and why it was not
	// used (extractors.Output); pare only.
	Rule     string `json:"rule,omitempty"`
	RuleNote string `json:"rule_note,omitempty"`
	// Seconds is the page's median Extract time over the passes.
	Seconds float64 `json:"seconds"`
	Bytes   int     `json:"bytes"`
}

// Scores are one text's scores under its set's metric. F1, Precision and
// Recall are the page's own; the set's figures are aggregated from the
// detail fields, as the set's own script does (averages of per-page
// shingle scores, pooled snippet counts, averages of word scores), which
// is why they are saved too.
type Scores struct {
	F1        float64 `json:"f1"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`

	Shingles *metrics.ShinglePage   `json:"shingles,omitempty"` // ScrapingHub
	Snippets *metrics.SnippetCounts `json:"snippets,omitempty"` // trafilatura
	With     *found                 `json:"with,omitempty"`     // WCXB
	Without  *found                 `json:"without,omitempty"`  // WCXB
}

// found counts WCXB snippets found in the output, of Total.
type found struct {
	Found int `json:"found"`
	Total int `json:"total"`
}

// Meta holds one Field per labelled metadata field of the page; a field
// the page has no label for is nil.
type Meta struct {
	Title  *Field `json:"title,omitempty"`
	Author *Field `json:"author,omitempty"`
	Date   *Field `json:"date,omitempty"`
}

// Field is what the extractor gave for one field and how it compares
// with the label (see metrics.MatchTitle, MatchAuthors, MatchDay).
type Field struct {
	Got   string        `json:"got,omitempty"`
	Match metrics.Match `json:"match"`
}

// metaFields names the fields of Meta in report order.
var metaFields = []string{"title", "author", "date"}

// field returns the named field of m, nil when unlabelled or m is nil.
func (m *Meta) field(name string) *Field {
	if m == nil {
		return nil
	}
	switch name {
	case "title":
		return m.Title
	case "author":
		return m.Author
	case "date":
		return m.Date
	}
	return nil
}

// first is the first article's scores, the joined ones for a record of a
// run made before they were apart.
func (r Record) first() Scores {
	if r.First != nil {
		return *r.First
	}
	return r.Scores
}

// score turns the first pass's outputs into records. A failed page is
// scored as an empty output, as each set's script scores a failure.
func score(pages []datasets.Page, runs []*extractorRun) []Record {
	recs := make([]Record, 0, len(pages)*len(runs))
	for _, r := range runs {
		for i, pg := range pages {
			o := r.outputs[i]
			out := o.out
			rec := Record{Set: pg.Set, ID: pg.ID, URL: pg.URL, PageType: pg.PageType,
				Host: datasets.Host(pg), Half: string(datasets.HalfOf(pg)),
				Extractor: r.name, Articles: len(out.Articles), Single: datasets.SingleArticle(pg),
				Seconds: median(r.pageSeconds[i]), Bytes: len(pg.HTML), Rule: out.Rule, RuleNote: out.RuleNote}
			if o.err != nil {
				rec.Error, out = o.err.Error(), extractors.Output{}
			}
			rec.Scores = scoreText(pg, out.Joined())
			first := scoreText(pg, out.First().Text)
			rec.First = &first
			rec.Meta = scoreMeta(pg.Truth, out.First())
			recs = append(recs, rec)
		}
	}
	return recs
}

// scoreText scores one text under the page's set's metric.
func scoreText(pg datasets.Page, text string) Scores {
	var s Scores
	switch pg.Set {
	case datasets.ScrapingHub:
		sh := metrics.ScoreShingles(pg.Truth.Body, text)
		s.Precision, s.Recall, s.F1 = sh.Precision(), sh.Recall(), sh.F1()
		s.Shingles = &sh
	case datasets.Trafilatura:
		c := metrics.CountSnippets(text, pg.Truth.With, pg.Truth.Without)
		s.Precision, s.Recall, s.F1 = c.Precision(), c.Recall(), c.F1()
		s.Snippets = &c
	case datasets.WCXB:
		w := metrics.ScoreWords(text, pg.Truth.Body)
		s.Precision, s.Recall, s.F1 = w.Precision, w.Recall, w.F1
		s.With = &found{metrics.FoundIgnoringCase(text, pg.Truth.With), len(pg.Truth.With)}
		s.Without = &found{metrics.FoundIgnoringCase(text, pg.Truth.Without), len(pg.Truth.Without)}
	}
	return s
}

// scoreMeta compares an article's metadata with the labels; nil when the
// page has no label at all.
func scoreMeta(t datasets.Truth, a extractors.Article) *Meta {
	var m Meta
	field := func(match metrics.Match, got string) *Field {
		if match == metrics.Unlabelled {
			return nil
		}
		return &Field{Got: got, Match: match}
	}
	m.Title = field(metrics.MatchTitle(t.Title, a.Title), a.Title)
	m.Author = field(metrics.MatchAuthors(t.Author, a.Author), a.Author)
	m.Date = field(metrics.MatchDay(t.Published, a.Published), a.Published)
	if m == (Meta{}) {
		return nil
	}
	return &m
}
