package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/pare-dev/pare/bench/datasets"
	"github.com/pare-dev/pare/bench/metrics"
)

// wcxbRecord is a WCXB record of pare with the given half, type, count
// and F1 of the joined text and of the first article.
func wcxbRecord(id, half, pageType string, articles int, joined, first float64) Record {
	return Record{Set: datasets.WCXB, ID: id, Host: id + ".example", Half: half, PageType: pageType, Extractor: "pare",
		Articles: articles, Single: pageType == "article",
		Scores: Scores{F1: joined, Precision: joined, Recall: joined, With: &found{}},
		First:  &Scores{F1: first, Precision: first, Recall: first, With: &found{}}}
}

func TestSummariseHalves(t *testing.T) {
	recs := []Record{
		wcxbRecord("1", "tune", "article", 1, 1, 1),
		wcxbRecord("2", "tune", "article", 2, 0.8, 0.4),
		wcxbRecord("3", "check", "article", 0, 0, 0),
		wcxbRecord("4", "check", "forum", 5, 0.6, 0.2),
		wcxbRecord("5", "check", "article", 3, 0.5, 0.5),
	}
	recs[0].Meta = &Meta{Title: &Field{Got: "T", Match: metrics.Right}, Date: &Field{Match: metrics.Empty}}
	recs[1].Meta = &Meta{Title: &Field{Got: "X", Match: metrics.Wrong}}
	recs[3].Meta = &Meta{Title: &Field{Got: "F", Match: metrics.Right}}
	tests := []struct {
		half              datasets.Half
		pages, hosts      int
		articles          [4]int
		single, wrong     int
		joined, first     float64
		title, singleTitl metaTally
		date              metaTally
	}{
		{datasets.All, 5, 5, [4]int{1, 1, 1, 2}, 4, 3, 0.58, 0.42, metaTally{3, 2, 0}, metaTally{2, 1, 0}, metaTally{1, 0, 1}},
		{datasets.Tune, 2, 2, [4]int{0, 1, 1, 0}, 2, 1, 0.9, 0.7, metaTally{2, 1, 0}, metaTally{2, 1, 0}, metaTally{1, 0, 1}},
		{datasets.Check, 3, 3, [4]int{1, 0, 0, 2}, 2, 2, 1.1 / 3, 0.7 / 3, metaTally{1, 1, 0}, metaTally{}, metaTally{}},
	}
	near := func(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 }
	for _, tt := range tests {
		t.Run(string(tt.half), func(t *testing.T) {
			s := summarise(datasets.WCXB, "pare", tt.half, recs)
			if s.pages != tt.pages || s.hosts != tt.hosts || s.articles != tt.articles {
				t.Errorf("pages %d hosts %d articles %v; want %d, %d, %v", s.pages, s.hosts, s.articles, tt.pages, tt.hosts, tt.articles)
			}
			if s.single != tt.single || s.singleWrong != tt.wrong {
				t.Errorf("single %d, wrong %d; want %d, %d", s.single, s.singleWrong, tt.single, tt.wrong)
			}
			if !near(s.joined.f1, tt.joined) || !near(s.first.f1, tt.first) {
				t.Errorf("F1 joined %.3f first %.3f; want %.3f, %.3f", s.joined.f1, s.first.f1, tt.joined, tt.first)
			}
			if s.meta["title"] != tt.title || s.singleMeta["title"] != tt.singleTitl || s.meta["date"] != tt.date {
				t.Errorf("title %+v (articles %+v), date %+v; want %+v, %+v, %+v", s.meta["title"], s.singleMeta["title"], s.meta["date"], tt.title, tt.singleTitl, tt.date)
			}
		})
	}
	all := summarise(datasets.WCXB, "pare", datasets.All, recs)
	if got := all.byType["forum"]; got != [4]int{0, 0, 0, 1} {
		t.Errorf("forum counts %v", got)
	}
	// Article pages only: joined (1+0.8+0+0.5)/4, first (1+0.4+0+0.5)/4.
	if !near(all.singleJoined.f1, 0.575) || !near(all.singleFirst.f1, 0.475) {
		t.Errorf("article pages: joined %.3f, first %.3f", all.singleJoined.f1, all.singleFirst.f1)
	}
}

// TestMostSplit names tune pages only, most articles first, and never a
// page that may hold several articles.
func TestMostSplit(t *testing.T) {
	recs := []Record{
		wcxbRecord("a", "tune", "article", 3, 1, 1),
		wcxbRecord("b", "tune", "article", 7, 1, 1),
		wcxbRecord("c", "check", "article", 9, 1, 1),
		wcxbRecord("d", "tune", "forum", 12, 1, 1),
		wcxbRecord("e", "tune", "article", 1, 1, 1),
	}
	var b bytes.Buffer
	printMostSplit(&b, recs, datasets.Tune)
	out := b.String()
	if !strings.Contains(out, "2 pages yield more than one") || strings.Contains(out, " c ") || strings.Contains(out, " d ") {
		t.Errorf("most split:\n%s", out)
	}
	if i, j := strings.Index(out, " 7 articles"), strings.Index(out, " 3 articles"); i < 0 || j < 0 || i > j {
		t.Errorf("not most first:\n%s", out)
	}
}
