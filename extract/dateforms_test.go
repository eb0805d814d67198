package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestWrites covers where a page writes a day plainly (dateUsage.writes):
// year first in its text, in <time datetime> and <meta content>, and in
// its URL's path with the month as a number or a name.
func TestWrites(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<html><head><meta property="article:published_time" content="2024-01-09T10:00:00Z"></head>` +
		`<body><time datetime="2025-12-02">December 02, 2025</time></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	u := &dateUsage{blocks: []block{{text: "Filed 2019-03-04 in Notes"}}, doc: doc, url: "https://example.com/2023/october/03/ferry"}
	for _, tc := range []struct {
		y, m, d int
		want    bool
	}{
		{2019, 3, 4, true}, {2019, 4, 3, false}, // text
		{2025, 12, 2, true}, {2025, 2, 12, false}, // <time datetime>
		{2024, 1, 9, true}, {2024, 9, 1, false}, // <meta content>
		{2023, 10, 3, true}, {2023, 3, 10, false}, // URL path, month by name
	} {
		if got := u.writes(tc.y, tc.m, tc.d); got != tc.want {
			t.Errorf("writes(%d, %d, %d) = %v, want %v", tc.y, tc.m, tc.d, got, tc.want)
		}
	}
	if (*dateUsage)(nil).writes(2025, 12, 2) {
		t.Error("a nil usage writes nothing")
	}
}
