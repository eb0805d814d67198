package main

import (
	"bytes"
	"encoding/json"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/pare-dev/pare/batch"
	"github.com/pare-dev/pare/extract"
)

// jsonRecords decodes JSON Lines output, one record a line.
func jsonRecords(t *testing.T, out string) []jsonPage {
	t.Helper()
	var recs []jsonPage
	for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		var p jsonPage
		if err := json.Unmarshal([]byte(line), &p); err != nil {
			t.Fatalf("bad JSON line %q: %v", line, err)
		}
		if !strings.Contains(line, `"articles":[`) {
			t.Errorf("record without an articles list: %s", line)
		}
		recs = append(recs, p)
	}
	return recs
}

// TestRunSpecialFiles checks that FIFOs, sockets and devices, in a folder
// or named, and links to them, get an error record without being opened.
// Before the fix the FIFO's open blocked the whole run forever, so this
// test fails by the test binary's timeout.
func TestRunSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo.html")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	if err := os.Symlink("fifo.html", filepath.Join(dir, "link.html")); err != nil {
		t.Fatal(err)
	}
	l, err := net.Listen("unix", filepath.Join(dir, "sock.html"))
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	page, err := os.ReadFile(cityNews)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "page.html"), page, 0o644); err != nil {
		t.Fatal(err)
	}
	args := []string{"-format", "json", dir, fifo}
	if _, err := os.Stat("/dev/null"); err == nil {
		args = append(args, "/dev/null")
	}
	status, out, stderr := pareRun(t, "", args...)
	if status != exitFailed {
		t.Errorf("status %d, want %d", status, exitFailed)
	}
	want := map[string]string{
		fifo:                            "not a regular file: a named pipe (FIFO)",
		filepath.Join(dir, "link.html"): "not a regular file: a link to a named pipe (FIFO)",
		filepath.Join(dir, "sock.html"): "not a regular file: a socket",
		filepath.Join(dir, "page.html"): "",
		"/dev/null":                     "not a regular file: a character device",
	}
	recs := jsonRecords(t, out)
	if len(recs) != len(args)-2+3 {
		t.Errorf("%d records, want one per input:\n%s", len(recs), out)
	}
	for _, r := range recs {
		w, ok := want[r.File]
		if !ok || r.Error != w {
			t.Errorf("%s: error %q, want %q", r.File, r.Error, w)
		}
		if w != "" && !strings.Contains(stderr, r.File+": "+w+"\n") {
			t.Errorf("stderr lacks the error for %s:\n%s", r.File, stderr)
		}
	}
}

// TestRunDashDash checks that after "--" every argument is a file, even
// one that looks like a flag, and that a flag's value "--" ends nothing.
func TestRunDashDash(t *testing.T) {
	page, err := os.ReadFile(cityNews)
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(t.TempDir())
	for _, name := range []string{"-a.html", "-format"} {
		if err := os.WriteFile(name, page, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	status, out, stderr := pareRun(t, string(page), "-format", "json", "-ordered", "--", "-a.html", "-format", "-")
	if status != exitOK {
		t.Fatalf("status %d, stderr:\n%s", status, stderr)
	}
	recs := jsonRecords(t, out)
	if len(recs) != 3 || recs[0].File != "-a.html" || recs[1].File != "-format" || recs[2].File != "<stdin>" {
		t.Errorf("records %+v, want -a.html, -format and stdin", recs)
	}
	// "--" as -url's value: -first stays a flag, so there is no input.
	status, _, stderr = pareRun(t, "", "-url", "--", "-first")
	if status != exitUsage || !strings.Contains(stderr, "no input") {
		t.Errorf(`"-url -- -first": status %d, stderr %q; want a usage error, no input`, status, stderr)
	}
	if status, _, _ := pareRun(t, "", "-a.html"); status != exitUsage {
		t.Errorf(`"-a.html" without "--": status %d, want a usage error`, status)
	}
}

// evil is an article whose every field tries to inject: HTML and
// Markdown links, terminal escapes (a window title, a colour, a screen
// clear, C1 CSI, a bell) and line breaks that forge a separator.
var evil = extract.Article{
	Title:     "<img src=x onerror=alert(1)> \x1b]0;pwned\x07 [t](javascript:alert(1)) C#",
	Byline:    "**Eve**\n\n---\n<script>alert(2)</script> \u009b31m",
	URL:       "javascript:alert(3)",
	Published: extract.Date{Text: "`now` www.evil.example"},
	Summary:   []string{"1. not a list", "# not a heading", "    not code", "https://evil.example"},
	Text:      "body \x1b[2J cleared\r\nover \x07 and \xff\xfe bytes",
	HTML:      "<p>body \x1b[2J</p>",
	Markdown:  "body \x1b[2J \u009b1m",
}

// hasControl reports a control character other than newline and tab, or
// invalid UTF-8, in s.
func hasControl(s string) bool {
	return !utf8.ValidString(s) || strings.ContainsFunc(s, func(r rune) bool {
		return unicode.IsControl(r) && r != '\n' && r != '\t'
	})
}

// printed returns what the writer prints of one page holding a.
func printed(t *testing.T, format string, a extract.Article) string {
	t.Helper()
	var b bytes.Buffer
	w := newWriter(config{format: format}, &b)
	res := &extract.Result{Articles: []extract.Article{a}}
	if err := w.page(batch.Page{Record: batch.NewRecord(batch.Identity{File: "evil.html"}, res), Result: res}); err != nil {
		t.Fatal(err)
	}
	if err := w.close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// forbidden is what each format must not print of evil: markup that a
// reader would render, a link to a script, a forged separator.
var forbidden = map[string][]string{
	"text":     {"\n---\n"},
	"markdown": {"\n---\n", "<img", "<script", "](", "javascript:", "www.evil", "https:"},
	"html":     {"\n---\n", "<img", "<script", `href="javascript`, "alert(3)"},
}

// TestWriterInjection prints an article whose every field tries to
// inject, in each format. Before the fix Markdown printed the title as
// "# <img src=x onerror=…>", HTML printed a javascript: URL, and every
// text format passed terminal escapes through.
func TestWriterInjection(t *testing.T) {
	for _, format := range []string{"text", "markdown", "html", "json"} {
		out := printed(t, format, evil)
		if hasControl(out) {
			t.Errorf("%s output holds a control character or invalid UTF-8: %q", format, out)
		}
		if format == "json" {
			recs := jsonRecords(t, out)
			if len(recs) != 1 || recs[0].Articles[0].Title != evil.Title || recs[0].Articles[0].Markdown != evil.Markdown {
				t.Errorf("JSON does not keep the values exactly: %+v", recs)
			}
			continue
		}
		bare := out
		if format == "markdown" { // a backslash-escaped character is text
			bare = regexp.MustCompile(`\\[[:punct:]]`).ReplaceAllString(out, "")
		}
		for _, bad := range forbidden[format] {
			if strings.Contains(bare, bad) {
				t.Errorf("%s output holds %q:\n%s", format, bad, out)
			}
		}
	}
	md := printed(t, "markdown", evil)
	for _, want := range []string{
		"# \\<img src\\=x onerror\\=alert\\(1\\)\\> \\]0;pwned \\[t\\]\\(javascript\\:alert\\(1\\)\\) C\\#\n",
		"By \\*\\*Eve\\*\\*  \\-\\-\\- \\<script\\>alert\\(2\\)\\</script\\> 31m  \n",
		"Published \\`now\\` www\\.evil.example  \n",
		"- 1\\. not a list\n- \\# not a heading\n- not code\n- https\\://evil.example\n",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
	if got := printed(t, "markdown", extract.Article{Title: "t", URL: "https://a.example/x y?q=<b>&r=\"1\""}); !strings.Contains(got, "\n<https://a.example/x%20y?q=%3Cb%3E&r=%221%22>  \n") {
		t.Errorf("markdown http URL:\n%s", got)
	}
	if got := printed(t, "html", extract.Article{Title: "t", URL: "https://a.example/?a=1&b=2"}); !strings.Contains(got, `<p class="meta"><a href="https://a.example/?a=1&amp;b=2">https://a.example/?a=1&amp;b=2</a></p>`) {
		t.Errorf("html http URL:\n%s", got)
	}
	text := printed(t, "text", evil)
	if !strings.Contains(text, "\njavascript:alert(3)\n") || strings.Count(text, "\n---\n") != 0 {
		t.Errorf("text output: the URL is text there, and no separator may be forged:\n%s", text)
	}
}

// TestRunHostileRules checks that a rule directory holding the file that
// crashed the command with a goroutine dump (issue 14) gives one message
// naming the file and line, and a usage status.
func TestRunHostileRules(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.com.yaml"), []byte("hosts: ![a, b]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "b.com.yaml"), []byte("hosts: [b.com]\nexclude: [&x a, *x]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	status, out, stderr := pareRun(t, "", "-rules", dir, cityNews)
	want := "pare: rules: a.com.yaml:1: YAML tags are not allowed: \"![a,\"; a value starting with ! is read as a tag, so quote it\n" +
		"pare: rules: b.com.yaml:2: YAML anchors, aliases and merge keys are not allowed: \"&x\"; write the value out\n"
	if status != exitUsage || out != "" || stderr != want {
		t.Errorf("status %d, stdout %q, stderr:\n%s\nwant:\n%s", status, out, stderr, want)
	}
}

// TestSafeWriter checks the stream filter on sequences split across
// writes, C1 controls, invalid bytes, and JSON's escapes.
func TestSafeWriter(t *testing.T) {
	tests := []struct {
		escape bool
		writes []string
		want   string
	}{
		{false, []string{"a\x1b[31mb\x07c\r\n\td\x7f"}, "a[31mbc\n\td"},
		{false, []string{"em \xe2", "\x80\x94 dash"}, "em \u2014 dash"},
		{false, []string{"csi \xc2", "\x9b31m"}, "csi 31m"},
		{false, []string{"bad \xff\x9b end"}, "bad \ufffd\ufffd end"},
		{false, []string{"cut \xe2\x80"}, "cut \ufffd"},
		{true, []string{`{"t":"a` + "\x7f\u0085\xc2", "\x9b" + `"}` + "\n"}, `{"t":"a\u007f\u0085\u009b"}` + "\n"},
	}
	for _, tt := range tests {
		var b bytes.Buffer
		w := &safeWriter{w: &b, escape: tt.escape}
		for _, s := range tt.writes {
			if n, err := w.Write([]byte(s)); n != len(s) || err != nil {
				t.Errorf("Write(%q) = %d, %v", s, n, err)
			}
		}
		w.flush()
		if b.String() != tt.want {
			t.Errorf("%q: got %q, want %q", tt.writes, b.String(), tt.want)
		}
	}
}

func TestLinkURL(t *testing.T) {
	for raw, want := range map[string]string{
		"https://a.example/x":         "https://a.example/x",
		" HTTP://a.example/ ":         "http://a.example/",
		"https://a.example/a b\"<>`":  "https://a.example/a%20b%22%3C%3E%60",
		"https://a.example/?q=<x>":    "https://a.example/?q=%3Cx%3E",
		"https://a.example/é":         "https://a.example/%C3%A9",
		"javascript:alert(1)":         "",
		"JavaScript://a.example/%0a1": "",
		"data:text/html,<b>":          "",
		"/relative/path":              "",
		"https:///no-host":            "",
		"mailto:a@b.example":          "",
	} {
		got, ok := linkURL(raw)
		if got != want || ok != (want != "") {
			t.Errorf("linkURL(%q) = %q, %v; want %q", raw, got, ok, want)
		}
	}
}
