package compose

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"golang.org/x/net/html/atom"

	"github.com/pare-dev/pare/bench/datasets"
	"github.com/pare-dev/pare/bench/metrics"
)

// TestBuildScrapingHub composes the real set and checks the counts, and
// that every article of every composed page can be found again in it
// (so nothing was lost in decoding, copying or rendering), every
// teaser is on its page, and no unmarked story keeps a mark.
func TestBuildScrapingHub(t *testing.T) {
	dir, err := datasets.FindDir()
	if errors.Is(err, datasets.ErrNoData) {
		t.Skipf("benchmark data absent: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	pages, err := datasets.Load(dir, datasets.ScrapingHub, 0)
	if err != nil {
		t.Fatal(err)
	}
	set, err := Build(pages, Kinds())
	if err != nil {
		t.Fatal(err)
	}
	// 181 pages, 55 hosts with two; a few pages may fail to locate.
	if len(set.Sources) != len(pages) || set.Pairs < 50 {
		t.Fatalf("%d sources, %d pairs; want %d sources, at least 50 pairs", len(set.Sources), set.Pairs, len(pages))
	}
	made, skipped := map[Kind]int{}, map[Kind]int{}
	for _, p := range set.Pages {
		made[p.Kind]++
	}
	for _, s := range set.Skipped {
		skipped[s.Kind]++
	}
	for _, k := range Kinds() {
		want := set.Pairs * len(Variants(k))
		if k == Teasers {
			want = len(set.Sources)
		}
		if made[k]+skipped[k] != want || made[k] < want*9/10 {
			t.Errorf("%s: %d made, %d skipped; want %d in all, at most a tenth skipped", k, made[k], skipped[k], want)
		}
	}
	for _, p := range set.Pages {
		doc, err := parseUTF8(p.HTML)
		if err != nil || !bytes.Contains(p.HTML, []byte(`<meta charset="utf-8"/>`)) {
			t.Errorf("%s %s: not UTF-8 HTML (%v)", p.Kind, p.A, err)
			continue
		}
		for i, body := range p.Truth {
			if r, _ := Locate(doc, body, MinCover); r == nil {
				t.Errorf("%s %s %s: article %s lost", p.Kind, p.A, p.B, p.TruthIDs[i])
			}
		}
		if p.Kind == UnmarkedStyle || p.Kind == UnmarkedARIA {
			unmarked := lastElem(find(doc, atom.Body))
			if strings.HasPrefix(p.Variant, "page-") {
				unmarked = find(doc, atom.Body)
			}
			if m := marks(unmarked); len(m) > 0 {
				t.Errorf("%s/%s %s %s: marks left: %q", p.Kind, p.Variant, p.A, p.B, m[:min(5, len(m))])
			}
		}
		text := metrics.ShingleCounts(textOf(doc))
		for _, tz := range p.Teasers {
			if !tz.Leaked(text) {
				t.Errorf("%s %s: teaser %q not on the page", p.Kind, p.A, tz.Headline)
			}
		}
	}
	t.Logf("%d pairs, made %v, skipped %v", set.Pairs, made, skipped)
}
