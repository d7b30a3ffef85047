package read

import (
	"errors"

	"github.com/cotejo/cotejo"
)

// htmlArticle extracts the article of an HTML page. Placeholder until the
// HTML reader lands (owned by the page package work).
func htmlArticle(source string, data []byte) (*cotejo.Article, error) {
	return nil, errors.New("HTML input is not supported yet")
}
