//go:build unix

package batch

import (
	"path/filepath"
	"syscall"
	"testing"
)

// A FIFO in a folder must get a record without the run waiting for a
// writer that never comes: the walk checks the mode before opening.
func TestRunFIFO(t *testing.T) {
	dir := testFolder(t)
	fifo := filepath.Join(dir, "pipe.html")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("no FIFO: %v", err)
	}
	recs, st := collect(t, []string{dir, fifo}, Options{Exclude: []string{"skip"}})
	n := 0
	for _, r := range recs {
		if r.File == fifo {
			n++
			if r.ErrorKind != ErrSpecialFile {
				t.Errorf("FIFO record %+v", r)
			}
		}
	}
	if n != 2 || st.ErrorsBy[ErrSpecialFile] != 2 {
		t.Errorf("%d FIFO records, stats %v; want 2 (in the folder, named outright)", n, st)
	}
}
