package cotejo

import (
	"crypto/sha256"
	"encoding/hex"
)

// Kind is the form an input came in.
type Kind string

// Input kinds, as detected from content.
const (
	KindText     Kind = "text"     // scraped plain text
	KindMarkdown Kind = "markdown" // scraped Markdown
	KindHTML     Kind = "html"     // an HTML page
	KindJSONL    Kind = "jsonl"    // one record of a JSON Lines export
	KindFeed     Kind = "feed"     // one item of an RSS, Atom or JSON feed
	KindWARC     Kind = "warc"     // one response record of a WARC archive
)

// Article is one outlet's piece, read once and annotated in layers. Body
// is set by cleaning and never changes afterwards: every annotation is a
// Span into it, the way an NLP document keeps one text and many layers.
type Article struct {
	ID     string // "a1", "a2"… in input order; set by the pipeline
	Source string // file name or URL as given, with "#n" for records inside a file
	Kind   Kind
	Raw    string // the input text the body was cleaned from (HTML pages: the extracted text)

	URL       string
	Outlet    string // domain or outlet name; "" when unknown
	Title     string // "" when the input has none
	Authors   []string
	Published Date
	Language  string // ISO 639-1 code, "" when unknown

	Body    string   // cleaned text, paragraphs separated by a blank line
	Removed []string // each line of debris removed from Raw, as it stood

	// SharedFraction is the share of Body (in bytes of words) that stands
	// near-verbatim in another outlet's article of the same story.
	SharedFraction float64

	// Annotation layers, filled by annotate.
	Sentences []Span
	Tokens    []Token
	Mentions  []Mention // named-entity mentions
	Timexes   []Timex   // temporal expressions, resolved
	Quotes    []QuoteMention
	// TitleQuotes are the quotations of Title that the body does not
	// repeat (spans into Title, the words inside the marks): a headline
	// may quote words the article never prints. No speaker is read from a
	// headline.
	TitleQuotes []Span
}

// Hash returns a stable content hash of the article's cleaned body, used to
// make ingestion idempotent.
func (a *Article) Hash() string {
	h := sha256.Sum256([]byte(a.Body))
	return hex.EncodeToString(h[:16])
}

// Token is one word, number or punctuation mark of a Body.
type Token struct {
	Span
	Sentence int // index into Article.Sentences
}

// Entity types.
const (
	PER  = "PER"
	ORG  = "ORG"
	LOC  = "LOC"
	MISC = "MISC"
)

// Mention is a named-entity mention in an article.
type Mention struct {
	Span
	Type string // PER, ORG, LOC or MISC
	Text string // the surface form as printed
	// Role is a title or apposition attached to the mention in the text
	// ("presidente bielorruso" in "el presidente bielorruso, Alexander
	// Lukashenko"); "" when none.
	Role string
	// Descriptive marks a mention found as a role-only description ("el
	// líder bielorruso"), to be resolved to an entity at story level.
	Descriptive bool
}

// Timex is a temporal expression resolved against the publication date.
type Timex struct {
	Span
	Text     string // as printed: "este jueves", "el 21 de noviembre"
	Date     Date   // resolved; zero when it could not be resolved
	Relative bool   // resolved against the publication date rather than read off
}

// QuoteMention is a direct quotation in one article.
type QuoteMention struct {
	Span              // the quoted words, without the quotation marks
	Sentence    int   // index into Article.Sentences of the sentence holding it
	Speaker     *Span // the mention of the speaker in the body, when found
	SpeakerName string
	Cue         string // what attributed it: a reporting verb, "según", "previous sentence"…
}

// Rejected is an input that could not be read, and why.
type Rejected struct {
	Source string `json:"source"`
	Error  string `json:"error"`
}
