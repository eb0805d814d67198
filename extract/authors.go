package extract

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/publicsuffix"
)

// Checks on an author value before it becomes the byline: that it reads
// as a name at all (readsAsName), and which of the shown byline lines is
// the article's (shownName).

// notNames are what author links and byline slots show instead of a name
// (lexicon/author-not-names.txt): "View more posts", "Read".
var notNames = sync.OnceValue(func() map[string]bool { return lexiconList("author-not-names").set() })

// controlVerbs are the verbs a page's controls start with
// (lexicon/control-verbs.txt): "View Comments", "Send an e-mail to the
// author".
var controlVerbs = sync.OnceValue(func() map[string]bool { return lexiconList("control-verbs").set() })

// readsAsName reports whether an author value, as cleaned, can be a name
// of a person or an organisation: it starts with a letter, and it is
// neither a label of a share bar ("Share", "FacebookTweetPin": the
// buttons' words run together once their icons are gone, split here at
// their capitals) nor the words of a link to the author's page ("View
// more posts"), nor a control's words, a verb and what it acts on ("View
// Comments", "SEND AN E-MAIL TO THE AUTHOR": a name does not start with
// an imperative). The idea is trafilatura's author blacklist, kept as
// data; pare checks a value, not a page, so it holds on any site.
func readsAsName(s string) bool {
	s = strings.TrimSpace(s)
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsLetter(r) {
		return false
	}
	low := strings.ToLower(s)
	if notNames()[low] || lineLex().shareLine(s) || dateLabelOnly(low) || translatorLed(low) || obfuscatedMail(low) {
		return false
	}
	if words := strings.Fields(low); len(words) > 1 && controlVerbs()[words[0]] {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(splitCamel(s))) {
		if w = strings.Trim(w, ".,:;|"); !notNames()[w] && !lineLex().shareWords[w] {
			return true
		}
	}
	return false
}

// dateLabels are the labels of a date line and the words that join a
// date to them (date-labels.txt, date-joiners.txt): "Veröffentlicht",
// "Published on".
var dateLabels = sync.OnceValue(func() map[string]bool {
	m := lexiconList("date-labels").set()
	for _, j := range lexiconList("date-joiners").texts() {
		m[j] = true
	}
	return m
})

// dateLabelOnly reports whether low, a lowercased value, is only a date
// line's label and its joiner ("Publiziert", "Veröffentlicht am",
// "Published:"): the words that label a date never name its author, and
// a date line whose date went elsewhere leaves them in the byline's
// slot. The idea is issue 10's.
func dateLabelOnly(low string) bool {
	words := strings.Fields(strings.Trim(low, " :|·•-–—"))
	if len(words) == 0 {
		return false
	}
	labels := dateLabels()
	for i := 0; i < len(words); {
		n := 0
		for j := len(words); j > i; j-- {
			if labels[strings.Join(words[i:j], " ")] {
				n = j - i
				break
			}
		}
		if n == 0 {
			return false
		}
		i += n
	}
	return true
}

// translatorLeads are the leads of a translator's credit
// (lexicon/translator-leads.txt).
var translatorLeads = sync.OnceValue(func() map[string]bool { return lexiconList("translator-leads").set() })

// translatorLed reports whether low, a lowercased value, starts with a
// translator's lead ("übersetzung sarah-indra jungblut", "translated by
// ana ruiz"): the translator is not the author (issue 10).
func translatorLed(low string) bool {
	words := strings.Fields(low)
	for n := 1; n <= len(words) && n <= maxTranslatorLead; n++ {
		if translatorLeads()[strings.TrimRight(strings.Join(words[:n], " "), ":")] {
			return true
		}
	}
	return false
}

// maxTranslatorLead is the most words of a translator's lead.
const maxTranslatorLead = 4

// obfuscatedMail reports whether low is an e-mail address written to
// hide it from harvesters ("name[at]site.net", "name (at) site.net"): a
// contact, not the author's name (issue 10).
func obfuscatedMail(low string) bool {
	for _, at := range []string{"[at]", "(at)", "{at}"} {
		if i := strings.Index(low, at); i > 0 && strings.Contains(low[i:], ".") {
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

// maxShownBylines is how many byline lines of an article may each name
// someone new before they are the credits of a list ("by Richard
// Bachman", "by Nick Land": the authors of the books a post recommends)
// rather than its byline: an article shows its own byline once, perhaps
// again at its foot and once with a co-author. Measured on the WCXB dev
// tune pages, where the lists of books and recipes give three or more.
// Counted in lines since fcba8cc (in names before, so one line of three
// co-authors was a list).
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
// after them), or "" when more than maxShownBylines of the lines without
// a date each name someone the lines before did not, the credits of a
// list (a byline beside a date is a post's own, as on a forum thread's
// posts); then the first byline beside a date is still the article's
// ("by Amanda · Dec 20, 2025" over a post listing books "by H.G.
// Parry"; measured on 744fb4e with metaline-noise.txt's written-out
// comment counts: WCXB articles tune 0.841 -> 0.845, check 0.780 holds,
// trafilatura 0.739 / 0.616 hold). One line naming three co-authors ("Von Volkmar Kabisch, Jan
// Lukas Strozyk und Benedikt Strunz") is one byline, not a list.
func (a *article) shownName() string {
	var names []string
	first, dated, credits := "", "", 0
	for _, m := range a.found {
		if m.byline == "" {
			continue
		}
		name := cleanByline(m.byline)
		if name == "" || !readsAsName(name) || pictureCredit(m.byline) {
			continue
		}
		if first == "" {
			first = m.byline
		}
		if !m.dated() {
			before := len(names)
			if names = appendNew(names, creditedPeople(name)...); len(names) > before {
				credits++
			}
		} else if dated == "" {
			dated = m.byline
		}
	}
	if credits > maxShownBylines {
		return dated
	}
	return first
}

// ledOverSite is the byline shown, or, when it is only the site's own
// name (siteNames: "The Planetary Press" over the post) and a later line
// of the article is a byline's lead and a person's name ("By Julie
// Mollins"), that line: the site's name in the byline slot is the
// publisher's, and the led line says who wrote. The idea is issue 10's
// (the site's name as author while a person's byline is shown: the
// person wins), as markedNames applies it to the markup's names.
func (a *article) ledOverSite(byline string, site siteNames) string {
	name := cleanByline(byline)
	if name == "" || !site.has(name) {
		return byline
	}
	for _, m := range a.found {
		if m.byline == "" || !m.led || pictureCredit(m.byline) {
			continue
		}
		if n := cleanByline(m.byline); n != "" && readsAsName(n) && !site.has(n) {
			if people, _ := bylineParts(n); len(people) > 0 {
				return m.byline
			}
		}
	}
	return byline
}

// creditWords are the words of a picture's credit ("photo",
// "illustration", "courtesy": credit-words.txt's [word] group).
var creditWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range lexiconList("credit-words").inGroup("word") {
		m[w] = true
	}
	return m
})

// pictureCredit reports whether a byline line holds a word of a
// picture's credit ("Midjourney/Every illustration", a caption read as a
// byline): the credit is the picture's, not the article's.
func pictureCredit(line string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(line), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if creditWords()[w] {
			return true
		}
	}
	return false
}

// surelyShown reports whether a's byline, as shown, stands on a line
// beside a date (a post's own byline, "Jacobo Betancur Peláez |
// Publicado hace 3 horas") or after a byline's lead ("Von Matthias
// Lauerer"): surer than a bare name in the header.
func (a *article) surelyShown() bool {
	return a.shownLine(func(m metaLine) bool { return m.led || m.dated() })
}

// ledByline reports whether a's byline, as shown, follows a byline's
// lead ("By", "Von", "Written by:") and reads as people's names: each of
// its people's words capitalised but for a surname's particles, and one
// of them in more than one word. A heading "By Functionality" over a
// list, or "By Menu Drops for", is no byline.
func (a *article) ledByline() bool {
	return fullName(a.byline) && a.shownLine(func(m metaLine) bool { return m.led })
}

// shownLine reports whether a line of a's that shows its byline is
// as ok says.
func (a *article) shownLine(ok func(metaLine) bool) bool {
	for _, m := range a.found {
		if m.byline != "" && cleanByline(m.byline) == cleanByline(a.byline) && ok(m) {
			return true
		}
	}
	return false
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

// siteNames are the names a page gives its publisher, as siteKey reads
// them: its <meta> site name (and each part of one written "Name | Tag
// line") and its JSON-LD publisher. An author value among them is the
// publisher's name in the author slot (JSON-LD's "author": "El
// Colombiano", an Organization "Corti"): markedNames lets it give way to
// a byline shown beside its date or after a lead (surelyShown), and
// markedSources does not let such an organisation keep the author
// elements out. The idea is issue 10's (an author equal to the site's
// name is the publisher's). The host is no site name here: on a personal site it
// is the author's ("andrewliptak.com").
//
// Measured at 7cf53e8 on the tune pages: WCXB articles 0.767 → 0.770,
// trafilatura 0.631 → 0.659 (with author-not-names.txt's Blogger and
// German link labels); check 0.748 → 0.752 and 0.588 → 0.588. Dropped:
// letting a site's name in any source give way to the next source, or
// to the region's author elements (tune +2 pages; check 3 lost for 1
// fixed); and letting a byline line naming only an organisation give
// way to a later line (tune +2; check -3).
type siteNames map[string]bool

func (p *page) siteNames(l ldArticle) siteNames {
	s := siteNames{}
	add := func(name string) {
		if k := siteKey(name); k != "" {
			s[k] = true
		}
	}
	for _, part := range splitMeta(p.meta.siteName) {
		add(part)
	}
	add(p.meta.siteName)
	add(l.publisher)
	return s
}

// siteKey is a name as siteNames compares it: a host's or a domain-like
// name's ("ElColombiano.com") public suffix and "www." dropped, then
// only its letters and digits, lowercased, so "El Colombiano",
// "ElColombiano.com" and www.elcolombiano.com are one key.
func siteKey(name string) string {
	name = strings.ToLower(strings.TrimSpace(name))
	if !strings.ContainsAny(name, " \t") && strings.Contains(name, ".") {
		name = strings.TrimPrefix(name, "www.")
		if ps, _ := publicsuffix.PublicSuffix(name); ps != name && strings.HasSuffix(name, "."+ps) {
			name = strings.TrimSuffix(name, "."+ps)
		}
	}
	var b strings.Builder
	for _, r := range name {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// has reports whether name is one of the site's names.
func (s siteNames) has(name string) bool { return s[siteKey(name)] }

// within reports whether name holds one of the site's names ("Help Net
// Security Sponsored", the site's label on a sponsored post).
func (s siteNames) within(name string) bool {
	k := siteKey(name)
	for n := range s {
		if strings.Contains(k, n) {
			return true
		}
	}
	return false
}

// without is names without the site's names.
func (s siteNames) without(names []string) []string {
	var out []string
	for _, n := range names {
		if !s.has(n) {
			out = append(out, n)
		}
	}
	return out
}

// fullName reports whether each person of a byline reads as a name
// written out: its words capitalised but for a surname's particles, and
// one of them in more than one word ("Lisa Petrich", not "Functionality"
// nor "the numbers"). A lead and such a name alone in a link list of
// the header ("Von <a>Lisa Petrich</a>", the name linking to the
// author's page) is the article's byline, as a dated line there is.
// From issue 10 (the site's name as author while the person's byline is
// shown: trafilatura tune badische-zeitung.de). Measured from 31b07fc,
// author accuracy (WCXB articles / trafilatura): tune 0.834/0.759 ->
// 0.838/0.763, check 0.780/0.612 -> 0.780/0.619; title and date hold.
func fullName(byline string) bool {
	full := false
	for _, p := range bylineAuthors(cleanByline(byline)) {
		words := strings.Fields(p)
		full = full || len(words) > 1
		for _, w := range words {
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && !nameParticles()[w] {
				return false
			}
		}
	}
	return full
}
