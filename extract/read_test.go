package extract

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"
)

// TestReadPage reads the same page through every kind of reader: those
// that tell their size (and get a buffer of that size) and those that do
// not, at and past the size limit.
func TestReadPage(t *testing.T) {
	page := strings.Repeat("<p>A line of the page.</p>\n", 100)
	file := filepath.Join(t.TempDir(), "page.html")
	if err := os.WriteFile(file, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	readers := []struct {
		name string
		open func() io.Reader
	}{
		{"bytes.Reader", func() io.Reader { return bytes.NewReader([]byte(page)) }},
		{"strings.Reader", func() io.Reader { return strings.NewReader(page) }},
		{"bytes.Buffer", func() io.Reader { return bytes.NewBufferString(page) }},
		{"one byte at a time", func() io.Reader { return iotest.OneByteReader(strings.NewReader(page)) }},
		{"file", func() io.Reader {
			f, err := os.Open(file)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { f.Close() })
			return f
		}},
	}
	n := int64(len(page))
	for _, r := range readers {
		for _, tc := range []struct {
			limit   int64
			tooLong bool
		}{{n, false}, {n + 1, false}, {n - 1, true}, {10, true}} {
			raw, err := readPage(context.Background(), r.open(), tc.limit)
			if tc.tooLong {
				if !errors.Is(err, ErrTooLarge) {
					t.Errorf("%s, limit %d: err %v, want ErrTooLarge", r.name, tc.limit, err)
				}
				continue
			}
			if err != nil || string(raw) != page {
				t.Errorf("%s, limit %d: %d bytes, err %v; want the page", r.name, tc.limit, len(raw), err)
			}
		}
	}
	if _, err := readPage(context.Background(), iotest.ErrReader(io.ErrClosedPipe), 100); !errors.Is(err, io.ErrClosedPipe) {
		t.Errorf("failing reader: err %v", err)
	}
}

func TestSizeHint(t *testing.T) {
	tests := []struct {
		name  string
		r     io.Reader
		limit int64
		want  int
	}{
		{"bytes.Reader", bytes.NewReader(make([]byte, 300)), 1000, 300},
		{"over the limit", strings.NewReader(strings.Repeat("x", 300)), 100, 101},
		{"unknown", iotest.OneByteReader(strings.NewReader("abc")), 1000, 0},
	}
	for _, tc := range tests {
		if got := sizeHint(tc.r, tc.limit); got != tc.want {
			t.Errorf("%s: sizeHint = %d, want %d", tc.name, got, tc.want)
		}
	}
}
