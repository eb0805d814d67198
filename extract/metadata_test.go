package extract

import "testing"

// TestMetaKeys holds the groups of lexicon/meta-keys.txt to the fields
// readMetadata reads: a group it does not read would be a list of keys
// that fill nothing.
func TestMetaKeys(t *testing.T) {
	fields := map[string]bool{"title": true, "site": true, "description": true, "author": true,
		"published": true, "modified": true, "lang": true, "url": true, "image": true, "type": true}
	seen := map[string]bool{}
	for _, e := range lexiconList("meta-keys").entries {
		if !fields[e.group] {
			t.Errorf("meta-keys.txt:%d: %q fills [%s], which readMetadata does not read", e.line, e.text, e.group)
		}
		seen[e.group] = true
	}
	for f := range fields {
		if !seen[f] {
			t.Errorf("meta-keys.txt: no key fills %q", f)
		}
	}
}
