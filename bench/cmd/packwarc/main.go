// Command packwarc packs the benchmark pages into a WARC.gz, so that
// pare's batch mode can be measured on an archive shaped like a crawl's:
// a request record before each HTML response, one gzip member per record.
//
//	go run ./cmd/packwarc -records 10000 -o out/bench-10k.warc.gz
//
// The pages are read from ../shared/bench (or $PARE_BENCH_DATA) and never
// copied into the repository; write the archive under out/, which git
// ignores. With -records larger than the sets, pages are repeated, each
// copy under its own target URI, so the archive can be made as large as a
// measurement needs from pages that are all real.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/pare-dev/pare/batch"
	"github.com/pare-dev/pare/bench/datasets"
)

func main() {
	if err := run(os.Args[1:], os.Stderr); err != nil {
		fmt.Fprintf(os.Stderr, "packwarc: %v\n", err)
		os.Exit(1)
	}
}

func run(args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("packwarc", flag.ContinueOnError)
	fs.SetOutput(stderr)
	sets := fs.String("sets", strings.Join(datasets.Sets, ","), "comma-separated sets to pack")
	records := fs.Int("records", 0, "number of HTML responses to write, repeating pages as needed (0: each page once)")
	out := fs.String("o", "out/bench.warc.gz", "output `file`")
	requests := fs.Bool("requests", true, "write a request record before each response, as crawlers do")
	if err := fs.Parse(args); err != nil {
		return err
	}
	dir, err := datasets.FindDir()
	if err != nil {
		return err
	}
	var pages []datasets.Page
	for _, set := range strings.Split(*sets, ",") {
		ps, err := datasets.Load(dir, strings.TrimSpace(set), 0)
		if err != nil {
			return err
		}
		pages = append(pages, ps...)
	}
	if len(pages) == 0 {
		return fmt.Errorf("no pages in %s", *sets)
	}
	n := *records
	if n <= 0 {
		n = len(pages)
	}
	f, err := os.Create(*out)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(f, 1<<20)
	ww := batch.NewWARCWriter(bw, true)
	// A fixed date: the same pages pack to the same bytes.
	ww.Date = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	if err := ww.WriteRecord("warcinfo", "", "application/warc-fields",
		[]byte("software: pare bench/cmd/packwarc\r\nformat: WARC File Format 1.1\r\n")); err != nil {
		return err
	}
	for i := range n {
		p := pages[i%len(pages)]
		uri := targetURI(p, i/len(pages))
		if *requests {
			if err := ww.WriteRequest(uri); err != nil {
				return err
			}
		}
		// No charset: the saved pages carry their own, as many servers'
		// responses do, and the extractor sniffs it.
		if err := ww.WriteResponse(uri, 200, "text/html", p.HTML); err != nil {
			return err
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "packwarc: %s: %d responses from %d pages, %d bytes\n", *out, n, len(pages), ww.Offset())
	return nil
}

// targetURI is the page's URL, or a made-up one in the reserved .invalid
// domain when the set has none; copy > 0 marks a repeated page, so every
// record has its own URI as a crawl's would.
func targetURI(p datasets.Page, copy int) string {
	u := p.URL
	if _, err := url.Parse(u); err != nil || !strings.Contains(u, "://") {
		u = "https://" + p.Set + ".invalid/" + url.PathEscape(p.ID)
	}
	if copy > 0 {
		sep := "?"
		if strings.Contains(u, "?") {
			sep = "&"
		}
		u += fmt.Sprintf("%spare-copy=%d", sep, copy)
	}
	return u
}
