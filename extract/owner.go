package extract

import (
	"net/url"
	"regexp"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The site's owner as the author of last resort: on a personal site the
// person the site is named for wrote its posts, and names themselves as
// its copyright holder ("© 2025 Toby Hede. All rights reserved."), its
// og:site_name or its <title>'s suffix ("Go ahead, self-host Postgres |
// Pierce Freeman"), with no byline over the post. It is the
// copyright-holder fallback some extractors use, and the h-card
// authorship algorithm's last step (indieweb.org/authorship: with no
// author on the post, the page's representative h-card, the site's
// owner, is its author), read from the names the page gives itself.
//
// A company's site names itself the same way ("Ovolo Hotels",
// "Statistics Globe", "© Ziff Davis"), and a company is not a person:
// the name must read as one person's (fullName, bylineParts: no
// organisation's word, no job title, at most maxOwnerWords words, no
// word of a business's name of business-words.txt), the
// site must be personal (a word of the name in its host: tobyhede.com,
// pierce.dev, owain.bearblog.dev), no word of it may be in capitals
// ("EAT SMARTER"), and no word of the name may be a common word of the
// page, written in lowercase in its text ("hotels", "statistics"), as a
// surname is not.
//
// Measured from 6a1a4fa (rules off), author accuracy of the first article:
// WCXB articles tune 0.848 -> 0.865, check 0.780 -> 0.786 (all pages
// 0.816/0.747 -> 0.830/0.752); trafilatura tune 0.767 -> 0.771, check
// 0.630 -> 0.633; title and date hold. Left wrong on tune: a site named
// for its product ("Microsoft Learn") and an owner's honorific ("Dr.
// Alexander Klier" where the label has none).

// maxOwnerWords is the most words of a site owner's name: a first name,
// a middle name or initial, a surname.
const maxOwnerWords = 3

// minOwnerWord is the shortest word of an owner's name that hostHolds
// looks for in the host; ownerPrefix how much of a longer word it looks
// for ("cassi" of Cassidy in cassidoo.co).
const (
	minOwnerWord = 4
	ownerPrefix  = 5
)

// copyrightHolderRe reads the holder after a copyright sign or word and
// its years: "© 2025 Toby Hede.", "Copyright (c) 2012- Gregory Szorc.",
// "© 2019–2024 by Ana Ruiz |".
var copyrightHolderRe = regexp.MustCompile(`(?i)(?:©|\(c\)|copyright)(?:\s*(?:©|\(c\)))?\s*(?:\d{4}\s*(?:[-–—]\s*(?:\d{4})?)?)?\s*,?\s*(?:by\s+)?([^.|,;:©()\d]+)`)

// siteOwner returns the site owner's name, or "": the first of the
// copyright holder of the page's last copyright line, its og:site_name,
// the text of its first link home, the parts of its <title> that reads
// as its owner (ownerName).
func (p *page) siteOwner(a *article) string {
	host := ownerHost(p.url)
	if host == "" {
		return ""
	}
	var cands []string
	lx := lineLex()
	for i := len(p.blocks) - 1; i >= 0; i-- {
		if t := p.blocks[i].text; lx.copyrightLine(t) {
			if m := copyrightHolderRe.FindStringSubmatch(t); m != nil {
				cands = append(cands, m[1])
			}
			break
		}
	}
	cands = append(cands, p.meta.siteName, p.homeLink())
	for _, sep := range titleSeps {
		if parts := strings.Split(p.meta.title, sep); len(parts) > 1 {
			cands = append(cands, parts[len(parts)-1], parts[0])
		}
	}
	var common map[string]bool
	for _, c := range cands {
		name := cleanAuthorName(c)
		if !ownerName(name, host) {
			continue
		}
		if common == nil {
			common = p.lowerWords()
		}
		if !commonWords(name, common) {
			return name
		}
	}
	return ""
}

// homeLink is the text of the page's first link to its site's root (the
// name in the header that leads home, "<a href="/">Christoffer
// Artmann</a>"), or "".
func (p *page) homeLink() string {
	if p.body == nil || p.base == nil {
		return ""
	}
	text := ""
	walk(p.body, func(n *html.Node) bool {
		if text != "" {
			return false
		}
		if n.Type != html.ElementNode || n.DataAtom != atom.A {
			return true
		}
		href := strings.TrimSpace(attr(n, "href"))
		if u, err := p.base.Parse(href); href != "" && err == nil && u.Host == p.base.Host && (u.Path == "" || u.Path == "/") && u.RawQuery == "" && u.Fragment == "" {
			text = strings.TrimSpace(textOf(n))
			if text == "" {
				text = " " // a logo: the first link home names no one
			}
		}
		return false
	})
	return strings.TrimSpace(text)
}

// notNameChar reports whether r is no letter of a name's word nor its
// punctuation (an initial's point, a double name's hyphen, an
// apostrophe): the colon of "Genial: Zero-Calorie-Foods".
func notNameChar(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsMark(r) && !strings.ContainsRune(".-'’", r)
}

// capitals reports whether w is written in capitals, two or more: a
// brand's styling or an acronym ("EAT SMARTER", "ALS Forums"), where a
// site gives its owner's name as the page does a byline, capitalised.
func capitals(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n > 1
}

// businessWords are the words of a business's name
// (lexicon/business-words.txt).
var businessWords = sync.OnceValue(func() map[string]bool { return lexiconList("business-words").set() })

// ownerName reports whether name reads as one person's name whose words
// the host holds (hostHolds).
func ownerName(name, host string) bool {
	return personName(name) && hostHolds(host, strings.Fields(name))
}

// personName reports whether name reads as one person's name: two to
// maxOwnerWords capitalised words (fullName) with no digit, no
// organisation's word nor job title (bylineParts), no business's word
// none in capitals, and no character but a name's.
func personName(name string) bool {
	words := strings.Fields(name)
	if len(words) < 2 || len(words) > maxOwnerWords || strings.ContainsFunc(name, unicode.IsDigit) ||
		!readsAsName(name) || !fullName(name) || nameOnly(name) == "" {
		return false
	}
	people, orgs := bylineParts(name)
	if len(people) != 1 || len(orgs) != 0 || people[0] != name {
		return false
	}
	for _, w := range words {
		if businessWords()[strings.ToLower(w)] || capitals(w) || strings.ContainsFunc(w, notNameChar) {
			return false
		}
	}
	return true
}

// hostHolds reports whether host, its letters lowercased, holds a word
// of words of minOwnerWord letters or more, or that word's first
// ownerPrefix letters.
func hostHolds(host string, words []string) bool {
	for _, w := range words {
		w = strings.ToLower(strings.TrimFunc(w, notNameRune))
		if len([]rune(w)) < minOwnerWord || strings.ContainsFunc(w, notNameRune) {
			continue
		}
		if rs := []rune(w); len(rs) > ownerPrefix {
			w = string(rs[:ownerPrefix])
		}
		if strings.Contains(host, w) {
			return true
		}
	}
	return false
}

// ownerHost is u's host as siteKey reads it, its letters and digits
// without "www." and its public suffix ("tobyhede" of www.tobyhede.com,
// "owainbearblog" of owain.bearblog.dev), or "".
func ownerHost(u string) string {
	pu, err := url.Parse(u)
	if err != nil || pu.Hostname() == "" {
		return ""
	}
	return siteKey(pu.Hostname())
}

// lowerWords are the words the page's text writes in lowercase, but
// for those of an address or a handle ("github.com/artmann", a logo's
// "toby/hede").
func (p *page) lowerWords() map[string]bool {
	out := map[string]bool{}
	for _, b := range p.blocks {
		for _, f := range strings.Fields(b.text) {
			if strings.ContainsAny(strings.Trim(f, ".,:;!?()[]<>\"'"), "./@:_") {
				continue // an address or a handle ("github.com/artmann"), no word
			}
			for _, w := range strings.FieldsFunc(f, notNameRune) {
				if r := []rune(w); unicode.IsLower(r[0]) {
					out[w] = true
				}
			}
		}
	}
	return out
}

// commonWords reports whether a word of name, lowercased, is one the
// page writes in lowercase: a common noun ("hotels"), not a name's.
func commonWords(name string, lower map[string]bool) bool {
	for _, w := range strings.Fields(name) {
		if w = strings.ToLower(strings.TrimFunc(w, notNameRune)); w != "" && lower[w] {
			return true
		}
	}
	return false
}
