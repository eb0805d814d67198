package main

import (
	"runtime"
	"slices"
	"time"

	"github.com/pare-dev/pare/bench/datasets"
	"github.com/pare-dev/pare/bench/extractors"
)

// output is what an extractor returned for one page.
type output struct {
	out extractors.Output
	err error
}

// extractorRun is one extractor's work on one set.
type extractorRun struct {
	name string
	// outputs are those of the first pass, the ones scored.
	outputs []output
	// passSeconds is the total Extract time of each pass, passCPU the
	// process CPU time it took; pageSeconds[i] holds page i's time in
	// each pass.
	passSeconds []float64
	passCPU     []float64
	pageSeconds [][]float64
}

// measure runs every extractor over the pages, passes times, one page at a
// time on one goroutine. The passes are interleaved so that a slow spell
// of the machine hits every extractor alike: pass p runs the extractors
// in their order rotated by p, so each runs first, last and in between.
// A GC before each extractor's run keeps the previous one's garbage off
// its clock. Only the Extract calls are timed. CPU time is read around
// the whole pass: on a shared machine it is the steadier figure.
func measure(pages []datasets.Page, exs []extractors.Extractor, passes int) []*extractorRun {
	runs := make([]*extractorRun, len(exs))
	for i, ex := range exs {
		runs[i] = &extractorRun{name: ex.Name(), outputs: make([]output, len(pages)),
			pageSeconds: make([][]float64, len(pages))}
		for j := range pages {
			runs[i].pageSeconds[j] = make([]float64, passes)
		}
	}
	for p := range passes {
		for k := range exs {
			i := (k + p) % len(exs)
			ex, r := exs[i], runs[i]
			runtime.GC()
			total, cpu := 0.0, cpuSeconds()
			for j, pg := range pages {
				start := time.Now()
				out, err := ex.Extract(pg.HTML, pg.URL)
				d := time.Since(start).Seconds()
				total += d
				r.pageSeconds[j][p] = d
				if p == 0 {
					r.outputs[j] = output{out, err}
				}
			}
			r.passSeconds = append(r.passSeconds, total)
			r.passCPU = append(r.passCPU, cpuSeconds()-cpu)
		}
	}
	return runs
}

// median of xs (the mean of the middle two for an even count), 0 for none.
func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

func totalBytes(pages []datasets.Page) int64 {
	var n int64
	for _, p := range pages {
		n += int64(len(p.HTML))
	}
	return n
}
