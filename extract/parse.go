package extract

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"

	"golang.org/x/net/html"
)

// readPage reads the whole page, within the size limit, ungzipping it when
// it is gzip data (saved pages are often stored compressed).
func readPage(r io.Reader, limit int64) ([]byte, error) {
	if r == nil {
		return nil, nil
	}
	raw, err := readAll(io.LimitReader(r, limit+1), sizeHint(r, limit))
	if err != nil {
		return nil, fmt.Errorf("extract: reading page: %w", err)
	}
	if int64(len(raw)) > limit {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, limit)
	}
	if len(raw) >= 2 && raw[0] == 0x1f && raw[1] == 0x8b {
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			return nil, fmt.Errorf("%w: broken gzip data: %v", ErrNotHTML, err)
		}
		raw, err = io.ReadAll(io.LimitReader(zr, limit+1))
		// A truncated stream keeps what it held, like a truncated page.
		if err != nil && (!errors.Is(err, io.ErrUnexpectedEOF) || len(raw) == 0) {
			return nil, fmt.Errorf("%w: broken gzip data: %v", ErrNotHTML, err)
		}
		if int64(len(raw)) > limit {
			return nil, fmt.Errorf("%w: more than %d bytes once ungzipped", ErrTooLarge, limit)
		}
	}
	return raw, nil
}

// sizeHint returns how many bytes r holds, when it says so cheaply (a
// bytes or strings reader or buffer, a regular file), at most limit+1; 0
// when unknown. Reading into a buffer of that size spares io.ReadAll's
// doubling, which copies the page several times and leaves a buffer up
// to twice its size.
func sizeHint(r io.Reader, limit int64) int {
	var n int64
	switch v := r.(type) {
	case interface{ Len() int }:
		n = int64(v.Len())
	case *os.File:
		fi, err := v.Stat()
		if err != nil || !fi.Mode().IsRegular() {
			return 0
		}
		n = fi.Size() // an upper bound when the file was partly read
	}
	return int(min(max(n, 0), limit+1))
}

// minReadBuf is the least room readAll starts with: 512 bytes, what
// io.ReadAll starts with.
const minReadBuf = 512

// readAll is io.ReadAll starting with room for hint bytes and one more, so
// that reading a page of the hinted size to EOF needs no growth.
func readAll(r io.Reader, hint int) ([]byte, error) {
	b := make([]byte, 0, max(hint+1, minReadBuf))
	for {
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return b, err
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)] // let append pick the next capacity
		}
	}
}

// sniffLen is how much of the page sniffBinary looks at: 1024 bytes, as
// many as the HTML standard's encoding prescan reads (http.DetectContentType
// itself reads at most 512 of them; the NUL test reads them all).
const sniffLen = 1024

// sniffBinary returns an ErrNotHTML error for input that is plainly not
// text: the MIME sniffing algorithm (net/http.DetectContentType, after the
// WHATWG spec) names a binary type, or the start holds NUL bytes outside
// a UTF-16 byte order mark.
func sniffBinary(raw []byte) error {
	head := raw[:min(len(raw), sniffLen)]
	if bytes.HasPrefix(head, []byte{0xFE, 0xFF}) || bytes.HasPrefix(head, []byte{0xFF, 0xFE}) {
		return nil
	}
	ct := http.DetectContentType(head)
	if strings.HasPrefix(ct, "text/") {
		return nil
	}
	if ct == "application/octet-stream" && bytes.IndexByte(head, 0) < 0 {
		return nil // unknown but NUL-free: let the parser try
	}
	return fmt.Errorf("%w: content looks like %s", ErrNotHTML, ct)
}

// maxDepth is how deeply nested an element may be before parse flattens
// the markup. golang.org/x/net/html rejects documents whose stack of open
// elements exceeds 512 (its own limit, not the HTML standard's, which sets
// none; WebKit's and Blink's parsers stop nesting at 512 too); we stay
// well below so the page still parses. flattenDepth is the depth flatten
// cuts start tags at: half of maxDepth, a margin for the elements the
// parser opens by itself (html, body, tbody, reconstructed formatting
// elements). With the first pipeline (e45e5c9; no figure recorded; the
// bad-input test of 6b522ed nests 20,000 divs).
const (
	maxDepth     = 400
	flattenDepth = maxDepth / 2
)

// parse parses a UTF-8 page. A page nested deeper than the parser allows
// is flattened first (see flatten), so its text is kept, and deep reports
// that this happened.
func parse(ctx context.Context, page []byte) (doc *html.Node, deep bool, err error) {
	doc, err = html.ParseWithOptions(ctxReader{ctx, bytes.NewReader(page)}, noScripting)
	if err != nil && ctx.Err() == nil {
		doc, err = html.ParseWithOptions(ctxReader{ctx, bytes.NewReader(flatten(page, flattenDepth))}, noScripting)
		deep = true
	}
	if err != nil {
		if ctx.Err() != nil {
			return nil, false, ctx.Err()
		}
		return nil, false, fmt.Errorf("extract: parsing page: %w", err)
	}
	return doc, deep, nil
}

// noScripting parses the page as a browser with scripting off would, so
// that what <noscript> holds is markup, not one run of raw text: some
// sites (Discourse forums) put the whole page there for readers without
// JavaScript, and a saved page is read without running its scripts.
// prune (clean.go) then decides which <noscript> to keep.
var noScripting = html.ParseOptionEnableScripting(false)

// ctxReader stops parsing when the context is done: html.Parse returns the
// first error its reader gives.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}

// flatten rewrites page so that no element opens deeper than limit: start
// tags beyond it are dropped, with their matching end tags, and everything
// else (text above all) is kept in order.
func flatten(page []byte, limit int) []byte {
	var out bytes.Buffer
	out.Grow(len(page))
	z := html.NewTokenizer(bytes.NewReader(page))
	depth := 0
	dropped := map[string]int{}
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return out.Bytes()
		}
		raw := z.Raw()
		switch tt {
		case html.StartTagToken:
			name, _ := z.TagName()
			if voidElements[string(name)] {
				break
			}
			if depth >= limit {
				dropped[string(name)]++
				continue
			}
			depth++
		case html.EndTagToken:
			name, _ := z.TagName()
			if dropped[string(name)] > 0 {
				dropped[string(name)]--
				continue
			}
			if depth > 0 {
				depth--
			}
		}
		out.Write(raw)
	}
}

var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true,
	"img": true, "input": true, "link": true, "meta": true, "source": true,
	"track": true, "wbr": true,
}
