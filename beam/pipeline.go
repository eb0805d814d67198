// Package parebeam is pare as an Apache Beam pipeline: WARC paths in,
// pare's page records out as JSON Lines shards, one shard per WARC file.
//
// It lives in a module of its own because the Beam SDK is large (about
// 260 MB of modules); the core module a scraper imports stays light. The
// records and the WARC reading come from package batch, so a record here
// is the record `pare -format json` writes for the same WARC record.
//
// Why one shard per input file, written by the DoFn that reads it: the
// records never pass through a shuffle (a WARC of 50,000 pages yields
// about a gigabyte of JSON), a retried bundle rewrites the same shard
// (it is written under a temporary name and renamed), and a re-run with
// Resume skips the files whose shards exist.
package parebeam

import (
	"context"
	"fmt"
	"hash/fnv"
	"path"
	"reflect"
	"regexp"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local" // local paths
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/pare-dev/pare/batch"
	"github.com/pare-dev/pare/extract"
	"github.com/pare-dev/pare/htmldate"
	"github.com/pare-dev/pare/rules"
)

// Config is what the pipeline is built from; its fields match the CLI's
// flags of the same names.
type Config struct {
	Input  string // a glob of WARC files, in any file system Beam knows
	Output string // shard prefix: PREFIX-<warc name>-<hash>.jsonl
	// NoRules, AllPages and First are -no-rules, -all-pages and -first.
	NoRules, AllPages, First bool
	// Timeout is each page's time budget (-timeout); zero means none.
	Timeout time.Duration
	// Resume skips WARC files whose shard exists already.
	Resume bool
}

// Build adds the pipeline to s and returns the shard names it writes.
func Build(s beam.Scope, c Config) beam.PCollection {
	s = s.Scope("pare")
	files := fileio.MatchFiles(s, c.Input, fileio.MatchEmptyDisallow())
	// Reshuffle spreads the files over the workers: a match is one bundle.
	files = beam.Reshuffle(s, files)
	return beam.ParDo(s, &extractFn{Output: c.Output, NoRules: c.NoRules, AllPages: c.AllPages,
		First: c.First, TimeoutNanos: int64(c.Timeout), Resume: c.Resume}, files)
}

func init() {
	register.DoFn3x1[context.Context, fileio.FileMetadata, func(string), error](&extractFn{})
	register.Emitter1[string]()
	beam.RegisterType(reflect.TypeOf((*extractFn)(nil)).Elem())
}

// Counters the pipeline reports, read back by the command and the tests.
var (
	pagesCount     = beam.NewCounter("pare", "pages")
	articlesCount  = beam.NewCounter("pare", "articles")
	noArticleCount = beam.NewCounter("pare", "pages_without_article")
	errorsCount    = beam.NewCounter("pare", "errors")
	skippedCount   = beam.NewCounter("pare", "skipped_records")
	filesDone      = beam.NewCounter("pare", "files_done_before")
)

// extractFn extracts the pages of one WARC file into its shard. Its
// exported fields are what Beam serialises to the workers; the extractor
// is built once per instance, in Setup.
type extractFn struct {
	Output                   string
	NoRules, AllPages, First bool
	TimeoutNanos             int64
	Resume                   bool

	ex *extract.Extractor
}

func (f *extractFn) Setup() error {
	opts := extract.Options{PrimaryOnly: f.First, AllPages: f.AllPages, DateGuesser: htmldate.Guesser{}}
	if !f.NoRules {
		set, err := rules.Builtin()
		if err != nil {
			return err
		}
		opts.Rules = set
	}
	ex, err := extract.New(opts)
	f.ex = ex
	return err
}

func (f *extractFn) ProcessElement(ctx context.Context, fm fileio.FileMetadata, emit func(string)) error {
	shard := ShardName(f.Output, fm.Path)
	fsys, err := filesystem.New(ctx, shard)
	if err != nil {
		return err
	}
	defer fsys.Close()
	if f.Resume {
		if _, err := fsys.Size(ctx, shard); err == nil {
			filesDone.Inc(ctx, 1)
			emit(shard)
			return nil
		}
	}
	st, err := writeShard(ctx, fsys, shard, fm.Path, batch.Options{
		Extractor: f.ex, Timeout: time.Duration(f.TimeoutNanos), Ordered: true,
	})
	if err != nil {
		return fmt.Errorf("parebeam: %s: %w", fm.Path, err)
	}
	pagesCount.Inc(ctx, st.Pages)
	articlesCount.Inc(ctx, st.Articles)
	noArticleCount.Inc(ctx, st.NoArticle)
	errorsCount.Inc(ctx, st.Errors)
	skippedCount.Inc(ctx, st.Skipped)
	emit(shard)
	return nil
}

var unsafeName = regexp.MustCompile(`[^A-Za-z0-9._-]+`)

// ShardName is the shard the records of the WARC file at warcPath go to:
// the prefix, the file's base name (without .warc.gz) and a hash of the
// whole path, so that two crawls' files of one name do not collide.
func ShardName(prefix, warcPath string) string {
	base := path.Base(strings.ReplaceAll(warcPath, "\\", "/"))
	for _, ext := range []string{".gz", ".warc"} {
		base = strings.TrimSuffix(base, ext)
	}
	base = unsafeName.ReplaceAllString(base, "_")
	h := fnv.New32a()
	h.Write([]byte(warcPath))
	return fmt.Sprintf("%s-%s-%08x.jsonl", prefix, base, h.Sum32())
}
