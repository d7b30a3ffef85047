package page

import (
	"bytes"
	"io"
	"unicode/utf8"

	"github.com/go-shiori/dom"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// parse reads an HTML page into a tree. Pages that are valid UTF-8 or
// declare their encoding (byte-order mark, <meta charset>) are decoded
// directly; only the rest go through dom.Parse's statistical charset
// guess, which on a typical page costs as much as the parsing itself.
// Text comes out in NFC, without soft hyphens, as dom.Parse gives it.
func parse(data []byte) (*html.Node, error) {
	var r io.Reader = bytes.NewReader(data)
	if !utf8.Valid(data) {
		enc, _, certain := charset.DetermineEncoding(data, "")
		if !certain {
			return dom.Parse(r)
		}
		r = transform.NewReader(r, enc.NewDecoder())
	}
	softHyphen := runes.Remove(runes.Predicate(func(r rune) bool { return r == '\u00AD' }))
	return html.Parse(transform.NewReader(r, transform.Chain(norm.NFC, softHyphen)))
}
