package extract

import (
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"
)

func TestParseMetaLine(t *testing.T) {
	tests := []struct {
		line      string
		ok        bool
		byline    string
		published string // Date.Text
		modified  string
	}{
		{"By Matthew Lee, The Associated Press", true, "Matthew Lee, The Associated Press", "", ""},
		{"Posted November 8, 2023 11:53 pm.", true, "", "November 8, 2023 11:53 pm", ""},
		{"Last Updated November 8, 2023 11:56 pm.", true, "", "", "November 8, 2023 11:56 pm"},
		{"Updated 09 November 2023", true, "", "", "09 November 2023"},
		{"Posted on March 3, 2024 by Ana", true, "Ana", "March 3, 2024", ""},
		{"Reuters Staff | March 13, 2024 11:04 AM GMT", true, "Reuters Staff", "March 13, 2024 11:04 AM GMT", ""},
		{"Priya Nair · 22 January 2024 · 6 min read", true, "Priya Nair", "22 January 2024", ""},
		{"By Helen Marsh Published March 14, 2024", true, "Helen Marsh", "March 14, 2024", ""},
		{"Claire Vidal – Publié le 5 octobre 2023 à 6 h 00", true, "Claire Vidal", "5 octobre 2023 à 6 h 00", ""},
		{"2024年4月15日 18時30分", true, "", "2024年4月15日 18時30分", ""},
		{"By Dana Whitfield - 11/19/19 06:56 AM EST", true, "Dana Whitfield", "11/19/19 06:56 AM EST", ""},
		{"Posted by Sam Ortiz on November 19, 2019, 6:21 AM EST", true, "Sam Ortiz", "November 19, 2019, 6:21 AM EST", ""},
		{"Wednesday 20 November 2019 11:42, UK", true, "", "Wednesday 20 November 2019 11:42, UK", ""},
		{"quinta-feira, 4 de março de 2021 às 9:30", true, "", "quinta-feira, 4 de março de 2021 às 9:30", ""},
		{"Stand: [ 2018-08-25 15:24 ]", true, "", "2018-08-25 15:24", ""},
		{"04/03/2021 - Publicado por: Marta Lima - Categoria: Saúde - Tags: bairro obras", true, "Marta Lima", "04/03/2021", ""},
		{"By admin - 2018-09-16", true, "admin", "2018-09-16", ""},
		{"Текст: Анна Петрова·11 октября 2018", true, "Анна Петрова", "11 октября 2018", ""},
		{"March 4, 2021 / 2 Comments / in Community News / by siteadmin", true, "siteadmin", "March 4, 2021", ""},
		{"Maria Santos 2019-11-20 14:35:08", true, "Maria Santos", "2019-11-20 14:35:08", ""},
		// A forum's thread header: "Start date" labels the first post's
		// day, not a poster named Start.
		{"Start date Dec 30, 2023", true, "", "Dec 30, 2023", ""},
		// An update's label cut from its date by a joiner, a byline
		// after: the date is still the update's (issue 10's WCXB 4884).
		{"Last Updated on April 8, 2024 by Amanda Brooks", true, "Amanda Brooks", "", "April 8, 2024"},
		{"Erschienen am 26. Jan 2022", true, "", "26. Jan 2022", ""},
		{"Publié sur 18/02/2020", true, "", "18/02/2020", ""},
		// Lead, name and date as inline elements side by side, which a
		// stylesheet sets on lines of their own (issue 10's WCXB 0098).
		{"ByKathryn GiuffridaMar 5, 2025 | 6 comments", true, "Kathryn Giuffrida", "Mar 5, 2025", ""},
		{"Letzte Änderung: 31.10.2023 - 14:49:39", true, "", "", "31.10.2023 - 14:49:39"},
		{"Thread starter Pippin06", true, "Pippin06", "", ""},
		{"vor 3 Stunden", true, "", "vor 3 Stunden", ""},
		{"Written By Angela Holliday-Bell, MD", true, "Angela Holliday-Bell, MD", "", ""},
		{"Contributors: Janet Loughrey", true, "Janet Loughrey", "", ""},
		{"Author(s): Leena Simon", true, "Leena Simon", "", ""},
		{"Interview: Julia Lauter", true, "Julia Lauter", "", ""},
		{"by Amanda · Dec 20, 2025 at 3:00 am · One comment so far", true, "Amanda", "Dec 20, 2025 at 3:00 am", ""},
		{"March 3, 2024 · Leave a comment", true, "", "March 3, 2024", ""},
		{"By Kathryn Giuffrida Mar 5, 2025", true, "Kathryn Giuffrida", "Mar 5, 2025", ""},
		{"Paramita (Guha) Ghosh Published: January 3, 2024", true, "Paramita (Guha) Ghosh", "January 3, 2024", ""},
		// A clock-only part beside the date is passed over (issue 10).
		{"04.02.2022 | 13:10 Uhr | Uta Helkenberg", true, "Uta Helkenberg", "04.02.2022 13:10 Uhr", ""},
		{"March 3, 2024 | 1:10 pm | Ana Ruiz", true, "Ana Ruiz", "March 3, 2024 1:10 pm", ""},
		// An agency's code after the name (issue 10).
		{"Autor: Peter Maahn/SP-X", true, "Peter Maahn", "", ""},
		{"Von Peter Maahn/KNA | 04.02.2022", true, "Peter Maahn", "04.02.2022", ""},
		// A reading time run into the date, a script's placeholder for
		// its count (issue 10's WCXB 0018).
		{"September 8, 2021 -- min read", true, "", "September 8, 2021", ""},
		{"Travel September 8, 2021 5 min read", true, "Travel", "September 8, 2021", ""},
		// Article text, not metadata.
		{"13:10 Uhr | Uta Helkenberg", false, "", "", ""},
		{"Peter Maahn/SP-X", false, "", "", ""},
		{"By the end of the year, prices had doubled.", false, "", "", ""},
		{"Posted", false, "", "", ""},
		{"Updated guidance is expected next week from the ministry.", false, "", "", ""},
		{"Matthew Lee", false, "", "", ""},
		{"The council met on March 3, 2024 to discuss the budget.", false, "", "", ""},
		{"By comparison", false, "", "", ""},
		{"By comparison, 2019 was calm", false, "", "", ""},
		{"On March 3 the council voted.", false, "", "", ""},
		{"3 of 12 were approved in 2019", false, "", "", ""},
	}
	for _, tc := range tests {
		m, ok := parseMetaLine(tc.line)
		if ok != tc.ok || m.byline != tc.byline || m.published.Text != tc.published || m.modified.Text != tc.modified {
			t.Errorf("parseMetaLine(%q) = %+v, %v; want byline %q published %q modified %q, %v",
				tc.line, m, ok, tc.byline, tc.published, tc.modified, tc.ok)
		}
	}
}

func TestBylineAuthors(t *testing.T) {
	tests := map[string]string{
		"Matthew Lee, The Associated Press": "Matthew Lee",
		"Ana Ruiz and Bo Li":                "Ana Ruiz|Bo Li",
		"Reuters Staff":                     "",
		"Jane Doe, Staff Writer":            "Jane Doe",
	}
	for in, want := range tests {
		got := ""
		for i, a := range bylineAuthors(in) {
			if i > 0 {
				got += "|"
			}
			got += a
		}
		if got != want {
			t.Errorf("bylineAuthors(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParseDate(t *testing.T) {
	est := time.FixedZone("", -5*3600)
	tests := []struct {
		in   string
		want time.Time
	}{
		{"2023-11-08T23:53:00-05:00", time.Date(2023, 11, 8, 23, 53, 0, 0, est)},
		{"November 8, 2023 11:53 pm.", time.Date(2023, 11, 8, 23, 53, 0, 0, time.UTC)},
		{"Wednesday, Nov. 8, 2023", time.Date(2023, 11, 8, 0, 0, 0, 0, time.UTC)},
		{"Nov 8, 2023 at 11:53 p.m. ET", time.Date(2023, 11, 8, 23, 53, 0, 0, time.UTC)},
		{"09 November 2023", time.Date(2023, 11, 9, 0, 0, 0, 0, time.UTC)},
		{"2024年4月15日 18時30分", time.Date(2024, 4, 15, 18, 30, 0, 0, time.UTC)},
		{"2024년 4월 15일", time.Date(2024, 4, 15, 0, 0, 0, 0, time.UTC)},
		{"5 octobre 2023", time.Date(2023, 10, 5, 0, 0, 0, 0, time.UTC)},
		{"segunda-feira, 22 de janeiro de 2018 às 0:13", time.Date(2018, 1, 22, 0, 13, 0, 0, time.UTC)},
		{"11 октября 2018", time.Date(2018, 10, 11, 0, 0, 0, 0, time.UTC)},
		{"Wednesday 20 November 2019 11:42, UK", time.Date(2019, 11, 20, 11, 42, 0, 0, time.UTC)},
		// A number after a whole date (a forum post's number) is no part
		// of it, and a meridiem run into the clock counts.
		{"September 5, 2024, 11:15pm 1", time.Date(2024, 9, 5, 23, 15, 0, 0, time.UTC)},
		{"September 5, 2024 1", time.Date(2024, 9, 5, 0, 0, 0, 0, time.UTC)},
		{"July 26, 2025, 4:32pm 3", time.Date(2025, 7, 26, 16, 32, 0, 0, time.UTC)},
		{"July 26, 2025, 12:05am 2", time.Date(2025, 7, 26, 0, 5, 0, 0, time.UTC)},
		{"July 26, 2025, 12:05 am", time.Date(2025, 7, 26, 0, 5, 0, 0, time.UTC)},
		{"July 26, 2025 12:05 a.m.", time.Date(2025, 7, 26, 0, 5, 0, 0, time.UTC)},
		// A post's number before the date, after "#", is none of its
		// parts (issue 10's WCXB 0529, 4317).
		{"#1 · Jan 15, 2024", time.Date(2024, 1, 15, 0, 0, 0, 0, time.UTC)},
		{"#12 · Aug 5, 2023", time.Date(2023, 8, 5, 0, 0, 0, 0, time.UTC)},
		{"1st of never", time.Time{}},
		{"0000-00-00", time.Time{}},
	}
	for _, tc := range tests {
		got := parseDate(tc.in)
		if !got.Time.Equal(tc.want) {
			t.Errorf("parseDate(%q).Time = %v, want %v", tc.in, got.Time, tc.want)
		}
		if got.Text == "" {
			t.Errorf("parseDate(%q) lost its text", tc.in)
		}
	}
	// A date outside any article's years is a zero value a CMS wrote
	// out, no date: its text must not show as one either.
	for _, in := range []string{"0001-01-01T00:00:00Z", "1900-01-01"} {
		if got := parseDate(in); !got.IsZero() {
			t.Errorf("parseDate(%q) = %+v, want no date", in, got)
		}
	}
}

func TestMergeDate(t *testing.T) {
	shown := parseDate("November 8, 2023 11:53 pm")
	meta := parseDate("2023-11-09T04:53:00Z")
	if got := mergeDate(shown, meta); !got.Time.Equal(meta.Time) || got.Text != shown.Text {
		t.Errorf("same moment, different zones: %+v", got)
	}
	// The page's clock gives the zone, so the day is the one the page
	// shows, not metadata's UTC day.
	if got := mergeDate(shown, meta).ISO(); got != "2023-11-08T23:53:00-05:00" {
		t.Errorf("same moment in metadata's UTC: ISO %s, want the shown day and clock at -05:00", got)
	}
	zoned := parseDate("2023-11-08T23:53:00-05:00")
	if got := mergeDate(zoned, meta).ISO(); got != "2023-11-08T23:53:00-05:00" {
		t.Errorf("same instant, shown with its zone: ISO %s, want the shown zone", got)
	}
	dayOnly := parseDate("November 9, 2023")
	if got := mergeDate(dayOnly, meta).ISO(); got != "2023-11-09T04:53:00Z" {
		t.Errorf("a shown day without a clock lends no zone: ISO %s", got)
	}
	other := parseDate("2023-10-01T10:00:00Z")
	if got := mergeDate(shown, other); got != shown {
		t.Errorf("a different day in metadata replaced the shown date: %+v", got)
	}
	if got := mergeDate(Date{}, meta); got != meta {
		t.Errorf("no shown date: %+v", got)
	}
}

// TestMayBeMeta holds the prefilter of parseMetaLine to what dates and
// bylines cannot do without: a digit or a byline's lead word. Month names
// and relative dates ("yesterday") alone make no date: every date has a
// number.
func TestMayBeMeta(t *testing.T) {
	mp := metaLex()
	for _, s := range []string{"By Ana Ruiz", "Текст: Анна Петрова", "Posted by Sam", "vor 3 Stunden", "News|By Jan Muster", "2024年4月15日", "Story by: Ana"} {
		if !mp.mayBeMeta(s) {
			t.Errorf("mayBeMeta(%q) = false", s)
		}
	}
	for _, s := range []string{"Share this", "Related stories", "What changes in winter", "Ferry timetable extended", "yesterday", "Aujourd'hui", "November"} {
		if mp.mayBeMeta(s) {
			t.Errorf("mayBeMeta(%q) = true", s)
		}
		if _, ok := parseMetaLine(s); ok {
			t.Errorf("parseMetaLine(%q) accepted", s)
		}
	}
	// Every lead of byline-leads.txt, as its group lets it start a line.
	for _, lead := range lexiconList("byline-leads").texts() {
		r, size := utf8.DecodeRuneInString(lead)
		for _, s := range []string{lead + " Ana Ruiz", string(unicode.ToUpper(r)) + lead[size:] + ": Ana Ruiz", strings.ToUpper(lead) + " ANA RUIZ"} {
			if !mp.mayBeMeta(s) {
				t.Errorf("mayBeMeta(%q) = false", s)
			}
		}
	}
}

// TestParseDateZoneName: a zone's abbreviation anywhere in a date gives
// the date its zone; an ambiguous one (CST) or a bare day gives none.
func TestParseDateZoneName(t *testing.T) {
	for _, tc := range []struct {
		in    string
		iso   string
		zoned bool
	}{
		{"10:02 AM EST Nov 19, 2019", "2019-11-19T10:02-05:00", true},
		{"Nov 19, 2019 7:07 PM PDT", "2019-11-19T19:07-07:00", true},
		{"3. März 2024, 15:30 CET", "2024-03-03T15:30+01:00", true},
		{"10:02 AM CST Nov 19, 2019", "2019-11-19T10:02", false},
		{"Nov 19, 2019 EST", "2019-11-19", false},
	} {
		d := parseDate(tc.in)
		if d.ISO() != tc.iso || d.Zoned != tc.zoned {
			t.Errorf("parseDate(%q) = %s (zoned %v), want %s (zoned %v)", tc.in, d.ISO(), d.Zoned, tc.iso, tc.zoned)
		}
	}
}
