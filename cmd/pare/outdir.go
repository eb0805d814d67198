package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"

	"github.com/pare-dev/pare/batch"
	"github.com/pare-dev/pare/extract"
)

// fileExt is the extension of an article file under -outdir.
var fileExt = map[string]string{"text": "txt", "markdown": "md", "html": "html"}

// writeArticles writes each article of a page to a file of its own under
// dir, named by batch.FileName from the page's identity (one path
// element, so it cannot leave dir; the same name on every run, so a rerun
// overwrites rather than duplicates). The article is rendered by the same
// code, and through the same safeWriter, as on stdout.
func writeArticles(c config, dir string, id batch.Identity, res *extract.Result) error {
	for i, a := range res.Articles {
		var buf bytes.Buffer
		w := newWriter(c, &buf)
		one := *res
		one.Articles = []extract.Article{a}
		if err := w.page(batch.Page{Record: batch.Record{Identity: id}, Result: &one}); err != nil {
			return err
		}
		if err := w.close(); err != nil {
			return err
		}
		name := filepath.Join(dir, batch.FileName(id, i, fileExt[w.format]))
		if err := os.WriteFile(name, buf.Bytes(), 0o644); err != nil {
			return fmt.Errorf("writing %s: %w", name, err)
		}
	}
	return nil
}
