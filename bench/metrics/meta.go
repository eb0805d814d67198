package metrics

import (
	_ "embed"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Match is how one metadata field of an output compares with its label.
// Accuracy is Right over all but Unlabelled; Empty is reported apart, as
// an extractor that says nothing differs from one that says the wrong
// thing.
type Match int

const (
	// Unlabelled: the set has no label for the field on this page (null,
	// empty, or a date that names no day); the page is not counted.
	Unlabelled Match = iota
	// Empty: labelled, and the output has nothing for the field.
	Empty
	// Wrong: labelled, and the output's value does not match.
	Wrong
	// Right: the output matches the label.
	Right
)

var matchNames = [...]string{"unlabelled", "empty", "wrong", "right"}

func (m Match) String() string {
	if m < 0 || int(m) >= len(matchNames) {
		return fmt.Sprintf("Match(%d)", int(m))
	}
	return matchNames[m]
}

// MarshalText writes the match by name, so -json records read plainly.
func (m Match) MarshalText() ([]byte, error) { return []byte(m.String()), nil }

// UnmarshalText reads a name MarshalText wrote.
func (m *Match) UnmarshalText(b []byte) error {
	i := slices.Index(matchNames[:], string(b))
	if i < 0 {
		return fmt.Errorf("metrics: unknown match %q", b)
	}
	*m = Match(i)
	return nil
}

// NormTitle is a title as MatchTitle compares it: Unicode NFKC (full-width
// forms, ligatures and "…" become their plain letters), lowercase, every
// quotation mark one of ' and ", every dash and hyphen '-', white space
// collapsed to single spaces, and punctuation around the whole trimmed
// off (the « » or “ ” a site puts around a quoted headline, a closing
// full stop). What is left must be the same words in the same order: a
// site name kept after the headline ("Title | Site") is an error, since a
// scraper would show it.
func NormTitle(s string) string {
	return strings.TrimFunc(unify(s), isEdge)
}

// MatchTitle compares an output's title with the label, both through
// NormTitle.
func MatchTitle(label, got string) Match {
	l := NormTitle(label)
	if l == "" {
		return Unlabelled
	}
	return compare(l, NormTitle(got))
}

// unify applies NFKC, lowercases, maps quotes and dashes to ASCII and
// collapses white space.
func unify(s string) string {
	s = strings.ToLower(norm.NFKC.String(s))
	s = strings.Map(func(r rune) rune {
		switch r {
		case '“', '”', '„', '‟', '«', '»', '〝', '〞', '＂':
			return '"'
		case '‘', '’', '‚', '‛', '‹', '›', '`', '´', '′', 'ʼ':
			return '\''
		case '‐', '‑', '‒', '–', '—', '―', '−', '⁃', '﹘', '﹣', '－':
			return '-'
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

func isEdge(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) }

func compare(label, got string) Match {
	switch {
	case got == "":
		return Empty
	case got == label:
		return Right
	}
	return Wrong
}

// The byline word lists, one entry a line (see the files' headers).
var (
	//go:embed lists/byline-leads.txt
	bylineLeadsFile string
	//go:embed lists/name-joins.txt
	nameJoinsFile string

	bylineLeads = readList(bylineLeadsFile)
	nameJoins   = readList(nameJoinsFile)
	// nameSep splits a byline into names once the joining words are
	// separators too (see AuthorNames).
	nameSep = regexp.MustCompile(`[,;&]`)
)

// readList reads an embedded list: one entry a line, "#" comments and
// blank lines skipped.
func readList(file string) []string {
	var out []string
	for _, line := range strings.Split(file, "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, line)
		}
	}
	return out
}

// AuthorNames is a byline as MatchAuthors compares it: the set of names
// it holds, sorted. The line goes through NFKC, lowercasing and white
// space collapsing as a title does, then is split on , ; & and on the
// joining words of lists/name-joins.txt ("and", "und", "et", "y", …); each
// name loses a leading byline word of lists/byline-leads.txt ("by",
// "von", "par", …, with an optional colon) and the punctuation around it.
// Credentials stay part of what is compared: "Jane Doe, MD" is the two
// names "jane doe" and "md", which an output must give too.
func AuthorNames(s string) []string {
	words := strings.Fields(unify(s))
	for i, w := range words {
		if slices.Contains(nameJoins, w) {
			words[i] = ","
		}
	}
	var names []string
	for _, part := range nameSep.Split(strings.Join(words, " "), -1) {
		part = strings.TrimFunc(part, isEdge)
		part = strings.TrimFunc(stripLead(part), isEdge)
		if part != "" && !slices.Contains(names, part) {
			names = append(names, part)
		}
	}
	slices.Sort(names)
	return names
}

// stripLead removes one byline word from the front of name, when more
// follows it: "by jane doe" and "von: max muster" lose it, "by" alone
// stays (it is not a byline word there but all there is).
func stripLead(name string) string {
	for _, lead := range bylineLeads {
		rest, ok := strings.CutPrefix(name, lead)
		if !ok {
			continue
		}
		if t := strings.TrimLeft(rest, " :"); t != "" && len(t) < len(rest) {
			return t
		}
	}
	return name
}

// MatchAuthors compares an output's byline with the label as sets of
// names (see AuthorNames): the same names in any order, no more, no
// fewer.
func MatchAuthors(label, got string) Match {
	l := AuthorNames(label)
	if len(l) == 0 {
		return Unlabelled
	}
	g := AuthorNames(got)
	switch {
	case len(g) == 0:
		return Empty
	case slices.Equal(l, g):
		return Right
	}
	return Wrong
}
