package group

import (
	"hash/maphash"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cotejo/cotejo/lang"
)

// maxLexicon bounds the tokens a lexicon remembers (some tens of
// megabytes at most): past it the lexicon starts afresh, so that a stream
// of odd tokens cannot grow it without end.
const maxLexicon = 1 << 17

// lexicon remembers what extraction learnt about each token of one
// language it has met: news repeats its vocabulary, so each distinct token
// is folded, looked up in the word lists and stemmed once, not at every
// occurrence.
type lexicon struct {
	l     *lang.Language
	limit int // tokens remembered before starting afresh
	// index finds a token as written by a seeded 64-bit hash of it,
	// without keeping the token: a Go map compares the key's bytes,
	// one more read from memory per token, and this lookup is made for
	// every word of every article. Two tokens with the same hash would
	// share a place; with a seed drawn per lexicon, no text can be
	// written to make them.
	index hashIndex
	// brief holds what every occurrence of a token needs, in a few bytes
	// that stay in cache where tokens would not.
	brief  []brief
	tokens []token
}

// brief is what a word as written says, in every context, about the
// features it yields, with the interned ids of its name and word features
// (-1 until the dictionary holds them).
type brief struct {
	flags          flags
	nameID, wordID int32
}

type flags uint8

const (
	yields   flags = 1 << iota // may yield a feature: a number, a name or a content word
	capitals                   // every letter a capital
	digit                      // opens with a digit: a number, never a word or a name
	content                    // a content word: its stem is a word feature
	acronym                    // a name unless on a line written in capitals
	capital                    // a name unless it opens a sentence or stands on a line in capitals
)

// token is the rest of what a lexicon knows of a token: the features
// themselves, needed until they are interned, and what dates need.
type token struct {
	low    string // folded: the name feature
	stem   string // the word feature, when content
	number string // the number feature, "" when none

	month    uint8 // the month it names, as written (for dates beside it)
	day      uint8 // the day of a month it can be (1–31); 0 when none
	numberID int32 // the interned id of the number feature, -1 until known
}

func newLexicon(l *lang.Language, limit int) *lexicon {
	return &lexicon{l: l, limit: limit, index: newHashIndex()}
}

// reset forgets every token once the lexicon has grown past its bound.
func (x *lexicon) reset() {
	if len(x.tokens) < x.limit {
		return
	}
	x.index.clear()
	x.tokens = x.tokens[:0]
	x.brief = x.brief[:0]
}

// token returns the place in x.tokens of a word as written, classifying it
// when new.
func (x *lexicon) token(t string) int32 {
	h := x.index.hash(t)
	if i, ok := x.index.get(h); ok {
		return i
	}
	t = strings.Clone(t) // the article's text is not kept
	i := int32(len(x.tokens))
	b, tok := classify(x.l, t)
	x.brief = append(x.brief, b)
	x.tokens = append(x.tokens, tok)
	x.index.put(h, i)
	return i
}

// hashIndex is an open-addressed table from the seeded hash of a token
// to its place, doubling as it fills.
type hashIndex struct {
	seed  maphash.Seed
	slots []indexSlot
	n     int
}

// indexSlot is one slot of a hashIndex; hash 0 marks it empty.
type indexSlot struct {
	hash uint64
	at   int32
}

func newHashIndex() hashIndex {
	return hashIndex{seed: maphash.MakeSeed(), slots: make([]indexSlot, 1<<10)}
}

// hash is the key of a token: never 0, which marks an empty slot.
func (x *hashIndex) hash(t string) uint64 { return max(maphash.String(x.seed, t), 1) }

func (x *hashIndex) slot(h uint64) uint64 { return h & uint64(len(x.slots)-1) }

func (x *hashIndex) get(h uint64) (int32, bool) {
	mask := uint64(len(x.slots) - 1)
	for i := x.slot(h); ; i = (i + 1) & mask {
		switch x.slots[i].hash {
		case h:
			return x.slots[i].at, true
		case 0:
			return 0, false
		}
	}
}

// put adds a hash not in the table.
func (x *hashIndex) put(h uint64, at int32) {
	if 2*(x.n+1) > len(x.slots) {
		old := x.slots
		x.slots = make([]indexSlot, 2*len(old))
		for _, s := range old {
			if s.hash != 0 {
				x.insert(s)
			}
		}
	}
	x.insert(indexSlot{h, at})
	x.n++
}

func (x *hashIndex) insert(s indexSlot) {
	mask := uint64(len(x.slots) - 1)
	i := x.slot(s.hash)
	for x.slots[i].hash != 0 {
		i = (i + 1) & mask
	}
	x.slots[i] = s
}

// clear empties the table, keeping its slots.
func (x *hashIndex) clear() {
	clear(x.slots)
	x.n = 0
}

// classify works out what a token says regardless of where it stands.
func classify(l *lang.Language, t string) (brief, token) {
	b := brief{nameID: -1, wordID: -1}
	tok := token{numberID: -1}
	if isAcronym(t) {
		b.flags |= capitals
	}
	if m := l.Month(t); m > 0 {
		tok.month = uint8(m)
	}
	r, size := utf8.DecodeRuneInString(t)
	if unicode.IsDigit(r) {
		b.flags |= digit | yields
		tok.number, _ = number(t)
		if day, err := strconv.Atoi(t); err == nil && day >= 1 && day <= 31 {
			tok.day = uint8(day)
		}
		return b, tok
	}
	// One fold serves every lookup: the word lists and the stem cache are
	// keyed by folded forms, and folding a folded word is free.
	low := lang.Fold(t)
	tok.low = low
	stopish := l.IsStop(low) || l.Month(low) > 0 || l.IsWeekday(low)
	if !stopish && utf8.RuneCountInString(low) >= 2 {
		b.flags |= content | yields
		tok.stem = l.Stem(low)
	}
	if name := nameFlag(t, r, size, stopish); name != 0 {
		b.flags |= name | yields
	}
	return b, tok
}

// nameFlag classes a token opening with rune r (of size bytes): an
// acronym of two to six capitals, or a capitalised word of two letters or
// more that is neither a stopword nor a calendar word (stopish); 0 when it
// is neither.
func nameFlag(t string, r rune, size int, stopish bool) flags {
	if !unicode.IsUpper(r) {
		return 0
	}
	n := utf8.RuneCountInString(t)
	if isAcronym(t) {
		if n < 2 || n > 6 {
			return 0
		}
		return acronym
	}
	if n < 2 || !unicode.IsLower(firstRune(t[size:])) || stopish {
		return 0
	}
	return capital
}
