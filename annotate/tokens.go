package annotate

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cotejo/cotejo"
	"github.com/cotejo/cotejo/lang"
)

// Tokens splits each sentence into tokens the way CoNLL-2002 does, so that
// the entity tagger sees what it was trained on: words (with inner
// hyphens and apostrophes), numbers with their separators ("1.500", "3,5",
// "14:08", "11/12/2025"), abbreviations and initials with their period
// ("Sr.", "EE.UU.", "F."), and every other mark on its own, except "..."
// which stays whole.
func Tokens(body string, sentences []cotejo.Span) []cotejo.Token {
	out := make([]cotejo.Token, 0, len(body)/5)
	for si, s := range sentences {
		scanTokens(body, s, func(start, end int) {
			out = append(out, cotejo.Token{Span: cotejo.Span{Start: start, End: end}, Sentence: si})
		})
	}
	return out
}

// scanTokens calls fn with the bounds of each token of body[s.Start:s.End].
func scanTokens(body string, s cotejo.Span, fn func(start, end int)) {
	i := s.Start
	for i < s.End {
		if c := body[i]; c < utf8.RuneSelf {
			// ASCII, most of the text: the cases below without decoding.
			switch {
			case c == ' ' || '\t' <= c && c <= '\r':
				i++
			case asciiWord[c]:
				end := wordEnd(body, i, s.End)
				fn(i, end)
				i = end
			case c == '.' && strings.HasPrefix(body[i:s.End], "..."):
				fn(i, i+3)
				i += 3
			default:
				fn(i, i+1)
				i++
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(body[i:s.End])
		switch {
		case unicode.IsSpace(r) || r == utf8.RuneError && n <= 1 && i < s.End && body[i] >= utf8.RuneSelf:
			i += n
		case isWordRune(r):
			end := wordEnd(body, i, s.End)
			fn(i, end)
			i = end
		case r == '.' && strings.HasPrefix(body[i:s.End], "..."):
			fn(i, i+3)
			i += 3
		default:
			fn(i, i+n)
			i += n
		}
	}
}

// asciiWord marks the ASCII letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// wordEnd returns the end of the word that starts at i.
func wordEnd(body string, i, limit int) int {
	start := i
	digits := true
	group := 0 // letters since the word's start or its last joiner
	for i < limit {
		var r rune
		var n int
		if c := body[i]; c < utf8.RuneSelf {
			if asciiWord[c] {
				digits = digits && c <= '9'
				group++
				i++
				continue
			}
			r, n = rune(c), 1
		} else {
			r, n = utf8.DecodeRuneInString(body[i:limit])
			if isWordRune(r) {
				digits = digits && unicode.IsDigit(r)
				group++
				i += n
				continue
			}
		}
		if i+n >= limit || !isJoiner(r) {
			break
		}
		next, _ := utf8.DecodeRuneInString(body[i+n : limit])
		prev, _ := utf8.DecodeLastRuneInString(body[start:i])
		if joinsWord(r, prev, next, digits, group) {
			group = 0
			i += n
			continue
		}
		break
	}
	if i < limit && body[i] == '.' && takesPeriod(body[start:i], body, i+1, limit) {
		i++
	}
	return i
}

// isJoiner reports whether r may join two parts of a word (joinsWord).
func isJoiner(r rune) bool {
	switch r {
	case '-', '\'', '’', '.', ',', ':', '/':
		return true
	}
	return false
}

func joinsWord(r, prev, next rune, digits bool, group int) bool {
	switch r {
	case '-', '\'', '’':
		return isWordRune(next) && !digits
	case '.', ',', ':', '/':
		if unicode.IsDigit(prev) && unicode.IsDigit(next) {
			return true
		}
		// Dotted acronyms of short letter groups ("EE.UU", "U.S", "S.A")
		// and domain names ("Paraguay.com"), as CoNLL-2002 keeps them.
		return r == '.' && unicode.IsLetter(prev) && (group <= 2 && unicode.IsLetter(next) || unicode.IsLower(next))
	}
	return false
}

// takesPeriod reports whether the period after word belongs to it: an
// abbreviation, the first half of a spaced one ("EE." of "EE. UU.") or an
// initial, unless the period is the sentence's last character.
func takesPeriod(word, body string, after, limit int) bool {
	if after >= limit {
		return false
	}
	if isInitial(word) || lang.IsAnyAbbreviation(word) {
		return true
	}
	if utf8.RuneCountInString(word) > 2 || after+1 >= limit || body[after] != ' ' {
		return false
	}
	end := after + 1
	for end < limit && end-after <= 3 && unicode.IsLetter(rune(body[end])) {
		end++
	}
	return end < limit && body[end] == '.' && lang.IsAnyAbbreviation(word+"."+body[after+1:end])
}
