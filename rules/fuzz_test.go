package rules_test

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/pare-dev/pare/rules"
)

// FuzzLoad loads the fuzzed bytes as a rule file. Load must not panic
// (nor let goccy/go-yaml's panics reach its last line of defence), must
// return a Set or an error but not both, and every error must be a
// one-line *Error naming the file. Seeds, including the crashers of issue
// 14, are in testdata/fuzz/FuzzLoad.
func FuzzLoad(f *testing.F) {
	f.Add([]byte(fullRule))
	f.Add([]byte("{\"hosts\": [\"a.com\"], \"strip\": [{\"selector\": \"div[\", \"reason\": \"ad\"}]}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		set, err := rules.Load(fstest.MapFS{"a.com.yaml": {Data: data}})
		if (set == nil) == (err == nil) {
			t.Fatalf("Load = %v, %v; want a Set or an error", set, err)
		}
		if errors.Is(err, rules.ErrDecoderPanic) {
			t.Fatalf("goccy/go-yaml panicked; find what checkShape should refuse: %v", err)
		}
		for _, e := range unjoin(err) {
			var re *rules.Error
			if !errors.As(e, &re) || re.File != "a.com.yaml" {
				t.Errorf("error %q (%T) does not name the file", e, e)
			}
			if strings.Contains(e.Error(), "\n") {
				t.Errorf("error spans lines: %q", e)
			}
		}
	})
}
