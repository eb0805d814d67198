package rules

import (
	"cmp"
	"fmt"
	"path"
	"regexp"
	"slices"
	"strings"
)

// siteParser is the state of reading one site config.
type siteParser struct {
	file     string
	rule     *Rule
	exprs    int
	warnings []Warning
	errs     []error
	// The alternatives of each field, in the file's order.
	title, author, date, body []Selector
	// find_string lines wait for their replace_string.
	finds []lineValue
	// booleans seen, for "given twice" warnings
	seen map[string]int
}

type lineValue struct {
	line  int
	value string
}

// callForm is a directive with an argument: replace_string(<b>): <strong>.
var callForm = regexp.MustCompile(`^([a-z0-9_]+)\((.*?)\):(.*)$`)

// parseSiteConfig reads one site config serving host. It returns the
// rule, the number of expressions compiled, the warnings, and the errors
// (with errors, the rule is not to be used).
func parseSiteConfig(file, host string, data []byte) (*Rule, int, []Warning, []error) {
	sp := &siteParser{file: file, seen: map[string]int{},
		rule: &Rule{File: file, Name: path.Base(file), Hosts: []string{host}, Format: SiteConfig}}
	if err := checkText(data); err != nil {
		return nil, 0, nil, []error{&Error{File: file, Err: err}}
	}
	lines := strings.Split(string(data), "\n")
	if len(lines) > MaxSiteConfigLines {
		return nil, 0, nil, []error{&Error{File: file, Line: MaxSiteConfigLines + 1,
			Err: fmt.Errorf("%w: more than %d lines", ErrFileTooLarge, MaxSiteConfigLines)}}
	}
	for i, l := range lines {
		if len(l) > MaxSiteConfigLineBytes {
			sp.errs = append(sp.errs, &Error{File: file, Line: i + 1,
				Err: fmt.Errorf("%w: a line of %d bytes, the limit is %d", ErrFileTooLarge, len(l), MaxSiteConfigLineBytes)})
			continue
		}
		sp.line(i+1, strings.TrimSpace(strings.TrimSuffix(l, "\r")))
	}
	sp.finish()
	slices.SortStableFunc(sp.warnings, func(a, b Warning) int { return cmp.Compare(a.Line, b.Line) })
	if len(sp.errs) > 0 {
		return nil, 0, sp.warnings, sp.errs
	}
	return sp.rule, sp.exprs, sp.warnings, nil
}

func (sp *siteParser) warnf(line int, format string, args ...any) {
	sp.warnings = append(sp.warnings, Warning{File: sp.file, Line: line, Msg: fmt.Sprintf(format, args...)})
}

func (sp *siteParser) fail(line int, field, value string, err error) {
	sp.errs = append(sp.errs, &Error{File: sp.file, Line: line, Field: field, Value: value, Err: err})
}

// line reads one trimmed line. Lines are "directive: value"; the value
// runs to the end of the line (FiveFilters strips no trailing comment),
// and "#" starts a comment line.
func (sp *siteParser) line(n int, l string) {
	if l == "" || l[0] == '#' {
		return
	}
	if colon := strings.IndexByte(l, ':'); colon > 0 && strings.IndexByte(l[:colon], '(') > 0 { // cheap test first: most lines have no "("
		m := callForm.FindStringSubmatch(l)
		if m == nil {
			sp.warnf(n, "not a directive; ignored")
			return
		}
		sp.call(n, m[1], m[2], strings.TrimSpace(m[3]))
		return
	}
	key, value, ok := strings.Cut(l, ":")
	key, value = strings.TrimSpace(key), strings.TrimSpace(value)
	switch {
	case !ok:
		sp.warnf(n, "not a directive (no colon); ignored")
		return
	case value == "" && key == "replace_string":
		// Full-Text RSS drops a line with no value, which leaves its
		// find_string unpaired; the line plainly means "replace with
		// nothing", and that is how pare reads it.
	case value == "":
		sp.warnf(n, "%s: no value; ignored", key)
		return
	}
	sp.directive(n, key, value)
}

// call handles the directives with an argument.
func (sp *siteParser) call(n int, name, arg, value string) {
	switch name {
	case "replace_string":
		if arg == "" {
			sp.warnf(n, "replace_string(): nothing to find; ignored")
			return
		}
		sp.rule.Replace = append(sp.rule.Replace, Replacement{Find: arg, With: value})
	case "http_header":
		sp.warnf(n, "http_header(%s): pare never fetches; ignored", arg)
	default:
		sp.warnf(n, "unsupported directive %s(...); ignored", name)
	}
}

// globalField is why global.txt's title, author and date lines are
// warned about and not used. Full-Text RSS reads metadata through them
// (the collection's global.txt takes og:title and
// article:published_time); pare reads OpenGraph, JSON-LD and the page's
// own markup itself, and a line applied to every page overrides that
// reading where it is better: on the benchmark sets the og:title line
// took title accuracy from 0.84 to 0.63 on trafilatura's pages and from
// 0.70 to 0.49 on WCXB's.
const globalField = "pare reads a page's metadata itself; in global.txt such a line would override it on every page; ignored"

// directive maps one directive onto the rule.
func (sp *siteParser) directive(n int, key, value string) {
	if sp.rule.Hosts[0] == "*" && (key == "title" || key == "author" || key == "date") {
		sp.warnf(n, "%s: %s", key, globalField)
		return
	}
	switch key {
	case "title":
		sp.title = sp.xpath(n, key, value, sp.title, true)
	case "author":
		sp.author = sp.xpath(n, key, value, sp.author, true)
	case "date":
		sp.date = sp.xpath(n, key, value, sp.date, true)
	case "body":
		sp.body = sp.xpath(n, key, value, sp.body, false)
	case "strip":
		if s := sp.xpath(n, key, value, nil, false); s != nil {
			sp.rule.Strip = append(sp.rule.Strip, Strip{Selector: s[0], Reason: Other})
		}
	case "strip_id_or_class":
		// As Full-Text RSS: a substring of the class or id attribute,
		// quotes removed.
		v := unquote.Replace(value)
		sp.css(n, key, value, fmt.Sprintf(`[class*="%s"], [id*="%s"]`, v, v))
	case "strip_image_src":
		sp.css(n, key, value, fmt.Sprintf(`img[src*="%s"]`, unquote.Replace(value)))
	case "find_string":
		sp.finds = append(sp.finds, lineValue{n, value})
	case "replace_string":
		if len(sp.finds) == 0 {
			sp.warnf(n, "replace_string without a find_string before it; ignored")
			return
		}
		f := sp.finds[0]
		sp.finds = sp.finds[1:]
		sp.rule.Replace = append(sp.rule.Replace, Replacement{Find: f.value, With: value})
	case "autodetect_on_failure":
		if v, ok := sp.boolean(n, key, value); ok {
			sp.rule.NoFallback = !v
		}
	case "tidy":
		// Full-Text RSS runs HTML Tidy to repair markup before its XML
		// parser sees it; golang.org/x/net/html always repairs markup as
		// a browser does, so both values are honoured as they are.
		sp.boolean(n, key, value)
	case "prune":
		// Honouring "prune: no" (only the file's strips in force inside
		// its body) helped the benchmark's tune pages and hurt its check
		// pages (19 pages hurt against 7): it stays a warning.
		if v, ok := sp.boolean(n, key, value); ok && !v {
			sp.warnf(n, "prune: no: pare cleans a rule's body as any other (its markup marks, line rules); not honoured")
		}
	case "single_page_link", "next_page_link", "autodetect_next_page", "single_page_link_in_feed",
		"requires_login", "login_uri", "login_username_field", "login_password_field",
		"login_extra_fields", "not_logged_in_xpath", "http_header":
		sp.warnf(n, "%s: pare never fetches; ignored", key)
	case "test_url":
		sp.rule.Tests = append(sp.rule.Tests, Test{URL: value})
	case "test_contains":
		if len(sp.rule.Tests) == 0 {
			sp.warnf(n, "test_contains without a test_url before it; ignored")
			return
		}
		t := &sp.rule.Tests[len(sp.rule.Tests)-1]
		if len(t.Contain) == 0 {
			t.Contain = [][]string{nil}
		}
		t.Contain[0] = append(t.Contain[0], value)
	default:
		sp.warnf(n, "unsupported directive %q; ignored", key)
	}
}

// unquote drops what would end a CSS string: Full-Text RSS drops quotes
// from these values too.
var unquote = strings.NewReplacer(`"`, "", `'`, "", `\`, "")

// xpath compiles one XPath line and appends it to alts.
func (sp *siteParser) xpath(n int, key, value string, alts []Selector, text bool) []Selector {
	compile := CompileXPath
	if text {
		compile = CompileXPathText
	}
	s, err := compile(value)
	if err != nil {
		// Full-Text RSS skips such a line when it runs; the collection
		// holds a few (contains() with one argument, "///"), so a bad
		// expression costs its line, not the file.
		sp.warnf(n, "%s: %v; ignored", key, err)
		return alts
	}
	sp.exprs++
	return append(alts, s)
}

// css compiles the CSS selector a strip_id_or_class or strip_image_src
// line stands for.
func (sp *siteParser) css(n int, key, value, css string) {
	s, err := CompileSelector(css)
	if err != nil {
		sp.fail(n, key, value, err)
		return
	}
	s.src = key + ": " + value
	sp.exprs++
	sp.rule.Strip = append(sp.rule.Strip, Strip{Selector: s, Reason: Other})
}

// boolean reads yes/no (or true/false), as Full-Text RSS does: anything
// else is false there, and a warning here.
func (sp *siteParser) boolean(n int, key, value string) (bool, bool) {
	if first, ok := sp.seen[key]; ok {
		sp.warnf(n, "%s given again (first on line %d); the last one counts", key, first)
	}
	sp.seen[key] = n
	switch strings.ToLower(value) {
	case "yes", "true":
		return true, true
	case "no", "false":
		return false, true
	}
	sp.warnf(n, "%s: %q is neither yes nor no; read as no", key, value)
	return false, true
}

// finish settles what needs the whole file: the fields' alternatives and
// find_string lines left without a replace_string.
func (sp *siteParser) finish() {
	r := sp.rule
	r.Title = Alternatives(sp.title...)
	r.Byline = Alternatives(sp.author...)
	r.Published = Alternatives(sp.date...)
	r.Body = Alternatives(sp.body...)
	for _, f := range sp.finds {
		sp.warnf(f.line, "find_string without a replace_string after it; ignored")
	}
	if r.NoFallback && r.Body.IsZero() {
		sp.warnf(cmp.Or(sp.seen["autodetect_on_failure"], 0), "autodetect_on_failure: no without a body line has nothing to act on")
	}
}
