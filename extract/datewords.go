package extract

import (
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
)

// Dates as pages show them are written in the reader's language:
// "22 de janeiro de 2018 às 0:13", "11 октября 2018", "Wednesday 20
// November 2019 11:42, UK". This file recognises such a date by its words
// and reads the ones dateparse cannot. It is a small table of month and
// weekday names (lexicon/months.txt, date-fillers.txt), not a general
// date parser: the general one with every
// locale, github.com/markusmobius/go-dateparser, runs its patterns on a
// WebAssembly regexp engine, too heavy for a check run on every short
// line of every page.

// dateWords are the words dates are read by, from the lexicon.
type dateWords struct {
	// months maps month names and their usual abbreviations, lowercase,
	// to the month (months.txt).
	months map[string]time.Month
	// fillers are the words that sit between the parts of a date or
	// around it, by their group in date-fillers.txt: weekdays, "de",
	// "at", "um", "Uhr", the words of relative dates ("3 hours ago",
	// "vor 2 Tagen").
	fillers map[string]string
}

// date-fillers.txt groups the code reads.
const (
	fillerRelative   = "relative" // makes a relative date
	fillerAfterNoon  = "pm"       // the hour before it gains 12
	fillerBeforeNoon = "am"       // twelve o'clock before it is midnight
)

var dateLex = sync.OnceValue(func() *dateWords {
	l := lexiconList("months")
	d := &dateWords{months: make(map[string]time.Month, len(l.entries)), fillers: lexiconList("date-fillers").grouped()}
	for _, e := range l.entries {
		m, err := strconv.Atoi(e.group)
		if err != nil || m < 1 || m > 12 {
			panic("extract: lexicon/months.txt:" + strconv.Itoa(e.line) + ": " + quote(e.text) + " is in no month [1] to [12]")
		}
		d.months[e.text] = time.Month(m)
	}
	return d
})

// maxAbbrev is the longest word, in bytes, a full stop may close inside a
// date ("Nov.", "a.m.", "Sept."): a longer one ends a sentence.
const maxAbbrev = 5

// dateTokens is what a line holds, seen as a date.
type dateTokens struct {
	day, month, year, hour, minute int  // -1 when absent
	numericDate                    bool // 2024-03-01, 01.03.2024, 3/1/24
	relative                       bool // "3 hours ago"
	clock                          bool
	seconds                        bool // the clock has seconds: 10:22:05
	other                          int  // words that belong to no date
	numbers                        int
	// twice is true when the text names two months, two years or two
	// numeric dates: two dates run together ("June 29, 2020 November 12,
	// 2021"), of which no one date can be made.
	twice bool
	// num holds a numeric date's three parts as written, and numSep its
	// first separator ('.', '/' or '-'), for dateContext to order.
	num    [3]string
	numSep byte
	// count is the last plain number, and unit and back the words of a
	// relative date (relative-dates.txt): "3 hours ago" has count 3 and
	// unit "hour"; "yesterday" has unit "yesterday".
	count int
	unit  string
}

// readDateWords tokenises s and sorts its tokens into the parts of a
// date. Words that are not a date's count as other.
func readDateWords(s string) dateTokens {
	d := dateTokens{day: -1, month: -1, year: -1, hour: -1, minute: -1}
	words := dateLex()
	for _, tok := range dateSplit(s) {
		lower := strings.ToLower(tok)
		word := strings.TrimSuffix(lower, ".")
		r, _ := utf8.DecodeRuneInString(tok)
		if unicode.IsDigit(r) {
			d.number(tok)
			continue
		}
		if d.unit != "" && words.fillers[word] == fillerRelative {
			// "3 hours ago": after a unit, "ago" is no August (Spanish
			// "ago.").
			d.relative = true
			continue
		}
		if m := words.months[word]; m != 0 {
			d.twice = d.twice || d.month > 0
			d.month = int(m)
			continue
		}
		if u, ok := relativeWords()[word]; ok && lower == word {
			d.unit = u
		}
		group, filler := words.fillers[word]
		switch {
		case !filler:
			d.other++
		case lower != word:
			// dateSplit trims full stops off its tokens; a word that
			// kept one only passes.
		case group == fillerRelative:
			d.relative = true
		case group == fillerAfterNoon, group == fillerBeforeNoon:
			d.meridiem(group)
		}
	}
	return d
}

// meridiem applies a filler group of date-fillers.txt to the clock read
// so far: after noon the hour gains 12, and twelve before noon is
// midnight. The meridiem may stand as a word ("11:15 pm") or run into
// the clock ("11:15pm").
func (d *dateTokens) meridiem(group string) {
	switch {
	case d.hour < 0:
	case group == fillerAfterNoon && d.hour < 12:
		d.hour += 12
	case group == fillerBeforeNoon && d.hour == 12:
		d.hour = 0
	}
}

// number sorts one run of digits and separators.
func (d *dateTokens) number(tok string) {
	d.numbers++
	tok = strings.TrimRight(tok, ".")
	if i := strings.IndexAny(tok, ":h"); i > 0 && i < len(tok)-1 {
		h, err1 := strconv.Atoi(tok[:i])
		m, err2 := strconv.Atoi(tok[i+1 : min(len(tok), i+3)])
		if err1 == nil && err2 == nil && h < 24 && m < 60 {
			rest := tok[min(len(tok), i+3):]
			d.seconds = len(rest) >= 3 && rest[0] == ':' && isDigits(rest[1:3])
			// "11:15pm", "12:05am": the meridiem run into the clock.
			d.hour, d.minute, d.clock = h, m, true
			mer := strings.TrimLeftFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
			d.meridiem(dateLex().fillers[strings.ToLower(mer)])
		}
		return
	}
	parts := strings.FieldsFunc(tok, func(r rune) bool { return r == '-' || r == '/' || r == '.' })
	if len(parts) == 3 {
		if numericDate(parts) {
			d.twice = d.twice || d.numericDate
			d.numericDate = true
			copy(d.num[:], parts)
			d.numSep = tok[strings.IndexAny(tok, "-/.")]
		}
		return
	}
	digits := strings.TrimRightFunc(tok, unicode.IsLetter) // 1st, 2nd, 3e
	n, err := strconv.Atoi(digits)
	if err == nil {
		d.count = n
	}
	switch {
	case err != nil:
	case len(digits) == 4 && n >= minYear && n <= maxYear:
		d.twice = d.twice || d.year > 0
		d.year = n
	case n >= 1 && n <= 31 && d.day < 0:
		d.day = n
	}
}

// numericDate reports whether three numbers make a date: year first
// (2024-03-01) or last (01.03.2024, 3/1/24), with a day and a month
// that exist. A phone number (303-952-7683) does not.
func numericDate(parts []string) bool {
	var n [3]int
	for i, p := range parts {
		p = strings.TrimRightFunc(p, unicode.IsLetter) // 2024-03-01T10
		v, err := strconv.Atoi(p)
		if err != nil || len(p) > 4 || i == 1 && len(p) > 2 {
			return false
		}
		n[i] = v
	}
	dayMonth := func(a, b int) bool { return a >= 1 && b >= 1 && a <= 31 && b <= 31 && (a <= 12 || b <= 12) }
	switch {
	case len(parts[0]) == 4:
		return n[0] >= minYear && n[0] <= maxYear && n[1] >= 1 && n[1] <= 12 && n[2] >= 1 && n[2] <= 31
	case len(parts[2]) == 4:
		return n[2] >= minYear && n[2] <= maxYear && dayMonth(n[0], n[1])
	case len(parts[2]) == 2:
		return dayMonth(n[0], n[1])
	}
	return false
}

// dateSplit cuts s into words and into runs of digits with the
// separators dates use inside them ("2018-08-25", "15:24", "6h30"). A
// number written after "#" is a post's or an item's number, no part of a
// date, and is left out: a forum's "#1 · Jan 15, 2024" is the 15th, not
// the 1st (issue 10's WCXB tune forum pages 0529, 4317, whose every post
// was dated by its number).
func dateSplit(s string) []string {
	var out []string
	start := -1
	digits := false
	prev := rune(0)
	numbered := false // the run of digits being read follows a "#"
	flush := func(i int) {
		if start >= 0 {
			if !numbered {
				out = append(out, strings.Trim(s[start:i], "-./:"))
			}
			start, numbered = -1, false
		}
	}
	for i, r := range s {
		before := prev
		prev = r
		isDigit := unicode.IsDigit(r)
		inWord := unicode.IsLetter(r) || unicode.IsMark(r) || r == '\'' || r == '-' && start >= 0 && !digits
		inNumber := isDigit || start >= 0 && digits && (strings.ContainsRune("-/.:h", r) || unicode.IsLetter(r))
		switch {
		case start >= 0 && digits && inNumber, start >= 0 && !digits && inWord:
		case start >= 0 && !digits && r == '.' && i-start <= maxAbbrev: // "Nov.", "a.m."
		default:
			flush(i)
			if isDigit || inWord {
				start, digits = i, isDigit
				numbered = isDigit && before == '#'
			}
		}
	}
	flush(len(s))
	return out
}

// isDate reports whether the tokens make a date and nothing else: a day
// with a month, a month with a year, a numeric date, a year with a clock,
// or a relative date ("2 hours ago").
func (d dateTokens) isDate() bool {
	if d.other > 0 || d.numbers == 0 && d.unit != relToday && d.unit != relYesterday || d.twice {
		return false
	}
	return d.numericDate || d.month > 0 && (d.day > 0 || d.year > 0) ||
		d.year > 0 && d.clock || d.relative
}
