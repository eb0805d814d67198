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
// pair (A, B) come:
//
//   - Inside: B's article right after A's, in A's column;
//   - After: B's article appended to A's body in an infinite-scroll
//     container; Reverse: A's appended to B's;
//   - UnmarkedStyle, UnmarkedARIA: the appended story in markup that
//     marks nothing (generated class names, no data-*, no sectioning
//     element, heading or <time>), its headline a <div> made large by
//     inline CSS or given an ARIA heading role, above a "By … · date"
//     line from the page's metadata; only the appended story so
//     rewritten, or the whole page, in both orders;
//   - Placeholder: an infinite-scroll slot for the other story holding
//     only its headline, date and first two sentences; truth: the page's
//     own article alone; in both orders;
//   - Three: B's article and C's, a page of another site, appended to
//     A's, in two orders;
//
// and from every page one with a "More stories" teaser list after its
// article (Teasers), whose truth is the page's article alone.
//
// Every page a composed page is made from is of its host page's half
// (datasets.HalfOf), so composing from one half makes the very pages
// composing from all makes in it. Pages are decoded to UTF-8 before
// parsing and rendered as UTF-8 with a <meta charset="utf-8">, so pages
// saved in different charsets combine. The output depends only on the
// input: no randomness, inputs sorted. Nothing here knows about
// particular pages.
//
// Files: compose.go (kinds, variants, Build), source.go (a page parsed
// and its article located), locate.go (Locate), headline.go (the
// headline and how it travels), scroll.go (the kinds appended in scroll
// containers: Unmarked*, Placeholder, Three), unmarked.go (rewriting
// markup so it marks nothing), meta.go (byline and date from the page's
// metadata), teasers.go (sentences, teaser lists, leak tests), decode.go
// (charset), tree.go (node helpers).
package compose
