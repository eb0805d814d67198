package extract

import (
	"reflect"
	"testing"
)

// TestBylineParts: what markup runs into a byline comes off, job titles
// are no people, agencies are organisations.
func TestBylineParts(t *testing.T) {
	tests := []struct {
		in           string
		people, orgs []string
	}{
		{"ByShivya Nath", []string{"Shivya Nath"}, nil},
		{"ByJ.R. Stone", []string{"J.R. Stone"}, nil},
		{"Matthew Richardson ⋅ Review Editor ⋅", []string{"Matthew Richardson"}, nil},
		{"Jill Barshay August 25, 2025August 29, 2025", []string{"Jill Barshay"}, nil},
		{"John Scalzi 59 Comments", []string{"John Scalzi"}, nil},
		{"Aaron Ricadela, Senior Writer", []string{"Aaron Ricadela"}, nil},
		{"Greg Beacham, AP Sports Writer", []string{"Greg Beacham"}, nil},
		{"Ana Ruiz, Island Courier Staff Writer", []string{"Ana Ruiz"}, nil},
		{"Sean Peek, Senior AnalystUpdated Sep 17, 2025", []string{"Sean Peek"}, nil},
		{"Mateusz HabernyFounder at Oakywood", []string{"Mateusz Haberny"}, nil},
		{"Chris McNamara ⋅ Founder", []string{"Chris McNamara"}, nil},
		{"Shelby Loos, DVM. Reviewed", []string{"Shelby Loos", "DVM"}, nil},
		{"Matthew Lee, The Associated Press", []string{"Matthew Lee"}, []string{"The Associated Press"}},
		{"Ana Ruiz and Bo Li", []string{"Ana Ruiz", "Bo Li"}, nil},
		{"April Jones", []string{"April Jones"}, nil},
		{"June 5, 2024", nil, nil},
		{"Martin Jendrischik On", []string{"Martin Jendrischik"}, nil},
		{"Lars Sobiraj Lesezeit", []string{"Lars Sobiraj"}, nil},
		{"Ingo Arzt Redakteur für Wirtschaft und Umwelt", []string{"Ingo Arzt"}, nil},
		{"PhillyVoice Staff", nil, []string{"PhillyVoice Staff"}},
		{"AnthonyJanuary 5, 2024", []string{"Anthony"}, nil},
		{"admin", nil, nil},
		{"Dr Marna van der Merwe, Dr Dieter Veldsman, Erik van Vulpen", []string{"Dr Marna van der Merwe", "Dr Dieter Veldsman", "Erik van Vulpen"}, nil},
		{"Uta Staschewski, Projektleiterin der HSS in Tunesien", []string{"Uta Staschewski"}, nil},
		{"Ana Ruiz, head of news of the city desk", []string{"Ana Ruiz"}, nil},
		{"Eric Levitz@EricLevitz", []string{"Eric Levitz"}, nil},
		{"Veröffentlicht vonChris Jung", []string{"Chris Jung"}, nil},
		{"Williams Perdomo @wperdomod", []string{"Williams Perdomo"}, nil},
		{"Katharina Schmidt Kategorien: Mode 6. November 2023, 15:25 Uhr", []string{"Katharina Schmidt"}, nil},
		// A job title before the name goes too; one word after it is
		// no name to leave.
		{"FOCUS-Online-Experte Robin Tschöpe", []string{"Robin Tschöpe"}, nil},
		{"Senior Editor Ana Ruiz", []string{"Ana Ruiz"}, nil},
		{"Editor Ana", nil, nil},
	}
	for _, tc := range tests {
		people, orgs := bylineParts(cleanByline(tc.in))
		if !reflect.DeepEqual(people, tc.people) || !reflect.DeepEqual(orgs, tc.orgs) {
			t.Errorf("%q: people %q, orgs %q; want %q, %q", tc.in, people, orgs, tc.people, tc.orgs)
		}
	}
}

// TestParseDateForms: precision, zone and the forms of issue 10, read
// alone (TestArticleDates reads them in pages).
func TestParseDateForms(t *testing.T) {
	tests := []struct {
		in    string
		order dateOrder
		iso   string
	}{
		{"23.07.2025", orderUnknown, "2025-07-23"},
		{"April 2025", orderUnknown, "2025-04"},
		{"June 29, 2020 November 12, 2021", orderUnknown, ""},
		{"2020-06-29 2021-11-12", orderUnknown, ""},
		{"03/04/2024", orderUnknown, ""},
		{"03/04/2024", dayFirst, "2024-04-03"},
		{"03/04/2024", monthFirst, "2024-03-04"},
		{"19/11/2019", orderUnknown, "2019-11-19"},
		{"11/19/19", orderUnknown, "2019-11-19"},
		{"2024-03-05", orderUnknown, "2024-03-05"},
		{"2024-03-05T10:00:00", orderUnknown, "2024-03-05T10:00:00"},
		{"2024-03-05T10:00:00Z", orderUnknown, "2024-03-05T10:00:00Z"},
		{"2024-03-05T10:00:00+02:00", orderUnknown, "2024-03-05T10:00:00+02:00"},
		{"5 March 2024 10:22", orderUnknown, "2024-03-05T10:22"},
		{"Tuesday 5 March 2024 10:22 GMT", orderUnknown, "2024-03-05T10:22Z"},
		{"Nov 8, 2023 11:53 pm", orderUnknown, "2023-11-08T23:53"},
		{"3 hours ago", monthFirst, ""},
		{"2024年4月15日 18時30分", orderUnknown, "2024-04-15T18:30"},
	}
	for _, tc := range tests {
		if got := (dateContext{order: tc.order}).parse(tc.in).ISO(); got != tc.iso {
			t.Errorf("%q (order %d): %q; want %q", tc.in, tc.order, got, tc.iso)
		}
	}
}
