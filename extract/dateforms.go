package extract

import (
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The forms of a date that need more than its text to read: a numeric
// date whose day and month could be either way round ("03/04/2024"),
// which the page's language orders, and a relative date ("3 hours ago"),
// which only a reference time the caller gives can place. dateContext
// carries both; what the text alone says (its precision, its zone) is
// read here too.

// dateOrder is how a numeric date with its year last is read when its
// day and month could be either.
type dateOrder uint8

const (
	orderUnknown dateOrder = iota // leave it unread
	dayFirst                      // 03/04/2024 is 3 April
	monthFirst                    // 03/04/2024 is March 4
)

// dateContext is what a date is read against: the order of day and month
// of the page's language, the page's own numeric dates (usage), and
// Options.ReferenceTime.
type dateContext struct {
	order dateOrder
	usage *dateUsage // nil: no page to consult
	ref   time.Time
}

// dateUsage is the order of day and month a page's own numeric dates
// show: read once, when an ambiguous date first needs it.
type dateUsage struct {
	blocks []block
	doc    *html.Node // for <time datetime> and <meta content>
	url    string     // for a date in its path (/2023/10/03/)

	read  bool
	order dateOrder

	daysRead bool
	days     map[[3]int]bool // year, month, day: see writes
}

// numericDateRe matches a numeric date with a four-digit year last:
// "12/18/2025", "24.11.2025", "3-4-2025".
var numericDateRe = regexp.MustCompile(`(?:^|[^\d./-])(\d{1,2})([./-])(\d{1,2})[./-](\d{4})(?:$|[^\d./-]|\.(?:$|\D))`)

// orderUsed returns the order of day and month the page's own numeric
// dates show: the order every one of them that has a part over 12 fits
// ("12/18/2025" is month first), or orderUnknown when none has, or they
// disagree. A site writes its dates one way, so a date that could be
// read either way is read as its neighbours are. Only four-digit years
// count, so that version numbers and scores are not taken for dates.
func (u *dateUsage) orderUsed() dateOrder {
	if u == nil {
		return orderUnknown
	}
	if u.read {
		return u.order
	}
	u.read = true
	seen := orderUnknown
	for i := range u.blocks {
		t := u.blocks[i].text
		if !hasDigit(t) {
			continue
		}
		for _, m := range numericDateRe.FindAllStringSubmatch(t, -1) {
			a, _ := strconv.Atoi(m[1])
			b, _ := strconv.Atoi(m[3])
			var o dateOrder
			switch {
			case a > 12 && a <= 31 && b <= 12:
				o = dayFirst
			case b > 12 && b <= 31 && a <= 12:
				o = monthFirst
			default:
				continue
			}
			if seen != orderUnknown && seen != o {
				return orderUnknown
			}
			seen = o
		}
	}
	u.order = seen
	return seen
}

// yearFirstRe matches a year-first date, "2025-12-02", whose order no
// page can mistake.
var yearFirstRe = regexp.MustCompile(`(?:^|\D)(\d{4})-(\d{2})-(\d{2})(?:\D|$)`)

// urlDateRe matches a date in a URL's path, year first, its month a
// number or a name: "/2025/12/02/", "/2023/october/03/".
var urlDateRe = regexp.MustCompile(`/(\d{4})/(\d{1,2}|\p{L}{3,9})/(\d{1,2})(?:/|$|[-_.])`)

// writes reports whether the page writes the day year-month-day where
// its order cannot be mistaken: year first in its text, in a <time
// datetime> or a <meta content>, or in its URL's path. A numeric date
// that could be read either way is read as the day the page also writes
// plainly (numericParts): "02-12-2025" beside <time
// datetime="2025-12-02">, "03/10/2023" in a page under /2023/october/03/.
// It is the same date written twice, which a coincidence rarely makes.
func (u *dateUsage) writes(year, month, day int) bool {
	if u == nil {
		return false
	}
	if !u.daysRead {
		u.daysRead = true
		u.days = map[[3]int]bool{}
		add := func(y, m, d string) {
			yy, _ := strconv.Atoi(y)
			mm, err := strconv.Atoi(m)
			if err != nil {
				mm = int(dateLex().months[strings.ToLower(m)])
			}
			dd, _ := strconv.Atoi(d)
			if mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31 {
				u.days[[3]int{yy, mm, dd}] = true
			}
		}
		scan := func(t string) {
			if strings.Count(t, "-") < 2 {
				return
			}
			for _, m := range yearFirstRe.FindAllStringSubmatch(t, -1) {
				add(m[1], m[2], m[3])
			}
		}
		for i := range u.blocks {
			if hasDigit(u.blocks[i].text) {
				scan(u.blocks[i].text)
			}
		}
		if u.doc != nil {
			walk(u.doc, func(n *html.Node) bool {
				switch n.DataAtom {
				case atom.Time:
					scan(attr(n, "datetime"))
				case atom.Meta:
					scan(attr(n, "content"))
				case atom.Script, atom.Style:
					return false
				}
				return true
			})
		}
		if path := urlPath(u.url); path != "" {
			for _, m := range urlDateRe.FindAllStringSubmatch(path, -1) {
				add(m[1], m[2], m[3])
			}
		}
	}
	return u.days[[3]int{year, month, day}]
}

// urlPath is the path of a URL, "" when it has none or does not parse.
func urlPath(s string) string {
	u, err := url.Parse(s)
	if err != nil {
		return ""
	}
	return u.Path
}

// monthFirstLangs are the languages whose numeric dates put the month
// first (month-first-langs.txt).
var monthFirstLangs = sync.OnceValue(func() map[string]bool { return lexiconList("month-first-langs").set() })

// orderFor is the order of day and month in numeric dates written in
// lang (a BCP 47 tag): month first for the tags of month-first-langs.txt
// (US English, and English without a region, as most of the web's is
// American), day first for every other language, unknown without one.
func orderFor(lang string) dateOrder {
	lang = strings.ToLower(strings.ReplaceAll(strings.TrimSpace(lang), "_", "-"))
	if lang == "" {
		return orderUnknown
	}
	if monthFirstLangs()[lang] {
		return monthFirst
	}
	return dayFirst
}

// Relative date units and words (relative-dates.txt groups).
const (
	relToday     = "today"
	relYesterday = "yesterday"
)

// relativeWords maps the words of relative dates to their group.
var relativeWords = sync.OnceValue(func() map[string]string { return lexiconList("relative-dates").grouped() })

// resolve returns the date the tokens spell out and its precision, or a
// zero time when a part is missing, two dates were run together, a
// numeric date's order is unknown, or a relative date has no reference.
func (d dateTokens) resolve(c dateContext) (time.Time, DatePrecision) {
	if d.twice {
		return time.Time{}, PrecisionNone
	}
	if d.relative || d.unit == relToday || d.unit == relYesterday {
		return d.relativeTime(c.ref)
	}
	day, month, year := d.day, d.month, d.year
	if d.numericDate {
		var ok bool
		if year, month, day, ok = d.numericParts(c.order, c.usage); !ok {
			return time.Time{}, PrecisionNone
		}
	}
	if month < 1 || year < 1 {
		return time.Time{}, PrecisionNone
	}
	if day < 1 {
		// "April 2025": a month, not its first day.
		if d.clock {
			return time.Time{}, PrecisionNone
		}
		return time.Date(year, time.Month(month), 1, 0, 0, 0, 0, time.UTC), PrecisionMonth
	}
	prec := PrecisionDay
	h, m := 0, 0
	if d.clock {
		h, m, prec = d.hour, d.minute, PrecisionMinute
	}
	t := time.Date(year, time.Month(month), day, h, m, 0, 0, time.UTC)
	if t.Day() != day || int(t.Month()) != month || !plausibleYear(t) {
		return time.Time{}, PrecisionNone
	}
	return t, prec
}

// numericParts orders a numeric date's parts. Year first is always
// year-month-day. Year last is settled by a part over 12; else by the
// order the page's other numeric dates show (dateUsage); else dotted
// dates ("23.07.2025") are day first, as every language that writes
// them by habit does; else the page language's order.
func (d dateTokens) numericParts(order dateOrder, usage *dateUsage) (year, month, day int, ok bool) {
	var n [3]int
	for i, p := range d.num {
		n[i], _ = strconv.Atoi(strings.TrimRightFunc(p, isLetterRune))
	}
	if len(d.num[0]) == 4 {
		return n[0], n[1], n[2], true
	}
	year = n[2]
	if len(d.num[2]) == 2 {
		// Two digits: this century, but for the 1990s (minYear).
		year += 2000
		if year >= 2000+minYear%100 {
			year -= 100
		}
	}
	a, b := n[0], n[1]
	switch {
	case a > 12:
		return year, b, a, true
	case b > 12:
		return year, a, b, true
	case a == b:
		return year, a, a, true
	}
	if dm, md := usage.writes(year, b, a), usage.writes(year, a, b); dm != md {
		if dm {
			return year, b, a, true
		}
		return year, a, b, true
	}
	if usage == nil && order == orderUnknown {
		// Read without the page (parseDate): left for the page's
		// context to read (dateContext.reread), whose dates may say
		// the dotted form is month first.
		return 0, 0, 0, false
	}
	switch used := usage.orderUsed(); {
	case used == dayFirst:
		return year, b, a, true
	case used == monthFirst:
		return year, a, b, true
	case d.numSep == '.' || order == dayFirst:
		return year, b, a, true
	case order == monthFirst:
		return year, a, b, true
	}
	return 0, 0, 0, false
}

// relativeTime counts a relative date back from ref: "3 hours ago" to the
// minute, "2 days ago" and "yesterday" to the day. Without ref there is
// nothing to count from, and the date stays unread.
func (d dateTokens) relativeTime(ref time.Time) (time.Time, DatePrecision) {
	if ref.IsZero() {
		return time.Time{}, PrecisionNone
	}
	n := d.count
	switch d.unit {
	case relToday:
		return ref, PrecisionDay
	case relYesterday:
		return ref.AddDate(0, 0, -1), PrecisionDay
	case "minute":
		return ref.Add(-time.Duration(n) * time.Minute), PrecisionMinute
	case "hour":
		return ref.Add(-time.Duration(n) * time.Hour), PrecisionMinute
	case "day":
		return ref.AddDate(0, 0, -n), PrecisionDay
	case "week":
		return ref.AddDate(0, 0, -7*n), PrecisionDay
	case "month":
		return ref.AddDate(0, -n, 0), PrecisionMonth
	case "year":
		return ref.AddDate(-n, 0, 0), PrecisionMonth
	}
	return time.Time{}, PrecisionNone
}

// isoDateRe reads the forms of ISO 8601 metadata gives, for their
// precision and zone: 2024-03-05, 2024-03-05T10:22, 2024-03-05T10:22:05.123+02:00.
var isoDateRe = regexp.MustCompile(`^\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(:\d{2})?(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$`)

// offsetRe finds a numeric zone offset or an explicit UTC/GMT in a
// date's text: "+0200", "GMT+2", "10:22 UTC".
var offsetRe = regexp.MustCompile(`(?i)(?:\d(?:Z|[+-]\d{2}:?\d{2})$|\b(?:utc|gmt)\b)`)

// describe sets d's Precision and Zoned from its text and the time read
// from it, and takes off a zone the page did not give: a time read as
// UTC because it had none keeps its wall clock, marked not zoned.
func (d Date) describe(t time.Time, prec DatePrecision) Date {
	d.Time = t
	if t.IsZero() {
		d.Precision, d.Zoned = PrecisionNone, false
		return d
	}
	text := strings.TrimSpace(d.Text)
	if m := isoDateRe.FindStringSubmatch(text); m != nil {
		switch {
		case m[1] != "":
			prec = PrecisionSecond
		case strings.ContainsAny(text, ":"):
			prec = PrecisionMinute
		default:
			prec = PrecisionDay
		}
		d.Zoned = m[2] != ""
	} else {
		if prec == PrecisionNone {
			w := readDateWords(text)
			switch {
			case w.seconds:
				prec = PrecisionSecond
			case w.clock || meridiemRe.MatchString(text):
				prec = PrecisionMinute
			default:
				prec = PrecisionDay
			}
		}
		_, off := t.Zone()
		w := readDateWords(text)
		// A relative date's zone is the reference time's, the caller's
		// and not the page's.
		relative := w.relative || w.unit == relToday || w.unit == relYesterday
		d.Zoned = !relative && prec >= PrecisionMinute && (offsetRe.MatchString(text) || off != 0)
	}
	if prec <= PrecisionDay {
		// A day has no zone: the page's day is the day, wherever it is read.
		d.Zoned = false
		y, mo, day := t.Date()
		t = time.Date(y, mo, day, 0, 0, 0, 0, time.UTC)
	} else if !d.Zoned {
		y, mo, day := t.Date()
		t = time.Date(y, mo, day, t.Hour(), t.Minute(), t.Second(), 0, time.UTC)
	}
	d.Time, d.Precision = t, prec
	return d
}

// meridiemRe finds an hour given with am or pm: "3pm", "10 a.m.".
var meridiemRe = regexp.MustCompile(`(?i)\d\s*[ap]\.?m\b`)

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

func isLetterRune(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }
