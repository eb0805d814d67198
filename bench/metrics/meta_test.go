package metrics

import (
	"encoding/json"
	"slices"
	"testing"
)

func TestMatchTitle(t *testing.T) {
	tests := []struct {
		name, label, got string
		want             Match
	}{
		{"same", "Hund vertreibt Einbrecher", "Hund vertreibt Einbrecher", Right},
		{"case and space", "Energy  Rising", "energy rising\n", Right},
		{"dash", "Hund vertreibt Einbrecher – Zeugenaufruf", "Hund vertreibt Einbrecher - Zeugenaufruf", Right},
		{"em dash", "A—B", "A-B", Right},
		{"curly apostrophe", "Here's all we know", "Here’s all we know", Right},
		{"quotes around", "„Es bricht eine andere Zeit an“", "\"Es bricht eine andere Zeit an\"", Right},
		{"guillemets and trailing space", "«Wir waren fast 40 Tage in Quarantäne» ", "Wir waren fast 40 Tage in Quarantäne", Right},
		{"inner quotes kept", `Barisic: "Dann hau' ich mein Handy zam"`, `Barisic: „Dann hau’ ich mein Handy zam“`, Right},
		{"nfkc full width", "ＡＢＣ news", "ABC news", Right},
		{"nfkc ellipsis", "Wait…what", "Wait...what", Right},
		{"closing stop", "The end.", "The end", Right},
		{"site name kept", "Viva Magenta", "Viva Magenta | DecoHome", Wrong},
		{"other words", "Viva Magenta", "Viva Magenta 2023", Wrong},
		{"empty output", "Viva Magenta", "  ", Empty},
		{"only punctuation", "Viva Magenta", "«»", Empty},
		{"no label", "", "Viva Magenta", Unlabelled},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := MatchTitle(tt.label, tt.got); got != tt.want {
				t.Errorf("MatchTitle(%q, %q) = %s, want %s (%q vs %q)", tt.label, tt.got, got, tt.want, NormTitle(tt.label), NormTitle(tt.got))
			}
		})
	}
}

func TestAuthorNames(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Jane Doe", []string{"jane doe"}},
		{"By Jane Doe", []string{"jane doe"}},
		{"by: Jane  Doe.", []string{"jane doe"}},
		{"Von Max Muster und Erika Mustermann", []string{"erika mustermann", "max muster"}},
		{"Léa Dupont et Paul Martin", []string{"léa dupont", "paul martin"}},
		{"Ana Pérez y Luis Gómez", []string{"ana pérez", "luis gómez"}},
		{"Rui Ma, Heba Ledwon, Manoel Cortes Mendez & Suparn Patra", []string{"heba ledwon", "manoel cortes mendez", "rui ma", "suparn patra"}},
		{"Thomas Broderick, Nalea Ko, and ACO Rankings Team", []string{"aco rankings team", "nalea ko", "thomas broderick"}},
		{"Ellen Lindell, VMD; Monique Feyrecilde", []string{"ellen lindell", "monique feyrecilde", "vmd"}},
		{"Byron Sandy", []string{"byron sandy"}},         // "by" only as a word of its own
		{"Andrea Anderson", []string{"andrea anderson"}}, // "and" only as a word of its own
		{"By", []string{"by"}},                           // nothing after the lead word
		{"Jane Doe, jane doe", []string{"jane doe"}},     // a set
		{"  ,  ; ", nil},
	}
	for _, tt := range tests {
		if got := AuthorNames(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("AuthorNames(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMatchAuthors(t *testing.T) {
	tests := []struct {
		name, label, got string
		want             Match
	}{
		{"same", "Julia Lauter", "Julia Lauter", Right},
		{"byline word", "Julia Lauter", "Von Julia Lauter", Right},
		{"order", "Chen Zhao, Daryl Fairweather", "Daryl Fairweather and Chen Zhao", Right},
		{"one missing", "Chen Zhao, Daryl Fairweather", "Chen Zhao", Wrong},
		{"one more", "Chen Zhao", "Chen Zhao, Staff", Wrong},
		{"credential dropped", "Jillian Kubala, MS, RD", "Jillian Kubala", Wrong},
		{"empty", "Chen Zhao", "", Empty},
		{"no label", "", "Chen Zhao", Unlabelled},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := MatchAuthors(tt.label, tt.got); got != tt.want {
				t.Errorf("MatchAuthors(%q, %q) = %s, want %s", tt.label, tt.got, got, tt.want)
			}
		})
	}
}

func TestDay(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"2024-03-05", "2024-03-05", true},
		{"2024-3-5", "2024-03-05", true},
		{"2024-03-05T10:00:00+02:00", "2024-03-05", true},
		{"2024-03-05T23:30:00-05:00", "2024-03-05", true}, // the 6th in UTC
		{"2024-03-05T01:00:00Z", "2024-03-05", true},
		{"2024-03-05 10:00", "2024-03-05", true},
		{"2024/03/05", "2024-03-05", true},
		{"2019-05.17", "2019-05-17", true},
		{"2015-11", "2015-11", true},
		{"Tue, 05 Mar 2024 23:30:00 -0500", "2024-03-05", true},
		{"March 5, 2024", "2024-03-05", true},
		{"5 March 2024", "2024-03-05", true},
		{"05.03.2024", "2024-03-05", true},
		{"2024-02-30", "", false},
		{"2015-13", "", false},
		{"20240305", "", false},
		{"yesterday", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		got, ok := Day(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Day(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestMatchDay(t *testing.T) {
	tests := []struct {
		name, label, got string
		want             Match
	}{
		{"same day", "2024-03-05", "2024-03-05T10:00:00+02:00", Right},
		{"own zone, not UTC", "2024-03-05", "2024-03-05T23:30:00-05:00", Right},
		{"next day", "2024-03-05", "2024-03-06T00:10:00+01:00", Wrong},
		{"month label", "2015-11", "2015-11-20", Right},
		{"month label, other month", "2015-11", "2015-12-01", Wrong},
		{"month output for a day label", "2015-11-20", "2015-11", Wrong},
		{"text output", "2024-03-05", "March 5, 2024", Right},
		{"unreadable output", "2024-03-05", "last Tuesday", Wrong},
		{"empty", "2024-03-05", " ", Empty},
		{"no label", "", "2024-03-05", Unlabelled},
		{"unreadable label", "sometime", "2024-03-05", Unlabelled},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := MatchDay(tt.label, tt.got); got != tt.want {
				t.Errorf("MatchDay(%q, %q) = %s, want %s", tt.label, tt.got, got, tt.want)
			}
		})
	}
}

func TestMatchJSON(t *testing.T) {
	for _, m := range []Match{Unlabelled, Empty, Wrong, Right} {
		b, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		var back Match
		if err := json.Unmarshal(b, &back); err != nil || back != m {
			t.Errorf("%s: %s read back as %s, %v", m, b, back, err)
		}
	}
	var m Match
	if err := json.Unmarshal([]byte(`"maybe"`), &m); err == nil {
		t.Error(`"maybe": no error`)
	}
}

func TestReadList(t *testing.T) {
	got := readList("# header\nby\n\n  von  # trailing comment\n#only\n")
	if !slices.Equal(got, []string{"by", "von"}) {
		t.Errorf("readList = %q", got)
	}
	if len(bylineLeads) == 0 || len(nameJoins) == 0 {
		t.Error("embedded lists not loaded")
	}
}
