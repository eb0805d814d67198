package extract

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
)

// Line rules: boilerplate that only its words give away. Each takes one
// block's text. They are deliberately narrow — a false positive deletes a
// reader's paragraph — and each one comes from a pattern the seed pages
// or the benchmark pages showed.

// bylineRe matches "By Matthew Lee, The Associated Press" and its usual
// translations. The name must start with a capital and stay short, so a
// sentence beginning with "By the end of the year" does not qualify.
var bylineRe = regexp.MustCompile(`^(?:[Bb]y|BY|[Ww]ritten by|[Ss]tory by|[Pp]osted by|[Vv]on|VON|[Pp]ar|PAR|[Pp]or|POR|[Dd]i|[Dd]oor|[Aa]v|[Aa]f)\s*:?\s+(\p{Lu}.{1,100})$`)

// bylineLine reports whether text is a byline and returns it without its
// "By".
func bylineLine(text string) (string, bool) {
	m := bylineRe.FindStringSubmatch(strings.TrimSpace(text))
	if m == nil {
		return "", false
	}
	name := strings.TrimRight(m[1], " .|")
	if len(strings.Fields(name)) > 12 || strings.ContainsAny(name, "!?") {
		return "", false
	}
	// "By the numbers", "By Sunday, …": a name's words are capitalised.
	for _, w := range strings.Fields(name)[:min(2, len(strings.Fields(name)))] {
		if r := []rune(w)[0]; !unicode.IsUpper(r) && !unicode.IsPunct(r) {
			return "", false
		}
	}
	return name, true
}

// metaLine is what a line of article metadata says: "By Ana Ruiz |
// March 3, 2024 · 6 min read", "Posted on March 3, 2024 by Ana",
// "Claire Vidal – Publié le 5 octobre 2023".
type metaLine struct {
	byline              string
	published, modified Date
}

var (
	metaSepRe   = regexp.MustCompile(`\s+[|·•–—]\s+|\s+-\s+|\s*\|\s*`)
	metaLabelRe = regexp.MustCompile(`(?i)(?:^|\s)(?:last updated|updated|published|posted|first published|publié|mis à jour|veröffentlicht|aktualisiert|publicado|actualizado)\b`)
	byRe        = regexp.MustCompile(`\s(?:by|By|von|par|por)\s+\p{Lu}`)
	readTimeRe  = regexp.MustCompile(`(?i)^\d+\s*(?:min|mins|minutes?|minuten|minutos)\.?(?:\s+(?:read|de lecture|lesezeit|de lectura))?$`)
	nameRe      = regexp.MustCompile(`^\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){1,4}$`)
)

// parseMetaLine reads a line made only of bylines, dates and reading
// times, in any order and with any of the usual separators. ok is false
// when any part of the line is something else: then it is article text.
func parseMetaLine(text string) (m metaLine, ok bool) {
	text = strings.TrimSpace(text)
	if text == "" || len(text) > 200 {
		return m, false
	}
	var segs []string
	for _, part := range metaSepRe.Split(text, -1) {
		segs = append(segs, splitAt(part, metaLabelRe, byRe)...)
	}
	var names []string
	dated, bylined := false, false
	for _, seg := range segs {
		seg = strings.Trim(seg, " ,;:")
		switch d, modified, isDate := dateLine(seg); {
		case seg == "" || readTimeRe.MatchString(seg):
		case isDate:
			dated = true
			if modified && m.modified.IsZero() {
				m.modified = d
			} else if !modified && m.published.IsZero() {
				m.published = d
			}
		default:
			if name, isBy := bylineLine(seg); isBy {
				bylined = true
				if m.byline == "" {
					m.byline = name
				}
			} else if nameRe.MatchString(seg) {
				names = append(names, seg)
			} else {
				return metaLine{}, false
			}
		}
	}
	// A bare name counts as the byline only beside a date: "Priya Nair ·
	// 22 January 2024". Alone it could be a heading or a sentence.
	if len(names) > 0 && (dated || bylined) && m.byline == "" {
		m.byline = strings.Join(names, ", ")
	} else if len(names) > 0 && !dated && !bylined {
		return metaLine{}, false
	}
	return m, dated || bylined
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
// the text when their icons are gone.
var shareWords = map[string]bool{
	"share": true, "share this": true, "share this article": true, "share this story": true,
	"share on facebook": true, "share on twitter": true, "share on x": true,
	"share via email": true, "share via e-mail": true, "tweet": true, "email": true,
	"e-mail": true, "mail": true, "print": true, "copy link": true, "copy url": true,
	"link copied": true, "copied": true, "facebook": true, "twitter": true, "x": true,
	"linkedin": true, "whatsapp": true, "reddit": true, "pinterest": true, "telegram": true,
	"messenger": true, "flipboard": true, "sms": true, "short url": true, "follow": true,
	"follow us": true, "unfollow": true, "save": true, "save article": true,
	"gift article": true, "gift this article": true, "comments": true, "comment": true,
	"listen": true, "listen to this article": true, "bookmark": true, "teilen": true,
	"partager": true, "compartir": true, "condividi": true, "delen": true,
	"drucken": true, "imprimer": true, "whats app": true, "fb": true, "threads": true,
	"bluesky": true, "instagram": true, "youtube": true, "tiktok": true,
}

var shareSplitRe = regexp.MustCompile(`\s*[|·•/,]\s*|\s{2,}`)

// shareLine reports whether text is nothing but share and follow labels.
func shareLine(text string) bool {
	t := strings.ToLower(strings.Trim(text, " .:|"))
	if t == "" || len(t) > 80 {
		return false
	}
	if shareWords[t] {
		return true
	}
	parts := shareSplitRe.Split(t, -1)
	if len(parts) == 1 {
		parts = strings.Fields(t)
	}
	for _, w := range parts {
		if w != "" && !shareWords[w] {
			return false
		}
	}
	return len(parts) > 1
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
	if len(strings.Fields(t)) > 70 {
		return false
	}
	return creditEndRe.MatchString(t) || creditLabelRe.MatchString(t)
}

// relatedRe matches the prompts that introduce links to other stories.
var relatedRe = regexp.MustCompile(`(?i)^(?:read more|read also|also read|related|related articles?|related stories|see also|more on this|more from|recommended|you may also like|you might also like|lesen sie auch|mehr zum thema|auch interessant|à lire aussi|lire aussi|leer más|lea también|te puede interesar|leggi anche|lees ook)\b\s*[:.…»>-]?`)

func relatedLine(text string, b *block) bool {
	if !relatedRe.MatchString(text) {
		return false
	}
	return b.link > 0 || len(strings.Fields(text)) <= 12
}

// newsletterRe matches sign-up prompts.
var newsletterRe = regexp.MustCompile(`(?i)^(?:sign up (?:for|to)|subscribe (?:to|for|now)|get (?:our|the) [\w ]{0,30}newsletter|join our newsletter|register for free|already a subscriber|melden sie sich|abonnieren sie|inscrivez-vous|suscríbete)`)

func newsletterLine(text string) bool {
	return len(strings.Fields(text)) <= 40 && newsletterRe.MatchString(text)
}

// sameText compares two lines ignoring case, white space and closing
// punctuation, as a title repeated in the body or a sign-off repeating the
// byline must be compared.
func sameText(a, b string) bool {
	norm := func(s string) string {
		return strings.ToLower(strings.TrimRight(collapse(s), " .:|"))
	}
	return a != "" && norm(a) == norm(b)
}
