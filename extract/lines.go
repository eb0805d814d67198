package extract

import (
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Line rules: boilerplate that only its words give away. Each takes one
// block's text. They are deliberately narrow — a false positive deletes a
// reader's paragraph — and each one comes from a pattern the seed pages
// or the benchmark pages showed.

// bylineRe matches "By Matthew Lee, The Associated Press" and its usual
// translations and labels. The name must start with a capital (or be in
// a script without case) and stay short, so a sentence beginning with "By
// the end of the year" does not qualify.
var bylineRe = regexp.MustCompile(`^(?:[Bb]y|BY|[Ww]ritten by|[Ss]tory by|[Pp]osted by|[Rr]eporting by|[Vv]on|VON|[Pp]ar|PAR|[Pp]or|POR|[Dd]i|[Dd]oor|[Aa]v|[Aa]f|[Pp]ublicado por|[Ee]scrito por|[Tt]ext|[Tt]exto|[Tt]ekst|Текст|Автор|[Aa]utor|[Aa]utorin|[Aa]uthor|[Aa]uteur)\s*:?\s+(\S.{0,100})$`)

// bylineLine reports whether text is a byline and returns it without its
// "By". weak is true for a byline whose name is one lowercase word, a
// user name such as "admin": it only counts beside a date.
func bylineLine(text string) (name string, ok bool) {
	name, ok, weak := bylineOf(text)
	return name, ok && !weak
}

func bylineOf(text string) (name string, ok, weak bool) {
	m := bylineRe.FindStringSubmatch(strings.TrimSpace(text))
	if m == nil {
		return "", false, false
	}
	name = strings.TrimRight(m[1], " .|")
	words := strings.Fields(name)
	if len(words) == 0 || len(words) > 12 || strings.ContainsAny(name, "!?") {
		return "", false, false
	}
	// "By the numbers", "By Sunday, …": a name's words are capitalised.
	for _, w := range words[:min(2, len(words))] {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) {
			if len(words) == 1 && len(w) <= 20 {
				return name, true, true
			}
			return "", false, false
		}
	}
	return name, true, false
}

// metaLine is what a line of article metadata says: "By Ana Ruiz |
// March 3, 2024 · 6 min read", "Posted on March 3, 2024 by Ana",
// "Claire Vidal – Publié le 5 octobre 2023".
type metaLine struct {
	byline              string
	published, modified Date
}

var (
	metaLabelRe = regexp.MustCompile(`(?i)(?:^|\s)(?:last updated|updated|published|posted|first published|publié|mis à jour|veröffentlicht|aktualisiert|publicado|actualizado)(?:$|[\s:])`)
	byRe        = regexp.MustCompile(`\s(?:by|By|von|par|por)\s+\S|\s(?:on|am|le|el|em)\s+\S`)
	readTimeRe  = regexp.MustCompile(`(?i)^\d+\s*(?:min|mins|minutes?|minuten|minutos)\.?(?:\s+(?:read|de lecture|lesezeit|de lectura))?$`)
	nameRe      = regexp.MustCompile(`^\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){1,4}$`)
	// metaNoiseRe matches the other parts of a metadata line: its
	// category, tags, comment count, a view count.
	metaNoiseRe = regexp.MustCompile(`(?i)^(?:(?:categor(?:y|ies|ia|ie)|kategorie|rubrik|rubrique|section|tags?|schlagwörter|etiquetas|temas|filed under)\s*:.*|in\s+\p{Lu}[\p{L} &]{0,40}|\d+\s+(?:comments?|kommentare?|commentaires?|comentarios?|comentários|reactions?|replies|views)|(?:no|keine)\s+comments?|comments?|\d+)$`)
)

// parseMetaLine reads a line made only of bylines, dates and reading
// times, in any order and with any of the usual separators. ok is false
// when any part of the line is something else: then it is article text.
func parseMetaLine(text string) (m metaLine, ok bool) {
	text = strings.TrimSpace(text)
	if text == "" || len(text) > 200 || !mayBeMeta(text) {
		return m, false
	}
	if d, modified, isDate := dateLine(text); isDate {
		return m.addDate(d, modified), true
	}
	var names, weak []string
	dated, bylined, noise := false, false, false
	for _, part := range splitMeta(text) {
		cuts := []*regexp.Regexp{metaLabelRe, byRe}
		if !mayFold(part, labelKeys...) {
			cuts = cuts[1:]
		}
		for _, seg := range splitAt(part, cuts...) {
			seg = strings.Trim(seg, " ,;:-–—")
			switch d, modified, isDate := dateLine(seg); {
			case seg == "" || readTimeRe.MatchString(seg):
			case isDate:
				dated = true
				m = m.addDate(d, modified)
			default:
				if name, isBy, isWeak := bylineOf(seg); isBy && isWeak {
					weak = append(weak, name)
				} else if isBy {
					bylined = true
					if m.byline == "" {
						m.byline = name
					}
				} else if nameRe.MatchString(seg) {
					names = append(names, seg)
				} else if metaNoiseRe.MatchString(seg) || isMetaLabel(seg) {
					noise = true
				} else if n, d, ok := nameThenDate(seg); ok {
					dated = true
					names = append(names, n)
					m = m.addDate(d, false)
				} else {
					return metaLine{}, false
				}
			}
		}
	}
	// A bare name or a user name counts as the byline only beside a
	// date: "Priya Nair · 22 January 2024". Alone it could be a heading
	// or a sentence.
	if !dated && !bylined {
		return metaLine{}, false
	}
	if m.byline == "" {
		if len(names) > 0 {
			m.byline = strings.Join(names, ", ")
		} else if len(weak) > 0 && dated {
			m.byline = weak[0]
		}
	}
	_ = noise
	return m, true
}

// metaLeads are the words a line needs to hold a date or a byline when it
// holds no digit: relative dates ("yesterday", "aujourd'hui") and the
// words bylineRe starts with. Month names are in monthNames.
var metaLeads = setOf(`
	today yesterday heute gestern aujourd hui hier hoy ayer hoje ontem oggi ieri vandaag gisteren
	by written story posted reporting von par por di door av af publicado escrito
	text texto tekst текст автор autor autorin author auteur
`)

// mayBeMeta reports whether text could be a metadata line: parseMetaLine
// accepts only lines with a date or a byline, and neither comes without a
// digit, a month name or one of metaLeads. Most short lines of a body
// (headings, labels) have none, and skip the line's full reading.
func mayBeMeta(text string) bool {
	start := -1
	check := func(end int) bool {
		w := strings.ToLower(text[start:end])
		start = -1
		return dateLex().months[w] != 0 || metaLeads[w]
	}
	for i, r := range text {
		switch {
		case unicode.IsDigit(r):
			return true
		case unicode.IsLetter(r):
			if start < 0 {
				start = i
			}
		case start >= 0 && check(i):
			return true
		}
	}
	return start >= 0 && check(len(text))
}

func (m metaLine) addDate(d Date, modified bool) metaLine {
	if modified && m.modified.IsZero() {
		m.modified = d
	} else if !modified && m.published.IsZero() {
		m.published = d
	}
	return m
}

// isMetaLabel reports whether seg is nothing but a publishing label:
// "Posted", "Updated".
func isMetaLabel(seg string) bool {
	if !mayFold(seg, labelKeys...) {
		return false
	}
	loc := metaLabelRe.FindStringIndex(seg)
	return loc != nil && strings.TrimSpace(seg[:loc[0]]+seg[loc[1]:]) == ""
}

// nameThenDate reads a name run into a date with no separator: "Jose
// Altoveros 2019-11-20 14:35:08", "LinkNaija August 08, 2018".
func nameThenDate(seg string) (string, Date, bool) {
	words := strings.Fields(seg)
	if len(words) > 12 {
		return "", Date{}, false
	}
	for k := 1; k < len(words) && k <= 4; k++ {
		name, rest := strings.Join(words[:k], " "), strings.Join(words[k:], " ")
		r, _ := utf8.DecodeRuneInString(name)
		if !unicode.IsUpper(r) {
			return "", Date{}, false
		}
		if readDateWords(rest).isDate() {
			return name, parseDate(rest), true
		}
	}
	return "", Date{}, false
}

// splitMeta cuts a metadata line at its separators: bars, middle dots,
// bullets, dashes between spaces, and slashes that do not sit between
// two digits (so 11/19/19 stays whole).
func splitMeta(text string) []string {
	var out []string
	start := 0
	rs := []rune(text)
	pos := 0 // byte offset of rs[i]
	for i, r := range rs {
		size := utf8.RuneLen(r)
		cut := false
		switch r {
		case '|', '·', '•', '／', '｜':
			cut = true
		case '/':
			cut = !(i > 0 && i+1 < len(rs) && unicode.IsDigit(rs[i-1]) && unicode.IsDigit(rs[i+1]))
		case '-', '–', '—':
			cut = i > 0 && i+1 < len(rs) && unicode.IsSpace(rs[i-1]) && unicode.IsSpace(rs[i+1])
		}
		if cut {
			out = append(out, text[start:pos])
			start = pos + size
		}
		pos += size
	}
	return append(out, text[start:])
}

// splitAt cuts s before every match of the patterns.
func splitAt(s string, res ...*regexp.Regexp) []string {
	var cuts []int
	for _, re := range res {
		for _, loc := range re.FindAllStringIndex(s, -1) {
			cuts = append(cuts, loc[0])
		}
	}
	if len(cuts) == 0 {
		return []string{s}
	}
	sort.Ints(cuts)
	var out []string
	prev := 0
	for _, c := range cuts {
		out = append(out, s[prev:c])
		prev = c
	}
	return append(out, s[prev:])
}

// orgWords mark the part of a byline that names the publisher, not a
// person: "The Associated Press", "Reuters", "CNN Wire".
var orgWords = regexp.MustCompile(`(?i)^the\b|\b(press|news|agency|reuters|afp|wire|staff|times|post|journal|herald|tribune|correspondent|reporter|editor|desk|bureau|media|network|online)\b`)

var authorListRe = regexp.MustCompile(`\s*(?:,|;|\band\b|&|\bund\b|\bet\b|\by\b)\s*`)

// bylineAuthors splits a byline into people: "Matthew Lee, The Associated
// Press" gives Matthew Lee; "Ana Ruiz and Bo Li" gives both.
func bylineAuthors(byline string) []string {
	var out []string
	for _, part := range authorListRe.Split(byline, -1) {
		part = strings.TrimSpace(part)
		if part == "" || orgWords.MatchString(part) || len(strings.Fields(part)) > 4 {
			continue
		}
		out = append(out, part)
	}
	return out
}

// shareWords are what share bars, follow buttons and tool rows leave in
// the text when their icons are gone (lexicon/share-labels.txt).
var shareWords = sync.OnceValue(func() map[string]bool { return lexiconList("share-labels").set() })

var shareSplitRe = regexp.MustCompile(`\s*[|·•/,]\s*|\s{2,}`)

// followRe matches a prompt to follow the site on social networks:
// "Follow Newsbeat on Instagram, Facebook, Twitter and YouTube."
var followRe = regexp.MustCompile(`(?i)^(?:follow\s[^.]{1,60}?\son|s[ií]guenos\s+en|folg(?:en sie|e) uns\s+auf|suivez-nous\s+sur|seguici\s+su|siga-nos\s+no)\s(?:(?:facebook|twitter|x|instagram|youtube|linkedin|tiktok|threads|bluesky|flipboard|mastodon|telegram|whatsapp)(?:\s*\(@\w+\))?(?:\s*,\s*(?:(?:and|y|und|et|e)\s+)?|\s+(?:and|y|und|et|e)\s+|\s*&\s*|\s*$))+$`)

// shareLine reports whether text is nothing but share and follow labels,
// or a prompt to follow the site on social networks.
func shareLine(text string) bool {
	t := strings.ToLower(strings.Trim(text, " .:|"))
	if t == "" || len(t) > 160 {
		return false
	}
	if (t[0] == 'f' || t[0] == 's') && followRe.MatchString(t) {
		return true
	}
	if len(t) > 80 {
		return false
	}
	words := shareWords()
	if words[t] {
		return true
	}
	parts := shareSplitRe.Split(t, -1)
	if len(parts) == 1 {
		parts = strings.Fields(t)
	}
	for _, w := range parts {
		if w != "" && !words[w] {
			return false
		}
	}
	return len(parts) > 1
}

// urlLine reports whether text is the page's own address, as the "copy
// link" fields of share bars show it. Other addresses in a body are the
// article's (sources, shop links).
func urlLine(text, pageURL string) bool {
	t := strings.TrimRight(strings.TrimSpace(text), "/")
	return t != "" && pageURL != "" && strings.HasPrefix(t, "http") && t == strings.TrimRight(pageURL, "/")
}

// copyrightRe matches a site's copyright notice: "© 2019 Calder
// Publishing", "The contents of this site are ©2019 …", "Alle Rechte
// vorbehalten".
var copyrightRe = regexp.MustCompile(`(?i)©|\(c\)\s*\d{4}|copyright\s+(?:©\s*)?\d{4}|all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|wszelkie prawa zastrzeżone`)

// copyrightLine reports whether text is a short copyright notice.
func copyrightLine(text string) bool {
	return len(text) < 300 && wordsAtMost(text, 30) && (strings.Contains(text, "©") ||
		mayFold(text, "(c", "copyright", "rights reserved", "rechte vorbehalten", "droits r", "derechos reservados", "diritti riservati", "prawa zastrze")) &&
		copyrightRe.MatchString(text)
}

// adLabels are the labels ad slots leave behind.
var adLabels = map[string]bool{
	"advertisement": true, "advertising": true, "ad": true, "ads": true, "anzeige": true,
	"werbung": true, "publicité": true, "publicidad": true, "pubblicità": true,
	"sponsored": true, "sponsored content": true, "reklama": true, "advertentie": true,
	"story continues below advertisement": true, "article continues below advertisement": true,
	"continue reading below": true, "article continues below": true,
	"scroll to continue with content": true, "ads by google": true, "paid content": true,
	"content continues below": true, "story continues below": true,
}

func adLine(text string) bool {
	return adLabels[strings.ToLower(strings.Trim(text, " .:-–—"))]
}

// Captions end with a photo credit in parentheses — "(AP Photo/Evan
// Vucci)", "(Reuters)" — or start or end with a credit label. A lead
// paragraph such as "LONDON (Reuters) - …" has its credit in the middle
// and is not a caption.
var (
	creditEndRe   = regexp.MustCompile(`(?i)\((?:[^()]*\b(?:photo|photos|photograph|foto|image|picture|pic|credit|file|pool|courtesy|via|handout|screenshot|screengrab|illustration)\b[^()]*|ap|afp|reuters|getty images|getty|epa|epa-efe|dpa|xinhua|anadolu|bloomberg|shutterstock|istock|ansa|efe|kyodo|yonhap|sipa|abaca|zuma|alamy)\)\.?$`)
	creditLabelRe = regexp.MustCompile(`(?i)^(?:photo|photograph|photos|image|picture|credit|credits|foto|fotos|bild|quelle|source|illustration)\s*(?:credit)?\s*[:/|]|^©|(?:^|[.!?]\s+|\s[|–—-]\s)(?:photo|photograph|picture|image|credit|foto|bild)\s*:\s*[^.]{2,80}\.?$`)
)

func captionLine(text string) bool {
	t := strings.TrimSpace(text)
	// What each pattern cannot match without, tested first: creditEndRe
	// ends in ")" or ")."; every branch of creditLabelRe starts with "©"
	// or holds one of ":/|" and one of its label words. Most paragraphs
	// fail both at once.
	creditEnd := strings.HasSuffix(t, ")") || strings.HasSuffix(t, ").")
	creditLabel := strings.HasPrefix(t, "©") || strings.ContainsAny(t, ":/|") &&
		mayFold(t, "photo", "image", "picture", "credit", "foto", "bild", "quelle", "source", "illustration")
	if !creditEnd && !creditLabel || !wordsAtMost(t, 70) {
		return false
	}
	return creditEnd && creditEndRe.MatchString(t) || creditLabel && creditLabelRe.MatchString(t)
}

// wordsAtMost reports whether s holds at most n words, reading no further
// than its word n+1.
func wordsAtMost(s string, n int) bool {
	for range strings.FieldsSeq(s) {
		if n--; n < 0 {
			return false
		}
	}
	return true
}

// mayFold reports whether s could hold one of keys under (?i): keys are
// lowercase ASCII, s is compared with its ASCII capitals lowered, and the
// only non-ASCII runes that fold to ASCII letters (the Kelvin sign and
// the long s) make it answer true.
func mayFold(s string, keys ...string) bool {
	if strings.ContainsAny(s, "\u212a\u017f") {
		return true
	}
	for _, k := range keys {
		for i := 0; i+len(k) <= len(s); i++ {
			j := 0
			for j < len(k) && s[i+j]|asciiCase(s[i+j]) == k[j] {
				j++
			}
			if j == len(k) {
				return true
			}
		}
	}
	return false
}

// asciiCase is the bit that lowers c when it is an ASCII capital, else 0.
func asciiCase(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return 0x20
	}
	return 0
}

// labelKeys are ASCII parts of every label metaLabelRe knows.
var labelKeys = []string{"updated", "publi", "posted", "jour", "ffentlicht", "aktualisiert", "actualizado"}

// relatedRe matches the prompts that introduce links to other stories.
// Short words ("Related:", "Lea:", "Mira:") count only with their colon,
// or alone.
var relatedRe = regexp.MustCompile(`(?i)^(?:(?:read more|read also|also read|related articles?|related stories|see also|more on this|more from|recommended|you may also like|you might also like|lesen sie auch|auch lesen|zum weiterlesen|schon gelesen|mehr zum thema|auch interessant|à lire aussi|lire aussi|leer más|lea más|lea también|lee también|vea también|ver también|le puede interesar|te puede interesar|puede interesarte|notas relacionadas|noticias relacionadas|leia também|leia mais|veja também|leggi anche|lees ook)\b\s*[:.…»>?-]?|(?:related|lea|lee|mira|vea|puedes ver|te recomendamos)\s*:|related\s*$|[^.:]{0,25}\bkönnte (?:dich|sie|euch) auch interessieren)`)

func relatedLine(text string, b *block) bool {
	return (b.link > 0 || wordsAtMost(text, 12)) && relatedRe.MatchString(text)
}

// newsletterRe matches sign-up prompts.
var newsletterRe = regexp.MustCompile(`(?i)^(?:sign up(?: (?:for|to)|\s*[:!])|subscribe (?:to|for|now)|get (?:our|the) [\w ]{0,30}newsletter|get [^.]{0,60} delivered (?:straight )?to your inbox|join our newsletter|register for free|already a subscriber|you(?:'ve| have) (?:been )?successfully subscribed|there was a problem subscribing|melden sie sich|abonnieren sie|inscrivez-vous|suscríbete)`)

func newsletterLine(text string) bool {
	return wordsAtMost(text, 40) && newsletterRe.MatchString(text)
}

// sameText compares two lines ignoring case, white space and closing
// punctuation, as a title repeated in the body or a sign-off repeating the
// byline must be compared.
func sameText(a, b string) bool {
	norm := func(s string) string {
		return strings.ToLower(strings.TrimRight(collapse(s), " .:|"))
	}
	// Lines of very different lengths differ: lowering and collapsing
	// (lines are mostly collapsed already) change a length by far less.
	if a == "" || len(a) > 3*len(b)+16 || len(b) > 3*len(a)+16 {
		return false
	}
	return norm(a) == norm(b)
}
