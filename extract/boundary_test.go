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

func TestTitleWords(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Grenzschließungen: Deutschland, Frankreich", "Grenzschließungen Deutschland Frankreich"},
		{"„Sieci”: IPN", "Sieci IPN"},
		{"Ferry timetable extended", "Ferry timetable extended"},
		{"", ""},
	} {
		if got := titleWords(tc.in); got != tc.want {
			t.Errorf("titleWords(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
