package datasets

import (
	"fmt"
	"hash/fnv"
	"net/url"
	"strings"

	"golang.org/x/net/publicsuffix"
)

// Half names one of the two fixed halves every set is split into. A
// heuristic is developed by looking at pages of Tune only, and kept when
// it holds or helps on Check: a figure that rises on tune alone has
// learnt the pages, not the web.
type Half string

// The halves, and All for both (the flag value that keeps every page).
const (
	Tune  Half = "tune"
	Check Half = "check"
	All   Half = "all"
)

// Halves lists the values a -half flag takes, All first.
var Halves = []Half{All, Tune, Check}

// ParseHalf reads a -half flag value.
func ParseHalf(s string) (Half, error) {
	for _, h := range Halves {
		if string(h) == s {
			return h, nil
		}
	}
	return "", fmt.Errorf("datasets: unknown half %q (want tune, check or all)", s)
}

// Host is the key a page is split by: the registrable domain of its URL
// (publicsuffix.EffectiveTLDPlusOne of the lowercased host name), so that
// every subdomain of a publisher, and every page of it in any set, falls
// in the same half and a rule learnt on one of its pages is never scored
// on another. A host with no registrable domain (an IP address, a bare
// suffix) is its own key; a page whose URL has no host (a few trafilatura
// pages are keyed "hard::<file>", some WCXB pages have none) is keyed by
// its ID, which is then "set:ID" so it cannot collide with a host.
func Host(p Page) string {
	if u, err := url.Parse(p.URL); err == nil && u.Hostname() != "" {
		h := strings.ToLower(u.Hostname())
		if d, err := publicsuffix.EffectiveTLDPlusOne(h); err == nil {
			return d
		}
		return h
	}
	return p.Set + ":" + p.ID
}

// HalfOf is the page's half: the 64-bit FNV-1a hash of Host(p), even for
// Tune, odd for Check. Fixed by the data alone, with no seed to re-roll:
// a split that could be drawn again could be drawn until it flatters.
func HalfOf(p Page) Half {
	return HalfOfHost(Host(p))
}

// HalfOfHost is HalfOf for a host key already computed.
func HalfOfHost(host string) Half {
	f := fnv.New64a()
	f.Write([]byte(host)) // a hash.Hash never fails to write
	if f.Sum64()%2 == 0 {
		return Tune
	}
	return Check
}

// In reports whether the page belongs to h (always, for All).
func (h Half) In(p Page) bool { return h == All || HalfOf(p) == h }

// Keep returns the pages of pages that belong to h, in their order.
func Keep(pages []Page, h Half) []Page {
	if h == All {
		return pages
	}
	var out []Page
	for _, p := range pages {
		if h.In(p) {
			out = append(out, p)
		}
	}
	return out
}

// SingleArticle reports whether the page is known to hold exactly one
// article: every ScrapingHub page and every trafilatura-set page (both
// sets label one main text per page), and WCXB pages of type "article".
// On such a page an extractor that yields anything but one article is
// wrong, whatever its text scores.
func SingleArticle(p Page) bool {
	switch p.Set {
	case ScrapingHub, Trafilatura:
		return true
	case WCXB:
		return p.PageType == "article"
	}
	return false
}
