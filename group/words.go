package group

import (
	"unicode"
	"unicode/utf8"

	"github.com/cotejo/cotejo/lang"
)

// appendWords appends the words of s to out, exactly as lang.Words splits
// them, into a slice grouping reuses from one article to the next, and
// with the letters and digits of ASCII told apart without a table lookup:
// splitting is a good part of what grouping costs per word.
func appendWords(out []lang.Word, s string) []lang.Word {
	start := -1
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		var word bool
		if r < utf8.RuneSelf {
			word = asciiWord[r]
		} else {
			r, size = utf8.DecodeRuneInString(s[i:])
			word = unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		}
		switch {
		case word:
			if start < 0 {
				start = i
			}
		case start < 0 || joinsWord(s, i, r):
		default:
			out = append(out, lang.Word{Start: start, End: i})
			start = -1
		}
		i += size
	}
	if start >= 0 {
		out = append(out, lang.Word{Start: start, End: len(s)})
	}
	return out
}

// asciiWord tells the ASCII letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// joinsWord reports whether r, at byte i of s, stands inside a word: an
// apostrophe or hyphen before a letter or digit, or a separator between
// digits.
func joinsWord(s string, i int, r rune) bool {
	if r != '-' && r != '\'' && r != '’' && r != '.' && r != ',' {
		return false
	}
	n := i + utf8.RuneLen(r)
	if n >= len(s) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(s[n:])
	if !unicode.IsLetter(next) && !unicode.IsDigit(next) {
		return false
	}
	if r == '.' || r == ',' {
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		return unicode.IsDigit(prev) && unicode.IsDigit(next)
	}
	return true
}
