package datasets

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// trafEntry is one record of evaldata.json; its other fields (title,
// author, date, …) are not scored here.
type trafEntry struct {
	File    string   `json:"file"`
	With    []string `json:"with"`
	Without []string `json:"without"`
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
		pages = append(pages, Page{Set: Trafilatura, ID: e.File, URL: url,
			Truth: Truth{With: e.With, Without: e.Without}})
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
