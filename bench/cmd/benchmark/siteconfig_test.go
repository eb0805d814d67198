package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestSiteEffects(t *testing.T) {
	rec := func(ex, id, half string, f1 float64, rule, note string) Record {
		return Record{Set: "wcxb", ID: id, Half: half, Extractor: ex, Scores: Scores{F1: f1}, Rule: rule, RuleNote: note}
	}
	recs := []Record{
		rec("pare", "1", "tune", 0.50, "", ""), rec("pare-siteconfig", "1", "tune", 0.90, "a.com.txt", ""),
		rec("pare", "2", "check", 0.80, "", ""), rec("pare-siteconfig", "2", "check", 0.60, "b.com.txt", ""),
		rec("pare", "3", "check", 0.70, "", ""), rec("pare-siteconfig", "3", "check", 0.705, "c.com.txt", `rule c.com.txt: body selector "//x" matched nothing; generic extraction used`),
		rec("pare", "4", "tune", 0.70, "", ""), rec("pare-siteconfig", "4", "tune", 0.60, "global.txt", ""),
		rec("pare", "5", "tune", 0.70, "", ""), rec("pare-siteconfig", "5", "tune", 0.70, "", ""), // no site config: left out
		rec("go-trafilatura", "1", "tune", 0.10, "", ""),
	}
	got := siteEffects(recs)
	for _, tc := range []struct {
		key  siteEffectKey
		want siteEffect
	}{
		{siteEffectKey{"wcxb", "all", false}, siteEffect{pages: 3, helped: 1, hurt: 1, noMatch: 1}},
		{siteEffectKey{"all", "check", false}, siteEffect{pages: 2, hurt: 1, noMatch: 1}},
		{siteEffectKey{"wcxb", "tune", false}, siteEffect{pages: 1, helped: 1}},
		{siteEffectKey{"all", "all", true}, siteEffect{pages: 1, hurt: 1}},
	} {
		e := got[tc.key]
		if e == nil {
			t.Errorf("%+v: no effect counted", tc.key)
			continue
		}
		c := *e
		c.delta = 0
		if c != tc.want {
			t.Errorf("%+v: got %+v, want %+v", tc.key, c, tc.want)
		}
	}
	var b bytes.Buffer
	printSiteConfigEffect(&b, recs, []string{"wcxb"})
	if !strings.Contains(b.String(), "global.txt alone") || !strings.Contains(b.String(), "own site config") {
		t.Errorf("table:\n%s", b.String())
	}
	b.Reset()
	printSiteConfigEffect(&b, recs[:2:2][:1], []string{"wcxb"})
	if b.Len() != 0 {
		t.Errorf("printed a table without pare-siteconfig:\n%s", b.String())
	}
}
