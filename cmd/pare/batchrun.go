package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"

	"github.com/pare-dev/pare/batch"
	"github.com/pare-dev/pare/extract"
)

// runPages extracts every input through package batch, the same code the
// Beam pipeline runs, and writes each page as it comes. It returns the
// exit status.
func runPages(c config, ex *extract.Extractor, inputs []string, stdin io.Reader, stdout, stderr, rawStderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	dest, done, closeDest, err := c.destination(stdout)
	if err == nil && c.outdir != "" {
		err = os.MkdirAll(c.outdir, 0o755)
	}
	if err != nil {
		fmt.Fprintf(stderr, "%s: %s\n", programName, oneLine(err.Error()))
		return exitFailed
	}
	out := newWriter(c, dest)
	out.heads = c.several(inputs)
	out.outdir = c.outdir
	opts := batch.Options{
		Extractor: ex, Workers: c.workers, Timeout: c.timeout, MaxInputBytes: c.maxBytes,
		Ordered: c.ordered, Include: c.include, Exclude: c.exclude, Stdin: stdin, URL: c.pageURL, Done: done,
	}
	var bar *progress
	if !c.quiet && isTerminal(rawStderr) {
		total := int64(-1)
		if c.from != "-" {
			if _, size, err := batch.Measure(c.paths(inputs, nil), c.include, c.exclude); err == nil {
				total = size
			}
		}
		bar = newProgress(rawStderr, total)
		opts.Progress = bar.update
	}
	say := func(label, text string) {
		if bar != nil {
			bar.clear()
		}
		message(stderr, label, text)
	}

	status := exitOK
	var list io.Reader
	if c.from == "-" {
		list = stdin
	} else if c.from != "" {
		f, err := os.Open(c.from)
		if err != nil {
			fmt.Fprintf(stderr, "%s: -from: %s\n", programName, oneLine(err.Error()))
			closeDest()
			return exitFailed
		}
		defer f.Close()
		list = f
	}
	stats, runErr := batch.Run(ctx, c.paths(inputs, list), opts, func(p batch.Page) error {
		if !reportPage(c, p, say, stderr) {
			status = exitFailed
		}
		return out.page(p)
	})
	if bar != nil {
		bar.finish()
	}
	if err := errors.Join(out.close(), closeDest()); err != nil {
		fmt.Fprintf(stderr, "%s: writing output: %s\n", programName, oneLine(err.Error()))
		return exitFailed
	}
	if runErr != nil {
		if errors.Is(runErr, context.Canceled) && c.output != "" {
			runErr = errors.New("interrupted; run again with -resume to go on")
		}
		fmt.Fprintf(stderr, "%s: %s\n", programName, oneLine(runErr.Error()))
		return exitFailed
	}
	if out.heads && !c.quiet {
		fmt.Fprintf(stderr, "%s: %s\n", programName, stats)
	}
	if c.noFail {
		// The inputs' failures are in the records and the counts; the
		// status now says only whether the run itself went through.
		return exitOK
	}
	return status
}

// reportPage writes a page's lines on stderr (its error, warnings,
// removals with -explain, or why it holds no article) and reports whether
// the page counts as answered.
func reportPage(c config, p batch.Page, say func(label, text string), stderr io.Writer) bool {
	label := pageLabel(p.Record.Identity)
	if p.Record.ErrorKind != "" {
		say(label, p.Record.Error)
		return false
	}
	res := p.Result
	if c.explain {
		writeExplain(stderr, label, res)
	}
	for _, w := range res.Warnings {
		say(label, "warning: "+w)
	}
	if len(res.Articles) == 0 {
		say(label, fmt.Sprint("no article: ", res.Reason))
		return false
	}
	if res.Articles[0].NotArticle {
		say(label, fmt.Sprint("no article, main content given: ", res.Reason))
	}
	return true
}

// pageLabel names a page in messages and text headings: its file, and
// for a WARC record the record's offset and target URI.
func pageLabel(id batch.Identity) string {
	if id.WARCOffset == nil {
		return id.File
	}
	l := id.File + "@" + strconv.FormatInt(*id.WARCOffset, 10)
	if id.TargetURI != "" {
		l += " " + id.TargetURI
	}
	return l
}

// paths is the inputs named on the command line, then those of the -from
// list, if any.
func (c config) paths(inputs []string, list io.Reader) iter.Seq2[string, error] {
	return func(yield func(string, error) bool) {
		for p, err := range batch.Args(inputs) {
			if !yield(p, err) {
				return
			}
		}
		if list == nil {
			return
		}
		for p, err := range batch.Lines(list) {
			if !yield(p, err) {
				return
			}
		}
	}
}

// several reports whether the run may give more than one page: then text
// output heads each page with its name and the counts end the run.
func (c config) several(inputs []string) bool {
	if c.from != "" || len(inputs) != 1 {
		return true
	}
	if inputs[0] == "-" {
		return false
	}
	low := strings.ToLower(inputs[0])
	if strings.HasSuffix(low, ".warc") || strings.HasSuffix(low, ".warc.gz") {
		return true
	}
	info, err := os.Stat(inputs[0])
	return err == nil && info.IsDir()
}

// destination opens where pages are written: stdout, or -o FILE,
// truncated, or with -resume kept and read for what it already holds.
func (c config) destination(stdout io.Writer) (io.Writer, func(batch.Identity) bool, func() error, error) {
	nothing := func() error { return nil }
	if c.output == "" {
		return stdout, nil, nothing, nil
	}
	if !c.resume {
		f, err := os.Create(c.output)
		if err != nil {
			return nil, nil, nil, err
		}
		return f, nil, f.Close, nil
	}
	f, err := os.OpenFile(c.output, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, nil, nil, err
	}
	rec, err := batch.Resume(f)
	if err != nil {
		f.Close()
		return nil, nil, nil, err
	}
	return f, rec.Has, f.Close, nil
}
