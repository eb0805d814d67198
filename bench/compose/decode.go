package compose

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// parseUTF8 decodes a saved page to UTF-8 and parses it.
//
// Bytes that are valid UTF-8 are read as UTF-8 whatever the page
// declares: text in a legacy charset almost never forms valid UTF-8, and
// mislabelled UTF-8 pages are common. Other pages are decoded by their
// <meta> declaration, looked for in the whole <head> of the parsed page
// (saved pages often declare it past the 1,024 bytes the sniffing
// algorithm reads), then by charset.DetermineEncoding. A wrong guess does
// not go unnoticed: the article would not be located, and the page is
// skipped.
func parseUTF8(raw []byte) (*html.Node, error) {
	if !utf8.Valid(raw) {
		enc, _, _ := charset.DetermineEncoding(raw, "")
		if doc, err := html.Parse(bytes.NewReader(raw)); err == nil {
			if label := metaCharset(doc); label != "" {
				if e, _ := charset.Lookup(label); e != nil {
					enc = e
				}
			}
		}
		dec, err := enc.NewDecoder().Bytes(raw)
		if err != nil {
			return nil, fmt.Errorf("compose: decoding: %w", err)
		}
		raw = dec
	}
	raw = bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf"))
	doc, err := html.Parse(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("compose: parsing: %w", err)
	}
	return doc, nil
}

// metaCharset returns the charset a <meta charset> or <meta
// http-equiv="Content-Type"> in the head declares, or "".
func metaCharset(doc *html.Node) string {
	head := find(doc, atom.Head)
	if head == nil {
		return ""
	}
	for _, m := range findAll(head, atom.Meta) {
		if cs := attr(m, "charset"); cs != "" {
			return strings.TrimSpace(cs)
		}
		if strings.EqualFold(attr(m, "http-equiv"), "content-type") {
			c := attr(m, "content")
			if i := strings.Index(strings.ToLower(c), "charset="); i >= 0 {
				return strings.Trim(c[i+len("charset="):], " \"';")
			}
		}
	}
	return ""
}

// declareUTF8 replaces the page's charset declarations with one <meta
// charset="utf-8">, first in the head, since the page is rendered as
// UTF-8 whatever it was saved in.
func declareUTF8(doc *html.Node) {
	head := find(doc, atom.Head)
	if head == nil {
		return // html.Parse always makes one
	}
	for _, m := range findAll(head, atom.Meta) {
		if attr(m, "charset") != "" || strings.EqualFold(attr(m, "http-equiv"), "content-type") {
			m.Parent.RemoveChild(m)
		}
	}
	meta := elem(atom.Meta, []html.Attribute{{Key: "charset", Val: "utf-8"}})
	head.InsertBefore(meta, head.FirstChild)
}
