package extract

import "testing"

func TestDocumentPart(t *testing.T) {
	for _, tc := range []struct {
		heading string
		want    bool
	}{
		{"Acknowledgments", true},
		{"5. Conclusion:", true},
		{"IV) References", true},
		{"Introduction", true},
		{"Fazit", true},
		{"Conclusion of the ferry talks", false},
		{"Library opens in the old warehouse", false},
		{"Notes from a small island", false},
	} {
		if got := documentPart(tc.heading); got != tc.want {
			t.Errorf("documentPart(%q) = %v, want %v", tc.heading, got, tc.want)
		}
	}
}
