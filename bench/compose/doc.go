// Package compose makes pages that hold more than one article, with the
// truth of each, from pages labelled with one: the test material for
// measuring how an extractor splits a page. ScrapingHub's pages come in
// pairs from one site (about 55 hosts have two), and a site that appends
// a story below another appends one of its own, so pairs are composed
// within a host.
//
// Each page's article is located as the smallest element whose text holds
// 90% of its labelled shingles (the benchmark's own tokens and shingles,
// from bench/metrics), then widened to take its headline along. From a
// pair (A, B) come three pages — B's article right after A's in A's
// column (Inside), B's article appended to A's body in an infinite-scroll
// container (After), and A's appended to B's (Reverse) — and from every
// page one with a "More stories" teaser list after its article (Teasers),
// whose truth is the page's article alone.
//
// Pages are decoded to UTF-8 before parsing and rendered as UTF-8 with a
// <meta charset="utf-8">, so pages saved in different charsets combine.
// The output depends only on the input: no randomness, inputs sorted.
// Nothing here knows about particular pages.
//
// Files: compose.go (kinds, Build), source.go (a page parsed and its
// article located), locate.go (Locate), headline.go (the headline and
// how it travels), teasers.go (teaser lists, leak tests), decode.go
// (charset), tree.go (node helpers).
package compose
