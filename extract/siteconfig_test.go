package extract_test

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/pare-dev/pare/extract"
	"github.com/pare-dev/pare/rules"
)

// TestSiteConfigs runs FiveFilters site configs through Extract: the
// first body line that finds an element holding text chooses the article
// (an empty placeholder gives way to the next line), find_string rewrites the HTML before it is
// parsed, autodetect_on_failure: no refuses the generic guess, and a pare
// rule for the host wins.
func TestSiteConfigs(t *testing.T) {
	sites, _, err := rules.LoadSiteConfigs(fstest.MapFS{
		"example.com.txt": {Data: []byte("body: //div[@class='placeholder']\nbody: //div[@class='story']\ntitle: //h2\n" +
			"find_string: <amp-img\nreplace_string: <img\nstrip_image_src: ads.example.net\n")},
		"strict.example.org.txt": {Data: []byte("body: //div[@class='nowhere']\nautodetect_on_failure: no\n")},
		"example.net.txt":        {Data: []byte("body: //div[@class='sidebar']\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	native, err := rules.Load(fstest.MapFS{"example.net.yaml": {Data: []byte("hosts: [example.net]\nbody: \".story\"\n")}})
	if err != nil {
		t.Fatal(err)
	}
	page := `<html><body><h1>Ferry timetable extended</h1><div class="placeholder"> </div><div class="sidebar"><p>Most read: a sidebar story about the harbour and its boats.</p></div>` +
		`<div class="story"><amp-img src="https://example.com/ferry.jpg"></amp-img><img src="https://ads.example.net/x.png">` + extract.Story + `</div>` +
		`<h2>The ferry runs later</h2></body></html>`
	for _, tc := range []struct {
		name, url     string
		rule          string // Result.Rule
		articles      int
		title, inHTML string
		notIn         string
	}{
		{"site config", "https://www.example.com/ferry", "example.com.txt", 1, "The ferry runs later", "ferry.jpg", "ads.example.net"},
		{"no fallback", "https://strict.example.org/ferry", "strict.example.org.txt", 0, "", "", ""},
		{"a pare rule wins", "https://example.net/ferry", "example.net", 1, "", "largest in the town", "Most read"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ex, err := extract.New(extract.Options{Rules: native, SiteConfigs: sites})
			if err != nil {
				t.Fatal(err)
			}
			res, err := ex.Extract(context.Background(), strings.NewReader(page), tc.url)
			if err != nil {
				t.Fatal(err)
			}
			if res.Rule != tc.rule || len(res.Articles) != tc.articles {
				t.Fatalf("rule %q, %d articles (%s); want %q, %d", res.Rule, len(res.Articles), res.RuleNote, tc.rule, tc.articles)
			}
			if tc.articles == 0 {
				return
			}
			a := res.Articles[0]
			if tc.title != "" && a.Title != tc.title {
				t.Errorf("title %q, want %q", a.Title, tc.title)
			}
			if !strings.Contains(a.HTML, tc.inHTML) || strings.Contains(a.HTML, "Most read") {
				t.Errorf("HTML lacks %q or holds the sidebar:\n%s", tc.inHTML, a.HTML)
			}
			if tc.notIn != "" && strings.Contains(a.HTML, tc.notIn) {
				t.Errorf("HTML holds %q:\n%s", tc.notIn, a.HTML)
			}
		})
	}
}
