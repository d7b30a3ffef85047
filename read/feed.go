package read

import (
	"errors"

	"github.com/cotejo/cotejo"
)

// feedArticles reads the items of an RSS, Atom or JSON feed. Placeholder
// until the feed reader lands.
func feedArticles(source string, data []byte) ([]*cotejo.Article, error) {
	return nil, errors.New("feed input is not supported yet")
}
