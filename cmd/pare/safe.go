package main

import (
	"fmt"
	"io"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A saved page is written by whoever served it, and so are the names of
// files in a downloaded folder. What pare prints of them must not drive
// the terminal (ESC starts the sequences that retitle a window, rewrite
// the screen or, in some terminals, write files) nor turn into markup in
// a Markdown or HTML reader. The library strips control characters too;
// the command does not rely on it.

// safeWriter passes text to w with every control character except
// newline and tab removed: C0, DEL and C1 (U+0080–U+009F, which 8-bit
// terminals read as ESC sequences), and invalid UTF-8 replaced by U+FFFD
// (a lone 0x9B byte is CSI to such a terminal). Every byte the command
// prints goes through one, so no caller can forget it.
//
// For JSON Lines (escape set) it writes \u escapes instead of removing:
// encoding/json escapes C0 itself but passes DEL and C1 through raw, and
// they can only occur inside strings, where the escape is exact.
type safeWriter struct {
	w      io.Writer
	escape bool
	rest   []byte // the start of a UTF-8 sequence split across writes
	buf    []byte
}

func (s *safeWriter) Write(p []byte) (int, error) {
	data := p
	if len(s.rest) > 0 {
		data = append(s.rest, p...)
		s.rest = nil
	}
	out := s.buf[:0]
	for i := 0; i < len(data); {
		c := data[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '\n' || c == '\t' || c >= ' ' && c != 0x7f:
				out = append(out, c)
			case s.escape:
				out = fmt.Appendf(out, `\u%04x`, c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && size == 1 && !utf8.FullRune(data[i:]):
			s.rest = append(s.rest, data[i:]...) // wait for the rest of it
			i = len(data)
		case r == utf8.RuneError && size == 1:
			out = append(out, "\uFFFD"...)
		case unicode.IsControl(r) && s.escape:
			out = fmt.Appendf(out, `\u%04x`, r)
		case unicode.IsControl(r):
		default:
			out = append(out, data[i:i+size]...)
		}
		i += size
	}
	s.buf = out
	if _, err := s.w.Write(out); err != nil {
		return 0, err
	}
	return len(p), nil
}

// flush ends the stream: a sequence still incomplete is invalid.
func (s *safeWriter) flush() error {
	if len(s.rest) == 0 {
		return nil
	}
	s.rest = nil
	_, err := io.WriteString(s.w, "\uFFFD")
	return err
}

// oneLine flattens a value printed on a line of its own (a title, a
// byline, a file name in a message), so that a newline in it cannot
// forge another line, such as a "---" article separator or a second
// "pare: …" message: line breaks and tabs become spaces, and every other
// control character goes.
func oneLine(s string) string {
	if !strings.ContainsFunc(s, unicode.IsControl) {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\r' || r == '\t' || r == '\v' || r == '\f' || r == '\u0085':
			return ' '
		case unicode.IsControl(r):
			return -1
		}
		return r
	}, s)
}

// markdownText makes s literal text on one Markdown line. Every ASCII
// punctuation character that can open markup is backslash-escaped
// (CommonMark 2.4: any ASCII punctuation may be): no raw HTML (<),
// entities (&), links or images ([ ! ), emphasis, code spans, headings,
// list or quote markers, tables, strikethrough, nor GFM autolinks, which
// need "://", "www." or "@" in one run of text. Commas, quotes and the
// like stay bare, so that the line reads as text when not rendered.
func markdownText(s string) string {
	s = strings.TrimSpace(oneLine(s)) // leading spaces could make a code block
	var b strings.Builder
	for i, r := range s {
		if strings.ContainsRune("\\`*_{}[]()<>#+-!|~&:@=$^", r) ||
			r == '.' && (i >= 3 && strings.EqualFold(s[i-3:i], "www") || leadingNumber(s[:i])) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// leadingNumber reports whether s is all digits, as "1" before the "."
// of "1. x" that would start an ordered list in a summary bullet.
func leadingNumber(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// linkURL returns raw as a URL fit to print as a link, and whether it is
// one: an absolute http or https URL with a host. Anything else
// (javascript:, data:, a relative path) is no link, and the formats that
// print links leave it out. Characters outside RFC 3986's set are
// percent-encoded, so the result holds no space, quote, < or >, and can
// stand in a Markdown autolink or an HTML attribute as it is.
func linkURL(raw string) (string, bool) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", false
	}
	var b strings.Builder
	for _, c := range []byte(u.String()) {
		if c < 0x80 && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
			strings.IndexByte("-._~:/?#[]@!$&'*+,;=%", c) >= 0) {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String(), true
}
