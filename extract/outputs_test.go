package extract_test

import (
	"reflect"
	"testing"

	"github.com/pare-dev/pare/extract"
	"github.com/pare-dev/pare/rules"
)

// TestOutputs holds the promise of Options.Outputs: it fills in the
// renderings asked for and leaves the others empty, and changes nothing
// else — the same articles, metadata and removals on every fixture, with
// and without rules, as the zero Options gives.
func TestOutputs(t *testing.T) {
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		out  extract.Outputs
	}{
		{"text", extract.Text},
		{"html", extract.HTML},
		{"markdown", extract.Markdown},
		{"text+markdown", extract.Text | extract.Markdown},
		{"all", extract.AllOutputs},
	}
	for _, rs := range []*rules.Set{nil, set} {
		full := newExtractor(t, extract.Options{Rules: rs})
		for _, page := range fixturePages(t) {
			want := run(t, full, page)
			for _, tc := range tests {
				ex := newExtractor(t, extract.Options{Rules: rs, Outputs: tc.out})
				got := run(t, ex, page)
				exp := keepOutputs(want, tc.out)
				if !reflect.DeepEqual(got, exp) {
					t.Errorf("%s, rules %v, Outputs %s: result differs from the full one with only %[3]s kept", page, rs != nil, tc.name)
				}
			}
		}
	}
}

// keepOutputs copies res with the renderings out does not ask for emptied.
func keepOutputs(res *extract.Result, out extract.Outputs) *extract.Result {
	c := *res
	c.Articles = append([]extract.Article(nil), res.Articles...)
	for i := range c.Articles {
		a := &c.Articles[i]
		if out&extract.Text == 0 {
			a.Text = ""
		}
		if out&extract.HTML == 0 {
			a.HTML = ""
		}
		if out&extract.Markdown == 0 {
			a.Markdown = ""
		}
	}
	return &c
}

func TestOutputsChecked(t *testing.T) {
	if _, err := extract.New(extract.Options{Outputs: extract.AllOutputs + 1}); err == nil {
		t.Error("New accepted Outputs with an unknown bit")
	}
}
