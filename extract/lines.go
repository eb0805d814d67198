package extract

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
)

// Line rules: boilerplate that only its words give away. Each takes one
// block's text. They are deliberately narrow — a false positive deletes a
// reader's paragraph — and each one comes from a pattern the seed pages
// or the benchmark pages showed. Their words are in lexicon/*.txt; the
// registry that runs them, in order, is in linerules.go; metadata lines
// (bylines, dates) are in metalines.go.

const (
	// maxFollowLine and maxShareLine are the longest lines, in bytes,
	// taken for a follow-us prompt and for a row of share labels: a
	// prompt names up to a dozen networks, a row a few labels. Measured
	// on the ScrapingHub set's share bars.
	maxFollowLine = 160
	maxShareLine  = 80
	// followGapChars is how many characters "…" stands for in a follow
	// prompt ("Follow the Opinion section on …"). From the ScrapingHub
	// set.
	followGapChars = 60
	// maxCopyrightLine (bytes) and maxCopyrightWords keep a copyright
	// rule to notices: a paragraph that quotes "all rights reserved"
	// is longer. From the seed pages' footers.
	maxCopyrightLine  = 300
	maxCopyrightWords = 30
	// maxCaptionWords is the longest caption, in words, a photo credit
	// marks: the seed pages' Associated Press captions run to about 60.
	maxCaptionWords = 70
	// creditNameChars is the most characters of the credit after a
	// label that ends a caption ("… Photograph: Jane Doe/Reuters"). From
	// the ScrapingHub set.
	creditNameChars = 80
	// maxReadMoreWords is the longest unlinked line, in words, a
	// read-more prompt may start: a linked one may be longer (the
	// headline it links). From the trafilatura set.
	maxReadMoreWords = 12
	// readMoreLeadChars is how many characters may come before a prompt
	// of read-more.txt's [after a few words] ("Das Thema könnte dich
	// auch interessieren"). From the trafilatura set.
	readMoreLeadChars = 25
	// maxSignUpWords is the longest sign-up prompt in words. From the
	// ScrapingHub set's newsletter widgets.
	maxSignUpWords = 40
	// signUpOfferChars and signUpGapChars are what "…" stands for in
	// sign-up-prompts.txt's [offer] and [delivered] groups.
	signUpOfferChars = 30
	signUpGapChars   = 60
	// maxGalleryLine is the longest line, in bytes, a gallery's counter
	// or control label is: "Zurück zur Galerie" and a little room. The
	// gallery rules, over main at ecf60d1, took three unmarked tune
	// stories with a slideshow from F1 0.75/0.92/0.93 to 1.00/0.93/0.94;
	// on the real sets they take only carousel counters ("Slide 1 of
	// 10", wcxb 2833, whose end heading then goes as edge debris).
	maxGalleryLine = 40
)

// linePatterns are the line rules' words and patterns, built once from
// the lexicon.
type linePatterns struct {
	// shareWords are what share bars, follow buttons and tool rows leave
	// in the text when their icons are gone (share-labels.txt).
	shareWords map[string]bool
	// follow matches a prompt to follow the site on social networks:
	// "Follow Newsbeat on Instagram, Facebook, Twitter and YouTube."
	// (follow-prompts.txt); followFirst holds the letters its prompts
	// start with.
	follow      *regexp.Regexp
	followFirst runeSet
	// copyright matches a site's copyright notice: "© 2019 Calder
	// Publishing", "The contents of this site are ©2019 …", "Alle Rechte
	// vorbehalten" (copyright.txt); copyrightKeys are its prefilter's.
	copyright     *regexp.Regexp
	copyrightKeys []string
	// adLabels are the labels ad slots leave behind (ad-labels.txt).
	adLabels map[string]bool
	// Captions end with a photo credit in parentheses — "(AP
	// Photo/Evan Vucci)", "(Reuters)" (creditEnd, credit-words.txt) — or
	// start or end with a credit label (creditLabel, credit-labels.txt,
	// whose words are creditKeys). A lead paragraph such as "LONDON
	// (Reuters) - …" has its credit in the middle and is not a caption.
	creditEnd, creditLabel *regexp.Regexp
	creditKeys             []string
	// related matches the prompts that introduce links to other stories
	// (read-more.txt). Short words ("Related:", "Lea:", "Mira:") count
	// only with their colon, or alone.
	related *regexp.Regexp
	// signUp matches sign-up prompts (sign-up-prompts.txt).
	signUp *regexp.Regexp
	// galleryCounter matches a slide counter, "Image 1 of 8", "1 / 8";
	// galleryControls are a gallery's button labels; captionToggle
	// matches a collapsible caption's end, "… nation. less"
	// (gallery-words.txt).
	galleryCounter  *regexp.Regexp
	galleryControls map[string]bool
	captionToggle   *regexp.Regexp
	toggleWords     map[string]bool // captionToggle's last words
	// valueRe matches a line that is a machine value: an ISO 8601
	// date-time or an image's address (value-lines.txt).
	valueRe *regexp.Regexp
}

var lineLex = sync.OnceValue(func() *linePatterns {
	follow, copyright := lexiconList("follow-prompts"), lexiconList("copyright")
	credits, labels := lexiconList("credit-words"), lexiconList("credit-labels")
	related, signUp := lexiconList("read-more"), lexiconList("sign-up-prompts")
	gallery, values := lexiconList("gallery-words"), lexiconList("value-lines")
	and := alt(follow.inGroup("and"))
	anyLabel := alt(append(labels.inGroup("start or end"), labels.inGroup("start")...))
	return &linePatterns{
		shareWords: lexiconList("share-labels").set(),
		follow: regexp.MustCompile(`(?i)^` +
			phraseSyntax{space: `\s+`, holes: []hole{{" … ", `\s[^.]{1,` + strconv.Itoa(followGapChars) + `}?\s`}}}.alt(follow.inGroup("prompt")) +
			`\s(?:` + alt(follow.inGroup("network")) + `(?:\s*\(@\w+\))?(?:\s*,\s*(?:` + and + `\s+)?|\s+` + and + `\s+|\s*&\s*|\s*$))+$`),
		followFirst: firstRunes(follow.inGroup("prompt")),
		copyright: regexp.MustCompile(`(?i)©|\(c\)\s*\d{4}|` + alt(copyright.inGroup("before a year")) + `\s+(?:©\s*)?\d{4}|` +
			alt(copyright.inGroup("phrase"))),
		copyrightKeys: append([]string{"(c"}, prefilterKeys(copyright)...),
		adLabels:      lexiconList("ad-labels").set(),
		creditEnd: regexp.MustCompile(`(?i)\((?:[^()]*\b` + alt(credits.inGroup("word")) + `\b[^()]*|` +
			alt(credits.inGroup("agency")) + `)\)\.?$`),
		creditLabel: regexp.MustCompile(`(?i)^` + anyLabel + `\s*(?:credit)?\s*[:/|]|^©|(?:^|[.!?]\s+|\s[|–—-]\s)` +
			alt(labels.inGroup("start or end")) + `\s*:\s*[^.]{2,` + strconv.Itoa(creditNameChars) + `}\.?$`),
		creditKeys: prefilterKeys(labels),
		related: regexp.MustCompile(`(?i)^(?:` + alt(related.inGroup("prompt")) + `\b\s*[:.…»>?-]?|` +
			alt(related.inGroup("with a colon")) + `\s*:|` + alt(related.inGroup("with a colon or alone")) + `\s*(?::|$)|` +
			`[^.:]{0,` + strconv.Itoa(readMoreLeadChars) + `}\b` + alt(related.inGroup("after a few words")) + `)`),
		signUp: regexp.MustCompile(`(?i)^(?:` + alt(signUp.inGroup("prompt")) + `|` + alt(signUp.inGroup("with a colon or !")) + `\s*[:!]|` +
			`(?:` + alt(signUp.inGroup("alone")) + `)\s*[.!]?$|` +
			phraseSyntax{holes: []hole{{" … ", ` [\w ]{0,` + strconv.Itoa(signUpOfferChars) + `}`}}}.alt(signUp.inGroup("offer")) + `|` +
			phraseSyntax{holes: []hole{{" … ", ` [^.]{0,` + strconv.Itoa(signUpGapChars) + `} `}}}.alt(signUp.inGroup("delivered")) + `)`),
		galleryCounter: regexp.MustCompile(`(?i)^(` + alt(gallery.inGroup("item")) + `)?\s*(\d{1,3})\s*(?:(?:` +
			alt(gallery.inGroup("of")) + `)\s*/?|/)\s*(\d{1,3})$`),
		galleryControls: gallery.groupSet("control"),
		valueRe: regexp.MustCompile(`(?i)^(?:\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?|` +
			`https?://\S+\.(?:` + alt(values.inGroup("image")) + `)(?:\?\S*)?)$`),
		captionToggle: regexp.MustCompile(`(?i)(?:[.!?…]|\.\.\.)\s+(?:` + alt(gallery.inGroup("toggle")) + `)$`),
		toggleWords:   gallery.groupSet("toggle"),
	}
})

var shareSplitRe = regexp.MustCompile(`\s*[|·•/,]\s*|\s{2,}`)

// shareLine reports whether text is nothing but share and follow labels,
// or a prompt to follow the site on social networks.
func (lx *linePatterns) shareLine(text string) bool {
	t := strings.ToLower(strings.Trim(text, " .:|"))
	if t == "" || len(t) > maxFollowLine {
		return false
	}
	if lx.followFirst.mayStart(t) && lx.follow.MatchString(t) {
		return true
	}
	if len(t) > maxShareLine {
		return false
	}
	if lx.shareWords[t] {
		return true
	}
	parts := shareSplitRe.Split(t, -1)
	if len(parts) == 1 {
		parts = strings.Fields(t)
	}
	for _, w := range parts {
		if w != "" && !lx.shareWords[w] {
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

// mayBeCopyright is copyrightLine's prefilter: a short line holding "©"
// or a key of what the pattern knows.
func (lx *linePatterns) mayBeCopyright(text string) bool {
	return len(text) < maxCopyrightLine && (strings.Contains(text, "©") || mayFold(text, lx.copyrightKeys...))
}

// copyrightLine reports whether text is a short copyright notice.
func (lx *linePatterns) copyrightLine(text string) bool {
	return lx.mayBeCopyright(text) && wordsAtMost(text, maxCopyrightWords) && lx.copyright.MatchString(text)
}

// galleryLine reports whether text is what a photo gallery leaves once
// its classes are gone: a slide counter whose first number is not above
// its second ("Image 1 of 8", "1 / 8", but not "24/7"), or the label of
// one of its controls ("Back to Gallery", "Caption", "Close"). A bare
// counter, without a word such as "Image", counts only above the prose
// (above is true), where a story's gallery sits: below it "5/5" is a
// rating (wcxb 4253, tune).
func (lx *linePatterns) galleryLine(text string, above bool) bool {
	t := strings.TrimSpace(text)
	if len(t) > maxGalleryLine {
		return false
	}
	if m := lx.galleryCounter.FindStringSubmatch(t); m != nil {
		n, _ := strconv.Atoi(m[2])
		of, _ := strconv.Atoi(m[3])
		return n >= 1 && n <= of && (above || m[1] != "")
	}
	return lx.galleryControls[strings.ToLower(strings.Trim(t, " .:-–—×"))]
}

// captionToggleLine reports whether text ends with the toggle of a
// collapsible caption: a sentence or an ellipsis, then "less" or "more"
// alone. A reader's sentence never ends so.
func (lx *linePatterns) captionToggleLine(text string) bool {
	text = strings.TrimSpace(text)
	// The regexp scans the whole line; most lines end in no toggle.
	last := text[strings.LastIndexAny(text, " \t\n")+1:]
	if !lx.toggleWords[strings.ToLower(last)] {
		return false
	}
	return lx.captionToggle.MatchString(text)
}

// valueLine reports whether text is nothing but a machine value — an
// ISO 8601 date-time ("2019-11-13T23:06:00+01:00") or an image's address
// — as microdata leaves them in the text once the class that hid them is
// gone. A reader's date is written for readers, and an address in an
// article's text points to a page, not to an image file.
func (lx *linePatterns) valueLine(text string) bool {
	t := strings.TrimSpace(text)
	return !strings.ContainsAny(t, " \t") && lx.valueRe.MatchString(t)
}

// adLine reports whether text is nothing but an ad slot's label.
func (lx *linePatterns) adLine(text string) bool {
	return lx.adLabels[strings.ToLower(strings.Trim(text, " .:-–—"))]
}

// mayBeCaption is captionLine's prefilter, what each pattern cannot match
// without: creditEnd ends in ")" or ")."; every branch of creditLabel
// starts with "©" or holds one of ":/|" and one of its label words. Most
// paragraphs fail both at once.
func (lx *linePatterns) mayBeCaption(text string) bool {
	t := strings.TrimSpace(text)
	return creditEnds(t) || lx.mayBeCreditLabel(t)
}

func creditEnds(t string) bool { return strings.HasSuffix(t, ")") || strings.HasSuffix(t, ").") }

func (lx *linePatterns) mayBeCreditLabel(t string) bool {
	return strings.HasPrefix(t, "©") || strings.ContainsAny(t, ":/|") && mayFold(t, lx.creditKeys...)
}

// captionLine reports whether text is a caption that its photo credit
// gives away.
func (lx *linePatterns) captionLine(text string) bool {
	t := strings.TrimSpace(text)
	creditEnd, creditLabel := creditEnds(t), lx.mayBeCreditLabel(t)
	if !creditEnd && !creditLabel || !wordsAtMost(t, maxCaptionWords) {
		return false
	}
	return creditEnd && lx.creditEnd.MatchString(t) || creditLabel && lx.creditLabel.MatchString(t)
}

// relatedLine reports whether text, the text of b, is a read-more prompt:
// linked, or short.
func (lx *linePatterns) relatedLine(text string, b *block) bool {
	return (b.link > 0 || wordsAtMost(text, maxReadMoreWords)) && lx.related.MatchString(text)
}

// newsletterLine reports whether text is a sign-up prompt.
func (lx *linePatterns) newsletterLine(text string) bool {
	return wordsAtMost(text, maxSignUpWords) && lx.signUp.MatchString(text)
}

const (
	// sameTextRatio and sameTextSlack bound how much longer one of two
	// lines sameText may call the same can be: lowering and collapsing
	// (lines are mostly collapsed already) change a length by far less.
	// A safe bound, set to skip the comparison of lines that differ.
	sameTextRatio = 3
	sameTextSlack = 16
)

// sameText compares two lines ignoring case, white space and closing
// punctuation, as a title repeated in the body or a sign-off repeating the
// byline must be compared.
func sameText(a, b string) bool {
	norm := func(s string) string {
		return strings.ToLower(strings.TrimRight(collapse(s), " .:|"))
	}
	if a == "" || len(a) > sameTextRatio*len(b)+sameTextSlack || len(b) > sameTextRatio*len(a)+sameTextSlack {
		return false
	}
	return norm(a) == norm(b)
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
