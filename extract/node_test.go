package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// elem makes an element with the given attributes, key then value.
func elem(tag string, kv ...string) *html.Node {
	n := &html.Node{Type: html.ElementNode, Data: tag, DataAtom: atom.Lookup([]byte(tag))}
	for i := 0; i+1 < len(kv); i += 2 {
		n.Attr = append(n.Attr, html.Attribute{Key: kv[i], Val: kv[i+1]})
	}
	return n
}
