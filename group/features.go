package group

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cotejo/cotejo"
	"github.com/cotejo/cotejo/lang"
)

// maxTextBytes bounds the text read from one article: the opening of a
// news piece names its story, and the bound keeps the cost of a hostile or
// runaway input flat.
const maxTextBytes = 64 << 10

// The lead (the title and the opening of the body, about two sentences)
// says what the story is and who it is about; later paragraphs bring in
// background and earlier stories. Features in the lead count leadCount
// times.
const (
	leadBytes = 320
	leadCount = 3
)

// kind is the family a feature belongs to. Families are scored apart,
// since a shared name or date says more about the story than a shared word.
type kind uint8

const (
	kindWord   kind = iota // a content-word stem
	kindName               // a named-looking token: capitalised mid-sentence, or an acronym
	kindNumber             // a number or a day of a month
	kinds
)

// term is one feature of an article and how often it occurs.
type term struct {
	id    uint32
	count uint16
}

// features are what grouping keeps of an article: its terms per family and
// its publication date. The text itself is not kept.
type features struct {
	terms [kinds][]term
	day   int32 // days since the Unix epoch; noDay when unknown
}

const noDay = int32(-1 << 31)

// extract reads an article's title and body into features, interning each
// feature in dict.
func extract(a *cotejo.Article, dict *dictionary) features {
	l := lang.Get(a.Language)
	text := a.Title + "\n\n" + a.Body
	if len(text) > maxTextBytes {
		text = text[:maxTextBytes]
	}
	lead := len(a.Title) + 2 + leadBytes
	var counts [kinds]map[string]int
	for k := range counts {
		counts[k] = make(map[string]int)
	}
	words := lang.Words(text)
	shouting := shoutingLines(text, words)
	prevEnd := 0
	for i, w := range words {
		t := text[w.Start:w.End]
		gap := text[prevEnd:w.Start]
		prevEnd = w.End
		n := 1
		if w.Start < lead {
			n = leadCount
		}
		r, _ := utf8.DecodeRuneInString(t)
		if unicode.IsDigit(r) {
			if num, ok := number(t); ok {
				counts[kindNumber][num] += n
			}
			if d := dayOfMonth(l, text, words, i); d != "" {
				counts[kindNumber][d] += n
			}
			continue
		}
		// One fold serves every lookup: the word lists and the stem cache
		// are keyed by folded forms, and folding a folded word is free.
		low := lang.Fold(t)
		if name, ok := named(l, t, low, gap, i == 0, shouting[i]); ok {
			counts[kindName][name] += n
		}
		if l.IsStop(low) || utf8.RuneCountInString(low) < 2 || l.Month(low) > 0 || l.IsWeekday(low) {
			continue
		}
		counts[kindWord][l.Stem(low)] += n
	}
	var f features
	for k := range counts {
		f.terms[k] = dict.terms(kind(k), counts[k])
	}
	f.day = noDay
	if !a.Published.IsZero() && a.Published.Grain >= cotejo.Day {
		f.day = int32(a.Published.Time.Unix() / 86400)
	}
	for _, x := range a.Timexes {
		if x.Date.Grain >= cotejo.Day {
			f.terms[kindNumber] = dict.add(f.terms[kindNumber], kindNumber, "d"+x.Date.Time.Format("01-02"))
		}
	}
	return f
}

// named returns the folded form of a word that looks like a name: an
// acronym (two to six capitals, outside a headline written in capitals), or
// a capitalised word that neither opens a sentence nor is a stopword or a
// calendar word.
func named(l *lang.Language, t, low, gap string, first, shouting bool) (string, bool) {
	r, size := utf8.DecodeRuneInString(t)
	if !unicode.IsUpper(r) {
		return "", false
	}
	n := utf8.RuneCountInString(t)
	if isAcronym(t) {
		if shouting || n < 2 || n > 6 {
			return "", false
		}
		return low, true
	}
	if shouting || first || opensSentence(gap) || n < 2 {
		return "", false
	}
	if !unicode.IsLower(firstRune(t[size:])) {
		return "", false
	}
	if l.IsStop(low) || l.Month(low) > 0 || l.IsWeekday(low) {
		return "", false
	}
	return low, true
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// isAcronym reports whether every letter of t is a capital.
func isAcronym(t string) bool {
	letters := 0
	for _, r := range t {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters > 0
}

// opensSentence reports whether the text between two words ends a
// sentence or a paragraph, or opens a quotation: the next word's capital
// then says nothing about it being a name.
func opensSentence(gap string) bool {
	return strings.ContainsAny(gap, ".!?:;\n\"“«¿¡—•|`")
}

// shoutingLines marks the words standing on lines written mostly in
// capitals (headlines, bylines), where capitals say nothing about names.
func shoutingLines(text string, words []lang.Word) []bool {
	out := make([]bool, len(words))
	start := 0
	for start < len(words) {
		lineEnd := strings.IndexByte(text[words[start].Start:], '\n')
		end := len(words)
		if lineEnd >= 0 {
			limit := words[start].Start + lineEnd
			end = start
			for end < len(words) && words[end].Start < limit {
				end++
			}
		}
		caps := 0
		for _, w := range words[start:end] {
			if isAcronym(text[w.Start:w.End]) {
				caps++
			}
		}
		if n := end - start; n >= 3 && caps*2 > n {
			for i := start; i < end; i++ {
				out[i] = true
			}
		}
		start = end
	}
	return out
}

// number returns the digits of a number token, without separators, when it
// is specific enough to tell stories apart: at least two digits.
func number(t string) (string, bool) {
	var b strings.Builder
	for _, r := range t {
		if unicode.IsDigit(r) {
			b.WriteRune(r)
		} else if !strings.ContainsRune(".,'", r) {
			return "", false
		}
	}
	if b.Len() < 2 || b.Len() > 12 {
		return "", false
	}
	return b.String(), true
}

// dayOfMonth returns "dMM-DD" when the number at words[i] is a day beside a
// month name ("21 de noviembre", "May 3", "3 May"), or "".
func dayOfMonth(l *lang.Language, text string, words []lang.Word, i int) string {
	day, err := strconv.Atoi(text[words[i].Start:words[i].End])
	if err != nil || day < 1 || day > 31 {
		return ""
	}
	month := 0
	for _, j := range []int{i - 1, i + 1, i + 2} {
		if j < 0 || j >= len(words) || j == i {
			continue
		}
		if m := l.Month(text[words[j].Start:words[j].End]); m > 0 {
			month = m
			break
		}
	}
	if month == 0 {
		return ""
	}
	return "d" + twoDigits(month) + "-" + twoDigits(day)
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}
