// Command snapshot records everything pare returns for every benchmark
// page, so a change meant to keep the output (a refactor, a speed-up) can
// be checked to keep it exactly, field by field, on all pages:
//
//	go run ./cmd/snapshot -o out/before.jsonl.gz
//	go run ./cmd/snapshot -o out/after.jsonl.gz -diff out/before.jsonl.gz
//
// A record holds the Result as the JSON encoder writes it (articles with
// all three renderings, removals, reasons), once with publisher rules off
// and once more with Options.AllPages. -ignore leaves named Result fields
// out of the comparison (a change that only renames removal reasons).
// -diff prints each page whose record
// differs and the first field that does, and exits 1 when any differs.
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/pare-dev/pare/bench/datasets"
	"github.com/pare-dev/pare/extract"
	"github.com/pare-dev/pare/htmldate"
)

func main() {
	err := run(os.Args[1:], os.Stdout)
	var d differ
	if errors.As(err, &d) {
		fmt.Fprintln(os.Stderr, "snapshot:", err)
		os.Exit(1)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "snapshot:", err)
		os.Exit(2)
	}
}

type differ int

func (d differ) Error() string { return fmt.Sprintf("%d records differ", int(d)) }

// record is one page under one configuration.
type record struct {
	Key    string          `json:"key"` // set/id/config
	Error  string          `json:"error,omitempty"`
	Result json.RawMessage `json:"result,omitempty"`
}

func run(args []string, w io.Writer) error {
	fs := flag.NewFlagSet("snapshot", flag.ContinueOnError)
	out := fs.String("o", "out/snapshot.jsonl.gz", "write the records to `file` (gzipped when it ends in .gz)")
	old := fs.String("diff", "", "compare with the records in `file`")
	sets := fs.String("sets", strings.Join(datasets.Sets, ","), "comma-separated `sets`")
	limit := fs.Int("limit", 0, "first `n` pages of each set (0: all)")
	most := fs.Int("most", 20, "print at most `n` differing records")
	ignore := fs.String("ignore", "", "comma-separated Result `fields` (Removed, Reason, …) to leave out of -diff")
	if err := fs.Parse(args); err != nil {
		return err
	}
	dir, err := datasets.FindDir()
	if err != nil {
		return err
	}
	configs := []struct {
		name string
		opts extract.Options
	}{{"pare", extract.Options{DateGuesser: htmldate.Guesser{}}}, {"pare-all", extract.Options{AllPages: true, DateGuesser: htmldate.Guesser{}}}}
	var recs []record
	for _, set := range strings.Split(*sets, ",") {
		pages, err := datasets.Load(dir, set, *limit)
		if err != nil {
			return err
		}
		for _, c := range configs {
			ex, err := extract.New(c.opts)
			if err != nil {
				return err
			}
			for _, pg := range pages {
				rec := record{Key: set + "/" + pg.ID + "/" + c.name}
				res, err := ex.Extract(context.Background(), bytes.NewReader(pg.HTML), pg.URL)
				if err != nil {
					rec.Error = err.Error()
				} else if rec.Result, err = json.Marshal(res); err != nil {
					return err
				}
				recs = append(recs, rec)
			}
		}
	}
	if err := write(*out, recs); err != nil {
		return err
	}
	fmt.Fprintf(w, "%d records written to %s\n", len(recs), *out)
	if *old == "" {
		return nil
	}
	before, err := read(*old)
	if err != nil {
		return err
	}
	if *ignore != "" {
		fields := strings.Split(*ignore, ",")
		for k, r := range before {
			before[k] = without(r, fields)
		}
		for i, r := range recs {
			recs[i] = without(r, fields)
		}
	}
	n := compare(w, before, recs, *most)
	if n > 0 {
		return differ(n)
	}
	fmt.Fprintln(w, "identical")
	return nil
}

// without drops fields from a record's result before comparing.
func without(r record, fields []string) record {
	if r.Result == nil {
		return r
	}
	var m map[string]json.RawMessage
	if json.Unmarshal(r.Result, &m) != nil {
		return r
	}
	for _, f := range fields {
		delete(m, f)
	}
	r.Result, _ = json.Marshal(m)
	return r
}

func compare(w io.Writer, before map[string]record, after []record, most int) int {
	n := 0
	seen := map[string]bool{}
	for _, a := range after {
		seen[a.Key] = true
		b, ok := before[a.Key]
		if !ok {
			fmt.Fprintf(w, "%s: new record\n", a.Key)
			n++
			continue
		}
		if b.Error == a.Error && bytes.Equal(b.Result, a.Result) {
			continue
		}
		n++
		if n <= most {
			fmt.Fprintf(w, "%s: %s\n", a.Key, firstDiff(b, a))
		}
	}
	var gone []string
	for k := range before {
		if !seen[k] {
			gone = append(gone, k)
		}
	}
	sort.Strings(gone)
	for _, k := range gone {
		fmt.Fprintf(w, "%s: record gone\n", k)
	}
	return n + len(gone)
}

// firstDiff names the first top-level field, or article field, that differs.
func firstDiff(b, a record) string {
	if b.Error != a.Error {
		return fmt.Sprintf("error %q → %q", b.Error, a.Error)
	}
	var mb, ma map[string]json.RawMessage
	_ = json.Unmarshal(b.Result, &mb)
	_ = json.Unmarshal(a.Result, &ma)
	keys := map[string]bool{}
	for k := range mb {
		keys[k] = true
	}
	for k := range ma {
		keys[k] = true
	}
	var names []string
	for k := range keys {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		if bytes.Equal(mb[k], ma[k]) {
			continue
		}
		if k == "Articles" {
			var xb, xa []map[string]json.RawMessage
			_ = json.Unmarshal(mb[k], &xb)
			_ = json.Unmarshal(ma[k], &xa)
			if len(xb) != len(xa) {
				return fmt.Sprintf("%d articles → %d", len(xb), len(xa))
			}
			for i := range xb {
				for f, v := range xb[i] {
					if !bytes.Equal(v, xa[i][f]) {
						return fmt.Sprintf("article %d %s: %.100s → %.100s", i, f, v, xa[i][f])
					}
				}
				for f := range xa[i] {
					if _, ok := xb[i][f]; !ok {
						return fmt.Sprintf("article %d %s: new field", i, f)
					}
				}
			}
		}
		return fmt.Sprintf("%s: %.100s → %.100s", k, mb[k], ma[k])
	}
	return "differs"
}

func write(path string, recs []record) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	var w io.Writer = f
	var zw *gzip.Writer
	if strings.HasSuffix(path, ".gz") {
		zw = gzip.NewWriter(f)
		w = zw
	}
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	for _, r := range recs {
		if err := enc.Encode(r); err != nil {
			return err
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if zw != nil {
		if err := zw.Close(); err != nil {
			return err
		}
	}
	return f.Close()
}

func read(path string) (map[string]record, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return nil, err
		}
		r = zr
	}
	recs := map[string]record{}
	dec := json.NewDecoder(r)
	for {
		var rec record
		if err := dec.Decode(&rec); err == io.EOF {
			return recs, nil
		} else if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		recs[rec.Key] = rec
	}
}
