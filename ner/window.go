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
// stretches would overlap are one window.
func windows(words []string) iter.Seq[window] {
	return func(yield func(window) bool) {
		n := len(words)
		from, to := -1, -1
		for i, w := range words {
			if !isAnchor(w) {
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
