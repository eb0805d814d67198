package metrics

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// isoDayRe reads a date that opens with year, month and day in that order
// (ISO 8601 and its relatives: 2024-03-05, 2024-03-05T10:00:00+02:00,
// 2024-03-05 10:00, 2024/03/05, 2024.03.05, and the one label of the
// trafilatura set written 2019-05.17); isoMonthRe a month alone (2015-11,
// as two WCXB labels are).
var (
	isoDayRe   = regexp.MustCompile(`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s]|[+-]\d|Z)`)
	isoMonthRe = regexp.MustCompile(`^(\d{4})-(\d{1,2})$`)
)

// dayLayouts are the other forms Day reads, for an output that gives its
// date as text: the layouts of Go's time package for mail and HTTP dates,
// and the common English and dotted European forms.
var dayLayouts = []string{
	time.RFC1123Z, time.RFC1123, time.RFC850, time.RFC822Z, time.RFC822, time.ANSIC, time.UnixDate,
	"Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006",
	"January 2, 2006", "Jan 2, 2006", "2 January 2006", "2 Jan 2006",
	"02.01.2006", "2.1.2006", "02.01.2006 15:04",
}

// Day is the calendar day a date names, as "2006-01-02", in the zone it
// is written in: 2024-03-05T23:30:00-05:00 is the 5th, though it is the
// 6th in UTC, since a reader of the page sees the 5th. A month alone
// ("2015-11") gives "2015-11". ok is false when s is no date Day reads
// (see isoDayRe and dayLayouts) or names no real day.
func Day(s string) (day string, ok bool) {
	s = strings.TrimSpace(s)
	if m := isoDayRe.FindStringSubmatch(s); m != nil {
		return ymd(m[1], m[2], m[3])
	}
	if m := isoMonthRe.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		if mo < 1 || mo > 12 {
			return "", false
		}
		return fmt.Sprintf("%04d-%02d", y, mo), true
	}
	for _, layout := range dayLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format(time.DateOnly), true
		}
	}
	return "", false
}

// ymd checks that year, month and day name a real day and writes it.
func ymd(ys, ms, ds string) (string, bool) {
	y, _ := strconv.Atoi(ys)
	m, _ := strconv.Atoi(ms)
	d, _ := strconv.Atoi(ds)
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Year() != y || int(t.Month()) != m || t.Day() != d {
		return "", false
	}
	return t.Format(time.DateOnly), true
}

// MatchDay compares an output's publication date with the label: right
// when both name the same calendar day (see Day). A label naming only a
// month is matched by any day of that month. A label Day cannot read
// counts as no label; an output Day cannot read is wrong.
func MatchDay(label, got string) Match {
	l, ok := Day(label)
	if !ok {
		return Unlabelled
	}
	if strings.TrimSpace(got) == "" {
		return Empty
	}
	g, ok := Day(got)
	switch {
	case !ok:
		return Wrong
	case g == l, len(l) == len("2006-01") && strings.HasPrefix(g, l+"-"):
		return Right
	}
	return Wrong
}
