package extract

import (
	"regexp"
	"strings"
	"sync"
)

// The dateline that opens an article's first paragraph: "31. Oktober
// 2023. Dragqueens sind …", "27.1.2022 - Bei der Erinnerung …",
// "01.02.2022 „Der Arbeitsmarkt …". Press releases and columns write the
// day there rather than in a line of its own; it is the article's date
// when its header shows none (a month alone, "Januar 2022", says less).
// The paragraph keeps it: it is the article's text as written. From three
// trafilatura tune pages (arbeitsagentur.de, l-mag.de, nachtkritik.de);
// measured from 03b94c0: publish day tune trafilatura 0.866 -> 0.875,
// WCXB articles 0.859 holds; check trafilatura 0.866, WCXB 0.868 hold.

// leadDateSeps are what ends a dateline before the paragraph goes on: a
// full stop, a dash or colon between spaces, an opening quotation mark.
var leadDateSeps = []string{". ", " - ", " – ", " — ", ": ", " „", " “", " \"", " »"}

// leadDate returns the date that opens text, a paragraph, when it is a
// date of a day or more precise followed by one of leadDateSeps; zero
// otherwise. Only the first maxDateChars bytes are looked at.
func leadDate(text string) Date {
	head := text[:min(len(text), maxDateChars+2)]
	for i := 0; i < len(head); i++ {
		for _, sep := range leadDateSeps {
			if !strings.HasPrefix(text[i:], sep) {
				continue
			}
			cand := strings.TrimSpace(text[:i])
			if len(cand) < minDateChars || !isDateText(cand) {
				continue
			}
			d := parseDate(cand)
			if !d.Time.IsZero() && d.Precision >= PrecisionDay || d.Time.IsZero() && readDateWords(cand).numericDate {
				// A numeric date whose day and month could be either
				// way round is read in the page's order later
				// (fillFromMetadata).
				return d
			}
		}
	}
	return Date{}
}

// originLex matches the opening of a sentence that states the article's
// first publication (date-origins.txt): "This article was originally
// published on", before the date.
var originLex = sync.OnceValue(func() *regexp.Regexp {
	l := lexiconList("date-origins")
	return regexp.MustCompile(`(?i)\bthis\s+` + alt(l.inGroup("subject")) + `\s+` + alt(l.inGroup("verb")) + `\s+`)
})

// originVerbs are mayFold's keys for date-origins.txt's verbs: their
// last words ("published", "posted"), one of which every sentence
// originLex finds holds, however its spaces run.
var originVerbs = sync.OnceValue(func() []string {
	var last []string
	for _, v := range lexiconList("date-origins").inGroup("verb") {
		f := strings.Fields(v)
		last = append(last, f[len(f)-1])
	}
	return minimalKeys(last)
})

// originDate returns the date of a sentence in text, a paragraph of the
// body, that states when the article was first published ("This article
// was originally published on 26 Sep 2019 at 4:12pm but has been
// regularly updated"): the longest run of words after the phrase that is
// a date of a day or more precise. Zero when there is none. The header
// of such an article shows its last revision as its date; the labels
// give the first publication (settleMetadata).
func originDate(text string) Date {
	if !hasDigit(text) || !mayFold(text, originVerbs()...) {
		return Date{} // a cheap test first: the pattern was 3% of an Extract's time
	}
	loc := originLex().FindStringIndex(text)
	if loc == nil {
		return Date{}
	}
	rest := dateLineLex().lead.ReplaceAllString(text[loc[1]:], "")
	words := strings.Fields(rest[:min(len(rest), maxDateChars)])
	for n := len(words); n > 0; n-- {
		cand := strings.TrimRight(strings.Join(words[:n], " "), ".,;:")
		if len(cand) < minDateChars || !isDateText(cand) {
			continue
		}
		if d := parseDate(cand); !d.Time.IsZero() && d.Precision >= PrecisionDay {
			return d
		}
	}
	return Date{}
}
