package datasets

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// wcxbFile is one ground-truth/<id>.json, reduced to the fields scored.
type wcxbFile struct {
	URL      string `json:"url"`
	Internal struct {
		PageType json.RawMessage `json:"page_type"`
	} `json:"_internal"`
	GroundTruth struct {
		MainContent string   `json:"main_content"`
		With        []string `json:"with"`
		Without     []string `json:"without"`
		Title       string   `json:"title"`
		Author      string   `json:"author"`
		PublishDate string   `json:"publish_date"`
	} `json:"ground_truth"`
}

// loadWCXB reads ground-truth/<id>.json and html/<id>.html.gz, ordered by
// id.
func loadWCXB(dir string, limit int) ([]Page, error) {
	names, err := filepath.Glob(filepath.Join(dir, "ground-truth", "*.json"))
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("no ground-truth/*.json under %s", dir)
	}
	slices.Sort(names)
	if limit > 0 && limit < len(names) {
		names = names[:limit]
	}
	pages := make([]Page, 0, len(names))
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		var f wcxbFile
		if err := json.Unmarshal(b, &f); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		id := strings.TrimSuffix(filepath.Base(name), ".json")
		html, err := gunzip(filepath.Join(dir, "html", id+".html.gz"))
		if err != nil {
			return nil, err
		}
		gt := f.GroundTruth
		pages = append(pages, Page{Set: WCXB, ID: id, URL: f.URL, HTML: html,
			PageType: pageType(f.Internal.PageType),
			Truth: Truth{Body: gt.MainContent, With: gt.With, Without: gt.Without,
				Title: gt.Title, Author: gt.Author, Published: gt.PublishDate}})
	}
	return pages, nil
}

// pageType reads _internal.page_type as WCXB's evaluate.py does: an
// object's "primary", or a bare string; "article" when absent; the older
// name "category" is "collection".
func pageType(raw json.RawMessage) string {
	var pt string
	var obj struct {
		Primary *string `json:"primary"`
	}
	switch {
	case json.Unmarshal(raw, &pt) == nil && pt != "":
	case json.Unmarshal(raw, &obj) == nil && obj.Primary != nil:
		pt = *obj.Primary
	default:
		pt = "article"
	}
	if pt == "category" {
		return "collection"
	}
	return pt
}
