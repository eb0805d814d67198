package batch

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

const testPage = `<!doctype html><html><head><title>A test story</title></head><body><article><h1>A test story</h1>
<p>The first paragraph of the story says what happened, with enough words to read as prose for the extractor.</p>
<p>The second paragraph goes on with the details, again with enough words and commas, so it reads as running text.</p>
<p>The third paragraph ends the story with a quote from someone who was there and saw it all happen that day.</p>
</article></body></html>`

// testWARC writes a WARC.gz with a warcinfo record, a request and its
// HTML response, an image response, a 404 and, when truncate is set, a
// last HTML response cut short; it returns the file's path.
func testWARC(t *testing.T, dir string, truncate bool) string {
	t.Helper()
	var buf bytes.Buffer
	ww := NewWARCWriter(&buf, true)
	ww.Date = time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(ww.WriteRecord("warcinfo", "", "application/warc-fields", []byte("software: pare test\r\n")))
	must(ww.WriteRequest("https://example.com/story"))
	must(ww.WriteResponse("https://example.com/story", 200, "text/html; charset=utf-8", []byte(testPage)))
	must(ww.WriteResponse("https://example.com/logo.png", 200, "image/png", []byte("\x89PNG\r\n\x1a\nxxxx")))
	must(ww.WriteResponse("https://example.com/gone", 404, "text/html", []byte("<p>not found</p>")))
	must(ww.WriteResponse("https://example.com/second", 200, "text/html", []byte(testPage)))
	if truncate {
		var last bytes.Buffer
		lw := NewWARCWriter(&last, false)
		lw.Date = ww.Date
		must(lw.WriteResponse("https://example.com/cut", 200, "text/html", []byte(testPage)))
		must(ww.WriteRaw(last.Bytes()[:last.Len()/2]))
	}
	path := filepath.Join(dir, "test.warc.gz")
	must(os.WriteFile(path, buf.Bytes(), 0o644))
	return path
}

// Damage in the middle of a file costs the damaged record (and, after a
// cut gzip member, the one the decompressor swallowed with it), not the
// rest of the file.
func TestReadWARCDamage(t *testing.T) {
	var buf bytes.Buffer
	ww := NewWARCWriter(&buf, true)
	member := func(uri string) []byte {
		var b bytes.Buffer
		if err := NewWARCWriter(&b, true).WriteResponse(uri, 200, "text/html", []byte(testPage)); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	ww.WriteResponse("https://example.com/a", 200, "text/html", []byte(testPage))
	buf.WriteString("garbage between records")
	buf.Write(member("https://example.com/b"))
	cut := member("https://example.com/cut")
	buf.Write(cut[:len(cut)/2])
	buf.Write(member("https://example.com/swallowed"))
	buf.Write(member("https://example.com/c"))
	var got []string
	err := readWARC("m.warc.gz", &buf, 1<<20, func(it warcItem) bool {
		got = append(got, fmt.Sprintf("%s %s", it.id.TargetURI, it.errKind))
		return true
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"https://example.com/a ", "https://example.com/b ", " warc-record", "https://example.com/c "}
	if !slices.Equal(got, want) {
		t.Errorf("items %q, want %q", got, want)
	}
}

func stringsReader(s string) *bytes.Reader { return bytes.NewReader([]byte(s)) }

// A response saved as it came over the wire, chunked and gzipped, gives
// the page: the chunks are joined here, and the extractor ungzips.
func TestReadWARCChunkedGzip(t *testing.T) {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(testPage))
	zw.Close()
	body := gz.Bytes()
	half := len(body) / 2
	block := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n%x\r\n%s\r\n%x\r\n%s\r\n0\r\n\r\n",
		half, body[:half], len(body)-half, body[half:])
	var buf bytes.Buffer
	if err := NewWARCWriter(&buf, true).WriteRecord("response", "https://example.com/c", "application/http; msgtype=response", []byte(block)); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "c.warc.gz")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	recs, _ := collect(t, []string{path}, Options{})
	if len(recs) != 1 || len(recs[0].Articles) != 1 || recs[0].Articles[0].Title != "A test story" {
		t.Errorf("chunked gzipped response gave %+v", recs)
	}
}

// A .warc gzipped whole (one gzip member) is read whole, where gowarc
// alone would give its first record and drop the rest without a word.
func TestRunWARCWholeGzip(t *testing.T) {
	var plain bytes.Buffer
	ww := NewWARCWriter(&plain, false)
	for _, u := range []string{"https://example.com/1", "https://example.com/2", "https://example.com/3"} {
		if err := ww.WriteResponse(u, 200, "text/html", []byte(testPage)); err != nil {
			t.Fatal(err)
		}
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(plain.Bytes())
	zw.Close()
	path := filepath.Join(t.TempDir(), "whole.warc.gz")
	if err := os.WriteFile(path, gz.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	recs, st := collect(t, []string{path}, Options{})
	if len(recs) != 3 || st.Pages != 3 || st.Errors != 0 {
		t.Errorf("whole-gzipped WARC gave %d records, stats %v; want 3 pages", len(recs), st)
	}
	if st.Bytes != int64(gz.Len()) {
		t.Errorf("progress counted %d bytes, want the file's %d", st.Bytes, gz.Len())
	}
	// A WARC.gz of one member per record is not taken for one.
	f, err := os.Open(testWARC(t, t.TempDir(), false))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if wholeGzip(f) {
		t.Error("a WARC.gz of one member per record taken for one gzipped whole")
	}
}
