package rules

import (
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"path"
	"slices"
	"strings"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
)

// Load reads every rule file below the root of fsys: files named *.yaml,
// *.yml or *.json (JSON is YAML), at any depth. Other files, such as a
// README, are ignored, and so are names starting with a dot (.git, editor
// lock files). Each file holds one rule; see the package documentation
// for the format.
//
// Decoding is strict: unknown keys, duplicate keys, wrong types and empty
// values are errors, every selector and pattern is compiled, and a host
// claimed by two files is an error naming both. Load reports every
// problem of every file, each an *Error, joined with errors.Join; on any
// error it returns a nil Set, so a broken rule never goes unnoticed.
//
// Pass os.DirFS(dir) to load a directory.
func Load(fsys fs.FS) (*Set, error) {
	if fsys == nil {
		return nil, errors.New("rules: nil file system")
	}
	l := loader{claims: map[string]claim{}}
	// The callback never returns an error, so neither does WalkDir.
	_ = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			l.errs = append(l.errs, &Error{File: p, Err: err})
		case p != "." && strings.HasPrefix(d.Name(), "."):
			if d.IsDir() {
				return fs.SkipDir
			}
		case !d.IsDir() && isRuleFile(p):
			data, err := fs.ReadFile(fsys, p)
			if err != nil {
				l.errs = append(l.errs, &Error{File: p, Err: err})
				return nil
			}
			l.file(p, data)
		}
		return nil
	})
	if len(l.errs) > 0 {
		return nil, errors.Join(l.errs...)
	}
	return newSet(l.rules), nil
}

func isRuleFile(p string) bool {
	switch strings.ToLower(path.Ext(p)) {
	case ".yaml", ".yml", ".json":
		return true
	}
	return false
}

// loader is the state of one Load call.
type loader struct {
	rules  []*Rule
	claims map[string]claim // host -> where it was first claimed
	errs   []error
}

// claim records where a host was first listed, for duplicate-host errors.
type claim struct {
	file string
	line int
}

// fileErrors collects one file's errors, one per field: the first error
// found for a field (such as "article: must not be empty" for a key with
// no value) hides the follow-on ones.
type fileErrors []*Error

func (fe *fileErrors) add(e *Error) {
	if e.Field != "" && slices.ContainsFunc(*fe, func(o *Error) bool { return o.Field == e.Field }) {
		return
	}
	*fe = append(*fe, e)
}

// file loads one rule file, adding its rule or its errors to l.
func (l *loader) file(name string, data []byte) {
	var errs fileErrors
	defer func() {
		slices.SortStableFunc(errs, func(a, b *Error) int { return cmp.Compare(a.Line, b.Line) })
		for _, e := range errs {
			l.errs = append(l.errs, e)
		}
	}()
	body, ok := parse(name, data, &errs)
	if !ok {
		return
	}
	var raw fileRule
	if body != nil && !decode(name, body, &raw, &errs) {
		return
	}
	r := l.compile(name, &raw, &errs)
	if len(errs) == 0 {
		l.rules = append(l.rules, r)
	}
}

// parse parses data into its one YAML document and reports keys left
// without a value. A nil body with ok set means an empty file.
func parse(name string, data []byte, errs *fileErrors) (body ast.Node, ok bool) {
	f, err := parser.ParseBytes(data, 0)
	if err != nil {
		errs.add(decodeError(name, nil, err))
		return nil, false
	}
	for _, doc := range f.Docs {
		if doc.Body == nil {
			continue // a "---" with nothing after it
		}
		if body != nil {
			errs.add(&Error{File: name, Line: doc.Body.GetToken().Position.Line,
				Err: errors.New("more than one YAML document; write one rule per file")})
			return nil, false
		}
		body = doc.Body
	}
	// goccy/go-yaml decodes a missing value as "not given", which would
	// quietly turn a forgotten "article:" into no selector at all.
	visit(body, "", func(p string, n ast.Node, m *ast.MappingNode, _ int) bool {
		if m == nil && n.Type() == ast.NullType {
			errs.add(&Error{File: name, Line: n.GetToken().Position.Line, Field: p, Err: ErrEmpty})
		}
		return false
	})
	return body, true
}

// decode decodes body strictly into raw. goccy/go-yaml stops at the first
// unknown key (and picks one at random when a mapping has several), so
// each unknown key is reported, dropped from the tree and decoding
// retried: a file's unknown keys all show up, in a stable order, and the
// rest of the file is still checked. Any other decoding error ends the
// file's checks, since raw is then only partly filled.
func decode(name string, body ast.Node, raw *fileRule, errs *fileErrors) bool {
	for {
		err := yaml.NodeToValue(body, raw, yaml.Strict())
		if err == nil {
			return true
		}
		errs.add(decodeError(name, body, err))
		var uf *yaml.UnknownFieldError
		if !errors.As(err, &uf) {
			return false
		}
		_, m, i := locate(body, uf.Token)
		if m == nil {
			return false
		}
		m.Values = slices.Delete(m.Values, i, i+1)
		*raw = fileRule{}
	}
}

// text is a string value with its line. It accepts only YAML strings:
// goccy/go-yaml would turn "article: 12" into "12" and "article: [a]"
// into an error naming Go types.
type text struct {
	s    string
	line int
	set  bool
}

func (t *text) UnmarshalYAML(n ast.Node) error {
	switch v := n.(type) {
	case *ast.StringNode:
		t.s = v.Value
	case *ast.LiteralNode: // a "|" or ">" block
		t.s = v.Value.Value
	case *ast.NullNode: // reported by parse
	case ast.ScalarNode: // 12, true, 1.5: YAML would not keep the text as written
		return &nodeError{n.GetToken(), fmt.Errorf("want a string, found %s; quote it", n.Type().YAMLName())}
	default:
		return &nodeError{n.GetToken(), fmt.Errorf("want a string, found %s", n.Type().YAMLName())}
	}
	t.line, t.set = n.GetToken().Position.Line, true
	return nil
}

// count is an integer value with its line. It accepts only YAML
// integers: goccy/go-yaml would read "articles: 2.5" as 2.
type count struct {
	n    int
	line int
	set  bool
}

func (c *count) UnmarshalYAML(n ast.Node) error {
	v, ok := n.(*ast.IntegerNode)
	if !ok {
		return &nodeError{n.GetToken(), fmt.Errorf("want an integer, found %s", n.Type().YAMLName())}
	}
	// goccy/go-yaml stores non-negative integers as uint64.
	i, ok := v.Value.(int64)
	if u, isU := v.Value.(uint64); isU && u <= math.MaxInt32 {
		i, ok = int64(u), true
	}
	if !ok || i < math.MinInt32 || i > math.MaxInt32 {
		return &nodeError{n.GetToken(), errors.New("integer out of range")}
	}
	c.n, c.line, c.set = int(i), n.GetToken().Position.Line, true
	return nil
}
