package rules

import (
	"cmp"
	"slices"
)

// Set is a collection of rules, looked up by host. A Set is immutable
// once Load, Builtin or Merge has built it, so one Set may serve any
// number of goroutines. A nil *Set is an empty set: it matches nothing.
type Set struct {
	rules  []*Rule          // sorted by File, then by first host
	byHost map[string]*Rule // every host of every rule, keyed by hostKey
}

// hostKey is the key of a rule's host in Set.byHost. A site config's
// hosts are kept apart from a pare rule's ("ftr:example.com",
// "ftr:.example.com" for a wildcard file, "ftr:*" for global.txt), so
// that Merge lets a later set replace a site config or a pare rule by
// one of its own kind while Match always prefers a pare rule.
func hostKey(r *Rule, h string) string {
	if r.Format == SiteConfig {
		return siteKey + h
	}
	return h
}

const siteKey = "ftr:"

// newSet builds a Set from rules whose hosts do not overlap.
func newSet(rules []*Rule) *Set {
	s := &Set{rules: rules, byHost: make(map[string]*Rule)}
	// Two rules may share a File after Merge; their hosts never overlap,
	// so the first host breaks the tie and the order stays stable.
	slices.SortFunc(s.rules, func(a, b *Rule) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Hosts[0], b.Hosts[0]))
	})
	for _, r := range rules {
		for _, h := range r.Hosts {
			s.byHost[hostKey(r, h)] = r
		}
	}
	return s
}

// Rules returns the rules in the set, sorted by file name. The slice is
// the caller's; the rules are shared and must not be modified.
func (s *Set) Rules() []*Rule {
	if s == nil {
		return nil
	}
	return slices.Clone(s.rules)
}

// Merge returns a set holding the rules of sets; nil sets are skipped.
// When several sets have a rule for the same host, the later set wins, so
// Merge(builtin, mine) lets a user's own rule directory replace the rule
// pare ships for a host. A site config replaces only a site config; a
// pare rule for a host beats a site config for it in whatever order the
// sets come (see Set.Match). A rule that loses some of its hosts keeps
// serving the others; in the merged set it is a copy whose Hosts lists
// only those. A rule that loses all of them is dropped.
func Merge(sets ...*Set) *Set {
	owner := make(map[string]*Rule)
	for _, s := range sets {
		if s != nil {
			for h, r := range s.byHost {
				owner[h] = r
			}
		}
	}
	var rules []*Rule
	seen := make(map[*Rule]bool)
	for _, s := range sets {
		for _, r := range s.Rules() {
			if seen[r] {
				continue // the same set passed twice
			}
			seen[r] = true
			hosts := slices.DeleteFunc(slices.Clone(r.Hosts), func(h string) bool { return owner[hostKey(r, h)] != r })
			switch {
			case len(hosts) == 0:
				continue
			case len(hosts) < len(r.Hosts):
				c := *r
				c.Hosts = hosts
				r = &c
			}
			rules = append(rules, r)
		}
	}
	return newSet(rules)
}
