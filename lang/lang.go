// Package lang holds what cotejo knows about each language it reads:
// stopwords, stemming, accent folding and word splitting. Language
// knowledge is data kept here, one place per language, not literals in the
// stages that use it.
package lang

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
	"github.com/kljensen/snowball/spanish"
)

// Language is one supported language's resources.
type Language struct {
	Code string // ISO 639-1
	Name string
	stop map[string]bool
	stem func(string) string

	// Stemming is the costliest thing every stage does, and news repeats
	// its vocabulary: stems are remembered, up to stemCacheMax words.
	cacheMu sync.RWMutex
	cache   map[string]string
}

// stemCacheMax bounds the remembered stems of one language (a few tens of
// megabytes at most), so that a stream of odd tokens cannot grow it
// without end.
const stemCacheMax = 1 << 18

var languages = map[string]*Language{
	"es": {Code: "es", Name: "Spanish", stop: set(spanishStop), stem: func(w string) string { return spanish.Stem(w, true) }},
	"en": {Code: "en", Name: "English", stop: set(englishStop), stem: func(w string) string { return english.Stem(w, true) }},
	"pt": {Code: "pt", Name: "Portuguese", stop: set(portugueseStop), stem: portugueseStem},
}

// Default is the language assumed when none is known: Spanish comes first.
const Default = "es"

// Get returns the resources for an ISO 639-1 code, falling back to Default
// for a language cotejo has no resources for.
func Get(code string) *Language {
	if l, ok := languages[code]; ok {
		return l
	}
	return languages[Default]
}

// Supported reports whether cotejo has resources for the language.
func Supported(code string) bool { _, ok := languages[code]; return ok }

// IsStop reports whether the lower-cased word is a stopword.
func (l *Language) IsStop(w string) bool { return l.stop[w] || l.stop[Fold(w)] }

// Stem returns the stem of a word, lower-cased and with accents folded
// first, so that "amnistía" and "amnistias" meet.
func (l *Language) Stem(w string) string {
	f := Fold(w)
	l.cacheMu.RLock()
	s, ok := l.cache[f]
	l.cacheMu.RUnlock()
	if ok {
		return s
	}
	s = l.stem(f)
	l.cacheMu.Lock()
	if l.cache == nil {
		l.cache = make(map[string]string)
	}
	if len(l.cache) < stemCacheMax {
		l.cache[f] = s
	}
	l.cacheMu.Unlock()
	return s
}

// Fold lower-cases s and strips diacritics (á→a, ñ→n, ç→c), so that
// spellings with and without accents compare equal.
func Fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		b.WriteRune(foldRune(r))
	}
	return b.String()
}

func foldRune(r rune) rune {
	r = unicode.ToLower(r)
	if r < 0xC0 {
		return r
	}
	switch r {
	case 'á', 'à', 'â', 'ä', 'ã', 'å':
		return 'a'
	case 'é', 'è', 'ê', 'ë':
		return 'e'
	case 'í', 'ì', 'î', 'ï':
		return 'i'
	case 'ó', 'ò', 'ô', 'ö', 'õ':
		return 'o'
	case 'ú', 'ù', 'û', 'ü':
		return 'u'
	case 'ñ':
		return 'n'
	case 'ç':
		return 'c'
	}
	return r
}

// Word is a run of letters or digits in a text, by byte offsets.
type Word struct {
	Start, End int
}

// Words splits s into words: runs of letters and digits, keeping inner
// apostrophes, hyphens and number separators ("ruso-venezolanos", "1.500",
// "3,5", "O'Neil") inside one word.
func Words(s string) []Word { return AppendWords(nil, s) }

// AppendWords appends the words of s to dst, as Words splits them, so that
// a caller splitting many texts reuses one slice. ASCII letters and digits
// are told apart without the Unicode tables: splitting is a good part of
// what every stage costs per word.
func AppendWords(dst []Word, s string) []Word {
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
		case start < 0 || JoinsWord(s, i, r):
		default:
			dst = append(dst, Word{Start: start, End: i})
			start = -1
		}
		i += size
	}
	if start >= 0 {
		dst = append(dst, Word{Start: start, End: len(s)})
	}
	return dst
}

// asciiWord tells the ASCII letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// JoinsWord reports whether r, at byte i of s and right after a letter or
// digit, keeps the word going: an apostrophe or hyphen before a letter or
// digit, or a point or comma between digits.
func JoinsWord(s string, i int, r rune) bool {
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

// ContentWords returns the folded stems of the words of s that are not
// stopwords, numbers excluded, in order.
func (l *Language) ContentWords(s string) []string {
	var out []string
	for _, w := range Words(s) {
		t := s[w.Start:w.End]
		r, _ := utf8.DecodeRuneInString(t)
		if unicode.IsDigit(r) {
			continue
		}
		low := strings.ToLower(t)
		if l.IsStop(low) || utf8.RuneCountInString(low) < 2 {
			continue
		}
		out = append(out, l.Stem(low))
	}
	return out
}

func set(words string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(words) {
		m[w] = true
		m[Fold(w)] = true
	}
	return m
}
