package rules

import (
	"errors"
	"fmt"
	"math"
	"reflect"
	"slices"
	"strings"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
)

// decode decodes body strictly into raw. goccy/go-yaml stops at the first
// unknown key (and picks one at random when a mapping has several), and
// a pass costs as much as the file, so dropUnknown first reports and
// removes every unknown key in one walk over the tree: a file's unknown
// keys all show up, in a stable order, and the rest of the file is still
// checked. An unknown key dropUnknown misses is reported, dropped and
// decoding retried, as before it existed. Any other decoding error ends
// the file's checks, since raw is then only partly filled.
func decode(name string, body ast.Node, raw *fileRule, errs *fileErrors) bool {
	dropUnknown(name, body, reflect.TypeFor[fileRule](), "", errs)
	for {
		err := yaml.NodeToValue(body, raw, yaml.Strict())
		if err == nil {
			return true
		}
		errs.add(decodeError(name, body, err))
		var uf *yaml.UnknownFieldError
		if !errors.As(err, &uf) || errs.full() {
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

// unmarshaler is what text and count implement: a value dropUnknown does
// not look inside.
var unmarshaler = reflect.TypeFor[interface{ UnmarshalYAML(ast.Node) error }]()

// dropUnknown walks n as the rule-format type t, reporting each mapping
// key that t's yaml tags do not name as goccy/go-yaml would (a
// *yaml.UnknownFieldError) and removing it from the tree. Values of the
// wrong kind are left for the decoder to report.
func dropUnknown(name string, n ast.Node, t reflect.Type, path string, errs *fileErrors) {
	if reflect.PointerTo(t).Implements(unmarshaler) {
		return
	}
	switch t.Kind() {
	case reflect.Slice:
		if seq, ok := n.(*ast.SequenceNode); ok {
			for i, v := range seq.Values {
				dropUnknown(name, v, t.Elem(), fmt.Sprintf("%s[%d]", path, i), errs)
			}
		}
	case reflect.Struct:
		m, ok := n.(*ast.MappingNode)
		if !ok {
			return
		}
		fields := map[string]reflect.Type{}
		for f := range t.Fields() {
			fields[strings.Split(f.Tag.Get("yaml"), ",")[0]] = f.Type
		}
		m.Values = slices.DeleteFunc(m.Values, func(mv *ast.MappingValueNode) bool {
			tok := mv.Key.GetToken()
			p := tok.Value
			if path != "" {
				p = path + "." + p
			}
			ft, known := fields[tok.Value]
			if !known {
				uf := &yaml.UnknownFieldError{Message: fmt.Sprintf("unknown field %q", tok.Value), Token: tok}
				errs.add(&Error{File: name, Line: tok.Position.Line, Field: p, Err: yamlError{uf}})
				return true
			}
			dropUnknown(name, mv.Value, ft, p, errs)
			return false
		})
	}
}
