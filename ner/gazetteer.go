package ner

// maxNameLen bounds the names the gazetteer keeps, in words.
const maxNameLen = 8

// spanSeed starts the hash of a name's word sequence.
const spanSeed = 0x6e616d65

// gazetteer holds the names seen in training: which types each word takes
// inside names, and the usual type of each whole name.
type gazetteer struct {
	tok    map[uint64]uint8 // word hash → bit set of indexes into Types
	span   map[uint64]uint8 // hash of the name's word hashes → index into Types + 1
	maxLen int
}

// buildGazetteer collects the names of the tagged sentences.
func buildGazetteer(sentences []Sentence) gazetteer {
	g := gazetteer{tok: map[uint64]uint8{}, span: map[uint64]uint8{}}
	counts := map[uint64]*[4]int{}
	for _, s := range sentences {
		for _, e := range Spans(s.Tags) {
			typ := typeIndex(e.Type)
			if typ < 0 || e.End-e.Start > maxNameLen {
				continue
			}
			h := uint64(spanSeed)
			for _, w := range s.Tokens[e.Start:e.End] {
				wh := hashString(w)
				g.tok[wh] |= 1 << typ
				h = mix(h, wh)
			}
			c := counts[h]
			if c == nil {
				c = new([4]int)
				counts[h] = c
			}
			c[typ]++
			g.maxLen = max(g.maxLen, e.End-e.Start)
		}
	}
	for h, c := range counts {
		best := 0
		for t := range c {
			if c[t] > c[best] {
				best = t
			}
		}
		g.span[h] = uint8(best + 1)
	}
	return g
}

// typeIndex returns the index of an entity type in Types, or -1.
func typeIndex(typ string) int {
	for i, t := range Types {
		if t == typ {
			return i
		}
	}
	return -1
}

// markSpans marks the longest gazetteer names in a sentence, left to right.
func (g *gazetteer) markSpans(toks []token) {
	g.markCodes(len(toks), func(i int) (uint64, uint8) { return toks[i].word, toks[i].gaz }, func(i int, c uint8) { toks[i].span = c }, nil)
}

// markCodes marks the longest gazetteer names among n words, left to
// right: word(i) gives word i's hash and gazetteer types, set records the
// mark of a word in a name (the B- or I- tag of its type).
//
// spans, when set, is g.span as a hashTable.
func (g *gazetteer) markCodes(n int, word func(int) (uint64, uint8), set func(int, uint8), spans *hashTable[uint8]) {
	if len(g.span) == 0 {
		return
	}
	for i := 0; i < n; {
		best, typ := 0, uint8(0)
		h := uint64(spanSeed)
		// Every word of a name is in g.tok, so a run stops at the first
		// word that is not: most words then cost no lookup in g.span.
		for l := 1; l <= g.maxLen && i+l <= n; l++ {
			w, gaz := word(i + l - 1)
			if gaz == 0 {
				break
			}
			h = mix(h, w)
			var v uint8
			var ok bool
			if spans != nil {
				v, ok = spans.get(h)
			} else {
				v, ok = g.span[h]
			}
			if ok {
				best, typ = l, v
			}
		}
		if best == 0 {
			i++
			continue
		}
		set(i, 2*typ-1) // B- tag of the type
		for j := i + 1; j < i+best; j++ {
			set(j, 2*typ) // I- tag
		}
		i += best
	}
}

// buildCasing classes each word by how often it is capitalised away from
// the start of a sentence, crossed with how often it is seen. A word that
// is nearly always capitalised mid-sentence is likely a name even when the
// training names never contained it.
func buildCasing(sentences [][]string) map[uint64]uint8 {
	type count struct{ upper, total int }
	counts := map[uint64]*count{}
	for _, words := range sentences {
		for i, w := range words {
			if i == 0 {
				continue
			}
			t := analyse(w)
			if t.flags&fLetter == 0 {
				continue
			}
			c := counts[t.lower]
			if c == nil {
				c = &count{}
				counts[t.lower] = c
			}
			c.total++
			if t.flags&fCap != 0 {
				c.upper++
			}
		}
	}
	lex := make(map[uint64]uint8, len(counts))
	for h, c := range counts {
		lex[h] = lexClass(c.upper, c.total)
	}
	return lex
}

// lexClass numbers a (capitalised share, frequency) pair from 1; 0 means
// the word was never seen.
func lexClass(upper, total int) uint8 {
	r := float64(upper) / float64(total)
	var share uint8
	switch {
	case r < 0.05:
		share = 0
	case r < 0.5:
		share = 1
	case r < 0.95:
		share = 2
	default:
		share = 3
	}
	var freq uint8
	switch {
	case total < 3:
		freq = 0
	case total < 10:
		freq = 1
	default:
		freq = 2
	}
	return 1 + share*3 + freq
}
