package golden

import (
	"fmt"
	"strings"

	"github.com/pare-dev/pare/extract"
	"github.com/pare-dev/pare/rules"
)

// Check holds a result to a rule's test, and to the text the rule
// excludes from every article of its publisher (rule.Exclude, passed as
// always): the number of articles, then per article the text it must and
// must not contain. It returns one line per failure, none when the result
// passes. pare's golden tests and `pare rules test` share it, so a rule's
// tests mean the same in both.
func Check(res *extract.Result, t rules.Test, always []string) []string {
	var fails []string
	if len(res.Articles) != t.Articles {
		fails = append(fails, fmt.Sprintf("%d articles, want %d (reason: %s)", len(res.Articles), t.Articles, res.Reason))
	}
	for i, a := range res.Articles {
		for _, s := range always {
			if strings.Contains(a.Text, s) {
				fails = append(fails, fmt.Sprintf("article %d contains %q, which the rule excludes", i+1, s))
			}
		}
		if i < len(t.Contain) {
			for _, s := range t.Contain[i] {
				if !strings.Contains(a.Text, s) {
					fails = append(fails, fmt.Sprintf("article %d lacks %q", i+1, s))
				}
			}
		}
		if i < len(t.Exclude) {
			for _, s := range t.Exclude[i] {
				if strings.Contains(a.Text, s) {
					fails = append(fails, fmt.Sprintf("article %d contains %q", i+1, s))
				}
			}
		}
	}
	return fails
}
