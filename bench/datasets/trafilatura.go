package datasets

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// trafEntry is one record of evaldata.json. Of its metadata, title,
// author and date are read as labels; the rest (categories, tags,
// license, …) are not scored.
type trafEntry struct {
	File    string          `json:"file"`
	With    []string        `json:"with"`
	Without []string        `json:"without"`
	Title   string          `json:"title"`
	Author  json.RawMessage `json:"author"`
	Date    string          `json:"date"`
}

// loadTrafilatura reads evaldata.json ({url: entry}) and html/<file>.gz.
// Pages are ordered by file name, which is also their ID.
func loadTrafilatura(dir string, limit int) ([]Page, error) {
	path := filepath.Join(dir, "evaldata.json")
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var byURL map[string]trafEntry
	if err := json.Unmarshal(b, &byURL); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	pages := make([]Page, 0, len(byURL))
	for url, e := range byURL {
		if e.File == "" {
			return nil, fmt.Errorf("%s: %s: no file", path, url)
		}
		author, err := authorLabel(e.Author)
		if err != nil {
			return nil, fmt.Errorf("%s: %s: author: %w", path, url, err)
		}
		pages = append(pages, Page{Set: Trafilatura, ID: e.File, URL: url,
			Truth: Truth{With: e.With, Without: e.Without,
				Title: e.Title, Author: author, Published: e.Date}})
	}
	slices.SortFunc(pages, func(a, b Page) int { return strings.Compare(a.ID, b.ID) })
	if limit > 0 && limit < len(pages) {
		pages = pages[:limit]
	}
	for i := range pages {
		if pages[i].HTML, err = gunzip(filepath.Join(dir, "html", pages[i].ID+".gz")); err != nil {
			return nil, err
		}
	}
	return pages, nil
}

// authorLabel reads evaldata.json's author, a string for most pages and a
// list of names for a few; a list becomes one line, names joined by ", ",
// as the other labels write several authors. null reads as "".
func authorLabel(raw json.RawMessage) (string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	var one string
	if json.Unmarshal(raw, &one) == nil {
		return one, nil
	}
	var many []string
	if err := json.Unmarshal(raw, &many); err != nil {
		return "", err
	}
	return strings.Join(many, ", "), nil
}
