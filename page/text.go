package page

import (
	nurl "net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blocks are the elements that start and end a paragraph of text; any
// other element is inline and its text runs on in the current paragraph.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true,
	atom.Ol: true, atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Blockquote: true,
	atom.Pre: true, atom.Table: true, atom.Tr: true, atom.Section: true, atom.Article: true,
	atom.Header: true, atom.Footer: true, atom.Figure: true, atom.Figcaption: true,
	atom.Main: true, atom.Aside: true, atom.Hr: true, atom.Address: true, atom.Details: true,
	atom.Summary: true, atom.Caption: true, atom.Thead: true, atom.Tbody: true, atom.Tfoot: true,
}

// skipped are elements whose text is never page text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Head: true,
}

// paragraphs returns the text of n's block elements, one string per
// paragraph, with runs of white space folded to one space and <br> kept
// as a line break.
func paragraphs(n *html.Node) []string {
	if n == nil {
		return nil
	}
	var w paraWriter
	w.walk(n)
	w.flush()
	return w.out
}

type paraWriter struct {
	out   []string
	cur   strings.Builder
	space bool // a space is pending before the next word
}

func (w *paraWriter) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.ElementNode:
		tag := elementAtom(n)
		if skipped[tag] {
			return
		}
		switch tag {
		case atom.Br:
			w.newline()
			return
		case atom.Td, atom.Th:
			w.space = true
		}
	case html.CommentNode, html.DoctypeNode:
		return
	}
	block := n.Type == html.ElementNode && blocks[elementAtom(n)]
	if block {
		w.flush()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
	if block {
		w.flush()
	}
}

// elementAtom returns an element's tag as an atom. Extractors build new
// elements with only their name set (readability wraps text in a <p> that
// way), so the atom is looked up from the name when it is missing.
func elementAtom(n *html.Node) atom.Atom {
	if n.DataAtom != 0 {
		return n.DataAtom
	}
	return atom.Lookup([]byte(strings.ToLower(n.Data)))
}

func (w *paraWriter) text(s string) {
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		s = s[size:]
		if unicode.IsSpace(r) || r == '\u00a0' {
			w.space = true
			continue
		}
		if w.space && w.cur.Len() > 0 && !strings.HasSuffix(w.cur.String(), "\n") {
			w.cur.WriteByte(' ')
		}
		w.space = false
		w.cur.WriteRune(r)
	}
}

func (w *paraWriter) newline() {
	if w.cur.Len() > 0 && !strings.HasSuffix(w.cur.String(), "\n") {
		w.cur.WriteByte('\n')
	}
	w.space = false
}

func (w *paraWriter) flush() {
	p := strings.TrimSpace(w.cur.String())
	if p != "" {
		w.out = append(w.out, p)
	}
	w.cur.Reset()
	w.space = false
}

// secondOpinion asks readability for the main text and takes it in place
// of trafilatura's when trafilatura found none or less than half as much,
// the sign that it kept a teaser or a fragment, or when trafilatura fell
// back to one unbroken block. Metadata trafilatura
// missed is filled from readability's either way.
func secondOpinion(doc *html.Node, hint *nurl.URL, r *Result) {
	art, err := readability.FromDocument(doc, hint)
	if err != nil || art.Node == nil {
		return
	}
	paras := paragraphs(art.Node)
	text := strings.Join(paras, "\n\n")
	// trafilatura's baseline fallback on a small page returns the whole
	// body as one run-together block; readability's paragraphs of about
	// the same text are then the better reading.
	n, m := utf8.RuneCountInString(text), utf8.RuneCountInString(r.Text)
	if n > 2*m || (len(r.Paragraphs) <= 1 && len(paras) > 1 && 10*n >= 8*m) {
		r.Paragraphs, r.Text = paras, text
	}
	r.Title = firstOf(r.Title, art.Title())
	r.Sitename = firstOf(r.Sitename, art.SiteName())
	if len(r.Authors) == 0 && art.Byline() != "" {
		r.Authors = []string{art.Byline()}
	}
	r.Language = firstOf(r.Language, art.Language())
}
