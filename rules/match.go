package rules

import (
	"fmt"
	"net/netip"
	"net/url"
	"strings"

	"golang.org/x/net/publicsuffix"
)

// Match returns the rule serving host, or nil. host may carry a port, any
// case and a trailing dot. The most specific rule wins: the exact host
// first, then each parent domain down to the registrable domain (as
// publicsuffix.EffectiveTLDPlusOne finds it), so a rule for example.com
// serves www.example.com while a rule for news.example.com beats it on
// news.example.com. A bare public suffix such as co.uk never matches,
// since unrelated sites share it. IP addresses and single-label hosts
// (localhost) match exactly only.
//
// Site configs (LoadSiteConfigs) serve a host only where no pare rule
// does, as FiveFilters looks them up: the file named after the host
// without "www.", then the wildcard file of each parent domain, most
// specific first, then global.txt, which serves every other page.
func (s *Set) Match(host string) *Rule {
	if s == nil || len(s.byHost) == 0 {
		return nil
	}
	h := normalizeHost(host)
	if r := s.matchNative(h); r != nil {
		return r
	}
	return s.matchSite(h)
}

func (s *Set) matchNative(h string) *Rule {
	if isIP(h) || !strings.Contains(h, ".") {
		return s.byHost[h]
	}
	top, err := publicsuffix.EffectiveTLDPlusOne(h)
	if err != nil {
		return nil // a public suffix, or a malformed name such as "a..com"
	}
	for d := h; d != ""; _, d, _ = strings.Cut(d, ".") {
		// 1.192.0.2.1 is a name, but 192.0.2.1 is no parent of it.
		if r := s.byHost[d]; r != nil && (d == h || !isIP(d)) {
			return r
		}
		if d == top {
			break
		}
	}
	return nil
}

// matchSite finds the site config serving h, which is normalized.
func (s *Set) matchSite(h string) *Rule {
	if h != "" && !isIP(h) {
		h = strings.TrimPrefix(h, "www.")
		if r := s.byHost[siteKey+h]; r != nil {
			return r
		}
		for _, d, ok := strings.Cut(h, "."); ok && strings.Contains(d, "."); _, d, ok = strings.Cut(d, ".") {
			if r := s.byHost[siteKey+"."+d]; r != nil {
				return r
			}
		}
	}
	return s.byHost[siteKey+"*"]
}

// MatchURL returns the rule serving the host of rawURL, or nil. rawURL
// must be absolute ("https://host/path") or scheme-relative
// ("//host/path"): in "host/path" Go's URL parser sees only a path.
func (s *Set) MatchURL(rawURL string) *Rule {
	u, err := url.Parse(rawURL)
	if s == nil || err != nil {
		return nil
	}
	return s.Match(u.Host)
}

func isIP(h string) bool {
	_, err := netip.ParseAddr(h)
	return err == nil
}

// normalizeHost lowercases host and drops its port and trailing dot. IP
// addresses come back in their canonical form.
func normalizeHost(host string) string {
	h := strings.ToLower(strings.TrimSpace(host))
	if strings.HasPrefix(h, "[") { // "[::1]" or "[::1]:8080"
		end := strings.IndexByte(h, ']')
		if end < 0 {
			return ""
		}
		h = h[1:end]
	} else if strings.Count(h, ":") == 1 {
		h, _, _ = strings.Cut(h, ":")
	}
	h = strings.TrimSuffix(h, ".")
	if a, err := netip.ParseAddr(h); err == nil {
		return a.String()
	}
	return h
}

// checkHost reports why h cannot be a rule's host. A host must be written
// the way Match compares hosts, or the rule would silently never match:
// lowercase ASCII (punycode for international names), no scheme, path,
// port or trailing dot, and not a public suffix.
func checkHost(h string) error {
	bad := func(why string) error { return fmt.Errorf("%w: %s", ErrInvalidHost, why) }
	if a, err := netip.ParseAddr(h); err == nil {
		if a.String() != h {
			return bad("write the address as " + a.String())
		}
		return nil
	}
	switch {
	case h == "":
		return ErrEmpty
	case strings.Contains(h, "://"):
		return bad("remove the scheme")
	case strings.ContainsAny(h, "/?#"):
		return bad("remove the path")
	case strings.Contains(h, ":"):
		return bad("remove the port")
	case strings.HasSuffix(h, "."):
		return bad("remove the trailing dot")
	case strings.HasPrefix(h, "*."):
		return bad("remove the wildcard; a host covers its subdomains")
	case h != strings.ToLower(h):
		return bad("must be lowercase")
	}
	for _, label := range strings.Split(h, ".") {
		if !validLabel(label) {
			return bad("not a host name (letters, digits, hyphens; punycode for other scripts)")
		}
	}
	// A private suffix (github.io) has a dot; a single-label ICANN one
	// (com) has icann set; a single unknown label (localhost) is allowed.
	if ps, icann := publicsuffix.PublicSuffix(h); ps == h && (icann || strings.Contains(h, ".")) {
		return bad("a public suffix, shared by unrelated sites")
	}
	return nil
}

// validLabel reports whether l is a DNS label (RFC 1123, section 2.1).
func validLabel(l string) bool {
	if l == "" || len(l) > 63 || l[0] == '-' || l[len(l)-1] == '-' {
		return false
	}
	for _, c := range []byte(l) {
		if (c < 'a' || c > 'z') && (c < '0' || c > '9') && c != '-' {
			return false
		}
	}
	return true
}
