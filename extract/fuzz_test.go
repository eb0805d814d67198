package extract_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/pare-dev/pare/extract"
)

// FuzzExtractInput feeds ExtractInput arbitrary bytes with an arbitrary
// Content-Type, so the charset of the transport layer and the page's own
// declarations meet every kind of bytes. It must never panic (the recover
// in ExtractInput turns a panic into an "internal error"), and every
// result must hold what pare promises of its output: http(s) URLs only,
// no control characters but newline and tab.
func FuzzExtractInput(f *testing.F) {
	seeds := []struct{ page, contentType string }{
		{"<meta charset=utf-16><p>plain text", ""},
		{"<meta http-equiv=content-type content=\"\xffcharset=a\"><p>x", ""},
		{"<p>caf\xe9 au lait, \x93quoted\x94", "text/html; charset=windows-1252"},
		{"\xef\xbb\xbf<p>naïve", "text/html; charset=koi8-r"},
		{"\xff\xfe<\x00p\x00>\x00", "text/html"},
		{"<h1>T</h1><p>" + strings.Repeat("word, ", 100) + "</p>", "text/html; charset=\"shift_jis\""},
		{"<title>\x1b[2J</title><a href=\"javascript:alert(1)\">x</a>", "text/html;;charset"},
		{strings.Repeat("<div></span>", 50) + "<p>deep", "text/plain"},
		{"<p><b class=a><b class=b><b class=c><p>x<p>y", "application/xhtml+xml; charset=utf-8"},
	}
	for _, s := range seeds {
		f.Add([]byte(s.page), s.contentType)
	}
	ex := newExtractor(f, extract.Options{MaxInputBytes: 1 << 20, MaxNodes: 50000})
	f.Fuzz(func(t *testing.T, page []byte, contentType string) {
		in := extract.Input{Body: bytes.NewReader(page), URL: "https://fuzz.example/p", ContentType: contentType}
		res, err := ex.ExtractInput(context.Background(), in)
		if err != nil {
			if strings.Contains(err.Error(), "internal error") {
				t.Fatal(err)
			}
			return
		}
		if len(res.Articles) == 0 && res.Reason.IsZero() {
			t.Fatal("no articles and no reason")
		}
		checkOutput(t, res)
	})
}

// checkOutput holds a Result to the promises of issue 14: every URL is
// http(s) or empty, and no text holds a control character but newline
// and tab.
func checkOutput(t *testing.T, res *extract.Result) {
	t.Helper()
	urls := []string{res.URL}
	for _, a := range res.Articles {
		urls = append(urls, a.URL)
		for _, m := range urlAttrRe.FindAllStringSubmatch(a.HTML, -1) {
			urls = append(urls, m[2])
		}
	}
	for _, u := range urls {
		if u != "" && !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") {
			t.Fatalf("URL %q is not http(s)", u)
		}
	}
	var strs []string
	collectStrings(res, &strs)
	for _, s := range strs {
		for _, r := range s {
			if (r < 0x20 || 0x7f <= r && r <= 0x9f) && r != '\n' && r != '\t' {
				t.Fatalf("control character %U in %q", r, s)
			}
		}
	}
}
