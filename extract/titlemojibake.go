package extract

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// undoMojibake reverses UTF-8 text that was once read as Windows-1252 and
// written out again ("Investorâ€™s" for "Investor’s"), a fault in the
// page's own bytes that no charset detection can undo. It fires only
// when every character of s has a Windows-1252 (or Latin-1) byte and
// those bytes form valid UTF-8: a title that holds a real "é" or "ü"
// alone is not valid UTF-8 so read, and stays as it is. The test is the
// one ftfy (Python's "fixes text for you") starts from. Seen on one
// WCXB tune article page's <title> and <h1> (+0.002 on tune article
// titles).
func undoMojibake(s string) string {
	if !strings.ContainsFunc(s, isMojibakeLead) {
		return s
	}
	buf := make([]byte, 0, len(s))
	for _, r := range s {
		switch {
		case r <= 0xFF: // ASCII, C1 controls and Latin-1: their own byte
			buf = append(buf, byte(r))
		default:
			b, ok := charmap.Windows1252.EncodeRune(r)
			if !ok {
				return s
			}
			buf = append(buf, b)
		}
	}
	if !utf8.Valid(buf) {
		return s
	}
	return string(buf)
}

// isMojibakeLead reports whether r is how Windows-1252 shows the lead
// byte of a multi-byte UTF-8 sequence (0xC2–0xF4: "Â", "Ã", "â", …), which
// every run of mojibake holds.
func isMojibakeLead(r rune) bool { return r >= 0xC2 && r <= 0xF4 }
