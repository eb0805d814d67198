package main

import (
	"encoding/json"
	"testing"

	"github.com/pare-dev/pare/extract"
)

// TestOutputsPerFormat checks that each format asks the extractor for the
// rendering it prints and no other, and JSON for all three.
func TestOutputsPerFormat(t *testing.T) {
	tests := []struct {
		format string
		want   extract.Outputs
	}{
		{"text", extract.Text},
		{"html", extract.HTML},
		{"markdown", extract.Markdown},
		{"md", extract.Markdown},
		{"json", extract.AllOutputs},
	}
	for _, tc := range tests {
		t.Run(tc.format, func(t *testing.T) {
			if got := (config{format: tc.format}).outputs(); got != tc.want {
				t.Errorf("outputs() = %b, want %b", got, tc.want)
			}
		})
	}
}

func TestRunJSONHasEveryRendering(t *testing.T) {
	_, out, _ := pareRun(t, "", "-format", "json", cityNews)
	var page jsonPage
	if err := json.Unmarshal([]byte(out), &page); err != nil {
		t.Fatal(err)
	}
	if len(page.Articles) == 0 {
		t.Fatal("no article")
	}
	a := page.Articles[0]
	if a.Text == "" || a.HTML == "" || a.Markdown == "" {
		t.Errorf("JSON article lacks a rendering: text %d, html %d, markdown %d bytes", len(a.Text), len(a.HTML), len(a.Markdown))
	}
}
