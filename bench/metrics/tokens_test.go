package metrics

import (
	"slices"
	"testing"
)

// The expectations below were produced by CPython 3.11 (Unicode 14):
// re.findall(r"\w+", s), s.lower() and re.sub(r"\s+", " ", s).strip().
// They pin the decisions documented in doc.go: combining marks split
// words (Devanagari, Thai, vowelled Arabic, decomposed Latin), as do
// format characters such as U+200B and the soft hyphen.

func TestTokens(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"german", "Gr\u00f6\u00dfere Stra\u00dfe, \u00dcberma\u00df & na\u00efve Caf\u00e9_2024!", []string{"Gr\u00f6\u00dfere", "Stra\u00dfe", "\u00dcberma\u00df", "na\u00efve", "Caf\u00e9_2024"}},
		{"devanagari", "\u0939\u093f\u0928\u094d\u0926\u0940 \u092d\u093e\u0937\u093e \u092e\u0947\u0902 \u0932\u093f\u0916\u093e \u0917\u092f\u093e \u0935\u093e\u0915\u094d\u092f\u0964", []string{"\u0939", "\u0928", "\u0926", "\u092d", "\u0937", "\u092e", "\u0932", "\u0916", "\u0917\u092f", "\u0935", "\u0915", "\u092f"}},
		{"thai", "\u0e20\u0e32\u0e29\u0e32\u0e44\u0e17\u0e22\u0e40\u0e02\u0e35\u0e22\u0e19\u0e15\u0e34\u0e14\u0e01\u0e31\u0e19 \u0e44\u0e21\u0e48\u0e21\u0e35\u0e0a\u0e48\u0e2d\u0e07\u0e27\u0e48\u0e32\u0e07", []string{"\u0e20\u0e32\u0e29\u0e32\u0e44\u0e17\u0e22\u0e40\u0e02", "\u0e22\u0e19\u0e15", "\u0e14\u0e01", "\u0e19", "\u0e44\u0e21", "\u0e21", "\u0e0a", "\u0e2d\u0e07\u0e27", "\u0e32\u0e07"}},
		{"arabic", "\u0627\u0644\u0644\u064f\u0651\u063a\u064e\u0629\u064f \u0627\u0644\u0639\u064e\u0631\u064e\u0628\u0650\u064a\u064e\u0651\u0629 \u0661\u0662\u0663 \u0643\u0644\u0645\u0627\u062a", []string{"\u0627\u0644\u0644", "\u063a", "\u0629", "\u0627\u0644\u0639", "\u0631", "\u0628", "\u064a", "\u0629", "\u0661\u0662\u0663", "\u0643\u0644\u0645\u0627\u062a"}},
		{"chinese", "\u4e2d\u6587\u6ca1\u6709\u7a7a\u683c\uff0c\u4f46\u6709\u6807\u70b9\u3002\u7b2c\u4e8c\u53e5", []string{"\u4e2d\u6587\u6ca1\u6709\u7a7a\u683c", "\u4f46\u6709\u6807\u70b9", "\u7b2c\u4e8c\u53e5"}},
		{"numbers", "\u00bd of \u00b23 and \u216b, x_y z", []string{"\u00bd", "of", "\u00b23", "and", "\u216b", "x_y", "z"}},
		{"decomposed", "Cafe\u0301 nai\u0308ve", []string{"Cafe", "nai", "ve"}},
		{"apostrophes", "don\u2019t can't", []string{"don", "t", "can", "t"}},
		{"invisible", "zero\u200bwidth soft\u00adhyphen nb\u00a0sp", []string{"zero", "width", "soft", "hyphen", "nb", "sp"}},
		{"empty", "", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Tokens(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("Tokens(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestLower(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"turkish", "\u0130STANBUL I\u015f\u0131k", "i\u0307stanbul i\u015f\u0131k"},
		{"final-sigma", "\u039f\u0394\u039f\u03a3 \u03a3\u039f\u03a6\u039f\u03a3", "\u03bf\u03b4\u03bf\u03c2 \u03c3\u03bf\u03c6\u03bf\u03c2"},
		{"lone-sigma", "\u03a3. A\u03a3", "\u03c3. a\u03c2"},
		{"sigma-before-apostrophe", "\u0391\u03a3'\u0391 \u0391\u03a3'", "\u03b1\u03c3'\u03b1 \u03b1\u03c2'"},
		{"sigma-after-mark", "\u0391\u0301\u03a3 \u03a3\u0391", "\u03b1\u0301\u03c2 \u03c3\u03b1"},
		{"roman", "\u216b \u00c0\u00c9", "\u217b \u00e0\u00e9"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Lower(tt.in); got != tt.want {
				t.Errorf("Lower(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestLowerTokens(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"turkish", "\u0130STANBUL I\u015f\u0131k", []string{"i", "stanbul", "i\u015f\u0131k"}},
		{"final-sigma", "\u039f\u0394\u039f\u03a3 \u03a3\u039f\u03a6\u039f\u03a3", []string{"\u03bf\u03b4\u03bf\u03c2", "\u03c3\u03bf\u03c6\u03bf\u03c2"}},
		{"lone-sigma", "\u03a3. A\u03a3", []string{"\u03c3", "a\u03c2"}},
		{"sigma-before-apostrophe", "\u0391\u03a3'\u0391 \u0391\u03a3'", []string{"\u03b1\u03c3", "\u03b1", "\u03b1\u03c2"}},
		{"sigma-after-mark", "\u0391\u0301\u03a3 \u03a3\u0391", []string{"\u03b1", "\u03c2", "\u03c3\u03b1"}},
		{"roman", "\u216b \u00c0\u00c9", []string{"\u217b", "\u00e0\u00e9"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := LowerTokens(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("LowerTokens(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestCollapseSpace(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"tabs-newlines", " a\u0009\u0009b\u000a\u000ac  ", "a b c"},
		{"nbsp-and-separators", "a\u00a0\u00a0b\u001cc\u2028d\u3000e", "a b c d e"},
		{"none", "abc", "abc"},
		{"only-space", " \u000a\u0009 ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := CollapseSpace(tt.in); got != tt.want {
				t.Errorf("CollapseSpace(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
