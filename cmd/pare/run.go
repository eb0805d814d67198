package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/pare-dev/pare/extract"
	"github.com/pare-dev/pare/rules"
)

// Exit statuses, as a shell user expects them: 0 when every input gave at
// least one article, 1 when any input failed or held no article, 2 for a
// usage error.
const (
	exitOK      = 0
	exitFailed  = 1
	exitUsage   = 2
	programName = "pare"
)

type config struct {
	format  string
	pageURL string
	rulesIn string
	noRules bool
	explain bool
	first   bool
	all     bool
	second  bool
}

// run is the whole command, written as a function of its arguments and
// streams so tests can call it. Both output streams go through a
// safeWriter, so no control character from a page or a file name reaches
// the terminal, and messages name files through oneLine.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	errOut := &safeWriter{w: stderr}
	defer errOut.flush()
	stderr = errOut
	fs := flag.NewFlagSet(programName, flag.ContinueOnError)
	fs.SetOutput(stderr)
	var c config
	fs.StringVar(&c.format, "format", "text", "output format: text, json, html or markdown")
	fs.StringVar(&c.pageURL, "url", "", "the page's URL (resolves links, selects publisher rules); one input only")
	fs.StringVar(&c.rulesIn, "rules", "", "also load publisher rules from this `directory`")
	fs.BoolVar(&c.noRules, "no-rules", false, "use generic extraction only, no publisher rules")
	fs.BoolVar(&c.explain, "explain", false, "list what was removed from each page and why")
	fs.BoolVar(&c.first, "first", false, "print only the page's primary article")
	fs.BoolVar(&c.all, "all-pages", false, "give the main content of pages that hold no article (product pages, lists, forums) instead of none")
	fs.BoolVar(&c.second, "readability", false, "where pare finds no article, ask go-readability for one (costly in memory on such pages)")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: %s [flags] FILE|DIR|- ...\n\nPrints the clean articles of saved web pages. .gz files are read as is.\n\n", programName)
		fs.PrintDefaults()
	}
	inputs, err := parseInterspersed(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	if err := c.check(inputs); err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", programName, err)
		fs.Usage()
		return exitUsage
	}
	ex, err := c.extractor()
	if err != nil {
		for _, e := range unjoin(err) { // a rule error per line
			fmt.Fprintf(stderr, "%s: %s\n", programName, oneLine(e.Error()))
		}
		return exitUsage
	}
	out := newWriter(c, stdout)
	status := exitOK
	for _, in := range inputs {
		for _, page := range expand(in, stderr, &status) {
			if !processPage(ex, c, page, stdin, out, stderr) {
				status = exitFailed
			}
		}
	}
	if err := out.close(); err != nil {
		fmt.Fprintf(stderr, "%s: writing output: %v\n", programName, err)
		return exitFailed
	}
	return status
}

// parseInterspersed lets flags follow file names, as in "pare page.html
// -format json", which the flag package alone does not. After "--" every
// argument is a file, as the flag package and getopt have it, so that
// "pare -- -a.html -b.html" reads two files named with a dash.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var inputs []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if used := len(args) - len(rest); used > 0 && args[used-1] == "--" && !(used > 1 && takesValue(fs, args[used-2])) {
			return append(inputs, rest...), nil
		}
		if len(rest) == 0 {
			return inputs, nil
		}
		inputs = append(inputs, rest[0])
		args = rest[1:]
	}
}

// takesValue reports whether arg is a flag that takes the next argument
// as its value, as "-url" does; "-url --" sets the URL to "--" and ends
// nothing.
func takesValue(fs *flag.FlagSet, arg string) bool {
	name, ok := strings.CutPrefix(arg, "-")
	if !ok || strings.Contains(name, "=") {
		return false
	}
	f := fs.Lookup(strings.TrimPrefix(name, "-"))
	if f == nil {
		return false
	}
	b, isBool := f.Value.(interface{ IsBoolFlag() bool })
	return !isBool || !b.IsBoolFlag()
}

// unjoin returns the errors that errors.Join joined into err, or err.
func unjoin(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

func (c config) check(inputs []string) error {
	switch c.format {
	case "text", "json", "html", "markdown", "md":
	default:
		return fmt.Errorf("unknown -format %q (want text, json, html or markdown)", c.format)
	}
	if len(inputs) == 0 {
		return errors.New("no input: give files, directories, or - for standard input")
	}
	if c.pageURL != "" && len(inputs) > 1 {
		return errors.New("-url applies to one page; give a single input")
	}
	if c.noRules && c.rulesIn != "" {
		return errors.New("-rules and -no-rules contradict each other")
	}
	return nil
}

func (c config) extractor() (*extract.Extractor, error) {
	opts := extract.Options{PrimaryOnly: c.first, AllPages: c.all, SecondOpinion: c.second, Outputs: c.outputs()}
	if !c.noRules {
		set, err := rules.Builtin()
		if err != nil {
			return nil, err
		}
		if c.rulesIn != "" {
			own, err := rules.Load(os.DirFS(c.rulesIn))
			if err != nil {
				return nil, err
			}
			set = rules.Merge(set, own)
		}
		opts.Rules = set
	}
	return extract.New(opts)
}

// outputs asks the extractor for the one rendering the format prints, so
// that text output does not pay for sanitising HTML and converting it to
// Markdown; JSON carries all three.
func (c config) outputs() extract.Outputs {
	switch c.format {
	case "text":
		return extract.Text
	case "html":
		return extract.HTML
	case "markdown", "md":
		return extract.Markdown
	}
	return extract.AllOutputs
}

// expand turns a command-line input into the pages it names: a file, "-"
// for standard input, or every page file under a directory.
func expand(in string, stderr io.Writer, status *int) []string {
	if in == "-" {
		return []string{in}
	}
	info, err := os.Stat(in)
	if err != nil || !info.IsDir() {
		return []string{in} // processPage reports a missing file
	}
	var pages []string
	err = filepath.WalkDir(in, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			fmt.Fprintf(stderr, "%s: %s: %s\n", programName, oneLine(path), oneLine(err.Error()))
			*status = exitFailed
			return nil
		}
		if !d.IsDir() && isPageFile(path) {
			pages = append(pages, path)
		}
		return nil
	})
	if err == nil && len(pages) == 0 {
		fmt.Fprintf(stderr, "%s: %s: no .html, .htm or .gz files in directory\n", programName, oneLine(in))
		*status = exitFailed
	}
	return pages
}

func isPageFile(path string) bool {
	p := strings.ToLower(strings.TrimSuffix(strings.ToLower(path), ".gz"))
	return strings.HasSuffix(path, ".gz") || strings.HasSuffix(p, ".html") ||
		strings.HasSuffix(p, ".htm") || strings.HasSuffix(p, ".xhtml")
}

// processPage extracts one page and writes it; it reports success.
// Failures get one line on stderr naming the page, and an error record
// in JSON. A special file (a FIFO, a socket, a device) fails without
// being opened.
func processPage(ex *extract.Extractor, c config, name string, stdin io.Reader, out *writer, stderr io.Writer) bool {
	var r io.Reader = stdin
	label := name
	if name == "-" {
		label = "<stdin>"
	} else {
		f, err := openPage(name)
		if err != nil {
			return fail(out, stderr, label, err)
		}
		defer f.Close()
		r = f
	}
	res, err := ex.Extract(context.Background(), r, c.pageURL)
	if err != nil {
		return fail(out, stderr, label, err)
	}
	if err := out.page(label, res); err != nil {
		return fail(out, stderr, label, err)
	}
	if c.explain {
		writeExplain(stderr, label, res)
	}
	for _, w := range res.Warnings {
		message(stderr, label, "warning: "+w)
	}
	if len(res.Articles) == 0 {
		message(stderr, label, fmt.Sprint("no article: ", res.Reason))
		return false
	}
	if res.Articles[0].NotArticle {
		message(stderr, label, fmt.Sprint("no article, main content given: ", res.Reason))
	}
	return true
}

// message writes one line about a page on stderr. The page's name and
// the text are flattened onto the line: a newline in a file name must
// not forge a message about another.
func message(stderr io.Writer, label, text string) {
	fmt.Fprintf(stderr, "%s: %s: %s\n", programName, oneLine(label), oneLine(text))
}

func fail(out *writer, stderr io.Writer, label string, err error) bool {
	msg := err.Error()
	var pe *fs.PathError
	if errors.As(err, &pe) {
		msg = pe.Err.Error()
	}
	message(stderr, label, msg)
	out.failure(label, msg)
	return false
}

func writeExplain(w io.Writer, label string, res *extract.Result) {
	fmt.Fprintf(w, "%s: %s: rule %q", programName, oneLine(label), res.Rule)
	if res.RuleNote != "" {
		fmt.Fprintf(w, " (%s)", oneLine(res.RuleNote))
	}
	fmt.Fprintf(w, ", %d article(s), %d removal(s)\n", len(res.Articles), len(res.Removed))
	for _, r := range res.Removed {
		fmt.Fprintf(w, "  removed %-10s by %s: %q\n", r.Reason, oneLine(r.By), r.Text)
	}
}
