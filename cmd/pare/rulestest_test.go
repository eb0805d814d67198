package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestRulesTestBuiltin runs the built-in rules' tests from inside pare's
// checkout, where the fixtures are found under ../../testdata.
func TestRulesTestBuiltin(t *testing.T) {
	status, out, stderr := pareRun(t, "", "rules", "test")
	if status != exitOK || !strings.Contains(out, "0 failed") {
		t.Fatalf("status %d\n%s%s", status, out, stderr)
	}
	if status, out, _ := pareRun(t, "", "rules", "test", "../../rules/publishers"); status != exitOK || !strings.Contains(out, "2 rule(s)") {
		t.Errorf("rules/publishers: status %d\n%s", status, out)
	}
}

const userRule = `name: Example News
hosts: [news.example.com]
article: "article.story"
title: "h1"
strip:
  - selector: ".promo"
    reason: related
tests:
  - page: story.html
    articles: 1
    contain: [[%s]]
    exclude: [["Read this next"]]
`

const userPage = `<html><head><title>A bridge reopens</title>
<link rel="canonical" href="https://news.example.com/2024/bridge"></head><body>
<article class="story"><h1>A bridge reopens</h1>
<p>The old river bridge reopened on Monday after two years of repairs, and the first buses crossed it at dawn.</p>
<p>Engineers replaced the deck and half of the cables, the city said, and the work came in under budget by a tenth.</p>
<div class="promo"><p>Read this next: ten bridges to walk across this summer, from the harbour to the hills.</p></div>
<p>Cyclists will have a lane of their own from next month, once the paint has dried and the signs are up.</p>
</article></body></html>`

// TestRulesTestUserDir: a user's rule beside its fixture folder passes,
// fails with the line that says why when a check fails, and fails when
// its page is missing.
func TestRulesTestUserDir(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "news.example.com", "story.html"), userPage)
	writeFile(t, filepath.Join(dir, "news.example.com.yaml"), strings.Replace(userRule, "%s", `"first buses crossed it at dawn", "a lane of their own"`, 1))
	status, out, stderr := pareRun(t, "", "rules", "test", dir)
	if status != exitOK || !strings.Contains(out, "1 rule(s), 1 test(s): 1 passed, 0 failed (0 on the generic path") {
		t.Fatalf("status %d\n%s%s", status, out, stderr)
	}
	writeFile(t, filepath.Join(dir, "news.example.com.yaml"), strings.Replace(userRule, "%s", `"first trams crossed it"`, 1))
	status, out, _ = pareRun(t, "", "rules", "test", dir)
	if status != exitFailed || !strings.Contains(out, "FAIL news.example.com.yaml: story.html") ||
		!strings.Contains(out, `article 1 lacks "first trams crossed it"`) {
		t.Errorf("a failing check: status %d\n%s", status, out)
	}
	// With a golden beside the page, a failure shows its diff.
	writeFile(t, filepath.Join(dir, "news.example.com.yaml"), strings.Replace(userRule, "%s", `"first buses crossed it at dawn"`, 1))
	if status, out, _ = pareRun(t, "", "golden", "-rules", dir, "-update", filepath.Join(dir, "news.example.com")); status != exitOK {
		t.Fatalf("golden -update: %d\n%s", status, out)
	}
	writeFile(t, filepath.Join(dir, "news.example.com", "story.html"), strings.Replace(userPage, "first buses", "first trams", 1))
	status, out, _ = pareRun(t, "", "rules", "test", dir)
	if status != exitFailed || !strings.Contains(out, "golden: ---") || !strings.Contains(out, "+The old river bridge reopened on Monday after two years of repairs, and the first trams") {
		t.Errorf("a failure with a golden: status %d\n%s", status, out)
	}
	// A page the rule names but no folder holds.
	writeFile(t, filepath.Join(dir, "news.example.com.yaml"), strings.Replace(strings.Replace(userRule, "%s", `"x"`, 1), "story.html", "gone.html", 1))
	status, out, _ = pareRun(t, "", "rules", "test", dir)
	if status != exitFailed || !strings.Contains(out, "page gone.html is in no fixture folder") {
		t.Errorf("a missing page: status %d\n%s", status, out)
	}
}

// TestRulesTestWrongHost: a test page whose URL the rule does not serve
// fails, rather than passing on the generic path unnoticed.
func TestRulesTestWrongHost(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "news.example.com", "story.html"), strings.Replace(userPage, "news.example.com", "other.example.org", 1))
	writeFile(t, filepath.Join(dir, "news.example.com.yaml"), strings.Replace(userRule, "%s", `"first buses"`, 1))
	status, out, _ := pareRun(t, "", "rules", "test", dir)
	if status != exitFailed || !strings.Contains(out, "is on none of the rule's hosts") {
		t.Errorf("status %d\n%s", status, out)
	}
	// A URL sidecar puts it right.
	writeFile(t, filepath.Join(dir, "news.example.com", "story.url"), "https://news.example.com/2024/bridge\n")
	if status, out, _ = pareRun(t, "", "rules", "test", dir); status != exitOK {
		t.Errorf("with story.url: status %d\n%s", status, out)
	}
}

func TestRulesTestUsage(t *testing.T) {
	if status, _, _ := pareRun(t, "", "rules"); status != exitUsage {
		t.Errorf("pare rules: status %d", status)
	}
	if status, _, stderr := pareRun(t, "", "rules", "test", "no-such-folder"); status != exitUsage || !strings.Contains(stderr, "no-such-folder") {
		t.Errorf("a missing folder: status %d, %q", status, stderr)
	}
	if status, _, stderr := pareRun(t, "", "rules", "test", t.TempDir()); status != exitFailed || !strings.Contains(stderr, "no rule files") {
		t.Errorf("an empty folder: status %d, %q", status, stderr)
	}
}
