package extract

import "testing"

// TestLeadDate: a date that opens a paragraph, before a full stop, a
// dash, a colon or an opening quote, is its dateline; a date inside the
// sentence, or a month alone, is not.
func TestLeadDate(t *testing.T) {
	tests := []struct {
		in, text string
	}{
		{"31. Oktober 2023. Dragqueens sind Kunstfiguren aus Make-Up und Glitter.", "31. Oktober 2023"},
		{"27.1.2022 - Bei der Erinnerung an die Verfolgten des NS-Regimes waren queere Opfer oft unsichtbar.", "27.1.2022"},
		{"01.02.2022 „Der Arbeitsmarkt ist gut in das Jahr 2022 gestartet“, sagte der Vorstand.", "01.02.2022"},
		{"March 3, 2024 – The council voted to extend the ferry timetable.", "March 3, 2024"},
		{"The council voted on March 3, 2024 to extend the ferry timetable.", ""},
		{"Januar 2022 - Die Zahl der Arbeitslosen stieg.", ""},
		{"2022 stand das Thema Ehrenamt im Fokus des Zukunftsforums.", ""},
	}
	for _, tc := range tests {
		if got := leadDate(tc.in); got.Text != tc.text {
			t.Errorf("leadDate(%q) = %q, want %q", tc.in, got.Text, tc.text)
		}
	}
}
