package extract

import (
	"context"
	"strings"
	"testing"
)

// TestSecondOpinion holds the wiring to go-readability: on a page with an
// article it answers with that article, cleaned by pare's stages, and on
// a page with no running text it answers nothing rather than a guess.
func TestSecondOpinion(t *testing.T) {
	article := `<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>` +
		`<div class="c1"><h1>Ferry timetable extended</h1>` + Story + `</div>` +
		`<footer>© Town Herald</footer></body></html>`
	menu := `<html><body><ul><li><a href="/a">A</a></li><li><a href="/b">B</a></li></ul></body></html>`
	for _, tc := range []struct {
		name, page, want string
	}{
		{"article", article, "largest in the town's history"},
		{"menu", menu, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			opts := Options{SecondOpinion: true}.withDefaults()
			r := newRenderers(opts.Outputs)
			text, _ := decode([]byte(tc.page), "")
			doc, _, err := parse(context.Background(), text, DefaultMaxNodes, DefaultMaxDepth)
			if err != nil {
				t.Fatal(err)
			}
			p := newPage(context.Background(), &opts, &r, doc)
			q, a := p.secondOpinion()
			if tc.want == "" {
				if a != nil {
					art, _ := q.finish(a)
					t.Fatalf("an article from a page with none: %q", art.Text)
				}
				return
			}
			if a == nil {
				t.Fatal("no article")
			}
			art, ok := q.finish(a)
			got := art.Text
			if !ok {
				t.Fatal("nothing left of the article after cleaning")
			}
			if !strings.Contains(got, tc.want) || strings.Contains(got, "Home") || strings.Contains(got, "Town Herald") {
				t.Errorf("text:\n%s", got)
			}
		})
	}
}
