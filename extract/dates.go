package extract

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/araddon/dateparse"
)

// parseDate parses a date as pages write it: ISO 8601 in metadata,
// "November 8, 2023 11:53 pm." or "09 November 2023" in visible text.
// Date.Text keeps the text as given; Date.Time is zero when no layout
// fits, and for a numeric date whose day and month could be either way
// round, or a relative date, until dateContext.parse reads it again with
// the page's language and the reference time. Parsing is done by
// github.com/araddon/dateparse, which knows hundreds of layouts; we only
// tidy what it trips on (weekday names, "p.m.", a closing full stop, "at"
// between date and time), and read the forms it refuses (datewords.go,
// dateforms.go).
func parseDate(s string) Date { return dateContext{}.parse(s) }

// parse is parseDate in context c.
func (c dateContext) parse(s string) Date {
	text := strings.TrimRight(collapse(s), ".,;|")
	if text == "" {
		return Date{}
	}
	t, prec := parseTime(text, c)
	if zone, rest, ok := zoneNamed(text); ok && !offsetRe.MatchString(text) {
		// "10:02 AM EST Nov 19, 2019": read the date without the zone's
		// name, then place its wall clock in the zone the name gives.
		if u, uprec := parseTime(rest, c); !u.IsZero() {
			if _, off := u.Zone(); off == 0 {
				u = time.Date(u.Year(), u.Month(), u.Day(), u.Hour(), u.Minute(), u.Second(), 0, zone)
			}
			t, prec = u, uprec
		}
	}
	if t.IsZero() && len(text) <= maxDateText {
		// A date that reads but falls outside any article's years
		// ("0001-01-01T00:00:00Z", a zero value a CMS wrote out) is no
		// date: keeping its text would show it as one.
		if u, err := dateparse.ParseStrict(text); err == nil && !plausibleYear(u) {
			return Date{}
		}
	}
	return Date{Text: text}.describe(t, prec)
}

// zoneNames maps the time zone abbreviations of zone-names.txt to their
// zones.
var zoneNames = sync.OnceValue(func() map[string]*time.Location {
	m := map[string]*time.Location{}
	for name, group := range lexiconList("zone-names").grouped() {
		off, err := time.Parse("-07:00", group)
		if err != nil {
			panic(fmt.Sprintf("zone-names.txt: %s: offset %q: %v", name, group, err))
		}
		_, secs := off.Zone()
		m[name] = time.FixedZone(name, secs)
	}
	return m
})

// zoneNamed finds a zone abbreviation of zone-names.txt in text, as a
// whole word, and returns its zone and the text without it.
func zoneNamed(text string) (*time.Location, string, bool) {
	names := zoneNames()
	for _, f := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if loc, ok := names[f]; ok {
			word := regexp.MustCompile(`\b` + f + `\b`) // f is letters only
			return loc, collapse(word.ReplaceAllString(text, " ")), true
		}
	}
	return nil, text, false
}

// reread reads a date again in context c when it was left unread: a
// numeric date of unknown order, a relative date.
func (c dateContext) reread(d Date) Date {
	if !d.Time.IsZero() || d.Text == "" || c.order == orderUnknown && c.usage == nil && c.ref.IsZero() {
		return d
	}
	return c.parse(d.Text)
}

const (
	// maxDateText is the longest text, in bytes, parseTime reads as a
	// date: a date, a time and a zone fit. From the seed pages.
	maxDateText = 80
	// minYear and maxYear bound the years a date of an article may
	// have: the web's, with room to spare.
	minYear, maxYear = 1990, 2100
)

// dateTidy are the patterns parseTime tidies a date with before
// dateparse reads it.
type dateTidy struct {
	// weekday is an English weekday at the start (weekday-stems.txt).
	weekday *regexp.Regexp
	// meridiem is "p.m." and "a.m.".
	meridiem *regexp.Regexp
	// at is what joins a date to its time (date-time-joiners.txt).
	at *regexp.Regexp
	// tzName is a zone's abbreviation at the end: "EST", "(CET)".
	tzName *regexp.Regexp
}

var dateTidyLex = sync.OnceValue(func() *dateTidy {
	return &dateTidy{
		weekday:  regexp.MustCompile(`(?i)^` + alt(lexiconList("weekday-stems").texts()) + `[a-z]*\.?,?\s+`),
		meridiem: regexp.MustCompile(`(?i)\b([ap])\.m\.?`),
		at:       regexp.MustCompile(`(?i)\s+` + alt(lexiconList("date-time-joiners").texts()) + `\s+`),
		tzName:   regexp.MustCompile(`\s+\(?[A-Z]{2,5}\)?$`),
	}
})

// parseTime reads text as a date and returns its time, and its precision
// when the reading knows it (PrecisionNone: describe reads it from the
// text). Two dates run together ("June 29, 2020 November 12, 2021") give
// none: no one date can be made of them.
func parseTime(text string, c dateContext) (t time.Time, prec DatePrecision) {
	if len(text) > maxDateText {
		return time.Time{}, PrecisionNone
	}
	defer func() {
		// dateparse has panicked on malformed input in the past; a date
		// we cannot read is not worth failing a page over.
		if recover() != nil {
			t, prec = time.Time{}, PrecisionNone
		}
	}()
	if t, ok := parseCJKDate(text); ok {
		if t.Hour() != 0 || t.Minute() != 0 || cjkDateRe.FindStringSubmatch(text)[4] != "" {
			return t, PrecisionMinute
		}
		return t, PrecisionDay
	}
	words := readDateWords(text)
	if words.twice {
		return time.Time{}, PrecisionNone
	}
	if words.numericDate && !isoDateRe.MatchString(text) || words.relative || words.unit == relToday || words.unit == relYesterday {
		// dateparse reads 03/04/2024 month first whatever the page's
		// language, and relative dates against the clock: pare orders and
		// places them itself.
		return words.resolve(c)
	}
	defer func() {
		if t.IsZero() {
			t, prec = words.resolve(c)
		}
	}()
	tidy := dateTidyLex()
	s := tidy.weekday.ReplaceAllString(text, "")
	s = tidy.meridiem.ReplaceAllString(s, "${1}m")
	s = tidy.at.ReplaceAllString(s, " ")
	for _, cand := range []string{s, tidy.tzName.ReplaceAllString(s, "")} {
		if t, err := dateparse.ParseStrict(cand); err == nil && plausibleYear(t) && words.agree(t, text) {
			return t, PrecisionNone
		}
	}
	return time.Time{}, PrecisionNone
}

// agree reports whether t, dateparse's reading of a date written with a
// month's name, has the parts the text's words name: the month, the day,
// the year and the clock's hour. dateparse takes a number left after a
// whole date for one of them: a forum's post number after "September 5,
// 2024, 11:15pm 1" became January, and a "3" after "4:32pm" the hour 15.
// When they disagree, the words' own reading (resolve) stands. Numeric
// and ISO forms are dateparse's to read ("+02:00" is no clock), and so
// is a written date with an offset. From issue 10's WCXB tune forum
// pages (Discourse threads: 0501, 0504, 0507, 1764, 1976, whose dates
// all read as January or the wrong hour).
func (d dateTokens) agree(t time.Time, text string) bool {
	if d.month < 0 || offsetRe.MatchString(text) {
		return true
	}
	return int(t.Month()) == d.month &&
		(d.day < 0 || t.Day() == d.day) &&
		(d.year < 0 || t.Year() == d.year) &&
		(d.hour < 0 || t.Hour() == d.hour)
}

// cjkDateRe matches dates written with the year, month and day signs of
// Chinese and Japanese (年月日, 時分) or Korean (년월일, 시분), which
// dateparse does not read: "2024年4月15日 18時30分".
var cjkDateRe = regexp.MustCompile(`^(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?(?:\s*\(.\))?(?:\s*(\d{1,2})\s*(?:[時시:])\s*(\d{1,2})\s*[分분]?)?$`)

func parseCJKDate(s string) (time.Time, bool) {
	m := cjkDateRe.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return time.Time{}, false
	}
	n := func(s string) int {
		v := 0
		for _, c := range s {
			v = v*10 + int(c-'0')
		}
		return v
	}
	t := time.Date(n(m[1]), time.Month(n(m[2])), n(m[3]), n(m[4]), n(m[5]), 0, 0, time.UTC)
	if t.Month() != time.Month(n(m[2])) || !plausibleYear(t) {
		return time.Time{}, false
	}
	return t, true
}

func plausibleYear(t time.Time) bool { return t.Year() >= minYear && t.Year() <= maxYear }

const (
	// maxDateLine is the longest date line, in bytes: a label, a date, a
	// time and a zone. From the benchmark sets' date lines.
	maxDateLine = 100
	// minDateChars and maxDateChars bound the date after a label in a
	// date line: "3/3/24" is the shortest. From the benchmark sets.
	minDateChars, maxDateChars = 6, 60
	// maxDateLabel and maxDateLabelWords bound a label of a few words
	// before a colon ("기사입력 : 2018-08-25", "Stand: 12.03.2021").
	// From the benchmark sets' date lines.
	maxDateLabel      = 30
	maxDateLabelWords = 3
)

// dateLines are the patterns of date lines, built once from the lexicon.
type dateLines struct {
	// line recognises a line that states when an article was posted or
	// updated, in the languages pare's users read most
	// (date-labels.txt, date-joiners.txt). The label says which date
	// it is; the rest is the date itself.
	line *regexp.Regexp
	// lead is the word that joins a date to the label or name before
	// it: "on March 3", "le 5 octobre", "am 3. März" (date-joiners.txt).
	lead *regexp.Regexp
	// label splits a label of a few words from what follows its colon:
	// "기사입력 : 2018-08-25", "Stand: 12.03.2021".
	label *regexp.Regexp
}

var dateLineLex = sync.OnceValue(func() *dateLines {
	labels, joiners := lexiconList("date-labels"), lexiconList("date-joiners").texts()
	return &dateLines{
		line: regexp.MustCompile(`(?i)^(?:(` + alt(labels.inGroup("modified")) + `)|(` +
			alt(labels.inGroup("published")) + `))(?:\s+` + alt(joiners) + `)?\s*:?\s+(.{` +
			strconv.Itoa(minDateChars) + `,` + strconv.Itoa(maxDateChars) + `})$`),
		lead:  regexp.MustCompile(`(?i)^` + alt(joiners) + `\s+`),
		label: regexp.MustCompile(`^([^\d:]{1,` + strconv.Itoa(maxDateLabel) + `}?)\s*:\s*\[?\s*(.+?)\s*\]?$`),
	}
})

// dateLine reports whether text is a "Posted …" / "Updated …" line, or a
// line holding nothing but a date, and returns the date. modified is true
// for an update label.
func dateLine(text string) (d Date, modified, ok bool) {
	text = strings.Trim(text, " ,;-–—()[]")
	if len(text) > maxDateLine || !hasDigit(text) {
		return Date{}, false, false
	}
	dl := dateLineLex()
	if m := dl.line.FindStringSubmatch(text); m != nil && isDateText(m[3]) {
		return parseDate(m[3]), m[1] != "", true
	}
	if isDateText(text) {
		return parseDate(dl.lead.ReplaceAllString(text, "")), false, true
	}
	if m := dl.label.FindStringSubmatch(text); m != nil && wordsAtMost(m[1], maxDateLabelWords) && isDateText(m[2]) {
		return parseDate(m[2]), false, true
	}
	return Date{}, false, false
}

// isDateText reports whether s is a date and nothing else, by its words
// (see datewords.go). dateparse is not asked: it reads a date out of
// "March 3, 2024 by Ana" and would take bylines for dates.
func isDateText(s string) bool {
	if _, ok := parseCJKDate(s); ok {
		return true
	}
	return readDateWords(s).isDate()
}

func hasDigit(s string) bool {
	return strings.ContainsAny(s, "0123456789")
}

// sameDay reports whether a and b fall on one calendar day, each read in
// its own zone.
func sameDay(a, b time.Time) bool {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return ay == by && am == bm && ad == bd
}

// sameDate reports whether two dates name the same moment, or the same
// wall-clock time when one of them has no zone (visible text rarely
// gives one).
func sameDate(a, b time.Time) bool {
	if a.Equal(b) {
		return true
	}
	if !sameDay(a, b) {
		return false
	}
	ah, amin, _ := a.Clock()
	bh, bmin, _ := b.Clock()
	return ah == bh && amin == bmin || ah == 0 && amin == 0 || bh == 0 && bmin == 0
}

// maxZoneOffset and zoneStep are the time zones' offsets from UTC: at
// most 14 hours (Kiribati's UTC+14), in quarter hours (Nepal's UTC+5:45),
// as the tz database has them.
const (
	maxZoneOffset = 14 * time.Hour
	zoneStep      = 15 * time.Minute
)

// sameMoment reports whether a time a page shows (without a zone, so read
// as UTC) and a time from metadata are one moment written in two zones:
// they differ by a whole zone offset, at most 14 hours in quarter hours.
func sameMoment(shown, meta time.Time) bool {
	if sameDate(shown, meta) {
		return true
	}
	if _, off := shown.Zone(); off != 0 {
		return false
	}
	d := shown.Sub(meta)
	if d < 0 {
		d = -d
	}
	return d <= maxZoneOffset && d%zoneStep == 0
}
