package main

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The report shows the page's own markup, so it must defuse it: a saved
// page is written by whoever served it. Three layers, each enough alone
// for scripts:
//
//  1. reportCSP, a Content-Security-Policy in the report's first <meta>,
//     allows no script, no frame, no plugin, no form submission, and no
//     fetch at all but data: images and fonts: the report opens offline
//     and tells no server it was opened;
//  2. defuse removes every element that runs or loads something (script,
//     iframe, object, embed, base, link, meta, frames), every event
//     handler attribute, every URL attribute that is not plain http(s)
//     or a data: image, and every comment (a comment inside <noscript> is
//     the classic way to smuggle a script past a sanitiser);
//  3. elements whose content browsers parse as raw text when scripting is
//     on (noscript, xmp, plaintext, noembed) become ordinary elements, so
//     the text serialised into them cannot close them early.
//
// Styles stay: <style> elements and style attributes, which is how the
// page keeps its look, with the local style sheets and images of a page
// saved "complete" inlined first (explaininline.go); the CSP keeps their
// url()s from fetching.
const reportCSP = "default-src 'none'; script-src 'none'; object-src 'none'; frame-src 'none'; " +
	"form-action 'none'; base-uri 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'"

// dropped are the elements removed with their content.
var dropped = map[string]bool{
	"script": true, "iframe": true, "frame": true, "frameset": true, "object": true, "embed": true,
	"applet": true, "base": true, "link": true, "meta": true, "portal": true, "fencedframe": true,
	"template": true, "title": true, "animate": true, "set": true, "animatemotion": true,
	"animatetransform": true, "handler": true, "listener": true,
}

// rawText are the elements whose content a browser with scripting on
// reads as raw text; they become divs or pres.
var rawText = map[string]atom.Atom{"noscript": atom.Div, "noembed": atom.Div, "noframes": atom.Div, "xmp": atom.Pre, "plaintext": atom.Pre}

// urlAttrs are attributes holding a URL the browser may follow or load.
var urlAttrs = map[string]bool{
	"href": true, "src": true, "action": true, "formaction": true, "data": true, "poster": true,
	"background": true, "cite": true, "longdesc": true, "srcset": true, "ping": true, "codebase": true,
	"manifest": true, "lowsrc": true, "dynsrc": true, "archive": true, "srcdoc": true,
	"usemap": true, "icon": true, "profile": true, "classid": true, "imagesrcset": true, "attributename": true,
	"values": true, "from": true, "to": true, "by": true,
}

// defuse makes the copy of the page safe to open, as described above. It
// also drops the page's own data-pare-* attributes, which would forge the
// report's labels.
func defuse(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		switch {
		case c.Type == html.CommentNode, c.Type == html.ElementNode && dropped[strings.ToLower(c.Data)]:
			n.RemoveChild(c)
		case c.Type == html.ElementNode:
			if a, ok := rawText[strings.ToLower(c.Data)]; ok && c.Namespace == "" {
				c.DataAtom, c.Data = a, a.String()
			}
			c.Attr = safeAttrs(c.Attr)
			defuse(c)
		}
		c = next
	}
}

func safeAttrs(attrs []html.Attribute) []html.Attribute {
	out := attrs[:0]
	for _, a := range attrs {
		key := strings.ToLower(a.Key)
		switch {
		case strings.HasPrefix(key, "on"), strings.HasPrefix(key, "data-pare-"), key == "http-equiv", key == "target":
			continue
		case unsafeStyle(a.Val):
			continue // a javascript: URL in any attribute, as in a style: whatever reads it, it runs nothing
		case urlAttrs[key] || a.Namespace == "xlink":
			if !safeURLAttr(key, a.Val) {
				continue
			}
		}
		out = append(out, a)
	}
	return out
}

// safeURLAttr keeps links that go to an http(s) page (following one
// leaves the report, it runs nothing) and images inlined as data:image.
func safeURLAttr(key, val string) bool {
	v := strings.ToLower(strings.Join(strings.Fields(val), ""))
	switch key {
	case "href", "cite":
		return strings.HasPrefix(v, "http://") || strings.HasPrefix(v, "https://")
	case "src":
		return strings.HasPrefix(v, "data:image/") && !strings.HasPrefix(v, "data:image/svg")
	}
	return false
}

// unsafeStyle reports an attribute value that could run script where a
// browser reads it as a URL or a style (IE's expression(), javascript:
// URLs, bindings).
func unsafeStyle(s string) bool {
	s = strings.ToLower(strings.Join(strings.Fields(s), ""))
	for _, bad := range []string{"expression(", "javascript:", "vbscript:", "-moz-binding", "behavior:"} {
		if strings.Contains(s, bad) {
			return true
		}
	}
	return false
}
