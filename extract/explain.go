package extract

import "golang.org/x/net/html"

// Explainer is told, while Extract runs, which nodes of the page became
// what: the removals and the articles of the Result, each with the
// elements it came from. It is for tools that map a Result back to the
// page's markup: `pare -explain-html` outlines every block, and
// `pare rules new` derives a rule's selectors from the nodes pare chose.
// Pass one in Input.Explain; it costs nothing when nil.
//
// Its methods are called from the goroutine running Extract, in page
// order within each kind: Parsed once, when the page is parsed; then
// Removed for each entry of Result.Removed that pare's own selection
// noted (not those of the go-readability fallback, whose tree is
// another); and Article once per article of Result.Articles, in order.
//
// The nodes are the page's own tree, which later stages change (scripts
// and hidden elements are removed, a rule's strips detached when an
// article is rendered): an Explainer that needs the page as it was
// parsed copies it in Parsed, and keeps the node identities from there.
// It must not change the tree, nor keep using it after Extract returns.
type Explainer interface {
	// Parsed is given the document as parsed, before any stage changed it.
	Parsed(doc *html.Node)
	// Removed is given one removal and the elements whose text it took:
	// the marked element, or the block-level elements holding the lines;
	// none for a removal of no element (a flattened nesting).
	Removed(r Removal, nodes []*html.Node)
	// Article is given an article's body roots (the elements it was
	// selected from) and the block-level elements of the text it kept,
	// in document order.
	Article(roots, kept []*html.Node)
}

// explainArticle tells the page's Explainer, if any, of a finished
// article.
func (p *page) explainArticle(roots []*html.Node, kept []int32) {
	if p.explain == nil {
		return
	}
	p.explain.Article(roots, p.blockOwners(kept))
}

// blockOwners are the block-level elements of the blocks listed, each
// once, for an Explainer.
func (p *page) blockOwners(list []int32) []*html.Node {
	if p.explain == nil {
		return nil
	}
	var out []*html.Node
	for _, i := range list {
		if o := p.blocks[i].owner; len(out) == 0 || out[len(out)-1] != o {
			out = append(out, o)
		}
	}
	return out
}
