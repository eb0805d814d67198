package extract

import "testing"

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
		if got := metaCharset([]byte(page)); got != "a" {
			t.Errorf("metaCharset(%q) = %q, want \"a\"", page, got)
		}
		decode([]byte(page), "")
	}
}
