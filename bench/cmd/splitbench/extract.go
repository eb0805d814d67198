package main

import (
	"bytes"
	"context"
	"fmt"
	"runtime"
	"sync"

	"github.com/pare-dev/pare/extract"
)

// output is what pare yields for one page.
type output struct {
	texts, titles []string
	// bylines and days are each article's Byline and publication day
	// ("2006-01-02", "" for none).
	bylines, days []string
	appended      []bool
	err           error
}

// job is one page to extract.
type job struct {
	html []byte
	url  string
}

// extractAll runs ex on every page, as many at a time as there are CPUs
// (an Extractor is safe for concurrent use), and returns the outputs in
// the pages' order. A panic is an error for its page, not the end of the
// run, so one bad page cannot hide the figures of the others.
func extractAll(ex *extract.Extractor, jobs []job) []output {
	out := make([]output, len(jobs))
	next := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				out[i] = extractOne(ex, jobs[i])
			}
		}()
	}
	for i := range jobs {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

func extractOne(ex *extract.Extractor, j job) (o output) {
	defer func() {
		if r := recover(); r != nil {
			o = output{err: fmt.Errorf("panic: %v", r)}
		}
	}()
	res, err := ex.Extract(context.Background(), bytes.NewReader(j.html), j.url)
	if err != nil {
		return output{err: err}
	}
	for _, a := range res.Articles {
		o.texts = append(o.texts, a.Text)
		o.titles = append(o.titles, a.Title)
		o.bylines = append(o.bylines, a.Byline)
		day := ""
		if !a.Published.Time.IsZero() {
			day = a.Published.Time.Format("2006-01-02")
		}
		o.days = append(o.days, day)
		o.appended = append(o.appended, a.Appended)
	}
	return o
}
