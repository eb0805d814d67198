package batch

import (
	"bytes"
	"encoding/json"
	"io"
	"math"
	"strconv"

	"github.com/pare-dev/pare/extract"
)

// Identity says which input a record is about: a file, or one record of a
// WARC file. It is what -resume matches on, so it must be the same from
// one run over the same inputs to the next.
type Identity struct {
	// File is the path as given (or as found under a directory given),
	// "<stdin>" for a page on standard input, or the WARC file's path.
	File string `json:"file"`
	// WARCRecordID, WARCOffset and TargetURI are set for a WARC record:
	// its WARC-Record-ID, the byte offset of the record in the (possibly
	// gzipped) file, and its WARC-Target-URI. The offset is kept even
	// where the ID is missing or repeated, so every record has a key.
	WARCRecordID string `json:"warc_record_id,omitempty"`
	WARCOffset   *int64 `json:"warc_offset,omitempty"`
	TargetURI    string `json:"target_uri,omitempty"`
}

// Key is the string -resume matches records on: the file, and for a WARC
// record its offset (IDs can be missing or repeated; offsets cannot).
func (id Identity) Key() string {
	if id.WARCOffset == nil {
		return id.File
	}
	return id.File + "\x00" + strconv.FormatInt(*id.WARCOffset, 10)
}

// ErrorKind says, for machines, why an input gave no page. The message
// beside it is for people and may change.
type ErrorKind string

// The error kinds a Record can carry.
const (
	ErrRead        ErrorKind = "read"         // missing, unreadable, a broken gzip stream
	ErrTooLarge    ErrorKind = "too-large"    // over the size budget (extract.Options.MaxInputBytes)
	ErrNotHTML     ErrorKind = "not-html"     // binary data
	ErrTimeout     ErrorKind = "timeout"      // over the per-page time budget
	ErrSpecialFile ErrorKind = "special-file" // a FIFO, socket or device: never opened
	ErrWARCRecord  ErrorKind = "warc-record"  // a truncated or corrupt WARC record
	ErrNoPages     ErrorKind = "no-pages"     // a directory named outright holds no file to read
	ErrExtract     ErrorKind = "extract"      // any other extractor error
)

// Record is the JSON Lines record of one input page: its identity, then
// what pare made of it, or why it could not (ErrorKind and Error, with
// Articles empty). The CLI's -format json and the Beam pipeline both write
// it, so their outputs can be compared line for line.
type Record struct {
	Identity
	ErrorKind ErrorKind `json:"error_kind,omitempty"`
	Error     string    `json:"error,omitempty"`
	URL       string    `json:"url,omitempty"`
	URLSource string    `json:"url_source,omitempty"`
	Encoding  string    `json:"encoding,omitempty"`
	Title     string    `json:"title,omitempty"`
	SiteName  string    `json:"site_name,omitempty"`
	Language  string    `json:"language,omitempty"`
	Rule      string    `json:"rule,omitempty"`
	RuleNote  string    `json:"rule_note,omitempty"`
	Reason    string    `json:"reason,omitempty"`
	// ReasonKind is extract.ReasonKind: what a script branches on.
	ReasonKind string    `json:"reason_kind,omitempty"`
	Fallback   string    `json:"fallback,omitempty"`
	Articles   []Article `json:"articles"`
	Removed    []Removal `json:"removed,omitempty"`
	Warnings   []string  `json:"warnings,omitempty"`
}

// Article is one article of a Record.
type Article struct {
	URL           string   `json:"url,omitempty"`
	Title         string   `json:"title"`
	Byline        string   `json:"byline,omitempty"`
	Authors       []string `json:"authors,omitempty"`
	Organizations []string `json:"organizations,omitempty"`
	// Published and Modified are extract.Date.ISO: no more precise than
	// the page ("2025-04", "2025-07-23", "2025-07-23T10:22"), with an
	// offset only when the page gave one; the _precision fields name it
	// ("month", "day", "minute", "second").
	Published          string `json:"published,omitempty"`
	PublishedText      string `json:"published_text,omitempty"`
	PublishedPrecision string `json:"published_precision,omitempty"`
	Modified           string `json:"modified,omitempty"`
	ModifiedText       string `json:"modified_text,omitempty"`
	ModifiedPrecision  string `json:"modified_precision,omitempty"`
	SiteName           string `json:"site_name,omitempty"`
	Language           string `json:"language,omitempty"`
	// LanguageSource is "markup" or "text" (extract.Article.LanguageSource).
	LanguageSource string   `json:"language_source,omitempty"`
	Image          string   `json:"image,omitempty"`
	Description    string   `json:"description,omitempty"`
	Tags           []string `json:"tags,omitempty"`
	Categories     []string `json:"categories,omitempty"`
	Summary        []string `json:"summary,omitempty"`
	Appended       bool     `json:"appended,omitempty"`
	NotArticle     bool     `json:"not_article,omitempty"`
	// Split says why an appended article was cut from the text before it
	// (extract.Split): the evidence that fired and the cohesion across
	// the cut.
	Split    *Split `json:"split,omitempty"`
	Text     string `json:"text"`
	HTML     string `json:"html"`
	Markdown string `json:"markdown"`
}

// Split is extract.Split in a record.
type Split struct {
	Evidence []string `json:"evidence"`
	Cohesion float64  `json:"cohesion"`
}

// Removal is one piece pare removed, and why.
type Removal struct {
	Reason string `json:"reason"`
	By     string `json:"by"`
	Text   string `json:"text,omitempty"`
}

// NewRecord is the record of a page the extractor read.
func NewRecord(id Identity, res *extract.Result) Record {
	r := Record{Identity: id, URL: res.URL, URLSource: res.URLSource, Encoding: res.Encoding,
		Title: res.Title, SiteName: res.SiteName, Language: res.Language, Rule: res.Rule,
		RuleNote: res.RuleNote, Reason: res.Reason.Text, ReasonKind: string(res.Reason.Kind),
		Fallback: res.Fallback, Articles: []Article{}, Warnings: res.Warnings}
	for _, a := range res.Articles {
		var sp *Split
		if a.Split != nil {
			sp = &Split{Evidence: a.Split.Evidence, Cohesion: math.Round(a.Split.Cohesion*1000) / 1000}
		}
		r.Articles = append(r.Articles, Article{Split: sp,
			URL: a.URL, Title: a.Title, Byline: a.Byline, Authors: a.Authors,
			Organizations: a.Organizations,
			Published:     a.Published.ISO(), PublishedText: a.Published.Text, PublishedPrecision: a.Published.Precision.String(),
			Modified: a.Modified.ISO(), ModifiedText: a.Modified.Text, ModifiedPrecision: a.Modified.Precision.String(),
			SiteName: a.SiteName, Language: a.Language, LanguageSource: a.LanguageSource,
			Image: a.Image, Description: a.Description, Tags: a.Tags, Categories: a.Categories, Summary: a.Summary,
			Appended: a.Appended, NotArticle: a.NotArticle, Text: a.Text, HTML: a.HTML, Markdown: a.Markdown,
		})
	}
	for _, rm := range res.Removed {
		r.Removed = append(r.Removed, Removal{Reason: string(rm.Reason), By: rm.By, Text: rm.Text})
	}
	return r
}

// ErrorRecord is the record of an input that gave no page.
func ErrorRecord(id Identity, kind ErrorKind, msg string) Record {
	return Record{Identity: id, ErrorKind: kind, Error: msg, Articles: []Article{}}
}

// AppendJSON appends the record as one JSON line (with its newline), so
// that a writer can put it out in one Write and never tear it. HTML is not
// escaped: the text and HTML fields stay readable.
func (r Record) AppendJSON(buf []byte) ([]byte, error) {
	b := bytes.NewBuffer(buf)
	enc := json.NewEncoder(b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r); err != nil {
		return buf, err
	}
	return b.Bytes(), nil
}

// WriteJSON writes the record as one JSON line in a single Write.
func (r Record) WriteJSON(w io.Writer) error {
	line, err := r.AppendJSON(nil)
	if err != nil {
		return err
	}
	_, err = w.Write(line)
	return err
}
