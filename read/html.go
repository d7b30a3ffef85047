package read

import (
	"errors"
	"fmt"

	"github.com/cotejo/cotejo"
	"github.com/cotejo/cotejo/page"
)

// errNoMainText marks an HTML page in which no article text was found.
var errNoMainText = errors.New("no article text found in the HTML page")

// htmlArticle extracts the article of an HTML page: its main text as Raw,
// paragraphs separated by blank lines, and the metadata the page gives.
// source is used as the page's URL only when it is one, and only as a hint:
// nothing is fetched.
func htmlArticle(source string, data []byte) (*cotejo.Article, error) {
	r, err := page.Extract(data, source)
	if err != nil {
		return nil, fmt.Errorf("html: %w", err)
	}
	if r.Text == "" {
		return nil, errNoMainText
	}
	return &cotejo.Article{
		Source:    source,
		Kind:      cotejo.KindHTML,
		Raw:       r.Text,
		URL:       r.URL,
		Outlet:    r.Sitename,
		Title:     r.Title,
		Authors:   r.Authors,
		Published: r.Published,
		Language:  r.Language,
	}, nil
}
