package batch

import (
	"compress/gzip"
	"crypto/sha1"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// WARCWriter writes WARC/1.1 records (ISO 28500:2017), for packing saved
// pages into an archive and for tests. Gzipped, each record is its own
// gzip member, as crawlers write them, so a reader can start at any
// record's offset. It is not safe for concurrent use.
type WARCWriter struct {
	w      io.Writer
	gzip   bool
	n      int64 // bytes written: the next record's offset
	serial int
	// Date is written as WARC-Date; the zero value means the time of each
	// write. Set it for reproducible files.
	Date time.Time
}

// NewWARCWriter returns a writer to w, gzipping each record if gzipped.
func NewWARCWriter(w io.Writer, gzipped bool) *WARCWriter {
	return &WARCWriter{w: w, gzip: gzipped}
}

// Offset is where the next record will start.
func (ww *WARCWriter) Offset() int64 { return ww.n }

// WriteResponse writes a response record for targetURI: an HTTP/1.1
// response with the given status, Content-Type and body.
func (ww *WARCWriter) WriteResponse(targetURI string, status int, contentType string, body []byte) error {
	head := fmt.Sprintf("HTTP/1.1 %d %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n",
		status, http.StatusText(status), contentType, len(body))
	block := append([]byte(head), body...)
	return ww.WriteRecord("response", targetURI, "application/http; msgtype=response", block)
}

// WriteRequest writes the request record a crawler writes before a response.
func (ww *WARCWriter) WriteRequest(targetURI string) error {
	host := targetURI
	if i := strings.Index(host, "://"); i >= 0 {
		host = host[i+3:]
	}
	path := "/"
	if i := strings.IndexByte(host, '/'); i >= 0 {
		host, path = host[:i], host[i:]
	}
	block := fmt.Sprintf("GET %s HTTP/1.1\r\nHost: %s\r\n\r\n", path, host)
	return ww.WriteRecord("request", targetURI, "application/http; msgtype=request", []byte(block))
}

// WriteRecord writes one record of any type with the given block. Its
// WARC-Record-ID is derived from the target URI and the record's number in
// the file, so that the same input packs to the same file.
func (ww *WARCWriter) WriteRecord(warcType, targetURI, contentType string, block []byte) error {
	ww.serial++
	date := ww.Date
	if date.IsZero() {
		date = time.Now()
	}
	var h strings.Builder
	h.WriteString("WARC/1.1\r\n")
	fmt.Fprintf(&h, "WARC-Type: %s\r\n", warcType)
	fmt.Fprintf(&h, "WARC-Record-ID: <urn:uuid:%s>\r\n", recordUUID(targetURI, ww.serial))
	fmt.Fprintf(&h, "WARC-Date: %s\r\n", date.UTC().Format(time.RFC3339))
	if targetURI != "" {
		fmt.Fprintf(&h, "WARC-Target-URI: %s\r\n", targetURI)
	}
	fmt.Fprintf(&h, "Content-Type: %s\r\n", contentType)
	fmt.Fprintf(&h, "Content-Length: %s\r\n\r\n", strconv.Itoa(len(block)))
	rec := append([]byte(h.String()), block...)
	rec = append(rec, "\r\n\r\n"...)
	return ww.write(rec)
}

// WriteRaw writes bytes as they are, framed as one gzip member when the
// writer gzips: for tests that need a broken record.
func (ww *WARCWriter) WriteRaw(b []byte) error { return ww.write(b) }

func (ww *WARCWriter) write(rec []byte) error {
	cw := &countWriter{w: ww.w}
	if !ww.gzip {
		_, err := cw.Write(rec)
		ww.n += cw.n
		return err
	}
	zw := gzip.NewWriter(cw)
	if _, err := zw.Write(rec); err != nil {
		return err
	}
	err := zw.Close()
	ww.n += cw.n
	return err
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// recordUUID shapes a SHA-1 of the URI and serial as a UUID (version 5's
// layout), which is all WARC-Record-ID asks: a unique URI.
func recordUUID(uri string, serial int) string {
	s := sha1.Sum([]byte(strconv.Itoa(serial) + " " + uri))
	s[6] = s[6]&0x0f | 0x50
	s[8] = s[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", s[0:4], s[4:6], s[6:8], s[8:10], s[10:16])
}
