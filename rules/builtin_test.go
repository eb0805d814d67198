package rules_test

import (
	"path"
	"slices"
	"strings"
	"testing"

	"github.com/pare-dev/pare/rules"
)

// TestBuiltin checks the rule files pare ships under rules/publishers.
// It holds however many there are, including none.
func TestBuiltin(t *testing.T) {
	set, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	if set == nil {
		t.Fatal("Builtin returned a nil Set")
	}
	for _, r := range set.Rules() {
		if len(r.Hosts) == 0 {
			t.Errorf("%s: no hosts", r.File)
			continue
		}
		// A rule file is named after its host key, so that it sorts
		// beside its fixtures under testdata/<host>/.
		key := strings.TrimSuffix(path.Base(r.File), path.Ext(r.File))
		if !slices.Contains(r.Hosts, key) {
			t.Errorf("%s: file name is none of its hosts %q", r.File, r.Hosts)
		}
		for _, h := range r.Hosts {
			if got := set.Match("www." + h); got != r {
				t.Errorf("%s: Match(www.%s) = %v", r.File, h, got)
			}
		}
	}
}
