package metrics

import "math"

// mean accumulates an arithmetic mean with Neumaier's compensated sum, so
// the result stays within an ulp or two of Python's statistics.mean
// (which sums exactly) whatever the order of the pages.
type mean struct {
	sum, comp float64
	n         int
}

func (m *mean) add(x float64) {
	t := m.sum + x
	if math.Abs(m.sum) >= math.Abs(x) {
		m.comp += (m.sum - t) + x
	} else {
		m.comp += (x - t) + m.sum
	}
	m.sum = t
	m.n++
}

// value is the mean, or 0 for no values.
func (m *mean) value() float64 {
	if m.n == 0 {
		return 0
	}
	return (m.sum + m.comp) / float64(m.n)
}

// harmonic is 2pr/(p+r), or 0 when p+r is 0.
func harmonic(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}
