package main

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// TestExplainHTMLScreenshot renders a report in headless Chromium and
// finds the outlines in the screenshot: long straight runs of the kept
// and the removed colours, and the article boundary's bar (the legend's
// glyphs are too short to count).
// .ci/run installs Debian's chromium package; without it the test skips.
func TestExplainHTMLScreenshot(t *testing.T) {
	browser := findChromium()
	if browser == "" {
		t.Skip("no chromium on PATH (.ci/run installs Debian's chromium package)")
	}
	dir := t.TempDir()
	report := filepath.Join(dir, "report.html")
	// A page of sane layout (the publisher fixtures' style sheets are
	// generated, and lay their articles out far below the fold).
	if status, _, stderr := pareRun(t, "", "-explain-html", report, "../../testdata/generic/captions.html"); status != exitOK {
		t.Fatalf("status %d: %s", status, stderr)
	}
	shot := filepath.Join(dir, "shot.png")
	// The deadline guards against a browser that hangs; it asserts nothing.
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
		"--user-data-dir="+filepath.Join(dir, "profile"), "--screenshot="+shot, "--window-size=1200,3000", "file://"+report)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%s: %v\n%s", browser, err, out)
	}
	f, err := os.Open(shot)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	// An outline's sides are vertical runs taller than a label (15
	// pixels) is; the boundary is a horizontal bar as wide as the page.
	for _, c := range []struct {
		name     string
		hex      string
		length   int
		vertical bool
		min      int
	}{{"kept", keptColour, 30, true, 10}, {"removed", removedColour, 30, true, 4}, {"boundary", boundaryColour, 600, false, 1}} {
		if n := colourRuns(img, parseHex(c.hex), c.length, c.vertical); n < c.min {
			t.Errorf("%d runs of the %s colour %s in the screenshot, want at least %d: the outlines are not drawn", n, c.name, c.hex, c.min)
		}
	}
}

func findChromium() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// colourRuns counts runs of at least min pixels of colour want (within
// a small tolerance for colour management), vertical ones or horizontal.
func colourRuns(img image.Image, want color.RGBA, min int, vertical bool) int {
	b := img.Bounds()
	near := func(x, y int) bool {
		if vertical {
			x, y = y, x
		}
		r, g, bl, _ := img.At(x, y).RGBA()
		d := func(a uint32, w uint8) bool { v := int(a>>8) - int(w); return v >= -6 && v <= 6 }
		return d(r, want.R) && d(g, want.G) && d(bl, want.B)
	}
	outer, inner := [2]int{b.Min.Y, b.Max.Y}, [2]int{b.Min.X, b.Max.X}
	if vertical {
		outer, inner = inner, outer
	}
	runs := 0
	for o := outer[0]; o < outer[1]; o++ {
		n := 0
		for i := inner[0]; i <= inner[1]; i++ {
			if i < inner[1] && near(i, o) {
				n++
				continue
			}
			if n >= min {
				runs++
			}
			n = 0
		}
	}
	return runs
}

func parseHex(s string) color.RGBA {
	var c [3]uint8
	for i := range c {
		for _, ch := range s[1+2*i : 3+2*i] {
			c[i] = c[i]*16 + uint8(strings.IndexRune("0123456789abcdef", ch))
		}
	}
	return color.RGBA{c[0], c[1], c[2], 255}
}

// hostilePage tries every way a saved page has to run script in a
// report: script elements (also in SVG), event handlers, javascript:
// URLs, a comment that closes <noscript> early, frames, srcdoc, a meta
// refresh, a base URL, forged report labels.
const hostilePage = `<!DOCTYPE html><html><head>
<meta http-equiv="refresh" content="0;url=javascript:alert(1)"><base href="javascript:alert(2)//">
<link rel="stylesheet" href="https://evil.example/x.css"><script>alert(3)</script>
<link rel="canonical" href="https://news.example.org/story"></head>
<body onload="alert(4)">
<noscript><!-- </noscript><script>alert(5)</script> --></noscript>
<article><h1>A quiet street</h1>
<p onclick="alert(6)">The street has been quiet for a week now, the neighbours say, since the works ended and the trucks left.</p>
<p>Children play outside again, and the café on the corner has put its chairs back out on the pavement in the sun.</p>
<p data-pare-label="forged">The council says the new surface should last twenty years, and it has planted six trees along it.</p>
<a href="javascript:alert(7)">x</a><a href="JaVaScRiPt&#x3a;alert(8)">y</a>
<svg><script>alert(9)</script><a xlink:href="javascript:alert(10)"><text>z</text></a><animate attributeName="href" values="javascript:alert(11)"/></svg>
<iframe srcdoc="<script>alert(12)</script>"></iframe><object data="javascript:alert(13)"></object><embed src="x.swf">
<img src="x" onerror="alert(14)"><img src="javascript:alert(15)"><form action="javascript:alert(16)"><button formaction="javascript:alert(17)">b</button></form>
<div style="background:url(javascript:alert(18))">s</div><math><mi xlink:href="javascript:alert(19)">m</mi></math>
</article></body></html>`

// TestExplainHTMLSafe parses a report of a hostile page as a browser
// would and finds nothing that runs or loads: no script element, no event
// handler, no URL but http(s) links and data: images, and the CSP first
// in <head>.
func TestExplainHTMLSafe(t *testing.T) {
	dir := t.TempDir()
	page, report := filepath.Join(dir, "page.html"), filepath.Join(dir, "report.html")
	writeFile(t, page, hostilePage)
	if status, _, stderr := pareRun(t, "", "-explain-html", report, page); status != exitOK {
		t.Fatalf("status %d: %s", status, stderr)
	}
	text := readFile(t, report)
	for _, h := range reportHazards(text) {
		t.Error(h)
	}
	if strings.Contains(text, `data-pare-label="forged"`) {
		t.Error("the page's own data-pare-label survives")
	}
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	var firstHeadChild *html.Node
	if head := findElement(doc, "head"); head != nil {
		firstHeadChild = head.FirstChild
	}
	if firstHeadChild == nil || firstHeadChild.Data != "meta" || !strings.Contains(text, "script-src &#39;none&#39;") {
		t.Error("the report's <head> does not open with its charset and CSP")
	}
	if !strings.Contains(text, `data-pare-kept="1"`) || !strings.Contains(text, "The council says") {
		t.Error("the article is not in the report, outlined")
	}
}

// reportHazards parses a report as a browser does (scripting on) and
// lists what in it could run or load: a script, frame, object, embed,
// base or SVG animation element, an event handler, a URL attribute that
// is not http(s) or a data: image, text that a raw-text <noscript>
// swallowed, and a report without its CSP first in <head>.
func reportHazards(text string) []string {
	doc, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return []string{err.Error()}
	}
	var out []string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch strings.ToLower(n.Data) {
			case "script", "iframe", "object", "embed", "base", "frame", "frameset", "animate", "set", "link":
				out = append(out, "the report holds a <"+n.Data+">")
			case "noscript":
				if n.FirstChild != nil {
					out = append(out, "a raw-text <noscript> with content")
				}
			}
			for _, a := range n.Attr {
				key, val := strings.ToLower(a.Key), strings.ToLower(strings.Join(strings.Fields(a.Val), ""))
				switch {
				case strings.HasPrefix(key, "on"):
					out = append(out, "<"+n.Data+" "+a.Key+"=…>")
				case urlAttrs[key] || a.Namespace == "xlink":
					if !strings.HasPrefix(val, "http://") && !strings.HasPrefix(val, "https://") && !strings.HasPrefix(val, "data:image/") {
						out = append(out, "<"+n.Data+" "+a.Key+"="+a.Val+">")
					}
				case strings.Contains(val, "javascript:"):
					out = append(out, "<"+n.Data+" "+a.Key+"="+a.Val+">")
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	head := findElement(doc, "head")
	if head == nil || head.FirstChild == nil || head.FirstChild.NextSibling == nil || getAttr(head.FirstChild.NextSibling, "http-equiv") != "Content-Security-Policy" {
		out = append(out, "the report's <head> does not open with its charset and CSP")
	}
	return out
}

func findElement(n *html.Node, name string) *html.Node {
	if n.Type == html.ElementNode && n.Data == name {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findElement(c, name); f != nil {
			return f
		}
	}
	return nil
}

// FuzzExplainHTML writes a report of the fuzzed page and holds it to
// reportHazards: whatever the page, the report runs and loads nothing.
func FuzzExplainHTML(f *testing.F) {
	f.Add([]byte(hostilePage))
	f.Add([]byte("<svg><style><img src=x onerror=alert(1)></style></svg><math><mtext><table><mglyph><style><img src=x onerror=alert(2)>"))
	f.Add([]byte("<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"))
	f.Fuzz(func(t *testing.T, page []byte) {
		dir := t.TempDir()
		file, report := filepath.Join(dir, "page.html"), filepath.Join(dir, "report.html")
		if err := os.WriteFile(file, page, 0o644); err != nil {
			t.Fatal(err)
		}
		status, _, stderr := pareRun(t, "", "-no-rules", "-explain-html", report, file)
		if status != exitOK {
			if status == exitFailed {
				return // not HTML, too large: no report
			}
			t.Fatalf("status %d: %s", status, stderr)
		}
		for _, h := range reportHazards(readFile(t, report)) {
			t.Error(h)
		}
	})
}

// TestExplainHTMLUsage: one page only; an empty page still gets a report.
func TestExplainHTMLUsage(t *testing.T) {
	dir := t.TempDir()
	if status, _, _ := pareRun(t, "", "-explain-html", filepath.Join(dir, "r.html"), cityNews, arabNews); status != exitUsage {
		t.Errorf("two pages: status %d", status)
	}
	report := filepath.Join(dir, "empty.html")
	if status, _, stderr := pareRun(t, "  ", "-explain-html", report, "-"); status != exitOK {
		t.Fatalf("empty page: status %d: %s", status, stderr)
	}
	if r := readFile(t, report); !strings.Contains(r, "No article: empty") {
		t.Errorf("the empty page's report lacks the reason:\n%s", r)
	}
}

// TestExplainHTMLLabels checks the marks on a publisher's page: kept
// blocks carry their article, the rule's strips their reason and the
// strip entry, the headline its field and the selector a rule would use, and the second article of a split page its boundary with
// the evidence.
func TestExplainHTMLLabels(t *testing.T) {
	dir := t.TempDir()
	report := filepath.Join(dir, "r.html")
	if status, _, stderr := pareRun(t, "", "-explain-html", report, cityNews); status != exitOK {
		t.Fatalf("status %d: %s", status, stderr)
	}
	r := readFile(t, report)
	for _, want := range []string{`data-pare-kept="1"`, `data-pare-removed="ad"`, "removed: ad (rule CityNews strip[2] .ad)", "article 1: Blinken arrives in Seoul",
		`data-pare-meta="title"`, "article 1 title · h1.article-title", "article 1 starts · body in "} {
		if !strings.Contains(r, want) {
			t.Errorf("the report lacks %q", want)
		}
	}
	if status, _, stderr := pareRun(t, "", "-no-rules", "-explain-html", report, arabNews); status != exitOK {
		t.Fatalf("status %d: %s", status, stderr)
	}
	r = readFile(t, report)
	if !strings.Contains(r, `data-pare-kept="2"`) || !strings.Contains(r, "article 2 starts (appended): split on ") {
		t.Errorf("the split page's report lacks the second article or its boundary")
	}
}

// TestExplainHTMLInlines: a page saved "complete" keeps its style sheet
// and images beside it; the report carries them inline (the sheet
// defused of a "</style>" that would end it early), and never a file
// outside the page's folder.
func TestExplainHTMLInlines(t *testing.T) {
	dir := t.TempDir()
	var pngData bytes.Buffer
	img := image.NewRGBA(image.Rect(0, 0, 2, 2))
	if err := png.Encode(&pngData, img); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "secret.css"), "p { --secret: outside-the-folder }")
	writeFile(t, filepath.Join(dir, "site", "page_files", "site.css"), "body { --marker: inlined-sheet } </style><script>alert(1)</script>")
	writeFile(t, filepath.Join(dir, "site", "page_files", "pic.png"), pngData.String())
	page := strings.Replace(readFile(t, "../../testdata/generic/blog-post.html"), "</head>",
		`<link rel="stylesheet" href="page_files/site.css"><link rel="stylesheet" href="../secret.css"><link rel="stylesheet" href="https://cdn.example/x.css"></head>`, 1)
	page = strings.Replace(page, "<p>", `<p><img src="page_files/pic.png" alt="pic"><img src="../secret.css">`, 1)
	writeFile(t, filepath.Join(dir, "site", "page.html"), page)
	report := filepath.Join(dir, "report.html")
	if status, _, stderr := pareRun(t, "", "-explain-html", report, filepath.Join(dir, "site", "page.html")); status != exitOK {
		t.Fatalf("status %d: %s", status, stderr)
	}
	r := readFile(t, report)
	if !strings.Contains(r, "--marker: inlined-sheet") || !strings.Contains(r, `src="data:image/png;base64,`) {
		t.Error("the local style sheet or image is not inlined")
	}
	if strings.Contains(r, "outside-the-folder") || strings.Contains(r, "cdn.example") {
		t.Error("the report holds a file from outside the page's folder, or a remote sheet")
	}
	for _, h := range reportHazards(r) {
		t.Error(h)
	}
}
