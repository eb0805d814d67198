package extract

import (
	"context"
	"regexp"
	"strings"
	"testing"

	"github.com/pare-dev/pare/rules"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// testLine is the context a line rule's examples are read in: a
// paragraph of the article "Ferry timetable extended" at
// https://news.example.com/ferry, before its prose, with no links, under
// a publisher rule that strips "Follow us" lines.
func testLine(text string) *line {
	p := &page{}
	p.url = "https://news.example.com/ferry"
	a := &article{title: "Ferry timetable extended", rule: &rules.Rule{Name: "example.com",
		StripText: []rules.TextStrip{{Pattern: regexp.MustCompile(`^Follow us\b`), Reason: rules.Share}}}}
	owner := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
	b := &block{owner: owner, text: text, weight: int32(textWeight(text))}
	return &line{text: text, b: b, a: a, p: p}
}

// TestLineRules runs every line rule's examples: each must take the lines
// it lists as yes (its prefilter passing them) and leave those it lists as
// no. A rule without examples of both kinds fails.
func TestLineRules(t *testing.T) {
	seen := map[string]bool{}
	kebab := regexp.MustCompile(`^[a-z]+(?:-[a-z]+)*$`)
	for _, r := range lineRules() {
		t.Run(r.name, func(t *testing.T) {
			if !kebab.MatchString(r.name) || seen[r.name] {
				t.Errorf("name %q is not kebab-case or not unique", r.name)
			}
			seen[r.name] = true
			if len(r.yes) == 0 || len(r.no) == 0 {
				t.Fatalf("needs examples it must take and must leave (yes %d, no %d)", len(r.yes), len(r.no))
			}
			takes := func(s string) (bool, rules.Reason) {
				l := testLine(s)
				if r.prefilter != nil && !r.prefilter(s) {
					if r.match(testLine(s)) {
						t.Errorf("prefilter hides %q, which match takes", s)
					}
					return false, ""
				}
				ok := r.match(l)
				return ok, l.reason
			}
			for _, s := range r.yes {
				ok, reason := takes(s)
				if !ok {
					t.Errorf("misses %q", s)
				}
				if r.reason == "" && reason == "" {
					t.Errorf("took %q without a reason: a rule with no reason of its own must set line.reason", s)
				}
			}
			for _, s := range r.no {
				if ok, _ := takes(s); ok {
					t.Errorf("takes %q", s)
				}
			}
		})
	}
}

// TestLineReason checks that lineReason names the rule that took a line
// and gives its reason, the first rule in order winning.
func TestLineReason(t *testing.T) {
	for _, tc := range []struct {
		text   string
		reason rules.Reason
		by     string
	}{
		{"Follow us on Mastodon", rules.Share, "strip-text (rule example.com: ^Follow us\\b)"},
		{"Ferry timetable extended", rules.Title, "title-repeat"},
		{"Share", rules.Share, "share-label"},
		{"Photo: Getty Images", rules.Caption, "photo-credit"},
		{"By Ana Ruiz | March 3, 2024", rules.Byline, "byline-or-date"},
		{"Updated 09 November 2023", rules.Dateline, "byline-or-date"},
		{"The council voted on Tuesday to extend the ferry timetable.", "", ""},
		{"blog | February 01, 2022", rules.Dateline, "byline-or-date"},
		{"1. Februar 2022, Daniel Dillenburg", rules.Byline, "byline-or-date"},
		{"Book by December 30, 2025, for travel through December 31 2025.", "", ""},
		{"Kanae’s Review8.5/10", "", ""},
	} {
		l := testLine(tc.text)
		r, by := lineReason(lineRules(), l)
		if r != tc.reason || by != tc.by {
			t.Errorf("lineReason(%q) = %q, %q; want %q, %q", tc.text, r, by, tc.reason, tc.by)
		}
	}
}

// TestBlockRules runs every block rule's examples through Extract: each
// yes article must lose something the rule names in Result.Removed, each
// no article nothing. TestTrim (trim_test.go) has more cases.
func TestBlockRules(t *testing.T) {
	ex, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	removedBy := func(t *testing.T, r *blockRule, body string) []Removal {
		page := `<html><head><title>Ferry timetable extended | The Island Courier</title></head><body><article>` +
			strings.ReplaceAll(body, "{story}", Story) + `</article></body></html>`
		res, err := ex.Extract(context.Background(), strings.NewReader(page), "https://news.example.com/ferry")
		if err != nil {
			t.Fatal(err)
		}
		var out []Removal
		for _, rm := range res.Removed {
			if rm.By == r.name || strings.HasPrefix(rm.By, r.name+" (") {
				if rm.Reason != r.reason {
					t.Errorf("removal %+v has not the rule's reason %q", rm, r.reason)
				}
				out = append(out, rm)
			}
		}
		return out
	}
	for _, r := range blockRules {
		t.Run(r.name, func(t *testing.T) {
			if len(r.yes) == 0 || len(r.no) == 0 {
				t.Fatalf("needs examples it must take and must leave (yes %d, no %d)", len(r.yes), len(r.no))
			}
			for _, body := range r.yes {
				if len(removedBy(t, r, body)) == 0 {
					t.Errorf("removes nothing from %s", body)
				}
			}
			for _, body := range r.no {
				if rm := removedBy(t, r, body); len(rm) > 0 {
					t.Errorf("removes %q from %s", rm[0].Text, body)
				}
			}
		})
	}
}

// TestPrefiltersKnowTheirLists checks that each prefilter derived from a
// list passes every entry of that list, so a line added to the list can
// never be hidden from its pattern.
func TestPrefiltersKnowTheirLists(t *testing.T) {
	lx := lineLex()
	check := func(list, what string, pass func(string) bool, line func(entry string) string) {
		for _, e := range lexiconList(list).texts() {
			if s := line(e); !pass(s) {
				t.Errorf("%s: %s prefilter hides %q", list, what, s)
			}
		}
	}
	upper := strings.ToUpper
	check("credit-labels", "caption", lx.mayBeCaption, func(e string) string { return upper(e) + ": Jane Doe" })
	check("copyright", "copyright", lx.mayBeCopyright, func(e string) string { return upper(e) + " 2024" })
	check("metaline-labels", "label", func(s string) bool { return mayFold(s, metaLex().labelKeys...) }, upper)
	for _, e := range lexiconList("follow-prompts").inGroup("prompt") {
		if s := strings.Replace(e, "…", "the island", 1) + " facebook"; !lx.followFirst.mayStart(s) || !lx.follow.MatchString(s) {
			t.Errorf("follow-prompts: %q is not taken", s)
		}
	}
	hp := headingLex()
	for _, e := range lexiconList("boilerplate-headings").texts() {
		s := strings.NewReplacer("{name}", "The Island Courier", "{words} ", "Island ", "{words}", "Island", "{n}", "12",
			"{title}", "“Ferry timetable extended through the winter, and what the island's council said of it”").Replace(e)
		r, size := utf8.DecodeRuneInString(s)
		if !hp.isBoilerHeading(&block{text: string(unicode.ToUpper(r)) + s[size:], weight: int32(textWeight(s))}) {
			t.Errorf("boilerplate-headings: %q is not taken", s)
		}
	}
}

// TestWordBoundaryLists checks the lists whose patterns put a word
// boundary (\b, which knows only ASCII) before or after their entries:
// an entry must start or end with an ASCII letter or digit there, or it
// could never match.
func TestWordBoundaryLists(t *testing.T) {
	ascii := func(b byte) bool { return b < 0x80 && (b >= 'a' && b <= 'z' || b >= '0' && b <= '9') }
	for _, c := range []struct {
		list, group string
		start, end  bool
	}{
		{"read-more", "prompt", false, true}, {"read-more", "after a few words", true, false},
		{"credit-words", "word", true, true}, {"org-words", "first", false, true}, {"org-words", "anywhere", true, true},
		{"author-conjunctions", "", true, true},
	} {
		for _, e := range lexiconList(c.list).inGroup(c.group) {
			if c.start && !ascii(e[0]) || c.end && !ascii(e[len(e)-1]) {
				t.Errorf("%s [%s]: %q needs an ASCII letter or digit where the word boundary is", c.list, c.group, e)
			}
		}
	}
}

// TestLexiconPatterns builds every pattern and word set made from the
// lexicon, so that a list missing a group the code reads (which panics)
// fails here rather than on some page.
func TestLexiconPatterns(t *testing.T) {
	lineRules()
	metaLex()
	lineLex()
	headingLex()
	dateLex()
	dateTidyLex()
	dateLineLex()
	sentenceEnds()
}

// TestLineRulesInContext checks the line rules whose verdict depends on
// where a line sits, which testLine's paragraph above the prose cannot
// show: a bare slide counter goes above the prose only (below, "5/5" is
// a rating), and an image address in a table cell, in code or as a
// link's text is the article's.
func TestLineRulesInContext(t *testing.T) {
	ex, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, body, line string
		kept             bool
	}{
		{"counter-above-prose", `<p>1 / 8</p>{story}`, "1 / 8", false},
		{"rating-below-prose", `{story}<p>5/5</p><p>The ferry is clean and the crossing short, the inspectors wrote in their report.</p>`, "5/5", true},
		{"worded-counter-below-prose", `{story}<p>Image 1 of 8</p><p>The ferry is clean and the crossing short, the inspectors wrote in their report.</p>`, "Image 1 of 8", false},
		{"image-address", `{story}<div>https://news.example.com/img/ferry.jpg</div><p>The ferry is clean and the crossing short, the inspectors wrote in their report.</p>`, "ferry.jpg", false},
		{"image-address-in-cell", `{story}<table><tr><td>Image URL</td><td>https://news.example.com/img/ferry.jpg</td></tr></table>`, "ferry.jpg", true},
		{"image-address-in-code", `{story}<p><code>https://news.example.com/img/ferry.jpg</code></p><p>The ferry is clean and the crossing short, the inspectors wrote in their report.</p>`, "ferry.jpg", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head><title>Ferry timetable extended</title></head><body><article><h1>Ferry timetable extended</h1>` +
				strings.ReplaceAll(tc.body, "{story}", Story) + `</article></body></html>`
			res, err := ex.Extract(context.Background(), strings.NewReader(page), "https://news.example.com/ferry")
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Articles) == 0 {
				t.Fatal("no article")
			}
			if got := strings.Contains(res.Articles[0].Text, tc.line); got != tc.kept {
				t.Errorf("kept %q: %v, want %v\n%s", tc.line, got, tc.kept, res.Articles[0].Text)
			}
		})
	}
}
