package ner

import (
	"iter"
	"math"
	"unicode"
	"unicode/utf8"
)

// Most words of news text are lower-case words far from any name, and
// the tagger gives them O whatever their neighbours. So the tagger decodes
// only windows around the words that can be part of a name (anchors:
// words with a capital letter or a digit, and quotation marks), each
// reaching windowReach words either side, and gives every other word O.
// A window is scored with windowReach more words of context on each side,
// as far as the features read, so its words score as in the whole
// sentence; those context words are held to O, as the words between
// windows are.
const windowReach = 2

// window is a stretch of a sentence that the tagger decodes: words
// [from, to) take the decoded tags, words [lo, hi) are read.
type window struct{ lo, from, to, hi int }

// isAnchor reports whether a word can begin or carry a name.
func isAnchor(w string) bool {
	if isOpeningQuote(w) || isClosingQuote(w) {
		return true
	}
	for i := 0; i < len(w); {
		r, n := rune(w[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(w[i:])
		}
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			return true
		}
		i += n
	}
	return false
}

// windows yields the windows of a sentence in order. Windows whose read
// stretches would overlap are one window. A word inside a name of the
// gazetteer (spans, when set, as sentenceSpans marks them) is an anchor
// too: "El amor en los tiempos del cólera" runs on in lower case.
func windows(words []string, spans []uint8) iter.Seq[window] {
	return func(yield func(window) bool) {
		n := len(words)
		from, to := -1, -1
		for i, w := range words {
			if !isAnchor(w) && (spans == nil || spans[i] == 0) {
				// (spans come from anchoredSpans: only names that hold
				// an anchor mark their words.)
				continue
			}
			a, b := max(0, i-windowReach), min(n, i+windowReach+1)
			if from >= 0 && a-to > 2*windowReach {
				if !yield(window{max(0, from-windowReach), from, to, min(n, to+windowReach)}) {
					return
				}
				from = -1
			}
			if from < 0 {
				from = a
			}
			to = b
		}
		if from >= 0 {
			yield(window{max(0, from-windowReach), from, to, min(n, to+windowReach)})
		}
	}
}

// forceOutside holds the words of s.emit before from and from to on to O.
func (s *scratch) forceOutside(from, to int) {
	n := len(s.emit) / numTags
	inf := float32(math.Inf(-1))
	for i := range n {
		if i >= from && i < to {
			continue
		}
		e := s.emit[i*numTags : i*numTags+numTags]
		for t := 1; t < numTags; t++ {
			e[t] = inf
		}
	}
}

// sentenceSpans marks the gazetteer names over a whole sentence, as the
// tagger reading it whole would, and returns each word's mark (0 for
// none), or nil when the model has no gazetteer names. Windows are read
// with these marks, so that a name cut by a window's edge keeps them.
func (s *scratch) sentenceSpans(words []string, m *Model) []uint8 {
	g := &m.gazetteer
	if len(g.span) == 0 {
		return nil
	}
	f := m.tables()
	tok := f.tok
	s.hashes, s.gaz = s.hashes[:0], s.gaz[:0]
	for _, w := range words {
		h := hashString(w)
		gaz, _ := tok.get(h)
		s.hashes, s.gaz = append(s.hashes, h), append(s.gaz, gaz)
	}
	s.spans = append(s.spans[:0], make([]uint8, len(words))...)
	g.markCodes(len(words), func(i int) (uint64, uint8) { return s.hashes[i], s.gaz[i] }, func(i int, c uint8) { s.spans[i] = c }, f.span)
	return s.spans
}

// anchoredSpans returns the marks of the names that hold an anchor: a
// name all in lower case ("gobierno" tagged once in training) widens no
// window, as the tagger gives such words O anyway.
func anchoredSpans(words []string, spans []uint8) []uint8 {
	for i := 0; i < len(spans); {
		if spans[i] == 0 {
			i++
			continue
		}
		j, anchored := i+1, isAnchor(words[i])
		for j < len(spans) && spans[j] != 0 && isInside(int(spans[j])) {
			anchored = anchored || isAnchor(words[j])
			j++
		}
		if !anchored {
			clear(spans[i:j])
		}
		i = j
	}
	return spans
}

// hashTable is an open-addressed table from 64-bit hashes to small
// values, for the lookups made per word: a Go map costs several times
// more per lookup. It is built once from the model's maps and never
// written after.
type hashTable[V uint8 | uint32] struct {
	keys  []uint64
	vals  []V
	shift uint
	// 0 marks an empty slot; a key 0 (a word whose hash is 0, or one in
	// a loaded model file) is kept apart.
	zero    V
	hasZero bool
}

func newHashTable[V uint8 | uint32](m map[uint64]V) *hashTable[V] {
	bits := uint(4)
	for 1<<bits < 2*len(m) {
		bits++
	}
	t := &hashTable[V]{keys: make([]uint64, 1<<bits), vals: make([]V, 1<<bits), shift: 64 - bits}
	for k, v := range m {
		if k == 0 {
			t.zero, t.hasZero = v, true
			continue
		}
		i := t.slot(k)
		for t.keys[i] != 0 {
			i = (i + 1) & uint64(len(t.keys)-1)
		}
		t.keys[i], t.vals[i] = k, v
	}
	return t
}

func (t *hashTable[V]) slot(k uint64) uint64 { return (k * 0x9E3779B97F4A7C15) >> t.shift }

// get returns the value of k, and whether k is in the table.
func (t *hashTable[V]) get(k uint64) (V, bool) {
	if k == 0 {
		return t.zero, t.hasZero
	}
	mask := uint64(len(t.keys) - 1)
	for i := t.slot(k); ; i = (i + 1) & mask {
		switch t.keys[i] {
		case k:
			return t.vals[i], true
		case 0:
			return 0, false
		}
	}
}

// lookups are a model's per-word tables as hashTables.
type lookups struct {
	tok, casing, span *hashTable[uint8]
	clus              *hashTable[uint32]
}

// tables returns the model's per-word tables as hashTables, built once.
func (m *Model) tables() *lookups {
	m.tablesOnce.Do(func() {
		m.fast = &lookups{tok: newHashTable(m.gazetteer.tok), casing: newHashTable(m.casing), span: newHashTable(m.gazetteer.span), clus: newHashTable(m.clus)}
	})
	return m.fast
}
