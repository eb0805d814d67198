package rules_test

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"testing/fstest"

	"github.com/pare-dev/pare/rules"
)

// laughs is the billion-laughs file: depth levels of anchors, each a list
// of nine aliases of the one before, 9^depth strings once expanded.
func laughs(depth int) string {
	var b strings.Builder
	b.WriteString("hosts: [a.com]\nexclude:\n  - &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n")
	for i := 1; i < depth; i++ {
		fmt.Fprintf(&b, "  - &l%d [%s]\n", i, strings.TrimSuffix(strings.Repeat(fmt.Sprintf("*l%d, ", i-1), 9), ", "))
	}
	return b.String()
}

// merges nests nine-way merge keys: 9^depth merge steps in goccy/go-yaml
// for one small mapping. At depth 7 it took 0.5 s and 117 MB before
// aliases were refused; the 31 KB file of issue 14 reached 4.5 GB.
func merges(depth int) string {
	var b strings.Builder
	b.WriteString("hosts: [a.com]\ntests:\n  - &m0 {page: p.html, articles: 0}\n")
	for i := 1; i < depth; i++ {
		fmt.Fprintf(&b, "  - &m%d {<<: [%s]}\n", i, strings.TrimSuffix(strings.Repeat(fmt.Sprintf("*m%d, ", i-1), 9), ", "))
	}
	return b.String()
}

// manyKeys is a block mapping of n keys, on which goccy/go-yaml's parser
// is quadratic: 128 KB of them took 2.7 s and 840 MB.
func manyKeys(n int) string {
	var b strings.Builder
	b.WriteString("hosts: [a.com]\n")
	for i := range n {
		fmt.Fprintf(&b, "k%d: v\n", i)
	}
	return b.String()
}

// denseHosts is a flow list of distinct hosts filling about size bytes:
// the input goccy/go-yaml allocates most for per byte among those the
// limits let through.
func denseHosts(size int) string {
	var b strings.Builder
	b.WriteString("hosts: [a.com")
	for i := 0; b.Len() < size-16; i++ {
		fmt.Fprintf(&b, ", h%d.com", i)
	}
	b.WriteString("]\n")
	return b.String()
}

// hostile are files Load must refuse, quickly and with a useful error.
var hostile = []struct {
	name string
	src  string
	line int
	is   error
	msg  string
}{
	// goccy/go-yaml reads "![a," as a tag; decoding the tagged string "b]"
	// into a list dereferenced a nil iterator and crashed the CLI.
	{"tag on a list", "hosts: ![a, b]\n", 1, rules.ErrTag, `"![a,"; a value starting with ! is read as a tag, so quote it`},
	{"tag without value", "name: x\nhosts: !x\n", 2, rules.ErrTag, `"!x"`},
	{"tag in a list", "hosts: [a.com, !x b.com]\n", 1, rules.ErrTag, `"!x"`},
	{"standard tag", "hosts: [a.com]\ntitle: !!str h1\n", 2, rules.ErrTag, `"!!str"`},
	{"billion laughs", laughs(10), 3, rules.ErrAlias, `"&l0"; write the value out`},
	{"merges", merges(9), 3, rules.ErrAlias, `"&m0"`},
	{"alias", "hosts: [a.com]\nexclude: [*x]\n", 2, rules.ErrAlias, `"*x"`},
	{"merge key", "hosts: [a.com]\ntests:\n  - {<<: {page: p.html}, articles: 0}\n", 3, rules.ErrAlias, `merge key "<<"`},
	{"deep flow", "hosts: " + strings.Repeat("[", 100000), 1, rules.ErrTooDeep, "more than 32 levels"},
	{"deep flow mapping", "{" + strings.Repeat(`"a": {`, 40000), 1, rules.ErrTooDeep, ""},
	{"deep block sequence", "hosts:\n" + strings.Repeat("- ", 50000) + "a.com\n", 2, rules.ErrTooDeep, ""},
	{"deep indentation", deepIndent(40), 33, rules.ErrTooDeep, ""},
	{"many keys", manyKeys(20000), 65, rules.ErrTooManyKeys, "more than 64"},
	{"many keys in a list entry", "hosts: [a.com]\nstrip:\n  - selector: a\n" + strings.Repeat("    reason: ad\n", 64), 67, rules.ErrTooManyKeys, ""},
	{"many documents", strings.Repeat("---\n", 60000), 3, nil, "more than one YAML document"},
	{"directive", "%YAML 1.2\n---\nhosts: [a.com]\n", 1, nil, "YAML directives are not allowed"},
	{"explicit key", "hosts: [a.com]\n? title\n: h1\n", 2, nil, "explicit keys"},
}

// deepIndent nests n mappings by indentation, one key a line.
func deepIndent(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "%sk%d:\n", strings.Repeat(" ", i), i)
	}
	return b.String()
}

// TestLoadHostile checks that each hostile file gives one error naming its
// file and line, and wraps the sentinel it should. Before the fixes of
// issue 14 the first panicked, the laughs and merges ran out of memory
// and the deep or wide ones took minutes.
func TestLoadHostile(t *testing.T) {
	for _, tt := range hostile {
		t.Run(tt.name, func(t *testing.T) {
			errs := loadErrors(t, map[string]string{"a.yaml": tt.src})
			if len(errs) != 1 {
				t.Fatalf("got %d errors, want 1: %v", len(errs), errs)
			}
			e := errs[0]
			if e.File != "a.yaml" || e.Line != tt.line || (tt.is != nil && !errors.Is(e, tt.is)) ||
				!strings.Contains(e.Error(), tt.msg) {
				t.Errorf("got %v\nwant a.yaml:%d, %v, %q", e, tt.line, tt.is, tt.msg)
			}
		})
	}
}

// TestLoadWithinLimits checks files just inside the shape limits, so that
// the limits stop only what no rule file needs.
func TestLoadWithinLimits(t *testing.T) {
	var strip strings.Builder
	for range 500 { // a long rule: 500 entries of two keys each
		strip.WriteString("  - selector: .ad\n    reason: ad\n")
	}
	for name, src := range map[string]string{
		"long strip list":        "hosts: [a.com]\nstrip:\n" + strip.String(),
		"selector with brackets": "hosts: [a.com]\ntitle: div[data-x] > h1\nbody: article[itemprop=articleBody]\n",
		"quoted bang":            "hosts: [a.com]\nexclude: ['!important', \"&amp;\", '*']\n",
		"document markers":       "---\nhosts: [a.com]\n...\n",
		"many hosts":             denseHosts(64 << 10),
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := rules.Load(mapFS(map[string]string{"a.com.yaml": src})); err != nil {
				t.Errorf("Load: %.300v", err)
			}
		})
	}
}

// TestLoadErrorCap checks that a file with thousands of unknown keys
// stops at fifty, and says so: each unknown key costs a pass over the
// file.
func TestLoadErrorCap(t *testing.T) {
	errs := loadErrors(t, map[string]string{"a.yaml": unknownKeys(64 << 10)})
	if len(errs) != 51 || !strings.Contains(errs[50].Error(), "stopped after 50 errors") {
		t.Errorf("got %d errors, the last %v; want 50 and a note", len(errs), errs[len(errs)-1])
	}
}

// unknownKeys is a list of strip entries of about size bytes, each with
// an unknown key.
func unknownKeys(size int) string {
	var b strings.Builder
	b.WriteString("hosts: [a.com]\nstrip:\n")
	for i := 0; b.Len() < size-40; i++ {
		fmt.Fprintf(&b, "  - {selector: a, reason: ad, x%d: 1}\n", i)
	}
	return b.String()
}

func TestLoadFileTooLarge(t *testing.T) {
	big := "hosts: [a.com]\n" + strings.Repeat("# padding\n", rules.DefaultMaxFileBytes/10)
	errs := loadErrors(t, map[string]string{"a.yaml": big})
	if len(errs) != 1 || !errors.Is(errs[0], rules.ErrFileTooLarge) || errs[0].File != "a.yaml" {
		t.Errorf("got %v, want one ErrFileTooLarge for a.yaml", errs)
	}
	if _, err := rules.LoadWithOptions(mapFS(map[string]string{"a.yaml": big}), rules.Options{MaxFileBytes: 1 << 20}); err != nil {
		t.Errorf("with a 1 MiB limit: %v", err)
	}
	_, err := rules.LoadWithOptions(sizeless{mapFS(map[string]string{"a.yaml": "hosts: [a.com]\n"})}, rules.Options{MaxFileBytes: 10})
	if !errors.Is(err, rules.ErrFileTooLarge) || !strings.Contains(err.Error(), "more than 10 bytes") {
		t.Errorf("a file whose size Stat does not know: got %v, want ErrFileTooLarge", err)
	}
}

// sizeless is a file system whose Stat reports every file as empty, as
// some do, so that only the bounded read can catch a large file.
type sizeless struct{ fstest.MapFS }

func (s sizeless) Stat(name string) (fs.FileInfo, error) {
	info, err := s.MapFS.Stat(name)
	if err != nil || info.IsDir() {
		return info, err
	}
	return zeroSize{info}, nil
}

type zeroSize struct{ fs.FileInfo }

func (zeroSize) Size() int64 { return 0 }

// TestLoadSpecialFiles checks that a FIFO named like a rule file, or a
// link to one, is reported without being opened: opening it would block
// Load until some other process wrote to it.
func TestLoadSpecialFiles(t *testing.T) {
	errs := loadErrorsFS(t, fstest.MapFS{
		"a.yaml": {Data: []byte("hosts: [a.com]\n")},
		"p.yaml": {Mode: fs.ModeNamedPipe},
		"d.yaml": {Mode: fs.ModeDevice},
	})
	if len(errs) != 2 || !errors.Is(errs[0], rules.ErrNotRegular) || !errors.Is(errs[1], rules.ErrNotRegular) {
		t.Errorf("got %v, want ErrNotRegular for d.yaml and p.yaml", errs)
	}
	dir := t.TempDir()
	if err := syscall.Mkfifo(filepath.Join(dir, "fifo.yaml"), 0o644); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	if err := os.Symlink("fifo.yaml", filepath.Join(dir, "link.yaml")); err != nil {
		t.Fatal(err)
	}
	errs = loadErrorsFS(t, os.DirFS(dir))
	if len(errs) != 2 || errs[0].File != "fifo.yaml" || errs[1].File != "link.yaml" ||
		!errors.Is(errs[0], rules.ErrNotRegular) || !errors.Is(errs[1], rules.ErrNotRegular) {
		t.Errorf("got %v, want ErrNotRegular for fifo.yaml and link.yaml", errs)
	}
}

// loadErrorsFS is loadErrors over any file system.
func loadErrorsFS(t *testing.T, fsys fs.FS) []*rules.Error {
	t.Helper()
	_, err := rules.Load(fsys)
	var out []*rules.Error
	for _, e := range unjoin(err) {
		var re *rules.Error
		if !errors.As(e, &re) {
			t.Fatalf("error %q is a %T; want *rules.Error", e, e)
		}
		out = append(out, re)
	}
	return out
}

func unjoin(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	if err == nil {
		return nil
	}
	return []error{err}
}

// BenchmarkLoadHostile measures the time and memory Load spends refusing
// each hostile file, beside a rule file of the ordinary kind and the
// costliest file the limits let through (dense hosts at the size limit).
func BenchmarkLoadHostile(b *testing.B) {
	cases := []struct{ name, src string }{
		{"ordinary", fullRule},
		{"dense-hosts-at-limit", denseHosts(rules.DefaultMaxFileBytes)},
		{"unknown-keys-at-limit", unknownKeys(rules.DefaultMaxFileBytes)},
	}
	for _, h := range hostile {
		cases = append(cases, struct{ name, src string }{strings.ReplaceAll(h.name, " ", "-"), h.src})
	}
	for _, c := range cases {
		fsys := mapFS(map[string]string{"arabnews.com.yaml": c.src})
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(c.src)))
			for b.Loop() {
				rules.Load(fsys)
			}
		})
	}
}
