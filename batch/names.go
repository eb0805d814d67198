package batch

import (
	"fmt"
	"hash/fnv"
	"path/filepath"
	"strings"
	"unicode"
)

// maxNameRunes caps the readable part of an output file name, well under
// the 255 bytes most file systems allow, with room for the suffixes.
const maxNameRunes = 80

// FileName is the name under -outdir of article i (from 0) of the input
// id, with extension ext ("md", "html", "txt"). It is one path element,
// never empty, ".." or hidden, with no separator, so it cannot escape the
// directory it is joined to. It reads as the input (the file's path, or a
// WARC record's target URI) with every character but letters, digits, '-'
// and '_' folded to '_', and ends with a hash of the whole identity, so
// that two inputs whose readable parts fold alike still get two names and
// a resumed run writes the same name again.
func FileName(id Identity, i int, ext string) string {
	src := strings.TrimSuffix(id.File, filepath.Ext(id.File))
	if strings.HasSuffix(strings.ToLower(src), ".html") || strings.HasSuffix(strings.ToLower(src), ".warc") {
		src = strings.TrimSuffix(src, filepath.Ext(src))
	}
	if id.TargetURI != "" {
		src = id.TargetURI
		if j := strings.Index(src, "://"); j >= 0 {
			src = src[j+3:]
		}
	}
	var b strings.Builder
	n, last := 0, rune(0)
	for _, r := range src {
		if n == maxNameRunes {
			break
		}
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_') {
			r = '_'
		}
		if r == '_' && (last == '_' || n == 0) {
			continue
		}
		b.WriteRune(r)
		n, last = n+1, r
	}
	name := strings.TrimRight(b.String(), "_")
	if name == "" {
		name = "page"
	}
	h := fnv.New32a()
	h.Write([]byte(id.Key()))
	name = fmt.Sprintf("%s-%08x", name, h.Sum32())
	if i > 0 {
		name = fmt.Sprintf("%s-%d", name, i+1)
	}
	return name + "." + ext
}
