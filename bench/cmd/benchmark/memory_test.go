package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/pare-dev/pare/bench/datasets"
	"github.com/pare-dev/pare/bench/extractors"
)

// hungry allocates times the page's size, plus fixed bytes, and keeps it
// until it returns: its peak heap is known.
type hungry struct{ times, fixed int }

var sink []byte

func (hungry) Name() string { return "hungry" }

func (h hungry) Extract(page []byte, _ string) (extractors.Output, error) {
	sink = make([]byte, h.times*len(page)+h.fixed)
	sink = nil
	return extractors.Output{}, nil
}

// TestMeasureMemory checks the method on an extractor whose peak heap is
// known: the figures come out at the multiple it allocates, the pages
// past the limit are listed, and those past it only through the fixed
// cost are told apart.
func TestMeasureMemory(t *testing.T) {
	var pages []datasets.Page
	for i, size := range []int{1 << 10, 8 << 10, 64 << 10, 256 << 10} {
		pages = append(pages, datasets.Page{ID: fmt.Sprint(i), HTML: bytes.Repeat([]byte("x"), size)})
	}
	tests := []struct {
		name          string
		ex            hungry
		median        float64
		over, onlyFix int
	}{
		{"within", hungry{times: 10}, 10, 0, 0},
		{"over", hungry{times: 30}, 30, 4, 0},
		// 1 KB page: 74×, 8 KB: 18×, 64 KB: 11×, 256 KB: 10.25×.
		{"over by the fixed cost", hungry{times: 10, fixed: 64 << 10}, 18, 1, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := measureMemory(pages, tc.ex)
			// Allocation rounds up to size classes; allow 15%.
			if m.median < tc.median || m.median > tc.median*1.15 {
				t.Errorf("median %.2f×, want about %.0f×", m.median, tc.median)
			}
			onlyFix := 0
			for _, p := range m.over {
				if p.onlyFixed(m.fixed) {
					onlyFix++
				}
			}
			if len(m.over) != tc.over || onlyFix != tc.onlyFix {
				t.Errorf("%d pages over, %d only by the fixed cost; want %d, %d", len(m.over), onlyFix, tc.over, tc.onlyFix)
			}
			var out strings.Builder
			printMemory(&out, &m)
			if !strings.Contains(out.String(), "peak heap per page") {
				t.Errorf("report:\n%s", out.String())
			}
		})
	}
	printMemory(io.Discard, &memReport{})
}
