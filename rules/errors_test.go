package rules_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/pare-dev/pare/rules"
)

// wantErr is one expected *rules.Error. msg is a part of its message;
// is, when set, a sentinel it must wrap.
type wantErr struct {
	file  string
	line  int
	field string
	value string
	is    error
	msg   string
}

func (w wantErr) String() string {
	return fmt.Sprintf("%s:%d: %s %q: %v %s", w.file, w.line, w.field, w.value, w.is, w.msg)
}

// checkErrors compares got with want, in order and in full.
func checkErrors(t *testing.T, got []*rules.Error, want []wantErr) {
	t.Helper()
	for i := range max(len(got), len(want)) {
		switch {
		case i >= len(got):
			t.Errorf("missing error %v", want[i])
		case i >= len(want):
			t.Errorf("unexpected error %v", got[i])
		default:
			g, w := got[i], want[i]
			if g.File != w.file || g.Line != w.line || g.Field != w.field || g.Value != w.value ||
				(w.is != nil && !errors.Is(g, w.is)) || !strings.Contains(g.Error(), w.msg) {
				t.Errorf("error %d:\n got %v\nwant %v", i, g, w)
			}
		}
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  []wantErr
	}{
		{"unknown key", map[string]string{"a.yaml": "hosts: [a.com]\nartcle: div\n"},
			[]wantErr{{"a.yaml", 2, "artcle", "", nil, `unknown field "artcle"`}}},
		{"unknown nested key", map[string]string{
			"a.yaml": "hosts: [a.com]\nstrip:\n  - selector: div\n    reason: ad\n  - selector: p\n    reasn: ad\n"},
			[]wantErr{
				{"a.yaml", 5, "strip[1].reason", "", rules.ErrRequired, "required"},
				{"a.yaml", 6, "strip[1].reasn", "", nil, `unknown field "reasn"`},
			}},
		{"bad selector", map[string]string{"a.yaml": "hosts: [a.com]\n\ntitle: 'h1 >'\n"},
			[]wantErr{{"a.yaml", 3, "title", "h1 >", nil, "expected"}}},
		{"bad strip selector", map[string]string{
			"a.yaml": "hosts: [a.com]\nstrip:\n  - selector: div\n    reason: ad\n  - reason: ad\n    selector: 'div['\n"},
			[]wantErr{{"a.yaml", 6, "strip[1].selector", "div[", nil, "expected identifier"}}},
		{"bad regexp", map[string]string{
			"a.yaml": "hosts: [a.com]\nstrip_text:\n  - pattern: '^ok$'\n    reason: other\n  - pattern: '(Reuters'\n    reason: other\n"},
			[]wantErr{{"a.yaml", 5, "strip_text[1].pattern", "(Reuters", nil, "missing closing )"}}},
		{"bad reason", map[string]string{
			"a.yaml": "hosts: [a.com]\nstrip:\n  - selector: .share\n    reason: shares\n"},
			[]wantErr{{"a.yaml", 4, "strip[0].reason", "shares", rules.ErrInvalidReason, "want one of caption, share,"}}},
		{"missing reason", map[string]string{
			"a.yaml": "hosts: [a.com]\nstrip_text:\n  - pattern: x\n"},
			[]wantErr{{"a.yaml", 3, "strip_text[0].reason", "", rules.ErrRequired, "required"}}},
		{"missing hosts", map[string]string{"a.yaml": "name: A\n"},
			[]wantErr{{"a.yaml", 0, "hosts", "", rules.ErrRequired, "rules: a.yaml: hosts: required"}}},
		{"empty hosts", map[string]string{"a.yaml": "hosts: []\n"},
			[]wantErr{{"a.yaml", 0, "hosts", "", rules.ErrRequired, "required"}}},
		{"empty file", map[string]string{"a.yaml": ""},
			[]wantErr{{"a.yaml", 0, "hosts", "", rules.ErrRequired, "required"}}},
		{"hosts without value", map[string]string{"a.yaml": "hosts:\n"},
			[]wantErr{{"a.yaml", 1, "hosts", "", rules.ErrEmpty, "must not be empty"}}},
		{"empty selector", map[string]string{"a.yaml": "hosts: [a.com]\nbody: ''\n"},
			[]wantErr{{"a.yaml", 2, "body", "", rules.ErrEmpty, "must not be empty"}}},
		{"blank selector", map[string]string{"a.yaml": "hosts: [a.com]\nbody: '  '\n"},
			[]wantErr{{"a.yaml", 2, "body", "  ", rules.ErrEmpty, "must not be empty"}}},
		{"key without value", map[string]string{"a.yaml": "hosts: [a.com]\narticle:\ntitle: h1\n"},
			[]wantErr{{"a.yaml", 2, "article", "", rules.ErrEmpty, "must not be empty"}}},
		{"empty exclude", map[string]string{"a.yaml": "hosts: [a.com]\nexclude: [ok, '']\n"},
			[]wantErr{{"a.yaml", 2, "exclude[1]", "", rules.ErrEmpty, "must not be empty"}}},
		{"duplicate host across files", map[string]string{
			"a.yaml": "hosts: [a.com]\n",
			"b.yaml": "hosts:\n  - b.com\n  - a.com\n",
		}, []wantErr{{"b.yaml", 3, "hosts[1]", "a.com", rules.ErrDuplicateHost, "also claimed by a.yaml:1"}}},
		{"duplicate host in a file", map[string]string{"a.yaml": "hosts: [a.com, a.com]\n"},
			[]wantErr{{"a.yaml", 1, "hosts[1]", "a.com", rules.ErrDuplicateHost, "also claimed by a.yaml:1"}}},
		{"duplicate host beside other errors", map[string]string{
			"a.yaml": "hosts: [a.com]\ntitle: 'h1['\n",
			"b.yaml": "hosts: [a.com]\n",
		}, []wantErr{
			{"a.yaml", 2, "title", "h1[", nil, "expected"},
			{"b.yaml", 1, "hosts[0]", "a.com", rules.ErrDuplicateHost, "also claimed by a.yaml:1"},
		}},
		{"invalid host", map[string]string{"a.yaml": "hosts: [a.com, 'https://b.com/']\n"},
			[]wantErr{{"a.yaml", 1, "hosts[1]", "https://b.com/", rules.ErrInvalidHost, "remove the scheme"}}},
		{"wrong type: scalar for list", map[string]string{"a.yaml": "hosts: a.com\n"},
			[]wantErr{{"a.yaml", 1, "hosts", "", nil, "string was used where sequence is expected"}}},
		{"wrong type: list for string", map[string]string{"a.yaml": "hosts: [a.com]\narticle: [div]\n"},
			[]wantErr{{"a.yaml", 2, "article", "", nil, "want a string, found sequence"}}},
		{"wrong type: number for string", map[string]string{"a.yaml": "hosts: [a.com]\nexclude: [ok, 12]\n"},
			[]wantErr{{"a.yaml", 2, "exclude[1]", "", nil, "want a string, found int; quote it"}}},
		{"wrong type: float for integer", map[string]string{
			"a.yaml": "hosts: [a.com]\ntests:\n  - page: p.html\n    articles: 2.5\n"},
			[]wantErr{{"a.yaml", 4, "tests[0].articles", "", nil, "want an integer, found float"}}},
		{"syntax error", map[string]string{"a.yaml": "hosts: [a.com\nname: x\n"},
			[]wantErr{{"a.yaml", 2, "", "", nil, "',' or ']' must be specified"}}},
		{"duplicate key", map[string]string{"a.yaml": "hosts: [a.com]\ntitle: h1\ntitle: h2\n"},
			[]wantErr{{"a.yaml", 3, "", "", nil, `mapping key "title" already defined at [2:1]`}}},
		{"not a mapping", map[string]string{"a.yaml": "- a.com\n"},
			[]wantErr{{"a.yaml", 1, "", "", nil, "sequence was used where mapping is expected"}}},
		{"two documents", map[string]string{"a.yaml": "hosts: [a.com]\n---\nhosts: [b.com]\n"},
			[]wantErr{{"a.yaml", 3, "", "", nil, "more than one YAML document"}}},
		{"test without page or articles", map[string]string{
			"a.yaml": "hosts: [a.com]\ntests:\n  - contain: [[x]]\n"},
			[]wantErr{
				{"a.yaml", 0, "tests[0].page", "", rules.ErrRequired, "required"},
				{"a.yaml", 0, "tests[0].articles", "", rules.ErrRequired, "required"},
			}},
		{"bad test", map[string]string{
			"a.yaml": "hosts: [a.com]\ntests:\n  - page: ../p.html\n    articles: -1\n  - page: q.html\n    articles: 1\n    contain:\n      - [x]\n      - [y]\n    exclude: [['']]\n"},
			[]wantErr{
				{"a.yaml", 3, "tests[0].page", "../p.html", nil, "must be a file name, not a path"},
				{"a.yaml", 4, "tests[0].articles", "-1", nil, "must not be negative"},
				{"a.yaml", 9, "tests[1].contain", "", nil, "checks 2 articles but articles is 1"},
				{"a.yaml", 10, "tests[1].exclude[0][0]", "", rules.ErrEmpty, "must not be empty"},
			}},
		{"JSON", map[string]string{
			"a.json": "{\n  \"hosts\": [\"a.com\"],\n  \"strip\": [\n    {\"selector\": \"div[\", \"reason\": \"ad\"}\n  ]\n}\n"},
			[]wantErr{{"a.json", 4, "strip[0].selector", "div[", nil, "expected identifier"}}},
		{"JSON unknown key", map[string]string{"a.json": "{\"hosts\": [\"a.com\"],\n \"titel\": \"h1\"}\n"},
			[]wantErr{{"a.json", 2, "titel", "", nil, `unknown field "titel"`}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkErrors(t, loadErrors(t, tt.files), tt.want)
		})
	}
}

// TestLoadAllErrors checks that Load reports every problem of every file,
// in file order and, within a file, in line order.
func TestLoadAllErrors(t *testing.T) {
	files := map[string]string{
		"a.com.yaml": `hosts: [a.com]
title: 'h1['
zzz: 1
strip:
  - selector: .x
    reason: nope
    extra: 1
aaa: 2
`,
		"b.com.yaml": "hosts: [b.com\n",
		"c.com.yaml": "hosts: [c.com]\n", // valid: no error of its own
		"d.com.yaml": "hosts: [D.com]\nstrip_text:\n  - pattern: '['\n    reason: ad\n",
	}
	want := []wantErr{
		{"a.com.yaml", 2, "title", "h1[", nil, "expected"},
		{"a.com.yaml", 3, "zzz", "", nil, `unknown field "zzz"`},
		{"a.com.yaml", 6, "strip[0].reason", "nope", rules.ErrInvalidReason, "unknown reason"},
		{"a.com.yaml", 7, "strip[0].extra", "", nil, `unknown field "extra"`},
		{"a.com.yaml", 8, "aaa", "", nil, `unknown field "aaa"`},
		{"b.com.yaml", 1, "", "", nil, "sequence end token ']' not found"},
		{"d.com.yaml", 1, "hosts[0]", "D.com", rules.ErrInvalidHost, "must be lowercase"},
		{"d.com.yaml", 3, "strip_text[0].pattern", "[", nil, "missing closing ]"},
	}
	// goccy/go-yaml names a random one of several unknown keys; the
	// report must not change from run to run.
	first := ""
	for range 20 {
		errs := loadErrors(t, files)
		checkErrors(t, errs, want)
		var b strings.Builder
		for _, e := range errs {
			b.WriteString(e.Error() + "\n")
		}
		if first == "" {
			first = b.String()
		} else if b.String() != first {
			t.Fatalf("report changed between runs:\n%s\nthen\n%s", first, b.String())
		}
	}
}

func TestLoadHosts(t *testing.T) {
	tests := []struct {
		host string
		msg  string // "" when the host is valid
	}{
		{"arabnews.com", ""},
		{"news.example.co.uk", ""},
		{"xn--mgbh0fb.xn--kgbechtv", ""},
		{"localhost", ""},
		{"192.168.1.10", ""},
		{"::1", ""},
		{"0:0::1", "write the address as ::1"},
		{"ArabNews.com", "must be lowercase"},
		{"https://arabnews.com", "remove the scheme"},
		{"arabnews.com/news", "remove the path"},
		{"arabnews.com:443", "remove the port"},
		{"arabnews.com.", "remove the trailing dot"},
		{"*.arabnews.com", "remove the wildcard"},
		{"arab_news.com", "not a host name"},
		{"arab news.com", "not a host name"},
		{"-arabnews.com", "not a host name"},
		{"arabnews..com", "not a host name"},
		{"عرب.com", "not a host name"},
		{"com", "a public suffix"},
		{"co.uk", "a public suffix"},
		{"github.io", "a public suffix"},
	}
	for _, tt := range tests {
		t.Run(tt.host, func(t *testing.T) {
			src := fmt.Sprintf("hosts: [%q]\n", tt.host)
			_, err := rules.Load(mapFS(map[string]string{"a.yaml": src}))
			switch {
			case tt.msg == "" && err != nil:
				t.Errorf("got %v, want no error", err)
			case tt.msg != "" && (err == nil || !strings.Contains(err.Error(), tt.msg)):
				t.Errorf("got %v, want an error with %q", err, tt.msg)
			case tt.msg != "" && !errors.Is(err, rules.ErrInvalidHost):
				t.Errorf("got %v, want it to wrap ErrInvalidHost", err)
			}
		})
	}
}
