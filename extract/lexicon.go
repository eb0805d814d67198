package extract

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The lexicon is what pare knows of the words pages use: share labels,
// boilerplate headings, month names, class words. It is data, kept in
// lexicon/*.txt, one entry a line, so adding a language or a label means
// adding lines, not code.
//
// A file starts with '#' comment lines saying what the list is for and
// where its idea came from. Entries follow, one a line, lowercase unless
// the file's comment says otherwise, with inner spaces kept. A line
// "[group]" puts the entries below it in that group (a removal reason, a
// month number); a file without groups is a plain set. Blank lines and
// '#' lines are skipped anywhere.
//
// Each list is parsed once, on first use, through sync.OnceValue; New
// checks every file first, so a broken list is an error from New, not a
// panic on some page.

//go:embed lexicon/*.txt
var lexiconFiles embed.FS

// wordList is one lexicon file.
type wordList struct {
	name    string
	entries []wordEntry
}

// wordEntry is one line of a list: the entry and the group it sits in
// ("" before any [group] line).
type wordEntry struct {
	text, group string
	line        int
}

// maxLexiconLine bounds one line of a lexicon file.
const maxLexiconLine = 4096

// parseWordList reads one lexicon file. Errors name the file and line.
func parseWordList(name string, data []byte) (wordList, error) {
	l := wordList{name: name}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, maxLexiconLine)
	group := ""
	seen := map[string]int{}
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
			continue
		case strings.HasPrefix(line, "["):
			if !strings.HasSuffix(line, "]") || len(line) < 3 {
				return l, fmt.Errorf("extract: lexicon/%s:%d: group %q is not of the form [name]", name, n, line)
			}
			group = line[1 : len(line)-1]
			continue
		case !utf8.ValidString(line):
			return l, fmt.Errorf("extract: lexicon/%s:%d: not UTF-8", name, n)
		}
		line = strings.Join(strings.Fields(line), " ")
		if prev, dup := seen[line]; dup {
			return l, fmt.Errorf("extract: lexicon/%s:%d: %q is already on line %d", name, n, line, prev)
		}
		seen[line] = n
		l.entries = append(l.entries, wordEntry{text: line, group: group, line: n})
	}
	if err := sc.Err(); err != nil {
		return l, fmt.Errorf("extract: lexicon/%s: %w", name, err)
	}
	if len(l.entries) == 0 {
		return l, fmt.Errorf("extract: lexicon/%s: no entries", name)
	}
	return l, nil
}

// set is the list's entries as a set.
func (l wordList) set() map[string]bool {
	m := make(map[string]bool, len(l.entries))
	for _, e := range l.entries {
		m[e.text] = true
	}
	return m
}

// groupSet is the entries of one group as a set.
func (l wordList) groupSet(g string) map[string]bool {
	m := map[string]bool{}
	for _, e := range l.entries {
		if e.group == g {
			m[e.text] = true
		}
	}
	return m
}

// texts is the list's entries in file order.
func (l wordList) texts() []string {
	out := make([]string, len(l.entries))
	for i, e := range l.entries {
		out[i] = e.text
	}
	return out
}

// grouped maps each entry to its group.
func (l wordList) grouped() map[string]string {
	m := make(map[string]string, len(l.entries))
	for _, e := range l.entries {
		m[e.text] = e.group
	}
	return m
}

// inGroup is the entries of one group, in file order.
func (l wordList) inGroup(g string) []string {
	var out []string
	for _, e := range l.entries {
		if e.group == g {
			out = append(out, e.text)
		}
	}
	return out
}

// asciiKeys derives, from each entry, the longest run of ASCII letters
// and digits in it, lowercased: what mayFold looks for before a pattern
// built from the same list runs. Every entry yields a key (an entry with
// no ASCII run yields "", which makes mayFold always true, so the
// prefilter never hides a match), and the keys can never drift from the
// list they come from.
func (l wordList) asciiKeys() []string {
	seen := map[string]bool{}
	var keys []string
	for _, e := range l.entries {
		k := longestASCIIRun(strings.ToLower(e.text))
		if !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	return keys
}

func longestASCIIRun(s string) string {
	best, start := "", -1
	for i := 0; i <= len(s); i++ {
		in := i < len(s) && s[i] < utf8.RuneSelf && (unicode.IsLetter(rune(s[i])) || unicode.IsDigit(rune(s[i])))
		if in && start < 0 {
			start = i
		}
		if !in && start >= 0 {
			if i-start > len(best) {
				best = s[start:i]
			}
			start = -1
		}
	}
	return best
}

// lexiconList returns the parsed list lexicon/name.txt. It panics on a
// missing or broken file, which New rules out first (checkLexicon) and
// TestLexicon checks for every file.
func lexiconList(name string) wordList {
	l, err := readWordList(lexiconFiles, name)
	if err != nil {
		panic(err)
	}
	return l
}

func readWordList(fsys fs.FS, name string) (wordList, error) {
	data, err := fs.ReadFile(fsys, path.Join("lexicon", name+".txt"))
	if err != nil {
		return wordList{}, fmt.Errorf("extract: lexicon: %w", err)
	}
	return parseWordList(name, data)
}

// checkLexicon parses every lexicon file once, for New, then builds
// every structure made from the lexicon (lexiconUses), so a list that
// parses but does not fit its use (a missing group, a month numbered 13,
// a phrase that breaks its pattern) is an error from New, not a panic on
// the first page.
var checkLexicon = sync.OnceValue(func() (err error) {
	names, err := fs.Glob(lexiconFiles, "lexicon/*.txt")
	if err != nil {
		return err
	}
	for _, n := range names {
		if _, err := readWordList(lexiconFiles, strings.TrimSuffix(path.Base(n), ".txt")); err != nil {
			return err
		}
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("extract: lexicon: %v", r)
		}
	}()
	for _, use := range lexiconUses {
		use()
	}
	return nil
})

// lexiconUses builds each structure made from the lexicon: every
// sync.OnceValue of the package but checkLexicon itself
// (TestLexiconUsesListed holds the list complete).
var lexiconUses = []func(){
	func() { hoverWords() }, func() { classWords() }, func() { classWeights() },
	func() { dateTidyLex() }, func() { dateLineLex() }, func() { updateLabels() }, func() { originLex() }, func() { originVerbs() }, func() { dateLex() },
	func() { lineLex() }, func() { metaLex() }, func() { lineRules() },
	func() { metaFields() }, func() { storyURLAttrs() }, func() { storyAttrs() }, func() { storyIDWords() }, func() { kickerClasses() },
	func() { headingLex() }, func() { sentenceEnds() }, func() { documentParts() },
	func() { renderFurniture() },
	func() { monthFirstLangs() }, func() { relativeWords() }, func() { authorCardLabels() }, func() { bylineClasses() },
	func() { authorRoles() }, func() { dateLeadWords() }, func() { zoneNames() }, func() { authorClassSkips() }, func() { businessWords() }, func() { portraitWords() }, func() { bylineStems() }, func() { bylineLeads() },
	func() { notNames() }, func() { controlVerbs() }, func() { nameParticles() }, func() { creditWords() }, func() { gluedLeads() },
	func() { pageItemTypes() }, func() { dateLabels() }, func() { translatorLeads() },
}
