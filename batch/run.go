package batch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"runtime"
	"sync"
	"time"

	"github.com/pare-dev/pare/extract"
)

// Options configure a batch run. Extractor is required.
type Options struct {
	// Extractor extracts every page; it is shared by the workers.
	Extractor *extract.Extractor
	// Workers is how many pages are extracted at once; zero means
	// runtime.GOMAXPROCS(0), every core the process may use.
	Workers int
	// Timeout is each page's time budget; zero means none. A page over it
	// gets an ErrTimeout record and the run goes on: the extraction is
	// cancelled through its context, which the extractor checks between
	// its stages, so its goroutine ends at the next stage boundary.
	Timeout time.Duration
	// MaxInputBytes is each page's size budget, checked before a page is
	// read into memory; it should be the extractor's own (zero means
	// extract.DefaultMaxInputBytes, as there).
	MaxInputBytes int64
	// Ordered delivers the pages in input order (for runs whose outputs
	// are diffed); otherwise they come as they are done.
	Ordered bool
	// Include and Exclude are globs for the files found under a directory
	// (see the README); files named outright are always read.
	Include, Exclude []string
	// Stdin is read for the input path "-".
	Stdin io.Reader
	// URL is the page URL of every page read from a file or Stdin (the
	// CLI's -url, which it allows for one input); WARC pages use their
	// target URI.
	URL string
	// Done, if set, reports inputs already recorded (by an earlier run
	// being resumed): they are neither extracted nor delivered, and are
	// counted in Stats.Done.
	Done func(Identity) bool
	// Progress, if set, is called with the counts after each page is
	// delivered, from the goroutine that calls emit.
	Progress func(Stats)
}

// Page is one input's outcome, as Run delivers it: always a Record, and
// the extractor's Result when there was a page to extract.
type Page struct {
	Record Record
	Result *extract.Result
}

// window is how many pages per worker may be in flight between the reader
// and the writer. It bounds memory (each holds at most one page's bytes)
// and, with Ordered, the pages held back behind a slow one.
const window = 4

// Run reads every input the paths name, extracts the pages with
// opts.Workers workers, and calls emit for each input's Page, one call at
// a time from the calling goroutine (so emit may write without locks).
// Every input gives a Page: an extracted page, or an error record; only
// WARC records that hold no HTML page are skipped, and counted. Memory is
// bounded whatever the inputs' size: files and WARC records are streamed
// and at most window×Workers pages are held at once.
//
// Run returns the counts and the first error that stopped it: emit's, the
// path list's, or ctx's. Inputs that could not be read are not errors of
// Run; they are records.
func Run(ctx context.Context, paths iter.Seq2[string, error], opts Options, emit func(Page) error) (Stats, error) {
	return run(ctx, opts, func(p *producer) error { return p.run(paths) }, emit)
}

// RunWARC is Run over one WARC file that the caller has opened, for
// engines that read files through their own file systems (Beam's GCS or
// S3): name is the File its records carry. Options.Include, Exclude and
// Stdin do not apply.
func RunWARC(ctx context.Context, name string, r io.Reader, opts Options, emit func(Page) error) (Stats, error) {
	return run(ctx, opts, func(p *producer) error {
		p.warcStream(name, r)
		return nil
	}, emit)
}

// run starts feed in a producer goroutine, the workers, and delivers.
func run(ctx context.Context, opts Options, feed func(*producer) error, emit func(Page) error) (Stats, error) {
	if opts.Extractor == nil {
		return Stats{}, errors.New("batch: Options.Extractor is nil")
	}
	flt, err := newFilter(opts.Include, opts.Exclude)
	if err != nil {
		return Stats{}, err
	}
	if opts.Workers <= 0 {
		opts.Workers = runtime.GOMAXPROCS(0)
	}
	if opts.MaxInputBytes <= 0 {
		opts.MaxInputBytes = extract.DefaultMaxInputBytes
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	st := &counters{}
	jobs := make(chan job, opts.Workers)
	results := make(chan done, opts.Workers)
	slots := make(chan struct{}, window*opts.Workers)
	p := &producer{ctx: ctx, opts: opts, flt: flt, jobs: jobs, slots: slots, st: st}
	var feedErr error
	go func() {
		defer close(jobs)
		feedErr = feed(p)
	}()
	var wg sync.WaitGroup
	for range opts.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w := worker{ctx: ctx, opts: opts}
			for j := range jobs {
				page, ok := w.do(j)
				d := done{seq: j.seq, page: page, size: j.size, dropped: !ok}
				select {
				case results <- d:
				case <-ctx.Done():
				}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	emitErr := deliver(opts, results, slots, st, emit, cancel)
	stats := st.snapshot()
	switch {
	case emitErr != nil:
		return stats, emitErr
	case feedErr != nil:
		return stats, feedErr
	}
	return stats, ctx.Err()
}

// deliver hands the pages to emit, in input order when asked, frees their
// slots and keeps the counts. After emit fails it drains the rest unseen,
// so that no worker is left blocked.
func deliver(opts Options, results <-chan done, slots <-chan struct{}, st *counters, emit func(Page) error, cancel func()) error {
	var emitErr error
	pending := map[int]done{}
	next := 0
	send := func(d done) {
		<-slots
		if emitErr != nil || d.dropped {
			return
		}
		st.add(d)
		if err := emit(d.page); err != nil {
			emitErr = err
			cancel()
			return
		}
		if opts.Progress != nil {
			opts.Progress(st.snapshot())
		}
	}
	for d := range results {
		if !opts.Ordered {
			send(d)
			continue
		}
		pending[d.seq] = d
		for {
			d, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			send(d)
		}
	}
	return emitErr
}

// done is a worker's answer for one job.
type done struct {
	seq     int
	page    Page
	size    int64
	dropped bool // cancelled: not delivered
}

// worker extracts one job at a time.
type worker struct {
	ctx  context.Context
	opts Options
}

// do extracts one job. ok is false when the run was cancelled under it:
// such a page is not delivered, so that a resumed run does it again.
func (w worker) do(j job) (page Page, ok bool) {
	if j.rec != nil {
		return Page{Record: *j.rec}, true
	}
	in, closeIn, rec := j.input(w.opts)
	if rec != nil {
		return Page{Record: *rec}, true
	}
	ctx, cancel := w.ctx, context.CancelFunc(func() {})
	if w.opts.Timeout > 0 {
		ctx, cancel = context.WithTimeout(w.ctx, w.opts.Timeout)
	}
	defer cancel()
	type outcome struct {
		res *extract.Result
		err error
	}
	out := make(chan outcome, 1)
	go func() {
		res, err := w.opts.Extractor.ExtractInput(ctx, in)
		out <- outcome{res, err}
	}()
	var o outcome
	select {
	case o = <-out:
		closeIn()
	case <-ctx.Done():
		// The extraction goes on until its next stage boundary; the batch
		// does not wait for it. Its input is closed when it ends.
		o.err = ctx.Err()
		go func() { <-out; closeIn() }()
	}
	if w.ctx.Err() != nil {
		return Page{}, false
	}
	if o.err != nil {
		return Page{Record: ErrorRecord(j.id, kindOf(o.err, w.opts.Timeout), message(o.err, w.opts.Timeout))}, true
	}
	return Page{Record: NewRecord(j.id, o.res), Result: o.res}, true
}

// kindOf sorts an extractor error into an ErrorKind.
func kindOf(err error, timeout time.Duration) ErrorKind {
	switch {
	case errors.Is(err, context.DeadlineExceeded) && timeout > 0:
		return ErrTimeout
	case errors.Is(err, extract.ErrTooLarge):
		return ErrTooLarge
	case errors.Is(err, extract.ErrNotHTML):
		return ErrNotHTML
	}
	return ErrExtract
}

func message(err error, timeout time.Duration) string {
	if errors.Is(err, context.DeadlineExceeded) && timeout > 0 {
		return fmt.Sprintf("over the time budget of %v", timeout)
	}
	return err.Error()
}
