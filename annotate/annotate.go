// Package annotate adds the annotation layers to a cleaned article:
// sentences, tokens, named-entity mentions with their roles, temporal
// expressions resolved against the publication date, and direct quotes
// attributed to their speakers. Every layer is a set of spans into Body.
package annotate

import (
	"github.com/cotejo/cotejo"
)

// Article adds the annotation layers to an article whose Body, Language
// and Published are set: Sentences, Tokens, Mentions, Timexes, Quotes.
// Mentions come from the embedded entity model (package ner).
func Article(a *cotejo.Article) { WithTagger(a, defaultTagger()) }

// WithTagger is Article with the entity tagger given.
func WithTagger(a *cotejo.Article, t Tagger) {
	a.Sentences = Sentences(a.Body, a.Language)
	a.Tokens = Tokens(a.Body, a.Sentences)
	a.Mentions = Mentions(a.Body, a.Language, a.Tokens, t)
	a.Timexes = timexes(a.Body, a.Language, a.Published, a.Tokens)
	a.Quotes = Quotes(a)
	a.TitleQuotes = titleQuotes(a)
}
