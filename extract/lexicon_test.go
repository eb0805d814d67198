package extract

import (
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestLexicon parses every lexicon file: each must have its header
// comment, entries, and no duplicates (parseWordList's errors).
func TestLexicon(t *testing.T) {
	if err := checkLexicon(); err != nil {
		t.Fatal(err)
	}
	names, _ := fs.Glob(lexiconFiles, "lexicon/*.txt")
	if len(names) == 0 {
		t.Fatal("no lexicon files embedded")
	}
	for _, n := range names {
		data, _ := fs.ReadFile(lexiconFiles, n)
		if !strings.HasPrefix(string(data), "# ") {
			t.Errorf("%s: starts without a header comment saying what the list is for", path.Base(n))
		}
	}
}

func TestParseWordList(t *testing.T) {
	for _, tc := range []struct {
		name, in, err string
		want          []wordEntry
	}{
		{"plain", "# a list\nshare\n\nshare  this\n", "", []wordEntry{{"share", "", 2}, {"share this", "", 4}}},
		{"groups", "# g\n[share]\nshare\n[related]\nteaser\n", "", []wordEntry{{"share", "share", 3}, {"teaser", "related", 5}}},
		{"duplicate", "# d\nshare\nshare\n", "x:3: \"share\" is already on line 2", nil},
		{"bad group", "# b\n[share\nx\n", "x:2: group", nil},
		{"empty", "# nothing\n", "no entries", nil},
		{"long line", "# l\n" + strings.Repeat("a", maxLexiconLine+1) + "\n", "too long", nil},
		{"not utf-8", "# u\n\xff\n", "x:2: not UTF-8", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l, err := parseWordList("x", []byte(tc.in))
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("error %v, want one holding %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(l.entries) != len(tc.want) {
				t.Fatalf("entries %v, want %v", l.entries, tc.want)
			}
			for i := range tc.want {
				if l.entries[i] != tc.want[i] {
					t.Errorf("entry %d = %v, want %v", i, l.entries[i], tc.want[i])
				}
			}
		})
	}
}

func TestASCIIKeys(t *testing.T) {
	l := wordList{entries: []wordEntry{{text: "mis à jour"}, {text: "veröffentlicht"}, {text: "текст"}, {text: "Updated"}}}
	got := strings.Join(l.asciiKeys(), ",")
	if want := ",ffentlicht,jour,updated"; got != want {
		t.Errorf("asciiKeys = %q, want %q", got, want)
	}
	for _, e := range l.entries {
		if !mayFold(e.text, l.asciiKeys()...) {
			t.Errorf("mayFold misses %q with keys derived from its own list", e.text)
		}
	}
}

// TestLexiconUsesListed holds lexiconUses complete: every structure the
// package builds once (a sync.OnceValue) is built by checkLexicon, so
// New reports a lexicon that does not fit its use.
func TestLexiconUsesListed(t *testing.T) {
	src, err := os.ReadFile("lexicon.go")
	if err != nil {
		t.Fatal(err)
	}
	listed := string(src[strings.Index(string(src), "var lexiconUses"):])
	files, _ := filepath.Glob("*.go")
	decl := regexp.MustCompile(`(?m)^var (\w+) = sync\.OnceValue\(`)
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range decl.FindAllStringSubmatch(string(data), -1) {
			if m[1] != "checkLexicon" && !strings.Contains(listed, m[1]+"()") {
				t.Errorf("%s: %s is built from the lexicon but missing from lexiconUses", f, m[1])
			}
		}
	}
}
