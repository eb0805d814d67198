package extract

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Metadata lines: the byline and date lines of an article's header, which
// go to Article.Byline, Published and Modified rather than to its text.
// Their words are in lexicon/byline-leads.txt, metaline-*.txt,
// read-time.txt, org-words.txt and author-conjunctions.txt.

const (
	// maxMetaLine is the longest line, in bytes, read as metadata: a
	// byline, two dates, a category and a reading time fit. From the
	// seed pages.
	maxMetaLine = 200
	// bylineNameChars is how many characters may follow the first one of
	// a byline's name (metaPatterns.byline). From the seed pages' agency
	// bylines.
	bylineNameChars = 100
	// maxMetaWords is the most words a byline's name, or a name run into
	// a date ("Maria Santos 2019-11-20"), holds: more is a sentence.
	// Measured on the benchmark sets' metadata lines.
	maxMetaWords = 12
	// capitalisedNameWords is how many of a byline name's first words
	// must start with a capital (or be in a script without case): "By
	// the numbers" and "By Sunday, the council …" fail. From the seed
	// pages.
	capitalisedNameWords = 2
	// maxUserName is the longest one-word lowercase byline, in bytes,
	// taken for a user name ("admin", "siteadmin"). From the benchmark
	// sets' blog pages.
	maxUserName = 20
	// maxNameWords is the most words of a person's name: a name before a
	// date, a person in a byline (bylineAuthors); a bare name (nameRe)
	// is a capitalised word and up to this many more. From the seed
	// pages and the benchmark sets' bylines.
	maxNameWords = 4
	// sectionNameChars is the longest section name after "in" in a
	// metadata line ("in Community News"). From the benchmark sets.
	sectionNameChars = 40
)

// byline-leads.txt groups: which capitalisations of a lead count.
const (
	leadAnyCase = "capitalised, lowercase or capitals"
	leadTwoCase = "capitalised or lowercase"
	leadCapital = "capitalised"
	// The labels that are nouns ("Author", "Text") lead a name only
	// before a colon.
	leadTwoCaseColon = "capitalised or lowercase, before a colon"
	leadCapitalColon = "capitalised, before a colon"
)

// metaPatterns are the patterns of metadata lines, built once from the
// lexicon.
type metaPatterns struct {
	// byline matches "By Matthew Lee, The Associated Press" and its usual
	// translations and labels (lexicon/byline-leads.txt). The name must
	// start with a capital (or be in a script without case) and stay
	// short, so a sentence beginning with "By the end of the year" does
	// not qualify.
	byline *regexp.Regexp
	// leadWords are the first words of the byline leads, lowercased, as
	// mayBeMeta reads words: runs of letters.
	leadWords map[string]bool
	// label finds the labels that say which date follows
	// (metaline-labels.txt); labelKeys are its prefilter's keys.
	label     *regexp.Regexp
	labelKeys []string
	// cut finds where a byline or a date starts inside a metadata line
	// (metaline-cuts.txt, date-joiners.txt), case as written.
	cut *regexp.Regexp
	// readTime matches a reading time: "6 min read", "4 Minuten
	// Lesezeit", "Average reading time: 12 min" (read-time.txt).
	readTime *regexp.Regexp
	// readTimeEnd matches a reading time that ends a line with no
	// separator before it, labelled as a reading time by its lead or
	// its label: "Travel September 8, 2021 5 min read", the spans of a
	// template's header side by side (see parseMetaLine).
	readTimeEnd *regexp.Regexp
	// noise matches the other parts of a metadata line: its category,
	// tags, comment count, a view count (metaline-noise.txt).
	noise *regexp.Regexp
	// org marks the part of a byline that names the publisher, not a
	// person: "The Associated Press", "Reuters", "CNN Wire"
	// (org-words.txt).
	org *regexp.Regexp
	// gluedLead finds a one-word lead run into the capitalised name after
	// it, gluedMonth a capitalised month's name run into the lowercase
	// word before it (see unglue).
	gluedLead, gluedMonth *regexp.Regexp
	// authorList splits a byline into people, at commas, semicolons, "&"
	// and the words of author-conjunctions.txt.
	authorList *regexp.Regexp
}

var metaLex = sync.OnceValue(func() *metaPatterns {
	labels, noise, orgs := lexiconList("metaline-labels"), lexiconList("metaline-noise"), lexiconList("org-words")
	readTime := lexiconList("read-time")
	comments := alt(noise.inGroup("comments"))
	return &metaPatterns{
		byline:    bylinePattern(lexiconList("byline-leads")),
		leadWords: firstLetterRuns(lexiconList("byline-leads").texts()),
		label:     regexp.MustCompile(`(?i)(?:^|\s)` + alt(labels.texts()) + `(?:$|[\s:])`),
		labelKeys: prefilterKeys(labels),
		cut: regexp.MustCompile(`\s` + alt(lexiconList("metaline-cuts").texts()) + `\s+\S|\s` +
			alt(lexiconList("date-joiners").inGroup("cut a line")) + `\s+\S`),
		readTime: regexp.MustCompile(`(?i)^(?:` + alt(readTime.inGroup("lead")) + `\s*:?\s*)?` + readTimeCount + `\s*` + alt(readTime.inGroup("unit")) + `\.?(?:\s+` + alt(readTime.inGroup("label")) + `)?$`),
		readTimeEnd: regexp.MustCompile(`(?i)\s(?:` + alt(readTime.inGroup("lead")) + `\s*:?\s*` + readTimeCount + `\s*` + alt(readTime.inGroup("unit")) + `\.?(?:\s+` + alt(readTime.inGroup("label")) + `)?|` +
			readTimeCount + `\s*` + alt(readTime.inGroup("unit")) + `\.?\s+` + alt(readTime.inGroup("label")) + `)$`),
		noise: regexp.MustCompile(`(?i)^(?:` + alt(noise.inGroup("label")) + `\s*:.*|` +
			alt(noise.inGroup("section")) + `\s+\p{Lu}[\p{L} &]{0,` + strconv.Itoa(sectionNameChars) + `}|` +
			`\d+\s+` + alt(append(noise.inGroup("comments"), noise.inGroup("count")...)) + `|` +
			alt(noise.inGroup("none")) + `\s+` + comments + `|` + comments + `|\d+)$`),
		org:        regexp.MustCompile(`(?i)^` + alt(orgs.inGroup("first")) + `\b|\b` + alt(orgs.inGroup("anywhere")) + `\b`),
		gluedLead:  regexp.MustCompile(`^(` + alt(titleCased(lexiconList("byline-leads").inGroup(leadAnyCase))) + `)(\p{Lu}\p{Ll})`),
		gluedMonth: regexp.MustCompile(`(\p{Ll})(` + alt(titleCased(monthNames())) + `)(\.?\s+\d)`),
		authorList: regexp.MustCompile(`\s*(?:,|;|&|\b` + alt(lexiconList("author-conjunctions").texts()) + `\b)\s*`),
	}
})

// readTimeCount is the count of minutes of a reading time: a number, or
// the dashes a template shows until its script counts them ("-- min
// read", issue 10's WCXB tune page 0018).
const readTimeCount = `(?:\d+|--?)`

// bylinePattern builds metaPatterns.byline: each lead as its group says
// it may be capitalised, then an optional colon (a required one for the
// nouns' groups) and the name.
func bylinePattern(l wordList) *regexp.Regexp {
	var leads, colonLeads []string
	for _, e := range l.entries {
		first, size := utf8.DecodeRuneInString(e.text)
		up, low := regexp.QuoteMeta(string(unicode.ToUpper(first))), regexp.QuoteMeta(string(unicode.ToLower(first)))
		rest := regexp.QuoteMeta(e.text[size:])
		switch e.group {
		case leadCapital:
			leads = append(leads, up+rest)
		case leadCapitalColon:
			colonLeads = append(colonLeads, up+rest)
		case leadTwoCase, leadAnyCase:
			leads = append(leads, "["+up+low+"]"+rest)
			if e.group == leadAnyCase {
				leads = append(leads, regexp.QuoteMeta(strings.ToUpper(e.text)))
			}
			if strings.Contains(e.text, " ") {
				// A lead of several words set in title case, as a
				// template's label writes it: "Written By", "Posted By".
				// From a WCXB tune page's "Written By Angela
				// Holliday-Bell, MD*" (see titleCase for the figures).
				leads = append(leads, regexp.QuoteMeta(titleCase(e.text)))
			}
		case leadTwoCaseColon:
			colonLeads = append(colonLeads, "["+up+low+"]"+rest)
		default:
			panic("extract: lexicon/" + l.name + ".txt:" + strconv.Itoa(e.line) + ": unknown group " + quote(e.group))
		}
	}
	// A colon may end the lead with no space before the name ("Written
	// by:Elise Nass", a template's label and name side by side). From a
	// WCXB tune page; measured at e30c8e5, author accuracy on WCXB
	// articles tune 0.821 -> 0.824, check 0.770 holds, trafilatura
	// 0.719 / 0.606 hold.
	lead := `(?:` + strings.Join(leads, "|") + `)(?:\s*:\s*|\s+)`
	if len(colonLeads) > 0 {
		lead = `(?:` + lead + `|(?:` + strings.Join(colonLeads, "|") + `)\s*:\s*)`
	}
	return regexp.MustCompile(`^` + lead + `(\S.{0,` + strconv.Itoa(bylineNameChars) + `})$`)
}

// titleCase is s with each of its words capitalised: "written by" is
// "Written By". The title-case leads, with the plural and hedged labels
// of byline-leads.txt ("Authors:", "Author(s)", "Contributors:"),
// measured on a825dab: author accuracy on article pages (WCXB /
// trafilatura) tune 0.828/0.731 -> 0.831/0.735, check 0.773/0.609 ->
// 0.776/0.609, body F1 unchanged.
func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		r, size := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[size:]
	}
	return strings.Join(words, " ")
}

// firstLetterRuns is the set of the entries' first runs of letters,
// lowercased.
func firstLetterRuns(entries []string) map[string]bool {
	m := map[string]bool{}
	for _, e := range entries {
		end := strings.IndexFunc(e, func(r rune) bool { return !unicode.IsLetter(r) })
		if end < 0 {
			end = len(e)
		}
		m[strings.ToLower(e[:end])] = true
	}
	return m
}

// bylineLine reports whether text is a byline and returns it without its
// "By". weak is true for a byline whose name is one lowercase word, a
// user name such as "admin": it only counts beside a date.
func bylineLine(text string) (name string, ok bool) {
	name, ok, weak := metaLex().bylineOf(text)
	return name, ok && !weak
}

func (mp *metaPatterns) bylineOf(text string) (name string, ok, weak bool) {
	m := mp.byline.FindStringSubmatch(strings.TrimSpace(text))
	if m == nil {
		return "", false, false
	}
	name = strings.TrimRight(m[1], " .|")
	words := strings.Fields(name)
	if len(words) == 0 || len(words) > maxMetaWords || strings.ContainsAny(name, "!?") {
		return "", false, false
	}
	// "By the numbers", "By Sunday, …": a name's words are capitalised,
	// but for the article of an organisation's name ("By the Lavazza
	// Team": org-words.txt's first words, before one of its others).
	check := words[:min(capitalisedNameWords, len(words))]
	if len(words) > 1 && mp.org.MatchString(words[0]) && mp.org.MatchString(strings.Join(words[1:], " ")) {
		check = words[1:min(capitalisedNameWords+1, len(words))]
	}
	for _, w := range check {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) {
			if len(words) == 1 && len(w) <= maxUserName {
				return name, true, true
			}
			return "", false, false
		}
	}
	return name, true, false
}

// metaLine is what a line of article metadata says: "By Ana Ruiz |
// March 3, 2024 · 6 min read", "Posted on March 3, 2024 by Ana",
// "Claire Vidal – Publié le 5 octobre 2023".
type metaLine struct {
	byline              string
	published, modified Date
	// led is true for a line that is a byline's lead and its name alone
	// ("By Ana Ruiz", "Von Matthias Lauerer", "Written by: Jane Doe"),
	// not a bare name beside a date nor a lead inside a longer line.
	led bool
}

// nameRe matches a bare name: "Priya Nair", a capitalised word and up
// to maxNameWords more. A word in brackets may stand between two of
// them, a maiden or middle name: "Paramita (Guha) Ghosh" (issue 10's
// WCXB tune page 4295, whose date line went unread with the name); at
// the end it would be an affiliation ("Jane Doe (Reuters)").
var nameRe = regexp.MustCompile(`^\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:\(\p{Lu}[\p{L}\p{M}.'’-]*\)\s+)?\p{Lu}[\p{L}\p{M}.'’-]*){1,` + strconv.Itoa(maxNameWords) + `}$`)

// dated reports whether the line gives a date, published or modified.
func (m metaLine) dated() bool { return !m.published.IsZero() || !m.modified.IsZero() }

// datedMeta is parseMetaLine for the lines that count only with a date
// among their parts: a header's date line, a story's opening metadata.
func datedMeta(text string) (metaLine, bool) {
	m, ok := parseMetaLine(text)
	return m, ok && m.dated()
}

// parseMetaLine reads a line made only of bylines, dates and reading
// times, in any order and with any of the usual separators. ok is false
// when any part of the line is something else: then it is article text.
func parseMetaLine(text string) (m metaLine, ok bool) {
	text = strings.TrimSpace(text)
	if len(text) > maxMetaLine {
		// A paragraph, not a metadata line: checked before the glued
		// dates' regexps, which would read all of it.
		return m, false
	}
	if hasDigit(text) {
		text = gluedDateRe.ReplaceAllString(text, "$1 $2")
		text = gluedYearRe.ReplaceAllString(text, "$1 $2")
	}
	mp := metaLex()
	text = mp.unglue(text)
	if text == "" || len(text) > maxMetaLine || !mp.mayBeMeta(text) {
		return m, false
	}
	if loc := mp.readTimeEnd.FindStringIndex(text); loc != nil && loc[0] > 0 && hasDigit(text[:loc[0]]) {
		// "Travel September 8, 2021 5 min read": a header's kicker,
		// date and reading time as spans side by side, no separator
		// between. The reading time is passed over as a part of its own
		// would be, and the rest read. From issue 10's WCXB tune page
		// 0018, whose shown date went unread for the metadata's
		// publication nine years before it.
		text = strings.TrimRight(text[:loc[0]], " |·•⋅∙‧・･／｜/-–—")
	}
	if d, modified, isDate := dateLine(text); isDate {
		return m.addDate(d, modified), true
	}
	if name, isBy, isWeak := mp.bylineOf(text); isBy && !isWeak && !hasDigit(text) && len(splitMeta(text)) == 1 {
		// A byline alone, whose lead the cuts below would split:
		// "Written by Jane Doe".
		m.byline, m.led = name, true
		return m, true
	}
	var names, weak []string
	dated, bylined := false, false
	last := "" // the segment before, across the line's parts
	for _, part := range splitMeta(text) {
		cuts := []*regexp.Regexp{mp.label, mp.cut}
		if !mayFold(part, mp.labelKeys...) {
			cuts = cuts[1:]
		}
		prev := ""
		labelled := false // the segment before was an update's label
		for _, seg := range splitAt(part, cuts...) {
			seg = strings.Trim(seg, " ,;:-–—")
			before, lastSeg := prev, last
			prev, last = seg, seg
			afterUpdate := labelled
			labelled = seg != "" && mp.isMetaLabel(seg) && isUpdateLabel(seg)
			switch d, modified, isDate := dateLine(seg); {
			case clockOnly(seg):
				m = m.withClock(lastSeg, seg)
			case seg == "" || mp.readTime.MatchString(seg):
			case isDate:
				dated = true
				m = m.addDate(d, modified || afterUpdate)
			default:
				if name, isBy, isWeak := mp.bylineOf(seg); isBy && isWeak {
					weak = append(weak, name)
				} else if isBy && repeatsWord(before, name) {
					// "Room by Room", "Step by Step": an idiom in a
					// heading, the same word on both sides of the lead.
					return metaLine{}, false
				} else if isBy {
					bylined = true
					if n, d, ok := nameThenDate(name); ok {
						// "By Kathryn Giuffrida Mar 5, 2025": the name
						// and the date in one segment, no separator
						// between (issue 10's WCXB tune page 0098).
						name, dated = n, true
						m = m.addDate(d, false)
					}
					if m.byline == "" {
						m.byline = name
					}
				} else if nameRe.MatchString(seg) {
					names = append(names, seg)
				} else if mp.noise.MatchString(seg) || mp.isMetaLabel(seg) || wholePart(part, seg) && (isRoleTitle(seg) || isSectionWord(seg)) {
					// a category, tags, a comment count: passed over
				} else if n, d, ok := nameThenDate(seg); ok {
					dated = true
					names = append(names, n)
					m = m.addDate(d, false)
				} else if n, d, ok := dateThenName(seg); ok {
					dated = true
					names = append(names, n)
					m = m.addDate(d, false)
				} else if (m.byline != "" || len(names) > 0) && agencyCode(seg) {
					// "Autor: Peter Maahn/SP-X": the agency's code
					// after the name, not a name of its own.
				} else {
					return metaLine{}, false
				}
			}
		}
	}
	// A bare name or a user name counts as the byline only beside a
	// date: "Priya Nair · 22 January 2024". Alone it could be a heading
	// or a sentence.
	if !dated && !bylined {
		return metaLine{}, false
	}
	if m.byline == "" {
		if len(names) > 0 {
			m.byline = strings.Join(names, ", ")
		} else if len(weak) > 0 && dated {
			m.byline = weak[0]
		}
	}
	return m, true
}

// clockOnly reports whether seg is a time of day and nothing else
// ("13:10 Uhr", "1:10 pm"): a part of a metadata line beside its date
// ("04.02.2022 | 13:10 Uhr | Uta Helkenberg"), passed over as a reading
// time is, so that the rest of the line is still read. Alone, with no
// date or byline, the line stays no metadata line. The idea is issue
// 10's; with agencyCode, measured from 5ffaa40: author accuracy
// trafilatura tune 0.763 -> 0.767, check 0.619 -> 0.626 (with the
// refusals of readsAsName), WCXB articles 0.838 / 0.780 hold; dates
// hold (the clock is kept: withClock).
func clockOnly(seg string) bool {
	if !hasDigit(seg) {
		return false
	}
	d := readDateWords(seg)
	return d.clock && d.numbers == 1 && d.other == 0 && d.month <= 0 && !d.relative && !d.numericDate
}

// withClock is m with the date read from the part before a clock-only
// part read again with the clock ("04.02.2022" and "13:10 Uhr": 4
// February 2022 at 13:10), when that part was m's date.
func (m metaLine) withClock(date, clock string) metaLine {
	d, modified, ok := dateLine(date)
	if !ok {
		return m
	}
	both, bothModified, ok := dateLine(date + " " + clock)
	if !ok || bothModified != modified {
		return m
	}
	switch {
	case modified && m.modified.Text == d.Text:
		m.modified = both
	case !modified && m.published.Text == d.Text:
		m.published = both
	}
	return m
}

// isUpdateLabel reports whether label, a label of metaline-labels.txt
// alone, is one of date-labels.txt's update labels ("Last Updated"). A
// joiner cuts such a label from its date in a line with a byline ("Last
// Updated on April 8, 2024 by Amanda Brooks": "Last Updated", "on April
// 8, 2024", "by Amanda Brooks"), and the date is the update's, not the
// publication's. From issue 10's WCXB tune page 4884, whose update was
// taken for the publication over the metadata's.
func isUpdateLabel(label string) bool {
	return updateLabels()[strings.ToLower(collapse(label))]
}

var updateLabels = sync.OnceValue(func() map[string]bool { return lexiconList("date-labels").groupSet("modified") })

// unglue puts back the spaces of a header whose lead, name and date are
// inline elements side by side that a stylesheet sets on lines of their
// own: "<span>By</span><span>Kathryn Giuffrida</span><span>Mar 5,
// 2025</span>" is the text "ByKathryn GiuffridaMar 5, 2025". A one-word
// lead (byline-leads.txt's first group) glued to a capitalised word
// opens the line; a capitalised month's name (months.txt) glued to a
// lowercase letter, a day or year after it, is inside. From issue 10's
// WCXB tune page 0098, whose date line went unread.
func (mp *metaPatterns) unglue(text string) string {
	if !hasDigit(text) || !lowerThenUpper(text) {
		return text
	}
	text = mp.gluedLead.ReplaceAllString(text, "$1 $2")
	return mp.gluedMonth.ReplaceAllString(text, "$1 $2$3")
}

// lowerThenUpper reports whether a lowercase letter runs straight into
// an uppercase one in text, as in every seam unglue mends ("ByKathryn",
// "GiuffridaMar"): a cheap test that spares most lines its two patterns,
// which were 6% of an Extract's time on the trafilatura set.
func lowerThenUpper(text string) bool {
	lower := false
	for _, r := range text {
		if lower && unicode.IsUpper(r) {
			return true
		}
		lower = unicode.IsLower(r)
	}
	return false
}

// titleCased is each entry capitalised as titleCase does it.
func titleCased(entries []string) []string {
	out := make([]string, len(entries))
	for i, e := range entries {
		out[i] = titleCase(e)
	}
	return out
}

// mayBeMeta reports whether text could be a metadata line: parseMetaLine
// accepts only lines with a date or a byline. A date needs a digit (every
// reading of one in dates.go and datewords.go counts digits), and a
// byline starts with a word of byline-leads.txt, whole among the line's
// runs of letters. Most short lines of a body (headings, labels) have
// neither, and skip the line's full reading.
func (mp *metaPatterns) mayBeMeta(text string) bool {
	start := -1
	check := func(end int) bool {
		w := strings.ToLower(text[start:end])
		start = -1
		return mp.leadWords[w]
	}
	for i, r := range text {
		switch {
		case unicode.IsDigit(r):
			return true
		case unicode.IsLetter(r):
			if start < 0 {
				start = i
			}
		case start >= 0 && check(i):
			return true
		}
	}
	return start >= 0 && check(len(text))
}

func (m metaLine) addDate(d Date, modified bool) metaLine {
	if modified && m.modified.IsZero() {
		m.modified = d
	} else if !modified && m.published.IsZero() {
		m.published = d
	}
	return m
}

// isRoleTitle reports whether seg is a job title that a byline line
// carries beside the name and the date ("By Chris McNamara ⋅ Founder and
// Editor-in-Chief ⋅ Updated May 6, 2025"): words of author-roles.txt,
// joined by short lowercase words ("and", "of", "in"). A title is no
// person, and without this the whole line went unread, its date with it.
func isRoleTitle(seg string) bool {
	roles, role := authorRoles(), false
	for _, w := range strings.FieldsFunc(seg, func(r rune) bool { return !unicode.IsLetter(r) }) {
		switch lw := strings.ToLower(w); {
		case roles[lw]:
			role = true
		case len(w) > maxJoinWord || lw != w:
			return false
		}
	}
	return role
}

// isSectionWord reports whether seg is one word that is no name (the
// names were read before it): a section's name or a kicker beside the
// date ("blog | February 01, 2022", "24. April 2020 |
// Pressemitteilungen", "yas! | By Cara Stiles | April 13, 2020").
func isSectionWord(seg string) bool {
	seg = strings.TrimRight(seg, "!?.")
	if seg == "" || strings.ContainsFunc(seg, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		return false
	}
	return strings.ToUpper(seg) != seg || utf8.RuneCountInString(seg) > maxAcronym
}

// agencyCode reports whether seg is a news agency's code as a byline
// puts it after the name ("SP-X", "APA", "KNA"): one word of capitals, a
// digit or hyphen among them, of at most maxAcronym letters. The idea is
// issue 10's ("Autor: Name/SP-X" left the whole line unread).
func agencyCode(seg string) bool {
	letters := 0
	for _, r := range seg {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == '-' || unicode.IsDigit(r):
		default:
			return false
		}
	}
	return letters > 1 && letters <= maxAcronym
}

// maxAcronym is the longest all-capital word, in letters, that
// isSectionWord still takes for a name's initials or an agency ("AP",
// "DPA", "AFP") rather than a section: such a word is left for the byline.
const maxAcronym = 4

// wholePart reports whether seg is all of part, the text between two of
// the line's separators: a section's name or a job title stands alone
// there ("blog | February 01, 2022"), while a word that a cut left
// before "by" or a date label is part of a sentence ("Book by December
// 30, …").
func wholePart(part, seg string) bool {
	return strings.TrimSpace(strings.Trim(part, " ,;:-–—")) == seg
}

// maxJoinWord is the longest word, in bytes, isRoleTitle lets join the
// words of a title: "and", "of", "in", "at", "for".
const maxJoinWord = 3

// isMetaLabel reports whether seg is nothing but a publishing label:
// "Posted", "Updated".
func (mp *metaPatterns) isMetaLabel(seg string) bool {
	if !mayFold(seg, mp.labelKeys...) {
		return false
	}
	loc := mp.label.FindStringIndex(seg)
	return loc != nil && strings.TrimSpace(seg[:loc[0]]+seg[loc[1]:]) == ""
}

// nameThenDate reads a name run into a date with no separator: "Jose
// Altoveros 2019-11-20 14:35:08", "LinkNaija August 08, 2018".
func nameThenDate(seg string) (string, Date, bool) {
	words := strings.Fields(seg)
	if len(words) > maxMetaWords {
		return "", Date{}, false
	}
	for k := 1; k < len(words) && k <= maxNameWords; k++ {
		name, rest := strings.Join(words[:k], " "), strings.Join(words[k:], " ")
		r, _ := utf8.DecodeRuneInString(name)
		if !unicode.IsUpper(r) || hasDigit(name) {
			// "June 29, 2020 November 12, 2021" is two dates, not a name
			// and a date.
			return "", Date{}, false
		}
		if readDateWords(rest).isDate() {
			return name, parseDate(rest), true
		}
	}
	return "", Date{}, false
}

// dateThenName reads a date and the full name after it, past a comma:
// "1. Februar 2022, Daniel Dillenburg". One word there is more often a
// noun of the sentence than a name.
func dateThenName(seg string) (string, Date, bool) {
	i := strings.LastIndexByte(seg, ',')
	if i < 0 {
		return "", Date{}, false
	}
	date, name := strings.TrimSpace(seg[:i]), strings.TrimSpace(seg[i+1:])
	if len(strings.Fields(name)) < 2 || !nameRe.MatchString(name) || !readDateWords(date).isDate() {
		return "", Date{}, false
	}
	return name, parseDate(date), true
}

// gluedDateRe finds a numeric date run into the word before it, as
// adjacent inline elements with no space between them render: "Tanja
// Karrasch3.11.2023". One separator throughout and a four-digit year,
// so that a score run into a word ("Review8.5/10") is no date.
var gluedDateRe = regexp.MustCompile(`(\p{Ll})(\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}/\d{1,2}/\d{4}|\d{1,2}-\d{1,2}-\d{4})\b`)

// gluedYearRe finds a year run into the word after it: "April 26,
// 2024Updated on: October 28, 2024", two <time> elements side by side.
var gluedYearRe = regexp.MustCompile(`\b(\d{4})(\p{Lu}\p{Ll})`)

// splitMeta cuts a metadata line at its separators: bars, middle dots,
// bullets, dashes between spaces, and slashes that do not sit between
// two digits (so 11/19/19 stays whole).
func splitMeta(text string) []string {
	var out []string
	start := 0
	rs := []rune(text)
	pos := 0 // byte offset of rs[i]
	for i, r := range rs {
		size := utf8.RuneLen(r)
		cut := false
		switch r {
		case '|', '·', '•', '⋅', '∙', '‧', '・', '･', '／', '｜':
			cut = true
		case '/':
			cut = !(i > 0 && i+1 < len(rs) && unicode.IsDigit(rs[i-1]) && unicode.IsDigit(rs[i+1]))
		case '-', '–', '—':
			cut = i > 0 && i+1 < len(rs) && unicode.IsSpace(rs[i-1]) && unicode.IsSpace(rs[i+1])
		}
		if cut {
			out = append(out, text[start:pos])
			start = pos + size
		}
		pos += size
	}
	return append(out, text[start:])
}

// splitAt cuts s before every match of the patterns.
func splitAt(s string, res ...*regexp.Regexp) []string {
	var cuts []int
	for _, re := range res {
		for _, loc := range re.FindAllStringIndex(s, -1) {
			cuts = append(cuts, loc[0])
		}
	}
	if len(cuts) == 0 {
		return []string{s}
	}
	sort.Ints(cuts)
	var out []string
	prev := 0
	for _, c := range cuts {
		out = append(out, s[prev:c])
		prev = c
	}
	return append(out, s[prev:])
}

// bylineAuthors splits a byline into people: "Matthew Lee, The Associated
// Press" gives Matthew Lee; "Ana Ruiz and Bo Li" gives both.
func bylineAuthors(byline string) []string {
	people, _ := bylineParts(byline)
	return people
}

// bylineParts splits a byline into its people and its organisations:
// "Matthew Lee, The Associated Press" gives Matthew Lee and The
// Associated Press.
func bylineParts(byline string) (people, orgs []string) {
	mp := metaLex()
	for _, part := range mp.authorList.Split(byline, -1) {
		part = strings.TrimSpace(part)
		switch {
		case part == "" || !nameLength(part):
		case hasRole(part):
			// "Senior Writer" in "Aaron Ricadela, Senior Writer".
		case mp.org.MatchString(part):
			orgs = append(orgs, part)
		default:
			people = append(people, part)
		}
	}
	return people, orgs
}

// maxNameParticles is how many particles (lexicon/name-particles.txt)
// a person's name in a byline may hold besides its maxNameWords other
// words: "Marna van der Merwe", "José de la Cruz". From the WCXB tune
// pages' bylines (one dropped a co-author of five words).
const maxNameParticles = 2

// nameParticles are the lowercase words of surnames
// (lexicon/name-particles.txt).
var nameParticles = sync.OnceValue(func() map[string]bool { return lexiconList("name-particles").set() })

// nameLength reports whether part is no longer than a person's name: at
// most maxNameWords words besides up to maxNameParticles particles.
func nameLength(part string) bool {
	words, particles := 0, 0
	for _, w := range strings.Fields(part) {
		if nameParticles()[w] && particles < maxNameParticles {
			particles++
		} else {
			words++
		}
	}
	return words <= maxNameWords
}

// repeatsWord reports whether name is one word and the last word of
// before: the "X by X" of "Zero Waste Room by Room".
func repeatsWord(before, name string) bool {
	words := strings.Fields(before)
	return len(words) > 0 && !strings.Contains(name, " ") && strings.EqualFold(words[len(words)-1], name)
}

// monthNames are the names and abbreviations of months.txt of three
// letters or more: a shorter one glued to a word is a word's end.
func monthNames() []string {
	var out []string
	for _, m := range lexiconList("months").texts() {
		if utf8.RuneCountInString(m) >= 3 {
			out = append(out, m)
		}
	}
	return out
}
