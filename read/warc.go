package read

import (
	"errors"
	"io"

	"github.com/cotejo/cotejo"
)

// warcArticles reads the HTML response records of a WARC archive.
// Placeholder until the WARC reader lands.
func warcArticles(source string, r io.Reader) ([]*cotejo.Article, error) {
	return nil, errors.New("WARC input is not supported yet")
}
