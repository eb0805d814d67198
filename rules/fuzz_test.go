package rules_test

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/pare-dev/pare/rules"
	"golang.org/x/net/html"
)

// FuzzLoad loads the fuzzed bytes as a rule file. Load must not panic
// (nor let goccy/go-yaml's panics reach its last line of defence), must
// return a Set or an error but not both, and every error must be a
// one-line *Error naming the file. Seeds, including the crashers of issue
// 14, are in testdata/fuzz/FuzzLoad.
func FuzzLoad(f *testing.F) {
	f.Add([]byte(fullRule))
	f.Add([]byte("{\"hosts\": [\"a.com\"], \"strip\": [{\"selector\": \"div[\", \"reason\": \"ad\"}]}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		set, err := rules.Load(fstest.MapFS{"a.com.yaml": {Data: data}})
		if (set == nil) == (err == nil) {
			t.Fatalf("Load = %v, %v; want a Set or an error", set, err)
		}
		if errors.Is(err, rules.ErrDecoderPanic) {
			t.Fatalf("goccy/go-yaml panicked; find what checkShape should refuse: %v", err)
		}
		for _, e := range unjoin(err) {
			var re *rules.Error
			if !errors.As(e, &re) || re.File != "a.com.yaml" {
				t.Errorf("error %q (%T) does not name the file", e, e)
			}
			if strings.Contains(e.Error(), "\n") {
				t.Errorf("error spans lines: %q", e)
			}
		}
	})
}

// FuzzLoadSiteConfigs loads the fuzzed bytes as a site config and runs
// every selector it compiled over a small page. Neither may panic; the
// file gives a Set or an error, and every warning names the file.
func FuzzLoadSiteConfigs(f *testing.F) {
	f.Add([]byte("title: //h1\nbody: //div[@class='story']\nstrip_id_or_class: share\nreplace_string(<b>): <strong>\n"))
	f.Add([]byte("author: substring-after(//p, 'By ')\ndate: //time/@datetime\nbody: id('x')/p\n"))
	f.Add([]byte("body: //div[contains(@class='x')]\nstrip: ///span\nhttp_header(a): b\nwrap_in(p): //x\n"))
	doc, err := html.Parse(strings.NewReader(`<html><head><meta property="og:title" content="T"></head><body><h1 id="x">Title</h1><div class="story share"><p>By Ann</p><time datetime="2024-01-01">x</time></div></body></html>`))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		set, rep, err := rules.LoadSiteConfigs(fstest.MapFS{"a.com.txt": {Data: data}})
		if (set == nil) == (err == nil) {
			t.Fatalf("LoadSiteConfigs = %v, %v; want a Set or an error", set, err)
		}
		for _, w := range rep.Warnings {
			if w.File != "a.com.txt" || strings.Contains(w.String(), "\n") {
				t.Errorf("warning %q does not name the file on one line", w)
			}
		}
		r := set.Match("a.com")
		if r == nil {
			return
		}
		for _, s := range []rules.Selector{r.Title, r.Byline, r.Published, r.Body} {
			s.Find(doc)
		}
		for _, s := range r.Strip {
			s.Selector.Find(doc)
		}
	})
}
