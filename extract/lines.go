package extract

import (
	"regexp"
	"strings"
	"sync"
)

// Line rules: boilerplate that only its words give away. Each takes one
// block's text. They are deliberately narrow — a false positive deletes a
// reader's paragraph — and each one comes from a pattern the seed pages
// or the benchmark pages showed. Metadata lines (bylines, dates) are in
// metalines.go.

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
