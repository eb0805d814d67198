package rules

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/token"
)

// Sentinels wrapped by an [Error]'s Err, for callers that test with
// errors.Is. Selector, pattern and YAML errors wrap their own causes
// instead (cascadia's, regexp's and goccy/go-yaml's error values).
var (
	ErrRequired      = errors.New("required")
	ErrEmpty         = errors.New("must not be empty")
	ErrInvalidHost   = errors.New("invalid host")
	ErrDuplicateHost = errors.New("duplicate host")
	ErrInvalidReason = errors.New("unknown reason")

	// The limits of Load and the YAML it refuses, each documented there.
	ErrFileTooLarge = errors.New("file too large")
	ErrNotRegular   = errors.New("not a regular file")
	ErrTooDeep      = errors.New("nested too deeply")
	ErrTooManyKeys  = errors.New("too many keys in one mapping")
	ErrAlias        = errors.New("YAML anchors, aliases and merge keys are not allowed")
	ErrTag          = errors.New("YAML tags are not allowed")
	ErrDecoderPanic = errors.New("the YAML decoder panicked (a bug in github.com/goccy/go-yaml)")
)

// Error is one problem in one rule file. Load returns every Error it finds,
// joined with errors.Join, so a contributor sees all of them at once.
type Error struct {
	File  string // the file's path within the loaded file system
	Line  int    // 1-based line of the offending value, 0 if unknown
	Field string // path to the value, such as "strip[2].selector"; may be empty
	Value string // the offending selector, pattern, host or reason; may be empty
	Err   error  // the cause
}

// Error reads like
//
//	rules: arabnews.com.yaml:12: strip[2].selector "div[": expected identifier, found EOF instead
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("rules: ")
	b.WriteString(e.File)
	if e.Line > 0 {
		b.WriteString(":")
		b.WriteString(strconv.Itoa(e.Line))
	}
	b.WriteString(": ")
	if e.Field != "" {
		b.WriteString(e.Field)
		if e.Value != "" {
			b.WriteString(" ")
			b.WriteString(strconv.Quote(e.Value))
		}
		b.WriteString(": ")
	}
	if e.Err != nil {
		b.WriteString(e.Err.Error())
	} else {
		b.WriteString("invalid")
	}
	return b.String()
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// yamlError shows a goccy/go-yaml error as its bare message. goccy's own
// Error() repeats the position and appends a source excerpt over several
// lines, which would garble a one-line report; the original stays
// reachable through errors.As.
type yamlError struct{ err yaml.Error }

func (e yamlError) Error() string { return e.err.GetMessage() }
func (e yamlError) Unwrap() error { return e.err }

// nodeError is what the strict scalar decoders (text, count) return; it
// carries the token so the loader can report the value's line and path.
type nodeError struct {
	tok *token.Token
	err error
}

func (e *nodeError) Error() string { return e.err.Error() }
func (e *nodeError) Unwrap() error { return e.err }

// decodeError turns an error from parsing or decoding a file into an
// *Error with the line and, when root is known, the field path of the
// token the error points at.
func decodeError(file string, root ast.Node, err error) *Error {
	e := &Error{File: file, Err: err}
	var tok *token.Token
	var ne *nodeError
	var ye yaml.Error
	switch {
	case errors.As(err, &ne):
		tok, e.Err = ne.tok, ne.err
	case errors.As(err, &ye):
		tok, e.Err = ye.GetToken(), yamlError{ye}
	}
	if tok != nil {
		e.Line = tok.Position.Line
		e.Field, _, _ = locate(root, tok)
	}
	return e
}

// locate returns the path of the key or value below root whose token is
// tok. For a key it also returns its mapping and index, so that an
// unknown key can be dropped and decoding retried.
func locate(root ast.Node, tok *token.Token) (path string, m *ast.MappingNode, i int) {
	visit(root, "", func(p string, n ast.Node, nm *ast.MappingNode, ni int) bool {
		if n.GetToken() != tok {
			return false
		}
		path, m, i = p, nm, ni
		return true
	})
	return path, m, i
}

// visit calls fn for each mapping key and each value below n, with its
// path, until fn returns true. For a key, m and i locate it in its
// mapping; for a value m is nil.
func visit(n ast.Node, path string, fn func(path string, n ast.Node, m *ast.MappingNode, i int) bool) bool {
	switch n := n.(type) {
	case *ast.MappingNode:
		for i, mv := range n.Values {
			p := mv.Key.GetToken().Value
			if path != "" {
				p = path + "." + p
			}
			if fn(p, mv.Key, n, i) || fn(p, mv.Value, nil, 0) || visit(mv.Value, p, fn) {
				return true
			}
		}
	case *ast.SequenceNode:
		for i, v := range n.Values {
			p := fmt.Sprintf("%s[%d]", path, i)
			if fn(p, v, nil, 0) || visit(v, p, fn) {
				return true
			}
		}
	case *ast.AnchorNode:
		return visit(n.Value, path, fn)
	case *ast.TagNode:
		return visit(n.Value, path, fn)
	}
	return false
}
