package rules

import "testing"

// TestMatchNeverSuffix checks Match's own guard: Load rejects a public
// suffix as a host, but Match must not serve one even if a Set held it.
func TestMatchNeverSuffix(t *testing.T) {
	set := newSet([]*Rule{
		{File: "co.uk.yaml", Hosts: []string{"co.uk"}},
		{File: "github.io.yaml", Hosts: []string{"github.io"}},
	})
	for _, host := range []string{"co.uk", "example.co.uk", "www.example.co.uk", "github.io", "someone.github.io"} {
		if r := set.Match(host); r != nil {
			t.Errorf("Match(%q) = %s; a public suffix must never match", host, r.File)
		}
	}
}
