package rules

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"strings"
	"unicode/utf8"
)

// Site configs are the per-site extraction rules of FiveFilters'
// Full-Text RSS (github.com/fivefilters/ftr-site-config, CC0), a format
// it took from Instapaper: one file per host, one "directive: value" a
// line, XPath 1.0 for selectors. LoadSiteConfigs reads them into the same
// Rule a pare rule file compiles into, so the extractor uses both alike.
// The mapping, directive by directive, is in siteconfigLine and in the
// README ("Site configs"); what pare cannot honour is a Warning naming the
// file and line, never a silent drop.

// The limits of LoadSiteConfigs beyond Options.MaxFileBytes: the largest
// of the 1,965 FiveFilters files has 154 lines and its longest line 385
// bytes, so these leave room for any real file while bounding a hostile
// one.
const (
	MaxSiteConfigLines     = 10000
	MaxSiteConfigLineBytes = 8192
)

// ErrNotText is wrapped by the error of a site config that is not UTF-8
// text (it holds NUL bytes or invalid UTF-8).
var ErrNotText = errors.New("not a UTF-8 text file")

// Warning is something in a site config that pare reads but cannot
// honour, or a line it cannot read: the file still loads without it.
type Warning struct {
	File string // the file's path within the loaded file system
	Line int    // 1-based; 0 for the file as a whole
	Msg  string
}

func (w Warning) String() string {
	if w.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", w.File, w.Line, w.Msg)
	}
	return w.File + ": " + w.Msg
}

// Report is what LoadSiteConfigs read: files loaded, XPath expressions
// and CSS selectors compiled, and the warnings, in file and line order.
type Report struct {
	Files       int
	Expressions int
	Warnings    []Warning
}

// GlobalSiteConfig is the file name of the site config FiveFilters
// applies to every site: its directives are tried after each site's own,
// unless the site sets "autodetect_on_failure: no", and alone on hosts
// that have no site config.
const GlobalSiteConfig = "global.txt"

// LoadSiteConfigs reads the FiveFilters site configs below the root of
// fsys: files named HOST.txt at any depth (others, such as a README, are
// ignored, and so are folders starting with a dot). example.com.txt
// serves example.com and www.example.com; .example.com.txt, a wildcard
// file, serves the subdomains of example.com (sport.example.com, and
// deeper ones) but not example.com itself. global.txt serves every page
// (see GlobalSiteConfig). In the returned Set a pare rule for a host
// always wins over a site config, whatever the order of Merge.
//
// A directive pare cannot honour, a line that is no directive and a
// value it cannot use, among them an XPath expression that does not
// compile or breaks MaxXPathBytes, are Warnings naming the file and line;
// the file loads without them, as Full-Text RSS skips such a line. A .txt
// file named after no host (a LICENSE.txt) is skipped with a Warning. A
// file that cannot be read, breaks a limit (Options.MaxFileBytes,
// MaxSiteConfigLines, MaxSiteConfigLineBytes), is not UTF-8 text or
// claims a host another file claims is an *Error naming the file (and
// line); on any error the Set is nil, as with Load. Loading never panics and costs time and memory linear in the
// files' size.
func LoadSiteConfigs(fsys fs.FS) (*Set, Report, error) {
	return LoadSiteConfigsWithOptions(fsys, Options{})
}

// LoadSiteConfigsWithOptions is LoadSiteConfigs with limits other than
// the defaults.
func LoadSiteConfigsWithOptions(fsys fs.FS, opts Options) (*Set, Report, error) {
	var rep Report
	if fsys == nil {
		return nil, rep, errors.New("rules: nil file system")
	}
	opts = opts.withDefaults()
	var (
		rules  []*Rule
		errs   []error
		global *Rule
		claims = map[string]string{}
	)
	_ = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			errs = append(errs, &Error{File: p, Err: err})
		case d.IsDir():
			if p != "." && strings.HasPrefix(d.Name(), ".") {
				return fs.SkipDir
			}
		case strings.HasSuffix(strings.ToLower(p), ".txt"):
			host, err := siteConfigHost(d.Name())
			if err != nil { // a LICENSE.txt beside the files
				rep.Warnings = append(rep.Warnings, Warning{File: p, Msg: err.Error() + "; skipped"})
				return nil
			}
			if first, ok := claims[host]; ok {
				errs = append(errs, &Error{File: p, Value: host,
					Err: fmt.Errorf("%w: %s already serves it", ErrDuplicateHost, first)})
				return nil
			}
			claims[host] = p
			data, err := readFile(fsys, p, opts.MaxFileBytes)
			if err != nil {
				errs = append(errs, &Error{File: p, Err: err})
				return nil
			}
			r, n, w, fileErrs := parseSiteConfig(p, host, data)
			rep.Warnings = append(rep.Warnings, w...)
			if len(fileErrs) > 0 {
				errs = append(errs, fileErrs...)
				return nil
			}
			rep.Files++
			rep.Expressions += n
			if host == "*" {
				global = r
			} else {
				rules = append(rules, r)
			}
		}
		return nil
	})
	if len(errs) > 0 {
		return nil, rep, errors.Join(errs...)
	}
	if global != nil {
		for i, r := range rules {
			if !r.NoFallback {
				rules[i] = withGlobal(r, global)
			}
		}
		rules = append(rules, global)
	}
	return newSet(rules), rep, nil
}

// siteConfigHost returns the host a site config's file name serves:
// "example.com" for example.com.txt, ".example.com" for the wildcard
// .example.com.txt, and "*" for global.txt.
func siteConfigHost(name string) (string, error) {
	if strings.EqualFold(name, GlobalSiteConfig) {
		return "*", nil
	}
	h := strings.TrimSuffix(name, path.Ext(name))
	wild := strings.HasPrefix(h, ".")
	bare := strings.TrimPrefix(h, ".")
	if !strings.Contains(bare, ".") {
		return "", fmt.Errorf("%w: a site config is named HOST.txt or .DOMAIN.txt", ErrInvalidHost)
	}
	for _, label := range strings.Split(bare, ".") {
		if !validLabel(label) {
			return "", fmt.Errorf("%w: %q is no host name (lowercase letters, digits, hyphens)", ErrInvalidHost, bare)
		}
	}
	if wild {
		return "." + bare, nil
	}
	return bare, nil
}

// withGlobal returns a copy of r with global's directives tried after
// its own, as Full-Text RSS appends global.txt to a site's config.
// global's title, author and date lines are not used (see
// globalField).
func withGlobal(r, global *Rule) *Rule {
	c := *r
	c.Body = Alternatives(r.Body, global.Body)
	c.Strip = append(append([]Strip(nil), r.Strip...), global.Strip...)
	c.Replace = append(append([]Replacement(nil), r.Replace...), global.Replace...)
	return &c
}

// checkText refuses what is no text file before it is split into lines.
func checkText(data []byte) error {
	if bytes.IndexByte(data, 0) >= 0 || !utf8.Valid(data) {
		return ErrNotText
	}
	return nil
}
