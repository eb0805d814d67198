package rules_test

import (
	"strings"
	"sync"
	"testing"

	"github.com/pare-dev/pare/rules"
)

// TestXPathConcurrent holds that one compiled XPath selector serves many
// goroutines, as a Set does (run it with -race): antchfx/xpath's compiled
// expressions keep evaluation state, so each evaluation needs its own.
func TestXPathConcurrent(t *testing.T) {
	doc := parseHTML(t, `<html><body>`+strings.Repeat(`<div class="a"><p>one</p><p>two</p></div>`, 50)+`</body></html>`)
	sels := []rules.Selector{}
	for _, src := range []string{"//div[@class='a']/p[2]", "//p[position() = last()]", "count(//p)", "substring-after(//div[1], 'o')"} {
		s, err := rules.CompileXPathText(src)
		if err != nil {
			t.Fatal(err)
		}
		sels = append(sels, s)
	}
	want := make([]int, len(sels))
	for i, s := range sels {
		want[i] = len(s.Find(doc))
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 20 {
				for i, s := range sels {
					if got := len(s.Find(doc)); got != want[i] {
						t.Errorf("%s: %d results, want %d", s, got, want[i])
					}
				}
			}
		}()
	}
	wg.Wait()
}
