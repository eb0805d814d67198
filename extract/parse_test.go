package extract

import (
	"context"
	"strings"
	"testing"
)

func TestFlatten(t *testing.T) {
	page := strings.Repeat("<div><b>", 400) + "deep text" + strings.Repeat("</b></div>", 400) + "<p>after</p>"
	doc, deep, err := parse(context.Background(), []byte(page), DefaultMaxNodes, DefaultMaxDepth)
	if err != nil || !deep {
		t.Fatalf("parse: deep=%v err=%v", deep, err)
	}
	text := textOf(doc)
	if !strings.Contains(text, "deep text") || !strings.Contains(text, "after") {
		t.Errorf("flattened page lost text: %q", text)
	}
	doc, deep, err = parse(context.Background(), []byte("<div><p>shallow</p></div>"), DefaultMaxNodes, DefaultMaxDepth)
	if err != nil || deep || !strings.Contains(textOf(doc), "shallow") {
		t.Errorf("shallow page: deep=%v err=%v", deep, err)
	}
}

func TestParseJSONLD(t *testing.T) {
	src := `{"@context":"https://schema.org","@graph":[
	  {"@type":"Person","@id":"#ana","name":"Ana Ruiz"},
	  {"@type":["NewsArticle","Article"],"headline":"Ferry returns",
	   "author":{"@id":"#ana"},"datePublished":"2024-03-14T09:30:00Z",
	   "articleBody":"Line one.
Line two.",
	   "mainEntityOfPage":{"@id":"https://news.example.com/ferry"},},
	  {"@type":"BreadcrumbList","name":"Home"}
	]}`
	got := parseJSONLD(src)
	if len(got) != 1 {
		t.Fatalf("%d articles, want 1: %+v", len(got), got)
	}
	a := got[0]
	if a.headline != "Ferry returns" || len(a.authors) != 1 || a.authors[0] != "Ana Ruiz" ||
		a.published != "2024-03-14T09:30:00Z" || a.url != "https://news.example.com/ferry" ||
		a.body != "Line one. Line two." {
		t.Errorf("parsed %+v", a)
	}
	for _, bad := range []string{"", "{", "[1,2", `{"@type":"NewsArticle"`, "null", `"x"`} {
		if got := parseJSONLD(bad); got != nil {
			t.Errorf("parseJSONLD(%q) = %+v", bad, got)
		}
	}
}

func TestCleanTitle(t *testing.T) {
	tests := []struct{ title, site, want string }{
		{"Blinken arrives in Seoul | Arab News", "Arab News", "Blinken arrives in Seoul"},
		{"Blinken arrives in Seoul for talks - CityNews Toronto", "", "Blinken arrives in Seoul for talks"},
		{"Home - Example", "", "Home - Example"},
		{"A headline with no site", "", "A headline with no site"},
	}
	for _, tc := range tests {
		if got := cleanTitle(tc.title, tc.site); got != tc.want {
			t.Errorf("cleanTitle(%q, %q) = %q, want %q", tc.title, tc.site, got, tc.want)
		}
	}
}
