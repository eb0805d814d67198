package extract

import (
	"regexp"
	"strings"

	"github.com/pare-dev/pare/rules"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Boilerplate sections: a body container often runs on past the article
// into boxes the site adds below it, each introduced by a heading that
// names what it is — "Related stories", "Über den Autor", "Te puede
// interesar", "Comments". Class names give many of them away (clean.go);
// these headings give away the rest. A heading that names boilerplate
// takes its section with it: the wrapper it opens, or, when it stands
// alone, what follows it up to the next heading of its rank.

// boilerHeadingRe matches the headings of related-content, author,
// comment, share and newsletter boxes, in the languages of the
// benchmark sets and pare's users. It must match the whole heading.
var boilerHeadingRe = regexp.MustCompile(`(?i)^(?:` +
	// English
	`related(?: articles?| stories| posts?| content| news| topics| reading| coverage)?|more (?:stories|news|articles|posts|from [\p{L}\p{N} .&'’-]{1,40}|on this(?: story| topic)?|in [\p{L}\p{N} .&'’-]{1,40}|to read|like this|for you)|` +
	`you (?:may|might|will) (?:also )?(?:like|enjoy|be interested(?: in)?)|read (?:also|next|this next)|also read|see also|recommended(?: for you| reading| stories| articles)?|` +
	`(?:most )?popular(?: posts| stories| articles| now)?|most (?:read|viewed|shared|recent)|trending(?: now| stories| articles)?|latest(?: news| stories| posts| articles)?|top stories|editor'?s picks|` +
	`about the authors?|about (?:the )?writer|author bio|comments?|\d+ comments?|leave a (?:reply|comment)|post a comment|join the (?:conversation|discussion)|share (?:this|the) (?:article|story|post|page)|` +
	`sign up for (?:our|the) [\p{L} ]{1,30}newsletter|tags|filed under|previous (?:post|article|story)|next (?:post|article|story)|up next|what to read next|don'?t miss|sponsored(?: content| stories)?|` +
	// German
	`ähnliche (?:beiträge|artikel|themen|posts|nachrichten)|weitere (?:beiträge|artikel|nachrichten|meldungen|themen|news|geschichten)(?: [\p{L} ]{1,30})?|` +
	`mehr (?:zum thema|zu diesem thema|themen|dazu|aus [\p{L} ]{1,30}|von [\p{L} ]{1,30}|news|artikel|infos)|das (?:könnte|dürfte) (?:dich|sie|euch) (?:auch )?interessieren|auch interessant|` +
	`lesen sie (?:auch|mehr)|lies auch|auch lesen|empfehlungen|meistgelesen|über (?:den autor|die autorin|die autoren)|zum autor|zur autorin|kommentare?|kommentieren|` +
	`schreibe(?:n sie)? einen kommentar|diskutieren sie mit|schlagwörter|verwandte (?:artikel|themen)|noch mehr [\p{L} ]{1,30}|vorheriger artikel|nächster artikel|vorschau auf den nächsten artikel|` +
	// French
	`(?:à )?lire aussi|à lire également|sur le même (?:sujet|thème)|vous (?:aimerez|pourriez aimer|pourriez aussi aimer) (?:aussi|également)?|articles? (?:similaires|liés|connexes)|` +
	`dans la même rubrique|les plus lus|commentaires?|laisser un commentaire|à propos de l'auteur|voir aussi|nos derniers articles|` +
	// Spanish, Portuguese
	`(?:también )?(?:te|le) puede interesar|(?:lee|lea|leia|veja) también|leia também|veja também|noticias relacionadas|artículos relacionados|temas relacionados|` +
	`más noticias|lo más leído|comentarios?|deja un comentario|sobre el autor|te recomendamos|contenido relacionado|notícias relacionadas|artigos relacionados|mais lidas|` +
	`comentários|deixe um comentário|sobre o autor|você também pode gostar|` +
	// Italian, Dutch, Polish
	`leggi anche|(?:ti )?potrebbe interessarti|articoli correlati|i più letti|commenti|lascia un commento|lees ook|gerelateerde artikelen|meer nieuws|reacties|over de auteur|` +
	`czytaj (?:także|też|również)|zobacz (?:także|też|również)|polecane|najczęściej czytane|komentarze|podobne artykuły|przeczytaj (?:również|także)` +
	`)\s*[:.!?…»>]*$`)

// commentHeading reports whether a boilerplate heading opens comments,
// which run to the end of the body.
var commentHeadingRe = regexp.MustCompile(`(?i)comment|kommentar|reac|reply|conversation|discussion|diskut|komentarz`)

// isBoilerHeading reports whether block b is a heading, or a short line
// standing alone as one, that names a boilerplate box.
func isBoilerHeading(b *block) bool {
	if b.weight > 60 || len(b.text) > 90 {
		return false
	}
	first, _, _ := strings.Cut(strings.TrimSpace(b.text), " ")
	first = strings.ToLower(strings.TrimRight(first, ":.!?…»>"))
	if first == "" || !boilerFirstWords[first] && (first[0] < '0' || first[0] > '9') {
		return false // the pattern is anchored: its first word must be one of these
	}
	return boilerHeadingRe.MatchString(strings.TrimSpace(b.text))
}

// boilerFirstWords are the words boilerHeadingRe's headings start with.
// The pattern is large, and its matching machine costs more than the
// whole page on short pages; checking the first word spares it on all but
// a few lines.
var boilerFirstWords = setOf(`
	related more you read also see recommended most popular trending latest top editor's editors
	about author comments comment leave post join share sign tags filed previous next up what don't dont sponsored
	ähnliche weitere mehr das auch lesen lies empfehlungen meistgelesen über zum zur kommentare kommentar
	kommentieren schreibe schreiben diskutieren schlagwörter verwandte noch vorheriger nächster vorschau
	à lire sur vous articles article dans les commentaires commentaire laisser voir nos
	también te le lee lea leia veja noticias artículos temas más lo comentarios comentario deja sobre
	contenido notícias artigos mais comentários deixe você
	leggi ti potrebbe articoli i commenti lascia lees gerelateerde meer reacties over
	czytaj zobacz polecane najczęściej komentarze podobne przeczytaj
`)

// dropBoilerSections marks the blocks of every boilerplate section in the
// body (a list of block indexes in document order) as dropped.
func (p *page) dropBoilerSections(roots []*html.Node, body []int32) {
	var total, before int32
	for _, r := range roots {
		total += p.prose(r)
	}
	for k := 0; k < len(body); k++ {
		i := body[k]
		h := &p.blocks[i]
		if proseBlock(h) && h.mark == nil {
			before += h.weight
		}
		if h.drop != "" || !isBoilerHeading(h) {
			continue
		}
		end := p.sectionEnd(roots, body, k, total, before)
		p.noteText(rules.Related, "section headed "+quote(h.text), p.spanText(body[k:end]))
		for _, j := range body[k:end] {
			if p.blocks[j].drop == "" {
				p.blocks[j].drop = rules.Related
			}
		}
		k = end - 1
	}
}

// sectionEnd returns the position in body after the section that the
// heading at body[k] opens: the end of the wrapper the heading opens, or,
// for a heading alone in its wrapper, the next heading of the same or a
// higher rank, a paragraph of prose without links, or the end of the body
// (for comments).
// A section never takes a third of the body's prose (total), unless it
// comes after more prose than it holds (before: the prose above the
// heading), as a box of teasers with an excerpt each below a story does;
// and one without a wrapper of its own only runs on when most of the
// article's prose is behind it: "12 Comments" in a byline opens nothing.
func (p *page) sectionEnd(roots []*html.Node, body []int32, k int, total, before int32) int {
	i := body[k]
	h := &p.blocks[i]
	late := before*2 >= total
	w := p.sectionWrapper(roots, h.owner, i, total, before)
	if s := p.spans[w]; s.hi > i+1 {
		for e := k; e < len(body); e++ {
			if body[e] >= s.hi {
				return e
			}
		}
		return len(body)
	}
	if !late {
		return k + 1
	}
	comments := commentHeadingRe.MatchString(h.text)
	rank := headingRank(h.owner)
	if rank == 0 {
		rank = 7 // a label line: any heading ends its section
	}
	for e := k + 1; e < len(body); e++ {
		b := &p.blocks[body[e]]
		if comments {
			continue
		}
		if r := headingRank(b.owner); r > 0 && r <= rank || proseBlock(b) && b.link*5 < b.weight {
			return e
		}
	}
	return len(body)
}

// sectionWrapper climbs from a heading's element to the largest ancestor
// inside the body roots whose text starts with the heading and which
// holds less than a third of total, or less than before.
func (p *page) sectionWrapper(roots []*html.Node, n *html.Node, first, total, before int32) *html.Node {
	small := func(n *html.Node) bool { pr := p.prose(n); return pr*3 < total || pr < before }
	for n.Parent != nil && p.spans[n.Parent].lo == first && small(n.Parent) {
		inRoot := false
		for _, r := range roots {
			if n.Parent != r && isAncestor(r, n.Parent) {
				inRoot = true
			}
		}
		if !inRoot {
			break
		}
		n = n.Parent
	}
	return n
}

// headingRank is 1 to 6 for h1 to h6 (or a block inside one) and 0 for
// other blocks.
func headingRank(n *html.Node) int {
	for ; n != nil; n = n.Parent {
		switch n.DataAtom {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			return int(n.Data[1] - '0')
		case atom.P, atom.Div, atom.Li, atom.Td, atom.Section, atom.Article:
			return 0
		}
	}
	return 0
}

// spanText joins the text of some blocks, for Result.Removed.
func (p *page) spanText(idx []int32) string {
	var parts []string
	for _, i := range idx {
		parts = append(parts, p.blocks[i].text)
		if len(parts) == 4 {
			break
		}
	}
	return strings.Join(parts, " ")
}

func quote(s string) string { return `"` + s + `"` }
