package group

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/cotejo/cotejo"
)

// Perturbed returns n articles made from seed articles the way outlets
// rewrite one another: each copies a seed picked at random, shuffles some
// of its sentences, drops a few, swaps neighbouring words and now and then
// mixes in sentences of another seed. Copies of one seed tell one story,
// so the set has a known grouping (Source ends in "#seed-i", i the seed's
// index) at any size, for benchmarks and throughput tests. It returns nil
// when seed is empty.
func Perturbed(seed []*cotejo.Article, n int, rng *rand.Rand) []*cotejo.Article {
	if len(seed) == 0 {
		return nil
	}
	out := make([]*cotejo.Article, n)
	for i := range out {
		k := rng.IntN(len(seed))
		src := seed[k]
		sents := sentences(src.Body)
		rng.Shuffle(len(sents), func(a, b int) {
			if rng.IntN(3) == 0 { // keep most of the order, as rewrites do
				sents[a], sents[b] = sents[b], sents[a]
			}
		})
		kept := sents[:0]
		for _, s := range sents {
			if len(sents) < 4 || rng.IntN(10) > 0 {
				kept = append(kept, swapWords(s, rng))
			}
		}
		if rng.IntN(5) == 0 {
			other := sentences(seed[rng.IntN(len(seed))].Body)
			if len(other) > 0 {
				kept = append(kept, other[rng.IntN(len(other))])
			}
		}
		a := *src
		a.ID = fmt.Sprintf("a%d", i+1)
		a.Source = fmt.Sprintf("%s#seed-%d", src.Source, k)
		a.Body = strings.Join(kept, " ")
		a.Sentences, a.Tokens, a.Mentions, a.Timexes, a.Quotes = nil, nil, nil, nil, nil
		if !a.Published.IsZero() {
			a.Published.Time = a.Published.Time.AddDate(0, 0, rng.IntN(3))
		}
		out[i] = &a
	}
	return out
}

// sentences splits text at sentence-ending punctuation followed by a space
// or line break: rough, but enough to shuffle.
func sentences(text string) []string {
	var out []string
	start := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		end := c == '\n' || ((c == '.' || c == '?' || c == '!') && i+1 < len(text) && (text[i+1] == ' ' || text[i+1] == '\n'))
		if !end {
			continue
		}
		if s := strings.TrimSpace(text[start : i+1]); s != "" {
			out = append(out, s)
		}
		start = i + 1
	}
	if s := strings.TrimSpace(text[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

// swapWords swaps about one pair of neighbouring words in twenty.
func swapWords(s string, rng *rand.Rand) string {
	w := strings.Fields(s)
	for i := 0; i+1 < len(w); i++ {
		if rng.IntN(20) == 0 {
			w[i], w[i+1] = w[i+1], w[i]
		}
	}
	return strings.Join(w, " ")
}
