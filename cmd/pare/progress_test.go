package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/pare-dev/pare/batch"
)

// The bar is drawn only on a terminal, so tests never see it through
// run; drawn on a buffer, it shows the counts and clears its line.
func TestProgress(t *testing.T) {
	var buf bytes.Buffer
	if isTerminal(&buf) {
		t.Fatal("a buffer taken for a terminal")
	}
	p := newProgress(&buf, 1000)
	p.update(batch.Stats{Pages: 7, Articles: 9, Errors: 1, Bytes: 500})
	p.finish()
	if !strings.Contains(buf.String(), "7 pages") || !strings.Contains(buf.String(), "9 articles, 1 errors") {
		t.Errorf("bar %q lacks the counts", buf.String())
	}
}
