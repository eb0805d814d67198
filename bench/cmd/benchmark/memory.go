package main

import (
	"cmp"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"slices"
	"sync/atomic"
	"time"

	"github.com/pare-dev/pare/bench/datasets"
	"github.com/pare-dev/pare/bench/extractors"
)

// heapLimit is pare's memory target: no page should need a heap larger
// than this multiple of its own size.
const heapLimit = 20

// memReport is pare's peak heap on one set, page by page (see
// measureMemory), as a multiple of each page's size.
type memReport struct {
	median, p95 float64
	worst       memPage
	// over lists the pages whose heap passes heapLimit times their size,
	// worst first.
	over []memPage
	// fixed is the heap of one call on a page of one short paragraph:
	// what any page costs, however small.
	fixed uint64
}

// memPage is one page's peak heap.
type memPage struct {
	id   string
	size int
	heap uint64
}

func (m memPage) ratio() float64 { return float64(m.heap) / float64(m.size) }

// onlyFixed reports whether the page passes heapLimit only through the
// fixed cost of a call: without it, it would stay within the limit.
func (m memPage) onlyFixed(fixed uint64) bool {
	return m.heap <= fixed+uint64(heapLimit*m.size)
}

// measureMemory runs ex twice more over the pages, alone and on this
// goroutine, to find the peak heap each page needs.
//
// The method: the collector is off for the whole pass, so nothing is
// freed during a call and the heap only grows; its growth over one
// Extract, which is everything the call allocates (MemStats.TotalAlloc
// after minus before), is the call's peak heap. It is an upper bound on
// what the page needs: with the collector on, garbage made early in the
// call is freed before the peak, which is then lower. A GC before each
// page keeps the pages apart.
//
// Each page is extracted once unmeasured just before, so that the caches
// that outlive a call are as a running process has them: package regexp
// keeps matching machines in a sync.Pool shared by its large patterns and
// grows a machine when a larger pattern takes it, so a cold call pays for
// machines (over 300 KB for the largest of pare's patterns) that a warm
// process allocates once. That is a cost of the process, not of the page.
// The pass runs on one P (GOMAXPROCS 1): a sync.Pool keeps its last item
// per P, and a goroutine that moved to another P between the two calls
// would miss it, which made the figures vary from run to run.
// Kept apart from the timed passes, since ReadMemStats stops the world.
func measureMemory(pages []datasets.Page, ex extractors.Extractor) memReport {
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	rep := memReport{fixed: peakHeap(ex, []byte(onePara), "")}
	var all []memPage
	for _, pg := range pages {
		if len(pg.HTML) == 0 {
			continue
		}
		m := memPage{id: pg.ID, size: len(pg.HTML), heap: peakHeap(ex, pg.HTML, pg.URL)}
		all = append(all, m)
		if m.ratio() > heapLimit {
			rep.over = append(rep.over, m)
		}
	}
	if len(all) == 0 {
		return rep
	}
	slices.SortFunc(all, func(a, b memPage) int { return cmp.Compare(a.ratio(), b.ratio()) })
	rep.median = all[len(all)/2].ratio()
	rep.p95 = all[min(len(all)-1, len(all)*95/100)].ratio()
	rep.worst = all[len(all)-1]
	slices.SortFunc(rep.over, func(a, b memPage) int { return cmp.Compare(b.ratio(), a.ratio()) })
	return rep
}

// onePara is the smallest page that makes an article: its peak heap is
// the fixed cost of a call.
const onePara = `<!doctype html><html><head><title>A story</title></head><body><h1>A story</h1>
<p>The council voted on Tuesday to extend the ferry timetable through the winter, after a petition signed by more than four thousand residents.</p></body></html>`

// peakHeap is the bytes one call of ex on page allocates, the collector
// being off (see measureMemory), after a GC and a warm-up call.
func peakHeap(ex extractors.Extractor, page []byte, url string) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	ex.Extract(page, url)
	runtime.ReadMemStats(&before)
	ex.Extract(page, url)
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// peakSampler tracks the largest heap seen (runtime/metrics' count of
// bytes in heap objects, live or not yet swept: MemStats.HeapAlloc)
// by polling every few milliseconds, which reads without stopping the
// world. A peak shorter than the interval can be missed.
type peakSampler struct {
	peak atomic.Uint64
	done chan struct{}
	quit chan struct{}
}

const heapMetric = "/memory/classes/heap/objects:bytes"

func startPeakSampler() *peakSampler {
	s := &peakSampler{done: make(chan struct{}), quit: make(chan struct{})}
	go func() {
		defer close(s.done)
		sample := []metrics.Sample{{Name: heapMetric}}
		tick := time.NewTicker(2 * time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(sample)
			if v := sample[0].Value.Uint64(); v > s.peak.Load() {
				s.peak.Store(v)
			}
			select {
			case <-s.quit:
				return
			case <-tick.C:
			}
		}
	}()
	return s
}

// stop ends the sampling and returns the peak in bytes.
func (s *peakSampler) stop() uint64 {
	close(s.quit)
	<-s.done
	return s.peak.Load()
}
