package extract

import (
	"strings"
	"testing"
)

// TestMarkdownPieces: a giant body is converted a piece at a time, cut
// inside its lone wrappers and only between block elements, and gives the
// Markdown the whole conversion gives.
func TestMarkdownPieces(t *testing.T) {
	para := "<p>A paragraph with <b>bold</b> and <a href=\"https://x.example/\">a link</a>.</p>\n"
	tests := []struct {
		name, html string
		lo, hi     string // the wrapper's inside starts and ends with these
		pieces     int
	}{
		{"two lone wrappers", "<div><section>" + strings.Repeat(para, 20) + "</section></div>", "<p>", "</p>\n", 10},
		{"no wrapper", "<h2>Head</h2>" + strings.Repeat(para, 20) + "<ul><li>one</li><li>two</li></ul>", "<h2>", "</ul>", 10},
		{"wrapper with a sibling", "<div>" + strings.Repeat(para, 20) + "</div><p>after</p>", "<div>", "</p>", 2},
	}
	conv := newRenderers(AllOutputs).markdown
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			lo, hi := loneWrappers(tc.html)
			inside := tc.html[lo:hi]
			if !strings.HasPrefix(inside, tc.lo) || !strings.HasSuffix(inside, tc.hi) {
				t.Errorf("inside = %.40q…%.40q", inside, inside[max(0, len(inside)-40):])
			}
			pieces := markdownPieces(tc.html, 100)
			if len(pieces) < tc.pieces {
				t.Errorf("%d pieces, want %d or more", len(pieces), tc.pieces)
			}
			for _, p := range pieces {
				if strings.Count(p, "<p>") != strings.Count(p, "</p>") || strings.Count(p, "<ul>") != strings.Count(p, "</ul>") {
					t.Errorf("a piece splits an element: %q", p)
				}
			}
			whole, err := toMarkdown(conv, tc.html, 1<<20)
			if err != nil {
				t.Fatal(err)
			}
			cut, err := toMarkdown(conv, tc.html, 100)
			if err != nil {
				t.Fatal(err)
			}
			if whole != cut {
				t.Errorf("cut conversion differs:\n%s\n---\n%s", whole, cut)
			}
		})
	}
}
