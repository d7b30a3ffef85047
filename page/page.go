// Package page extracts the main text and the metadata (title, authors,
// site, canonical URL, publication date, language) of an HTML news page.
// It never fetches anything: the page's URL is only a hint.
package page

import (
	"errors"
	"fmt"
	nurl "net/url"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/cotejo/cotejo"
	"github.com/cotejo/cotejo/lang"
	"github.com/go-shiori/dom"
	"github.com/markusmobius/go-htmldate"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// MaxInput is the largest page Extract accepts, in bytes.
const MaxInput = 10 << 20

// ErrTooLarge is returned for a page larger than MaxInput.
var ErrTooLarge = errors.New("page larger than 10 MiB")

// Result is what Extract finds in a page. Text fields are valid UTF-8;
// any of them is empty when the page does not say, Text included: a page
// may carry metadata and no article.
type Result struct {
	Text       string   // the main text, paragraphs separated by a blank line
	Paragraphs []string // the paragraphs of Text, in order
	Title      string
	Sitename   string // the outlet's name, or the page's host when it names none
	URL        string // the canonical URL, else the URL given as a hint
	Language   string // ISO 639-1 code
	Authors    []string
	Published  cotejo.Date // to the minute when the page gives a time, else to the day
}

// shortText is the length, in runes, under which trafilatura's main text
// is doubted and readability is asked for a second opinion. Below it
// trafilatura has often kept only a teaser or fallen back to its
// whole-page baseline.
const shortText = 1000

// Extract finds the main text and the metadata of an HTML page. pageURL,
// which may be empty, is where the page came from: it resolves relative
// links and may carry the date, but is never fetched.
func Extract(data []byte, pageURL string) (Result, error) {
	if len(data) > MaxInput {
		return Result{}, ErrTooLarge
	}
	doc, err := parse(data)
	if err != nil {
		return Result{}, fmt.Errorf("parse html: %w", err)
	}
	hint := parseHint(pageURL)
	var hintURL string
	if hint != nil {
		hintURL = hint.String()
	}

	// htmldate runs once, here, with the options that keep the time; its
	// result is handed to trafilatura so that it does not run it again.
	date, _ := htmldate.FromDocument(doc, htmldate.Options{
		URL:               hintURL,
		UseOriginalDate:   true,
		ExtractTime:       true,
		DeferUrlExtractor: true,
	})
	res, err := trafilatura.ExtractDocument(doc, trafilatura.Options{
		OriginalURL:      hint,
		ExcludeComments:  true,
		HtmlDateOverride: &date,
	})
	var r Result
	if err == nil {
		r = fromTrafilatura(res)
	}
	if utf8.RuneCountInString(r.Text) < shortText {
		secondOpinion(doc, hint, &r)
	}
	r.Published = toDate(date)
	r.URL = firstOf(r.URL, hintURL)
	if hint != nil {
		r.Sitename = firstOf(r.Sitename, strings.TrimPrefix(hint.Hostname(), "www."))
	}
	r.Language = pageLanguage(declaredLanguage(doc), r.Text)
	clean(&r)
	return r, nil
}

// parseHint returns pageURL when it is an absolute http(s) URL, else nil.
func parseHint(pageURL string) *nurl.URL {
	u, err := nurl.Parse(strings.TrimSpace(pageURL))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil
	}
	return u
}

func fromTrafilatura(res *trafilatura.ExtractResult) Result {
	m := res.Metadata
	r := Result{
		Paragraphs: paragraphs(res.ContentNode),
		Title:      m.Title,
		Sitename:   m.Sitename,
		URL:        m.URL,
		Language:   m.Language,
	}
	if r.Sitename == "" {
		r.Sitename = strings.TrimPrefix(m.Hostname, "www.")
	}
	for _, a := range strings.Split(m.Author, ";") {
		if a = strings.TrimSpace(a); a != "" {
			r.Authors = append(r.Authors, a)
		}
	}
	r.Text = strings.Join(r.Paragraphs, "\n\n")
	return r
}

// toDate keeps the grain htmldate found: the minute when it read a time,
// else the day.
func toDate(d htmldate.Result) cotejo.Date {
	if d.IsZero() {
		return cotejo.Date{}
	}
	t := d.DateTime
	if !d.HasTime {
		return cotejo.Date{Time: t, Grain: cotejo.Day}
	}
	return cotejo.Date{Time: t.Truncate(time.Minute), Grain: cotejo.Minute}
}

// pageLanguage returns the language of a page's text: the one the page
// declares, unless its text, long enough to tell, is plainly in another
// language the detector knows (a template's <html lang="en"> over a
// Spanish article); the detector's guess when the page declares none.
func pageLanguage(declared, text string) string {
	if declared == "" {
		return lang.Detect(text)
	}
	// A language the detector does not know, or too little text to
	// overrule the page: no need to detect.
	if !lang.Detectable(declared) || utf8.RuneCountInString(text) < overrideRunes {
		return declared
	}
	if detected, conf := lang.DetectConfidence(text); detected != "" && detected != declared && conf >= overrideConfidence {
		return detected
	}
	return declared
}

// A declared language gives way to the detector's guess on this much text
// at this confidence: far above what a page in its declared language
// scores for another.
const (
	overrideRunes      = 400
	overrideConfidence = 0.999
)

// declaredLanguage returns the language the page declares in <html lang>
// or a content-language meta tag, as a two-letter code.
func declaredLanguage(doc *html.Node) string {
	var code string
	if root := dom.QuerySelector(doc, "html[lang]"); root != nil {
		code = dom.GetAttribute(root, "lang")
	}
	if code == "" {
		if meta := dom.QuerySelector(doc, `meta[http-equiv="content-language" i]`); meta != nil {
			code = dom.GetAttribute(meta, "content")
		}
	}
	code = strings.ToLower(strings.TrimSpace(code))
	if i := strings.IndexAny(code, "-_,; "); i >= 0 {
		code = code[:i]
	}
	if len(code) != 2 || code[0] < 'a' || code[0] > 'z' || code[1] < 'a' || code[1] > 'z' {
		return ""
	}
	return code
}

// clean makes every text field valid, trimmed UTF-8: pages in a wrong or
// undeclared encoding must not leak invalid bytes downstream.
func clean(r *Result) {
	fix := func(s string) string { return strings.TrimSpace(strings.ToValidUTF8(s, "\uFFFD")) }
	for i, p := range r.Paragraphs {
		r.Paragraphs[i] = fix(p)
	}
	r.Text = fix(r.Text)
	r.Title = headlinePart(fix(r.Title))
	r.Sitename = firstPart(fix(r.Sitename))
	r.URL = fix(r.URL)
	r.Language = fix(r.Language)
	for i, a := range r.Authors {
		r.Authors[i] = fix(a)
	}
}

// firstPart returns the first of the names a page's metadata joins with
// ";" ("El Mostrador; El Mostrador"), which repeat one outlet.
func firstPart(s string) string {
	for _, p := range strings.Split(s, ";") {
		if p = strings.TrimSpace(p); p != "" {
			return p
		}
	}
	return s
}

// headlinePart returns the headline of a title that a page joins with
// other text by " | ": the site ("Título | El País") or another headline
// ("Título | Todo listo para la movilización…"). The headline is the first
// part of four words or more; a title without one stays whole.
func headlinePart(title string) string {
	if !strings.Contains(title, " | ") {
		return title
	}
	for _, p := range strings.Split(title, " | ") {
		if p = strings.TrimSpace(p); len(strings.Fields(p)) >= 4 {
			return p
		}
	}
	return title
}

func firstOf(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}
