package batch

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"

	"github.com/pare-dev/pare/extract"
)

// job is one input on its way to a worker: a file to open (path), a WARC
// page read already (body), or a record made already (rec: an input that
// could not be read), which passes through a worker so that it keeps its
// place in the order.
type job struct {
	seq         int
	id          Identity
	path        string
	stdin       bool
	body        []byte
	contentType string
	size        int64 // bytes of input the job accounts for, for progress
	rec         *Record
}

// input opens the job's page. A record is returned instead when the file
// cannot be read.
func (j job) input(opts Options) (extract.Input, func(), *Record) {
	nothing := func() {}
	switch {
	case j.stdin:
		return extract.Input{Body: opts.Stdin, URL: opts.URL}, nothing, nil
	case j.path == "":
		return extract.Input{Body: bytes.NewReader(j.body), URL: j.id.TargetURI, ContentType: j.contentType}, nothing, nil
	}
	f, err := os.OpenFile(j.path, os.O_RDONLY|openFlags, 0)
	if err != nil {
		r := ErrorRecord(j.id, ErrRead, readMessage(err))
		return extract.Input{}, nothing, &r
	}
	// The mode is checked again on the open file: a regular file at
	// Lstat time may have been replaced since.
	if info, err := f.Stat(); err != nil || !info.Mode().IsRegular() {
		f.Close()
		r := ErrorRecord(j.id, ErrSpecialFile, "not a regular file")
		return extract.Input{}, nothing, &r
	}
	return extract.Input{Body: f, URL: opts.URL}, func() { f.Close() }, nil
}

// readMessage drops the path from a file error: the record names it.
func readMessage(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// producer walks the inputs and feeds the workers, one slot per job.
type producer struct {
	ctx   context.Context
	opts  Options
	flt   filter
	jobs  chan<- job
	slots chan<- struct{}
	st    *counters
	seq   int
}

// run feeds every input path to the workers; it returns the path list's
// error, if any.
func (p *producer) run(paths iter.Seq2[string, error]) error {
	for path, err := range paths {
		if err != nil {
			return err
		}
		if !p.input(path) {
			return nil
		}
	}
	return nil
}

// send queues a job, waiting for a free slot; false means the run is over.
func (p *producer) send(j job) bool {
	select {
	case p.slots <- struct{}{}:
	case <-p.ctx.Done():
		return false
	}
	j.seq = p.seq
	p.seq++
	select {
	case p.jobs <- j:
		return true
	case <-p.ctx.Done():
		return false
	}
}

func (p *producer) fail(id Identity, kind ErrorKind, msg string) bool {
	r := ErrorRecord(id, kind, msg)
	return p.send(job{id: id, rec: &r})
}

// input feeds one command-line path: "-", a file, or a directory.
func (p *producer) input(path string) bool {
	if path == "-" {
		id := Identity{File: "<stdin>"}
		if p.opts.Done != nil && p.opts.Done(id) {
			p.st.done.Add(1)
			return true
		}
		return p.send(job{id: id, stdin: true})
	}
	return walk(path, p.flt, func(e entry) bool {
		id := Identity{File: e.path}
		if errors.Is(e.err, errNoPages) {
			return p.fail(id, ErrNoPages, e.err.Error())
		}
		if e.err != nil {
			return p.fail(id, ErrRead, readMessage(e.err))
		}
		if !e.info.Mode().IsRegular() {
			return p.fail(id, ErrSpecialFile, "not a regular file: "+fileKind(e.info.Mode(), e.link))
		}
		if isWARC(e.path) {
			return p.warc(e)
		}
		if p.opts.Done != nil && p.opts.Done(id) {
			p.st.done.Add(1)
			p.st.bytes.Add(e.info.Size())
			return true
		}
		if e.info.Size() > p.opts.MaxInputBytes {
			r := ErrorRecord(id, ErrTooLarge, fmt.Sprintf("file of %d bytes, over the budget of %d", e.info.Size(), p.opts.MaxInputBytes))
			return p.send(job{id: id, rec: &r, size: e.info.Size()})
		}
		return p.send(job{id: id, path: e.path, size: e.info.Size()})
	})
}

// warc feeds the pages of one WARC file on disk.
func (p *producer) warc(e entry) bool {
	f, err := os.Open(e.path)
	if err != nil {
		return p.fileFailed(e.path, err)
	}
	defer f.Close()
	return p.warcStream(e.path, f)
}

// warcStream feeds the pages of one WARC stream, read in this goroutine
// as the workers take them (the reading is sequential; extraction is not).
func (p *producer) warcStream(name string, r io.Reader) bool {
	if f, ok := r.(io.ReadSeeker); ok && wholeGzip(f) {
		// gowarc reads a .warc.gz one gzip member per record, as crawlers
		// write it, and drains each member after its record: a file
		// gzipped as one stream would give its first record alone. Such a
		// file is ungzipped here, and gowarc reads the plain WARC; its
		// offsets are then offsets in the ungzipped stream.
		cr := &countReader{r: f, add: func(n int64) { p.st.bytes.Add(n) }}
		zr, err := gzip.NewReader(cr)
		if err != nil {
			return p.fileFailed(name, err)
		}
		return p.readStream(name, zr)
	}
	return p.readStream(name, &countReader{r: r, add: func(n int64) { p.st.bytes.Add(n) }})
}

// readStream is warcStream over a reader that counts its own bytes.
func (p *producer) readStream(name string, r io.Reader) bool {
	goOn := true
	err := readWARC(name, r, p.opts.MaxInputBytes, func(it warcItem) bool {
		if p.ctx.Err() != nil {
			goOn = false
			return false
		}
		switch {
		case it.skip != "":
			p.st.skip(it.skip)
			return true
		case p.opts.Done != nil && p.opts.Done(it.id):
			p.st.done.Add(1)
			return true
		case it.errKind != "":
			goOn = p.fail(it.id, it.errKind, it.err)
		default:
			goOn = p.send(job{id: it.id, body: it.body, contentType: it.contentType})
		}
		return goOn
	})
	if err != nil && goOn {
		return p.fileFailed(name, err)
	}
	return goOn
}

// fileFailed records a WARC file that could not be read at all.
func (p *producer) fileFailed(name string, err error) bool {
	id := Identity{File: name}
	if p.opts.Done != nil && p.opts.Done(id) {
		p.st.done.Add(1)
		return true
	}
	return p.fail(id, ErrRead, readMessage(err))
}

// fileKind names what a file that is not regular is, in the words the
// CLI has always used for it.
func fileKind(m fs.FileMode, link bool) string {
	var kind string
	switch {
	case m&fs.ModeNamedPipe != 0:
		kind = "a named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		kind = "a socket"
	case m&fs.ModeCharDevice != 0:
		kind = "a character device"
	case m&fs.ModeDevice != 0:
		kind = "a device"
	case m.IsDir():
		kind = "a directory"
	default:
		kind = "an irregular file"
	}
	if link {
		kind = "a link to " + kind
	}
	return kind
}
