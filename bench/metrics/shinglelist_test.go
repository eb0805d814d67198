package metrics

import (
	"maps"
	"slices"
	"testing"
)

func TestShingles(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"none", " — ", nil},
		{"short", "hello world", []string{"hello\x00world"}},
		{"four", "a b c d", []string{"a\x00b\x00c\x00d"}},
		{"six", "a b c d e f", []string{"a\x00b\x00c\x00d", "b\x00c\x00d\x00e", "c\x00d\x00e\x00f"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Shingles(Tokens(tt.text))
			if !slices.Equal(got, tt.want) {
				t.Errorf("Shingles(%q) = %q, want %q", tt.text, got, tt.want)
			}
			// The same multiset as the metric's own.
			if c := ShingleCounts(tt.text); !maps.Equal(c, shingles(Tokens(tt.text))) {
				t.Errorf("ShingleCounts(%q) = %v, metric has %v", tt.text, c, shingles(Tokens(tt.text)))
			}
		})
	}
}
