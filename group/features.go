package group

import (
	"math"
	"slices"
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

// extractor reads articles into features for one Grouper: it interns
// features in the Grouper's dictionary, remembers each token it has
// classified, and keeps its scratch space from one article to the next.
type extractor struct {
	dict     *dictionary
	lex      map[*lang.Language]*lexicon
	lexLimit int // tokens a lexicon remembers
	// dates holds the interned ids of "dMM-DD" features, -1 until known.
	dates [13][32]int32

	// Scratch of the article being read.
	spans    []lang.Word             // its words
	words    []int32                 // the token of each word
	shouting []bool                  // whether each word stands on a line in capitals
	count    []int32                 // occurrences per feature id, 0 when absent
	touched  [kinds][]uint32         // ids of the features counted, per family
	fresh    [kinds]map[string]int32 // features the dictionary lacks, and their occurrences
}

func newExtractor(dict *dictionary) *extractor {
	e := &extractor{dict: dict, lex: make(map[*lang.Language]*lexicon), lexLimit: maxLexicon}
	for m := range e.dates {
		for d := range e.dates[m] {
			e.dates[m][d] = -1
		}
	}
	for k := range e.fresh {
		e.fresh[k] = make(map[string]int32)
	}
	return e
}

// extract reads an article's title and body into features, interning each
// feature in the dictionary.
func (e *extractor) extract(a *cotejo.Article) features {
	l := lang.Get(a.Language)
	x := e.lex[l]
	if x == nil {
		x = newLexicon(l, e.lexLimit)
		e.lex[l] = x
	}
	x.reset()
	text := a.Title + "\n\n" + a.Body
	if len(text) > maxTextBytes {
		text = text[:maxTextBytes]
	}
	lead := len(a.Title) + 2 + leadBytes
	e.spans = lang.AppendWords(e.spans[:0], text)
	words := e.spans
	e.words = e.words[:0]
	for _, w := range words {
		e.words = append(e.words, x.token(text[w.Start:w.End]))
	}
	e.markShouting(text, words, x)
	for i, w := range words {
		t := e.words[i]
		b := &x.brief[t]
		if b.flags&yields == 0 {
			continue // a stopword, most often: nothing to count
		}
		n := int32(1)
		if w.Start < lead {
			n = leadCount
		}
		if b.flags&digit != 0 {
			tok := &x.tokens[t]
			if tok.number != "" {
				e.add(kindNumber, &tok.numberID, tok.number, n)
			}
			if tok.day > 0 {
				if m := e.monthBeside(x, i); m > 0 {
					e.addDate(m, tok.day, n)
				}
			}
			continue
		}
		if b.flags&acronym != 0 && !e.shouting[i] ||
			b.flags&capital != 0 && !e.shouting[i] && i > 0 && !opensSentence(text[words[i-1].End:w.Start]) {
			e.addFeature(kindName, &b.nameID, x, t, n)
		}
		if b.flags&content != 0 {
			e.addFeature(kindWord, &b.wordID, x, t, n)
		}
	}
	f := e.terms()
	f.day = noDay
	if !a.Published.IsZero() && a.Published.Grain >= cotejo.Day {
		f.day = int32(a.Published.Time.Unix() / 86400)
	}
	for _, x := range a.Timexes {
		if x.Date.Grain >= cotejo.Day {
			f.terms[kindNumber] = e.dict.add(f.terms[kindNumber], kindNumber, "d"+x.Date.Time.Format("01-02"))
		}
	}
	return f
}

// add counts n occurrences of feature s of family k, whose interned id
// *id caches (-1 until the dictionary holds it).
func (e *extractor) add(k kind, id *int32, s string, n int32) {
	if *id < 0 {
		known, ok := e.dict.ids[k][s]
		if !ok {
			e.fresh[k][s] += n
			return
		}
		*id = int32(known)
	}
	e.tally(k, uint32(*id), n)
}

// addFeature counts n occurrences of the name or word feature of token t,
// reading the feature itself only until it is interned.
func (e *extractor) addFeature(k kind, id *int32, x *lexicon, t, n int32) {
	if *id >= 0 {
		e.tally(k, uint32(*id), n)
		return
	}
	s := x.tokens[t].stem
	if k == kindName {
		s = x.tokens[t].low
	}
	e.add(k, id, s, n)
}

// addDate counts n occurrences of the date feature "dMM-DD".
func (e *extractor) addDate(month, day uint8, n int32) {
	id := &e.dates[month][day]
	if *id >= 0 {
		e.tally(kindNumber, uint32(*id), n)
		return
	}
	key := [...]byte{'d', '0' + month/10, '0' + month%10, '-', '0' + day/10, '0' + day%10}
	if known, ok := e.dict.ids[kindNumber][string(key[:])]; ok {
		*id = int32(known)
		e.tally(kindNumber, known, n)
		return
	}
	e.fresh[kindNumber][string(key[:])] += n
}

func (e *extractor) tally(k kind, id uint32, n int32) {
	if int(id) >= len(e.count) {
		e.count = append(e.count, make([]int32, len(e.dict.df)-len(e.count))...)
	}
	if e.count[id] == 0 {
		e.touched[k] = append(e.touched[k], id)
	}
	e.count[id] += n
}

// terms interns the article's new features and returns its counted
// features per family, sorted by id. New features are interned in sorted
// order, family by family, so that ids (which break ties between equal
// weights) do not depend on map order and grouping is deterministic.
func (e *extractor) terms() features {
	var f features
	for k := range e.touched {
		if fresh := e.fresh[k]; len(fresh) > 0 {
			keys := make([]string, 0, len(fresh))
			for s := range fresh {
				keys = append(keys, s)
			}
			slices.Sort(keys)
			for _, s := range keys {
				e.tally(kind(k), e.dict.id(kind(k), s), fresh[s])
			}
			clear(fresh)
		}
		ids := e.touched[k]
		slices.Sort(ids)
		ts := make([]term, len(ids))
		for i, id := range ids {
			ts[i] = term{id: id, count: uint16(min(e.count[id], math.MaxUint16))}
			e.count[id] = 0
		}
		f.terms[k] = ts
		e.touched[k] = ids[:0]
	}
	return f
}

// monthBeside returns the month named beside the number at word i ("21 de
// noviembre", "May 3", "3 May"), or 0.
func (e *extractor) monthBeside(x *lexicon, i int) uint8 {
	for _, j := range [...]int{i - 1, i + 1, i + 2} {
		if j < 0 || j >= len(e.words) {
			continue
		}
		if m := x.tokens[e.words[j]].month; m > 0 {
			return m
		}
	}
	return 0
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

// markShouting marks the words standing on lines written mostly in
// capitals (headlines, bylines), where capitals say nothing about names.
func (e *extractor) markShouting(text string, words []lang.Word, x *lexicon) {
	e.shouting = slices.Grow(e.shouting[:0], len(words))[:len(words)]
	clear(e.shouting)
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
		for i := start; i < end; i++ {
			if x.brief[e.words[i]].flags&capitals != 0 {
				caps++
			}
		}
		if n := end - start; n >= 3 && caps*2 > n {
			for i := start; i < end; i++ {
				e.shouting[i] = true
			}
		}
		start = end
	}
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

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
