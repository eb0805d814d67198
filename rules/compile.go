package rules

import (
	"cmp"
	"errors"
	"fmt"
	"path"
	"regexp"
	"strconv"
	"strings"
)

// fileRule is a rule file as written. Strings and numbers use text and
// count so that each value knows its line and types are strict.
type fileRule struct {
	Name      text            `yaml:"name"`
	Hosts     []text          `yaml:"hosts"`
	Article   text            `yaml:"article"`
	Title     text            `yaml:"title"`
	Byline    text            `yaml:"byline"`
	Published text            `yaml:"published"`
	Modified  text            `yaml:"modified"`
	Summary   text            `yaml:"summary"`
	Body      text            `yaml:"body"`
	Strip     []fileStrip     `yaml:"strip"`
	StripText []fileTextStrip `yaml:"strip_text"`
	Exclude   []text          `yaml:"exclude"`
	Tests     []fileTest      `yaml:"tests"`
}

type fileStrip struct {
	Selector text `yaml:"selector"`
	Reason   text `yaml:"reason"`
}

type fileTextStrip struct {
	Pattern text `yaml:"pattern"`
	Reason  text `yaml:"reason"`
}

type fileTest struct {
	Page     text     `yaml:"page"`
	Articles count    `yaml:"articles"`
	Contain  [][]text `yaml:"contain"`
	Exclude  [][]text `yaml:"exclude"`
}

// compile checks raw and builds its Rule, adding every problem to errs.
// It also claims raw's hosts in l, so that a host listed by two files is
// reported even when one of them has other errors.
func (l *loader) compile(file string, raw *fileRule, errs *fileErrors) *Rule {
	c := checker{file, errs}
	r := &Rule{File: file, Name: strings.TrimSuffix(path.Base(file), path.Ext(file))}
	if c.present(raw.Name, "name", false, 0) {
		r.Name = raw.Name.s
	}
	if len(raw.Hosts) == 0 {
		c.required("hosts", 0)
	}
	for i, h := range raw.Hosts {
		field := fmt.Sprintf("hosts[%d]", i)
		if err := checkHost(h.s); err != nil {
			c.fail(h, field, err)
			continue
		}
		if first, ok := l.claims[h.s]; ok {
			c.fail(h, field, fmt.Errorf("%w: also claimed by %s:%d", ErrDuplicateHost, first.file, first.line))
			continue
		}
		l.claims[h.s] = claim{file, h.line}
		r.Hosts = append(r.Hosts, h.s)
	}
	r.Article = c.selector(raw.Article, "article", false, 0)
	r.Title = c.selector(raw.Title, "title", false, 0)
	r.Byline = c.selector(raw.Byline, "byline", false, 0)
	r.Published = c.selector(raw.Published, "published", false, 0)
	r.Modified = c.selector(raw.Modified, "modified", false, 0)
	r.Summary = c.selector(raw.Summary, "summary", false, 0)
	r.Body = c.selector(raw.Body, "body", false, 0)
	for i, s := range raw.Strip {
		field := fmt.Sprintf("strip[%d]", i)
		line := cmp.Or(s.Selector.line, s.Reason.line)
		r.Strip = append(r.Strip, Strip{
			Selector: c.selector(s.Selector, field+".selector", true, line),
			Reason:   c.reason(s.Reason, field+".reason", line),
		})
	}
	for i, s := range raw.StripText {
		field := fmt.Sprintf("strip_text[%d]", i)
		line := cmp.Or(s.Pattern.line, s.Reason.line)
		ts := TextStrip{Reason: c.reason(s.Reason, field+".reason", line)}
		if c.present(s.Pattern, field+".pattern", true, line) {
			re, err := regexp.Compile(s.Pattern.s)
			if err != nil {
				c.fail(s.Pattern, field+".pattern", err)
			}
			ts.Pattern = re
		}
		r.StripText = append(r.StripText, ts)
	}
	for i, t := range raw.Exclude {
		if c.present(t, fmt.Sprintf("exclude[%d]", i), true, 0) {
			r.Exclude = append(r.Exclude, t.s)
		}
	}
	for i, t := range raw.Tests {
		r.Tests = append(r.Tests, c.test(t, fmt.Sprintf("tests[%d]", i)))
	}
	return r
}

// checker checks the values of one file, adding each problem to errs.
type checker struct {
	file string
	errs *fileErrors
}

func (c checker) fail(t text, field string, err error) {
	c.errs.add(&Error{File: c.file, Line: t.line, Field: field, Value: t.s, Err: err})
}

// required reports a missing value. A missing key has no line of its
// own, so callers pass a sibling's line to point at the entry.
func (c checker) required(field string, line int) {
	c.errs.add(&Error{File: c.file, Line: line, Field: field, Err: ErrRequired})
}

// present reports whether t holds a non-blank value, and reports it
// when it is blank or when it is required and missing.
func (c checker) present(t text, field string, required bool, line int) bool {
	switch {
	case !t.set && required:
		c.required(field, line)
	case t.set && strings.TrimSpace(t.s) == "" && required:
		c.fail(t, field, ErrEmpty)
	case t.set && strings.TrimSpace(t.s) == "":
		c.fail(t, field, fmt.Errorf("%w; omit the key instead", ErrEmpty))
	}
	return t.set && strings.TrimSpace(t.s) != ""
}

func (c checker) selector(t text, field string, required bool, line int) Selector {
	if !c.present(t, field, required, line) {
		return Selector{}
	}
	s, err := CompileSelector(t.s)
	if err != nil {
		c.fail(t, field, err)
	}
	return s
}

func (c checker) reason(t text, field string, line int) Reason {
	if !c.present(t, field, true, line) {
		return ""
	}
	r := Reason(t.s)
	if !r.Valid() {
		c.fail(t, field, fmt.Errorf("%w (want one of %s)", ErrInvalidReason, reasonList()))
	}
	return r
}

func reasonList() string {
	s := make([]string, len(Reasons))
	for i, r := range Reasons {
		s[i] = string(r)
	}
	return strings.Join(s, ", ")
}

func (c checker) test(t fileTest, field string) Test {
	line := cmp.Or(t.Page.line, t.Articles.line)
	var out Test
	if c.present(t.Page, field+".page", true, line) {
		out.Page = t.Page.s
		if strings.ContainsAny(t.Page.s, `/\`) || t.Page.s == "." || t.Page.s == ".." {
			c.fail(t.Page, field+".page", errors.New("must be a file name, not a path"))
		}
	}
	switch n := t.Articles; {
	case !n.set:
		c.required(field+".articles", line)
	case n.n < 0:
		c.errs.add(&Error{File: c.file, Line: n.line, Field: field + ".articles",
			Value: strconv.Itoa(n.n), Err: errors.New("must not be negative")})
	default:
		out.Articles = n.n
	}
	out.Contain = c.lists(t.Contain, field+".contain", t.Articles)
	out.Exclude = c.lists(t.Exclude, field+".exclude", t.Articles)
	return out
}

// lists checks a test's contain or exclude lists, one per article. More
// lists than articles is an error: the extra checks would never run.
func (c checker) lists(ls [][]text, field string, articles count) [][]string {
	if articles.set && articles.n >= 0 && len(ls) > articles.n {
		line := articles.line
		if extra := ls[articles.n]; len(extra) > 0 {
			line = extra[0].line
		}
		c.errs.add(&Error{File: c.file, Line: line, Field: field,
			Err: fmt.Errorf("checks %d articles but articles is %d", len(ls), articles.n)})
	}
	if len(ls) == 0 {
		return nil
	}
	out := make([][]string, len(ls))
	for i, l := range ls {
		for j, t := range l {
			if c.present(t, fmt.Sprintf("%s[%d][%d]", field, i, j), true, 0) {
				out[i] = append(out[i], t.s)
			}
		}
	}
	return out
}
