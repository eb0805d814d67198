package batch

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
)

// Stats counts what a run did. Every input is in exactly one of Pages,
// Errors, Skipped and Done, so their sum is the number of inputs seen.
type Stats struct {
	// Pages is the pages extracted, with or without an article; NoArticle
	// counts those without, Articles the articles of all.
	Pages, Articles, NoArticle int64
	// Errors is the inputs that gave an error record, by kind in ErrorsBy.
	Errors   int64
	ErrorsBy map[ErrorKind]int64
	// Skipped is the WARC records that hold no HTML page (requests,
	// metadata, images, redirects), by what they were in SkippedBy.
	Skipped   int64
	SkippedBy map[string]int64
	// Done is the inputs an earlier run had recorded (Options.Done).
	Done int64
	// Bytes is how much input has been read, for progress against a total.
	Bytes int64
}

// String is the one-line summary the CLI prints at the end.
func (s Stats) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d pages, %d articles, %d pages without article, %d errors", s.Pages, s.Articles, s.NoArticle, s.Errors)
	b.WriteString(breakdown(s.ErrorsBy))
	fmt.Fprintf(&b, ", %d skipped records", s.Skipped)
	b.WriteString(breakdown(s.SkippedBy))
	if s.Done > 0 {
		fmt.Fprintf(&b, ", %d done before", s.Done)
	}
	return b.String()
}

func breakdown[K ~string](m map[K]int64) string {
	if len(m) == 0 {
		return ""
	}
	parts := make([]string, 0, len(m))
	for _, k := range slices.Sorted(maps.Keys(m)) {
		parts = append(parts, fmt.Sprintf("%s %d", k, m[k]))
	}
	return " (" + strings.Join(parts, ", ") + ")"
}

// counters are the Stats as a run keeps them: the producer's counts are
// atomic, the delivered pages' are kept under mu (delivery is one
// goroutine, snapshots may be taken from another).
type counters struct {
	bytes, done atomic.Int64
	mu          sync.Mutex
	s           Stats
}

func (c *counters) skip(what string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.s.Skipped++
	if c.s.SkippedBy == nil {
		c.s.SkippedBy = map[string]int64{}
	}
	c.s.SkippedBy[what]++
}

func (c *counters) add(d done) {
	c.bytes.Add(d.size)
	c.mu.Lock()
	defer c.mu.Unlock()
	r := d.page.Record
	if r.ErrorKind != "" {
		c.s.Errors++
		if c.s.ErrorsBy == nil {
			c.s.ErrorsBy = map[ErrorKind]int64{}
		}
		c.s.ErrorsBy[r.ErrorKind]++
		return
	}
	c.s.Pages++
	c.s.Articles += int64(len(r.Articles))
	if len(r.Articles) == 0 {
		c.s.NoArticle++
	}
}

func (c *counters) snapshot() Stats {
	c.mu.Lock()
	defer c.mu.Unlock()
	s := c.s
	s.ErrorsBy = maps.Clone(c.s.ErrorsBy)
	s.SkippedBy = maps.Clone(c.s.SkippedBy)
	s.Bytes = c.bytes.Load()
	s.Done = c.done.Load()
	return s
}
