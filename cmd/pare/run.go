package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/pare-dev/pare/extract"
	"github.com/pare-dev/pare/htmldate"
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
	noSplit bool
	second  bool
	// The batch flags (see batchrun.go and the README).
	from, output, outdir string
	include, exclude     globs
	workers              int
	timeout              time.Duration
	maxBytes             int64
	ordered, quiet       bool
	resume, noFail       bool
	// -explain-html (explainhtml.go).
	explainHTML string
	// noHTMLDate is -no-htmldate: no second opinion on dates.
	noHTMLDate bool
	// siteConfig is the -site-config folder (see rulescheck.go); with
	// -no-rules its site configs are the only rules.
	siteConfig string
	// the renderings' switches (issue 11), as the Options fields
	captions, noLinks, noImages, noTables, frontMatter bool
}

// globs is a flag that may be given several times, or once with
// comma-separated patterns.
type globs []string

func (g *globs) String() string { return strings.Join(*g, ",") }

func (g *globs) Set(v string) error {
	for _, p := range strings.Split(v, ",") {
		if p = strings.TrimSpace(p); p != "" {
			*g = append(*g, p)
		}
	}
	return nil
}

// run is the whole command, written as a function of its arguments and
// streams so tests can call it. Both output streams go through a
// safeWriter, so no control character from a page or a file name reaches
// the terminal, and messages name files through oneLine.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	rawStderr := stderr // for the progress bar alone: see progress
	errOut := &safeWriter{w: stderr}
	defer errOut.flush()
	stderr = errOut
	if code, ok := runSubcommand(args, stdout, stderr); ok {
		return code
	}
	fs := flag.NewFlagSet(programName, flag.ContinueOnError)
	fs.SetOutput(stderr)
	var c config
	fs.StringVar(&c.format, "format", "text", "output format: text, json, html or markdown")
	fs.StringVar(&c.pageURL, "url", "", "the page's URL (resolves links, selects publisher rules); one input only")
	fs.StringVar(&c.rulesIn, "rules", "", "also load publisher rules from this `directory`")
	fs.BoolVar(&c.noRules, "no-rules", false, "use generic extraction only, no publisher rules")
	fs.StringVar(&c.siteConfig, "site-config", "", "also use the FiveFilters site configs in this `directory` (HOST.txt files), where no pare rule serves the host; pare rules check DIR lists what pare cannot honour in them")
	fs.BoolVar(&c.explain, "explain", false, "list what was removed from each page and why")
	fs.BoolVar(&c.first, "first", false, "print only the page's primary article")
	fs.BoolVar(&c.all, "all-pages", false, "give the main content of pages that hold no article (product pages, lists, forums) instead of none")
	fs.BoolVar(&c.noSplit, "no-split", false, "one article per page: do not cut off the stories a site appended below the page's own")
	fs.BoolVar(&c.second, "readability", false, "where pare finds no article, ask go-readability for one (costly in memory on such pages)")
	fs.StringVar(&c.from, "from", "", "also read the paths in this `file`, one a line (- for standard input)")
	fs.StringVar(&c.output, "o", "", "write to this `file` instead of standard output")
	fs.StringVar(&c.outdir, "outdir", "", "write each article to a file of its own in this `directory` (text, html, markdown)")
	fs.Var(&c.include, "include", "in directories, read only files matching this `glob` (repeatable, or comma-separated)")
	fs.Var(&c.exclude, "exclude", "in directories, skip files and folders matching this `glob` (repeatable, or comma-separated)")
	fs.IntVar(&c.workers, "j", runtime.GOMAXPROCS(0), "extract this many pages at once")
	fs.DurationVar(&c.timeout, "timeout", time.Minute, "time budget per page; a page over it gets an error record (0: none)")
	fs.Int64Var(&c.maxBytes, "max-bytes", extract.DefaultMaxInputBytes, "size budget per page, in bytes")
	fs.BoolVar(&c.ordered, "ordered", false, "write pages in input order (for diffable runs); otherwise as they are done")
	fs.BoolVar(&c.quiet, "q", false, "no progress bar and no counts at the end")
	fs.BoolVar(&c.resume, "resume", false, "with -o: skip the inputs the file already records, and append")
	fs.StringVar(&c.explainHTML, "explain-html", "", "write a self-contained HTML `report` of what pare did to the one page given (the page with each block outlined: kept, removed and why, article boundaries); the articles are not printed")
	fs.BoolVar(&c.noHTMLDate, "no-htmldate", false, "no second opinion on dates from go-htmldate where the page gives none in its article, JSON-LD or meta (saves its memory)")
	fs.BoolVar(&c.noFail, "no-fail", false, "exit 0 even when inputs fail or hold no article (they are in the records): for workers under Spark or Hadoop, which fail a task on any other status")
	// What the renderings hold (Options.Captions, NoLinks, NoImages,
	// NoTables, FrontMatter).
	fs.BoolVar(&c.captions, "captions", false, "keep photo captions and credits in the articles")
	fs.BoolVar(&c.noLinks, "no-links", false, "write links as their text in HTML and Markdown")
	fs.BoolVar(&c.noImages, "no-images", false, "leave images out of HTML and Markdown")
	fs.BoolVar(&c.noTables, "no-tables", false, "leave data tables out of the text, HTML and Markdown")
	fs.BoolVar(&c.frontMatter, "front-matter", false, "start each article's Markdown with YAML front matter holding its metadata")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: %s [flags] FILE|DIR|WARC|- ...\n\nPrints the clean articles of saved web pages and WARC archives. .gz files are read as is.\n\n", programName)
		fmt.Fprintf(stderr, "       %s golden [-update] DIR...   regression run over saved pages and their goldens\n"+
			"       %s rules test [DIR]          run the rules' tests against their fixtures\n"+
			"       %s rules new HOST PAGE       scaffold a rule from a saved page\n\n", programName, programName, programName)
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
	ex, warnings, err := c.extractor()
	if warnings > 0 && !c.quiet {
		// Never a silent drop: say that directives went unhonoured, and
		// where to read them.
		fmt.Fprintf(stderr, "%s: -site-config %s: %d directive(s) pare does not honour; %s rules check %s lists them\n",
			programName, oneLine(c.siteConfig), warnings, programName, oneLine(c.siteConfig))
	}
	if err != nil {
		for _, e := range unjoin(err) { // a rule error per line
			fmt.Fprintf(stderr, "%s: %s\n", programName, oneLine(e.Error()))
		}
		return exitUsage
	}
	if c.explainHTML != "" {
		return runExplainHTML(c, ex, inputs, stdin, stderr)
	}
	return runPages(c, ex, inputs, stdin, stdout, stderr, rawStderr)
}

// runSubcommand runs `pare golden …` and `pare rules test|new …`, and
// reports whether args named one. Their output goes through a
// safeWriter too: a diff quotes pages and goldens. A file named like a
// subcommand is still read with "pare ./golden" or "pare -- golden".
func runSubcommand(args []string, stdout, stderr io.Writer) (int, bool) {
	if len(args) == 0 {
		return 0, false
	}
	out := &safeWriter{w: stdout}
	defer out.flush()
	switch args[0] {
	case "golden":
		return runGolden(args[1:], out, stderr), true
	case "rules":
		if len(args) > 1 {
			switch args[1] {
			case "test":
				return runRulesTest(args[2:], out, stderr), true
			case "new":
				return runRulesNew(args[2:], out, stderr), true
			case "check":
				return rulesCheck(args[2:], out, stderr), true
			}
		}
		fmt.Fprintf(stderr, "usage: %s rules check DIR... | rules test [DIR] | rules new HOST PAGE\n", programName)
		return exitUsage, true
	}
	return 0, false
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
	if len(inputs) == 0 && c.from == "" {
		return errors.New("no input: give files, directories, or - for standard input")
	}
	if c.from == "-" && slices.Contains(inputs, "-") {
		return errors.New("-from - reads paths on standard input; a page cannot come there too")
	}
	if c.workers < 1 {
		return fmt.Errorf("-j %d: want at least 1", c.workers)
	}
	if c.timeout < 0 || c.maxBytes < 1 {
		return errors.New("-timeout and -max-bytes must not be negative")
	}
	if c.resume && (c.output == "" || c.format != "json") {
		return errors.New("-resume needs -o FILE and -format json: it reads the records the file holds")
	}
	for _, g := range append(slices.Clone(c.include), c.exclude...) {
		if _, err := filepath.Match(g, ""); err != nil {
			return fmt.Errorf("bad glob %q: %v", g, err)
		}
	}
	if c.outdir != "" && (c.format == "json" || c.output != "") {
		return errors.New("-outdir writes one file per article in text, html or markdown; use -o for JSON Lines")
	}
	if c.pageURL != "" && (len(inputs) > 1 || c.from != "") {
		return errors.New("-url applies to one page; give a single input")
	}
	if c.noRules && c.rulesIn != "" {
		return errors.New("-rules and -no-rules contradict each other")
	}
	return nil
}

// dateGuesser is go-htmldate's second opinion on dates, unless
// -no-htmldate.
func (c config) dateGuesser() extract.DateGuesser {
	if c.noHTMLDate {
		return nil
	}
	return htmldate.Guesser{}
}

// extractor builds the Extractor the flags ask for, and counts the
// warnings of the -site-config folder's site configs.
func (c config) extractor() (*extract.Extractor, int, error) {
	warnings := 0
	opts := extract.Options{DateGuesser: c.dateGuesser(), PrimaryOnly: c.first, AllPages: c.all, NoSplit: c.noSplit, SecondOpinion: c.second, Outputs: c.outputs(), MaxInputBytes: c.maxBytes}
	opts.Captions, opts.NoLinks, opts.NoImages, opts.NoTables, opts.FrontMatter = c.captions, c.noLinks, c.noImages, c.noTables, c.frontMatter
	if !c.noRules {
		set, err := rules.Builtin()
		if err != nil {
			return nil, 0, err
		}
		if c.rulesIn != "" {
			own, err := loadRulesDir(c.rulesIn)
			if err != nil {
				return nil, 0, err
			}
			set = rules.Merge(set, own)
		}
		opts.Rules = set
	}
	if c.siteConfig != "" {
		sites, rep, err := loadSiteConfigReport(c.siteConfig)
		if err != nil {
			return nil, 0, err
		}
		opts.SiteConfigs, warnings = sites, len(rep.Warnings)
	}
	ex, err := extract.New(opts)
	return ex, warnings, err
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

// message writes one line about a page on stderr. The page's name and
// the text are flattened onto the line: a newline in a file name must
// not forge a message about another.
func message(stderr io.Writer, label, text string) {
	fmt.Fprintf(stderr, "%s: %s: %s\n", programName, oneLine(label), oneLine(text))
}

func writeExplain(w io.Writer, label string, res *extract.Result) {
	fmt.Fprintf(w, "%s: %s: rule %q", programName, oneLine(label), res.Rule)
	if res.RuleNote != "" {
		fmt.Fprintf(w, " (%s)", oneLine(res.RuleNote))
	}
	fmt.Fprintf(w, ", %d article(s), %d removal(s)\n", len(res.Articles), len(res.Removed))
	for i, a := range res.Articles {
		if a.Split != nil {
			fmt.Fprintf(w, "  article %d %q split off on %s (cohesion %.2f)\n", i+1, oneLine(a.Title),
				strings.Join(a.Split.Evidence, ", "), a.Split.Cohesion)
		}
	}
	for _, r := range res.Removed {
		fmt.Fprintf(w, "  removed %-10s by %s: %q\n", r.Reason, oneLine(r.By), r.Text)
	}
}
