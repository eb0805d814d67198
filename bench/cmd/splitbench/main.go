// Command splitbench measures how pare splits a page that holds several
// articles. It composes such pages from the ScrapingHub set (package
// compose: a same-site story inside or after another, in marked or
// unmarked markup, a placeholder slot for one, three stories of which
// one is another site's, and a teaser list after a story), runs pare on
// each with the publisher rules off, and scores the articles it yields
// against the truth of each: every figure per kind and variant, on all
// pages and on each half (tune, check), beside the targets of issue 9.
//
//	go run ./cmd/splitbench                              # every kind
//	go run ./cmd/splitbench -kinds placeholder           # one kind
//	go run ./cmd/splitbench -kinds after,reverse -worst 10
//	go run ./cmd/splitbench -json split.json some-page.html  # and a mixed trafilatura page
//	go run ./cmd/splitbench -dump /tmp/split                 # the composed pages, for pare -explain
//
// It also reports pare's article count on the ScrapingHub pages as they
// are (each holds one article) and the articles it finds on a few real
// mixed pages of the trafilatura set, which have no truth to score.
//
// Files, in run order: run.go (flags, the passes), extract.go (pare over
// many pages), score.go (matching and per-page figures), report.go
// (tables), causes.go (failure causes and -worst), util.go (small
// helpers).
package main

import (
	"fmt"
	"os"
)

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "splitbench:", err)
		os.Exit(1)
	}
}
