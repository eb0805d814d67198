package compose

import "testing"

func TestPageMeta(t *testing.T) {
	tests := []struct {
		name, head, author, day string
	}{
		{"json-ld-article",
			`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-11-20T05:00:00-05:00",
			"author":{"@type":"Person","name":"Ann Lee"}}</script>`, "Ann Lee", "November 20, 2019"},
		{"json-ld-graph-and-list",
			`<script type="application/ld+json">{"@graph":[{"@type":"WebPage","datePublished":"2001-01-01"},
			{"@type":["BlogPosting"],"datePublished":"2018/08/22","author":[{"name":"Ann Lee"},"Bo Chan","Ann Lee"]}]}</script>`,
			"Ann Lee, Bo Chan", "August 22, 2018"},
		{"json-ld-broken-then-meta",
			`<script type="application/ld+json">{"@type":"NewsArticle",}</script>
			<meta name="author" content="By  Ann   Lee"><meta property="article:published_time" content="2019-11-18">`,
			"Ann Lee", "November 18, 2019"},
		{"profile-url-is-no-name",
			`<meta property="article:author" content="https://www.facebook.com/someone"><meta name="parsely-author" content="Bo Chan">`,
			"Bo Chan", ""},
		{"http-date", `<meta name="date" content="Tue, 19 Nov 2019 10:00:00 GMT">`, "", "November 19, 2019"},
		{"zero-date", `<meta property="article:published_time" content="0001-01-01T00:00:00Z">`, "", ""},
		{"nothing", `<meta name="description" content="A story">`, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := parseString(t, "<html><head>"+tt.head+"</head><body><p>x</p></body></html>")
			if a, d := pageMeta(doc); a != tt.author || d != tt.day {
				t.Errorf("pageMeta = %q, %q; want %q, %q", a, d, tt.author, tt.day)
			}
		})
	}
}
