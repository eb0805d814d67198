package main

import (
	"strings"
	"unicode"

	"github.com/pare-dev/pare/rules"
	"golang.org/x/net/html"
)

// Deriving a rule's selectors from the nodes the generic path chose, for
// `pare rules new`. A selector is kept only when it matches exactly the
// node within its scope (the page for an article container, the
// container for a field), and it is built from what a publisher keeps
// from page to page: ids and class names that read as words, not the
// generated ones (post-2754301, css-1q2w3e) or positions (nth-child),
// which change with the next article or the next deploy.

// stableToken reports whether a class name or id reads as a designer's
// word: a letter first, then letters, digits, - and _, no run of three
// digits or more, no part (between - and _) that mixes three digits or
// more with letters, as CSS-in-JS hashes do, and not too long.
func stableToken(s string) bool {
	if s == "" || len(s) > 40 || !unicode.IsLetter(rune(s[0])) || s[0] > unicode.MaxASCII {
		return false
	}
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '_' }) {
		if strings.IndexFunc(part, unicode.IsLetter) >= 0 && countDigits(part) >= 3 {
			return false
		}
	}
	digits := 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			if digits++; digits >= 3 {
				return false
			}
			continue
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r == '-', r == '_':
		default:
			return false
		}
		digits = 0
	}
	return true
}

func countDigits(s string) int {
	n := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			n++
		}
	}
	return n
}

// candidates are the selectors tried for n on its own, most specific and
// stable first: its id, its tag with one class, with two, its tag alone.
func candidates(n *html.Node) []string {
	var out []string
	tag := strings.ToLower(n.Data)
	var classes []string
	for _, a := range n.Attr {
		switch {
		case a.Namespace != "":
		case a.Key == "id" && stableToken(a.Val):
			out = append(out, "#"+a.Val)
		case a.Key == "class":
			for _, c := range strings.Fields(a.Val) {
				if stableToken(c) {
					classes = append(classes, c)
				}
			}
		}
	}
	for _, c := range classes {
		out = append(out, tag+"."+c)
	}
	for i := range classes {
		for j := i + 1; j < len(classes); j++ {
			out = append(out, tag+"."+classes[i]+"."+classes[j])
		}
	}
	return append(out, tag)
}

// selectorFor returns a selector that matches n and nothing else in
// scope, or "" when none is found: n's own candidates, then each of them
// under a candidate of one of its three nearest ancestors within scope.
func selectorFor(n, scope *html.Node) string {
	if n == nil || n.Type != html.ElementNode || n.Namespace != "" {
		return ""
	}
	own := candidates(n)
	for _, s := range own {
		if matchesOnly(s, n, scope) {
			return s
		}
	}
	a := n.Parent
	for depth := 0; depth < 3 && a != nil && a != scope && a.Type == html.ElementNode; depth++ {
		for _, as := range candidates(a) {
			for _, s := range own {
				if sel := as + " " + s; matchesOnly(sel, n, scope) {
					return sel
				}
			}
		}
		a = a.Parent
	}
	return ""
}

// matchesOnly reports whether sel matches n and no other node in scope.
func matchesOnly(sel string, n, scope *html.Node) bool {
	s, err := rules.CompileSelector(sel)
	if err != nil {
		return false
	}
	got := s.MatchAll(scope)
	return len(got) == 1 && got[0] == n
}

// stripSelector returns a selector for a removed element n that matches
// none of the elements an article kept nor any of their ancestors, so a
// strip entry built from it cannot take article text; "" when n has no
// stable class or id.
func stripSelector(n, scope *html.Node, kept map[*html.Node]bool) string {
	for _, s := range candidates(n) {
		if !strings.ContainsAny(s, ".#") {
			continue // a bare tag is no strip
		}
		sel, err := rules.CompileSelector(s)
		if err != nil {
			continue
		}
		ok := true
		for _, m := range sel.MatchAll(scope) {
			for a := m; a != nil && ok; a = a.Parent {
				ok = !kept[a]
			}
			if !ok {
				break
			}
			// nor anything inside a kept element
			for k := range kept {
				if contains(k, m) && ok {
					ok = false
				}
			}
		}
		if ok {
			return s
		}
	}
	return ""
}

// contains reports whether n is anc or below it.
func contains(anc, n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == anc {
			return true
		}
	}
	return false
}

// elementByText returns the deepest element under root whose text,
// spaces collapsed, is want, or failing that contains it and is at most
// slack characters longer (a "By " before a byline, a label before a
// date); nil when there is none.
func elementByText(root *html.Node, want string, slack int) *html.Node {
	want = collapse(want)
	if want == "" || root == nil {
		return nil
	}
	var exact, near *html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.DocumentNode {
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
			return
		}
		if n.Type != html.ElementNode || n.Namespace != "" {
			return
		}
		switch strings.ToLower(n.Data) {
		case "script", "style", "head", "template", "noscript":
			return
		}
		t := collapse(nodeText(n))
		if !strings.Contains(t, want) {
			return
		}
		// The first match in page order wins (a byline's name comes again
		// in the comments), and within it the deepest element.
		if t == want && (exact == nil || contains(exact, n)) {
			exact = n
		} else if t != want && len(t) <= len(want)+slack && (near == nil || contains(near, n)) {
			near = n
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	if exact != nil {
		return exact
	}
	return near
}

func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		if n.Type == html.ElementNode && (n.Data == "script" || n.Data == "style") {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// commonAncestor is the deepest element holding every node of nodes.
func commonAncestor(nodes []*html.Node) *html.Node {
	if len(nodes) == 0 {
		return nil
	}
	anc := nodes[0]
	for _, n := range nodes[1:] {
		for anc != nil && !contains(anc, n) {
			anc = anc.Parent
		}
	}
	return anc
}
