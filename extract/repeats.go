package extract

import (
	"slices"
	"unicode"
)

// Trimming by repetition: a block that the rest of the body says again
// is a copy, not the author's text — a hidden copy of the whole body
// (dropBodyCopy). It reads the whole body, after the line rules
// (trim.go).

// minBodyCopyWeight is the text weight from which a block can be a copy
// of the body (bodyCopyRule): three paragraphs of prose. Below it a
// repeat is a pull quote or a caption, which is not this rule's to judge.
// From the composed unmarked pages of bench/cmd/splitbench, where a
// page's microdata copy of its articleBody (hidden by a class that is
// gone) doubled the body: 9,366 letters over paragraphs of at most 464.
// Over main at ecf60d1 it took that story's F1 from 0.48 to 0.95 (tune),
// and nothing from the wcxb, trafilatura and ScrapingHub sets.
const minBodyCopyWeight = 1000

// minBodyCopyShare is the share of a block's word trigrams the rest of
// the body must hold for the block to be a copy of it: nearly all, so
// that a long paragraph quoting a sentence or two of the body stays.
// The hidden articleBody copy above shares all of its trigrams but the
// few around the paragraph joins.
const minBodyCopyShare = 0.9

// minBodyCopyParts is how many of the body's blocks a copy must hold
// (each nearly whole, minBodyCopyShare of its trigrams): a copy of the
// body joins its paragraphs, where a page that shows a paragraph twice —
// terms repeated for each region, on wcxb 4761 (tune), whose label keeps
// both — repeats one. The articleBody copies above hold dozens.
const minBodyCopyParts = 3

// dropBodyCopy drops the long blocks that repeat the rest of the body
// (bodyCopyRule): an articleBody copy of the whole text in one element,
// which the page hides. A block is compared with the lighter kept blocks
// only, so that two copies of the body both go and the paragraphs they
// copy stay, wherever the copies sit.
func (p *page) dropBodyCopy(kept []int32) []int32 {
	heaviest := 0
	for _, i := range kept {
		heaviest = max(heaviest, int(p.blocks[i].weight))
	}
	if heaviest < minBodyCopyWeight || len(kept) <= minBodyCopyParts {
		return kept // no copy without the parts it copies
	}
	// Each block's trigrams once: a body of many long blocks would
	// otherwise read every lighter block again for each long one.
	grams := make([][]uint64, len(kept))
	for k, i := range kept {
		grams[k] = trigrams(p.blocks[i].text)
	}
	var copies []int32
	for _, k := range heaviestBlocks(p, kept, maxBodyCopies) {
		i := kept[k]
		b := &p.blocks[i]
		if int(b.weight) < minBodyCopyWeight || len(grams[k]) == 0 {
			continue
		}
		own := make(map[uint64]bool, len(grams[k])) // true once a lighter block holds it
		for _, g := range grams[k] {
			own[g] = false
		}
		found, parts := 0, 0
		for m, j := range kept {
			if p.blocks[j].weight >= b.weight {
				continue
			}
			in := 0
			for _, g := range grams[m] {
				if seen, ok := own[g]; ok {
					in++
					if !seen {
						own[g] = true
						found++
					}
				}
			}
			if len(grams[m]) > 0 && float64(in) >= minBodyCopyShare*float64(len(grams[m])) {
				parts++
			}
		}
		if parts >= minBodyCopyParts && float64(found) >= minBodyCopyShare*float64(len(own)) {
			copies = append(copies, i)
		}
	}
	if len(copies) == 0 {
		return kept
	}
	out := kept[:0]
	for _, i := range kept {
		if slices.Contains(copies, i) {
			b := &p.blocks[i]
			b.drop = bodyCopyRule.reason
			p.noteNodes(b.drop, bodyCopyRule.name, b.text, b.owner)
			continue
		}
		out = append(out, i)
	}
	return out
}

// minAdjacentCopyWeight is the text weight from which a block that says
// again what the block before it said is a copy (adjacentCopyRule): a
// sentence's worth, so that short lines a list or a form repeats on
// purpose ("Yes", "Book now") are not its to judge.
const minAdjacentCopyWeight = 20

// dropAdjacentCopies drops each block whose text is, word for word, that
// of the kept block before it. A reader sees it once: a slideshow writes
// each slide's caption again under its picture (only the shown slide's
// is visible), and a responsive page writes a teaser or a heading twice,
// for wide and narrow screens, hiding one by a class that a page with
// generated class names does not let pare read. The first copy stays, so
// that what the page says is never lost. Code and table cells repeat
// lines on purpose and are left alone.
func (p *page) dropAdjacentCopies(kept []int32) []int32 {
	out, prev := kept[:0], ""
	for _, i := range kept {
		b := &p.blocks[i]
		if b.text == prev && int(b.weight) >= minAdjacentCopyWeight && !isCell(b.owner) && !inCode(b) {
			b.drop = adjacentCopyRule.reason
			p.noteNodes(b.drop, adjacentCopyRule.name, b.text, b.owner)
			continue
		}
		prev = b.text
		out = append(out, i)
	}
	return out
}

// maxBodyCopies is how many of the body's heaviest blocks dropBodyCopy
// weighs as copies of the rest: a copy of the whole body outweighs each
// paragraph it joins, so it is among the heaviest, and a page holds one
// or two (a microdata copy, an AMP or print copy). Weighing only these
// keeps the rule linear in the body's length: a long page of long
// paragraphs, each weighed against all the others, took time quadratic
// in them.
const maxBodyCopies = 3

// heaviestBlocks returns the indexes into kept of its n heaviest blocks.
func heaviestBlocks(p *page, kept []int32, n int) []int {
	idx := make([]int, len(kept))
	for k := range idx {
		idx[k] = k
	}
	slices.SortStableFunc(idx, func(a, b int) int { return int(p.blocks[kept[b]].weight) - int(p.blocks[kept[a]].weight) })
	return idx[:min(n, len(idx))]
}

// trigrams lists the word trigrams of s, case folded, each hashed:
// FNV-1a over each word's lowercased runes, and the three words' hashes
// mixed. It reads s once and allocates only the list, so a page's one
// huge text block costs a slice of hashes, not copies of its text.
func trigrams(s string) []uint64 {
	var out []uint64
	var w [3]uint64 // the last three words' hashes, the newest last
	words := 0
	h, in := uint64(fnvOffset), false
	flush := func() {
		w[0], w[1], w[2] = w[1], w[2], h
		if words++; words >= 3 {
			out = append(out, ((w[0]*fnvPrime)^w[1])*fnvPrime^w[2])
		}
		h, in = fnvOffset, false
	}
	for _, r := range s {
		if unicode.IsSpace(r) {
			if in {
				flush()
			}
			continue
		}
		h, in = (h^uint64(unicode.ToLower(r)))*fnvPrime, true
	}
	if in {
		flush()
	}
	return out
}

// The 64-bit FNV-1a constants.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)
