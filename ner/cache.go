package ner

import (
	"hash/maphash"
	"sync"
)

// Tagging is bound by reads of the weight table, which is far larger than
// the caches: each feature lands on a random row. But most features read
// one word only (appendOwn, appendAsPrev… in features.go), and news text
// repeats a few thousand words most of the time. So the tagger keeps, for
// each word it has seen lately, the summed rows of those five groups; and
// for each pair of adjacent words, the summed rows of the features that
// read both. Only the three gazetteer features, whose rows are few and
// stay in the caches, are read from the table per token. The sums are of
// integers, so a score is the same whichever way it is added up.

// groups of word-only features whose rows a wordCache entry sums.
const (
	gOwn   = iota // the word itself
	gPrev         // the word as the one before the tagged word
	gNext         // as the one after
	gPrev2        // two before
	gNext2        // two after
	numGroups
)

// cacheBits is log2 of the number of words and of pairs a wordCache
// keeps: 32k of each, at 224 and 80 bytes, about 10 MB per tagging
// goroutine.
const cacheBits = 15

type sums [numTags]int32

// cachedWord is what the tagger keeps of a word: the parts of its
// description that the sentence-level features read, and its group sums.
type cachedWord struct {
	key          uint64 // cache key of the word (wordKey); 0 marks an empty entry
	word         uint64 // hashString of the word, as features read it
	lower, shape uint64
	flags, gaz   uint8
	sums         [numGroups]sums
}

// cachedPair is what the tagger keeps of two adjacent words: the sums of
// the left word's features that read the right one (appendPairLeft) and
// the other way round (appendPairRight).
type cachedPair struct {
	key         uint64 // pairKey of the words; 0 marks an empty entry
	left, right sums
}

// wordCache is a direct-mapped cache of cachedWord by the hash of the
// word, and of cachedPair by the hashes of the two words: an entry evicts
// the one before it in its slot. Two words with the same 64-bit key would
// share an entry. The keys are hashed with a seed drawn for each cache, so
// that text written to collide, which an unseeded hash such as the
// features' FNV-1a would let anyone craft, cannot make one article's
// words be scored as another's.
type wordCache struct {
	m       *Model
	seed    maphash.Seed
	entries []cachedWord
	pairs   []cachedPair
	// The sums of the stand-ins for the words beyond the sentence.
	padPrev, padPrev2, padNext, padNext2 sums
}

// caches keeps a model's word caches between sentences. Unlike a
// sync.Pool, it does not drop them at each garbage collection: refilling a
// cache costs far more than the collection saves.
type caches struct {
	mu   sync.Mutex
	free []*wordCache
}

// getCache takes a free word cache of m, or makes one.
func (m *Model) getCache() *wordCache {
	m.caches.mu.Lock()
	defer m.caches.mu.Unlock()
	if n := len(m.caches.free); n > 0 {
		c := m.caches.free[n-1]
		m.caches.free = m.caches.free[:n-1]
		return c
	}
	return newWordCache(m)
}

// putCache gives a word cache back to m.
func (m *Model) putCache(c *wordCache) {
	m.caches.mu.Lock()
	m.caches.free = append(m.caches.free, c)
	m.caches.mu.Unlock()
}

func newWordCache(m *Model) *wordCache {
	c := &wordCache{m: m, seed: maphash.MakeSeed(), entries: make([]cachedWord, 1<<cacheBits), pairs: make([]cachedPair, 1<<cacheBits)}
	c.padPrev = m.sumRows(appendAsPrev(nil, &padBefore, m.mask))
	c.padPrev2 = m.sumRows(appendAsPrev2(nil, &padBefore, m.mask))
	c.padNext = m.sumRows(appendAsNext(nil, &padAfter, m.mask))
	c.padNext2 = m.sumRows(appendAsNext2(nil, &padAfter, m.mask))
	return c
}

// sumRows adds up the weight rows of features.
func (m *Model) sumRows(features []uint32) sums {
	var acc sums
	for _, f := range features {
		addRow(&acc, m.weights.row(f))
	}
	return acc
}

// addRow adds a weight row to acc, written out: the compiler neither
// unrolls nor vectorises the loop over the tags.
func addRow(acc *sums, r *row) {
	acc[0] += int32(r[0])
	acc[1] += int32(r[1])
	acc[2] += int32(r[2])
	acc[3] += int32(r[3])
	acc[4] += int32(r[4])
	acc[5] += int32(r[5])
	acc[6] += int32(r[6])
	acc[7] += int32(r[7])
	acc[8] += int32(r[8])
}

// subRow takes a weight row from acc.
func subRow(acc *sums, r *row) {
	for t := range numTags {
		acc[t] -= int32(r[t])
	}
}

// addSums adds s to acc, written out as addRow is.
func addSums(acc, s *sums) {
	acc[0] += s[0]
	acc[1] += s[1]
	acc[2] += s[2]
	acc[3] += s[3]
	acc[4] += s[4]
	acc[5] += s[5]
	acc[6] += s[6]
	acc[7] += s[7]
	acc[8] += s[8]
}

// The sums above are written out for nine tags; this fails to compile if
// numTags changes.
var _ = [1]struct{}{}[numTags-9]

// Keys of the stand-ins for the words beyond the sentence; a word's key
// is never one of them, nor 0, which marks an empty entry.
const (
	keyBefore = 1
	keyAfter  = 2
)

// wordKey is the cache key of a word.
func (c *wordCache) wordKey(word string) uint64 {
	return max(maphash.String(c.seed, word), keyAfter+1)
}

// pairKey is the cache key of two adjacent words given their keys.
func pairKey(a, b uint64) uint64 {
	return max(mix(a, b), 1)
}

// slot is the index of the entry of a key.
func slot(key uint64) uint64 { return (key * 0x9E3779B97F4A7C15) >> (64 - cacheBits) }

// lookup returns the entry of word, whose key is given, describing the
// word on a miss.
func (c *wordCache) lookup(word string, key uint64, buf *[]uint32) *cachedWord {
	e := &c.entries[slot(key)]
	if e.key == key {
		return e
	}
	m := c.m
	t := describe(word, m, &m.gazetteer)
	*e = cachedWord{key: key, word: t.word, lower: t.lower, shape: t.shape, flags: t.flags, gaz: t.gaz}
	f, mask := *buf, m.mask
	f = appendOwn(f[:0], &t, mask)
	e.sums[gOwn] = m.sumRows(f)
	f = appendAsPrev(f[:0], &t, mask)
	e.sums[gPrev] = m.sumRows(f)
	f = appendAsNext(f[:0], &t, mask)
	e.sums[gNext] = m.sumRows(f)
	f = appendAsPrev2(f[:0], &t, mask)
	e.sums[gPrev2] = m.sumRows(f)
	f = appendAsNext2(f[:0], &t, mask)
	e.sums[gNext2] = m.sumRows(f)
	*buf = f
	return e
}

// pair returns the entry of the adjacent words a and b, summing their
// rows on a miss.
func (c *wordCache) pair(a, b *token, key uint64, buf *[]uint32) *cachedPair {
	e := &c.pairs[slot(key)]
	if e.key == key {
		return e
	}
	m := c.m
	e.key = key
	f := appendPairLeft((*buf)[:0], a, b, m.mask)
	e.left = m.sumRows(f)
	f = appendPairRight(f[:0], a, b, m.mask)
	e.right = m.sumRows(f)
	*buf = f
	return e
}

// emitCached fills s.emit with each token's tag scores: the sums of the
// word and pair groups from the cache, and the gazetteer features.
//
// spans, when set, holds the gazetteer names marked over the whole
// sentence for these words (see sentenceSpans); otherwise they are marked
// over words.
func (s *scratch) emitCached(words []string, c *wordCache, spans []uint8) {
	m := c.m
	n := len(words)
	// acc[i+2] is the sum of token i; two slots either side take the
	// groups that fall beyond the sentence.
	if cap(s.acc) < n+4 {
		s.acc = make([]sums, n+4)
	}
	s.acc = s.acc[:n+4]
	clear(s.acc)
	// Read every entry first: these loads depend on nothing, so the CPU
	// keeps many cache misses in flight at once, where the lookups below,
	// each waiting on its load, would let few overlap.
	s.keys = s.keys[:0]
	var touch uint64
	s.keys = append(s.keys, keyBefore)
	for _, w := range words {
		k := c.wordKey(w)
		s.keys = append(s.keys, k)
		touch |= c.entries[slot(k)].key
	}
	s.keys = append(s.keys, keyAfter)
	s.toks = s.toks[:0]
	for i, w := range words {
		e := c.lookup(w, s.keys[i+1], &s.wfeats)
		addSums(&s.acc[i+2], &e.sums[gOwn])
		addSums(&s.acc[i+3], &e.sums[gPrev])
		addSums(&s.acc[i+1], &e.sums[gNext])
		addSums(&s.acc[i+4], &e.sums[gPrev2])
		addSums(&s.acc[i], &e.sums[gNext2])
		s.toks = append(s.toks, token{word: e.word, lower: e.lower, shape: e.shape, flags: e.flags, gaz: e.gaz})
	}
	// The first word was cached as if it did not open the sentence.
	first := &s.toks[0]
	for _, f := range appendOpening(s.wfeats[:0], first, m.mask) {
		subRow(&s.acc[2], m.weights.row(f))
	}
	first.flags |= fFirst
	for _, f := range appendOpening(s.wfeats[:0], first, m.mask) {
		addRow(&s.acc[2], m.weights.row(f))
	}
	// The stand-ins: before the first token, two before the first two,
	// after the last token, two after the last two.
	addSums(&s.acc[2], &c.padPrev)
	addSums(&s.acc[2], &c.padPrev2)
	addSums(&s.acc[n+1], &c.padNext)
	addSums(&s.acc[n+1], &c.padNext2)
	if n > 1 {
		addSums(&s.acc[3], &c.padPrev2)
		addSums(&s.acc[n], &c.padNext2)
	}
	// Each pair of adjacent words, the stand-ins included: s.keys[j] and
	// s.keys[j+1] are the keys of the words at j-1 and j.
	for j := range n + 1 {
		s.keys[j] = pairKey(s.keys[j], s.keys[j+1])
		touch |= c.pairs[slot(s.keys[j])].key
	}
	s.touch = touch
	for i := -1; i < n; i++ {
		p := c.pair(s.at(i), s.at(i+1), s.keys[i+1], &s.wfeats)
		addSums(&s.acc[i+2], &p.left)
		addSums(&s.acc[i+3], &p.right)
	}
	if spans != nil {
		for i := range s.toks {
			s.toks[i].span = spans[i]
		}
	} else {
		m.gazetteer.markSpans(s.toks)
	}
	s.emit = grow(s.emit, n*numTags)
	for i := range n {
		acc := &s.acc[i+2]
		for _, f := range appendSpans(s.wfeats[:0], s.at(i), s.at(i-1), s.at(i+1), m.mask) {
			addRow(acc, m.weights.row(f))
		}
		e := s.emit[i*numTags : i*numTags+numTags]
		for t := range numTags {
			e[t] = float32(acc[t]) * m.scale
		}
	}
}
