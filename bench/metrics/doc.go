// Package metrics scores extracted text the way the three benchmark sets
// score it, ported from their own evaluation scripts so that a figure
// computed here can be put beside a published one. All functions are pure
// and safe for concurrent use.
//
// Files, in the order a text is scored:
//
//   - tokens.go: Python's `\w+` tokens, str.lower and whitespace
//     collapsing, the building blocks every metric shares.
//   - shingles.go: the ScrapingHub metric (4-token shingles per page,
//     averaged precision and recall, exact-token accuracy), after
//     scrapinghub/article-extraction-benchmark evaluate.py.
//   - snippets.go: the trafilatura metric (with/without snippets pooled
//     into one confusion matrix), after trafilatura tests/eval_common.py.
//   - words.go: the WCXB metric (lowercased bag-of-words per page,
//     averaged; snippet rates), after WCXB evaluate.py.
//   - meta.go, dates.go: metadata against the labels, which no set's
//     script scores: title after normalisation, authors as a set of
//     names (word lists in lists/), publication date as a calendar day.
//
// # Tokens: what Python's \w matches
//
// All three scripts tokenise with Python 3's re module, where `\w` on str
// patterns matches "Unicode word characters": a character c matches when
// c.isalnum() or c == '_'. isalnum is isalpha (categories Lu, Ll, Lt, Lm,
// Lo) or isdecimal/isdigit/isnumeric (every character with a numeric type,
// which in Unicode 14 is exactly Nd, Nl and No). Combining marks (Mn, Mc,
// Me) are NOT word characters, so Python splits "हिन्दी" into "ह", "न",
// "द" at its vowel signs and viramas, "ภาษาไทย" at its tone marks, vowelled
// Arabic at its harakat, and a decomposed "é" (e + U+0301) before the
// accent. Checked exhaustively: on CPython 3.11 (Unicode 14) the set of
// code points matching `\w` equals L ∪ N ∪ {'_'}, with no exception in any
// other category. So Tokens uses unicode.IsLetter || unicode.IsNumber ||
// '_'. Compared code point by code point against CPython 3.11, Tokens,
// Lower and the final-sigma context agree on every code point assigned in
// Unicode 14; the 4,430 that differ are all first assigned in Unicode 15
// (Go's tables), which Python 3.11 leaves unassigned.
// The splitting of marked scripts is a flaw of the original metric, kept
// on purpose: it applies equally to every extractor and to the truth.
//
// Lowercasing (WCXB only) follows str.lower: the full Unicode lowercase
// mapping, which differs from Go's unicode.ToLower in exactly two places
// (checked over all code points): U+0130 'İ' becomes "i" + U+0307 (so
// "İstanbul" yields the tokens "i" and "stanbul"), and a capital sigma in
// word-final position becomes 'ς' rather than 'σ'. Lower implements both.
//
// Whitespace (trafilatura set) is Python's `\s`: unicode.IsSpace plus the
// four information separators U+001C–U+001F.
package metrics
