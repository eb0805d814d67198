// Command inspect shows why one benchmark page scores as it does: the
// page's score, then the labelled text the extractor missed and the text it
// kept that the label does not hold, paragraph by paragraph.
//
//	go run ./cmd/inspect -set scrapinghub 0a1b2c…           # pare, rules off
//	go run ./cmd/inspect -set wcxb -extractor go-trafilatura 0424
//	go run ./cmd/inspect -set trafilatura -out hoy.com-daran.html
//
// A paragraph counts as missed (or extra) when fewer than half of its
// 4-token shingles occur in the other text. For the trafilatura set, which
// labels snippets rather than a whole text, it lists the "with" snippets
// not found and the "without" snippets found. Then each article's title,
// author and date beside the labels.
//
// It refuses pages of the check half (see bench/README.md, "Halves"):
// those are kept unseen so that they can tell whether a change made
// while looking at tune pages generalises. -force shows one anyway, for
// a page a -baseline run named as a regression, and says so loudly.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/pare-dev/pare/bench/datasets"
	"github.com/pare-dev/pare/bench/extractors"
	"github.com/pare-dev/pare/bench/metrics"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "inspect:", err)
		os.Exit(1)
	}
}

func run(args []string, w io.Writer) error {
	fs := flag.NewFlagSet("inspect", flag.ContinueOnError)
	set := fs.String("set", datasets.ScrapingHub, "the `set` the page belongs to")
	exName := fs.String("extractor", "pare", "the `extractor` to run")
	out := fs.Bool("out", false, "also print the whole output")
	data := fs.String("data", "", "benchmark data `dir` (default: found as the benchmark command finds it)")
	force := fs.Bool("force", false, "show pages of the check half too (they are not to be tuned on)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return fmt.Errorf("usage: inspect [-set S] [-extractor E] [-out] [-force] ID ...")
	}
	dir := *data
	if dir == "" {
		var err error
		if dir, err = datasets.FindDir(); err != nil {
			return err
		}
	}
	pages, err := datasets.Load(dir, *set, 0)
	if err != nil {
		return err
	}
	ex, err := extractors.New(*exName)
	if err != nil {
		return err
	}
	byID := map[string]datasets.Page{}
	for _, p := range pages {
		byID[p.ID] = p
	}
	for _, id := range fs.Args() {
		p, ok := byID[id]
		if !ok {
			return fmt.Errorf("no page %q in %s", id, *set)
		}
		half := datasets.HalfOf(p)
		if half == datasets.Check {
			if !*force {
				return fmt.Errorf("%s %s is a check-half page (host %s): look at tune pages only, and keep a change when check holds; -force to see it anyway", *set, id, datasets.Host(p))
			}
			fmt.Fprintf(w, "!! %s %s is a CHECK-half page: do not tune on what follows\n", *set, id)
		}
		o, err := ex.Extract(p.HTML, p.URL)
		text := o.Joined()
		fmt.Fprintf(w, "== %s %s (%s, %s half) %s: %d articles", *set, id, p.PageType, half, p.URL, len(o.Articles))
		if err != nil {
			fmt.Fprintf(w, ", error: %v", err)
		}
		fmt.Fprintln(w)
		report(w, p, text)
		if len(o.Articles) > 1 {
			fmt.Fprintln(w, "-- the first article alone:")
			report(w, p, o.First().Text)
		}
		meta(w, p.Truth, o)
		if *out {
			fmt.Fprintf(w, "-- output:\n%s\n", text)
		}
	}
	return nil
}

func report(w io.Writer, p datasets.Page, text string) {
	switch p.Set {
	case datasets.Trafilatura:
		c := metrics.CountSnippets(text, p.Truth.With, p.Truth.Without)
		fmt.Fprintf(w, "tp %d fn %d fp %d tn %d\n", c.TP, c.FN, c.FP, c.TN)
		t := metrics.CollapseSpace(text)
		for _, s := range p.Truth.With {
			if !strings.Contains(t, metrics.CollapseSpace(s)) {
				fmt.Fprintf(w, "  missed: %s\n", short(s))
			}
		}
		for _, s := range p.Truth.Without {
			if strings.Contains(t, metrics.CollapseSpace(s)) {
				fmt.Fprintf(w, "  kept:   %s\n", short(s))
			}
		}
		return
	case datasets.ScrapingHub:
		s := metrics.ScoreShingles(p.Truth.Body, text)
		fmt.Fprintf(w, "F1 %.3f P %.3f R %.3f exact %v\n", s.F1(), s.Precision(), s.Recall(), s.Exact)
	default:
		s := metrics.ScoreWords(text, p.Truth.Body)
		fmt.Fprintf(w, "F1 %.3f P %.3f R %.3f\n", s.F1, s.Precision, s.Recall)
	}
	diff(w, "missed", p.Truth.Body, text)
	diff(w, "extra ", text, p.Truth.Body)
}

// meta prints each article's metadata, and the labels with how the first
// article's compare (see bench/metrics).
func meta(w io.Writer, t datasets.Truth, o extractors.Output) {
	for i, a := range o.Articles {
		fmt.Fprintf(w, "-- article %d: title %q, author %q, published %q\n", i+1, a.Title, a.Author, a.Published)
	}
	a := o.First()
	for _, f := range []struct {
		name, label string
		match       metrics.Match
	}{
		{"title", t.Title, metrics.MatchTitle(t.Title, a.Title)},
		{"author", t.Author, metrics.MatchAuthors(t.Author, a.Author)},
		{"date", t.Published, metrics.MatchDay(t.Published, a.Published)},
	} {
		if f.match != metrics.Unlabelled {
			fmt.Fprintf(w, "   label %-6s %q: %s\n", f.name, f.label, f.match)
		}
	}
}

// diff prints the paragraphs of a that b mostly lacks.
func diff(w io.Writer, label, a, b string) {
	have := shingleSet(metrics.Tokens(b))
	for _, para := range strings.Split(a, "\n") {
		toks := metrics.Tokens(para)
		if len(toks) == 0 {
			continue
		}
		sh := shingleList(toks)
		found := 0
		for _, s := range sh {
			if have[s] {
				found++
			}
		}
		if found*2 < len(sh) {
			fmt.Fprintf(w, "  %s %3d tokens: %s\n", label, len(toks), short(para))
		}
	}
}

func shingleList(toks []string) []string {
	var out []string
	for i := 0; i+4 <= len(toks); i++ {
		out = append(out, strings.Join(toks[i:i+4], " "))
	}
	if len(out) == 0 {
		out = append(out, strings.Join(toks, " "))
	}
	return out
}

func shingleSet(toks []string) map[string]bool {
	m := map[string]bool{}
	for _, s := range shingleList(toks) {
		m[s] = true
	}
	for i := 1; i < 4 && i <= len(toks); i++ { // short paragraphs of b
		for j := 0; j+i <= len(toks); j++ {
			m[strings.Join(toks[j:j+i], " ")] = true
		}
	}
	return m
}

func short(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 160 {
		return string(r[:157]) + "…"
	}
	return s
}
