// Package golden is pare's golden text format: a Result written as
// stable text (txtar) so that a change to any article, rendering or
// removal shows in review as a diff. pare's own tests (extract's
// TestGolden) and the CLI's `pare golden` share this one definition, so a
// golden written by either is read by the other.
//
// A golden is a txtar archive: a header of page facts (url, encoding,
// article count, the reason when there is none); per article its sorted
// metadata, then its text, HTML and Markdown renderings; last, what was
// removed and why. Where the run without publisher rules differs, the
// sections that differ follow, renamed with ", rules off" (see Combine).
package golden

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/pare-dev/pare/extract"
	"github.com/pmezard/go-difflib/difflib"
	"golang.org/x/tools/txtar"
)

// RulesOffSuffix names the sections of the rules-off run that differ
// from the run with rules (see Combine).
const RulesOffSuffix = ", rules off"

// Format writes a result as golden text: the articles with all their
// renderings, then the removals.
func Format(res *extract.Result) string {
	return Articles(res) + Removed("removed", res)
}

// Combine is the golden of a page run with rules (res) and without
// (off): Format(res), then every section of Format(off) that differs,
// renamed with RulesOffSuffix. When both runs agree it is Format(res).
func Combine(res, off *extract.Result) string {
	got := Format(res)
	return got + Differing(got, Format(off), RulesOffSuffix)
}

// Articles is the golden without the removals, and without the
// renderings named in skip ("text", "html", "markdown").
func Articles(res *extract.Result, skip ...string) string {
	var hdr strings.Builder
	fmt.Fprintf(&hdr, "url: %s\nencoding: %s\narticles: %d\n", res.URL, res.Encoding, len(res.Articles))
	if !res.Reason.IsZero() {
		fmt.Fprintf(&hdr, "reason: %s: %s\n", res.Reason.Kind, res.Reason)
	}
	ar := &txtar.Archive{Comment: []byte(hdr.String())}
	for i, a := range res.Articles {
		meta := map[string]string{
			"title": a.Title, "byline": a.Byline, "authors": strings.Join(a.Authors, "; "),
			"published": dateLine(a.Published), "modified": dateLine(a.Modified),
			"url": a.URL, "site": a.SiteName, "lang": a.Language,
			"image": a.Image, "tags": strings.Join(a.Tags, "; "), "categories": strings.Join(a.Categories, "; "),
			"organizations": strings.Join(a.Organizations, "; "),
		}
		if a.Appended {
			meta["appended"] = "true"
		}
		if a.NotArticle {
			meta["not-article"] = "true"
		}
		for j, s := range a.Summary {
			meta[fmt.Sprintf("summary.%d", j+1)] = s
		}
		keys := make([]string, 0, len(meta))
		for k, v := range meta {
			if v != "" {
				keys = append(keys, k)
			}
		}
		sort.Strings(keys)
		var m strings.Builder
		for _, k := range keys {
			fmt.Fprintf(&m, "%s: %s\n", k, meta[k])
		}
		ar.Files = append(ar.Files, txtar.File{Name: fmt.Sprintf("article %d", i+1), Data: []byte(m.String())})
		for _, r := range []struct{ name, text string }{{"text", a.Text}, {"html", a.HTML}, {"markdown", a.Markdown}} {
			if !slices.Contains(skip, r.name) {
				ar.Files = append(ar.Files, txtar.File{Name: fmt.Sprintf("article %d %s", i+1, r.name), Data: []byte(r.text + "\n")})
			}
		}
	}
	return string(txtar.Format(ar))
}

// Removed is a txtar file named name listing res.Removed, one removal a
// line in page order: reason, what recognised it, the text.
func Removed(name string, res *extract.Result) string {
	var b strings.Builder
	for _, r := range res.Removed {
		fmt.Fprintf(&b, "%s [%s] %q\n", r.Reason, r.By, r.Text)
	}
	return string(txtar.Format(&txtar.Archive{Files: []txtar.File{{Name: name, Data: []byte(b.String())}}}))
}

// Differing returns the sections of other whose content differs from the
// section of the same name in base (or that base lacks), each renamed
// with suffix; "" when there are none.
func Differing(base, other, suffix string) string {
	in := map[string]string{}
	for _, f := range txtar.Parse([]byte(base)).Files {
		in[f.Name] = string(f.Data)
	}
	out := &txtar.Archive{}
	for _, f := range txtar.Parse([]byte(other)).Files {
		if d, ok := in[f.Name]; !ok || d != string(f.Data) {
			out.Files = append(out.Files, txtar.File{Name: f.Name + suffix, Data: f.Data})
		}
	}
	return string(txtar.Format(out))
}

// Diff is a unified diff from a to b with two lines of context, "" when
// they are equal.
func Diff(a, b, nameA, nameB string) string {
	diff, _ := difflib.GetUnifiedDiffString(difflib.UnifiedDiff{
		A: difflib.SplitLines(a), B: difflib.SplitLines(b), FromFile: nameA, ToFile: nameB, Context: 2,
	})
	return diff
}

// dateLine writes a date as its time in RFC 3339 ("?" when unparsed) and
// the text it came from.
func dateLine(d extract.Date) string {
	if d.IsZero() {
		return ""
	}
	ts := "?"
	if !d.Time.IsZero() {
		ts = d.ISO()
	}
	return fmt.Sprintf("%s (%s)", ts, d.Text)
}
