package rules_test

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/goccy/go-yaml"
	"github.com/pare-dev/pare/rules"
)

// mapFS builds a file system from file names and contents.
func mapFS(files map[string]string) fstest.MapFS {
	fsys := fstest.MapFS{}
	for name, src := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(src)}
	}
	return fsys
}

// loadErrors loads files, which must fail, and returns the *rules.Error
// values joined in the result, in order.
func loadErrors(t *testing.T, files map[string]string) []*rules.Error {
	t.Helper()
	set, err := rules.Load(mapFS(files))
	if err == nil {
		t.Fatal("Load succeeded; want errors")
	}
	if set != nil {
		t.Error("Load returned a Set along with errors")
	}
	errs := []error{err}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		errs = j.Unwrap()
	}
	var out []*rules.Error
	for _, e := range errs {
		re, ok := e.(*rules.Error)
		if !ok {
			t.Fatalf("error %q is a %T; want *rules.Error", e, e)
		}
		out = append(out, re)
	}
	return out
}

const fullRule = `# Arab News: several articles per page.
name: Arab News
hosts: [arabnews.com, arabnews.pk]
article: "div.article-item"
title: "h1.title"
byline: ".byline"
published: "time.published"
modified: ".updated"
summary: ".highlights li"
body: ".article-body"
strip:
  - selector: ".short-url"
    reason: share
  - selector: "figcaption, .credit"
    reason: caption
strip_text:
  - pattern: '^Follow$'
    reason: share
exclude: ["Short Url"]
tests:
  - page: 2023-11-09-blinken-seoul.html
    articles: 2
    contain:
      - ["SEOUL, South Korea: Heightened tensions"]
      - []
    exclude:
      - ["(Reuters)", "Short Url"]
  - page: empty.html
    articles: 0
`

func TestLoad(t *testing.T) {
	set, err := rules.Load(mapFS(map[string]string{"arabnews.com.yaml": fullRule}))
	if err != nil {
		t.Fatal(err)
	}
	rs := set.Rules()
	if len(rs) != 1 {
		t.Fatalf("got %d rules, want 1", len(rs))
	}
	r := rs[0]
	check := func(field, got, want string) {
		t.Helper()
		if got != want {
			t.Errorf("%s = %q, want %q", field, got, want)
		}
	}
	check("File", r.File, "arabnews.com.yaml")
	check("Name", r.Name, "Arab News")
	check("Hosts", strings.Join(r.Hosts, " "), "arabnews.com arabnews.pk")
	check("Article", r.Article.String(), "div.article-item")
	check("Title", r.Title.String(), "h1.title")
	check("Byline", r.Byline.String(), ".byline")
	check("Published", r.Published.String(), "time.published")
	check("Modified", r.Modified.String(), ".updated")
	check("Summary", r.Summary.String(), ".highlights li")
	check("Body", r.Body.String(), ".article-body")
	if len(r.Strip) != 2 {
		t.Fatalf("got %d strip entries, want 2", len(r.Strip))
	}
	check("Strip[1].Selector", r.Strip[1].Selector.String(), "figcaption, .credit")
	check("Strip[1].Reason", string(r.Strip[1].Reason), string(rules.Caption))
	if r.Strip[0].Selector.IsZero() || r.Strip[0].Reason != rules.Share {
		t.Errorf("Strip[0] = %v %q, want .short-url share", r.Strip[0].Selector, r.Strip[0].Reason)
	}
	if len(r.StripText) != 1 || !r.StripText[0].Pattern.MatchString("Follow") ||
		r.StripText[0].Pattern.MatchString("Follow us") || r.StripText[0].Reason != rules.Share {
		t.Errorf("StripText = %+v, want one ^Follow$ share entry", r.StripText)
	}
	if !slices.Equal(r.Exclude, []string{"Short Url"}) {
		t.Errorf("Exclude = %q", r.Exclude)
	}
	if len(r.Tests) != 2 {
		t.Fatalf("got %d tests, want 2", len(r.Tests))
	}
	t0 := r.Tests[0]
	check("Tests[0].Page", t0.Page, "2023-11-09-blinken-seoul.html")
	if t0.Articles != 2 || len(t0.Contain) != 2 || len(t0.Contain[1]) != 0 ||
		!slices.Equal(t0.Contain[0], []string{"SEOUL, South Korea: Heightened tensions"}) ||
		len(t0.Exclude) != 1 || !slices.Equal(t0.Exclude[0], []string{"(Reuters)", "Short Url"}) {
		t.Errorf("Tests[0] = %+v", t0)
	}
	if t1 := r.Tests[1]; t1.Page != "empty.html" || t1.Articles != 0 || t1.Contain != nil {
		t.Errorf("Tests[1] = %+v", t1)
	}
}

// TestLoadDefaults checks a minimal rule: the name comes from the file
// name and every selector is zero.
func TestLoadDefaults(t *testing.T) {
	set, err := rules.Load(mapFS(map[string]string{"dir/example.co.uk.yml": "hosts: [example.co.uk]\n"}))
	if err != nil {
		t.Fatal(err)
	}
	r := set.Match("example.co.uk")
	if r == nil {
		t.Fatal("no rule for example.co.uk")
	}
	if r.File != "dir/example.co.uk.yml" || r.Name != "example.co.uk" {
		t.Errorf("File, Name = %q, %q", r.File, r.Name)
	}
	for _, s := range []rules.Selector{r.Article, r.Title, r.Byline, r.Published, r.Modified, r.Summary, r.Body} {
		if !s.IsZero() {
			t.Errorf("selector %q set; want zero", s)
		}
	}
}

// TestLoadFiles checks which files Load reads.
func TestLoadFiles(t *testing.T) {
	set, err := rules.Load(mapFS(map[string]string{
		"a.com.yaml":            "hosts: [a.com]\n",
		"b.com.YML":             "hosts: [b.com]\n",
		"sub/deeper/c.com.json": "{\n  \"hosts\": [\"c.com\"],\n  \"title\": \"h1\"\n}\n",
		"README.md":             "hosts: [not-a-rule\n",
		"notes.txt":             "{",
		".git/config.yaml":      "not: a rule",
		".#a.com.yaml":          "not: a rule", // an editor's lock file
	}))
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, r := range set.Rules() {
		files = append(files, r.File)
	}
	want := []string{"a.com.yaml", "b.com.YML", "sub/deeper/c.com.json"}
	if !slices.Equal(files, want) {
		t.Errorf("loaded %q, want %q", files, want)
	}
	if r := set.Match("c.com"); r == nil || r.Title.String() != "h1" {
		t.Errorf("JSON rule not loaded: %+v", r)
	}
}

func TestLoadEmpty(t *testing.T) {
	set, err := rules.Load(fstest.MapFS{"README.md": {Data: []byte("# rules")}})
	if err != nil || set == nil || len(set.Rules()) != 0 {
		t.Errorf("Load = %v, %v; want an empty set", set, err)
	}
	if _, err := rules.Load(nil); err == nil {
		t.Error("Load(nil) succeeded")
	}
}

// TestLoadNoSharedState checks that Rules returns a copy.
func TestLoadNoSharedState(t *testing.T) {
	set, err := rules.Load(mapFS(map[string]string{"a.yaml": "hosts: [a.com]\n", "b.yaml": "hosts: [b.com]\n"}))
	if err != nil {
		t.Fatal(err)
	}
	rs := set.Rules()
	rs[0] = nil
	if set.Rules()[0] == nil {
		t.Error("Rules returned the set's own slice")
	}
}

// TestErrorString pins the format of an error, as a user reads it.
func TestErrorString(t *testing.T) {
	errs := loadErrors(t, map[string]string{
		"arabnews.com.yaml": "hosts: [arabnews.com]\nstrip:\n  - selector: '.a'\n    reason: share\n  - selector: '.b'\n    reason: share\n  - selector: 'div['\n    reason: share\n",
	})
	want := `rules: arabnews.com.yaml:7: strip[2].selector "div[": expected identifier, found EOF instead`
	if len(errs) != 1 || errs[0].Error() != want {
		t.Errorf("got %v\nwant %s", errs, want)
	}
	e := &rules.Error{File: "a.yaml", Field: "hosts", Err: rules.ErrRequired}
	if got, want := e.Error(), "rules: a.yaml: hosts: required"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	e = &rules.Error{File: "a.yaml", Line: 3, Err: errors.New("boom")}
	if got, want := e.Error(), "rules: a.yaml:3: boom"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

// TestYAMLErrorsUnwrap checks that goccy/go-yaml's typed errors stay
// reachable, while the message stays on one line.
func TestYAMLErrorsUnwrap(t *testing.T) {
	errs := loadErrors(t, map[string]string{"a.yaml": "hosts: [a.com]\nartcle: div\n"})
	var uf *yaml.UnknownFieldError
	if len(errs) != 1 || !errors.As(errs[0], &uf) {
		t.Fatalf("got %v; want one *yaml.UnknownFieldError", errs)
	}
	if msg := errs[0].Error(); strings.Contains(msg, "\n") {
		t.Errorf("message spans lines: %q", msg)
	}
}
