// Package ner finds named entities (people, organisations, places and other
// names) in tokenised Spanish text with an averaged-perceptron sequence
// model (Collins 2002) decoded with Viterbi over BIO tags.
package ner

import (
	"bytes"
	_ "embed"
	"fmt"
	"sync"
)

// Entity types the tagger knows, in the CoNLL-2002 scheme.
const (
	PER  = "PER"  // people
	ORG  = "ORG"  // organisations
	LOC  = "LOC"  // places
	MISC = "MISC" // other names: events, works, nationalities used as names…
)

// Types lists the entity types in the order the model numbers them.
var Types = []string{PER, ORG, LOC, MISC}

// The tag set: O, then B- and I- for each type in Types order.
var tagNames = [numTags]string{"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"}

const (
	numTags = 1 + 2*4
	tagO    = 0
)

// tagIndex returns the index of a tag name in tagNames.
func tagIndex(tag string) (int, bool) {
	for i, t := range tagNames {
		if t == tag {
			return i, true
		}
	}
	return 0, false
}

// isInside reports whether tag index t is an I- tag.
func isInside(t int) bool { return t > 0 && t%2 == 0 }

// rowLen is the width of a row of the weight table: numTags weights padded
// to 16, so that a row is 32 bytes and, the table being page-aligned, each
// feature reads one cache line. Tagging is bound by those reads: the table
// is far larger than the caches and each feature lands on a random row.
const rowLen = 16

// row holds the weights of one bucket of the hashed feature table, one per
// tag, in units of Model.scale; the weights after numTags are zero.
type row [rowLen]int16

// Entity is a named entity over token indices: tokens[Start:End].
type Entity struct {
	Start int    `json:"start"`
	End   int    `json:"end"` // exclusive
	Type  string `json:"type"`
}

// Spans groups BIO tags into entity spans with the CoNLL evaluation's
// semantics: an entity starts at B-X, or at I-X that does not continue an
// entity of type X, and runs over the I-X tags that follow. Tags it does not
// recognise count as O.
func Spans(tags []string) []Entity {
	var out []Entity
	open := -1
	typ := ""
	closeAt := func(i int) {
		if open >= 0 {
			out = append(out, Entity{Start: open, End: i, Type: typ})
			open = -1
		}
	}
	for i, tag := range tags {
		prefix, t := splitTag(tag)
		switch {
		case prefix == 'I' && open >= 0 && t == typ:
			// continues the open entity
		case prefix == 'B' || prefix == 'I':
			closeAt(i)
			open, typ = i, t
		default:
			closeAt(i)
		}
	}
	closeAt(len(tags))
	return out
}

// splitTag splits "B-PER" into 'B' and "PER"; anything else gives 0.
func splitTag(tag string) (byte, string) {
	if len(tag) < 3 || tag[1] != '-' || (tag[0] != 'B' && tag[0] != 'I') {
		return 0, ""
	}
	return tag[0], tag[2:]
}

// Model is a trained tagger. The zero Model has no weights and tags every
// token "O". A Model is safe for concurrent use.
type Model struct {
	weights table   // the non-zero rows of the hashed table, quantised
	scale   float32 // the weight of one unit of weights
	mask    uint64  // number of buckets - 1
	trans   [numTags + 1][numTags]float32
	casing  map[uint64]uint8  // casing class of each lower-cased word
	clus    map[uint64]uint32 // Brown-cluster path code of each word
	caches                    // word caches of the tagger (cache.go)
	gazetteer
	tablesOnce sync.Once
	fast       *lookups // the maps above as hashTables, for tagging
}

//go:embed model.bin.gz
var embedded []byte

var loadDefault = sync.OnceValue(func() *Model {
	if len(embedded) == 0 {
		return &Model{}
	}
	m, err := Load(bytes.NewReader(embedded))
	if err != nil {
		// The embedded file is part of the build; a broken one is a
		// programming error, not bad input.
		panic(fmt.Sprintf("ner: embedded model: %v", err))
	}
	return m
})

// Default returns the embedded model, loaded once.
func Default() *Model { return loadDefault() }

// Tag returns one BIO tag per token ("O", "B-PER", "I-ORG"…) for a
// sentence given as token strings.
func (m *Model) Tag(tokens []string) []string {
	out := make([]string, len(tokens))
	for i := range out {
		out[i] = tagNames[tagO]
	}
	if m.weights.buckets() == 0 || len(tokens) == 0 {
		return out
	}
	s := scratchPool.Get().(*scratch)
	defer scratchPool.Put(s)
	c := m.getCache()
	defer m.putCache(c)
	spans := s.sentenceSpans(tokens, m)
	var anchors []uint8
	if spans != nil {
		s.anchors = append(s.anchors[:0], spans...)
		anchors = anchoredSpans(tokens, s.anchors)
	}
	for w := range windows(tokens, anchors) {
		var ws []uint8
		if spans != nil {
			ws = spans[w.lo:w.hi]
		}
		s.emitCached(tokens[w.lo:w.hi], c, ws)
		s.forceOutside(w.from-w.lo, w.to-w.lo)
		best := s.viterbi(&m.trans)
		for i := w.from; i < w.to; i++ {
			out[i] = tagNames[best[i-w.lo]]
		}
	}
	return out
}

// Entities tags a sentence and groups the tags into spans.
func (m *Model) Entities(tokens []string) []Entity {
	return Spans(m.Tag(tokens))
}
