package rules

import (
	"embed"
	"io/fs"
)

// publishers holds the rule files pare ships, one per publisher, with a
// README that Load ignores.
//
//go:embed publishers
var publishers embed.FS

// Builtin returns the rules pare ships. It loads them on each call, so
// call it once and keep the Set; merge a user's own rules over it with
// Merge(builtin, mine). An error here means a broken shipped rule file,
// which the package's tests catch before a release.
func Builtin() (*Set, error) {
	sub, err := fs.Sub(publishers, "publishers")
	if err != nil {
		return nil, err
	}
	return Load(sub)
}
