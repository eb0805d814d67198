package rules

import (
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/lexer"
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
// Load never panics, and its time and memory on hostile input are
// bounded: at the default limits no one file costs more than 80 MB or a
// third of a second (BenchmarkLoadHostile). It refuses, each an *Error
// wrapping the sentinel named:
//
//   - a file that is not regular (ErrNotRegular), without opening it: a
//     FIFO would block the read;
//   - a file over Options.MaxFileBytes, 256 KiB by default
//     (ErrFileTooLarge), reading no more than that;
//   - YAML anchors, aliases and merge keys (ErrAlias), refused rather
//     than expanded under a budget: rule files need none and JSON has
//     none, goccy/go-yaml has no budget to set, and its cost lies in the
//     steps, not the output (nine-way merges nested nine deep take it 9^8
//     steps to build one small mapping), so bounding the expanded size
//     would not catch them;
//   - YAML tags (ErrTag): rule files need none, and a tag on a value
//     decoded into a list ("hosts: ![a, b]") crashed the decoder;
//   - nesting deeper than 32 levels (ErrTooDeep) and block mappings of
//     more than 64 keys (ErrTooManyKeys), on which goccy/go-yaml's parser
//     takes time and memory quadratic in the input.
//
// A panic inside goccy/go-yaml is still recovered, as a last line of
// defence, and reported as ErrDecoderPanic. A file reports at most 50
// errors.
//
// Pass os.DirFS(dir) to load a directory.
func Load(fsys fs.FS) (*Set, error) { return LoadWithOptions(fsys, Options{}) }

// LoadWithOptions is Load with limits other than the defaults.
func LoadWithOptions(fsys fs.FS, opts Options) (*Set, error) {
	if fsys == nil {
		return nil, errors.New("rules: nil file system")
	}
	opts = opts.withDefaults()
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
			data, err := readFile(fsys, p, opts.MaxFileBytes)
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

// maxFileErrors bounds the errors one file reports. Each error looks up
// its field in the tree, and an unknown key that dropUnknown misses costs
// a decoding pass, so a file of ten thousand mistakes costs no more than
// the first fifty; a contributor fixes those before needing the rest.
const maxFileErrors = 50

// fileErrors collects one file's errors, one per field: the first error
// found for a field (such as "article: must not be empty" for a key with
// no value) hides the follow-on ones. Past maxFileErrors it drops them.
type fileErrors struct{ list []*Error }

func (fe *fileErrors) add(e *Error) {
	if fe.full() || e.Field != "" && slices.ContainsFunc(fe.list, func(o *Error) bool { return o.Field == e.Field }) {
		return
	}
	fe.list = append(fe.list, e)
}

func (fe *fileErrors) full() bool { return len(fe.list) >= maxFileErrors }

// file loads one rule file, adding its rule or its errors to l.
func (l *loader) file(name string, data []byte) {
	var errs fileErrors
	defer func() {
		slices.SortStableFunc(errs.list, func(a, b *Error) int { return cmp.Compare(a.Line, b.Line) })
		for _, e := range errs.list {
			l.errs = append(l.errs, e)
		}
		if errs.full() {
			l.errs = append(l.errs, &Error{File: name,
				Err: fmt.Errorf("stopped after %d errors; the rest of the file is not checked", maxFileErrors)})
		}
	}()
	var raw fileRule
	if !guard(name, &errs, func() bool {
		body, ok := parse(name, data, &errs)
		return ok && (body == nil || decode(name, body, &raw, &errs))
	}) {
		return
	}
	r := l.compile(name, &raw, &errs)
	if len(errs.list) == 0 {
		l.rules = append(l.rules, r)
	}
}

// guard runs f, which parses and decodes a file with goccy/go-yaml, and
// turns a panic into an error. It is a last line of defence: checkShape
// refuses the constructs known to crash the decoder (a tag on a value
// decoded into a list: "hosts: ![a, b]"), and FuzzLoad looks for others.
// goccy's panics carry no position, so the error has no line.
func guard(name string, errs *fileErrors, f func() bool) (ok bool) {
	defer func() {
		if v := recover(); v != nil {
			errs.add(&Error{File: name, Err: fmt.Errorf("%w: %v", ErrDecoderPanic, v)})
			ok = false
		}
	}()
	return f()
}

// parse parses data into its one YAML document and reports keys left
// without a value. A nil body with ok set means an empty file. The
// tokens go through checkShape before the parser sees them.
func parse(name string, data []byte, errs *fileErrors) (body ast.Node, ok bool) {
	tokens := lexer.Tokenize(string(data))
	if tokens.InvalidToken() == nil { // else the parser reports the syntax error
		if e := checkShape(tokens); e != nil {
			e.File = name
			errs.add(e)
			return nil, false
		}
	}
	f, err := parser.Parse(tokens, 0)
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
		return errs.full()
	})
	return body, true
}
