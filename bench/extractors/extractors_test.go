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
	out, err := baseline{}.Extract([]byte(page), "")
	if err != nil || len(out.Articles) != 1 {
		t.Fatalf("Extract: %d articles, err %v", len(out.Articles), err)
	}
	text := out.Joined()
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
	if out, _ := (baseline{}).Extract(nil, ""); len(out.Articles) != 0 {
		t.Errorf("empty page: %d articles", len(out.Articles))
	}
}

type panicky struct{}

func (panicky) Name() string { return "panicky" }
func (panicky) Extract([]byte, string) (Output, error) {
	var m map[string]int
	m["boom"]++ // nil map write
	return Output{Articles: []Article{{Text: "unreachable"}}}, nil
}

func TestRecover(t *testing.T) {
	e := Recover(panicky{})
	if Recover(e) != e {
		t.Error("Recover wrapped twice")
	}
	out, err := e.Extract([]byte(page), "")
	var pe *PanicError
	if !errors.As(err, &pe) || pe.Stack == "" || len(out.Articles) != 0 {
		t.Fatalf("Extract after panic = %+v, %v", out, err)
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
			out, err := e.Extract([]byte(page), "https://example.com/a/story.html")
			if strings.HasPrefix(name, "pare") {
				t.Logf("%d articles, err %v", len(out.Articles), err)
				return
			}
			if err != nil || len(out.Articles) != 1 || !strings.Contains(out.Joined(), "lazy dog") {
				t.Errorf("Extract = %+v, %v", out, err)
			}
			if out.First() != out.Articles[0] {
				t.Errorf("First() = %+v", out.First())
			}
		})
	}
	if _, err := New("nope"); err == nil {
		t.Error("New(nope): no error")
	}
}

func TestOutput(t *testing.T) {
	out := Output{Articles: []Article{{Text: "one", Title: "A"}, {Text: "two"}, {Text: "three"}}}
	if got := out.Joined(); got != "one\n\ntwo\n\nthree" {
		t.Errorf("Joined() = %q", got)
	}
	if out.First().Title != "A" {
		t.Errorf("First() = %+v", out.First())
	}
	var none Output
	if none.Joined() != "" || none.First() != (Article{}) {
		t.Errorf("empty Output: %q, %+v", none.Joined(), none.First())
	}
	if got := one(Article{Text: " \n ", Title: "T"}); len(got.Articles) != 0 {
		t.Errorf("one(blank text) = %+v", got)
	}
}

// metaPage states its metadata the ways pages do: a headline, a byline, a
// date in the page's own zone that is the next day in UTC.
const metaPage = `<!doctype html><html><head><title>The ferry story | Example News</title>
<meta property="article:published_time" content="2024-03-05T23:30:00-05:00">
<meta name="author" content="Jane Doe"></head>
<body><article><h1>The ferry story</h1><p class="byline">By Jane Doe</p>
<p>The council voted on Tuesday to extend the ferry timetable through the winter, after a petition signed by more than four thousand residents asked for it.</p>
<p>Second paragraph: the quick brown fox jumps over the lazy dog, again and again, until the paragraph is long enough to count.</p>
<p>Third paragraph, which closes the article with a final sentence about nothing in particular at all, for length.</p>
</article></body></html>`

// TestMetadata runs every extractor that reads metadata on metaPage and
// logs what each gives; pare's must hold the day as the page wrote it.
func TestMetadata(t *testing.T) {
	for _, name := range []string{"pare", "go-trafilatura", "go-readability"} {
		e, err := New(name)
		if err != nil {
			t.Fatal(err)
		}
		out, err := e.Extract([]byte(metaPage), "https://example.com/ferry")
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		a := out.First()
		t.Logf("%s: title %q, author %q, published %q", name, a.Title, a.Author, a.Published)
		if name == "pare" && (a.Title != "The ferry story" || a.Author != "Jane Doe" || !strings.HasPrefix(a.Published, "2024-03-05")) {
			t.Errorf("pare: %+v", a)
		}
	}
}
