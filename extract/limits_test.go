package extract

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"testing"

	"golang.org/x/net/html"
)

// TestFlattenStrayEndTags: stray end tags nested 600 deep
// ("<div></span>" repeated) let flatten's depth count fall at every end
// tag, so nothing was flattened, the parser refused the page again and it
// was lost (issue 14).
func TestFlattenStrayEndTags(t *testing.T) {
	for name, page := range map[string]string{
		"stray end tags": strings.Repeat("<div></span>", 600) + "<h1>Ferry timetable extended</h1>" + Story,
		"unclosed p":     strings.Repeat("<div><p>", 600) + "<h1>Ferry timetable extended</h1>" + Story,
		"deep nesting":   strings.Repeat("<div>", 20000) + "<h1>Ferry timetable extended</h1>" + Story + strings.Repeat("</div>", 20000),
	} {
		t.Run(name, func(t *testing.T) {
			res := mustExtract(t, Options{}, page)
			if len(res.Articles) != 1 || !strings.Contains(res.Articles[0].Text, "largest in the town") {
				t.Fatalf("%d articles (reason %q)", len(res.Articles), res.Reason)
			}
		})
	}
}

// TestMaxDepth: a page nested past Options.MaxDepth is flattened to it,
// its text kept, and the Removed list says so.
func TestMaxDepth(t *testing.T) {
	page := strings.Repeat("<div>", 100) + "<h1>Ferry timetable extended</h1>" + Story + strings.Repeat("</div>", 100)
	res := mustExtract(t, Options{MaxDepth: 50}, page)
	if len(res.Articles) != 1 || !strings.Contains(res.Articles[0].Text, "largest in the town") {
		t.Fatalf("%d articles (reason %q)", len(res.Articles), res.Reason)
	}
	note := false
	for _, r := range res.Removed {
		note = note || strings.Contains(r.By, "deeper than 50")
	}
	if !note {
		t.Errorf("no note of the flattening in Removed: %+v", res.Removed)
	}
	if res := mustExtract(t, Options{}, page); len(res.Removed) > 0 && strings.Contains(res.Removed[0].By, "deeper") {
		t.Errorf("a page 100 deep was flattened at the default depth")
	}
}

// TestMaxNodes: a page whose markup makes more nodes than MaxNodes fails
// with ErrTooManyNodes before it is parsed. The second page holds few
// tags but makes many nodes: three hundred distinct <b> left open in a
// paragraph are opened again in every paragraph after it.
func TestMaxNodes(t *testing.T) {
	var bomb strings.Builder
	bomb.WriteString("<p>")
	for i := range 150 {
		fmt.Fprintf(&bomb, "<b class=c%d>", i)
	}
	bomb.WriteString(strings.Repeat("<p>x", 100))
	tests := []struct {
		name  string
		page  string
		limit int
	}{
		{"breaks", "<p>" + strings.Repeat("<br>", 20000), 10000},
		{"re-opened formatting", bomb.String(), 10000},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ex, err := New(Options{MaxNodes: tc.limit})
			if err != nil {
				t.Fatal(err)
			}
			_, err = ex.Extract(context.Background(), strings.NewReader(tc.page), "")
			if !errors.Is(err, ErrTooManyNodes) {
				t.Fatalf("err = %v, want ErrTooManyNodes", err)
			}
			// The parser does make that many: the estimate is no guess.
			doc, _, err := parse(context.Background(), []byte(tc.page), 1<<30, DefaultMaxDepth)
			if err != nil {
				t.Fatal(err)
			}
			if n := countAll(doc); n <= tc.limit {
				t.Errorf("the page parses to %d nodes, not over %d", n, tc.limit)
			}
		})
	}
	if res := mustExtract(t, Options{MaxNodes: 10000}, "<h1>Ferry timetable extended</h1>"+Story); len(res.Articles) != 1 {
		t.Errorf("a small page fails under MaxNodes 10000")
	}
}

func countAll(n *html.Node) int {
	c := 0
	walk(n, func(*html.Node) bool { c++; return true })
	return c
}

func TestLimitOptions(t *testing.T) {
	for _, o := range []Options{{MaxNodes: -1}, {MaxDepth: -1}, {MaxDepth: maxFlattenDepth + 1}} {
		if _, err := New(o); err == nil {
			t.Errorf("New(%+v) accepted", o)
		}
	}
	o := Options{}.withDefaults()
	if o.MaxNodes != DefaultMaxNodes || o.MaxDepth != DefaultMaxDepth || o.MaxInputBytes != DefaultMaxInputBytes {
		t.Errorf("defaults: %+v", o)
	}
}

// blockingReader blocks in Read until released, after telling the test
// it got there.
type blockingReader struct {
	entered chan struct{}
	release chan struct{}
	once    sync.Once
}

func (b *blockingReader) Read(p []byte) (int, error) {
	b.once.Do(func() { close(b.entered) })
	<-b.release
	return 0, io.EOF
}

// TestReadHonoursContext: a reader that blocks no longer holds up
// Extract past its context (issue 14): readPage returns the context's
// error while the Read still blocks.
func TestReadHonoursContext(t *testing.T) {
	r := &blockingReader{entered: make(chan struct{}), release: make(chan struct{})}
	defer close(r.release)
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		<-r.entered
		cancel()
	}()
	ex, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ex.Extract(ctx, r, ""); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

// countdownCtx is a context whose time runs out after a number of looks
// at Err, so a test can end a page's time at any point of its run without
// a clock: the first allowed looks see time left, every later one
// DeadlineExceeded.
type countdownCtx struct {
	context.Context
	mu      sync.Mutex
	allowed int
	looks   int
	done    chan struct{}
}

func newCountdown(allowed int) *countdownCtx {
	return &countdownCtx{Context: context.Background(), allowed: allowed, done: make(chan struct{})}
}

func (c *countdownCtx) Err() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.looks++; c.looks <= c.allowed {
		return nil
	}
	if c.looks == c.allowed+1 {
		close(c.done)
	}
	return context.DeadlineExceeded
}

func (c *countdownCtx) Done() <-chan struct{} { return c.done }

// TestDeadlineAnywhere ends a page's time before every look the run takes
// at its context: each run returns DeadlineExceeded, never a Result made
// after the deadline.
func TestDeadlineAnywhere(t *testing.T) {
	page := "<h1>Ferry timetable extended</h1>" + strings.Repeat(Story, 50)
	ex, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	full := newCountdown(1 << 30)
	if _, err := ex.Extract(full, strings.NewReader(page), ""); err != nil {
		t.Fatal(err)
	}
	for k := range full.looks {
		ctx := newCountdown(k)
		if res, err := ex.Extract(ctx, strings.NewReader(page), ""); !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("deadline after look %d of %d: err %v, result %v", k, full.looks, err, res != nil)
		}
	}
}

// TestLongLoopsStop: segmenting and scoring a large body stop soon after
// the context is done, rather than finishing the page.
func TestLongLoopsStop(t *testing.T) {
	page := "<html><body>" + strings.Repeat(Story, 2000) + "</body></html>"
	doc, _, err := parse(context.Background(), []byte(page), DefaultMaxNodes, DefaultMaxDepth)
	if err != nil {
		t.Fatal(err)
	}
	opts := Options{}.withDefaults()
	r := newRenderers(Text)
	live := newPage(context.Background(), &opts, &r, doc)
	live.segment(live.body)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	dead := newPage(ctx, &opts, &r, doc)
	dead.segment(dead.body)
	if len(dead.blocks)*10 > len(live.blocks) {
		t.Errorf("segment went on after the context was done: %d blocks of %d", len(dead.blocks), len(live.blocks))
	}
	dead.blocks = live.blocks
	dead.spans = live.spans
	if c := dead.score(); len(c) > 0 {
		t.Errorf("score went on after the context was done: %d candidates", len(c))
	}
}

func mustExtract(t *testing.T, o Options, page string) *Result {
	t.Helper()
	ex, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	res, err := ex.Extract(context.Background(), strings.NewReader(page), "")
	if err != nil {
		t.Fatal(err)
	}
	return res
}
