package extract

import (
	"strings"
	"testing"
)

func TestContentWords(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"The ferry operator extended the timetable.", "ferry opera exten timet"},
		{"Harbours and HARBOUR crossings", "harbo harbo cross"},
		{"東京都の新しい図書館", "東 京 都 の 新 し い 図 書 館"},
		{"Die Fährverbindungen zur Insel", "fährv insel"},
		{"", ""},
	} {
		var got []string
		contentWords(tc.in, func(w string) bool { got = append(got, w); return false })
		if strings.Join(got, " ") != tc.want {
			t.Errorf("contentWords(%q) = %q, want %q", tc.in, strings.Join(got, " "), tc.want)
		}
	}
	n := 0
	if !contentWords("alpha bravo charlie delta", func(string) bool { n++; return n == 2 }) || n != 2 {
		t.Errorf("contentWords did not stop when asked (%d words)", n)
	}
}

func TestCosine(t *testing.T) {
	a := map[string]int{"ferry": 2, "harbo": 1}
	for _, tc := range []struct {
		b    map[string]int
		want float64
	}{
		{map[string]int{"ferry": 2, "harbo": 1}, 1},
		{map[string]int{"libra": 3}, 0},
		{map[string]int{}, 0},
		{map[string]int{"ferry": 1}, 2 / 2.23606797749979},
	} {
		if got := cosine(a, tc.b); got < tc.want-1e-9 || got > tc.want+1e-9 {
			t.Errorf("cosine(%v, %v) = %v, want %v", a, tc.b, got, tc.want)
		}
	}
}
