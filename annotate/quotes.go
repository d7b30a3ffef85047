package annotate

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/cotejo/cotejo"
	"github.com/cotejo/cotejo/lang"
)

// Quotes finds the direct quotations of an annotated article (Sentences
// and Mentions set; Tokens are computed when missing) and attributes them.
// A quotation is the text inside «…», “…” or "…", one left open at a
// paragraph's end running to that end (quotations that go on into the next
// paragraph, which may reopen with "»" or "“"), or a paragraph opened by a
// dash, minus its aside ("—dijo el ministro—"). Quotations of fewer than
// two words, quoted names or titles ("Día de la Revolución") and what a
// naming phrase introduces ("bautizada como «día de la ira»") are not
// anyone's words and are dropped. The speaker is found, in this order,
// after the quote (", dijo el líder bielorruso", ", ha añadido Semonian",
// "», según X"),
// before it in its sentence ("Lukashenko afirmó que…", "según X",
// "Lukashenko: «…»"), or, for a quote that stands alone or whose verb has
// no subject, from the quote just before it or the person the previous
// sentence introduced. When none is found Speaker stays nil.
func Quotes(a *cotejo.Article) []cotejo.QuoteMention {
	q := quoter{a: a, l: lang.Get(a.Language), body: a.Body}
	q.cues = accordingToWords(q.l)
	q.views = ownViewWords(q.l)
	if q.a.Tokens == nil && len(a.Sentences) > 0 {
		q.a = &cotejo.Article{Body: a.Body, Language: a.Language, Sentences: a.Sentences, Tokens: Tokens(a.Body, a.Sentences), Mentions: a.Mentions}
	}
	raw := findQuotes(a.Body)
	q.quoted = raw
	names := q.quotedNames(raw)
	var out []cotejo.QuoteMention
	for i, r := range raw {
		if !q.keep(r.inner) || len(names) > 0 && names[strings.ToLower(a.Body[r.inner.Start:r.inner.End])] {
			continue
		}
		qm := cotejo.QuoteMention{Span: r.inner, Sentence: q.sentenceOf(r.inner.Start)}
		if q.interviewQuestion(raw, i) {
			qm.Cue = CueQuestion
		} else {
			q.attribute(&qm, r, out)
		}
		out = append(out, qm)
	}
	return out
}

// titleQuotes returns the quotations of a's title that none of its body's
// quotes repeats: "El contagio solo se explica por «un fallo humano»"
// over a body that never prints those words. A headline's "Vargas Llosa
// «me da vergüenza»" over a body quoting "«Me da vergüenza», dijo…" is
// the body's quote.
func titleQuotes(a *cotejo.Article) []cotejo.Span {
	if a.Title == "" || !strings.ContainsAny(a.Title, "«“\"") {
		return nil
	}
	q := quoter{l: lang.Get(a.Language), body: a.Title}
	var out []cotejo.Span
	for _, r := range findQuotes(a.Title) {
		if !q.keep(r.inner) || repeatedInBody(a, r.inner.Text(a.Title)) {
			continue
		}
		out = append(out, r.inner)
	}
	return out
}

// repeatedInBody reports whether one of a's body quotes holds the words
// of text, or text holds all of one's, in order, ignoring case, accents
// and punctuation.
func repeatedInBody(a *cotejo.Article, text string) bool {
	t := foldedWords(text)
	if t == "" {
		return true
	}
	for _, bq := range a.Quotes {
		b := foldedWords(bq.Text(a.Body))
		if b != "" && (strings.Contains(b, t) || strings.Contains(t, b)) {
			return true
		}
	}
	return false
}

// foldedWords is text's words folded and joined by single spaces, with a
// space at either end so that containment matches whole words.
func foldedWords(text string) string {
	ws := lang.Words(text)
	if len(ws) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteByte(' ')
	for _, w := range ws {
		b.WriteString(lang.Fold(text[w.Start:w.End]))
		b.WriteByte(' ')
	}
	return b.String()
}

// interviewQuestion reports whether raw[i] is the interviewer's turn of
// an interview: a dash turn that asks a question, says nothing of who
// asks, follows no sentence that introduces it ("Petro preguntó a los
// asistentes:"), and is answered by a dash turn in the next
// paragraph ("— ¿Lo dices por su forma de juego?" then "— No, es
// porque…"). The interviewer is the outlet, not a speaker the text names.
func (q *quoter) interviewQuestion(raw []rawQuote, i int) bool {
	r := raw[i]
	if !r.turn || r.aside.Len() > 0 || !q.isQuestion(r.inner) || i+1 >= len(raw) {
		return false
	}
	next := raw[i+1]
	// Only the next turn's dash may stand between the two.
	if !next.turn || q.isQuestion(next.inner) || strings.Trim(q.body[r.outer.End:next.outer.Start], " \t\r\n—–―-") != "" {
		return false
	}
	before := strings.TrimRight(q.body[:r.outer.Start], " \t\r\n—–―-")
	return !strings.HasSuffix(before, ":")
}

// isQuestion reports whether the text of sp asks: it opens with "¿" or
// ends with "?".
func (q *quoter) isQuestion(sp cotejo.Span) bool {
	text := strings.TrimRight(q.body[sp.Start:sp.End], " .»”\"")
	return strings.HasPrefix(text, "¿") || strings.HasSuffix(text, "?")
}

// quotedNames returns, lower-cased, the quotations that a naming phrase
// introduces ("una jornada bautizada como «día de la ira»"): names, not
// words anyone said, wherever the article repeats them (a heading «Día de
// la ira»).
func (q *quoter) quotedNames(raw []rawQuote) map[string]bool {
	phrases := phraseWords(&namingWords, q.l.Code, q.l.Naming)
	var names map[string]bool
	all := q.a.Tokens
	for _, r := range raw {
		// The words right before the opening mark, read in place.
		i := sort.Search(len(all), func(i int) bool { return all[i].Start >= r.outer.Start })
		toks := all[max(0, i-maxNamingWords-1):i]
		for _, p := range phrases {
			k := len(toks) - len(p)
			if k < 0 || !q.phraseAt(toks, k, p) {
				continue
			}
			// "su llamado «a la calma»" is an appeal, "el llamado
			// «Cartel de los Soles»" a name.
			if k > 0 && q.l.IsNamingBlocker(strings.ToLower(q.word(toks[k-1]))) {
				break
			}
			if names == nil {
				names = map[string]bool{}
			}
			names[strings.ToLower(q.body[r.inner.Start:r.inner.End])] = true
			break
		}
	}
	return names
}

// maxNamingWords is the length in words of the longest naming phrase.
const maxNamingWords = 2

// cueWords, viewWords and namingWords cache, per language code, its
// AccordingTo cues, its OwnViews phrases and its Naming phrases split into
// words.
var cueWords, viewWords, namingWords sync.Map

func accordingToWords(l *lang.Language) [][]string {
	return phraseWords(&cueWords, l.Code, l.AccordingTo)
}

// ownViewWords is the language's "en su opinión" phrases as word lists.
func ownViewWords(l *lang.Language) [][]string {
	return phraseWords(&viewWords, l.Code, l.OwnViews)
}

// phraseWords splits a language's phrases into words once, keeping them
// in cache by language.
func phraseWords(cache *sync.Map, code string, phrases func() []string) [][]string {
	if c, ok := cache.Load(code); ok {
		return c.([][]string)
	}
	var out [][]string
	for _, p := range phrases() {
		out = append(out, strings.Fields(p))
	}
	cache.Store(code, out)
	return out
}

// rawQuote is a quotation found in the body: inner is the quoted text
// without marks, outer includes them; aside is the "—dijo X—" of a dash
// quotation, if any.
type rawQuote struct {
	inner, outer, aside cotejo.Span
	closed              bool // the closing mark was found
	turn                bool // a paragraph opened by a dash: a turn of a dialogue
	depth               int  // for one left open, how many of its marks were open at the paragraph's end
}

// findQuotes returns the quotations of body, sorted and not overlapping.
func findQuotes(body string) []rawQuote {
	var out []rawQuote
	paras := paragraphs(body)
	for pi := 0; pi < len(paras); pi++ {
		p := paras[pi]
		if dash, n := startsWithDash(body[p.Start:p.End]); dash {
			out = append(out, dashQuotes(body, p, n)...)
			continue
		}
		// from moves past a quotation that closed in a later paragraph:
		// the rest of that paragraph is read from its closing mark on.
		for from := p.Start; ; {
			text := body[from:p.End]
			rs := markQuotes(text)
			next := -1
			for k, r := range rs {
				r.inner = shift(trimSpan(text, r.inner), from)
				r.outer = shift(r.outer, from)
				if k == len(rs)-1 && !r.closed {
					// Left open: the quotation may go on, without
					// reopening, to a closing mark paragraphs later.
					closer := closerOf(openerAt(body, r.outer.Start))
					if end, n, ok := continuedTo(body, paras[pi+1:], r, closer); ok {
						r.inner = trimSpan(body, cotejo.Span{Start: r.inner.Start, End: end})
						r.outer.End, r.closed = end+utf8.RuneLen(closer), true
						pi += n
						p, next = paras[pi], r.outer.End
					}
				}
				out = appendNonEmpty(out, r)
			}
			if next < 0 {
				break
			}
			from = next
		}
	}
	return out
}

func appendNonEmpty(out []rawQuote, r rawQuote) []rawQuote {
	if r.inner.Len() > 0 {
		out = append(out, r)
	}
	return out
}

// openerAt returns the quotation mark at byte i of body: the opening mark
// of a quotation, or the "»" that reopens one in a new paragraph, which
// "»" closes as "«" would.
func openerAt(body string, i int) rune {
	r, _ := utf8.DecodeRuneInString(body[i:])
	if r == '»' {
		return '«'
	}
	return r
}

// maxQuoteParagraphs bounds how many paragraphs a quotation left open may
// run on without reopening marks.
const maxQuoteParagraphs = 4

// continuedTo looks, in the paragraphs after the one that left the
// quotation r open, for the mark that closes it: the first quotation mark
// of a later paragraph, when it is that closer and does not open its
// paragraph (a paragraph opened by "»" or "”" reopens the quotation, and
// is read as such), and no paragraph before it holds a mark or opens with
// a dash. A straight double quote, which may be an inch mark, must close
// as a quotation does (straightCloses). A quotation still nested
// at its paragraph's end («Él gritó «no…) is not continued. It returns
// the closer's index in body and how many paragraphs the quotation took
// in, or false.
func continuedTo(body string, next []cotejo.Span, r rawQuote, closer rune) (int, int, bool) {
	if r.depth > 1 {
		return 0, 0, false // still nested at the paragraph's end
	}
	for k, p := range next {
		if k >= maxQuoteParagraphs {
			break
		}
		text := body[p.Start:p.End]
		if dash, _ := startsWithDash(text); dash {
			return 0, 0, false
		}
		i := strings.IndexAny(text, `"«»“”`)
		if i < 0 {
			continue
		}
		m, _ := utf8.DecodeRuneInString(text[i:])
		if i == 0 || m != closer || m == '"' && opensASCIIAt(text, i, runeBefore(text, 0, i)) {
			return 0, 0, false
		}
		if m == '"' && !straightCloses(text, i) {
			return 0, 0, false
		}
		return p.Start + i, k + 1, true
	}
	return 0, 0, false
}

// straightCloses reports whether the straight double quote at i of text
// closes a quotation rather than marking inches, as it does after a
// number ('un televisor de 55".', 'mide 8" de ancho'), unless a comma
// follows it, as a reporting clause does ('…antes de 2026", dijo Petro').
func straightCloses(text string, i int) bool {
	before, _ := utf8.DecodeLastRuneInString(text[:i])
	return !unicode.IsDigit(before) || strings.HasPrefix(text[i+1:], ",")
}

// paragraphs cuts body at blank lines, or at every line break when the
// body has no blank line (one paragraph per line).
func paragraphs(body string) []cotejo.Span {
	sep := "\n\n"
	if !strings.Contains(body, "\n\n") {
		sep = "\n"
	}
	var out []cotejo.Span
	start := 0
	for start < len(body) {
		i := strings.Index(body[start:], sep)
		end := len(body)
		if i >= 0 {
			end = start + i
		}
		if sp := trimSpan(body, cotejo.Span{Start: start, End: end}); sp.Len() > 0 {
			out = append(out, sp)
		}
		if i < 0 {
			break
		}
		start = end + len(sep)
	}
	return out
}

// markQuotes finds the outermost «…», “…” and "…" pairs of one paragraph.
// A quotation that is not closed by the paragraph's end goes on into the
// next paragraph: it runs to the end of this one (for an ASCII double
// quote, only when it opens the paragraph, since stray ones are common). A
// paragraph that opens with "»" continues a quotation. An ASCII double
// quote opens after white space or an opening mark and closes otherwise.
func markQuotes(text string) []rawQuote {
	var out []rawQuote
	depth, open, openAt := 0, 0, 0
	var opener rune
	from := 0
	if strings.HasPrefix(text, "»") {
		// Spanish typesetting opens each paragraph of a quotation that
		// goes on from the previous one with a closing guillemet.
		depth, open, opener = 1, len("»"), '«'
		from = open
	}
	marks := newLeadScanner(text, quoteLeads)
	for i := from; i < len(text); {
		// Every quotation mark starts with '"' or with the lead byte of
		// «»“”; a lead byte never occurs inside another rune, so the
		// bytes between are passed over.
		if i = marks.next(i); i >= len(text) {
			break
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case depth == 0 && (r == '«' || r == '“' || r == '"' && opensASCIIAt(text, i, runeBefore(text, from, i))):
			depth, open, openAt, opener = 1, i+n, i, r
		case depth > 0 && r == opener && r != '"':
			depth++
		case depth > 0 && r == closerOf(opener),
			// A straight quote closed by a guillemet or a curly quote, with
			// no straight one after it in the paragraph: "Ellos lanzaron
			// piedras…», dijo. «No se utilizó…».
			depth == 1 && opener == '"' && (r == '»' || r == '”') && strings.IndexByte(text[i+n:], '"') < 0:
			depth--
			if depth == 0 {
				out = append(out, rawQuote{inner: cotejo.Span{Start: open, End: i}, outer: cotejo.Span{Start: openAt, End: i + n}, closed: true})
			}
		}
		i += n
	}
	if depth > 0 && (openAt == 0 || opener != '"') {
		out = append(out, rawQuote{inner: cotejo.Span{Start: open, End: len(text)}, outer: cotejo.Span{Start: openAt, End: len(text)}, depth: depth})
	}
	return out
}

// quoteLeads are the bytes a quotation mark starts with: '"' and the
// lead bytes of «» and “”.
const quoteLeads = `"` + "\xc2" + "\xe2"

// runeBefore returns the rune before byte i of text, or a space at from,
// where the scan starts.
func runeBefore(text string, from, i int) rune {
	if i <= from {
		return ' '
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return r
}

// opensASCIIAt reports whether the ASCII double quote at i opens a
// quotation: after white space or an opening mark, or after other
// punctuation when a word follows it ("organizarse"."Su suplicio").
func opensASCIIAt(text string, i int, prev rune) bool {
	if opensASCII(prev) {
		return true
	}
	next, _ := utf8.DecodeRuneInString(text[i+1:])
	return unicode.IsPunct(prev) && (unicode.IsLetter(next) || next == '¿' || next == '¡')
}

func startsWithDash(text string) (bool, int) {
	r, n := utf8.DecodeRuneInString(text)
	if r != '—' && r != '―' && r != '–' {
		return false, 0
	}
	next, _ := utf8.DecodeRuneInString(strings.TrimLeft(text[n:], " "))
	return unicode.IsUpper(next) || next == '¿' || next == '¡' || next == '«' || next == '“', n
}

// dashQuotes splits a paragraph opened by a dash into its quoted parts and
// the aside that attributes them: "—No habrá amnistía —dijo el ministro—.
// Lo sabemos."
func dashQuotes(body string, p cotejo.Span, dashLen int) []rawQuote {
	text := body[p.Start:p.End]
	start := dashLen
	aside := cotejo.Span{}
	var parts []cotejo.Span
	for i := start; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if (r != '—' && r != '–' && r != '―') || i == 0 || text[i-1] != ' ' {
			i += n
			continue
		}
		next, _ := utf8.DecodeRuneInString(text[i+n:])
		if !unicode.IsLower(next) {
			i += n
			continue
		}
		parts = append(parts, cotejo.Span{Start: start, End: i})
		end := strings.IndexAny(text[i+n:], "—–―")
		if end < 0 {
			aside = cotejo.Span{Start: i + n, End: len(text)}
			start = len(text)
			break
		}
		aside = cotejo.Span{Start: i + n, End: i + n + end}
		_, dn := utf8.DecodeRuneInString(text[i+n+end:])
		start = i + n + end + dn
		for start < len(text) && strings.ContainsRune(".,;: ", rune(text[start])) {
			start++
		}
		break
	}
	if start < len(text) {
		parts = append(parts, cotejo.Span{Start: start, End: len(text)})
	}
	var out []rawQuote
	for _, sp := range parts {
		sp = trimSpan(text, sp)
		if sp.Len() > 0 {
			out = append(out, rawQuote{inner: shift(sp, p.Start), outer: shift(sp, p.Start), aside: shift(aside, p.Start), turn: true})
		}
	}
	return out
}

func shift(s cotejo.Span, by int) cotejo.Span {
	if s == (cotejo.Span{}) {
		return s
	}
	return cotejo.Span{Start: s.Start + by, End: s.End + by}
}
