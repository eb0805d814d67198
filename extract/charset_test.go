package extract

import (
	"context"
	"os"
	"strings"
	"testing"

	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/japanese"
)

func TestDecode(t *testing.T) {
	sjis, err := japanese.ShiftJIS.NewEncoder().String("港町に新しい図書館")
	if err != nil {
		t.Fatal(err)
	}
	longHead := "<head>" + strings.Repeat("<link rel=preload href=/a.js>", 60)
	tests := []struct {
		name, page, contentType string
		charset, text           string
	}{
		{"meta after 1024 bytes", longHead + `<meta charset="shift_jis"></head><p>` + sjis, "", "shift_jis", "港町に新しい図書館"},
		{"header wins", "<meta charset=\"utf-8\"><p>caf\xe9", "text/html; charset=windows-1252", "windows-1252", "café"},
		{"header that does not parse", "<p>caf\xe9", "text/html; charset=windows-1252;;", "windows-1252", "café"},
		{"declared latin-1, really utf-8", `<meta charset="iso-8859-1"><p>café €5`, "", "utf-8", "café €5"},
		{"served as latin-1, really utf-8", `<p>café €5`, "text/html; charset=ISO-8859-1", "utf-8", "café €5"},
		{"declared latin-1, ascii", `<meta charset="iso-8859-1"><p>cafe`, "", "windows-1252", "cafe"},
		{"undeclared windows-1252", "<p>caf\xe9 \x80" + "5 \x93quoted\x94", "", "windows-1252", "café €5 “quoted”"},
		{"undeclared utf-8 with a stray byte", "<p>£5 \xff and €6", "", "utf-8", "£5 \uFFFD and €6"},
		{"unknown label, utf-8 with a stray byte", `<meta charset="latin-9000"><p>£5 ` + "\xff and €6", "", "utf-8", "£5 \uFFFD and €6"},
		{"unknown label passed over", `<meta charset="latin-9000"><meta charset="koi8-r"><p>` + "\xf0\xd2\xc9\xd7\xc5\xd4", "", "koi8-r", "Привет"},
		{"utf-16 meta on an ascii page", `<meta charset="utf-16"><p>plain text`, "", "utf-8", "plain text"},
		{"utf-16 header without a bom", `<p>plain text`, "text/html; charset=utf-16le", "utf-8", "plain text"},
		{"x-user-defined meta", "<meta charset=x-user-defined><p>caf\xe9", "", "windows-1252", "café"},
		{"utf-8 bom", "\xef\xbb\xbf<p>naïve", "", "utf-8", "naïve"},
		{"utf-8 cut mid-character", "<meta charset=windows-1252><p>naïve \xe2\x82", "", "utf-8", "naïve"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, cs := decode([]byte(tc.page), tc.contentType)
			if cs != tc.charset {
				t.Errorf("charset %q, want %q", cs, tc.charset)
			}
			if !strings.Contains(string(out), tc.text) {
				t.Errorf("decoded %q lacks %q", out, tc.text)
			}
		})
	}
}

// fixtureCharsets are the legacy charsets of testdata/charsets, each with
// a news text in its script, and the name decode gives it (GBK is read
// by its superset, gb18030, when detected).
var fixtureCharsets = []struct{ name, detected string }{
	{"shift_jis", "shift_jis"}, {"gbk", "gb18030"}, {"koi8-r", "koi8-r"},
	{"windows-1251", "windows-1251"}, {"euc-kr", "euc-kr"},
	{"iso-8859-7", "iso-8859-7"}, {"windows-1256", "windows-1256"},
}

// legacyPage returns a page holding the first paras paragraphs of the
// fixture text for cs, with head in its <head>, and the page's UTF-8
// text, before encoding in cs.
func legacyPage(t *testing.T, cs, head string, paras int) (string, string) {
	t.Helper()
	data, err := os.ReadFile("testdata/charsets/" + cs + ".txt")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	var b strings.Builder
	b.WriteString("<!DOCTYPE html><html><head>" + head + "<title>" + lines[0] + "</title>")
	b.WriteString("<script>var n = 1; if (n < 2) { n++; }</script></head><body>")
	b.WriteString(`<nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>` + lines[0] + "</h1>")
	for _, l := range lines[1:min(len(lines), 1+paras)] {
		b.WriteString("<p>" + l + "</p>\n")
	}
	b.WriteString("</article></body></html>")
	enc, err := htmlindex.Get(cs)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := enc.NewEncoder().String(b.String())
	if err != nil {
		t.Fatalf("%s cannot encode its fixture: %v", cs, err)
	}
	return raw, b.String()
}

// TestDecodeLegacyCharsets reads a page in each of seven legacy charsets
// declared by <meta>, by the Content-Type and not at all (detected: the
// standard's fallback would read all seven as windows-1252), each at two
// lengths: a title and one paragraph, and the whole text. A page in UTF-8
// that still declares the legacy charset reads as UTF-8.
func TestDecodeLegacyCharsets(t *testing.T) {
	for _, cs := range fixtureCharsets {
		for _, paras := range []int{1, 3} {
			meta := `<meta http-equiv="Content-Type" content="text/html; charset=` + cs.name + `">`
			declared, want := legacyPage(t, cs.name, meta, paras)
			undeclared, _ := legacyPage(t, cs.name, "", paras)
			tests := []struct {
				how, page, contentType, charset string
			}{
				{"meta", declared, "", cs.name},
				{"header", undeclared, "text/html; charset=" + cs.name, cs.name},
				{"detected", undeclared, "", cs.detected},
				{"utf-8 declaring it", want, "", "utf-8"},
			}
			for _, tc := range tests {
				out, got := decode([]byte(tc.page), tc.contentType)
				if canonical, _ := htmlindex.Get(tc.charset); canonical != nil {
					tc.charset, _ = htmlindex.Name(canonical)
				}
				if got != tc.charset || !strings.Contains(string(out), want[strings.Index(want, "<title>"):]) {
					t.Errorf("%s, %d paragraphs, %s: read as %s, want %s:\n%.200s", cs.name, paras, tc.how, got, tc.charset, out)
				}
			}
		}
	}
}

// TestUTF16MetaKeepsArticle: a <meta charset="utf-16"> on an ASCII page
// was decoded as UTF-16 and the article lost; the HTML standard reads
// such a declaration as UTF-8 (issue 14).
func TestUTF16MetaKeepsArticle(t *testing.T) {
	page := `<html><head><meta charset="utf-16"></head><body><h1>Ferry timetable</h1>` + Story + `</body></html>`
	ex, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	res, err := ex.Extract(context.Background(), strings.NewReader(page), "")
	if err != nil || len(res.Articles) != 1 || res.Encoding != "utf-8" {
		t.Fatalf("err %v, %d articles, encoding %q; want one article read as utf-8", err, len(res.Articles), res.Encoding)
	}
}

// TestCharsetFromContent holds the <meta> scan to the bytes it was given:
// lower-casing a copy first moved positions where a byte is invalid UTF-8
// or a letter's lower case is longer, and indexing the original with them
// panicked (issue 14).
func TestCharsetFromContent(t *testing.T) {
	tests := []struct{ content, want string }{
		{"text/html; charset=utf-8", "utf-8"},
		{"text/html; CharSet = \"Shift_JIS\"", "Shift_JIS"},
		{"text/html;charset='koi8-r';x", "koi8-r"},
		{"text/html; charset=windows-1251 ; x=y", "windows-1251"},
		{"\xffcharset=a", "a"},
		{"ȺȺcharset=a", "a"},
		{"ȺȺCHARSET=b", "b"},
		{"charsetcharset=c", "c"},
		{"charset=\"unclosed", ""},
		{"charset=", ""},
		{"no declaration", ""},
	}
	for _, tc := range tests {
		if got := charsetFromContent(tc.content); got != tc.want {
			t.Errorf("charsetFromContent(%q) = %q, want %q", tc.content, got, tc.want)
		}
	}
}

// TestMetaCharsetBadBytes runs the whole <meta> scan on the two pages of
// issue 14 that lost the page to a panic.
func TestMetaCharsetBadBytes(t *testing.T) {
	for _, page := range []string{
		"<meta http-equiv=content-type content=\"\xffcharset=a\">",
		"<meta http-equiv=content-type content=\"ȺȺcharset=a\">",
	} {
		if enc, name := metaCharset([]byte(page)); enc != nil {
			t.Errorf("metaCharset(%q) = %s, want none (\"a\" names no charset)", page, name)
		}
		decode([]byte(page), "")
	}
}
