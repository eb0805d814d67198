package extract_test

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/pare-dev/pare/extract"
	"github.com/pare-dev/pare/rules"
)

// TestRuleStripTextless holds that a rule's strip entry removes what it
// matches whether or not it holds text: an ad image or an empty player
// has no text block for a mark to act on, and once survived in the HTML.
func TestRuleStripTextless(t *testing.T) {
	set, err := rules.Load(fstest.MapFS{"example.com.yaml": {Data: []byte(
		"hosts: [example.com]\nstrip:\n  - selector: \".slot-7\"\n    reason: ad\n  - selector: \".promo\"\n    reason: ad\n")}})
	if err != nil {
		t.Fatal(err)
	}
	page := `<html><body><article><h1>Ferry timetable extended</h1>` +
		`<div class="slot-7"><a href="https://example.com/partner"><img src="https://example.com/img/partner-banner.png"></a></div>` +
		extract.Story +
		`<p class="promo">Subscribe to our promotional newsletter today for more offers.</p>` +
		`<figure><img src="https://example.com/ferry.jpg"></figure>` +
		`</article></body></html>`
	for _, tc := range []struct {
		name  string
		rules *rules.Set
		want  bool // whether the ad stays
	}{
		{"rule strips the image", set, false},
		{"no rule keeps it", nil, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ex, err := extract.New(extract.Options{Rules: tc.rules, Outputs: extract.AllOutputs})
			if err != nil {
				t.Fatal(err)
			}
			res, err := ex.Extract(context.Background(), strings.NewReader(page), "https://example.com/2024/ferry")
			if err != nil || len(res.Articles) != 1 {
				t.Fatalf("Extract: %v, %d articles", err, len(res.Articles))
			}
			a := res.Articles[0]
			for _, out := range []string{a.HTML, a.Markdown} {
				if got := strings.Contains(out, "partner-banner.png"); got != tc.want {
					t.Errorf("ad image kept = %v, want %v:\n%s", got, tc.want, out)
				}
				if !strings.Contains(out, "ferry.jpg") {
					t.Errorf("the article's own image went:\n%s", out)
				}
			}
			if tc.rules != nil {
				if strings.Contains(a.Text, "promotional newsletter") {
					t.Errorf("the text strip entry failed:\n%s", a.Text)
				}
				found := false
				for _, r := range res.Removed {
					found = found || r.Reason == rules.Ad && strings.Contains(r.By, "div.slot-7")
				}
				if !found {
					t.Errorf("no removal names the stripped image's element: %+v", res.Removed)
				}
			}
		})
	}
}
