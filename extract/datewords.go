package extract

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Dates as pages show them are written in the reader's language:
// "22 de janeiro de 2018 às 0:13", "11 октября 2018", "Wednesday 20
// November 2019 11:42, UK". This file recognises such a date by its words
// and reads the ones dateparse cannot. It is a small table of month and
// weekday names, not a general date parser: the general one with every
// locale, github.com/markusmobius/go-dateparser, runs its patterns on a
// WebAssembly regexp engine, too heavy for a check run on every short
// line of every page.

// monthNames maps month names and their usual abbreviations, lowercase,
// in English, German, French, Spanish, Portuguese, Italian, Dutch,
// Polish and Russian (nominative and genitive), to the month.
var monthNames = func() map[string]time.Month {
	names := map[string]time.Month{}
	for m, words := range [12]string{
		"january jan januar jän janvier janv enero ene janeiro gennaio gen januari stycznia styczeń styczen январь января янв",
		"february feb februar février févr fevrier febrero fevereiro fev febbraio februari lutego luty февраль февраля фев",
		"march mar märz mrz mars marzo março marco maart mrt marca marzec март марта",
		"april apr avril avr abril abr aprile kwietnia kwiecień kwiecien апрель апреля",
		"may mai mayo maio maggio mag mei maja maj май мая",
		"june jun juni juin junio junho giugno giu czerwca czerwiec июнь июня",
		"july jul juli juillet juil julio julho luglio lug lipca lipiec июль июля",
		"august aug août aout agosto ago augustus sierpnia sierpień sierpien август августа авг",
		"september sep sept septembre septiembre setiembre setembro set settembre września wrzesień wrzesien сентябрь сентября сен",
		"october oct oktober okt octobre octubre outubro out ottobre ott października październik pazdziernik октябрь октября окт",
		"november nov novembre noviembre novembro listopada listopad ноябрь ноября ноя",
		"december dec dezember dez décembre déc decembre diciembre dic dezembro dicembre grudnia grudzień grudzien декабрь декабря дек",
	} {
		for _, w := range strings.Fields(words) {
			names[w] = time.Month(m) + 1
		}
	}
	return names
}()

// dateFillers are the words that sit between the parts of a date or
// around it: weekdays, "de", "at", "um", "Uhr", relative phrases ("3
// hours ago", "vor 2 Tagen").
var dateFillers = setOf(`
	monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
	montag dienstag mittwoch donnerstag freitag samstag sonntag mo di mi do fr sa so
	lundi mardi mercredi jeudi vendredi samedi dimanche lun mar mer jeu ven sam dim
	lunes martes miércoles miercoles jueves viernes sábado sabado domingo
	segunda-feira terça-feira terca-feira quarta-feira quinta-feira sexta-feira segunda terça quarta quinta sexta
	lunedì martedì mercoledì giovedì venerdì sabato domenica
	maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
	poniedziałek wtorek środa czwartek piątek sobota niedziela
	понедельник вторник среда четверг пятница суббота воскресенье
	de del of the at on um à às a las le el am pm a.m p.m uhr h hrs г г. года год в
	ago vor hace il y fa geleden temu назад
	hour hours minute minutes min mins day days week weeks month months year years
	stunde stunden minuten tag tagen woche wochen
	heure heures jour jours semaine semaines mois an ans
	hora horas minuto minutos día días dia dias semana semanas
	ora ore giorno giorni uur uren dag dagen
	today yesterday heute gestern aujourd'hui hier hoy ayer hoje ontem oggi ieri vandaag gisteren
	st nd rd th er e º
	utc gmt est edt cst cdt mst mdt pst pdt et pt ct bst cet cest ist msk jst kst aest uk
`)

func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// dateTokens is what a line holds, seen as a date.
type dateTokens struct {
	day, month, year, hour, minute int  // -1 when absent
	numericDate                    bool // 2024-03-01, 01.03.2024, 3/1/24
	relative                       bool // "3 hours ago"
	clock                          bool
	other                          int // words that belong to no date
	numbers                        int
}

// readDateWords tokenises s and sorts its tokens into the parts of a
// date. Words that are not a date's count as other.
func readDateWords(s string) dateTokens {
	d := dateTokens{day: -1, month: -1, year: -1, hour: -1, minute: -1}
	for _, tok := range dateSplit(s) {
		lower := strings.ToLower(tok)
		r, _ := utf8.DecodeRuneInString(tok)
		switch {
		case unicode.IsDigit(r):
			d.number(tok)
		case monthNames[strings.TrimSuffix(lower, ".")] != 0:
			d.month = int(monthNames[strings.TrimSuffix(lower, ".")])
		case dateFillers[strings.TrimSuffix(lower, ".")]:
			switch lower {
			case "ago", "vor", "hace", "geleden", "temu", "назад", "today", "yesterday", "heute", "gestern", "hoy", "ayer", "hoje", "ontem", "oggi", "ieri", "vandaag", "gisteren":
				d.relative = true
			case "pm", "p.m":
				if d.hour >= 0 && d.hour < 12 {
					d.hour += 12
				}
			}
		default:
			d.other++
		}
	}
	return d
}

// number sorts one run of digits and separators.
func (d *dateTokens) number(tok string) {
	d.numbers++
	tok = strings.TrimRight(tok, ".")
	if i := strings.IndexAny(tok, ":h"); i > 0 && i < len(tok)-1 {
		h, err1 := strconv.Atoi(tok[:i])
		m, err2 := strconv.Atoi(tok[i+1 : min(len(tok), i+3)])
		if err1 == nil && err2 == nil && h < 24 && m < 60 {
			d.hour, d.minute, d.clock = h, m, true
		}
		return
	}
	parts := strings.FieldsFunc(tok, func(r rune) bool { return r == '-' || r == '/' || r == '.' })
	if len(parts) == 3 {
		d.numericDate = numericDate(parts)
		return
	}
	digits := strings.TrimRightFunc(tok, unicode.IsLetter) // 1st, 2nd, 3e
	n, err := strconv.Atoi(digits)
	switch {
	case err != nil:
	case len(digits) == 4 && n >= 1990 && n <= 2100:
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
		return n[0] >= 1990 && n[0] <= 2100 && n[1] >= 1 && n[1] <= 12 && n[2] >= 1 && n[2] <= 31
	case len(parts[2]) == 4:
		return n[2] >= 1990 && n[2] <= 2100 && dayMonth(n[0], n[1])
	case len(parts[2]) == 2:
		return dayMonth(n[0], n[1])
	}
	return false
}

// dateSplit cuts s into words and into runs of digits with the
// separators dates use inside them ("2018-08-25", "15:24", "6h30").
func dateSplit(s string) []string {
	var out []string
	start := -1
	digits := false
	flush := func(i int) {
		if start >= 0 {
			out = append(out, strings.Trim(s[start:i], "-./:"))
			start = -1
		}
	}
	for i, r := range s {
		isDigit := unicode.IsDigit(r)
		inWord := unicode.IsLetter(r) || unicode.IsMark(r) || r == '\'' || r == '-' && start >= 0 && !digits
		inNumber := isDigit || start >= 0 && digits && (strings.ContainsRune("-/.:h", r) || unicode.IsLetter(r))
		switch {
		case start >= 0 && digits && inNumber, start >= 0 && !digits && inWord:
		case start >= 0 && !digits && r == '.' && i-start <= 5: // "Nov.", "a.m."
		default:
			flush(i)
			if isDigit || inWord {
				start, digits = i, isDigit
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
	if d.other > 0 || d.numbers == 0 {
		return false
	}
	return d.numericDate || d.month > 0 && (d.day > 0 || d.year > 0) ||
		d.year > 0 && d.clock || d.relative
}

// time returns the date the tokens spell out, or zero when a part is
// missing (relative dates give zero: the page's save time is unknown).
func (d dateTokens) time() time.Time {
	if d.month < 1 || d.day < 1 || d.year < 1 {
		return time.Time{}
	}
	h, m := max(d.hour, 0), max(d.minute, 0)
	t := time.Date(d.year, time.Month(d.month), d.day, h, m, 0, 0, time.UTC)
	if t.Day() != d.day {
		return time.Time{}
	}
	return t
}
