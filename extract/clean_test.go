package extract

import (
	"testing"

	"github.com/pare-dev/pare/rules"
)

// TestClassWords checks the class-word lists against the code that reads
// them: every group of class-boilerplate.txt is a reason a mark can give,
// every strong word has a reason, and the grouped lists use only the
// groups their readers switch on.
func TestClassWords(t *testing.T) {
	boiler := lexiconList("class-boilerplate")
	for _, e := range boiler.entries {
		if !rules.Reason(e.group).Valid() {
			t.Errorf("class-boilerplate.txt:%d: %q is in group [%s], which is no rules.Reason", e.line, e.text, e.group)
		}
	}
	words := boiler.grouped()
	for _, e := range lexiconList("class-boilerplate-strong").entries {
		if _, ok := words[e.text]; !ok {
			t.Errorf("class-boilerplate-strong.txt:%d: %q is not in class-boilerplate.txt, so it gives no reason", e.line, e.text)
		}
	}
	for name, groups := range map[string][]string{
		"author-box-words": {"author", "box"},
		"hover-card-words": {"card", "rollover", "box", "trigger"},
		"class-positive":   {""},
		"class-good":       {""},
		"class-bad":        {""},
		"hidden-classes":   {""},
	} {
		known := map[string]bool{}
		for _, g := range groups {
			known[g] = true
		}
		for _, e := range lexiconList(name).entries {
			if !known[e.group] {
				t.Errorf("%s.txt:%d: %q is in group [%s]; the code reads only %q", name, e.line, e.text, e.group, groups)
			}
		}
	}
}

func TestMarkupReason(t *testing.T) {
	for _, tc := range []struct {
		name, class string
		want        rules.Reason // "" for no mark
	}{
		{"share bar", "share-bar", rules.Share},
		{"positive spares a weak word", "article-meta-wrapper menu", ""},
		{"strong beats positive", "article-share", rules.Share},
		{"hidden class whole", "sr-only", rules.Hidden},
		{"hidden class not whole", "hidden-print", ""},
		{"author alone", "author-ana", ""},
		{"author box", "author-box", rules.Byline},
		{"date words", "entrymeta", rules.Dateline},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := elem("div", "class", tc.class)
			m, ok := markupReason(n, classTokens(n, nil))
			if got := m.reason; !ok && tc.want != "" || ok && got != tc.want {
				t.Errorf("markupReason(class=%q) = %q, %v; want %q", tc.class, got, ok, tc.want)
			}
		})
	}
}
