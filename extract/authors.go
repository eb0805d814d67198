package extract

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Checks on an author value before it becomes the byline: that it reads
// as a name at all (readsAsName), and which of the shown byline lines is
// the article's (shownName).

// notNames are what author links and byline slots show instead of a name
// (lexicon/author-not-names.txt): "View more posts", "Read".
var notNames = sync.OnceValue(func() map[string]bool { return lexiconList("author-not-names").set() })

// readsAsName reports whether an author value, as cleaned, can be a name
// of a person or an organisation: it starts with a letter, and it is
// neither a label of a share bar ("Share", "FacebookTweetPin": the
// buttons' words run together once their icons are gone, split here at
// their capitals) nor the words of a link to the author's page ("View
// more posts"). The idea is trafilatura's author blacklist, kept as data;
// pare checks a value, not a page, so it holds on any site.
func readsAsName(s string) bool {
	s = strings.TrimSpace(s)
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsLetter(r) {
		return false
	}
	low := strings.ToLower(s)
	if notNames()[low] || lineLex().shareLine(s) {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(splitCamel(s))) {
		if w = strings.Trim(w, ".,:;|"); !notNames()[w] && !lineLex().shareWords[w] {
			return true
		}
	}
	return false
}

// splitCamel puts a space where a lowercase letter runs into a capital:
// "FacebookTweetPin" is "Facebook Tweet Pin". "McNamara" becomes "Mc
// Namara", which is harmless here: it only feeds the share-label test.
func splitCamel(s string) string {
	var b strings.Builder
	prev := rune(0)
	for _, r := range s {
		if unicode.IsUpper(r) && unicode.IsLower(prev) {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// maxShownBylines is how many different names the byline lines of an
// article may give before they are the credits of a list ("by Richard
// Bachman", "by Nick Land": the authors of the books a post recommends)
// rather than its byline: an article shows its own byline once, perhaps
// again at its foot and once with a co-author. Measured on the WCXB dev
// tune pages, where the lists of books and recipes give three or more.
const maxShownBylines = 2

// creditedPeople are the people of a byline line that counts towards a
// list's credits: those that read as a full name (nameOnly, two words or
// more, as a book's credit gives it), so a job title ("Lance Ryan
// (Content Manager)"), a phrase ("Insights from") or an author box's
// one-word labels ("Kontakt", "Biografie") beside the one byline do not
// count.
func creditedPeople(byline string) []string {
	var out []string
	for _, p := range bylineAuthors(byline) {
		if nameOnly(p) != "" && strings.Contains(p, " ") {
			out = append(out, p)
		}
	}
	return out
}

// shownName is the byline the page shows for a, when no rule found one:
// the first of its byline lines whose name, cleaned, reads as a name
// ("> 90%", "June 13, 2025" and "Share" are passed over for the line
// after them), or "" when the lines without a date name more than
// maxShownBylines people, the credits of a list (a byline beside a date
// is a post's own, as on a forum thread's posts).
func (a *article) shownName() string {
	var names []string
	first := ""
	for _, m := range a.found {
		if m.byline == "" {
			continue
		}
		name := cleanByline(m.byline)
		if name == "" || !readsAsName(name) {
			continue
		}
		if first == "" {
			first = m.byline
		}
		if m.published.IsZero() && m.modified.IsZero() {
			names = appendNew(names, creditedPeople(name)...)
		}
	}
	if len(names) > maxShownBylines {
		return ""
	}
	return first
}

// namesOnly is names without the values that do not read as a name
// (readsAsName): "View more posts" on a rel=author link leaves the
// markup's other sources to name the author.
func namesOnly(names []string) []string {
	var out []string
	for _, n := range names {
		if readsAsName(n) {
			out = append(out, n)
		}
	}
	return out
}
