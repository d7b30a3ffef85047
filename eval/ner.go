package eval

import (
	"github.com/cotejo/cotejo/ner"
)

// NERResult scores a named-entity tagger with CoNLL semantics: an entity
// counts as found only when its span and its type are both exact. N is the
// number of gold entities.
type NERResult struct {
	Score
	PerType   map[string]Score `json:"per_type"`
	Sentences int              `json:"sentences"`
	Tokens    int              `json:"tokens"`
}

// NER tags every gold sentence with tag and scores the entities found,
// overall and per type.
func NER(gold []ner.Sentence, tag func(tokens []string) []string) NERResult {
	type counts struct{ tp, fp, fn, n int }
	per := map[string]*counts{}
	get := func(typ string) *counts {
		c := per[typ]
		if c == nil {
			c = &counts{}
			per[typ] = c
		}
		return c
	}
	for _, t := range ner.Types {
		get(t)
	}
	res := NERResult{Sentences: len(gold)}
	for _, s := range gold {
		res.Tokens += len(s.Tokens)
		want := ner.Spans(s.Tags)
		got := ner.Spans(tag(s.Tokens))
		found := make(map[ner.Entity]bool, len(got))
		for _, e := range got {
			found[e] = true
		}
		for _, e := range want {
			c := get(e.Type)
			c.n++
			if found[e] {
				c.tp++
				delete(found, e)
			} else {
				c.fn++
			}
		}
		for _, e := range got {
			if found[e] {
				get(e.Type).fp++
			}
		}
	}
	var tp, fp, fn, n int
	res.PerType = make(map[string]Score, len(per))
	for typ, c := range per {
		res.PerType[typ] = PRF(float64(c.tp), float64(c.fp), float64(c.fn), c.n)
		tp, fp, fn, n = tp+c.tp, fp+c.fp, fn+c.fn, n+c.n
	}
	res.Score = PRF(float64(tp), float64(fp), float64(fn), n)
	return res
}
