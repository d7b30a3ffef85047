package annotate

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cotejo/cotejo"
	"github.com/cotejo/cotejo/lang"
	"github.com/cotejo/cotejo/ner"
)

// Tagger labels the tokens of one sentence with BIO entity tags ("B-PER",
// "I-PER", "O"), one per token.
type Tagger interface {
	Tag(tokens []string) []string
}

func defaultTagger() Tagger { return ner.Default() }

// maxRoleTokens bounds how far a role phrase may reach from its noun.
const maxRoleTokens = 12

// Mentions tags each sentence (the tokens that share a Sentence index)
// with t and returns the entity mentions as byte spans, in order. A person
// named next to a title or an apposition ("el presidente bielorruso,
// Alexander Lukashenko", "Jesús Salazar, embajador de Venezuela en
// Moscú") gets it as Role; a role named without a person ("el líder
// bielorruso", "la canciller") becomes a Descriptive PER mention whose
// Role is the phrase without its article. A descriptive mention may
// contain the mention of a place ("presidente de Estados Unidos").
func Mentions(body, code string, tokens []cotejo.Token, t Tagger) []cotejo.Mention {
	l := lang.Get(code)
	// About one mention in eight tokens in news text: one allocation
	// instead of a growing slice per sentence.
	out := make([]cotejo.Mention, 0, len(tokens)/8+4)
	words := make([]string, 0, 64)
	var cued map[string]string
	for lo := 0; lo < len(tokens); {
		hi := lo
		for hi < len(tokens) && tokens[hi].Sentence == tokens[lo].Sentence {
			hi++
		}
		sent := tokens[lo:hi]
		words = words[:0]
		for _, tk := range sent {
			words = append(words, body[tk.Start:tk.End])
		}
		start := len(out)
		out = sentenceMentions(out, body, sent, words, t, l, &cued)
		found := out[start:]
		r := roler{l: l, body: body, toks: sent, words: words}
		r.assignRoles(found)
		out = append(out, r.descriptive(found)...)
		lo = hi
	}
	// A name the words typed once ("la agencia estatal Belta") has that
	// type where the article names it bare ("Belta citó a Lukashenko"),
	// which the tagger may read as a person's name; a name a place noun
	// introduced once is a place wherever it stands bare.
	for i := range out {
		if typ, ok := cued[out[i].Text]; ok && (out[i].Type == cotejo.PER || typ == cotejo.LOC) && !out[i].Descriptive {
			out[i].Type = typ
		}
	}
	personByMajority(out, cued)
	out = append(out, echoMentions(l, body, tokens, out)...)
	slices.SortStableFunc(out, func(a, b cotejo.Mention) int { return cmp.Compare(a.Start, b.Start) })
	return out
}

// personByMajority makes a person of every mention of a name that the
// tagger read as a person at least twice and more often than as anything
// else in the article: one name, one person ("Shakira dio un concierto…
// La propia Shakira ha compartido…", the second read as an
// organisation). Names a word typed (cued) keep that type, and places
// and clubs that share a name are left to the tagger: only persons win.
func personByMajority(ms []cotejo.Mention, cued map[string]string) {
	var per, other map[string]int
	for i := range ms {
		m := &ms[i]
		if m.Descriptive {
			continue
		}
		if per == nil {
			per, other = make(map[string]int), make(map[string]int)
		}
		if m.Type == cotejo.PER {
			per[m.Text]++
		} else {
			other[m.Text]++
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.Descriptive || m.Type == cotejo.PER {
			continue
		}
		if _, ok := cued[m.Text]; ok {
			continue
		}
		if n := per[m.Text]; n >= 2 && n > other[m.Text] {
			m.Type = cotejo.PER
		}
	}
}

// echoMaxWords bounds the names echoMentions looks for, in words.
const echoMaxWords = 4

// echoMentions returns the mentions the tagger missed of names it found
// elsewhere in the article: a text names a person in full once and then
// by surname, and the tagger, reading one sentence at a time, can miss
// one of them ("Maduro, por su parte, informó…" at the start of a
// sentence). A capitalised run of words that reads as a name found in
// the article (or as the surname of a person found there) and overlaps
// no found name becomes a mention of that name's usual type.
func echoMentions(l *lang.Language, body string, tokens []cotejo.Token, found []cotejo.Mention) []cotejo.Mention {
	votes := make(map[string]*[len(echoTypes)]int, len(found))
	vote := func(form, typ string) {
		t := slices.Index(echoTypes[:], typ)
		if t < 0 || utf8.RuneCountInString(form) < 2 {
			return
		}
		v := votes[form]
		if v == nil {
			if strings.IndexByte(form, ' ') < 0 && l.IsStop(form) {
				return
			}
			v = new([len(echoTypes)]int)
			votes[form] = v
		}
		v[t]++
	}
	named := make([]cotejo.Span, 0, len(found))
	for _, m := range found {
		if m.Descriptive {
			continue
		}
		named = append(named, m.Span)
		vote(m.Text, m.Type)
		if i := strings.LastIndexByte(m.Text, ' '); m.Type == cotejo.PER && i > 0 {
			vote(m.Text[i+1:], cotejo.PER)
		}
	}
	if len(votes) == 0 {
		return nil
	}
	// typeOf returns a form's usual type, "" when two types tie.
	typeOf := func(v *[len(echoTypes)]int) string {
		best, tie := 0, false
		for t := 1; t < len(v); t++ {
			switch {
			case v[t] > v[best]:
				best, tie = t, false
			case v[t] == v[best]:
				tie = true
			}
		}
		if tie {
			return ""
		}
		return echoTypes[best]
	}
	slices.SortFunc(named, func(a, b cotejo.Span) int { return cmp.Compare(a.Start, b.Start) })
	overlapsNamed := func(sp cotejo.Span) bool {
		i := sort.Search(len(named), func(i int) bool { return named[i].End > sp.Start })
		return i < len(named) && named[i].Start < sp.End
	}
	var out []cotejo.Mention
	for i := 0; i < len(tokens); i++ {
		if !isCapitalised(body[tokens[i].Start:tokens[i].End]) {
			continue
		}
		for j := min(i+echoMaxWords, len(tokens)) - 1; j >= i; j-- {
			if tokens[j].Sentence != tokens[i].Sentence {
				continue
			}
			sp := cotejo.Span{Start: tokens[i].Start, End: tokens[j].End}
			v := votes[body[sp.Start:sp.End]]
			if v == nil || overlapsNamed(sp) || partOfLongerName(l, body, tokens, i, j) || isPlaceholder(body, sp) {
				continue
			}
			typ := typeOf(v)
			if typ == "" {
				continue
			}
			out = append(out, cotejo.Mention{Span: sp, Type: typ, Text: body[sp.Start:sp.End]})
			i = j
			break
		}
	}
	return out
}

// partOfLongerName reports whether tokens[i:j+1] sit inside a longer run
// of capitalised words ("Juan Sánchez", "la Torre Sánchez"): then they are
// not the known name. A capitalised function word before them ("Según
// Maduro") is no part of a name.
func partOfLongerName(l *lang.Language, body string, tokens []cotejo.Token, i, j int) bool {
	nameWord := func(k int) bool {
		if k < 0 || k >= len(tokens) || tokens[k].Sentence != tokens[i].Sentence {
			return false
		}
		w := body[tokens[k].Start:tokens[k].End]
		return isCapitalised(w) && !l.IsStop(w)
	}
	return nameWord(i-1) || nameWord(j+1)
}

// echoTypes are the types echoMentions counts votes for.
var echoTypes = [...]string{cotejo.PER, cotejo.ORG, cotejo.LOC, cotejo.MISC}

// sentenceMentions appends to out the mentions the tagger finds in one
// sentence, and to *cued the names whose words give them a type
// (typeCue).
func sentenceMentions(out []cotejo.Mention, body string, sent []cotejo.Token, words []string, t Tagger, l *lang.Language, cued *map[string]string) []cotejo.Mention {
	if !mayName(l, words) {
		return out
	}
	tags := t.Tag(words)
	for _, e := range ner.Spans(tags) {
		// A Tagger may return more tags than words; spans past them go.
		if e.Start < 0 || e.End > len(sent) || e.End > len(words) || e.Start >= e.End {
			continue
		}
		// The tagger follows CoNLL-2002 in taking in the quotation marks
		// around a quoted name; a mention is the name alone.
		for e.Start < e.End && isQuoteMark(words[e.Start]) {
			e.Start++
		}
		for e.End > e.Start && isQuoteMark(words[e.End-1]) {
			e.End--
		}
		// No person's name ends in a preposition or a conjunction: "Maduro
		// Según" is a heading glued to its paragraph by the page ("…entre
		// Putin y Maduro Según notificó el Kremlin"); "Kim Jong Un" ends in
		// what is also an article, and keeps it.
		for e.Type == cotejo.PER && e.End-e.Start > 1 && (l.IsPreposition(words[e.End-1]) || l.IsCoordinator(words[e.End-1])) {
			e.End--
		}
		// English capitalises weekdays, and the tagger, trained on Spanish,
		// runs names of people and places into them: "Merkel Friday",
		// "Spain on Friday" (whose "on" goes below). Names of events keep
		// them ("Super Tuesday", MISC), and an abbreviation is no weekday
		// here ("The Sun").
		for l.Code == "en" && (e.Type == cotejo.PER || e.Type == cotejo.LOC) && e.End-e.Start > 1 &&
			l.IsWeekday(words[e.End-1]) && utf8.RuneCountInString(words[e.End-1]) >= 6 && !l.IsNamedDay(words[e.End-2]) {
			e.End--
		}
		// Nor does any name open or end with a word in lower case: "the
		// International Longshoremen's Association said" is read by a
		// tagger trained on Spanish news.
		for e.End-e.Start > 1 && isLowerWord(words[e.Start]) {
			e.Start++
		}
		for e.End-e.Start > 1 && isLowerWord(words[e.End-1]) {
			e.End--
		}
		// Nor with the preposition, conjunction or pronoun that opens the
		// sentence, capitalised only for that: "Unlike Elvis, …", "Según
		// Maduro, …"; a pronoun alone is no name ("She said…").
		if e.Start == 0 && openingFunctionWord(l, words[0]) {
			if e.End-e.Start == 1 {
				continue
			}
			e.Start++
		}
		if e.End-e.Start == 1 && (l.IsWeekday(words[e.Start]) || l.Month(words[e.Start]) > 0) {
			// "Tuesday", "March": dates, which the timex reader finds; a
			// person may be called May ("met with May"), but not "in May"
			// or "May 3".
			if e.Type != cotejo.PER || e.Start > 0 && l.IsDatePreposition(words[e.Start-1]) ||
				e.End < len(words) && startsWithDigit(words[e.End]) {
				continue
			}
		}
		if e.Start >= e.End {
			continue
		}
		sp := cotejo.Span{Start: sent[e.Start].Start, End: sent[e.End-1].End}
		// An English possessive is no part of the name: "Wilhelm's
		// team". (Names that end so, "McDonald's", lose it too; elsewhere,
		// "Moody's" is a name.)
		for _, pos := range [...]string{"'s", "’s"} {
			if t := body[sp.Start:sp.End]; l.Code == "en" && strings.HasSuffix(t, pos) && len(t) > len(pos)+1 {
				sp.End -= len(pos)
			}
		}
		text := body[sp.Start:sp.End]
		if letters(text) < 2 {
			continue // "F" of "F/A-18"
		}
		if isPlaceholder(body, sp) {
			continue // "*NUMBER*", an anonymised corpus's stand-in
		}
		if e.Type == cotejo.PER && e.End-e.Start == 1 && l.IsRoleNoun(words[e.Start]) {
			continue // "el Presidente": a title, which descriptive reads as one
		}
		typ := e.Type
		if appositionOfOrganisation(l, words, e) {
			// "La agencia oficial de noticias de Siria, Sana, dijo":
			// the name an organisation is given in apposition is the
			// organisation's, whatever the tagger read.
			typ = cotejo.ORG
		}
		if cue := typeCue(l, words, e); cue != "" {
			// The tagger's other types stand against an organisation noun
			// (the name of the team or the paper may be the city's); a
			// place noun overrides them all ("la plaza Tahrir").
			if typ == cotejo.PER || cue == cotejo.LOC {
				typ = cue
			}
			if *cued == nil {
				*cued = map[string]string{}
			}
			(*cued)[text] = cue
		}
		out = append(out, cotejo.Mention{Span: sp, Type: typ, Text: text})
	}
	return out
}

// mayName reports whether a sentence may hold a name: a word other than
// an opening function word that starts with a capital or a digit. A tenth
// of the words of news text stand in sentences that have none, and the
// tagger finds no name there (none of the gold names of CoNLL-2002
// esp.testa is in such a sentence, and the model tags none): they are not
// tagged.
func mayName(l *lang.Language, words []string) bool {
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			continue
		}
		if i > 0 || !l.IsStop(strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// typeTriggerReach is how many words an organisation noun may stand
// before the name it types ("la agencia de noticias estatal bielorrusa
// Belta").
const typeTriggerReach = 6

// typeCue returns the type the words around a name give it, "" when
// they give none: a name that opens with "Premio", "Copa" or "Ley" is
// MISC; a name that holds an organisation noun ("Caracol Radio") or that
// an organisation noun introduces, with only lower-case
// words between ("la agencia de noticias estatal Belta") and no
// preposition right before it, is ORG.
func typeCue(l *lang.Language, words []string, e ner.Entity) string {
	if l.IsOtherNameHead(words[e.Start]) {
		return cotejo.MISC
	}
	// "Caracol Radio", "Banco Santander": an organisation noun inside
	// the name.
	for _, w := range words[e.Start:e.End] {
		if isCapitalised(w) && l.IsOrganisationNoun(w) {
			return cotejo.ORG
		}
	}
	if placeCue(l, words, e) {
		return cotejo.LOC
	}
	if e.Start > 0 && l.IsObjectMarker(words[e.Start-1]) {
		return "" // "el equipo de Rubio", "la empresa de Slim": a person's
	}
	for k := e.Start - 1; k >= 0 && k >= e.Start-typeTriggerReach; k-- {
		w := words[k]
		if l.IsOrganisationNoun(w) {
			return cotejo.ORG
		}
		// Only the noun's complements may stand between it and the name
		// ("de noticias", "estatal"): a title, a verb of speech or another
		// preposition means the name is not the noun's ("El diario
		// entrevistó al ministro Juan Pérez"), and so does a relative
		// ("La empresa que preside Carlos Slim").
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLower(r) || l.IsComplementizer(w) ||
			l.IsRoleNoun(w) || l.IsSpeechVerb(w) || l.IsPreposition(w) && !l.IsNameJoiner(strings.ToLower(w)) {
			break
		}
	}
	return ""
}

// appositionReach is how many words the phrase an apposition names may
// hold after its organisation noun ("agencia oficial de noticias de
// Siria").
const appositionReach = 7

// appositionOfOrganisation reports whether a name stands in apposition,
// between commas, to a phrase headed by an organisation noun: its first
// noun after an article that no preposition governs ("La agencia oficial
// de noticias de Siria, Sana,"; not "El presidente de la compañía, Juan
// Pérez,", whose head is the title).
func appositionOfOrganisation(l *lang.Language, words []string, e ner.Entity) bool {
	if e.Start < 3 || words[e.Start-1] != "," || e.End >= len(words) || words[e.End] != "," {
		return false
	}
	for k := e.Start - 2; k >= 1 && k >= e.Start-1-appositionReach; k-- {
		w := words[k]
		if w == "," || l.IsComplementizer(w) || l.IsSpeechVerb(w) || l.IsRoleNoun(w) {
			return false
		}
		if !l.IsOrganisationNoun(w) {
			continue
		}
		if !l.IsDeterminer(words[k-1]) {
			return false
		}
		return k < 2 || !l.IsPreposition(strings.ToLower(words[k-2])) && !l.IsNameJoiner(strings.ToLower(words[k-2]))
	}
	return false
}

// placeReach is how many words a place noun may stand before the name
// it types ("la localidad septentrional siria de Jan Shijún").
const placeReach = 5

// placeCue reports whether a place noun introduces a name, with only
// adjectives and then "de" and a determiner between: "la plaza Tahrir",
// "la ciudad turística de Sharm el Sheij", "la península del Sinaí", "la
// plaza de la Revolución". A relational adjective makes the name the
// place's owner ("la ciudad natal de Gadafi"), and a second noun the
// name's ("la calle la dimisión de Al Assad").
func placeCue(l *lang.Language, words []string, e ner.Entity) bool {
	// "En la plaza principal Petro aseguró…": Spanish may drop the comma
	// after a fronted phrase; a name a verb of speech follows is its
	// subject, no place.
	if e.End < len(words) && l.IsSpeechVerb(words[e.End]) {
		return false
	}
	for k := e.Start - 1; k >= 0 && k >= e.Start-placeReach; k-- {
		if l.IsPlaceNoun(words[k]) {
			return placeComplement(l, words[k+1:e.Start])
		}
	}
	return false
}

// placeComplement reports whether the words between a place noun and a
// name are adjectives, then a name joiner ("de", "del") and at most one
// determiner; none at all in Spanish and Portuguese ("la plaza Tahrir"),
// where English says "the town of Zintan" ("the city Donald Trump
// visited" is a relative clause). Without the joiner the words are no
// complement: "En la ciudad vive Gustavo Petro".
func placeComplement(l *lang.Language, between []string) bool {
	if len(between) == 0 {
		return l.Code != "en"
	}
	i := 0
	for i < len(between) && !l.IsNameJoiner(between[i]) {
		w := between[i]
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLower(r) || l.IsStop(w) || l.IsComplementizer(w) ||
			l.IsRoleNoun(w) || l.IsSpeechVerb(w) || l.IsPreposition(w) || l.IsOwnerAdjective(w) {
			return false
		}
		i++
	}
	if i == len(between) {
		// No "de": only adjectives may stand between, "el aeropuerto
		// internacional Benito Juárez"; "la ciudad vive…" holds a verb.
		for _, w := range between {
			if !l.IsNationality(w) && !l.HasAdjectiveEnding(w) {
				return false
			}
		}
		return l.Code != "en"
	}
	rest := between[i+1:] // after the joiner
	return len(rest) == 0 || len(rest) == 1 && l.IsDeterminer(rest[0])
}

// openingFunctionWord reports whether a sentence's first word is a
// preposition, a conjunction or a subject pronoun, and so no part of a
// name after it: not a particle of two letters ("Al", "El", "De") or one
// that joins names ("Del Bosque"). A closed list: "New", "Will", "Don",
// "One" and "São" open names.
func openingFunctionWord(l *lang.Language, w string) bool {
	low := strings.ToLower(w)
	return utf8.RuneCountInString(w) > 2 && !l.IsNameJoiner(low) &&
		(l.IsPreposition(low) || l.IsSubordinator(low) || l.IsCoordinator(low) || l.IsSubjectPronoun(low))
}

// startsWithDigit reports whether w opens with a digit: "3" in "May 3".
func startsWithDigit(w string) bool { return w != "" && isDigit(w[0]) }

// isPlaceholder reports whether sp is a stand-in that anonymised corpora
// put for what they removed: capitals between asterisks, "*NUMBER*",
// "*URL*".
func isPlaceholder(body string, sp cotejo.Span) bool {
	if sp.Start == 0 || sp.End >= len(body) || body[sp.Start-1] != '*' || body[sp.End] != '*' {
		return false
	}
	for _, r := range body[sp.Start:sp.End] {
		if !unicode.IsUpper(r) && r != '_' {
			return false
		}
	}
	return true
}

// letters counts the letters of s.
func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// isQuoteMark reports whether a token is a quotation mark.
func isQuoteMark(w string) bool {
	switch w {
	case `"`, "«", "»", "“", "”", "'", "‘", "’", "„":
		return true
	}
	return false
}

// roler finds role phrases in one sentence.
type roler struct {
	l     *lang.Language
	body  string
	toks  []cotejo.Token
	words []string
}

// tokenRange returns the tokens of the sentence a span covers.
func (r *roler) tokenRange(sp cotejo.Span) (from, to int) {
	from = sort.Search(len(r.toks), func(i int) bool { return r.toks[i].Start >= sp.Start })
	to = sort.Search(len(r.toks), func(i int) bool { return r.toks[i].Start >= sp.End })
	return from, to
}

func (r *roler) assignRoles(ms []cotejo.Mention) {
	for i := range ms {
		if ms[i].Type != cotejo.PER {
			continue
		}
		from, to := r.tokenRange(ms[i].Span)
		if role := r.roleInside(from, to); role != "" {
			ms[i].Role = role
		} else if role := r.roleBefore(from); role != "" {
			ms[i].Role = role
		} else if role := r.roleAfter(to); role != "" {
			ms[i].Role = role
		}
	}
}

// roleInside returns the title the tagger took into the name
// ("[Presidente Hosni Mubarak]"): leading modifiers and role nouns, when
// at least one word of name is left after them.
func (r *roler) roleInside(from, to int) string {
	k := from
	for k < to && (r.l.IsRoleModifier(r.words[k]) || r.l.IsRoleNoun(r.words[k])) {
		k++
	}
	if k == from || k >= to || !r.l.IsRoleNoun(r.words[k-1]) {
		return ""
	}
	return r.phrase(from, k)
}

// roleBefore finds a role phrase that ends right before token name,
// optionally followed by a comma: "el presidente bielorruso, [name]",
// "Belarusian President [name]".
func (r *roler) roleBefore(name int) string {
	p := name - 1
	if p >= 0 && r.words[p] == "," {
		p--
	}
	for k := p; k >= 0 && k > p-maxRoleTokens; k-- {
		counterpart := r.l.IsCounterpart(strings.ToLower(r.words[k]))
		if !r.l.IsRoleNoun(r.words[k]) && !counterpart {
			continue
		}
		if e := r.extent(k, name); e != p+1 && !(e == p && r.isUnknownAdjective(p)) {
			return ""
		}
		if counterpart && (k == p || !r.l.IsNationality(r.words[p])) {
			// "su homólogo, Vladímir Putin" says no role; "su homólogo
			// ruso, Vladímir Putin" says whose side he is on, which a
			// later "el mandatario ruso" matches.
			return ""
		}
		return r.phrase(r.modifiersBefore(k), p+1)
	}
	return ""
}

// roleAfter finds an apposition after the name ending at token end:
// "[name], embajador de Venezuela en Moscú," or "[name], la canciller".
func (r *roler) roleAfter(end int) string {
	if end >= len(r.words) || r.words[end] != "," {
		return ""
	}
	k := end + 1
	if k < len(r.words) && r.isDet(r.words[k]) {
		k++
	}
	start := k
	for k < len(r.words) && r.l.IsRoleModifier(r.words[k]) {
		k++
	}
	if k >= len(r.words) || !r.l.IsRoleNoun(r.words[k]) {
		return ""
	}
	e := r.extent(k, len(r.words))
	if e < len(r.words) && !isClauseMark(r.words[e]) {
		return ""
	}
	return r.phrase(start, e)
}

// descriptive finds role phrases with an article and no name: "el líder
// bielorruso", "la canciller".
func (r *roler) descriptive(named []cotejo.Mention) []cotejo.Mention {
	var out []cotejo.Mention
	for i := 0; i+1 < len(r.words); i++ {
		if !r.isDet(r.words[i]) {
			continue
		}
		k := i + 1
		noun := r.l.IsRoleNoun(r.words[k])
		for !noun && (r.l.IsRoleModifier(r.words[k]) || r.l.Code == "en" && r.l.IsNationality(r.words[k])) {
			if k++; k >= len(r.words) {
				break
			}
			noun = r.l.IsRoleNoun(r.words[k])
		}
		if !noun || r.inMention(named, k) {
			continue
		}
		e := r.extent(k, len(r.words))
		if r.namedNext(named, e) || r.namedBefore(named, i) {
			i = e - 1
			continue
		}
		sp := cotejo.Span{Start: r.toks[i+1].Start, End: r.toks[e-1].End}
		text := r.body[sp.Start:sp.End]
		out = append(out, cotejo.Mention{Span: sp, Type: cotejo.PER, Text: text, Role: text, Descriptive: true})
		i = e - 1
	}
	return out
}

// extent returns the end of the role phrase whose noun is token k,
// stopping at limit: nationality adjectives, further role words
// ("secretario general") and complements "de/en + Capitalised…"
// ("de Venezuela en Moscú", "de la República").
func (r *roler) extent(k, limit int) int {
	j := k + 1
	for j < limit && j <= k+maxRoleTokens {
		w := r.words[j]
		switch {
		case r.l.IsNationality(w) && (r.l.Code == "en" || !isCapitalised(w)):
			j++
		case r.l.IsRoleNoun(w) && !isCapitalised(w):
			j++
		case r.isRolePrep(w):
			c := j + 1
			if c < limit && r.isDet(r.words[c]) {
				c++
			}
			e := c
			for e < limit && (isCapitalised(r.words[e]) || e > c && e+1 < limit && isLinker(r.words[e]) && isCapitalised(r.words[e+1])) {
				e++
			}
			if e == c {
				return j
			}
			j = e
		default:
			return j
		}
	}
	return j
}

// isUnknownAdjective reports whether token k may be an adjective of the
// role that the lists do not hold ("la vicepresidenta ejecutiva Delcy
// Rodríguez"): a lower-case word that is not a function word.
func (r *roler) isUnknownAdjective(k int) bool {
	w := r.words[k]
	c := firstRune(w)
	return unicode.IsLower(c) && utf8.RuneCountInString(w) > 3 && !r.l.IsStop(strings.ToLower(w))
}

// modifiersBefore extends a role backwards from its noun at k over
// modifiers ("primer", "ex", "Foreign") and, in English, adjectives of
// nationality ("Belarusian President").
func (r *roler) modifiersBefore(k int) int {
	for k > 0 {
		w := r.words[k-1]
		if !r.l.IsRoleModifier(w) && !(r.l.Code == "en" && r.l.IsNationality(w)) {
			break
		}
		k--
	}
	return k
}

func (r *roler) phrase(from, to int) string {
	if from >= to {
		return ""
	}
	return r.body[r.toks[from].Start:r.toks[to-1].End]
}

// inMention reports whether token k lies in one of ms (sorted, not
// overlapping, as the tagger gives them).
func (r *roler) inMention(ms []cotejo.Mention, k int) bool {
	t := r.toks[k].Span
	i := sort.Search(len(ms), func(i int) bool { return ms[i].End > t.Start })
	return i < len(ms) && ms[i].Overlaps(t)
}

// namedNext reports whether a person's name starts at token e, or after a
// comma there: the role is then an apposition, not a description. A
// capitalised word right after the role is taken for a name the tagger
// missed ("el presidente Vladímir Putin").
func (r *roler) namedNext(ms []cotejo.Mention, e int) bool {
	if e < len(r.words) && isCapitalised(r.words[e]) {
		return true
	}
	if e < len(r.words) && r.words[e] == "," {
		e++
	}
	return e < len(r.toks) && r.personAt(ms, r.toks[e].Start, true)
}

// namedBefore reports whether the phrase at token i is an apposition
// after a name: "[name], el embajador".
func (r *roler) namedBefore(ms []cotejo.Mention, i int) bool {
	return i >= 2 && r.words[i-1] == "," && r.personAt(ms, r.toks[i-2].End, false)
}

// personAt reports whether a person mention of ms starts (or ends) at pos.
func (r *roler) personAt(ms []cotejo.Mention, pos int, start bool) bool {
	i := sort.Search(len(ms), func(i int) bool { return ms[i].End >= pos })
	for ; i < len(ms) && ms[i].Start <= pos; i++ {
		if ms[i].Type == cotejo.PER && (start && ms[i].Start == pos || !start && ms[i].End == pos) {
			return true
		}
	}
	return false
}

func (r *roler) isDet(w string) bool { return len(w) <= 4 && r.l.IsRoleArticle(w) }

func (r *roler) isRolePrep(w string) bool { return r.l.IsRolePreposition(w) }

func isLinker(w string) bool {
	switch w {
	case "de", "del", "la", "las", "los", "y", "e", "of", "the", "and", "do", "da", "dos", "das":
		return true
	}
	return false
}

func isCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func isClauseMark(w string) bool {
	switch w {
	case ",", ".", ";", ":", ")", "—", "–", "-", "»", "”", "\"":
		return true
	}
	return false
}
