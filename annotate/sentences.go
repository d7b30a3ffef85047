package annotate

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cotejo/cotejo"
	"github.com/cotejo/cotejo/lang"
)

// Sentences splits body into sentences, as spans without surrounding
// white space. A blank line always ends a sentence, and so does a line
// break unless the next line goes on in lower case. Periods of
// abbreviations ("Sr.", "EE. UU."), initials ("John F. Kennedy") and
// numbers ("1.500") do not end one; neither does a terminator inside a
// quotation that closes later in the same paragraph, nor one followed by a
// lower-case word or by a dash that opens an aside ("—¿Vienes? —preguntó").
func Sentences(body, code string) []cotejo.Span {
	l := lang.Get(code)
	var out []cotejo.Span
	for _, block := range blocks(body) {
		out = splitBlock(body, block, l, out)
	}
	return out
}

// blocks cuts body at blank lines, and at line breaks that are not
// followed by a lower-case continuation.
func blocks(body string) []cotejo.Span {
	var out []cotejo.Span
	start := 0
	for i := 0; i < len(body); i++ {
		if body[i] != '\n' {
			continue
		}
		j := i + 1
		blank := false
		for j < len(body) && (body[j] == ' ' || body[j] == '\t' || body[j] == '\r' || body[j] == '\n') {
			if body[j] == '\n' {
				blank = true
			}
			j++
		}
		if !blank && j < len(body) {
			r, _ := utf8.DecodeRuneInString(body[j:])
			if unicode.IsLower(r) {
				continue
			}
		}
		out = append(out, cotejo.Span{Start: start, End: i})
		start = j
		i = j - 1
	}
	if start < len(body) {
		out = append(out, cotejo.Span{Start: start, End: len(body)})
	}
	return out
}

func splitBlock(body string, block cotejo.Span, l *lang.Language, out []cotejo.Span) []cotejo.Span {
	text := body[block.Start:block.End]
	inside := quoted(text)
	start := 0
	terms := newLeadScanner(text, terminatorLeads)
	for i := 0; i < len(text); {
		if i = terms.next(i); i >= len(text) {
			break
		}
		if text[i] == "…"[0] && !strings.HasPrefix(text[i:], "…") {
			i++
			continue
		}
		end := terminatorEnd(text, i)
		if end < len(text) && !isSpace(text[end]) {
			if cut := gluedEnd(text, i, end, inside, l); cut > 0 {
				out = appendTrimmed(out, block.Start, text, start, cut)
				start = cut
			}
			i = end
			continue
		}
		if endsSentence(text, i, end, inside, l) {
			out = appendTrimmed(out, block.Start, text, start, end)
			start = end
		}
		i = end
	}
	return appendTrimmed(out, block.Start, text, start, len(text))
}

// terminatorLeads are the bytes a terminator starts with: ".", "?", "!"
// and the lead byte of "…".
const terminatorLeads = ".?!" + "\xe2"

// leadScanner finds the next of a few bytes in text with strings.IndexByte
// (vectorised), remembering for each byte where it next occurs so that
// text is read about once per byte sought.
type leadScanner struct {
	text  string
	leads string // at most four bytes
	found [4]int // next occurrence of each lead at or after the last search; -1 before the first
}

func newLeadScanner(text, leads string) leadScanner {
	return leadScanner{text: text, leads: leads, found: [4]int{-1, -1, -1, -1}}
}

// next returns the first index at or after i holding one of the leads, or
// len(text).
func (s *leadScanner) next(i int) int {
	first := len(s.text)
	for k := 0; k < len(s.leads); k++ {
		if s.found[k] < i {
			s.found[k] = len(s.text)
			if p := strings.IndexByte(s.text[i:], s.leads[k]); p >= 0 {
				s.found[k] = i + p
			}
		}
		first = min(first, s.found[k])
	}
	return first
}

// terminatorEnd returns the end of the run of terminators and closing
// marks that starts at i.
func terminatorEnd(text string, i int) int {
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch r {
		case '.', '?', '!', '…', '»', '”', '"', '\'', '’', ')', ']':
			i += n
			continue
		}
		break
	}
	return i
}

// endsSentence decides whether the terminator run text[i:end], followed by
// white space or the end of the block, ends a sentence.
func endsSentence(text string, i, end int, inside []cotejo.Span, l *lang.Language) bool {
	closes := false
	for k := i + 1; k < end; k++ {
		if !within(inside, k) {
			closes = true
		}
	}
	if within(inside, i) && !closes && end < len(text) {
		return false
	}
	next := end
	for next < len(text) && isSpace(text[next]) {
		next++
	}
	if next >= len(text) {
		return true
	}
	r, n := utf8.DecodeRuneInString(text[next:])
	switch {
	case unicode.IsLower(r):
		return false
	case r == ',' || r == ';' || r == ':':
		return false
	case r == '—' || r == '–':
		after := strings.TrimLeft(text[next+n:], " ")
		if a, _ := utf8.DecodeRuneInString(after); unicode.IsLower(a) {
			return false
		}
	}
	if text[i] != '.' || end-i > 1 && text[i+1] == '.' {
		return true
	}
	word := wordBefore(text, i)
	switch {
	case word == "":
		return true
	case spacedAbbrevStarts(text, word, next, l):
		return false
	case l.IsTitleAbbreviation(word):
		return false
	case isInitial(word) || l.IsAbbreviation(word):
		return startsWithStopword(text[next:], l)
	}
	return true
}

// gluedEnd returns where to cut when the period at i ends a sentence that
// a scrape glued to the next one, with no space between ("al
// respecto.De confirmarse", "en Libia.\"Estamos"), or 0. The word before
// must be a word of three letters or more that no abbreviation, domain or
// path holds, and a capitalised word, or a quotation opening on one, must
// follow: "EE.UU.", "lanacion.com.ar", "Sr.Pérez" stay whole.
func gluedEnd(text string, i, end int, inside []cotejo.Span, l *lang.Language) int {
	if text[i] != '.' {
		return 0
	}
	cut := end
	switch run := text[i:end]; {
	case run == ".":
		if within(inside, i) {
			return 0 // "«Es imposible.Nadie lo cree»": the quotation goes on
		}
	case run == `."`:
		if !within(inside, i) {
			cut = i + 1 // the quotation opens the next sentence
		}
	case strings.Trim(run[1:], "»”’)]") == "":
	default:
		return 0
	}
	next, _ := utf8.DecodeRuneInString(text[end:])
	if !unicode.IsUpper(next) {
		return 0
	}
	word := trailingWord(text[:i])
	j := i - len(word)
	if utf8.RuneCountInString(word) < 3 || l.IsAbbreviation(word) || l.IsTitleAbbreviation(word) {
		return 0
	}
	if j > 0 && strings.IndexByte("./@:-_", text[j-1]) >= 0 {
		return 0 // inside a domain, an address or a path
	}
	if w := leadingWord(text[end:]); topLevelDomains[strings.ToLower(w)] {
		return 0 // "Booking.Com"
	}
	k := end
	for k < len(text) && !isSpace(text[k]) {
		if text[k] == '.' && k+1 < len(text) {
			if r, _ := utf8.DecodeRuneInString(text[k+1:]); unicode.IsLetter(r) {
				return 0 // "Example.com"
			}
		}
		k++
	}
	return cut
}

// topLevelDomains are the endings of web addresses that a capital can
// make look like the start of a sentence, leaving out those that are also
// words a sentence starts with ("Es", "De", "It").
var topLevelDomains = map[string]bool{
	"com": true, "net": true, "org": true, "gov": true, "edu": true, "info": true, "io": true, "tv": true,
	"ar": true, "mx": true, "co": true, "cl": true, "pe": true, "uy": true, "ve": true,
	"br": true, "pt": true, "uk": true, "fr": true,
}

// trailingWord returns the letters s ends with.
func trailingWord(s string) string {
	n := len(s)
	for n > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:n])
		if !unicode.IsLetter(r) {
			break
		}
		n -= size
	}
	return s[n:]
}

// leadingWord returns the letters s starts with.
func leadingWord(s string) string {
	n := 0
	for n < len(s) {
		r, size := utf8.DecodeRuneInString(s[n:])
		if !unicode.IsLetter(r) {
			break
		}
		n += size
	}
	return s[:n]
}

// wordBefore returns the word the period at i closes, with a preceding
// one- or two-letter group joined when they form a spaced abbreviation
// ("EE. UU", "a. m").
func wordBefore(text string, i int) string {
	j := i
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:j])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		j -= n
	}
	word := text[j:i]
	if utf8.RuneCountInString(word) <= 2 && j >= 2 && text[j-1] == ' ' && text[j-2] == '.' {
		k := j - 2
		for k > 0 {
			r, n := utf8.DecodeLastRuneInString(text[:k])
			if !unicode.IsLetter(r) {
				break
			}
			k -= n
		}
		if prev := text[k : j-2]; prev != "" && utf8.RuneCountInString(prev) <= 2 {
			return prev + "." + word
		}
	}
	return word
}

// spacedAbbrevStarts reports whether word and the short group at next
// form a spaced abbreviation ("EE." + "UU.", "a." + "m."), so the first
// period is inside it.
func spacedAbbrevStarts(text, word string, next int, l *lang.Language) bool {
	if utf8.RuneCountInString(word) > 2 {
		return false
	}
	end := next
	for end < len(text) {
		r, n := utf8.DecodeRuneInString(text[end:])
		if !unicode.IsLetter(r) {
			break
		}
		end += n
	}
	if end == next || end-next > 4 || end >= len(text) || text[end] != '.' {
		return false
	}
	return l.IsListedAbbreviation(word + "." + text[next:end])
}

func isInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r)
}

// startsWithStopword reports whether s begins with a capitalised function
// word ("El", "The"): after an abbreviation that may end a sentence, that
// is the sign that a new one starts.
func startsWithStopword(s string, l *lang.Language) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}
	return l.IsStop(strings.ToLower(leadingWord(s)))
}

func appendTrimmed(out []cotejo.Span, base int, text string, start, end int) []cotejo.Span {
	if s := trimSpan(text, cotejo.Span{Start: start, End: end}); s.Len() > 0 {
		out = append(out, cotejo.Span{Start: base + s.Start, End: base + s.End})
	}
	return out
}

// trimSpan narrows s to exclude surrounding white space (as
// strings.TrimSpace sees it).
func trimSpan(text string, s cotejo.Span) cotejo.Span {
	for s.Start < s.End {
		r, n := utf8.DecodeRuneInString(text[s.Start:s.End])
		if !unicode.IsSpace(r) {
			break
		}
		s.Start += n
	}
	for s.End > s.Start {
		r, n := utf8.DecodeLastRuneInString(text[s.Start:s.End])
		if !unicode.IsSpace(r) {
			break
		}
		s.End -= n
	}
	return s
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// quoted returns the spans of text that lie strictly inside a pair of
// quotation marks closed within text («…», “…” or "…"), in order.
func quoted(text string) []cotejo.Span {
	if !hasQuoteMark(text) {
		return nil
	}
	var inside []cotejo.Span
	for _, q := range markQuotes(text) {
		if q.closed {
			inside = append(inside, q.inner)
		}
	}
	return inside
}

// hasQuoteMark reports whether text holds a mark that may open a
// quotation: «, “ or ".
func hasQuoteMark(text string) bool {
	return strings.IndexByte(text, '"') >= 0 || strings.Contains(text, "«") || strings.Contains(text, "“")
}

// within reports whether byte k lies in one of spans (sorted, not
// overlapping).
func within(spans []cotejo.Span, k int) bool {
	i := sort.Search(len(spans), func(i int) bool { return spans[i].End > k })
	return i < len(spans) && spans[i].Start <= k
}

func opensASCII(prev rune) bool {
	return unicode.IsSpace(prev) || strings.ContainsRune("([{—–-«“/", prev)
}

func closerOf(r rune) rune {
	switch r {
	case '«':
		return '»'
	case '“':
		return '”'
	}
	return '"'
}
