package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/pare-dev/pare/bench/datasets"
	"github.com/pare-dev/pare/rules"
)

// siteEffect counts what site configs did to body F1, against pare's
// generic run (extractor pare) on the same pages: a page is helped or
// hurt when its F1 moves by more than siteEffectMargin. noMatch counts
// the pages whose site config has body lines of which none found
// anything on the page (saved with the markup of another day).
type siteEffect struct {
	pages, helped, hurt, noMatch int
	delta                        float64 // summed F1 change
}

// siteEffectMargin is how far a page's F1 must move to count as helped
// or hurt.
const siteEffectMargin = 0.01

func (e *siteEffect) add(base, sc Record) {
	e.pages++
	d := sc.F1 - base.F1
	e.delta += d
	switch {
	case d > siteEffectMargin:
		e.helped++
	case d < -siteEffectMargin:
		e.hurt++
	}
	if strings.Contains(sc.RuleNote, "matched nothing") {
		e.noMatch++
	}
}

// siteEffectKey groups the effects: a set (or "all"), a half, and
// whether the page's host has a site config of its own or got
// global.txt alone.
type siteEffectKey struct {
	set, half string
	global    bool
}

// siteEffects pairs every pare-siteconfig record with pare's record of
// the same page and adds it to its set's and the total's effects, for
// all pages and for the page's half. Pages no site config served (none
// when the collection has a global.txt) are left out.
func siteEffects(recs []Record) map[siteEffectKey]*siteEffect {
	base := map[[2]string]Record{}
	for _, r := range recs {
		if r.Extractor == "pare" {
			base[[2]string{r.Set, r.ID}] = r
		}
	}
	out := map[siteEffectKey]*siteEffect{}
	for _, r := range recs {
		b, ok := base[[2]string{r.Set, r.ID}]
		if r.Extractor != "pare-siteconfig" || !ok || r.Rule == "" {
			continue
		}
		global := r.Rule == rules.GlobalSiteConfig
		for _, set := range []string{r.Set, "all"} {
			for _, half := range []string{string(datasets.All), r.Half} {
				k := siteEffectKey{set, half, global}
				if out[k] == nil {
					out[k] = &siteEffect{}
				}
				out[k].add(b, r)
			}
		}
	}
	return out
}

// printSiteConfigEffect prints, when both pare and pare-siteconfig ran,
// what the site configs did on the hosts that have one, and what
// global.txt alone did on the others.
func printSiteConfigEffect(w io.Writer, recs []Record, sets []string) {
	effects := siteEffects(recs)
	if len(effects) == 0 {
		return
	}
	fmt.Fprintf(w, "\nsite configs (pare-siteconfig against pare, body F1 moved by more than %.2f):\n", siteEffectMargin)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "set\thalf\tserved by\tpages\thelped\thurt\tbody found nothing\tmean ΔF1\t")
	for _, set := range append(sets, "all") {
		for _, global := range []bool{false, true} {
			for _, h := range halves {
				e := effects[siteEffectKey{set, string(h), global}]
				if e == nil {
					continue
				}
				by := "own site config"
				if global {
					by = rules.GlobalSiteConfig + " alone"
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%d\t%d\t%d\t%+.4f\t\n", set, h, by, e.pages, e.helped, e.hurt, e.noMatch, e.delta/float64(e.pages))
			}
		}
	}
	tw.Flush()
}
