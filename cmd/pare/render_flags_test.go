package main

import (
	"strings"
	"testing"
)

const figures = "../../testdata/generic/figures.html"

// TestRunRenderingFlags: -captions, -no-links, -no-images, -no-tables and
// -front-matter reach the library (issue 11); each case names what the
// output must and must not hold.
func TestRunRenderingFlags(t *testing.T) {
	tables := "../../testdata/generic/tables.html"
	tests := []struct {
		name      string
		args      []string
		want, not []string
	}{
		{"default", []string{"-format", "markdown", figures}, []string{"[the report](https://", "![A ferry"}, []string{"Photo: J. Doe", "---\n"}},
		{"captions", []string{"-captions", figures}, []string{"The harbour at dawn. Photo: J. Doe"}, nil},
		{"no links", []string{"-no-links", "-format", "markdown", figures}, []string{"and the report says"}, []string{"](https://news.example.com/report)"}},
		{"no images", []string{"-no-images", "-format", "html", figures}, []string{"<p>The quay cost"}, []string{"<img", "<figure"}},
		{"no tables", []string{"-no-tables", tables}, []string{"Ferry operators welcomed"}, []string{"Year | Ships", "Quay reopened"}},
		{"front matter", []string{"-front-matter", "-format", "markdown", figures}, []string{"---\ntitle: The new quay opens next spring\n", "url: https://news.example.com/new-quay\n", "---\n\n# The new quay"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			status, out, stderr := pareRun(t, "", tc.args...)
			if status != exitOK {
				t.Fatalf("status %d, stderr %q", status, stderr)
			}
			for _, w := range tc.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
			for _, w := range tc.not {
				if strings.Contains(out, w) {
					t.Errorf("output holds %q:\n%s", w, out)
				}
			}
		})
	}
}
