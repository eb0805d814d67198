package rules

import (
	"errors"
	"testing"

	"github.com/goccy/go-yaml/parser"
)

// TestGuard checks the last line of defence: a panic inside the YAML
// library becomes an error naming the file. The tag that crashed the
// decoder (issue 14) is fed to it past checkShape, which refuses it.
func TestGuard(t *testing.T) {
	var errs fileErrors
	if guard("a.yaml", &errs, func() bool { panic("boom") }) {
		t.Error("guard reported success for a panic")
	}
	if len(errs.list) != 1 || errs.list[0].File != "a.yaml" || !errors.Is(errs.list[0], ErrDecoderPanic) {
		t.Errorf("got %v, want one ErrDecoderPanic for a.yaml", errs.list)
	}

	f, err := parser.ParseBytes([]byte("hosts: ![a, b]\n"), 0)
	if err != nil {
		t.Fatal(err)
	}
	errs = fileErrors{}
	var raw fileRule
	if guard("a.yaml", &errs, func() bool { return decode("a.yaml", f.Docs[0].Body, &raw, &errs) }) {
		t.Error("decoding a tagged string into a list succeeded")
	}
	if len(errs.list) != 1 {
		t.Fatalf("got %v, want one error", errs.list)
	}
	t.Logf("goccy/go-yaml on the tag, unguarded: %v", errs.list[0])
}
