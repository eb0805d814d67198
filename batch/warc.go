package batch

import (
	"bufio"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http/httputil"
	"strconv"
	"strings"

	"github.com/nlnwa/gowarc/v3"
)

// This file is the only one that imports the WARC library, so that it can
// be swapped for another behind warcItem.

// warcItem is one record of a WARC file, as the batch needs it: a page to
// extract (body set), a record skipped (skip set), or a broken record
// (errKind set).
type warcItem struct {
	id          Identity
	body        []byte
	contentType string
	skip        string
	errKind     ErrorKind
	err         string
}

// isWARC tells a WARC file by its name, as crawlers name them.
func isWARC(path string) bool {
	p := strings.ToLower(path)
	return strings.HasSuffix(p, ".warc") || strings.HasSuffix(p, ".warc.gz")
}

// readWARC streams the records of the WARC file r (named name) to emit,
// one at a time: a record is read, handed on and forgotten, so memory does
// not grow with the file (gowarc keeps up to 1 MiB of a block in memory
// and spills the rest to a temporary file). A page's body is read up to
// max+1 bytes. A truncated or corrupt record becomes an error item, and
// reading goes on at the next record the library can find (after a cut
// gzip member, that can be a record or two later). emit returning false
// stops the reading. The error returned is the stream's own.
func readWARC(name string, r io.Reader, max int64, emit func(warcItem) bool) error {
	wr, err := gowarc.NewWarcFileReaderFromStream(r, 0)
	if err != nil {
		return err
	}
	defer wr.Close()
	for {
		rec, err := wr.Next()
		if errors.Is(err, io.EOF) && rec.WarcRecord == nil {
			return nil
		}
		off := rec.Offset
		it := warcItem{id: Identity{File: name, WARCOffset: &off}}
		if err != nil {
			it.errKind, it.err = ErrWARCRecord, "warc record: "+err.Error()
			if rec.WarcRecord != nil {
				it.id.WARCRecordID = rec.WarcRecord.RecordId()
				it.id.TargetURI = rec.WarcRecord.WarcHeader().Get(gowarc.WarcTargetURI)
			}
			rec.Close()
			if !emit(it) {
				return nil
			}
			if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, gowarc.ErrNoRecord) {
				return nil // the file ends inside the record: nothing more to find
			}
			continue
		}
		pageItem(rec, max, &it)
		rec.Close()
		if !emit(it) {
			return nil
		}
	}
}

// pageItem fills in it from one record read whole.
func pageItem(rec gowarc.Record, max int64, it *warcItem) {
	wrec := rec.WarcRecord
	h := wrec.WarcHeader()
	it.id.WARCRecordID = wrec.RecordId()
	it.id.TargetURI = h.Get(gowarc.WarcTargetURI)
	if msg := truncation(rec.Validation); msg != "" {
		it.errKind, it.err = ErrWARCRecord, "warc record: "+msg
		return
	}
	var payload io.Reader
	switch wrec.Type() {
	case gowarc.Response:
		block, ok := wrec.Block().(gowarc.HttpResponseBlock)
		if !ok {
			it.skip = "not-http"
			return
		}
		if c := block.HttpStatusCode(); c < 200 || c > 299 {
			it.skip = "status"
			return
		}
		hh := block.HttpHeader()
		if hh != nil {
			it.contentType = hh.Get("Content-Type")
		}
		if !isHTMLType(it.contentType) {
			it.skip = "not-html"
			return
		}
		p, err := block.PayloadBytes()
		if err != nil {
			it.errKind, it.err = ErrWARCRecord, "warc record: "+err.Error()
			return
		}
		payload = p
		if chunked(block.ProtocolHeaderBytes()) {
			payload = httputil.NewChunkedReader(bufio.NewReader(p))
		}
	case gowarc.Resource:
		// A resource record holds the page itself (wget, browser capture).
		it.contentType = h.Get(gowarc.ContentType)
		if !isHTMLType(it.contentType) {
			it.skip = "not-html"
			return
		}
		p, err := wrec.Block().RawBytes()
		if err != nil {
			it.errKind, it.err = ErrWARCRecord, "warc record: "+err.Error()
			return
		}
		payload = p
	default:
		it.skip = wrec.Type().String()
		return
	}
	body, err := io.ReadAll(io.LimitReader(payload, max+1))
	switch {
	case err != nil:
		it.errKind, it.err = ErrWARCRecord, "warc record: reading payload: "+err.Error()
	case int64(len(body)) > max:
		it.errKind, it.err = ErrTooLarge, fmt.Sprintf("page over the budget of %d bytes", max)
	default:
		it.body = body
	}
}

// chunked reports whether raw HTTP response headers say the body is
// chunked. It reads the bytes itself: net/http, which gowarc parses the
// headers with, moves Transfer-Encoding out of the Header it returns.
func chunked(head []byte) bool {
	for _, line := range strings.Split(string(head), "\n") {
		name, value, ok := strings.Cut(line, ":")
		if ok && strings.EqualFold(strings.TrimSpace(name), "Transfer-Encoding") &&
			strings.Contains(strings.ToLower(value), "chunked") {
			return true
		}
	}
	return false
}

// wholeGzip reports whether f, a WARC file, is gzipped as one stream
// rather than one gzip member per record: its first member goes on after
// its first record. Only the first record is ungzipped to tell, and f is
// left at its start.
func wholeGzip(f io.ReadSeeker) bool {
	defer f.Seek(0, io.SeekStart)
	zr, err := gzip.NewReader(bufio.NewReader(f))
	if err != nil {
		return false // not gzip, or broken: gowarc reports it
	}
	zr.Multistream(false)
	br := bufio.NewReader(zr)
	length, head := int64(-1), 0
	for {
		line, err := br.ReadString('\n')
		head += len(line)
		if err != nil || head > 1<<20 {
			return false
		}
		if strings.TrimSpace(line) == "" {
			break
		}
		if k, v, ok := strings.Cut(line, ":"); ok && strings.EqualFold(strings.TrimSpace(k), "Content-Length") {
			length, _ = strconv.ParseInt(strings.TrimSpace(v), 10, 64)
		}
	}
	if length < 0 {
		return false
	}
	if _, err := io.CopyN(io.Discard, br, length); err != nil {
		return false
	}
	for {
		c, err := br.ReadByte()
		if err != nil {
			return false // the member ends with its record
		}
		if c != '\r' && c != '\n' {
			return true
		}
	}
}

// truncation names a validation finding that means the record's block is
// cut short: the library reports a wrong Content-Length or a missing end
// of record as a warning, but the page it would give is not the page.
func truncation(validation []error) string {
	for _, v := range validation {
		var cl *gowarc.ContentLengthError
		if errors.As(v, &cl) {
			return "truncated: " + v.Error()
		}
		if m := v.Error(); strings.Contains(m, "end of record") {
			return "truncated: " + m
		}
	}
	return ""
}

// isHTMLType accepts an HTML or XHTML media type, and a missing one (a
// server that sent none; the extractor's sniffing tells binary data).
func isHTMLType(ct string) bool {
	if strings.TrimSpace(ct) == "" {
		return true
	}
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(strings.SplitN(ct, ";", 2)[0]))
	}
	return mt == "text/html" || mt == "application/xhtml+xml"
}

type countReader struct {
	r   io.Reader
	add func(int64)
}

func (c *countReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.add(int64(n))
	return n, err
}
