package extract_test

import (
	"reflect"
	"testing"

	"github.com/pare-dev/pare/extract"
)

// TestAuthorReadsAsName: an author value must read as a name; a byline
// line that does not is passed over for the next one (issue 10).
func TestAuthorReadsAsName(t *testing.T) {
	tests := []struct {
		name, header string
		byline       string
		authors      []string
	}{
		{name: "a percentage before the byline", header: `<p>By > 90%</p><p>By Preetam Jinka</p>`, byline: "Preetam Jinka", authors: []string{"Preetam Jinka"}},
		{name: "share buttons run together", header: `<p>By FacebookTweetPin</p><p>By Melissa Norris</p>`, byline: "Melissa Norris", authors: []string{"Melissa Norris"}},
		{name: "a date in the byline slot", header: `<p>By June 13, 2025</p><p>By Angela Williams</p>`, byline: "Angela Williams", authors: []string{"Angela Williams"}},
		{name: "an author link's words", header: `<p><a rel="author" href="/author/dw">View more posts</a></p><span class="author vcard">Damien Walter</span>`,
			byline: "Damien Walter", authors: []string{"Damien Walter"}},
		{name: "a noun lead needs a colon", header: `<ul><li>Text Marketing</li></ul>`},
		{name: "a noun lead with its colon", header: `<p>Texto: Marta Lima</p>`, byline: "Marta Lima", authors: []string{"Marta Lima"}},
		{name: "an idiom is no byline", header: `<p>Zero Waste Room by Room</p>`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := firstArticle(t, extract.Options{}, page("", tc.header, ""))
			if a.Byline != tc.byline || !reflect.DeepEqual(a.Authors, tc.authors) {
				t.Errorf("byline %q, authors %q; want %q, %q", a.Byline, a.Authors, tc.byline, tc.authors)
			}
		})
	}
}

// TestListCredits: bylines of many people in an article's lines are the
// credits of a list (books, recipes), not its byline.
func TestListCredits(t *testing.T) {
	body := `<h2>Misery</h2><p>by Richard Bachman</p>` + story + `<h2>There Is No Antimemetics Division</h2><p>by Sam Hughes</p><p>A novel about ideas that erase themselves, told by the agents who fight them, one forgotten colleague at a time.</p><h2>Fanged Noumena</h2><p>by Nick Land</p><p>Essays written over a decade, gathered into one volume that still divides its readers.</p>`
	a := firstArticle(t, extract.Options{}, page("", "", body))
	if a.Byline != "" || a.Authors != nil {
		t.Errorf("byline %q, authors %q; want none", a.Byline, a.Authors)
	}
}
