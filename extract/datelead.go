package extract

import "strings"

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
