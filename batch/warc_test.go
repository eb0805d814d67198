package batch

import (
	"bytes"
	"os"
	"path/filepath"
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

func TestReadWARCRaw(t *testing.T) {
	path := testWARC(t, t.TempDir(), true)
	err := readWARC(path, 1<<20, nil, func(it warcItem) bool {
		t.Logf("%d %s %q skip=%q err=%s %q body=%d ct=%q", *it.id.WARCOffset, it.id.WARCRecordID, it.id.TargetURI, it.skip, it.errKind, it.err, len(it.body), it.contentType)
		return true
	})
	if err != nil {
		t.Fatal(err)
	}
}

func stringsReader(s string) *bytes.Reader { return bytes.NewReader([]byte(s)) }
