package datasets

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
)

// shEntry is one record of ground-truth.json and of the reference outputs.
type shEntry struct {
	ArticleBody string `json:"articleBody"`
	URL         string `json:"url"`
}

// loadScrapingHub reads ground-truth.json and html/<id>.html.gz.
func loadScrapingHub(dir string, limit int) ([]Page, error) {
	truth, err := readSHEntries(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, err
	}
	ids := sortedKeys(truth, limit)
	pages := make([]Page, 0, len(ids))
	for _, id := range ids {
		html, err := gunzip(filepath.Join(dir, "html", id+".html.gz"))
		if err != nil {
			return nil, err
		}
		e := truth[id]
		pages = append(pages, Page{Set: ScrapingHub, ID: id, URL: e.URL, HTML: html,
			Truth: Truth{Body: e.ArticleBody}})
	}
	return pages, nil
}

// ReadOutputs reads one of scrapinghub/reference-outputs/*.json: what an
// extractor produced, as a map from page ID to articleBody. It accepts
// both shapes found there, {id: {"articleBody": …}} and {"version": …,
// "output": {id: {…}}}. A null articleBody reads as "".
func ReadOutputs(path string) (map[string]string, error) {
	entries, err := readSHEntries(path)
	if err != nil {
		return nil, err
	}
	out := make(map[string]string, len(entries))
	for id, e := range entries {
		out[id] = e.ArticleBody
	}
	return out, nil
}

// readSHEntries decodes either shape into id -> entry.
func readSHEntries(path string) (map[string]shEntry, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if inner, ok := raw["output"]; ok {
		// The wrapped shape; page IDs are hex hashes, never "output".
		if err := json.Unmarshal(inner, &raw); err != nil {
			return nil, fmt.Errorf("%s: output: %w", path, err)
		}
		delete(raw, "output") // Unmarshal merges into the existing map
		delete(raw, "version")
	}
	entries := make(map[string]shEntry, len(raw))
	for id, msg := range raw {
		var e shEntry
		if err := json.Unmarshal(msg, &e); err != nil {
			return nil, fmt.Errorf("%s: %s: %w", path, id, err)
		}
		entries[id] = e
	}
	return entries, nil
}

// sortedKeys returns m's keys in order, the first limit when limit > 0.
func sortedKeys[V any](m map[string]V, limit int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	if limit > 0 && limit < len(keys) {
		keys = keys[:limit]
	}
	return keys
}
