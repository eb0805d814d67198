package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzRun writes the fuzzed bytes to a page file and runs the command on
// it, as JSON and as text. It must not panic, must write exactly one JSON
// record for the one input, and its text output and messages must hold
// no control character but newline and tab. Seeds are in
// testdata/fuzz/FuzzRun.
func FuzzRun(f *testing.F) {
	f.Add([]byte("<html><head><title>\x1b]0;t\x07</title></head><body><p>x</p></body></html>"))
	f.Fuzz(func(t *testing.T, page []byte) {
		file := filepath.Join(t.TempDir(), "page\x1b[31m.html")
		if err := os.WriteFile(file, page, 0o644); err != nil {
			t.Fatal(err)
		}
		status, out, stderr := pareRun(t, "", "-format", "json", "-no-rules", file)
		if status != exitOK && status != exitFailed {
			t.Errorf("json: status %d, stderr %q", status, stderr)
		}
		lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		var rec map[string]any
		if len(lines) != 1 || json.Unmarshal([]byte(lines[0]), &rec) != nil || rec["file"] != file {
			t.Fatalf("json: want one record for %q, got %q", file, out)
		}
		if _, ok := rec["articles"].([]any); !ok {
			t.Errorf("json: record without an articles list: %s", out)
		}
		checkTerminalSafe(t, "json stderr", stderr)

		status, out, stderr = pareRun(t, "", "-no-rules", file)
		if status != exitOK && status != exitFailed {
			t.Errorf("text: status %d, stderr %q", status, stderr)
		}
		checkTerminalSafe(t, "text", out)
		checkTerminalSafe(t, "text stderr", stderr)
		for _, line := range strings.Split(strings.TrimSuffix(stderr, "\n"), "\n") {
			if line != "" && !strings.HasPrefix(line, "pare: ") && !strings.HasPrefix(line, "  removed ") {
				t.Errorf("stderr line %q is not a pare message", line)
			}
		}
	})
}

func checkTerminalSafe(t *testing.T, what, s string) {
	t.Helper()
	if hasControl(s) {
		t.Errorf("%s holds a control character or invalid UTF-8: %q", what, s)
	}
}
