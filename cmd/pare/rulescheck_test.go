package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const siteConfigFixtures = "../../rules/testdata/siteconfig"

// writeFiles writes files into a new folder and returns it.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, src := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestRulesCheck(t *testing.T) {
	broken := writeFiles(t, map[string]string{
		"good.yaml":      "hosts: [example.com]\nbody: article\n",
		"bad.yaml":       "hosts: [example.org]\nbody: \"div[\"\n",
		"site.org.txt":   "body: //article\nnext_page_link: //a[@rel='next']\n",
		"huge.org.txt":   strings.Repeat("body: //p\n", 30000),
		"README.md":      "not a rule",
		"sub/x.com.json": `{"hosts": ["x.com"], "title": "h1"}`,
	})
	empty := writeFiles(t, map[string]string{"README.md": "nothing here"})
	tests := []struct {
		name   string
		args   []string
		status int
		want   []string // lines of stdout, or of stderr for a usage error
	}{
		{"fixtures", []string{siteConfigFixtures}, exitOK, []string{
			"warning: " + filepath.Join(siteConfigFixtures, "unsupported.example.net.txt") + ":3: next_page_link: pare never fetches; ignored",
			"0 rule files and 5 site configs loaded, 0 errors, 13 warnings",
		}},
		{"the rules pare ships", []string{"../../rules/publishers"}, exitOK, []string{"2 rule files and 0 site configs loaded, 0 errors, 0 warnings"}},
		{"broken files", []string{broken}, exitFailed, []string{
			"error: " + filepath.Join(broken, "bad.yaml") + ":2: body \"div[\"",
			"error: " + filepath.Join(broken, "huge.org.txt") + ": file too large",
			"warning: " + filepath.Join(broken, "site.org.txt") + ":2: next_page_link: pare never fetches; ignored",
			"2 rule files and 1 site configs loaded, 2 errors, 1 warnings",
		}},
		{"a missing folder", []string{filepath.Join(empty, "nope")}, exitFailed, []string{"error: " + filepath.Join(empty, "nope") + ": no such folder"}},
		{"a folder of no rule", []string{empty}, exitFailed, []string{"error: " + empty + ": no rule file"}},
		{"no folder", nil, exitUsage, []string{"usage: pare rules check DIR..."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			status, out, stderr := pareRun(t, "", append([]string{"rules", "check"}, tc.args...)...)
			if status != tc.status {
				t.Fatalf("status %d, want %d\nstdout:\n%s\nstderr:\n%s", status, tc.status, out, stderr)
			}
			if tc.status == exitUsage {
				out = stderr
			}
			for _, w := range tc.want {
				found := false
				for _, l := range strings.Split(out, "\n") {
					found = found || strings.HasPrefix(l, w)
				}
				if !found {
					t.Errorf("no line starts %q in:\n%s", w, out)
				}
			}
		})
	}
}

// TestRulesFolders holds that -rules and -site-config name a folder that
// is missing or holds nothing of theirs, instead of running without it.
func TestRulesFolders(t *testing.T) {
	empty := writeFiles(t, map[string]string{"notes.txt": "hello", "README.md": "x"})
	page := writeFiles(t, map[string]string{"p.html": "<html><body><p>x</p></body></html>"})
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"-rules missing", []string{"-rules", filepath.Join(empty, "nope")}, "-rules " + filepath.Join(empty, "nope") + ": no such folder"},
		{"-rules with no rule file", []string{"-rules", empty}, "-rules " + empty + ": the folder holds no rule file"},
		{"-site-config missing", []string{"-site-config", filepath.Join(empty, "nope")}, "-site-config " + filepath.Join(empty, "nope") + ": no such folder"},
		{"-site-config with no site config", []string{"-site-config", page}, "-site-config " + page + ": the folder holds no site config"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			status, _, stderr := pareRun(t, "", append(tc.args, filepath.Join(page, "p.html"))...)
			if status != exitUsage || !strings.Contains(stderr, tc.want) {
				t.Errorf("status %d, stderr %q; want %d and %q", status, stderr, exitUsage, tc.want)
			}
		})
	}
}

// TestSiteConfigFlag runs a page through -site-config: the site config
// for the page's host is used, with -no-rules too.
func TestSiteConfigFlag(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"p.html": `<html><body><h1>Ferry timetable extended</h1><div class="teaser"><p>A teaser that a generic extractor could take for the story.</p></div>` +
			`<div class="story"><p>The harbour board voted on Tuesday to extend the ferry timetable into the night, the largest change in the town's history.</p>` +
			`<p>Residents had asked for later crossings for years, and the board agreed after a long debate about the costs of the crews.</p></div></body></html>`,
	})
	for _, extra := range [][]string{nil, {"-no-rules"}} {
		args := append([]string{"-site-config", siteConfigFixtures, "-url", "https://example.com/ferry", "-explain"}, extra...)
		status, out, stderr := pareRun(t, "", append(args, filepath.Join(dir, "p.html"))...)
		if status != exitOK || !strings.Contains(stderr, `rule "example.com.txt"`) || strings.Contains(out, "teaser") {
			t.Errorf("%v: status %d\nstdout:\n%s\nstderr:\n%s", extra, status, out, stderr)
		}
		// The fixtures hold directives pare does not honour: the run says
		// so, and where to read them, unless -q.
		if !strings.Contains(stderr, "does not honour") || !strings.Contains(stderr, "rules check") {
			t.Errorf("%v: no word of the unhonoured directives:\n%s", extra, stderr)
		}
		if _, _, quiet := pareRun(t, "", append(append(args, "-q"), filepath.Join(dir, "p.html"))...); strings.Contains(quiet, "does not honour") {
			t.Errorf("%v: -q still warns:\n%s", extra, quiet)
		}
	}
}
