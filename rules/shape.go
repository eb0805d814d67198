package rules

import (
	"errors"
	"fmt"

	"github.com/goccy/go-yaml/token"
)

// Limits on a rule file's shape, checked on its tokens before
// goccy/go-yaml's parser builds a tree from them. The parser's cost grows
// with the square of a block mapping's key count (each key recurses into
// the parse of the rest of the mapping and copies it back) and of the
// nesting depth (each node stores its full path): 256 KB of keys took
// 10 s and 3 GB, 200 KB of brackets 38 s and 15 GB. A rule file nests
// about six levels deep and its largest mapping has the format's 13
// keys, so the limits only ever stop a file that is broken or hostile.
const (
	// maxDepth bounds the nesting of mappings and sequences: the block
	// collections open at a token (told apart by their columns) and the
	// flow brackets around it.
	maxDepth = 32
	// maxKeys bounds the keys of one block mapping. A mapping with more
	// than the format's 13 keys is an error anyway; 64 leaves room to
	// report every unknown or duplicate key of a mistyped file.
	maxKeys = 64
	// maxDocMarkers bounds "---" and "..." lines: a file holds one
	// document, and the parser allocates heavily for each empty one.
	maxDocMarkers = 2
)

// level is one open block collection: its column and, for a mapping,
// how many keys it has so far.
type level struct {
	col  int
	seq  bool
	keys int
}

// shape is the state of checkShape: the open block collections, with
// increasing columns (a sequence may share its parent mapping key's
// column, so one column holds at most two levels), and the flow depth.
type shape struct {
	levels []level
	flow   int
}

// checkShape rejects what rule files never need and goccy/go-yaml
// handles badly, before its parser runs: tags (a tag on a value decoded
// into a list panics in the decoder), anchors, aliases and merge keys
// (expansion without bound), explicit "?" keys and directives, more than
// one document, and nesting or mappings past the limits above. The
// tokens come from goccy's own lexer, so a "[" inside a plain scalar
// such as div[data-x] is not taken for a list. It returns the first
// problem, with its line, or nil.
func checkShape(tokens token.Tokens) *Error {
	var s shape
	line, markers := 0, 0
	prevCol, flowCol := 0, 0 // the last node's column in block context; the open flow's
	for i, tk := range tokens {
		fail := func(err error) *Error { return &Error{Line: tk.Position.Line, Err: err} }
		switch tk.Type {
		case token.CommentType:
			continue
		case token.TagType:
			return fail(fmt.Errorf("%w: %q; a value starting with ! is read as a tag, so quote it", ErrTag, tk.Value))
		case token.AnchorType, token.AliasType:
			name := tk.Value
			if i+1 < len(tokens) {
				name += tokens[i+1].Value
			}
			return fail(fmt.Errorf("%w: %q; write the value out", ErrAlias, name))
		case token.MergeKeyType:
			return fail(fmt.Errorf("%w: merge key %q; write the keys out", ErrAlias, tk.Value))
		case token.DirectiveType:
			return fail(errors.New("YAML directives are not allowed"))
		case token.MappingKeyType:
			return fail(errors.New(`explicit keys ("? key") are not allowed`))
		case token.DocumentHeaderType, token.DocumentEndType:
			if markers++; markers > maxDocMarkers {
				return fail(errors.New("more than one YAML document; write one rule per file"))
			}
		}
		col := tk.Position.Column
		if s.flow == 0 {
			if tk.Position.Line != line {
				s.popTo(col) // a line ends every block indented deeper than it
			}
			switch tk.Type {
			case token.SequenceEntryType:
				s.entry(col)
			case token.MappingValueType:
				if !s.key(prevCol) {
					return fail(fmt.Errorf("%w (more than %d)", ErrTooManyKeys, maxKeys))
				}
			}
			prevCol = col
		}
		switch tk.Type {
		case token.SequenceStartType, token.MappingStartType:
			if s.flow == 0 {
				flowCol = col
			}
			s.flow++
		case token.SequenceEndType, token.MappingEndType:
			if s.flow > 0 {
				if s.flow--; s.flow == 0 {
					prevCol = flowCol // "[a]: b" is a key at the "["
				}
			}
		}
		if len(s.levels)+s.flow > maxDepth {
			return fail(fmt.Errorf("%w (more than %d levels)", ErrTooDeep, maxDepth))
		}
		line = tk.Position.Line
	}
	return nil
}

// popTo closes the block collections indented deeper than col.
func (s *shape) popTo(col int) {
	for len(s.levels) > 0 && s.levels[len(s.levels)-1].col > col {
		s.levels = s.levels[:len(s.levels)-1]
	}
}

func (s *shape) top() *level {
	if len(s.levels) == 0 {
		return nil
	}
	return &s.levels[len(s.levels)-1]
}

// entry records a "-" at col: the next entry of the sequence there, or
// the first of a new one.
func (s *shape) entry(col int) {
	s.popTo(col)
	if t := s.top(); t == nil || t.col != col || !t.seq {
		s.levels = append(s.levels, level{col: col, seq: true})
	}
}

// key records a mapping key at col and reports whether its mapping is
// within maxKeys. A key at a sequence's own column ends that sequence
// ("strip:" then "- …" lines, then "title:").
func (s *shape) key(col int) bool {
	s.popTo(col)
	if t := s.top(); t != nil && t.col == col && t.seq {
		s.levels = s.levels[:len(s.levels)-1]
	}
	t := s.top()
	if t == nil || t.col != col {
		s.levels = append(s.levels, level{col: col})
		t = s.top()
	}
	t.keys++
	return t.keys <= maxKeys
}
