package extract_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pare-dev/pare/extract"
	"github.com/pare-dev/pare/rules"
)

// seedDir holds the project's two founding pages as text, with
// EXPECTED.md. It lives outside the repository; the test skips without it.
const seedDir = "../../shared/seeds"

// seedArticle is one article of EXPECTED.md, by line numbers of the seed
// text (non-empty lines, counted from 1).
type seedArticle struct {
	title         int
	byline        string
	published     string // Date.Text, "" when EXPECTED.md names none
	modified      string
	summary, body [2]int // first and last line; zero when absent
}

var seeds = []struct {
	fixtures string // glob of the renditions
	text     string // seed file
	articles []seedArticle
	never    []int // lines that must appear in no body
}{
	{
		fixtures: "../testdata/citynews.ca/2023-11-08-blinken-seoul*.html",
		text:     "000_dc523ad90ca1d59e.txt",
		articles: []seedArticle{{title: 1, byline: "Matthew Lee, The Associated Press",
			published: "November 8, 2023 11:53 pm", modified: "November 8, 2023 11:56 pm",
			body: [2]int{6, 20}}},
		never: []int{1, 2, 3, 4, 5, 21},
	},
	{
		fixtures: "../testdata/arabnews.com/2023-11-09-blinken-seoul*.html",
		text:     "002_4ab98feed8275851.txt",
		articles: []seedArticle{
			{title: 1, modified: "09 November 2023", summary: [2]int{7, 8}, body: [2]int{9, 23}},
			{title: 24, modified: "23 January 2026", summary: [2]int{28, 29}, body: [2]int{30, 35}},
		},
		never: []int{1, 2, 3, 4, 5, 6, 7, 8, 24, 25, 26, 27, 28, 29},
	},
}

// TestSeeds holds every rendition of the two seed pages, with rules and
// without, to EXPECTED.md: the same articles, titles, dates, byline,
// summary and body paragraphs as the seed text, and none of the lines
// that must not appear.
func TestSeeds(t *testing.T) {
	if _, err := os.Stat(seedDir); err != nil {
		t.Skipf("seed texts not found at %s (they live beside the repository): %v", seedDir, err)
	}
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	modes := map[string]*extract.Extractor{
		"rules":    newExtractor(t, extract.Options{Rules: set}),
		"no-rules": newExtractor(t, extract.Options{}),
	}
	for _, seed := range seeds {
		lines := seedLines(t, filepath.Join(seedDir, seed.text))
		pages, _ := filepath.Glob(seed.fixtures)
		if len(pages) < 2 {
			t.Fatalf("%s: %d renditions, want at least 2", seed.fixtures, len(pages))
		}
		for _, page := range pages {
			for mode, ex := range modes {
				t.Run(filepath.Base(page)+"/"+mode, func(t *testing.T) {
					res := run(t, ex, page)
					if len(res.Articles) != len(seed.articles) {
						t.Fatalf("%d articles, want %d", len(res.Articles), len(seed.articles))
					}
					for i, want := range seed.articles {
						checkSeedArticle(t, i+1, res.Articles[i], want, lines)
						for _, n := range seed.never {
							if strings.Contains(res.Articles[i].Text, lines[n-1]) {
								t.Errorf("article %d body holds line %d: %q", i+1, n, lines[n-1])
							}
						}
					}
				})
			}
		}
	}
}

func checkSeedArticle(t *testing.T, n int, got extract.Article, want seedArticle, lines []string) {
	t.Helper()
	eq := func(field, got, want string) {
		if got != want {
			t.Errorf("article %d %s = %q, want %q", n, field, got, want)
		}
	}
	eq("title", got.Title, lines[want.title-1])
	eq("byline", got.Byline, want.byline)
	if want.published != "" {
		eq("published", got.Published.Text, want.published)
	}
	eq("modified", got.Modified.Text, want.modified)
	var summary []string
	if want.summary[0] > 0 {
		for _, l := range lines[want.summary[0]-1 : want.summary[1]] {
			summary = append(summary, strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(l), "•")))
		}
	}
	eq("summary", strings.Join(got.Summary, "\n"), strings.Join(summary, "\n"))
	body := lines[want.body[0]-1 : want.body[1]]
	eq("body", normalize(got.Text), normalize(strings.Join(body, "\n\n")))
}

// seedLines returns the non-empty lines of a seed text, as EXPECTED.md
// numbers them.
func seedLines(t *testing.T, path string) []string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, l := range strings.Split(string(data), "\n") {
		if strings.TrimSpace(l) != "" {
			out = append(out, strings.TrimSpace(l))
		}
	}
	return out
}

// normalize compares texts after white-space normalisation, paragraph by
// paragraph.
func normalize(s string) string {
	var paras []string
	for _, p := range strings.Split(s, "\n\n") {
		if p = strings.Join(strings.Fields(p), " "); p != "" {
			paras = append(paras, p)
		}
	}
	return strings.Join(paras, "\n")
}
