package rules_test

import (
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/pare-dev/pare/rules"
)

func mustLoad(t *testing.T, files map[string]string) *rules.Set {
	t.Helper()
	set, err := rules.Load(mapFS(files))
	if err != nil {
		t.Fatal(err)
	}
	return set
}

// matchSet has one rule per file; a rule's file name says which it is.
func matchSet(t *testing.T) *rules.Set {
	return mustLoad(t, map[string]string{
		"arabnews.yaml":    "hosts: [arabnews.com, arabnews.pk]\n",
		"example.yaml":     "hosts: [example.co.uk]\n",
		"news.yaml":        "hosts: [news.example.co.uk]\n",
		"deep.yaml":        "hosts: [a.b.example.org]\n",
		"localhost.yaml":   "hosts: [localhost]\n",
		"ip.yaml":          "hosts: [192.168.1.10, '::1']\n",
		"blog.yaml":        "hosts: [someone.github.io]\n",
		"multi-label.yaml": "hosts: [example.com.au]\n",
	})
}

func TestMatch(t *testing.T) {
	set := matchSet(t)
	tests := []struct {
		host string
		want string // the rule's file, "" for no match
	}{
		{"arabnews.com", "arabnews.yaml"},
		{"www.arabnews.com", "arabnews.yaml"},
		{"m.arabnews.com", "arabnews.yaml"},
		{"a.b.c.arabnews.com", "arabnews.yaml"},
		{"arabnews.pk", "arabnews.yaml"},
		{"arabnews.com:443", "arabnews.yaml"},
		{"WWW.ArabNews.COM", "arabnews.yaml"},
		{"arabnews.com.", "arabnews.yaml"},
		{"www.arabnews.com.:8080", "arabnews.yaml"},
		{"notarabnews.com", ""},
		{"arabnews.com.evil.net", ""},
		{"example.co.uk", "example.yaml"},
		{"www.example.co.uk", "example.yaml"},
		{"news.example.co.uk", "news.yaml"}, // longest match wins
		{"www.news.example.co.uk", "news.yaml"},
		{"sport.example.co.uk", "example.yaml"},
		{"co.uk", ""},       // a bare public suffix
		{"other.co.uk", ""}, // shares only the suffix
		{"example.com.au", "multi-label.yaml"},
		{"com.au", ""},
		{"a.b.example.org", "deep.yaml"},
		{"x.a.b.example.org", "deep.yaml"},
		{"b.example.org", ""}, // a rule never serves its parent
		{"example.org", ""},
		{"someone.github.io", "blog.yaml"},
		{"www.someone.github.io", "blog.yaml"},
		{"other.github.io", ""}, // github.io is a (private) public suffix
		{"github.io", ""},
		{"localhost", "localhost.yaml"},
		{"localhost:8080", "localhost.yaml"},
		{"www.localhost", ""},
		{"192.168.1.10", "ip.yaml"},
		{"192.168.1.10:80", "ip.yaml"},
		{"10.192.168.1.10", ""},
		{"1.10", ""},
		{"[::1]:8080", "ip.yaml"},
		{"[0:0::1]", "ip.yaml"},
		{"::1", "ip.yaml"},
		{"unknown.com", ""},
		{"", ""},
		{".", ""},
		{":80", ""},
		{"[::1", ""},
		{"a..arabnews.com", ""}, // malformed
	}
	for _, tt := range tests {
		t.Run(tt.host, func(t *testing.T) {
			got := ""
			if r := set.Match(tt.host); r != nil {
				got = r.File
			}
			if got != tt.want {
				t.Errorf("Match(%q) = %q, want %q", tt.host, got, tt.want)
			}
		})
	}
}

func TestMatchURL(t *testing.T) {
	set := matchSet(t)
	tests := []struct {
		url  string
		want string
	}{
		{"https://www.arabnews.com/node/123/world", "arabnews.yaml"},
		{"http://WWW.ARABNEWS.COM:8080/x?y#z", "arabnews.yaml"},
		{"//m.arabnews.com/x", "arabnews.yaml"},
		{"https://user:pass@arabnews.pk/", "arabnews.yaml"},
		{"https://news.example.co.uk/a", "news.yaml"},
		{"http://[::1]:8080/", "ip.yaml"},
		{"www.arabnews.com/node/1", ""}, // no scheme: a path to Go's parser
		{"/node/1", ""},
		{"https://unknown.com/", ""},
		{"%zz", ""},
		{"", ""},
	}
	for _, tt := range tests {
		got := ""
		if r := set.MatchURL(tt.url); r != nil {
			got = r.File
		}
		if got != tt.want {
			t.Errorf("MatchURL(%q) = %q, want %q", tt.url, got, tt.want)
		}
	}
}

func TestNilSet(t *testing.T) {
	var set *rules.Set
	if set.Match("arabnews.com") != nil || set.MatchURL("https://arabnews.com/") != nil || set.Rules() != nil {
		t.Error("a nil Set matched or listed rules")
	}
	if got := rules.Merge(nil, nil); got == nil || got.Match("arabnews.com") != nil || len(got.Rules()) != 0 {
		t.Errorf("Merge(nil, nil) = %v; want an empty set", got)
	}
}

func TestMerge(t *testing.T) {
	builtin := mustLoad(t, map[string]string{
		"arabnews.com.yaml": "name: pare's\nhosts: [arabnews.com, arabnews.pk]\n",
		"example.com.yaml":  "hosts: [example.com]\n",
		"gone.com.yaml":     "hosts: [gone.com]\n",
	})
	mine := mustLoad(t, map[string]string{
		"arabnews.com.yaml": "name: mine\nhosts: [arabnews.com]\n",
		"gone.yaml":         "hosts: [gone.com]\n",
		"mine.com.yaml":     "hosts: [news.example.com, mine.com]\n",
	})
	set := rules.Merge(builtin, nil, mine)

	for host, want := range map[string]string{
		"www.arabnews.com":     "mine",        // the later set wins
		"arabnews.pk":          "pare's",      // the rest of the builtin rule stays
		"example.com":          "example.com", // untouched
		"news.example.com":     "mine.com",    // a subdomain rule from the later set
		"www.news.example.com": "mine.com",
		"other.example.com":    "example.com",
		"gone.com":             "gone",
	} {
		if r := set.Match(host); r == nil || r.Name != want {
			t.Errorf("Match(%q) = %v, want rule %q", host, r, want)
		}
	}

	var got []string
	for _, r := range set.Rules() {
		got = append(got, r.File+" "+r.Name+" "+strings.Join(r.Hosts, ","))
	}
	want := []string{
		"arabnews.com.yaml mine arabnews.com",
		"arabnews.com.yaml pare's arabnews.pk",
		"example.com.yaml example.com example.com",
		"gone.yaml gone gone.com",
		"mine.com.yaml mine.com news.example.com,mine.com",
	}
	if !slices.Equal(got, want) {
		t.Errorf("Rules():\n got %q\nwant %q", got, want)
	}

	// Merge copies a rule it trims; the input sets stay as they were.
	if r := builtin.Match("arabnews.com"); r == nil || r.Name != "pare's" || len(r.Hosts) != 2 {
		t.Errorf("Merge changed its input: %+v", r)
	}
	if n := len(rules.Merge(builtin, builtin).Rules()); n != 3 {
		t.Errorf("Merge(builtin, builtin) has %d rules, want 3", n)
	}
}

// TestMatchConcurrent is for the race detector: a Set serves many
// goroutines at once.
func TestMatchConcurrent(t *testing.T) {
	set := matchSet(t)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 100 {
				if r := set.Match("www.arabnews.com"); r == nil {
					t.Error("no match")
					return
				}
				_ = set.Rules()
			}
		})
	}
	wg.Wait()
}
