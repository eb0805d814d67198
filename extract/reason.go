package extract

// Reason says why a page yielded no article, or, with Options.AllPages,
// why its main content is no article. Kind is what a caller branches on;
// Text says it in a line for a person (the CLI prints it).
type Reason struct {
	Kind ReasonKind
	Text string
}

// ReasonKind is the kind of a Reason. The zero value means there is no
// reason to give: the page yielded its articles.
type ReasonKind string

// The kinds of Reason. A scraper that only wants articles can skip every
// page with a non-empty Kind; one that indexes every page tells a page
// that holds nothing (EmptyPage, NoText) from one that holds something
// other than an article (MostlyLinks, LittleText, LittleOfMainContent).
const (
	// EmptyPage: no bytes, or only white space.
	EmptyPage ReasonKind = "empty-page"
	// NoBody: the document has no <body> (a frameset, a feed parsed as HTML).
	NoBody ReasonKind = "no-body"
	// NoText: the body holds no visible text.
	NoText ReasonKind = "no-text"
	// MostlyLinks: most of the page's text is links: a front page, an
	// index, a menu.
	MostlyLinks ReasonKind = "mostly-links"
	// LittleText: no part of the page reads as an article: too little
	// running text (a product page, a form, a gallery).
	LittleText ReasonKind = "little-text"
	// LittleOfMainContent: with Options.AllPages, the articles found hold
	// little of the page's main content (a list of posts with one long
	// excerpt), so the main content was given instead.
	LittleOfMainContent ReasonKind = "little-of-main-content"
)

// String is the reason's text.
func (r Reason) String() string { return r.Text }

// IsZero reports whether there is no reason (the page has its articles).
func (r Reason) IsZero() bool { return r.Kind == "" }

func reason(k ReasonKind, text string) Reason { return Reason{Kind: k, Text: text} }
