package extract

import (
	"bytes"
	"encoding/binary"
	"mime"
	"strings"
	"unicode/utf8"

	"github.com/gogs/chardet"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
)

// decode returns the page as UTF-8 and the name of the charset it was in.
//
// The order is the HTML standard's ("Determining the character
// encoding", in the parsing chapter): a byte order mark, then the
// charset of the transport layer's Content-Type, then a <meta>
// declaration, each label looked up as the Encoding standard names it
// (so "iso-8859-1" reads as windows-1252, and a UTF-16 declaration on a
// page without a byte order mark as UTF-8, as the standard says for
// <meta>: such a page could not have been read to find it). An unknown
// label counts as no declaration. The departures, each because saved
// pages need it:
//
//   - The <meta> declaration is looked for in the whole <head> (its first
//     metaScanLen bytes), not the first 1024 bytes: saved pages put
//     scripts and styles before it.
//   - Bytes that are valid UTF-8 and hold non-ASCII are read as UTF-8
//     whatever the Content-Type or a <meta> says. A page re-saved by a
//     tool, or served by one, keeps its old declaration; text in a
//     legacy charset almost never forms valid UTF-8 sequences, and never
//     all of them.
//   - A page that declares nothing and is not UTF-8 has its charset
//     detected (detectCharset), where the standard falls back to the
//     user's locale (windows-1252 in most); windows-1252 remains the
//     answer when detection is unsure. A page that declares nothing and
//     is mostly UTF-8 (a stray byte or two) is read as UTF-8, its stray
//     bytes as U+FFFD.
//
// A valid UTF-8 page is returned as it is, without a copy.
func decode(raw []byte, contentType string) ([]byte, string) {
	if enc, name, n := bomEncoding(raw); enc != nil {
		if name == "utf-8" {
			return validUTF8(raw[n:]), name
		}
		return decodeWith(enc, raw[n:], name)
	}
	valid, invalid := utf8Stats(raw)
	enc, name := declaredCharset(raw, contentType)
	switch {
	case name == "utf-8" || valid > 0 && invalid == 0:
		return validUTF8(raw), "utf-8"
	case enc != nil:
		return decodeWith(enc, raw, name)
	case invalid == 0 || valid >= invalid:
		return validUTF8(raw), "utf-8"
	}
	enc, name = detectCharset(raw)
	return decodeWith(enc, raw, name)
}

// validUTF8 returns raw with each invalid byte replaced by U+FFFD, and
// raw itself when it is valid.
func validUTF8(raw []byte) []byte {
	if utf8.Valid(raw) {
		return raw
	}
	return bytes.ToValidUTF8(raw, []byte("\uFFFD"))
}

// decodeWith decodes raw from enc, or, should the decoder fail (they
// replace bad input rather than fail, but the interface allows it), reads
// it as UTF-8.
func decodeWith(enc encoding.Encoding, raw []byte, name string) ([]byte, string) {
	out, err := enc.NewDecoder().Bytes(raw)
	if err != nil {
		return validUTF8(raw), "utf-8"
	}
	return out, name
}

var boms = []struct {
	bom  string
	enc  encoding.Encoding
	name string
}{
	{"\xef\xbb\xbf", unicode.UTF8, "utf-8"},
	{"\xfe\xff", unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "utf-16be"},
	{"\xff\xfe", unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "utf-16le"},
}

// bomEncoding returns the encoding raw's byte order mark names and the
// mark's length, or nil.
func bomEncoding(raw []byte) (encoding.Encoding, string, int) {
	for _, b := range boms {
		if bytes.HasPrefix(raw, []byte(b.bom)) {
			return b.enc, b.name, len(b.bom)
		}
	}
	return nil, "", 0
}

// utf8Stats counts the multi-byte UTF-8 sequences of raw and the bytes
// that form none. A sequence cut off by the end of the page counts as
// neither: a truncated page is still the charset it was. ASCII is
// skipped eight bytes at a time, as most of a page is ASCII markup.
func utf8Stats(raw []byte) (valid, invalid int) {
	const high = 0x8080808080808080
	for i := 0; i < len(raw); {
		if i+8 <= len(raw) && binary.LittleEndian.Uint64(raw[i:])&high == 0 {
			i += 8
			continue
		}
		if raw[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(raw[i:])
		switch {
		case r != utf8.RuneError || size > 1:
			valid++
		case !utf8.FullRune(raw[i:]):
			return valid, invalid // cut off at the end
		default:
			invalid++
		}
		i += size
	}
	return valid, invalid
}

// declaredCharset returns the encoding the Content-Type or, failing that,
// a <meta> declares, and its Encoding-standard name; nil when neither
// names a known one. UTF-16 reads as UTF-8 (see decode).
func declaredCharset(raw []byte, contentType string) (encoding.Encoding, string) {
	enc, name := charset.Lookup(headerCharset(contentType))
	if enc == nil {
		enc, name = metaCharset(raw)
	}
	if strings.HasPrefix(name, "utf-16") {
		return unicode.UTF8, "utf-8"
	}
	return enc, name
}

// headerCharset returns the charset parameter of a Content-Type header,
// read leniently when the header does not parse as a media type.
func headerCharset(contentType string) string {
	if contentType == "" {
		return ""
	}
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		return params["charset"]
	}
	return charsetFromContent(contentType)
}

// metaScanLen bounds metaCharset's search: the first 64 KiB, far past the
// 1024 bytes of the HTML standard's prescan, so that it covers the whole
// <head> (see decode). With the first pipeline (e45e5c9); no figure
// recorded.
const metaScanLen = 64 << 10

// metaCharset returns the first known charset declared by <meta charset>
// or <meta http-equiv="Content-Type"> in the head (its first metaScanLen
// bytes), as the standard's prescan does: a declaration whose label names
// no encoding is passed over, and x-user-defined reads as windows-1252.
func metaCharset(raw []byte) (encoding.Encoding, string) {
	z := html.NewTokenizer(bytes.NewReader(raw[:min(len(raw), metaScanLen)]))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return nil, ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			switch atom.Lookup(name) {
			case atom.Body:
				return nil, ""
			case atom.Meta:
				if label := metaLabel(z, hasAttr); label != "" {
					if strings.EqualFold(label, "x-user-defined") {
						label = "windows-1252"
					}
					if enc, name := charset.Lookup(label); enc != nil {
						return enc, name
					}
				}
			}
		case html.EndTagToken:
			if name, _ := z.TagName(); atom.Lookup(name) == atom.Head {
				return nil, ""
			}
		}
	}
}

// metaLabel returns the charset label the <meta> tag z is on declares.
func metaLabel(z *html.Tokenizer, hasAttr bool) string {
	var cs, content string
	var httpEquiv bool
	for hasAttr {
		var k, v []byte
		k, v, hasAttr = z.TagAttr()
		switch string(k) {
		case "charset":
			cs = string(v)
		case "content":
			content = string(v)
		case "http-equiv":
			httpEquiv = strings.EqualFold(string(v), "content-type")
		}
	}
	if cs = strings.TrimSpace(cs); cs != "" {
		return cs
	}
	if httpEquiv {
		return charsetFromContent(content)
	}
	return ""
}

// charsetFromContent extracts the charset from a <meta http-equiv> content
// value or a Content-Type header, after the HTML standard's "algorithm
// for extracting a character encoding from a meta element": "charset"
// matched ASCII case-insensitively, optional white space, "=", then a
// quoted or an unquoted value. Only ASCII letters are lowered
// (lowerASCII), so every byte keeps its place: strings.ToLower moves
// positions wherever a byte is invalid UTF-8 or a letter's lower case is
// longer ("Ⱥ" is 2 bytes, "ⱥ" 3), and indexing the original with them
// panicked.
func charsetFromContent(s string) string {
	for {
		i := strings.Index(lowerASCII(s), "charset")
		if i < 0 {
			return ""
		}
		s = strings.TrimLeft(s[i+len("charset"):], htmlSpace)
		if !strings.HasPrefix(s, "=") {
			continue
		}
		s = strings.TrimLeft(s[1:], htmlSpace)
		if s == "" {
			return ""
		}
		if q := s[0]; q == '"' || q == '\'' {
			end := strings.IndexByte(s[1:], q)
			if end < 0 {
				return ""
			}
			return s[1 : 1+end]
		}
		if end := strings.IndexAny(s, ";"+htmlSpace); end >= 0 {
			return s[:end]
		}
		return s
	}
}

// htmlSpace is ASCII white space as the HTML standard defines it.
const htmlSpace = " \t\n\f\r"

// detectCharset guesses the charset of a page that declares none and is
// not UTF-8, with github.com/gogs/chardet: a port of ICU's detector,
// which weighs the byte trigrams of 28 single-byte charset and language
// pairs and checks the structure of the CJK multi-byte charsets. It is
// given the page's text (detectSample), not its markup. Its best guess
// that the Encoding standard names is taken when it is at least
// minDetectConfidence sure; otherwise windows-1252, the standard's
// default for most locales.
func detectCharset(raw []byte) (encoding.Encoding, string) {
	results, err := chardet.NewTextDetector().DetectAll(detectSample(raw))
	if err == nil {
		for _, r := range results {
			if r.Confidence < minDetectConfidence {
				break
			}
			if strings.HasPrefix(r.Charset, "UTF-") {
				continue // not UTF-8 (decode checked), and UTF-16/32 need a BOM here
			}
			if enc, name := charset.Lookup(r.Charset); enc != nil {
				return enc, name
			}
		}
	}
	enc, name := charset.Lookup("windows-1252")
	return enc, name
}

// minDetectConfidence is the least confidence (ICU's scale, 1 to 100) at
// which detectCharset takes the detector's guess. On the fixtures of
// testdata/charsets the right charset scores 17 (KOI8-R, a title and
// nothing else) to 100; the wrong ones below it.
const minDetectConfidence = 10

// Sampling the text for detectCharset.
const (
	// detectScanLen is how much of the page detectSample tokenizes.
	detectScanLen = 1 << 20
	// detectSampleLen is how much text it gathers: ICU's detector reads
	// no more than 8 KiB of its input.
	detectSampleLen = 8 << 10
)

// detectSample gathers the text of the page that holds non-ASCII bytes,
// outside scripts and styles (whose ASCII would dilute the statistics,
// and which ICU's own tag stripping keeps), a space between runs.
func detectSample(raw []byte) []byte {
	var out []byte
	z := html.NewTokenizer(bytes.NewReader(raw[:min(len(raw), detectScanLen)]))
	skip := false
	for len(out) < detectSampleLen {
		switch z.Next() {
		case html.ErrorToken:
			return out
		case html.StartTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			skip = a == atom.Script || a == atom.Style
		case html.EndTagToken:
			skip = false
		case html.TextToken:
			if t := z.Raw(); !skip && !isASCII(t) {
				out = append(append(out, t...), ' ')
			}
		}
	}
	return out
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
