package main

import (
	"reflect"
	"testing"
)

func TestCodeBlocks(t *testing.T) {
	page := `<pre>one line</pre><pre><code><div>a {</div><div>  b</div><div>}</div></code></pre><pre>
x<br>  y  
</pre>`
	page += `<pre><div><span>1</span><div>a := 1</div></div><div><span>2</span><div>b := 2</div></div></pre>`
	got := codeBlocks([]byte(page))
	want := [][]string{{"a {", "  b", "}"}, {"x", "  y"}, {"a := 1", "b := 2"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("codeBlocks = %q, want %q", got, want)
	}
}

func TestInOrder(t *testing.T) {
	lines := []string{"func f() {", "  return 1", "}"}
	tests := []struct {
		s    string
		want bool
	}{
		{"intro\n\nfunc f() {\n  return 1\n}\n\nafter", true},
		{"func f() {\n\n  return 1\n}", false}, // a doubled line break
		{"func f() {\nreturn 1\n}", false},     // indentation lost
		{"func f() {\n  return 1", false},
	}
	for _, tc := range tests {
		if got := inOrder(lines, tc.s); got != tc.want {
			t.Errorf("inOrder(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
	md := "1. Step one:\n\n   ```go\n   func f() {\n     return 1\n   }\n   ```"
	if inOrder(lines, md) || !inOrder(indented(lines, md), md) {
		t.Errorf("a fenced block indented in a list item is not read as the page's lines")
	}
}

func TestEmptyElements(t *testing.T) {
	byTag := map[string]int{}
	h := `<div><div> </div><p>text</p><figure><img src="x"></figure><span></span><table><colgroup><col></colgroup><tr><td></td><td>x</td></tr></table></div>`
	if got := emptyElements(h, byTag); got != 2 || byTag["div"] != 1 || byTag["span"] != 1 {
		t.Errorf("emptyElements = %d %v, want 2 (a div and a span)", got, byTag)
	}
	if !hasText("<p>a</p>") || hasText("<div> <img src=x> </div>") {
		t.Error("hasText is wrong")
	}
}

func TestImageHeadingRe(t *testing.T) {
	md := "# ![Site](https://x/logo.png)\n## [![Site](https://x/l.png)](https://x/)\n# A title\n![photo](https://x/p.jpg)\n"
	if got := len(imageHeadingRe.FindAllString(md, -1)); got != 2 {
		t.Errorf("%d image headings, want 2", got)
	}
}
