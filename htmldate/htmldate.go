// Package htmldate gives pare a second opinion on publication dates from
// github.com/markusmobius/go-htmldate, the Go port of Adrien Barbaresi's
// htmldate (which go-trafilatura uses): set extract.Options.DateGuesser
// to Guesser{}. The pare command does.
//
// It is a package of its own because go-htmldate brings
// go-dateparser, whose date tables are built when a program starts (some
// 240 ms and 78 MB): a program that imports extract alone does not pay
// that. On the WCXB dev set's article pages it took pare's publish-day
// accuracy from 0.753 to 0.829 (issue 10's closing note).
//
// htmldate's "extensive search" (free-text dates through go-dateparser,
// which reads relative dates against the clock and runs a WebAssembly
// regexp engine) is off; what is left reads the page's markup, its
// date-like elements and its URL.
package htmldate

import (
	"time"

	"github.com/markusmobius/go-htmldate"
	"github.com/pare-dev/pare/extract"
	"golang.org/x/net/html"
)

// Guesser is an extract.DateGuesser backed by go-htmldate. The zero value
// is ready to use, from many goroutines at once.
type Guesser struct{}

var _ extract.DateGuesser = Guesser{}

// GuessDate asks go-htmldate for the publication date in doc.
func (Guesser) GuessDate(doc *html.Node, pageURL string, earliest, latest time.Time) (extract.Date, bool) {
	res, err := htmldate.FromDocument(doc, htmldate.Options{
		ExtractTime:         true,
		UseOriginalDate:     true,
		URL:                 pageURL,
		MinDate:             earliest,
		MaxDate:             latest,
		SkipExtensiveSearch: true,
	})
	if err != nil || res.IsZero() {
		return extract.Date{}, false
	}
	d := extract.Date{Time: res.DateTime, Text: res.SrcString, Precision: extract.PrecisionDay}
	if res.HasTime {
		d.Precision = extract.PrecisionMinute
		if res.DateTime.Second() != 0 {
			d.Precision = extract.PrecisionSecond
		}
		d.Zoned = res.HasTimezone
	}
	return d, true
}
