package main

import (
	"runtime"
	"runtime/metrics"
	"sync/atomic"
	"time"

	"github.com/pare-dev/pare/bench/datasets"
	"github.com/pare-dev/pare/bench/extractors"
)

// memReport is pare's allocation on one set: bytes allocated by one
// Extract divided by the page's size.
type memReport struct {
	median, max float64
	worstID     string
	worstBytes  int
}

// measureMemory runs ex once more over the pages, alone and on this
// goroutine, reading runtime.MemStats.TotalAlloc around each Extract with
// a GC before it, so each delta is that page's allocation and nothing
// else's (the peak sampler allocates nothing). Kept apart from the timed
// passes, since ReadMemStats stops the world.
func measureMemory(pages []datasets.Page, ex extractors.Extractor) memReport {
	var rep memReport
	ratios := make([]float64, 0, len(pages))
	var before, after runtime.MemStats
	for _, pg := range pages {
		if len(pg.HTML) == 0 {
			continue
		}
		runtime.GC()
		runtime.ReadMemStats(&before)
		ex.Extract(pg.HTML, pg.URL)
		runtime.ReadMemStats(&after)
		r := float64(after.TotalAlloc-before.TotalAlloc) / float64(len(pg.HTML))
		ratios = append(ratios, r)
		if r > rep.max {
			rep.max, rep.worstID, rep.worstBytes = r, pg.ID, len(pg.HTML)
		}
	}
	rep.median = median(ratios)
	return rep
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
