package extract_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/pare-dev/pare/extract"
	"golang.org/x/net/html"
)

const story = extract.Story

// TestBadInput holds the promise that every input gets a clear answer:
// an article, an empty result with a reason, or a sentinel error — never
// a panic, never a guess.
func TestBadInput(t *testing.T) {
	page := mustRead(t, "../testdata/citynews.ca/2023-11-08-blinken-seoul.html")
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(page)
	zw.Close()
	deep := strings.Repeat("<div>", 20000) + "<h1>A headline for the deep page</h1>" + story + strings.Repeat("</div>", 20000)
	tests := []struct {
		name     string
		input    []byte
		opts     extract.Options
		err      error              // a sentinel the error must wrap
		articles int                // when err is nil
		reason   extract.ReasonKind // Result.Reason.Kind when no article
		contains string             // part of the first article's text
	}{
		{name: "empty", input: nil, reason: extract.EmptyPage},
		{name: "white space", input: []byte(" \n\t \r\n"), reason: extract.EmptyPage},
		{name: "png", input: []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDRxx"), err: extract.ErrNotHTML},
		{name: "zip", input: []byte("PK\x03\x04\x14\x00\x00\x00\x08\x00"), err: extract.ErrNotHTML},
		{name: "nul bytes", input: []byte("\x00\x01\x02\x03binary\x00junk"), err: extract.ErrNotHTML},
		{name: "broken gzip", input: gz.Bytes()[:20], err: extract.ErrNotHTML},
		{name: "gzip page", input: gz.Bytes(), articles: 1, contains: "SEOUL, South Korea (AP)"},
		{name: "too large", input: page, opts: extract.Options{MaxInputBytes: 1000}, err: extract.ErrTooLarge},
		{name: "truncated mid-article", input: page[:bytes.Index(page, []byte("Unsurprisingly"))+20], articles: 1, contains: "Heightened tensions"},
		{name: "truncated in a tag", input: []byte("<html><body><p>Some text<a hr"), reason: extract.LittleText},
		{name: "plain text", input: []byte("Just a line of plain text, not a page."), reason: extract.LittleText},
		{name: "no body text", input: []byte("<html><head><title>x</title></head><body><img src=a.png></body></html>"), reason: extract.NoText},
		{name: "menu only", input: []byte("<body><ul>" + strings.Repeat(`<li><a href="/x">A section of the site</a></li>`, 30) + "</ul></body>"), reason: extract.MostlyLinks},
		{name: "a short notice between menus", input: []byte("<body><nav><ul>" + strings.Repeat(`<li><a href="/x">A section of the site</a></li>`, 30) + "</ul></nav><main><p>The office is closed on Monday for the holiday.</p></main></body>"), reason: extract.LittleText},
		{name: "deeply nested", input: []byte(deep), articles: 1, contains: "largest in the town's history"},
		{name: "invalid utf-8", input: []byte("<html><body><h1>Title here</h1>" + strings.ReplaceAll(story, "four", "f\xffour") + "</body></html>"), articles: 1, contains: "f\uFFFDour"},
		{name: "utf-16 bom", input: utf16LE("<html><body><h1>Ferry</h1>" + story + "</body></html>"), articles: 1, contains: "ferry timetable"},
		{name: "streamed server rendering", input: []byte(`<html><body><template id="B:0"></template><div hidden id="S:0"><h1>Ferry timetable</h1>` + story + `</div></body></html>`), articles: 1, contains: "largest in the town's history"},
		{name: "page rendered in noscript", input: []byte(`<html><body><div id="app"></div><noscript><h1>Ferry timetable</h1>` + story + `</noscript><noscript><img src="/pixel.gif"></noscript></body></html>`), articles: 1, contains: "largest in the town's history"},
		{name: "gigantic", input: []byte("<html><body><h1>Ferry timetable</h1>" + strings.Repeat(story, 4000) + "</body></html>"), articles: 1, contains: "ferry timetable"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ex := newExtractor(t, tc.opts)
			res, err := ex.Extract(context.Background(), bytes.NewReader(tc.input), "https://news.example.com/a")
			if tc.err != nil {
				if !errors.Is(err, tc.err) {
					t.Fatalf("err = %v, want %v", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatalf("err = %v", err)
			}
			if len(res.Articles) != tc.articles {
				t.Fatalf("%d articles, want %d (reason %q)", len(res.Articles), tc.articles, res.Reason)
			}
			if tc.articles == 0 && res.Reason.Kind != tc.reason {
				t.Errorf("reason %s (%q), want %s", res.Reason.Kind, res.Reason, tc.reason)
			}
			if tc.contains != "" && !strings.Contains(res.Articles[0].Text, tc.contains) {
				t.Errorf("text lacks %q:\n%.300s", tc.contains, res.Articles[0].Text)
			}
		})
	}
}

func TestCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := newExtractor(t, extract.Options{}).Extract(ctx, strings.NewReader("<p>"+story), "")
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

func TestNewRejectsBadOptions(t *testing.T) {
	for _, o := range []extract.Options{{MaxInputBytes: -1}, {MaxArticles: -2}} {
		if _, err := extract.New(o); err == nil {
			t.Errorf("New(%+v) accepted", o)
		}
	}
}

// TestConcurrent shares one Extractor between goroutines, as the package
// promises callers may; run with -race it checks that promise.
func TestConcurrent(t *testing.T) {
	ex := newExtractor(t, extract.Options{})
	pages := fixturePages(t)
	want := make([]string, len(pages))
	for i, p := range pages {
		want[i] = goldenText(run(t, ex, p))
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, p := range pages {
				if got := goldenText(run(t, ex, p)); got != want[i] {
					t.Errorf("%s: concurrent result differs", p)
				}
			}
		}()
	}
	wg.Wait()
}

// FuzzExtract feeds Extract arbitrary bytes, starting from the fixtures.
// It must never panic; the recover in ExtractInput turns a panic into an
// "internal error", which the fuzzer reports as a failure. The seeds are
// 4 KB windows of each fixture (its start and the article's start):
// whole 50 KB pages make Go's fuzzer mutate slowly, and the whole pages
// already run as the corpus of TestGolden.
func FuzzExtract(f *testing.F) {
	for _, p := range fixturePages(f) {
		page := mustRead(f, p)
		f.Add(page[:min(len(page), 4096)])
		if i := bytes.Index(page, []byte("<h1")); i >= 0 {
			f.Add(page[i:min(len(page), i+4096)])
		}
	}
	f.Add([]byte("<html><body><h1>T</h1><p>" + strings.Repeat("word, ", 100) + "</p>"))
	f.Add([]byte(`<script type="application/ld+json">{"@type":"NewsArticle","headline":"x",}</script>`))
	ex := newExtractor(f, extract.Options{MaxInputBytes: 1 << 20})
	f.Fuzz(func(t *testing.T, page []byte) {
		res, err := ex.Extract(context.Background(), bytes.NewReader(page), "https://fuzz.example/p")
		if err != nil {
			if strings.Contains(err.Error(), "internal error") {
				t.Fatal(err)
			}
			return
		}
		if len(res.Articles) == 0 && res.Reason.IsZero() {
			t.Fatal("no articles and no reason")
		}
	})
}

// BenchmarkExtract measures whole-page extraction on the fixtures, beside
// BenchmarkParse, the bare x/net/html parse of the same bytes: the ratio of
// the two is the cost of everything pare does after parsing. "text" asks
// for the text alone, as `pare page.html` and the benchmark harness do;
// "all" adds the sanitised HTML and the Markdown, as the zero Options and
// `pare -format json` do.
func BenchmarkExtract(b *testing.B) {
	pages, size := benchPages(b)
	for _, bc := range []struct {
		name string
		out  extract.Outputs
	}{{"text", extract.Text}, {"all", extract.AllOutputs}} {
		b.Run(bc.name, func(b *testing.B) {
			ex := newExtractor(b, extract.Options{Outputs: bc.out})
			b.SetBytes(size)
			b.ReportAllocs()
			for b.Loop() {
				for _, p := range pages {
					if _, err := ex.Extract(context.Background(), bytes.NewReader(p), ""); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}

func BenchmarkParse(b *testing.B) {
	pages, size := benchPages(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			if _, err := html.Parse(bytes.NewReader(p)); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func benchPages(b *testing.B) ([][]byte, int64) {
	var pages [][]byte
	var size int64
	for _, p := range fixturePages(b) {
		data := mustRead(b, p)
		pages = append(pages, data)
		size += int64(len(data))
	}
	return pages, size
}

func mustRead(t testing.TB, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func utf16LE(s string) []byte {
	out := []byte{0xFF, 0xFE}
	for _, r := range s {
		if r > 0xFFFF {
			panic(fmt.Sprintf("utf16LE: %q outside the BMP", r))
		}
		out = append(out, byte(r), byte(r>>8))
	}
	return out
}
