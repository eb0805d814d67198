package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/pare-dev/pare/batch"
)

// progress is the bar a batch run draws on stderr when stderr is a
// terminal: bytes of input read against the total (so WARC files, whose
// record count is unknown until read, move it too), with pages/s,
// articles and errors beside it, and an ETA when the total is known. It
// writes to the raw stderr: its carriage returns are what redraws it,
// and its text is pare's own numbers, never a page's.
type progress struct {
	bar   *progressbar.ProgressBar
	start time.Time
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// newProgress draws a bar on w; total is the input's bytes, or -1 when
// unknown (a list of paths on standard input), which draws a spinner.
func newProgress(w io.Writer, total int64) *progress {
	bar := progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(w),
		progressbar.OptionShowBytes(true),
		progressbar.OptionSetPredictTime(total > 0),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionSetWidth(20),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionSetDescription("starting"),
	)
	return &progress{bar: bar, start: time.Now()}
}

func (p *progress) update(s batch.Stats) {
	secs := time.Since(p.start).Seconds()
	rate := 0.0
	if secs > 0 {
		rate = float64(s.Pages+s.Errors) / secs
	}
	p.bar.Describe(fmt.Sprintf("%d pages (%.0f/s), %d articles, %d errors", s.Pages, rate, s.Articles, s.Errors))
	_ = p.bar.Set64(s.Bytes)
}

// clear takes the bar off its line, so that a message can be written
// there; the next update draws it again below.
func (p *progress) clear() { _ = p.bar.Clear() }

func (p *progress) finish() { _ = p.bar.Finish() }
