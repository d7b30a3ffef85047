package annotate

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cotejo/cotejo"
	"github.com/cotejo/cotejo/lang"
)

// Cues recorded when a quote is attributed without a reporting verb.
const (
	CuePreviousSentence = "previous sentence"  // the speaker was named just before a standalone quote
	CueColon            = ":"                  // "X: «…»"
	CueQuestion         = "interview question" // the interviewer's turn: no speaker
)

// speakerReach bounds how many tokens after a reporting verb the speaker
// may stand ("dijo a la prensa el ministro").
const speakerReach = 12

// maxComplement bounds the complement a quote may carry before the comma
// that precedes its reporting verb ("» de Naciones Unidas, concluyó").
const maxComplement = 8

// maxAloneWords is how many words besides the quote its sentence may hold
// for the quote to count as standing alone.
const maxAloneWords = 2

// subjectWindow bounds how far before its reporting verb the subject
// named in a previous sentence may stand ("Lukashenko le recordó que").
const subjectWindow = 6

// topicSentences is how far back a subject-less reporting verb may find
// the speaker of an earlier quote: the person the passage is about.
const topicSentences = 4

// contextBytes bounds how far before and after a quote its cues are
// sought, so that a sentence holding many quotes costs linear time.
const contextBytes = 400

type quoter struct {
	a      *cotejo.Article
	l      *lang.Language
	body   string
	quoted []rawQuote
	cues   [][]string // AccordingTo, split into words
	views  [][]string // OwnViews, split into words
	floors []int      // floors[si]: the first sentence of si's live-blog entry (entryFloor)
}

// entryFloor returns the first sentence of the live-blog entry that holds
// sentence si: a live blog's entries open with their time ("21.55 h:
// «…», asegura Obama.") and stand each on its own, so no look-back for a
// speaker crosses into the entry before, posted at another hour about
// something else. Without time stamps the floor is 0.
func (q *quoter) entryFloor(si int) int {
	if q.floors == nil {
		q.floors = make([]int, len(q.a.Sentences))
		floor := 0
		for i, sent := range q.a.Sentences {
			if opensWithTime(q.body[sent.Start:min(sent.End, sent.Start+24)]) {
				floor = i
			}
			q.floors[i] = floor
		}
	}
	if si < 0 || si >= len(q.floors) {
		return 0
	}
	return q.floors[si]
}

// opensWithTime reports whether a text opens with a time of day set off
// as a live blog's entry stamp: "21.55 h:", "17.57h:", "10:45 -", "9.05
// a.m. |".
func opensWithTime(s string) bool {
	i := 0
	for i < len(s) && i < 2 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i+3 > len(s) || (s[i] != '.' && s[i] != ':') || !isDigit(s[i+1]) || !isDigit(s[i+2]) {
		return false
	}
	rest := strings.TrimLeft(s[i+3:], " ")
	for _, unit := range []string{"horas", "hrs", "hs", "h", "a.m.", "p.m.", "am", "pm", "GMT"} {
		if after, ok := strings.CutPrefix(rest, unit); ok {
			rest = strings.TrimLeft(after, " ")
			break
		}
	}
	for _, mark := range []string{":", "-", "–", "—", "|"} {
		if strings.HasPrefix(rest, mark) {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// keep drops scare quotes: one word, or a short run of capitalised words
// that names something ("Día de la Revolución").
func (q *quoter) keep(s cotejo.Span) bool {
	text := q.body[s.Start:s.End]
	words := firstWords(text)
	if len(words) < 2 {
		return false
	}
	if len(words) > 6 {
		return true
	}
	for _, w := range words {
		word := text[w.Start:w.End]
		if !isCapitalised(word) && !q.l.IsStop(strings.ToLower(word)) {
			return true
		}
	}
	return false
}

// keepPrefix is how many bytes of a long quotation keep reads words from
// first: enough for the seven words that tell it is no scare quote.
const keepPrefix = 64

// firstWords returns lang.Words(text), or only its first words when they
// are more than six: those of a prefix cut at a space, where no word can
// straddle the cut.
func firstWords(text string) []lang.Word {
	if len(text) > keepPrefix {
		if sp := strings.IndexByte(text[keepPrefix:], ' '); sp >= 0 {
			if words := lang.Words(text[:keepPrefix+sp]); len(words) > 6 {
				return words
			}
		}
	}
	return lang.Words(text)
}

func (q *quoter) sentenceOf(pos int) int {
	i := sort.Search(len(q.a.Sentences), func(i int) bool { return q.a.Sentences[i].Start > pos })
	if i > 0 {
		i--
	}
	return i
}

// attribute sets the speaker and cue of qm.
func (q *quoter) attribute(qm *cotejo.QuoteMention, r rawQuote, earlier []cotejo.QuoteMention) {
	if r.aside.Len() > 0 {
		if q.fromVerbAt(qm, q.tokensIn(r.aside), r, earlier) {
			return
		}
	}
	if len(q.a.Sentences) == 0 {
		return
	}
	last := q.sentenceOf(max(r.outer.End-1, r.outer.Start))
	first := qm.Sentence
	after := q.tokensIn(cotejo.Span{Start: r.outer.End, End: min(q.a.Sentences[last].End, r.outer.End+contextBytes)})
	if q.fromVerbAt(qm, after, r, earlier) || q.fromMentionVerb(qm, after) {
		return
	}
	before := q.tokensIn(cotejo.Span{Start: max(q.a.Sentences[first].Start, r.outer.Start-contextBytes), End: r.outer.Start})
	if k, _, _ := q.lastAccordingTo(after); k >= 0 {
		// "X califica la caída de «cambio histórico», según AFP": the
		// words are X's, whom a verb of speech before them names; the
		// agency only relays them.
		trial := *qm
		if q.fromBefore(&trial, before, r, earlier) && trial.Speaker != nil && q.finiteSpeechVerb(trial.Cue) && q.sameClause(before, trial.Cue) {
			*qm = trial
			return
		}
		if q.fromAccordingTo(qm, after) {
			return
		}
	}
	if q.fromBefore(qm, before, r, earlier) {
		return
	}
	if q.standsAlone(before, after) {
		q.fromPrevious(qm, first, earlier)
	}
}

// standsAlone reports whether a quote is (nearly) its whole sentence: a
// quote inside narration ("habían observado «signos de…»") does not
// inherit the speaker of the sentence before.
func (q *quoter) standsAlone(before, after []cotejo.Token) bool {
	words := 0
	for _, toks := range [][]cotejo.Token{before, after} {
		for _, t := range toks {
			if isWordRune(firstRune(q.word(t))) {
				words++
			}
		}
	}
	return words <= maxAloneWords
}

// tokensIn returns the tokens inside sp that lie outside every quotation.
func (q *quoter) tokensIn(sp cotejo.Span) []cotejo.Token {
	toks := q.a.Tokens
	lo := q.tokenIndex(sp.Start)
	hi := lo
	for hi < len(toks) && toks[hi].End <= sp.End && !q.inQuote(toks[hi].Span) {
		hi++
	}
	if hi >= len(toks) || toks[hi].End > sp.End {
		// No token of sp is quoted (the common case): share the
		// article's tokens rather than copy them. Callers only read.
		if lo == hi {
			return nil
		}
		return toks[lo:hi:hi]
	}
	out := append(make([]cotejo.Token, 0, hi-lo+8), toks[lo:hi]...)
	for i := hi + 1; i < len(toks) && toks[i].End <= sp.End; i++ {
		if !q.inQuote(toks[i].Span) {
			out = append(out, toks[i])
		}
	}
	return out
}

func (q *quoter) inQuote(s cotejo.Span) bool {
	i := sort.Search(len(q.quoted), func(i int) bool { return q.quoted[i].outer.End > s.Start })
	return i < len(q.quoted) && q.quoted[i].outer.Start <= s.Start && q.quoted[i].aside.Len() == 0
}

func (q *quoter) word(t cotejo.Token) string { return q.body[t.Start:t.End] }

// fromVerbAt attributes a quote followed by ", dijo X" (or an aside "dijo
// X"): a reporting verb among the first tokens, then its subject.
func (q *quoter) fromVerbAt(qm *cotejo.QuoteMention, toks []cotejo.Token, r rawQuote, earlier []cotejo.QuoteMention) bool {
	k := q.verbAfterQuote(toks)
	if k < 0 {
		return false
	}
	verb := toks[k]
	reach := q.subjectReach(toks[k+1:])
	if m := q.firstMention(reach); m != nil {
		// "», ha dicho el ministro de información de Siria, Adnane
		// Mahmoud": the name in apposition to the description.
		if n := q.appositionName(toks[k+1:], m); m.Descriptive && n != nil && !q.isObject(n) {
			m = n
		}
		q.set(qm, m, q.word(verb))
		return true
	}
	qm.Cue = strings.ToLower(q.word(verb))
	if sp, ok := q.unnamedSubject(q.beforePunct(reach), q.word(verb)); ok {
		// "», señala el comunicado", "», dijo a la AFP un responsable":
		// the verb has its own subject, which the tagger did not name;
		// the speaker of the quote before is not it.
		q.setPhrase(qm, sp)
		return true
	}
	if name, ok := q.capitalisedRun(reach); ok {
		// A name the tagger missed: "», ha añadido Semonian."
		q.setPhrase(qm, name)
		return true
	}
	if len(reach) > 0 && q.l.IsIndefinite(q.word(reach[0])) && (len(reach) == 1 || q.unnamedAfterIndefinite(q.word(reach[1]))) {
		// "», afirmó uno de ellos": someone the text does not name, not
		// whoever spoke before.
		return true
	}
	q.implicitSpeaker(qm, r, earlier)
	return true
}

// unnamedSubject finds, among toks, a noun phrase that can be the subject
// of a verb next to them and is no name the tagger found: a determiner
// that no preposition governs, then a lower-case word that is no time
// ("un responsable de la Alianza Atlántica", "la televisión estatal"; not
// "el jueves", not "a la prensa", not "en una entrevista"). It returns
// the phrase without its determiner, through its adjectives and "de"
// complements.
func (q *quoter) unnamedSubject(toks []cotejo.Token, before string) (cotejo.Span, bool) {
	for i := 0; i+1 < len(toks); i++ {
		if !q.l.IsDeterminer(q.word(toks[i])) {
			continue
		}
		prev := before
		if i > 0 {
			prev = q.word(toks[i-1])
		}
		if q.l.IsPreposition(prev) {
			continue // "a la AFP", "en una entrevista"
		}
		w := q.word(toks[i+1])
		if r := firstRune(w); !unicode.IsLower(r) || q.l.IsTimeWord(w) || q.l.IsStop(w) {
			continue
		}
		return cotejo.Span{Start: toks[i+1].Start, End: toks[q.phraseEnd(toks, i+1)].End}, true
	}
	return cotejo.Span{}, false
}

// phraseEnd returns the last token of the noun phrase whose head is
// toks[h]: the words after it up to punctuation, a verb of speech or a
// preposition other than the name joiners ("de", "del") or a gerund
// ("los reclutas levantando las manos"), then back off any joiner or
// determiner it would end on.
func (q *quoter) phraseEnd(toks []cotejo.Token, h int) int {
	end := h
	for j := h + 1; j < len(toks) && j <= h+6; j++ {
		w := q.word(toks[j])
		low := strings.ToLower(w)
		if !isWordRune(firstRune(w)) || q.l.IsSpeechVerbAsWritten(w) || q.l.IsSpeechAuxiliary(w) || q.l.IsComplementizer(w) || q.l.IsGerund(w) ||
			q.l.IsStop(low) && !q.l.IsNameJoiner(low) && !q.l.IsDeterminer(w) {
			break
		}
		end = j
	}
	for end > h && (q.l.IsNameJoiner(strings.ToLower(q.word(toks[end]))) || q.l.IsDeterminer(q.word(toks[end]))) {
		end--
	}
	return end
}

// setPhrase makes a noun phrase the quote's speaker.
func (q *quoter) setPhrase(qm *cotejo.QuoteMention, sp cotejo.Span) {
	qm.Speaker, qm.SpeakerName = &sp, sp.Text(q.body)
}

// capitalisedRun returns the run of one to four capitalised words that
// starts toks and ends at punctuation or the end: the bare name of a
// speaker right after a reporting verb.
func (q *quoter) capitalisedRun(toks []cotejo.Token) (cotejo.Span, bool) {
	n := 0
	for n < len(toks) && n < 4 && isCapitalised(q.word(toks[n])) {
		n++
	}
	if n == 0 || n < len(toks) && isWordRune(firstRune(q.word(toks[n]))) {
		return cotejo.Span{}, false
	}
	return cotejo.Span{Start: toks[0].Start, End: toks[n-1].End}, true
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// subjectReach returns the tokens after a reporting verb where its subject
// may stand: up to speakerReach tokens, and not past "que"/"that", which
// open what was said.
// subjectReach cuts toks, the words after a verb, where its subject may
// no longer stand: after speakerReach words, at a clause ("que", "cuando")
// or at an infinitive's adjunct ("», ha advertido tras calificar de «motín»
// la decisión de…": the verb's subject is not in it).
func (q *quoter) subjectReach(toks []cotejo.Token) []cotejo.Token {
	for k, t := range toks {
		w := q.word(t)
		if k == speakerReach || q.l.IsComplementizer(w) || q.l.IsSubordinator(w) ||
			k+1 < len(toks) && q.l.IsPreposition(strings.ToLower(w)) && q.l.IsInfinitive(strings.ToLower(q.word(toks[k+1]))) {
			return toks[:k]
		}
	}
	return toks
}

// verbAfterQuote returns the index of the reporting verb that attributes
// the quote toks follow: right after it (", dijo", ", ha añadido") or after
// a short complement closed by a comma ("» de Naciones Unidas, concluyó");
// -1 when there is none.
func (q *quoter) verbAfterQuote(toks []cotejo.Token) int {
	k := 0
	for k < len(toks) && k < 3 && isOpeningPunct(q.word(toks[k])) {
		k++
	}
	if v := q.verbAt(toks, k); v >= 0 {
		return v
	}
	for j := k; j < len(toks) && j < k+maxComplement; j++ {
		switch q.word(toks[j]) {
		case ",":
			return q.verbAt(toks, j+1)
		case ".", ";", ":", "«", "“", "\"", "—", "–":
			return -1
		}
	}
	return -1
}

// verbAt returns the index of the reporting verb at k, after an
// auxiliary or a clitic ("», se pregunta Homsy", "», le dijo") and a
// periphrasis ("», ha llegado a decir"), and -1 when none stands there.
func (q *quoter) verbAt(toks []cotejo.Token, k int) int {
	if k < len(toks) && (q.l.IsSpeechAuxiliary(q.word(toks[k])) || q.pronoun(q.word(toks[k]))) {
		k++
	}
	// "», ha llegado a decir un sonriente Saleh"
	if k+1 < len(toks) && q.l.IsSpeechPeriphrasis(q.word(toks[k])) {
		if w := q.word(toks[k+1]); w == "a" || w == "de" {
			k += 2
		}
	}
	if k < len(toks) && q.speechVerbAt(toks, k) {
		return k
	}
	return -1
}

// isSpeechVerb reports whether w is a reporting verb. Accents may be
// missing from a verb in lower case ("afirmo"), but a capitalised word
// must match as written: "Pública" in "Secretaría de Seguridad Pública"
// is not "publica".
func (q *quoter) isSpeechVerb(w string) bool {
	if isCapitalised(w) {
		return q.l.IsSpeechVerbAsWritten(w)
	}
	return q.l.IsSpeechVerb(w)
}

// speechVerbAt reports whether toks[k] is a reporting verb: "dijo", or a
// participle that is also a noun after its auxiliary ("ha pedido", not
// "un pedido"). After an article, a verb's form is a noun: "un anuncio",
// "el comunicado".
func (q *quoter) speechVerbAt(toks []cotejo.Token, k int) bool {
	w := q.word(toks[k])
	if isCapitalised(w) && q.inName(toks[k]) {
		return false // "Corea del Norte" is not "corea" (chants)
	}
	if prev := q.word(toks[max(k-1, 0)]); k > 0 && q.l.IsDeterminer(prev) && (!q.l.IsClitic(strings.ToLower(prev)) || q.l.IsSpeechNoun(w)) {
		return false // "un anuncio", "presentó la denuncia"; but "Petro la calificó"
	}
	return q.isSpeechVerb(w) || k > 0 && q.l.IsSpeechParticiple(w) && q.l.IsSpeechAuxiliary(q.word(toks[k-1]))
}

// takesObjectAt reports whether the verb at toks[k], before a quote, is
// one whose other senses take an object and takes one here
// (lang.ObjectFollows): "celebró que «…»" and "celebró ante la prensa:
// «…»" report, "celebró una «reunión»" and "contaba con «el respaldo»" do
// not.
func (q *quoter) takesObjectAt(toks []cotejo.Token, k int) bool {
	if !q.l.TakesObject(q.word(toks[k])) {
		return false
	}
	var buf [8]string
	after := buf[:0]
	for _, t := range toks[k+1 : min(len(toks), k+1+len(buf))] {
		after = append(after, q.word(t))
	}
	return len(after) > 0 && q.l.ObjectFollows(after)
}

// pronoun reports whether w is a clitic pronoun and not also an article:
// "», se pregunta", "», le dijo", but not "», la pregunta que todos…".
func (q *quoter) pronoun(w string) bool {
	w = strings.ToLower(w)
	return q.l.IsClitic(w) && !q.l.IsDeterminer(w)
}

// implicitSpeaker attributes a quote whose reporting verb has no subject
// ("—dijo—", "», añadió.", "Agregó que «…»"), as Spanish drops subjects
// that the reader knows: to the speaker of the quote just before it, else
// to a person who opens its sentence ("Trump bromeó: «…», dijo"), else to
// the person the previous sentence introduced as a speaker, else to the
// person the previous sentence opens with (unless the verb adds to what
// was said: "añadió" goes on with the last speaker), else to whoever spoke
// nearest before it within a few sentences, in a quote or in reported
// speech; or to nobody.
func (q *quoter) implicitSpeaker(qm *cotejo.QuoteMention, r rawQuote, earlier []cotejo.QuoteMention) {
	floor := q.entryFloor(qm.Sentence)
	if n := len(earlier); n > 0 && earlier[n-1].Speaker != nil && earlier[n-1].Sentence >= max(qm.Sentence-1, floor) {
		inherit(qm, &earlier[n-1])
		return
	}
	if m := q.sentenceSubject(qm.Sentence, r.outer.Start); m != nil {
		setSpeaker(qm, m)
		return
	}
	if qm.Sentence-1 < floor {
		return
	}
	if m := q.subjectOf(qm.Sentence - 1); m != nil {
		setSpeaker(qm, m)
		return
	}
	if sp, ok := q.colonSubjectPhrase(qm.Sentence - 1); ok {
		q.setPhrase(qm, sp)
		return
	}
	// "añadió" adds to what the last speaker said: no one a sentence
	// opens with since then takes it over.
	openers := !q.l.IsContinuationVerb(qm.Cue)
	// A person the previous sentence opens with, whatever its verb:
	// "Kareem Kamel, un profesor…, sí va a votar. «…», explicó."; or an
	// organisation that is its first words ("La Secretaría de Seguridad
	// Pública, en una nota, negó que… Afirmó que… «…»").
	if si := qm.Sentence - 1; si >= 0 && openers {
		if m := q.opener(si, true); m != nil {
			setSpeaker(qm, m)
			return
		}
	}
	// Further back, the nearest person who spoke, quoted or reported
	// ("Torres aseguró que…", then two quotes later "…», afirmó"), or
	// who opens a sentence: "El publicista Lucas Raniel, de 30 años, …
	// experimentó… Convive con el virus… «…», relata." (the topic until
	// someone speaks).
	k := len(earlier) - 1
	for si := qm.Sentence - 1; si >= floor && si >= qm.Sentence-topicSentences; si-- {
		for ; k >= 0 && earlier[k].Sentence >= si; k-- {
			if earlier[k].Speaker != nil && earlier[k].Sentence == si {
				inherit(qm, &earlier[k])
				return
			}
		}
		if si == qm.Sentence-1 {
			continue // its subject and opener were tried above
		}
		m := q.subjectOf(si)
		if m == nil && openers {
			m = q.opener(si, false)
		}
		if m != nil {
			setSpeaker(qm, m)
			return
		}
	}
}

// opener returns the person sentence si opens with (sentenceSubject), or
// when orgs is set and there is none, the organisation that is its first
// words.
func (q *quoter) opener(si int, orgs bool) *cotejo.Mention {
	if m := q.sentenceSubject(si, q.a.Sentences[si].End); m != nil || !orgs {
		return m
	}
	return q.openingOrganisation(si)
}

// sentenceSubject returns a person named, not as the object of a
// preposition, among the first words of sentence si before the quote at
// end: the likely subject ("Lejos de la sobriedad, Trump bromeó").
func (q *quoter) sentenceSubject(si, end int) *cotejo.Mention {
	if si < 0 || si >= len(q.a.Sentences) {
		return nil
	}
	sent := q.a.Sentences[si]
	all := q.tokensIn(cotejo.Span{Start: sent.Start, End: min(end, sent.End, sent.Start+contextBytes)})
	if m := q.namedInOpeningApposition(all); m != nil {
		return m
	}
	from := q.frontedPhraseEnd(all)
	for k := from; k < len(all) && k < from+subjectWindow; k++ {
		if w := strings.ToLower(q.word(all[k])); k > from && q.l.IsComplementizer(w) {
			return nil // "Ha subrayado que Boric…", "no está claro si Boric…": the clause's
		}
		if m := q.mentionStartingAt(all[k].Start); m != nil && m.Type == cotejo.PER && !q.isObject(m) {
			if q.coordinatedAfter(all[k:], m) {
				return nil // "Teresa Ribera y Boric viajaron": no one of them
			}
			if m.Descriptive {
				// "La vicepresidenta del Gobierno valenciano, Mónica
				// Oltra, ha…": the name in apposition.
				if n := q.appositionName(all[k:], m); n != nil {
					return n
				}
			}
			return m
		}
	}
	return nil
}

// namedInOpeningApposition returns the person named between commas right
// after the description a sentence opens with, which the tagger did not
// take for a mention: "El embajador de Yemen en España, Mustafa Noman,
// ha negado…".
func (q *quoter) namedInOpeningApposition(toks []cotejo.Token) *cotejo.Mention {
	if len(toks) < 4 || !q.l.IsDeterminer(q.word(toks[0])) || !isLowerWord(q.word(toks[1])) {
		return nil
	}
	c := q.openingComma(toks, 2, true)
	if c < 0 || c+1 >= len(toks) {
		return nil
	}
	m := q.mentionStartingAt(toks[c+1].Start)
	if m == nil || m.Type != cotejo.PER || m.Descriptive || q.wordAfter(m) != "," {
		return nil
	}
	return m
}

// frontedReach bounds the words of a phrase fronted before the subject.
const frontedReach = 10

// openingComma returns the index of the comma that closes the phrase a
// sentence opens with, looking from toks[from] to frontedReach; -1 when
// another mark (or, with clauses set, a complementizer) comes first.
func (q *quoter) openingComma(toks []cotejo.Token, from int, clauses bool) int {
	for k := from; k < len(toks) && k <= frontedReach; k++ {
		w := q.word(toks[k])
		switch {
		case w == ",":
			return k
		case isClauseMark(w) || isQuoteMark(w) || clauses && q.l.IsComplementizer(strings.ToLower(w)):
			return -1
		}
	}
	return -1
}

// frontedPhraseEnd returns where the subject may start in a sentence's
// tokens: after a phrase that a preposition opens and a comma closes
// ("Para responder a estas críticas, Morsi ha concedido…"), else at 0.
func (q *quoter) frontedPhraseEnd(toks []cotejo.Token) int {
	if len(toks) < 3 || !q.l.IsPreposition(strings.ToLower(q.word(toks[0]))) {
		return 0
	}
	return q.openingComma(toks, 1, false) + 1
}

// plainPredicate reports whether toks, the words between a subject and
// a verb coordinated after them, hold no comma and no verb of being: the
// subject is then the whole sentence's.
func (q *quoter) plainPredicate(toks []cotejo.Token) bool {
	for _, t := range toks {
		w := q.word(t)
		if w == "," || q.l.IsCopula(w) {
			return false
		}
	}
	return true
}

// appositionName returns the person named right after the description d,
// between commas, toks starting at d; nil when there is none.
func (q *quoter) appositionName(toks []cotejo.Token, d *cotejo.Mention) *cotejo.Mention {
	// The description may run on past its mention ("del Gobierno
	// valenciano"): the comma may come a few words later.
	extra := 0
	for k, t := range toks {
		switch {
		case t.Start < d.End:
		case q.word(t) == ",":
			if k+1 < len(toks) {
				// "El ministro de Defensa, Teresa Ribera y Boric
				// viajaron" is a list, not an apposition.
				if m := q.mentionStartingAt(toks[k+1].Start); m != nil && m.Type == cotejo.PER && !m.Descriptive && !q.coordinatedAfter(toks[k+1:], m) {
					return m
				}
			}
			return nil
		case extra < appositionSlack && isWordRune(firstRune(q.word(t))):
			extra++
		default:
			return nil
		}
	}
	return nil
}

// coordinatedAfter reports whether a coordinator follows the mention m,
// toks starting at it.
func (q *quoter) coordinatedAfter(toks []cotejo.Token, m *cotejo.Mention) bool {
	for _, t := range toks {
		if t.Start >= m.End {
			return q.l.IsCoordinator(q.word(t))
		}
	}
	return false
}

// appositionSlack is how many words a description may run on past its
// mention before the comma of an apposition ("el ministro de información
// de Siria, Adnane Mahmoud").
const appositionSlack = 4

// asideStart returns the index of the comma that opens an aside ending
// with a comma right before toks[k] ("…, en una nota, negó"), or -1. A
// relative clause may run longer ("Ahmed Maher, fundador del movimiento,
// que se encontraba entre los manifestantes de Abbasiya, informó").
func (q *quoter) asideStart(toks []cotejo.Token, k int) int {
	if k < 2 || q.word(toks[k-1]) != "," {
		return -1
	}
	for j := k - 2; j >= 0 && j >= k-2-maxRelativeWords; j-- {
		switch q.word(toks[j]) {
		case ",":
			if k-2-j > maxAsideWords && !q.l.IsComplementizer(q.word(toks[j+1])) {
				return -1
			}
			return j
		case ".", ";", ":", "«", "»", "“", "”", "\"":
			return -1
		}
	}
	return -1
}

// maxAsideWords bounds the words of an aside between a subject and its
// verb, and maxRelativeWords those of an aside that is a relative clause.
const (
	maxAsideWords    = 6
	maxRelativeWords = 12
)

// openingOrganisation returns the organisation that opens sentence si,
// after at most an article, or after its members ("Los miembros del
// Consejo de Cooperación del Golfo han decidido…"): nil for "En Siria,
// el Ejército…", where it is not the sentence's first words.
func (q *quoter) openingOrganisation(si int) *cotejo.Mention {
	sent := q.a.Sentences[si]
	toks := q.tokensIn(cotejo.Span{Start: sent.Start, End: min(sent.End, sent.Start+contextBytes)})
	if len(toks) > 3 && q.l.IsDeterminer(q.word(toks[0])) && q.genericRoles(q.word(toks[1])) &&
		q.l.IsNameJoiner(strings.ToLower(q.word(toks[2]))) {
		toks = toks[3:]
	}
	for k := 0; k < len(toks) && k < 2; k++ {
		m := q.mentionStartingAt(toks[k].Start)
		if m == nil {
			if !q.l.IsDeterminer(q.word(toks[k])) {
				return nil
			}
			continue
		}
		if m.Type != cotejo.ORG || m.Descriptive {
			return nil
		}
		return m
	}
	return nil
}

// genericRoles reports whether w is the plural of a role that fits any
// title: "miembros", "autoridades", "representantes".
func (q *quoter) genericRoles(w string) bool {
	one, ok := strings.CutSuffix(w, "s")
	if !ok {
		return false
	}
	if q.l.IsGenericRole(one) {
		return true
	}
	one, ok = strings.CutSuffix(one, "e")
	return ok && q.l.IsGenericRole(one)
}

// fromMentionVerb attributes a quote followed by "…", Smith said.
func (q *quoter) fromMentionVerb(qm *cotejo.QuoteMention, toks []cotejo.Token) bool {
	k := 0
	for k < len(toks) && k < 2 && isOpeningPunct(q.word(toks[k])) {
		k++
	}
	if k >= len(toks) {
		return false
	}
	m := q.mentionStartingAt(toks[k].Start)
	// "…," union president Harold Daggett told: a title in lower case may
	// stand before the name.
	for n := 0; m == nil && n < maxTitleWords && k+1 < len(toks) && isLowerWord(q.word(toks[k])); n++ {
		k++
		m = q.mentionStartingAt(toks[k].Start)
	}
	if m == nil {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+8; j++ {
		if toks[j].Start < m.End {
			continue
		}
		if q.l.IsSpeechAuxiliary(q.word(toks[j])) {
			continue
		}
		if q.isSpeechVerb(q.word(toks[j])) {
			q.set(qm, m, q.word(toks[j]))
			return true
		}
		break
	}
	return false
}

// unnamedAfterIndefinite reports whether next, after an indefinite
// pronoun, keeps it a subject: "uno de ellos", "otro vecino", "alguien,"
// but not "otra vez", "varios días después", "una y otra vez", "uno tras
// otro".
func (q *quoter) unnamedAfterIndefinite(next string) bool {
	low := strings.ToLower(next)
	if q.l.IsTimeWord(next) || q.l.IsTimesWord(low) || q.l.IsCoordinator(low) {
		return false
	}
	return !q.l.IsPreposition(low) || q.l.IsNameJoiner(low)
}

// maxTitleWords bounds the lower-case title before a name after a quote
// ("union president").
const maxTitleWords = 3

// isLowerWord reports whether w is a word in lower case.
func isLowerWord(w string) bool {
	r := firstRune(w)
	return unicode.IsLetter(r) && unicode.IsLower(r)
}

// fromAccordingTo attributes a quote to the mention after the last
// "según", "de acuerdo con" or "according to" among toks, or to the
// subject of a reporting verb that follows the cue.
func (q *quoter) fromAccordingTo(qm *cotejo.QuoteMention, toks []cotejo.Token) bool {
	k, n, cue := q.lastAccordingTo(toks)
	if k < 0 {
		return false
	}
	reach := toks[k+n:]
	// After "según" the speaker is the preposition's object ("según
	// Reuters"), unless a verb follows with its own subject, which may
	// come after a complement: in "según dijeron a Efe fuentes de la
	// seguridad", Efe is whom they told; in "según lo indicó hoy por la
	// noche el mandatario", the president spoke. A pronoun may stand
	// before the verb, an article not: "según la denuncia de Amnistía".
	if len(reach) == 0 {
		return false // "«…», según." names no one
	}
	v := 0
	if len(reach) > 1 && q.pronoun(q.word(reach[0])) {
		v = 1
	}
	if v < len(reach) && q.finiteSpeechVerb(q.word(reach[v])) {
		if m := q.firstMention(q.subjectReach(reach[v+1:])); m != nil {
			q.set(qm, m, cue)
			return true
		}
		// "según lo dicho por Petro": the agent after the participle.
		if rest := reach[v+1:]; len(rest) > 1 && q.l.IsAgentMarker(q.word(rest[0])) {
			if m := q.firstSpeaker(rest[:min(len(rest), 4)], true); m != nil {
				q.set(qm, m, cue)
				return true
			}
		}
		return false
	}
	near := reach[:min(len(reach), 4)]
	if m := q.firstSpeaker(near, true); m != nil {
		q.set(qm, m, cue)
		return true
	}
	// "según el grupo de evaluación de riesgos Soufan": a noun phrase
	// the tagger named nothing in, or named as no speaker.
	if sp, ok := q.unnamedSubject(q.beforePunct(reach), ""); ok && sp.Start == reach[min(1, len(reach)-1)].Start {
		q.setPhrase(qm, sp)
		qm.Cue = cue
		return true
	}
	return false
}

func (q *quoter) lastAccordingTo(toks []cotejo.Token) (k, n int, cue string) {
	return q.lastPhrase(toks, q.cues)
}

// lastPhrase returns where the last of the phrases found among toks
// starts, its length in words and its words joined; -1 when none is.
func (q *quoter) lastPhrase(toks []cotejo.Token, phrases [][]string) (k, n int, phrase string) {
	for k := len(toks) - 1; k >= 0; k-- {
		for _, p := range phrases {
			if q.phraseAt(toks, k, p) {
				return k, len(p), strings.Join(p, " ")
			}
		}
	}
	return -1, 0, ""
}

// fromBefore attributes a quote preceded in its sentence by "X afirmó que",
// "según X" or "X:", whichever cue stands nearest the quote.
func (q *quoter) fromBefore(qm *cotejo.QuoteMention, toks []cotejo.Token, r rawQuote, earlier []cotejo.QuoteMention) bool {
	verbAt := -1
	for k := len(toks) - 1; k >= 0; k-- {
		if q.speechVerbAt(toks, k) && !q.takesObjectAt(toks, k) {
			verbAt = k
			break
		}
	}
	if cueAt, _, _ := q.lastAccordingTo(toks); cueAt > verbAt && q.fromAccordingTo(qm, toks) {
		return true
	}
	if verbAt >= 0 {
		q.fromVerbBefore(qm, toks, verbAt, r, earlier)
		return true
	}
	if n := len(toks); n > 0 && q.word(toks[n-1]) == ":" {
		// "Lukashenko: «…»" names a person; "Bielorrusia abre la puerta:
		// «…»" does not attribute.
		if m := q.lastMention(toks); m != nil && (m.Type == cotejo.PER || q.onlyBeforeColon(toks, m)) {
			q.set(qm, m, CueColon)
			return true
		}
	}
	if m, cue := q.opinionHolder(qm.Sentence); m != nil && m.End <= r.outer.Start {
		q.set(qm, m, cue)
		return true
	}
	// "Pero, en su opinión, «…»": the view of the person the text is
	// about.
	if k, _, view := q.lastPhrase(toks, q.views); k >= 0 {
		qm.Cue = view
		q.implicitSpeaker(qm, r, earlier)
		return true
	}
	return false
}

// onlyBeforeColon reports whether m is all that stands before the colon
// that ends toks: "Amnistía Internacional: «…»" is the organisation's
// word, where "Bielorrusia abre la puerta: «…»" is a headline's.
func (q *quoter) onlyBeforeColon(toks []cotejo.Token, m *cotejo.Mention) bool {
	n := len(toks)
	return n >= 2 && toks[0].Start >= m.Start && toks[n-2].End <= m.End
}

// opinionReach bounds how far into its sentence the person of "Para X,"
// may stand ("Para el líder de la oposición en el Senado, Chuck Schumer,").
const opinionReach = 14

// opinionHolder returns the person whose view sentence si gives, when it
// opens with "Para X," ("For X,"): the first person named in its first
// words, followed by a comma. It returns the opener as the cue.
func (q *quoter) opinionHolder(si int) (*cotejo.Mention, string) {
	if si < 0 || si >= len(q.a.Sentences) {
		return nil, ""
	}
	sent := q.a.Sentences[si]
	// Most sentences open with no opener: look at the first word before
	// gathering the sentence's words.
	all := q.a.Tokens
	if first := q.tokenIndex(sent.Start); first >= len(all) || !q.l.IsOpinionOpener(q.word(all[first])) {
		return nil, ""
	}
	toks := q.tokensIn(cotejo.Span{Start: sent.Start, End: min(sent.End, sent.Start+contextBytes)})
	if len(toks) < 3 || !q.l.IsOpinionOpener(q.word(toks[0])) || q.l.IsInfinitive(q.word(toks[1])) {
		return nil, "" // "Para frenar a Petro," is a purpose, not a view
	}
	for k := 1; k < len(toks) && k <= opinionReach; k++ {
		m := q.mentionStartingAt(toks[k].Start)
		if m == nil || m.Type != cotejo.PER || m.Descriptive {
			continue
		}
		if g, ok := q.governor(m); ok && g.Start != toks[0].Start {
			return nil, "" // "Para reunirse con Boric,"; "Para" itself governs X
		}
		for j := k + 1; j < len(toks) && j <= k+8; j++ {
			if toks[j].Start >= m.End && q.word(toks[j]) == "," {
				return m, strings.ToLower(q.word(toks[0]))
			}
		}
		return nil, ""
	}
	return nil, ""
}

// fromVerbBefore attributes a quote to the subject of the reporting verb at
// toks[k]: the mention before it, else the one after it ("advirtió Trump:"),
// else the implicit speaker.
func (q *quoter) fromVerbBefore(qm *cotejo.QuoteMention, toks []cotejo.Token, k int, r rawQuote, earlier []cotejo.QuoteMention) {
	verb := q.word(toks[k])
	// The subject stands before the auxiliary or clitic of the verb:
	// "el mediador de la ONU ha pedido que «…»".
	subj := k
	for subj > 0 && k-subj < 2 && (q.l.IsSpeechAuxiliary(q.word(toks[subj-1])) || q.l.IsClitic(strings.ToLower(q.word(toks[subj-1])))) {
		subj--
	}
	// "X mantuvo una reunión con el embajador y reiteró que «…»", "… y
	// ha señalado que «…»": a verb coordinated with an earlier one shares
	// its subject, the person who opens the sentence, not the last one
	// named before it.
	if subj > 0 && q.l.IsCoordinator(q.word(toks[subj-1])) {
		if m := q.sentenceSubject(qm.Sentence, toks[k].Start); m != nil {
			q.set(qm, m, verb)
			return
		}
		// No person opens it: the subject of the earlier reporting verb
		// ("El Gobierno de EE.UU. alertó hoy que … del presidente
		// sirio, Bachar Al Asad, … y sostuvo que «…»").
		earlierVerb := -1
		for j := subj - 2; j >= 0; j-- {
			if q.finiteSpeechVerb(q.word(toks[j])) {
				if m := q.lastMention(toks[max(0, j-subjectWindow):j]); m != nil {
					q.set(qm, m, verb)
					return
				}
				earlierVerb = j
				break
			}
		}
		// Or the unnamed subject that opens it: "Las universitarias
		// llamaron a denunciar… y aseguraron que «…»"; but not an
		// adverbial set off by a comma ("Una vez más, los estudiantes
		// marcharon y…") or the subject of "es" ("El problema es que
		// nadie le cree y…").
		sent := q.a.Sentences[qm.Sentence]
		if toks[k].Start-sent.Start <= contextBytes {
			first := q.tokensIn(cotejo.Span{Start: sent.Start, End: toks[k].Start})
			if len(first) > 2 && q.plainPredicate(first[2:]) {
				if sp, ok := q.unnamedSubject(first[:2], ""); ok {
					q.setPhrase(qm, sp)
					qm.Cue = strings.ToLower(verb)
					return
				}
			}
		}
		// The earlier verb's subject is a long name that opens the
		// sentence ("El Consejo Supremo de las Fuerzas Armadas de Egipto
		// negó… y calificó…"), before that verb, not in its object clause;
		// or it drops its subject too ("Ha subrayado que Boric «…» y ha
		// señalado que «…»"): both share the implicit speaker.
		if earlierVerb >= 0 {
			if m := q.lastMention(toks[:earlierVerb]); m != nil {
				q.set(qm, m, verb)
				return
			}
			qm.Cue = strings.ToLower(verb)
			q.implicitSpeaker(qm, r, earlier)
			return
		}
	}
	if subj > 0 && q.l.IsIndefinite(q.word(toks[subj-1])) && (subj == 1 || !q.l.IsPreposition(strings.ToLower(q.word(toks[subj-2]))) && !q.coordinatedName(toks, subj-2)) {
		// "Mientras, otros defendieron que «…»": the subject names no
		// one, and the name before it is no speaker ("Petro y otros
		// afirmaron" names Petro).
		qm.Cue = strings.ToLower(verb)
		return
	}
	if subj > 0 {
		// A name right before the verb is its subject, an organisation
		// too: "Mursi creó un comité… pero Amnistía Internacional
		// solicita que «…»"; and so is a name a relative pronoun takes
		// up, "rechazada por Francia, que considera que «…»". A place
		// there speaks for its government: "Londres estimó que «…»".
		// The pronoun's antecedent may be a preposition's object.
		at, relative := subj, false
		if at >= 3 && q.l.IsComplementizer(strings.ToLower(q.word(toks[at-1]))) && q.word(toks[at-2]) == "," {
			at, relative = at-2, true
		}
		if m := q.subjectEndingAt(toks[at-1].End, relative); m != nil {
			q.set(qm, m, verb)
			return
		}
	}
	if m := q.lastMention(toks[:k]); m != nil {
		q.set(qm, m, verb)
		return
	}
	if m := q.firstMention(q.subjectReach(toks[k+1:])); m != nil {
		q.set(qm, m, verb)
		return
	}
	qm.Cue = strings.ToLower(verb)
	if q.l.IsInfinitive(verb) {
		// "el hecho de asegurar que «…»": an infinitive has no subject
		// before it.
		q.implicitSpeaker(qm, r, earlier)
		return
	}
	window := q.wordsBefore(toks[:subj], unnamedSubjectWords)
	before := ""
	if n := subj - len(window); n > 0 {
		before = q.word(toks[n-1])
	}
	if sp, ok := q.unnamedSubject(window, before); ok {
		// "La televisión estatal denunció que «…»"; but "El contagio se
		// explica por «…»" is passive, and no one speaks.
		if !q.l.IsImpersonal(q.word(toks[k-1])) {
			q.setPhrase(qm, sp)
		}
		return
	}
	q.implicitSpeaker(qm, r, earlier)
}

// inName reports whether t lies inside a name the tagger found.
func (q *quoter) inName(t cotejo.Token) bool {
	ms := q.a.Mentions
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Start > t.Start })
	for j := i - 1; j >= 0 && j >= i-maxMentionsBack; j-- {
		if m := &ms[j]; !m.Descriptive && m.Start <= t.Start && t.End <= m.End {
			return true
		}
	}
	return false
}

// subjectEndingAt returns the name ending at byte end, right before a
// verb of speech or the relative pronoun that is its subject: a person or
// an organisation, or a place, the government that speaks for it; not
// quoted, and not a preposition's object unless a relative pronoun takes
// it up ("rechazada por Francia, que considera que…").
func (q *quoter) subjectEndingAt(end int, relative bool) *cotejo.Mention {
	ms := q.a.Mentions
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= end })
	var place *cotejo.Mention
	for j := i - 1; j >= 0 && j >= i-maxMentionsBack; j-- {
		m := &ms[j]
		if m.End != end || q.inQuote(m.Span) || !relative && q.isObject(m) {
			continue
		}
		switch {
		case speakerLike(m):
			return m
		case m.Type == cotejo.LOC && !m.Descriptive && place == nil:
			place = m
		}
	}
	return place
}

// maxMentionsBack bounds how many mentions before a position
// subjectEndingAt and inName look at (mentions may nest or overlap a little).
const maxMentionsBack = 4

// coordinatedName reports whether toks[c] is a coordinator right after a
// name: "Petro y otros afirmaron" (not "Petro habló en la plaza y otros
// defendieron").
func (q *quoter) coordinatedName(toks []cotejo.Token, c int) bool {
	if c < 1 || !q.l.IsCoordinator(q.word(toks[c])) {
		return false
	}
	m := q.lastMention(toks[max(0, c-subjectWindow):c])
	if m == nil || m.End != toks[c-1].End {
		return false
	}
	// The name is no verb's subject placed after it: "El presidente
	// Petro y otros afirmaron", not "Primero habló Petro y otros
	// insistieron".
	i := q.tokenIndex(m.Start) - 1
	if i < 0 || i >= len(q.a.Tokens) {
		return true
	}
	prev := q.word(q.a.Tokens[i])
	if isCapitalised(prev) {
		return true
	}
	return !q.isSpeechVerb(strings.ToLower(prev)) && !q.l.Time().IsPastWord(prev)
}

// beforePunct returns the tokens of toks before the first punctuation: a
// subject after its verb follows it directly ("dijo a la AFP un
// responsable"), not across a comma ("agregó, sin otros comentarios").
func (q *quoter) beforePunct(toks []cotejo.Token) []cotejo.Token {
	for i, t := range toks {
		if !isWordRune(firstRune(q.word(t))) {
			return toks[:i]
		}
	}
	return toks
}

// unnamedSubjectWords is how many words before a reporting verb its
// unnamed subject may take ("la televisión pública estatal denunció").
const unnamedSubjectWords = 5

// wordsBefore returns the last n tokens of toks, fewer when punctuation
// comes first: the words that can be the subject of the verb after them.
func (q *quoter) wordsBefore(toks []cotejo.Token, n int) []cotejo.Token {
	i := len(toks)
	for i > 0 && len(toks)-i < n && isWordRune(firstRune(q.word(toks[i-1]))) {
		i--
	}
	return toks[i:]
}

// fromPrevious attributes a standalone quote to the speaker of a quote in
// the previous sentence or to the subject of a reporting verb there.
func (q *quoter) fromPrevious(qm *cotejo.QuoteMention, si int, earlier []cotejo.QuoteMention) {
	floor := max(q.entryFloor(si), si-1) // the first sentence it may look back to
	// The answer to an interview question is the interviewee's, who
	// spoke before it.
	if n := len(earlier); n > 0 && earlier[n-1].Cue == CueQuestion && earlier[n-1].Sentence >= floor {
		if e := recentSpeaker(earlier[:n-1], earlier[n-1].Sentence-topicSentences, len(q.a.Sentences)); e != nil {
			inherit(qm, e)
			qm.Cue = CuePreviousSentence
		}
		return
	}
	for k := len(earlier) - 1; k >= 0 && k >= len(earlier)-3; k-- {
		e := &earlier[k]
		if e.Sentence < floor {
			break
		}
		if e.Speaker != nil {
			inherit(qm, e)
			qm.Cue = CuePreviousSentence
			return
		}
	}
	if floor == si {
		return // the sentence opens a live-blog entry
	}
	if m := q.subjectOf(si - 1); m != nil {
		q.set(qm, m, CuePreviousSentence)
		return
	}
	if sp, ok := q.colonSubjectPhrase(si - 1); ok {
		q.setPhrase(qm, sp)
		qm.Cue = CuePreviousSentence
		return
	}
	// The previous sentence is reported speech whose verb drops its
	// subject ("Gadafi debe admitir que ya no controla Libia, agregó."):
	// its speaker, and so the quote's, spoke a little earlier.
	if !q.elidedSubject(si - 1) {
		return
	}
	if e := recentSpeaker(earlier, max(si-topicSentences, q.entryFloor(si)), si); e != nil {
		inherit(qm, e)
		qm.Cue = CuePreviousSentence
	}
}

// colonSubjectPhrase returns the unnamed subject of the verb of speech
// that a sentence ending in a colon opens with: "La publicación asegura
// que La Gaviota se ha reunido con Carmen Armendáriz…:" introduces the
// magazine's words, not a name of its reported clause (see subjectOf).
func (q *quoter) colonSubjectPhrase(si int) (cotejo.Span, bool) {
	if si < 0 || si >= len(q.a.Sentences) {
		return cotejo.Span{}, false
	}
	sent := q.a.Sentences[si]
	toks := q.tokensIn(cotejo.Span{Start: sent.Start, End: min(sent.End, sent.Start+contextBytes)})
	if n := len(toks); n == 0 || q.word(toks[n-1]) != ":" || toks[n-1].End < sent.End-1 {
		return cotejo.Span{}, false
	}
	for k := 1; k < len(toks) && k <= unnamedSubjectWords; k++ {
		if !q.finiteSpeechVerb(q.word(toks[k])) {
			continue
		}
		if q.l.IsImpersonal(q.word(toks[k-1])) {
			break // "Se asegura que…:"
		}
		return q.unnamedSubject(toks[:k], "")
	}
	return cotejo.Span{}, false
}

// recentSpeaker returns the latest of the last maxEarlier quotes of
// earlier that has a speaker and stands in a sentence from first to
// before, or nil.
func recentSpeaker(earlier []cotejo.QuoteMention, first, before int) *cotejo.QuoteMention {
	for k := len(earlier) - 1; k >= 0 && k >= len(earlier)-maxEarlier && earlier[k].Sentence >= first; k-- {
		if e := &earlier[k]; e.Speaker != nil && e.Sentence < before {
			return e
		}
	}
	return nil
}

// maxEarlier bounds how many earlier quotes a quote looks back over for a
// speaker, so that a run of unattributed quotes costs linear time.
const maxEarlier = 8

// elidedSubject reports whether sentence si ends in a reporting verb that
// follows a comma, its subject dropped: "…, agregó." (whatever stands
// before the comma is what was said).
func (q *quoter) elidedSubject(si int) bool {
	if si < 0 || si >= len(q.a.Sentences) {
		return false
	}
	sent := q.a.Sentences[si]
	toks := q.tokensIn(cotejo.Span{Start: max(sent.Start, sent.End-contextBytes), End: sent.End})
	n := len(toks)
	if n > 0 && q.word(toks[n-1]) == "." {
		n--
	}
	return n >= 2 && q.word(toks[n-2]) == "," && q.finiteSpeechVerb(q.word(toks[n-1]))
}

// finiteSpeechVerb reports whether w is a reporting verb in a form that
// takes a subject: an infinitive ("debe admitir") introduces no speaker.
func (q *quoter) finiteSpeechVerb(w string) bool {
	return q.isSpeechVerb(w) && !q.l.IsInfinitive(strings.ToLower(w))
}

// subjectOf returns the speaker a sentence introduces: the mention before
// its reporting verb ("Lukashenko recordó que…"), or the last mention of a
// sentence ending in a colon. It returns nil for any other sentence.
func (q *quoter) subjectOf(si int) *cotejo.Mention {
	if si < 0 || si >= len(q.a.Sentences) {
		return nil
	}
	sent := q.a.Sentences[si]
	toks := q.tokensIn(cotejo.Span{Start: max(sent.Start, sent.End-contextBytes), End: sent.End})
	for k := range toks {
		if q.finiteSpeechVerb(q.word(toks[k])) {
			if k > 0 && q.word(toks[k-1]) == "," && k+2 >= len(toks) {
				return nil // "…, agregó.": see elidedSubject
			}
			if m := q.lastMention(toks[max(0, k-subjectWindow):k]); m != nil {
				return m
			}
			// "La Secretaría de Seguridad Pública de Sao Paulo, en una
			// nota, negó que…": the subject stands before an aside set
			// off by commas.
			if j := q.asideStart(toks, k); j > 0 {
				if m := q.lastMention(toks[max(0, j-2*subjectWindow):j]); m != nil {
					return m
				}
			}
			break // "Vergara dio a conocer los precios con los que, asegura, …:"
		}
	}
	if n := len(toks); n > 0 && q.word(toks[n-1]) == ":" {
		// The subject of the last verb of speech, when it stands right
		// before it ("…, sin embargo quien quiso hablar fue Rubén
		// Aguilar, que brevemente explicó la situación:"); else the
		// speaker stands before the clause a verb of speech opens
		// ("Margarita sorprendió al mencionar que si gana, Felipe no
		// ocupará el puesto…:" introduces Margarita's words).
		for k := n - 1; k >= 0; k-- {
			if q.finiteSpeechVerb(q.word(toks[k])) {
				if m := q.lastMention(toks[max(0, k-subjectWindow):k]); m != nil {
					return m
				}
				break
			}
		}
		// When no one stands before that clause, the clause may be an
		// aside opened by a preposition, which the subject follows after
		// a comma ("Ante quienes dicen que no hay diálogo, Gustavo Petro
		// fue muy claro:"); otherwise the subject is left unsaid ("Luego
		// aseguró que Pérez no ocupará el puesto:") or names no one
		// ("La publicación asegura que…"), and no name in the clause
		// speaks.
		cut := q.reportedClause(toks)
		if m := q.lastMention(toks[:cut]); m != nil || cut == len(toks) {
			return m
		}
		// The aside runs from the preposition to the first comma after
		// its clause, with no comma of its own before that clause ("Tras
		// la cumbre, afirmó que, pese a todo, Pérez…" opens no aside);
		// the subject stands after it, before any clause it reports.
		if !q.l.IsPreposition(strings.ToLower(q.word(toks[0]))) || slices.ContainsFunc(toks[:cut], func(t cotejo.Token) bool { return q.word(t) == "," }) {
			return nil
		}
		for k := cut; k < n; k++ {
			if q.word(toks[k]) == "," {
				rest := toks[k+1:]
				return q.lastMention(rest[:q.reportedClause(rest)])
			}
		}
		return nil
	}
	m, _ := q.opinionHolder(si)
	return m
}

// reportedClause returns the index in toks of the complementizer that
// opens the first clause a verb of speech reports ("que" in "al mencionar
// que…", "asegura que…"), or len(toks) when there is none: names after it
// are what was said, not who said it.
func (q *quoter) reportedClause(toks []cotejo.Token) int {
	for k := range toks {
		if !q.isSpeechVerb(q.word(toks[k])) {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+2; j++ {
			if q.l.IsComplementizer(strings.ToLower(q.word(toks[j]))) {
				return j
			}
		}
	}
	return len(toks)
}

func (q *quoter) set(qm *cotejo.QuoteMention, m *cotejo.Mention, cue string) {
	setSpeaker(qm, m)
	qm.Cue = strings.ToLower(cue)
}

// setSpeaker makes the mention m the quote's speaker, leaving its cue.
func setSpeaker(qm *cotejo.QuoteMention, m *cotejo.Mention) {
	qm.Speaker = &cotejo.Span{Start: m.Start, End: m.End}
	qm.SpeakerName = m.Text
}

// inherit gives the quote the speaker of an earlier quote, e.
func inherit(qm *cotejo.QuoteMention, e *cotejo.QuoteMention) {
	qm.Speaker, qm.SpeakerName = e.Speaker, e.SpeakerName
}

// speakerLike reports whether a mention can speak: a person, an
// organisation, or a role.
func speakerLike(m *cotejo.Mention) bool { return m.Type == cotejo.PER || m.Type == cotejo.ORG }

// firstMention returns the first person (named or described) that starts
// among toks, else the first organisation; mentions that are the object of
// a preposition are passed over.
func (q *quoter) firstMention(toks []cotejo.Token) *cotejo.Mention {
	return q.firstSpeaker(toks, false)
}

// firstSpeaker is firstMention, keeping objects when asked: after "según"
// or "de acuerdo con" the speaker follows a preposition.
func (q *quoter) firstSpeaker(toks []cotejo.Token, objects bool) *cotejo.Mention {
	if len(toks) == 0 {
		return nil
	}
	ms := q.a.Mentions
	var org *cotejo.Mention
	for i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= toks[0].Start }); i < len(ms) && ms[i].Start < toks[len(toks)-1].End; i++ {
		switch {
		case q.inQuote(ms[i].Span) || !objects && q.isObject(&ms[i]):
		case ms[i].Type == cotejo.PER:
			return &ms[i]
		case ms[i].Type == cotejo.ORG && org == nil:
			org = &ms[i]
		}
	}
	return org
}

// lastMention returns the person mentioned last among toks (an
// organisation when no person is), preferring a name over a description
// that ends with it.
func (q *quoter) lastMention(toks []cotejo.Token) *cotejo.Mention {
	if len(toks) == 0 {
		return nil
	}
	lo, hi := toks[0].Start, toks[len(toks)-1].End
	ms := q.a.Mentions
	var best *cotejo.Mention
	for i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= lo }); i < len(ms) && ms[i].Start < hi; i++ {
		m := &ms[i]
		if m.End > hi || !speakerLike(m) || q.inQuote(m.Span) || q.isObject(m) {
			continue
		}
		if best == nil || better(m, best) {
			best = m
		}
	}
	return best
}

// sameClause reports whether the last token of before that is the verb
// cue governs the quote: no other clause with a subject who could speak
// stands between, opened by a subordinator ("Petro dijo que no dimitirá,
// mientras Iván Duque tachó… «…»") or followed by a verb of speech of its
// own. The reported clause's own subject stays the verb's ("Petro aseguró
// que Boric es «…»"), and so does a place ("aunque la situación es
// difícil, Chile está «…»").
func (q *quoter) sameClause(before []cotejo.Token, cue string) bool {
	k := len(before) - 1
	for k >= 0 && strings.ToLower(q.word(before[k])) != cue {
		k--
	}
	if k < 0 {
		return false
	}
	sub := false
	for j := k + 1; j < len(before); j++ {
		w := q.word(before[j])
		if q.l.IsSubordinator(w) {
			sub = true
			continue
		}
		m := q.mentionStartingAt(before[j].Start)
		if m == nil || !speakerLike(m) || q.isObject(m) {
			continue
		}
		if sub {
			return false
		}
		for i := j + 1; i < len(before) && i <= j+6; i++ {
			if before[i].Start >= m.End && q.finiteSpeechVerb(q.word(before[i])) {
				return false
			}
		}
	}
	return true
}

// isObject reports whether a preposition governs m ("del presidente",
// "con Kim", "en el vicepresidente", "a la agencia Reuters"): then m is
// not who speaks.
func (q *quoter) isObject(m *cotejo.Mention) bool {
	_, ok := q.governor(m)
	return ok
}

// governor returns the preposition that makes m its object, when one
// does: right before it, past articles and quotation marks; before the
// organisation or title m stands in apposition to; or before the title a
// comma sets m after.
func (q *quoter) governor(m *cotejo.Mention) (cotejo.Token, bool) {
	toks := q.a.Tokens
	i := q.tokenIndex(m.Start)
	// "dijo a la AFP", "en una entrevista a 'Yemen Times'", "ataques de
	// la OTAN"; not "Since Smith took office".
	for n := 0; n < 3 && i > 0; n++ {
		w := q.word(toks[i-1])
		if !q.l.IsDeterminer(w) && !isQuoteMark(w) {
			break
		}
		i--
	}
	if i > 0 && q.governs(q.word(toks[i-1])) && !q.conjunctionAfter(q.word(toks[i-1]), m) {
		return toks[i-1], true
	}
	// A name in apposition to the organisation or person a preposition
	// governs, with no comma: "ha declarado a la agencia Reuters", "en
	// alusión a la periodista estadounidense Marie Colvin", "tras la
	// renuncia del presidente Hosni Mubarak"; not "dijo a la prensa
	// Gustavo Petro", whose subject follows the verb's object.
	if j, ok := q.nounRunBefore(toks, i); ok {
		if j > 1 && q.l.IsDeterminer(q.word(toks[j-1])) && q.governs(q.word(toks[j-2])) {
			return toks[j-2], true
		}
		if j > 0 && q.l.IsNameJoiner(strings.ToLower(q.word(toks[j-1]))) && q.governs(q.word(toks[j-1])) {
			return toks[j-1], true // "del" holds its article
		}
	}
	// A name in apposition, between commas or at the end of the sentence,
	// to a title a preposition governs: "tras la renuncia del presidente,
	// Hosni Mubarak, los militares…", "de su homólogo egipcio, Hosni
	// Mubarak, y pide…"; not a subject after a fronted phrase: "Tras
	// reunirse con el presidente, Petro aseguró…".
	if i == 0 || q.word(toks[i-1]) != "," || !q.appositionEnds(m) {
		return cotejo.Token{}, false
	}
	t := q.titleBefore(toks, i-1)
	if t < 0 {
		return cotejo.Token{}, false
	}
	j := q.determinersBefore(toks, t)
	// "el portavoz del presidente ruso, Dmitri Peskov": the name is the
	// title's before "de", the spokesman's, governed only when that title
	// is ("con el asesor del presidente, Jake Sullivan").
	if j > 1 && q.l.IsNameJoiner(strings.ToLower(q.word(toks[j-1]))) && q.l.IsRoleNoun(strings.ToLower(q.word(toks[j-2]))) {
		j = q.determinersBefore(toks, j-2)
	}
	if j > 0 && q.governs(q.word(toks[j-1])) {
		return toks[j-1], true
	}
	return cotejo.Token{}, false
}

// nounRunBefore reads back from toks[i] over up to three lower-case words
// (a noun and its adjectives) and returns where they start, with ok set
// when one of them is an organisation noun or a title: "la agencia", "la
// periodista estadounidense".
func (q *quoter) nounRunBefore(toks []cotejo.Token, i int) (j int, ok bool) {
	j = i
	for n := 0; n < 3 && j > 0; n++ {
		w := q.word(toks[j-1])
		if !isLowerWord(w) || q.l.IsDeterminer(w) || q.l.IsStop(w) || q.l.IsTimeWord(w) {
			break
		}
		ok = ok || q.l.IsOrganisationNoun(w) || q.l.IsRoleNoun(w)
		j--
	}
	return j, ok
}

// titleBefore returns the index of the title (or counterpart noun) among
// the lower-case words right before the comma at toks[c], -1 when none
// stands there.
func (q *quoter) titleBefore(toks []cotejo.Token, c int) int {
	for j := c - 1; j >= 0 && j >= c-appositionTitleWords; j-- {
		w := q.word(toks[j])
		if !isLowerWord(w) {
			return -1
		}
		if q.l.IsRoleNoun(w) || q.l.IsCounterpart(w) {
			return j
		}
	}
	return -1
}

// determinersBefore returns the index of the first of the determiners
// right before toks[j], or j when none stands there.
func (q *quoter) determinersBefore(toks []cotejo.Token, j int) int {
	for j > 0 && q.l.IsDeterminer(q.word(toks[j-1])) {
		j--
	}
	return j
}

// governs reports whether w, right before a noun phrase, makes it an
// object: a preposition ("a", "de", "con", "en", "tras", "según",
// "like"), but not one that also means "even" ("Hasta Petro admitió").
func (q *quoter) governs(w string) bool {
	low := strings.ToLower(w)
	return q.l.IsPreposition(low) && !q.l.IsFocusPreposition(low)
}

// conjunctionAfter reports whether a preposition before mention m is a
// conjunction that opens a clause m is the subject of: "Since Smith took
// office", "Before Smith left": a lower-case word other than a
// preposition or an article follows the name.
func (q *quoter) conjunctionAfter(prep string, m *cotejo.Mention) bool {
	if !q.l.IsClauseConjunction(prep) {
		return false
	}
	w := q.wordAfter(m)
	return isLowerWord(w) && !q.l.IsPreposition(w) && !q.l.IsDeterminer(w)
}

// appositionEnds reports whether what follows mention m closes an
// apposition: a comma, the end of the sentence, or nothing.
func (q *quoter) appositionEnds(m *cotejo.Mention) bool {
	switch q.wordAfter(m) {
	case "", ",", ".", ";", ")", "»", "”", `"`:
		return true
	}
	return false
}

// wordAfter returns the token right after mention m, or "" at the end.
func (q *quoter) wordAfter(m *cotejo.Mention) string {
	if k := q.tokenIndex(m.End); k < len(q.a.Tokens) {
		return q.word(q.a.Tokens[k])
	}
	return ""
}

// tokenIndex returns the index of the first token that starts at or
// after byte pos.
func (q *quoter) tokenIndex(pos int) int {
	toks := q.a.Tokens
	return sort.Search(len(toks), func(i int) bool { return toks[i].Start >= pos })
}

// appositionTitleWords is how many words the title before a name in
// apposition may take: "su homólogo egipcio", "el ministro de finanzas".
const appositionTitleWords = 4

// better reports whether m beats the best mention so far as the subject
// before a verb: a person over an organisation, then the later one, then
// a name over a description that ends with it.
func better(m, best *cotejo.Mention) bool {
	if (m.Type == cotejo.PER) != (best.Type == cotejo.PER) {
		return m.Type == cotejo.PER
	}
	return m.End > best.End || m.End == best.End && best.Descriptive
}

func (q *quoter) mentionStartingAt(pos int) *cotejo.Mention {
	ms := q.a.Mentions
	for i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= pos }); i < len(ms) && ms[i].Start == pos; i++ {
		if speakerLike(&ms[i]) {
			return &ms[i]
		}
	}
	return nil
}

// phraseAt reports whether the words of cue start at token k, in any case.
func (q *quoter) phraseAt(toks []cotejo.Token, k int, cue []string) bool {
	if k+len(cue) > len(toks) {
		return false
	}
	for o, w := range cue {
		t := q.word(toks[k+o])
		// Two ASCII first letters that differ in any case rule the
		// word out before the costlier EqualFold.
		if t != "" && w != "" && t[0] < utf8.RuneSelf && w[0] < utf8.RuneSelf && t[0]|0x20 != w[0]|0x20 && isASCIILetter(t[0]) {
			return false
		}
		if !strings.EqualFold(t, w) {
			return false
		}
	}
	return true
}

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

func isOpeningPunct(w string) bool {
	switch w {
	case ",", "—", "–", "―", "-", "»", "”", "\"", ":":
		return true
	}
	return false
}
