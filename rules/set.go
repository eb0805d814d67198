package rules

// Set is a loaded collection of rules, looked up by host. It is immutable
// after loading and safe for concurrent use.
type Set struct {
	rules []*Rule
	byKey map[string]*Rule // host key (as written in the rule) -> rule
}

// Rules returns the rules in the set, sorted by file name.
func (s *Set) Rules() []*Rule {
	if s == nil {
		return nil
	}
	return s.rules
}

// Match returns the rule serving host (a host name, with or without
// port), or nil.
func (s *Set) Match(host string) *Rule {
	if s == nil {
		return nil
	}
	return s.byKey[host]
}
