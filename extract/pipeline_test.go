package extract

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestAllPagesAfterEmptyTrim holds articlesStage's retry: with AllPages,
// a page whose selected article trims to nothing (a thread's opening
// post that is a changelog, taken whole for an article and then dropped
// as a link list) still yields its main content, with the trimming that
// emptied the article undone. Selection is stood in for: the test hands
// articlesStage the article as selection found it on such a page.
func TestAllPagesAfterEmptyTrim(t *testing.T) {
	var items strings.Builder
	for i := 1; i <= 12; i++ {
		fmt.Fprintf(&items, `<li><a href="https://git.example.org/pull/%d">Fix the ferry timetable importer, part %d of the series</a></li>`, i, i)
	}
	page := `<html><body><nav><a href="/">Home</a></nav><main><div class="post"><h1>Development update</h1>` +
		`<p>Here is our regular update on the work of the past two weeks.</p><ul>` + items.String() + `</ul></div></main></body></html>`
	for _, allPages := range []bool{false, true} {
		e, err := New(Options{AllPages: allPages})
		if err != nil {
			t.Fatal(err)
		}
		r := &run{e: e, ctx: context.Background(), in: Input{Body: strings.NewReader(page)}, res: &Result{}}
		for _, st := range pipeline {
			if st.name == "select" {
				break
			}
			if _, err := st.run(r); err != nil {
				t.Fatal(err)
			}
		}
		main := r.p.body.FirstChild
		for main != nil && main.Data != "main" {
			main = main.NextSibling
		}
		r.arts = []*article{{roots: []*html.Node{main}}}
		for _, name := range []string{"fallbacks", "articles"} {
			for _, st := range pipeline {
				if st.name == name {
					st.run(r)
				}
			}
		}
		switch got := len(r.res.Articles); {
		case !allPages && got != 0:
			t.Errorf("without AllPages: %d articles, want the link list dropped", got)
		case allPages && got != 1:
			t.Errorf("AllPages: %d articles, want the main content (reason %q)", got, r.res.Reason)
		case allPages && (r.res.Fallback != "main content" || !strings.Contains(r.res.Articles[0].Text, "part 12 of the series")):
			t.Errorf("AllPages: fallback %q, text:\n%s", r.res.Fallback, r.res.Articles[0].Text)
		case allPages && len(r.res.Removed) > 0 && strings.Contains(fmt.Sprint(r.res.Removed), "link-list"):
			t.Errorf("AllPages: the undone trimming's removals are reported: %v", r.res.Removed)
		}
	}
}
