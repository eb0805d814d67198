package main

import (
	"encoding/base64"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A browser's "save page, complete" keeps a page's style sheets and
// images in a folder beside it (NAME_files/). The report inlines them,
// style sheets as <style> and images as data: URLs, so it looks like the
// page while its CSP still forbids every fetch. Only files inside the
// page's own folder are read (after following links), at most
// inlineFileMax each and inlineBudget in all: a hostile page must not
// pull a file from elsewhere on the disk into a report that may be
// shared, nor make the report huge.
const (
	inlineFileMax = 2 << 20
	inlineBudget  = 24 << 20
)

var imageTypes = map[string]string{".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg",
	".gif": "image/gif", ".webp": "image/webp", ".avif": "image/avif", ".bmp": "image/bmp", ".ico": "image/x-icon"}

// styleEnd matches what would close a <style> element early.
var styleEnd = regexp.MustCompile(`(?i)</(style)`)

// inliner reads a page's local files for the report.
type inliner struct {
	root   string // the page's folder, links resolved
	budget int64
}

// inlineLocal inlines, in the copy of the page, the local style sheets
// and images of the page saved in dir. It runs before defuse, which
// drops whatever links remain.
func inlineLocal(doc *html.Node, dir string) {
	root, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return
	}
	if root, err = filepath.Abs(root); err != nil {
		return
	}
	in := &inliner{root: root, budget: inlineBudget}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			if c.Type == html.ElementNode && c.Namespace == "" {
				switch c.DataAtom {
				case atom.Link:
					if hasToken(getAttr(c, "rel"), "stylesheet") {
						if css, ok := in.read(getAttr(c, "href"), ".css"); ok {
							style := &html.Node{Type: html.ElementNode, DataAtom: atom.Style, Data: "style"}
							if m := getAttr(c, "media"); m != "" {
								style.Attr = []html.Attribute{{Key: "media", Val: m}}
							}
							style.AppendChild(&html.Node{Type: html.TextNode, Data: styleEnd.ReplaceAllString(string(css), `<\$1`)})
							n.InsertBefore(style, c)
							n.RemoveChild(c)
						}
					}
				case atom.Img:
					src := getAttr(c, "src")
					if typ := imageTypes[strings.ToLower(filepath.Ext(pathOf(src)))]; typ != "" {
						if data, ok := in.read(src, filepath.Ext(pathOf(src))); ok {
							setAttr(c, "src", "data:"+typ+";base64,"+base64.StdEncoding.EncodeToString(data))
						}
					}
				}
			}
			walk(c)
			c = next
		}
	}
	walk(doc)
}

// pathOf is the path of a relative URL, "" for any other.
func pathOf(ref string) string {
	u, err := url.Parse(strings.TrimSpace(ref))
	if err != nil || u.Scheme != "" || u.Host != "" || u.Opaque != "" || strings.HasPrefix(u.Path, "/") {
		return ""
	}
	return u.Path
}

// read returns the file a relative URL names under the page's folder,
// when its extension is ext, it stays inside the folder, and it fits the
// limits.
func (in *inliner) read(ref, ext string) ([]byte, bool) {
	p := pathOf(ref)
	if p == "" || !strings.EqualFold(filepath.Ext(p), ext) {
		return nil, false
	}
	full, err := filepath.EvalSymlinks(filepath.Join(in.root, filepath.FromSlash(p)))
	if err != nil {
		return nil, false
	}
	if rel, err := filepath.Rel(in.root, full); err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return nil, false
	}
	f, err := os.Open(full)
	if err != nil {
		return nil, false
	}
	defer f.Close()
	if st, err := f.Stat(); err != nil || !st.Mode().IsRegular() || st.Size() > inlineFileMax || st.Size() > in.budget {
		return nil, false
	}
	data, err := io.ReadAll(io.LimitReader(f, inlineFileMax+1))
	if err != nil || int64(len(data)) > inlineFileMax || int64(len(data)) > in.budget {
		return nil, false
	}
	in.budget -= int64(len(data))
	return data, true
}

func hasToken(list, tok string) bool {
	for _, t := range strings.Fields(list) {
		if strings.EqualFold(t, tok) {
			return true
		}
	}
	return false
}
