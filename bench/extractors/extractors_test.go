package extractors

import (
	"errors"
	"strings"
	"testing"
)

const page = `<!doctype html><html><head><title>T</title><style>p{color:red}</style></head>
<body><nav><a href="/">Home</a> <a href="/about">About</a></nav>
<script>var tracking = "never text";</script>
<article><h1>Heading</h1>
<p>First paragraph with <b>bold</b> words and a <a href="/x">link</a> inside it, long enough to read as body text for any extractor.</p>
<p>Second paragraph: the quick brown fox jumps over the lazy dog, again and again, until the paragraph is long enough.</p>
<p>Third paragraph, which closes the article with a final sentence about nothing in particular at all.</p>
</article><noscript>enable javascript</noscript><footer>© Footer</footer></body></html>`

func TestBaseline(t *testing.T) {
	text, n, err := baseline{}.Extract([]byte(page), "")
	if err != nil || n != 1 {
		t.Fatalf("Extract: n=%d err=%v", n, err)
	}
	for _, want := range []string{"Home", "Heading", "with bold words and a link inside", "lazy dog", "© Footer"} {
		if !strings.Contains(text, want) {
			t.Errorf("baseline text lacks %q:\n%s", want, text)
		}
	}
	for _, bad := range []string{"color:red", "tracking", "enable javascript", "<p>"} {
		if strings.Contains(text, bad) {
			t.Errorf("baseline text has %q:\n%s", bad, text)
		}
	}
	if text, n, _ := (baseline{}).Extract(nil, ""); text != "" || n != 0 {
		t.Errorf("empty page: %q, %d articles", text, n)
	}
}

type panicky struct{}

func (panicky) Name() string { return "panicky" }
func (panicky) Extract([]byte, string) (string, int, error) {
	var m map[string]int
	m["boom"]++ // nil map write
	return "unreachable", 1, nil
}

func TestRecover(t *testing.T) {
	e := Recover(panicky{})
	if Recover(e) != e {
		t.Error("Recover wrapped twice")
	}
	text, n, err := e.Extract([]byte(page), "")
	var pe *PanicError
	if !errors.As(err, &pe) || pe.Stack == "" || text != "" || n != 0 {
		t.Fatalf("Extract after panic = %q, %d, %v", text, n, err)
	}
	if e.Name() != "panicky" {
		t.Errorf("Name() = %q", e.Name())
	}
}

// TestNew builds every extractor and runs it once; pare may still fail on
// the page while its extractor is being written, the others may not.
func TestNew(t *testing.T) {
	for _, name := range Names {
		t.Run(name, func(t *testing.T) {
			e, err := New(name)
			if err != nil {
				t.Fatal(err)
			}
			if e.Name() != name {
				t.Errorf("Name() = %q", e.Name())
			}
			text, n, err := e.Extract([]byte(page), "https://example.com/a/story.html")
			if strings.HasPrefix(name, "pare") {
				t.Logf("%d articles, err %v", n, err)
				return
			}
			if err != nil || n != 1 || !strings.Contains(text, "lazy dog") {
				t.Errorf("Extract = %q, %d, %v", text, n, err)
			}
		})
	}
	if _, err := New("nope"); err == nil {
		t.Error("New(nope): no error")
	}
}
