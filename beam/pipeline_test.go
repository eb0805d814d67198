package parebeam

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"

	"github.com/pare-dev/pare/batch"
)

func TestMain(m *testing.M) {
	beam.Init()
	os.Exit(m.Run())
}

const page = `<!doctype html><html><head><title>%s</title></head><body><nav><a href="/">Home</a></nav><article><h1>%s</h1>
<p>The first paragraph of the story says what happened, with enough words to read as prose for the extractor.</p>
<p>The second paragraph goes on with the details, again with enough words and commas, so it reads as running text.</p>
<p>The third paragraph ends the story with a quote from someone who was there and saw it all happen that day.</p>
</article></body></html>`

// writeWARC packs n HTML responses (with their requests), an image and,
// if cut, a truncated last record.
func writeWARC(t *testing.T, path string, n int, cut bool) {
	t.Helper()
	var buf bytes.Buffer
	ww := batch.NewWARCWriter(&buf, true)
	ww.Date = time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	for i := range n {
		uri := "https://example.com/" + filepath.Base(path) + "/story-" + string(rune('a'+i))
		title := "Story " + string(rune('A'+i))
		body := strings.ReplaceAll(page, "%s", title)
		if err := ww.WriteRequest(uri); err != nil {
			t.Fatal(err)
		}
		if err := ww.WriteResponse(uri, 200, "text/html; charset=utf-8", []byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := ww.WriteResponse("https://example.com/logo.png", 200, "image/png", []byte("\x89PNG")); err != nil {
		t.Fatal(err)
	}
	// A real page, which a built-in publisher rule serves.
	real, err := os.ReadFile("../testdata/citynews.ca/2023-11-08-blinken-seoul.html")
	if err != nil {
		t.Fatal(err)
	}
	if err := ww.WriteResponse("https://toronto.citynews.ca/2023/11/08/blinken-seoul/", 200, "text/html", real); err != nil {
		t.Fatal(err)
	}
	if cut {
		var last bytes.Buffer
		if err := batch.NewWARCWriter(&last, false).WriteResponse("https://example.com/cut", 200, "text/html", []byte(page)); err != nil {
			t.Fatal(err)
		}
		if err := ww.WriteRaw(last.Bytes()[:last.Len()/2]); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// cliLines is what `pare -format json` writes for the files, run as a
// user runs it (go run in the core module), each line normalised by a
// decode and encode: the CLI escapes DEL and C1 characters that a raw
// encoding/json line keeps, and the two decode alike.
func cliLines(t *testing.T, paths []string) []string {
	t.Helper()
	args := append([]string{"run", "./cmd/pare", "-format", "json", "-q"}, paths...)
	cmd := exec.Command("go", args...)
	cmd.Dir = ".."
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		t.Fatalf("go run ./cmd/pare: %v\n%s", err, stderr.String())
	}
	if stdout.Len() == 0 {
		t.Fatalf("go run ./cmd/pare wrote nothing: %v\n%s", err, stderr.String())
	}
	return normalised(t, stdout.String())
}

// normalised decodes and re-encodes every line, and sorts them.
func normalised(t *testing.T, s string) []string {
	t.Helper()
	var out []string
	for _, line := range strings.Split(strings.TrimSuffix(s, "\n"), "\n") {
		var v any
		if err := json.Unmarshal([]byte(line), &v); err != nil {
			t.Fatalf("bad JSON line %q: %v", line, err)
		}
		b, _ := json.Marshal(v)
		out = append(out, string(b))
	}
	slices.Sort(out)
	return out
}

func shardLines(t *testing.T, prefix string) []string {
	t.Helper()
	shards, err := filepath.Glob(prefix + "-*.jsonl")
	if err != nil || len(shards) == 0 {
		t.Fatalf("no shards under %s (%v)", prefix, err)
	}
	var all strings.Builder
	for _, s := range shards {
		b, err := os.ReadFile(s)
		if err != nil {
			t.Fatal(err)
		}
		all.Write(b)
	}
	return normalised(t, all.String())
}

func runPipeline(t *testing.T, c Config) map[string]int64 {
	t.Helper()
	p, s := beam.NewPipelineWithRoot()
	Build(s, c)
	res, err := prism.Execute(context.Background(), p)
	if err != nil {
		t.Fatal(err)
	}
	return Counts(res)
}

// The pipeline on prism gives the records the CLI gives, and counts them.
func TestPipelineMatchesCLI(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.warc.gz"), filepath.Join(dir, "b.warc.gz")
	writeWARC(t, a, 3, false)
	writeWARC(t, b, 2, true)
	prefix := filepath.Join(dir, "out", "part")
	counts := runPipeline(t, Config{Input: filepath.Join(dir, "*.warc.gz"), Output: prefix})

	got, want := shardLines(t, prefix), cliLines(t, []string{a, b})
	if !slices.Equal(got, want) {
		t.Errorf("pipeline records differ from the CLI's:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	wantCounts := map[string]int64{"pages": 7, "articles": 7, "errors": 1, "skipped_records": 7}
	for k, v := range wantCounts {
		if counts[k] != v {
			t.Errorf("counter %s = %d, want %d (all: %v)", k, counts[k], v, counts)
		}
	}
	if leftovers, _ := filepath.Glob(prefix + "-*.tmp-*"); len(leftovers) > 0 {
		t.Errorf("temporary shards left: %v", leftovers)
	}

	// Resumed, the shards that exist are kept and nothing is redone.
	counts = runPipeline(t, Config{Input: filepath.Join(dir, "*.warc.gz"), Output: prefix, Resume: true})
	if counts["files_done_before"] != 2 || counts["pages"] != 0 {
		t.Errorf("resumed counters %v, want 2 files done and no pages", counts)
	}
}

func TestShardName(t *testing.T) {
	a := ShardName("out/p", "crawl/CC-MAIN-0001.warc.gz")
	if a != filepath.Clean(a) || !strings.HasPrefix(a, "out/p-CC-MAIN-0001-") || !strings.HasSuffix(a, ".jsonl") {
		t.Errorf("shard name %q", a)
	}
	if b := ShardName("out/p", "other/CC-MAIN-0001.warc.gz"); b == a {
		t.Errorf("two files of one name share the shard %q", a)
	}
}
