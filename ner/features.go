package ner

import (
	"math"
	"sync"
	"unicode"
	"unicode/utf8"
)

// A feature is a template and one or two hashed values, hashed again into
// a bucket of the weight table. Hashing keeps the tagger free of string
// building: the only work per token is one pass over its runes.
const (
	tBias = iota + 1
	tWord
	tLower
	tLowerP1
	tLowerN1
	tLowerP2
	tLowerN2
	tShape
	tShapeP1
	tShapeN1
	tPre1 // tPre1..tPre1+3: prefixes of 1–4 runes
	_
	_
	_
	tSuf1 // tSuf1..tSuf1+3: suffixes of 1–4 runes
	_
	_
	_
	tFlags
	tBigramP1
	tBigramN1
	tShapeBigramP1
	tShapeBigramN1
	tLex
	tLexP1
	tLexN1
	tLexShape
	tGaz
	tGazP1
	tGazN1
	tSpan
	tSpanP1
	tSpanN1
	tLowerP1Shape
	tShapeLowerN1
	tFirstLower
	tClus // tClus + 4*position + prefix: Brown-cluster path prefixes of words −1..+1
)

// clusterPrefixes are the lengths of the cluster-path prefixes used as
// features (Ratinov and Roth 2009).
var clusterPrefixes = [4]int{4, 6, 10, 20}

// Token flags.
const (
	fCap = 1 << iota
	fAllCaps
	fDigit
	fHyphen
	fLetter
	fPunct
	fPeriod
	fFirst
)

// token holds what the features need to know about one word.
type token struct {
	word, lower, shape uint64 // hashes of the word, its lower case, its short shape
	pre, suf           [4]uint64
	flags              uint8
	lex                uint8  // casing class from the lexicon
	gaz                uint8  // types the word takes inside names of the gazetteer
	span               uint8  // gazetteer name tag covering the word (index into tagNames)
	clus               uint32 // Brown-cluster path code; 0 when the word was not clustered
}

// Stand-ins for the words before and after the sentence.
var (
	padBefore = token{word: 1, lower: 1, shape: 1, lex: 254, gaz: 254, span: 254}
	padAfter  = token{word: 2, lower: 2, shape: 2, lex: 255, gaz: 255, span: 255}
)

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashString is FNV-1a over the bytes of s.
func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// hashRune continues an FNV-1a hash with the UTF-8 bytes of r.
func hashRune(h uint64, r rune) uint64 {
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	for _, b := range buf[:n] {
		h ^= uint64(b)
		h *= fnvPrime
	}
	return h
}

// mix combines two hashes, order mattering (a splitmix64 finaliser).
func mix(a, b uint64) uint64 {
	h := a*0x9E3779B97F4A7C15 + b
	h ^= h >> 31
	h *= 0xBF58476D1CE4E5B9
	h ^= h >> 29
	return h
}

// analyse reads a word once and fills in its hashes and flags.
func analyse(word string) token {
	t := token{word: hashString(word)}
	lower := uint64(fnvOffset)
	shape := uint64(fnvOffset)
	var last rune = -1
	var tail [4]rune
	n, upper, letters := 0, 0, 0
	for _, r := range word {
		lr := unicode.ToLower(r)
		lower = hashRune(lower, lr)
		if n < 4 {
			t.pre[n] = lower
		}
		tail[n%4] = lr
		class := r
		switch {
		case unicode.IsUpper(r):
			class = 'X'
			upper++
			letters++
		case unicode.IsLetter(r):
			class = 'x'
			letters++
		case unicode.IsDigit(r):
			class = 'd'
			t.flags |= fDigit
		case r == '-':
			t.flags |= fHyphen
		case r == '.':
			t.flags |= fPeriod
		}
		if class != last {
			shape = hashRune(shape, class)
			last = class
		}
		n++
	}
	t.lower = lower
	for k := 1; k <= 4 && k <= n; k++ {
		h := uint64(fnvOffset)
		for j := n - k; j < n; j++ {
			h = hashRune(h, tail[j%4])
		}
		t.suf[k-1] = h
	}
	if letters > 0 {
		t.flags |= fLetter
		first, _ := utf8.DecodeRuneInString(word)
		if unicode.IsUpper(first) {
			t.flags |= fCap
		}
		if upper == letters && letters > 1 {
			t.flags |= fAllCaps
		}
	} else if t.flags&fDigit == 0 {
		t.flags |= fPunct
	}
	t.shape = mix(shape, uint64(lengthClass(n)))
	return t
}

// lengthClass buckets a word length so that the shape tells short
// acronyms from long names.
func lengthClass(n int) int {
	switch {
	case n <= 4:
		return n
	case n <= 7:
		return 5
	}
	return 6
}

// scratch holds the buffers for tagging one sentence, reused across calls
// so that tagging does not allocate per token.
type scratch struct {
	toks    []token
	feats   []uint32  // weight-table buckets, token after token
	offs    []int     // features of token i are feats[offs[i]:offs[i+1]]
	emit    []float32 // tag scores, token after token
	score   []float32
	back    []uint8
	best    []int
	acc     []sums   // emitCached's integer scores
	keys    []uint64 // emitCached's cache keys
	touch   uint64   // keeps emitCached's first loads
	wfeats  []uint32 // features of a word being cached
	hashes  []uint64 // the whole sentence's word hashes, for sentenceSpans
	gaz     []uint8  // and their gazetteer types
	spans   []uint8  // sentenceSpans' marks
	anchors []uint8  // the marks of the names that widen windows
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// describe analyses a word and looks it up in the model's tables.
func describe(w string, m *Model, g *gazetteer) token {
	t := analyse(w)
	if g == &m.gazetteer {
		// The model's own tables, read fast.
		f := m.tables()
		t.lex, _ = f.casing.get(t.lower)
		t.gaz, _ = f.tok.get(t.word)
		if c, ok := f.clus.get(t.word); ok {
			t.clus = c
		} else {
			t.clus, _ = f.clus.get(t.lower)
		}
		return t
	}
	t.lex = m.casing[t.lower]
	t.gaz = g.tok[t.word]
	if c, ok := m.clus[t.word]; ok {
		t.clus = c
	} else {
		t.clus = m.clus[t.lower]
	}
	return t
}

// featurize lists the feature buckets of every word of a sentence.
func (s *scratch) featurize(words []string, m *Model, g *gazetteer) {
	s.toks = s.toks[:0]
	for _, w := range words {
		s.toks = append(s.toks, describe(w, m, g))
	}
	if len(s.toks) > 0 {
		s.toks[0].flags |= fFirst
	}
	g.markSpans(s.toks)
	s.feats = s.feats[:0]
	s.offs = append(s.offs[:0], 0)
	for i := range s.toks {
		s.tokenFeatures(i, m.mask)
		s.offs = append(s.offs, len(s.feats))
	}
}

func (s *scratch) at(i int) *token {
	switch {
	case i < 0:
		return &padBefore
	case i >= len(s.toks):
		return &padAfter
	}
	return &s.toks[i]
}

func (s *scratch) tokenFeatures(i int, mask uint64) {
	c, p1, p2, n1, n2 := s.at(i), s.at(i-1), s.at(i-2), s.at(i+1), s.at(i+2)
	f := appendOwn(s.feats, c, mask)
	f = appendAsPrev(f, p1, mask)
	f = appendAsNext(f, n1, mask)
	f = appendAsPrev2(f, p2, mask)
	f = appendAsNext2(f, n2, mask)
	f = appendPairRight(f, p1, c, mask)
	f = appendPairLeft(f, c, n1, mask)
	s.feats = appendSpans(f, c, p1, n1, mask)
}

// The features of a token fall into groups by what they read: the word
// alone (appendOwn), the word before it alone (appendAsPrev), and so on
// out to two words away; the word and a neighbour (appendPairRight,
// appendPairLeft); and the gazetteer names marked over the sentence
// (appendSpans). The tagger sums the word groups once per distinct word
// and the pair groups once per distinct pair (see wordCache); training
// lists every feature of every token.

func feature(tmpl int, v, mask uint64) uint32 {
	return uint32(mix(uint64(tmpl), v) & mask)
}

func feature2(tmpl int, a, b, mask uint64) uint32 {
	return uint32(mix(mix(uint64(tmpl), a), b) & mask)
}

// appendOwn appends the features that read only the word itself, and
// the bias, which every word has once.
func appendOwn(f []uint32, c *token, mask uint64) []uint32 {
	f = append(f,
		feature(tBias, 0, mask),
		feature(tWord, c.word, mask),
		feature(tLower, c.lower, mask),
		feature(tShape, c.shape, mask))
	for k := range 4 {
		if c.pre[k] != 0 {
			f = append(f, feature(tPre1+k, c.pre[k], mask))
		}
		if c.suf[k] != 0 {
			f = append(f, feature(tSuf1+k, c.suf[k], mask))
		}
	}
	f = append(f,
		feature(tLex, uint64(c.lex), mask),
		feature2(tLexShape, uint64(c.lex), c.shape, mask),
		feature(tGaz, uint64(c.gaz), mask))
	f = appendOpening(f, c, mask)
	return appendClusters(f, c, 1, mask)
}

// side names the templates of the features that read one word next
// to the tagged one, and the word's place in the cluster window.
type side struct{ lower, shape, lex, gaz, clusPos int }

var (
	prevWord = side{tLowerP1, tShapeP1, tLexP1, tGazP1, 0}
	nextWord = side{tLowerN1, tShapeN1, tLexN1, tGazN1, 2}
)

// appendAsPrev appends the features that read only the word before.
func appendAsPrev(f []uint32, p1 *token, mask uint64) []uint32 {
	return appendNeighbour(f, p1, &prevWord, mask)
}

// appendAsNext appends the features that read only the word after.
func appendAsNext(f []uint32, n1 *token, mask uint64) []uint32 {
	return appendNeighbour(f, n1, &nextWord, mask)
}

func appendNeighbour(f []uint32, t *token, n *side, mask uint64) []uint32 {
	f = append(f,
		feature(n.lower, t.lower, mask),
		feature(n.shape, t.shape, mask),
		feature(n.lex, uint64(t.lex), mask),
		feature(n.gaz, uint64(t.gaz), mask))
	return appendClusters(f, t, n.clusPos, mask)
}

// appendAsPrev2 appends the feature of the word two before.
func appendAsPrev2(f []uint32, p2 *token, mask uint64) []uint32 {
	return append(f, feature(tLowerP2, p2.lower, mask))
}

// appendAsNext2 appends the feature of the word two after.
func appendAsNext2(f []uint32, n2 *token, mask uint64) []uint32 {
	return append(f, feature(tLowerN2, n2.lower, mask))
}

// appendClusters appends the cluster-path prefixes of a word at position
// pos of the window (0 before, 1 the word, 2 after).
func appendClusters(f []uint32, t *token, pos int, mask uint64) []uint32 {
	if t.clus == 0 {
		return f
	}
	for k, n := range clusterPrefixes {
		f = append(f, feature(tClus+4*pos+k, uint64(codePrefix(t.clus, n)), mask))
	}
	return f
}

// appendPairRight appends the features of word b that read b and the
// word a before it: word and shape bigrams, and a's word with b's shape.
func appendPairRight(f []uint32, a, b *token, mask uint64) []uint32 {
	return append(f,
		feature2(tBigramP1, a.lower, b.lower, mask),
		feature2(tShapeBigramP1, a.shape, b.shape, mask),
		feature2(tLowerP1Shape, a.lower, b.shape, mask))
}

// appendPairLeft appends the features of word a that read a and the word
// b after it: word and shape bigrams, and a's shape with b's word.
func appendPairLeft(f []uint32, a, b *token, mask uint64) []uint32 {
	return append(f,
		feature2(tBigramN1, a.lower, b.lower, mask),
		feature2(tShapeBigramN1, a.shape, b.shape, mask),
		feature2(tShapeLowerN1, a.shape, b.lower, mask))
}

// appendSpans appends the gazetteer names marked over the word and its
// neighbours.
func appendSpans(f []uint32, c, p1, n1 *token, mask uint64) []uint32 {
	return append(f,
		feature(tSpan, uint64(c.span), mask),
		feature(tSpanP1, uint64(p1.span), mask),
		feature(tSpanN1, uint64(n1.span), mask))
}

// appendOpening appends the features that read the word and whether it
// opens the sentence: its flags and the word crossed with that. They
// count among the word's own features: a cached word is described as if
// it did not open the sentence, and emitCached mends the first word's.
func appendOpening(f []uint32, c *token, mask uint64) []uint32 {
	return append(f,
		feature(tFlags, uint64(c.flags), mask),
		feature2(tFirstLower, uint64(c.flags&fFirst), c.lower, mask))
}

// emitFloat fills s.emit with each token's tag scores under the float
// table being trained, whose rows are numTags wide.
func (s *scratch) emitFloat(weights []float32) {
	n := len(s.offs) - 1
	s.emit = grow(s.emit, n*numTags)
	for i := range n {
		e := s.emit[i*numTags : i*numTags+numTags]
		clear(e)
		for _, f := range s.feats[s.offs[i]:s.offs[i+1]] {
			r := weights[int(f)*numTags : int(f)*numTags+numTags]
			for t := range numTags {
				e[t] += r[t]
			}
		}
	}
}

// viterbi returns the best tag sequence under the scores in s.emit and the
// transitions, never letting I-X follow anything but B-X or I-X.
func (s *scratch) viterbi(trans *[numTags + 1][numTags]float32) []int {
	n := len(s.emit) / numTags
	if n <= 0 {
		return s.best[:0]
	}
	s.score = grow(s.score, n*numTags)
	s.back = growBytes(s.back, n*numTags)
	cur := s.score[:numTags]
	for t := range numTags {
		cur[t] = s.emit[t] + trans[numTags][t]
		if isInside(t) {
			cur[t] = float32(math.Inf(-1))
		}
	}
	// The transitions into each tag, in a row: the loop below reads them
	// for every token.
	var into [numTags][numTags]float32
	for p := range numTags {
		for t := range numTags {
			into[t][p] = trans[p][t]
		}
	}
	for i := 1; i < n; i++ {
		prev := (*[numTags]float32)(s.score[(i-1)*numTags:])
		cur := (*[numTags]float32)(s.score[i*numTags:])
		emit := (*[numTags]float32)(s.emit[i*numTags:])
		back := (*[numTags]uint8)(s.back[i*numTags:])
		for t := range numTags {
			tr := &into[t]
			var best float32
			var arg int
			if isInside(t) {
				// Only B-X and I-X may precede I-X: two candidates, not nine.
				best, arg = prev[t-1]+tr[t-1], t-1
				if v := prev[t] + tr[t]; v > best {
					best, arg = v, t
				}
			} else {
				best, arg = prev[0]+tr[0], 0
				for p := 1; p < numTags; p++ {
					if v := prev[p] + tr[p]; v > best {
						best, arg = v, p
					}
				}
			}
			cur[t] = best + emit[t]
			back[t] = uint8(arg)
		}
	}
	last := s.score[(n-1)*numTags:]
	arg := 0
	for t := range numTags {
		if last[t] > last[arg] {
			arg = t
		}
	}
	if cap(s.best) < n {
		s.best = make([]int, n)
	}
	s.best = s.best[:n]
	for i := n - 1; i >= 0; i-- {
		s.best[i] = arg
		arg = int(s.back[i*numTags+arg])
	}
	return s.best
}

func grow(b []float32, n int) []float32 {
	if cap(b) < n {
		return make([]float32, n)
	}
	return b[:n]
}

func growBytes(b []uint8, n int) []uint8 {
	if cap(b) < n {
		return make([]uint8, n)
	}
	return b[:n]
}
