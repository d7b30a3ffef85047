package story

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cotejo/cotejo"
	"github.com/cotejo/cotejo/lang"
)

// Tuning of claim alignment, calibrated on the annotated stories in
// testdata/claims (see TestClaimsAlignmentOnAnnotatedStories).
const (
	// claimThreshold is the similarity from which two statements are one
	// claim.
	claimThreshold = 0.35
	// claimContainment is the weight of containment (the overlap
	// coefficient) against symmetric overlap (Dice) in the similarity: a
	// long sentence that carries extra facts still states the short one.
	claimContainment = 0.7
	// claimNegationSim is the similarity from which two statements that
	// differ in negation are taken to contradict each other rather than to
	// say different things.
	claimNegationSim = 0.75
	// claimFigureBonus raises the similarity of two statements that count
	// the same thing ("al menos 3 muertos", "al menos 5 muertos"): a
	// figure outlets disagree on is often all their wordings share, and
	// conflicting figures must be aligned to be seen.
	claimFigureBonus = 0.1
	// claimMinContentDice is the least overlap two statements must have
	// in what they say besides names for them to be one claim, and a
	// symmetric one (Dice): sentences that share only "Estados Unidos"
	// and "Trump" say different things, and containment alone would let a
	// short statement that shares one word meet any long one.
	claimMinContentDice = 0.15
	// claimMinWords is the fewest words a statement needs to be a claim.
	claimMinWords = 4
	// claimHeadingWords: a line without final punctuation and shorter
	// than this is a heading, a caption or a credit, not a statement.
	claimHeadingWords = 12
	// claimCandidateFeatures is how many of a statement's rarest features
	// propose candidate claims, and claimCandidates how many candidates
	// are scored: together they keep alignment near-linear.
	claimCandidateFeatures = 8
	claimCandidates        = 16
	claimPostingScan       = 256
	claimMembersScored     = 4
	// claimMaxStatements bounds the statements read from one article.
	claimMaxStatements = 2000
	// claimAttributionWindow is how many words after a cue the source's
	// name may stand ("según la agencia de noticias estatal bielorrusa Belta").
	claimAttributionWindow = 7
)

// Claims breaks the story's articles into atomic factual statements,
// aligns the statements that state one fact across articles, and fills
// st.Claims with a status for each: corroborated when two or more
// independent sources report it, single-source when one does (copies of
// one passage, one outlet's articles and relays of one attributed source
// count once), conflicting when aligned statements disagree on a figure, a
// date or a negation.
//
// Statements meet through weighted shared features: word stems, one
// feature per set of synonyms (lang.Synonym: "sismo", "terremoto"), names
// whole or in part and the entity they name, figures in digits or words
// with what they count, and resolved dates. Similarity leans to
// containment, so a long sentence carrying extra facts still states the
// short one.
//
// Run it after Passages (statements inside a shared passage are copies)
// and Entities (names of one entity meet).
func Claims(st *cotejo.Story) {
	if st == nil {
		return
	}
	_, groups := claimCollect(st)
	claimsFrom(st, groups)
}

// CrossCheck fills st.Claims and st.Discrepancies from one reading of the
// story's statements: what Claims then Discrepancies do, at half the cost.
func CrossCheck(st *cotejo.Story) {
	if st == nil {
		return
	}
	ix, groups := claimCollect(st)
	claimsFrom(st, groups)
	discrepanciesFrom(st, ix, groups)
}

func claimsFrom(st *cotejo.Story, groups []*claimGroup) {
	st.Claims = make([]cotejo.Claim, len(groups))
	for n, g := range groups {
		st.Claims[n] = g.claim
	}
}

// claimCollect reads, aligns and builds the story's claims, best sourced
// first and numbered, keeping the statements of each: Discrepancies
// recomputes them (they are deterministic) to compare what each article
// says.
func claimCollect(st *cotejo.Story) (*claimIndex, []*claimGroup) {
	ix := &claimIndex{ids: make(map[string]int), stems: make(map[[2]string]string), entityOf: claimEntityForms(st)}
	var stmts []*claimStatement
	for i, a := range st.Articles {
		if a == nil {
			continue
		}
		stmts = append(stmts, ix.statements(st, i, a)...)
	}
	ix.weigh(stmts)
	clusters := claimAlign(ix, stmts)
	claims := make([]*claimGroup, 0, len(clusters))
	for _, c := range clusters {
		claims = append(claims, claimBuild(st, ix, c))
	}
	slices.SortStableFunc(claims, func(x, y *claimGroup) int {
		if c := cmp.Compare(y.claim.IndependentSources, x.claim.IndependentSources); c != 0 {
			return c
		}
		return cmp.Compare(x.first, y.first)
	})
	for n, c := range claims {
		c.claim.ID = fmt.Sprintf("c%d", n+1)
	}
	return ix, claims
}

// claimStatement is one atomic statement of one article.
type claimStatement struct {
	order   int // position in the story, for first appearance
	art     int // index into Story.Articles
	span    cotejo.Span
	text    string
	feats   []int // sorted feature ids
	weight  float64
	quants  []claimQuantity
	dates   []string       // resolved dates of the Timexes inside
	timexes []cotejo.Timex // the Timexes inside resolved to a day or finer
	negated bool
	sources []claimSource
	// reported: the sentence reports what someone said or published (a
	// cue or a verb of speech), named or not ("explicaron las autoridades")
	reported bool
	passage  string // ID of the shared passage it lies inside, or ""
	// nameStems are the stem features of the words of names ("Estados
	// Unidos" gives the stems of "estados" and "unidos" as well as its
	// name features), sorted: they are not what a statement says.
	nameStems []int
}

// claimSource is a source a statement is attributed to.
type claimSource struct {
	name string // as printed
	key  string // folded last word, so "la agencia Reuters" and "Reuters" meet
	// cue is the attribution as printed, from its cue to the name
	// ("según la agencia Reuters", "fuentes a Reuters"); "" when the source
	// is the subject of a verb of speech ("el Kremlin dijo").
	cue string
}

// claimIndex interns the story's features (stems, names, numbers, dates)
// to ids and weighs them.
type claimIndex struct {
	ids      map[string]int
	entityOf map[string]string    // entity form key → entity ID, for forms of one entity only
	stems    map[[2]string]string // (language, word) → stem: stemming is the costliest step
	df       []int                // statements holding each feature
	kinds    []byte               // kind of each feature: 's'tem, s'y'nonym, 'n'ame, 'e'ntity, '#' number, 'u'nit, 'd'ate
	idf      []float64            // weight of each feature
}

func (ix *claimIndex) stem(l *lang.Language, w string) string {
	k := [2]string{l.Code, w}
	if st, ok := ix.stems[k]; ok {
		return st
	}
	st := l.Stem(w)
	ix.stems[k] = st
	return st
}

func (ix *claimIndex) id(s string) int {
	if id, ok := ix.ids[s]; ok {
		return id
	}
	id := len(ix.df)
	ix.ids[s] = id
	ix.df = append(ix.df, 0)
	ix.kinds = append(ix.kinds, s[0])
	return id
}

// statements splits one article into statements and reads their features.
func (ix *claimIndex) statements(st *cotejo.Story, ai int, a *cotejo.Article) []*claimStatement {
	l := lang.Get(a.Language)
	sents := a.Sentences
	if len(sents) == 0 {
		sents = claimSplitSentences(a.Body)
	}
	var passages []cotejo.Passage
	for _, p := range st.Passages {
		if _, ok := p.Spans[a.ID]; ok {
			passages = append(passages, p)
		}
	}
	var out []*claimStatement
	for _, s := range sents {
		text := s.Text(a.Body)
		if text == "" || claimIsFraming(text) {
			continue
		}
		depth := claimQuoteDepth(text)
		sources := claimAttribution(l, text, depth)
		reported := len(sources) > 0 || claimReported(l, text)
		for _, c := range claimSplitClauses(l, text, depth) {
			span := cotejo.Span{Start: s.Start + c.Start, End: s.Start + c.End}
			if len(lang.Words(span.Text(a.Body))) < claimMinWords {
				continue
			}
			stmt := &claimStatement{
				art: ai, span: span, text: span.Text(a.Body), sources: sources, reported: reported,
				passage: claimPassage(a.ID, span, passages),
			}
			ix.extract(l, a, stmt)
			out = append(out, stmt)
			if len(out) >= claimMaxStatements {
				return out
			}
		}
	}
	return out
}

// claimIsFraming reports whether a sentence is the outlet's framing rather
// than a statement: a question, or a heading, caption or credit (a short
// line without final punctuation).
func claimIsFraming(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return true
	}
	trimmed := strings.TrimRightFunc(s, func(r rune) bool { return unicode.Is(unicode.Pf, r) || strings.ContainsRune(`"'”’»)`, r) })
	last, _ := utf8.DecodeLastRuneInString(trimmed)
	if last == '?' || strings.HasPrefix(s, "¿") && strings.ContainsRune(s, '?') && !strings.ContainsAny(s[strings.LastIndexByte(s, '?'):], ".!") {
		return true
	}
	if strings.ContainsRune(".!…:", last) {
		return false
	}
	return len(lang.Words(s)) < claimHeadingWords
}

// claimSplitSentences is the fallback for articles that arrive without
// sentence spans: lines, split after final punctuation followed by a
// capital. The annotate package does this properly; this only keeps the
// stage usable on bare text.
func claimSplitSentences(body string) []cotejo.Span {
	var out []cotejo.Span
	emit := func(start, end int) {
		for start < end && unicode.IsSpace(rune(body[start])) {
			start++
		}
		for end > start && unicode.IsSpace(rune(body[end-1])) {
			end--
		}
		if end > start {
			out = append(out, cotejo.Span{Start: start, End: end})
		}
	}
	start := 0
	for i := 0; i < len(body); {
		r, n := utf8.DecodeRuneInString(body[i:])
		switch {
		case r == '\n':
			emit(start, i)
			start = i + n
		case r == '.' || r == '!' || r == '?':
			j := i + n
			for j < len(body) {
				c, m := utf8.DecodeRuneInString(body[j:])
				if !strings.ContainsRune(`"'”’»)`, c) {
					break
				}
				j += m
			}
			if j < len(body) && body[j] == ' ' {
				next, _ := utf8.DecodeRuneInString(body[j+1:])
				if unicode.IsUpper(next) || strings.ContainsRune(`"“«¿¡—`, next) {
					emit(start, j)
					start = j
				}
			}
			i = j
			continue
		}
		i += n
	}
	emit(start, len(body))
	return out
}

// claimSplitClauses splits a sentence where a connector joins an
// independent clause with a subject of its own, outside quotations.
// It returns byte ranges into s; depth is claimQuoteDepth(s).
func claimSplitClauses(l *lang.Language, s string, depth claimDepth) []cotejo.Span {
	cuts := []cotejo.Span{{Start: 0, End: len(s)}}
	for _, joint := range l.ClauseJoints() {
		from := 0
		for {
			k := strings.Index(s[from:], joint)
			if k < 0 {
				break
			}
			at := from + k
			from = at + len(joint)
			if depth.quoted(at) {
				continue
			}
			right := s[at+len(joint):]
			ws := lang.Words(right)
			if len(ws) < 5 {
				continue
			}
			first := right[ws[0].Start:ws[0].End]
			r, _ := utf8.DecodeRuneInString(first)
			if joint != "; " && !l.IsSubjectOpener(strings.ToLower(first)) && !unicode.IsUpper(r) {
				continue
			}
			// cut the clause holding at, if its left part is a clause too
			for n, c := range cuts {
				if at <= c.Start || at >= c.End || len(lang.Words(s[c.Start:at])) < 5 {
					continue
				}
				cuts = slices.Insert(cuts, n+1, cotejo.Span{Start: at + len(joint), End: c.End})
				cuts[n].End = at
				break
			}
		}
	}
	return cuts
}

// claimDepth gives, for each byte of a sentence, how many quotations are
// open there; nil when the sentence holds no quotation mark.
type claimDepth []int

// quoted reports whether byte i lies inside a quotation.
func (d claimDepth) quoted(i int) bool { return d != nil && d[i] > 0 }

// claimQuoteDepth measures the quotations of s, so that clauses are not
// cut, nor sources found, inside quoted speech.
func claimQuoteDepth(s string) claimDepth {
	if !strings.ContainsAny(s, "\"“”«»") {
		return nil // most sentences: no allocation
	}
	depth := make(claimDepth, len(s)+1)
	d, straight := 0, false
	for i, r := range s {
		switch r {
		case '“', '«':
			d++
		case '”', '»':
			if d > 0 {
				d--
			}
		case '"':
			straight = !straight
		}
		v := d
		if straight {
			v++
		}
		for k := i; k < i+utf8.RuneLen(r) && k < len(depth); k++ {
			depth[k] = v
		}
	}
	return depth
}

// claimPassage returns the ID of the passage a statement lies inside
// (more than half of it), or "".
func claimPassage(id string, span cotejo.Span, passages []cotejo.Passage) string {
	for _, p := range passages {
		ps := p.Spans[id]
		lo, hi := max(ps.Start, span.Start), min(ps.End, span.End)
		if hi > lo && 2*(hi-lo) > span.Len() {
			return p.ID
		}
	}
	return ""
}

// claimAttribution finds the sources a sentence is attributed to: the
// name after an attribution cue ("según la agencia Belta"), and the
// subject of a verb of speech ("el Kremlin dijo", "…, dijo Lukashenko").
// Cues and verbs inside a quotation are what was said ("«Putin expresó
// su solidaridad…», señala el comunicado"), not who said it.
func claimAttribution(l *lang.Language, s string, depth claimDepth) []claimSource {
	ws := lang.Words(s)
	quoted := func(i int) bool { return depth.quoted(ws[i].Start) }
	folded := make([]string, len(ws))
	for i, w := range ws {
		folded[i] = lang.Fold(s[w.Start:w.End])
	}
	var out []claimSource
	add := func(lo, hi, cue int) {
		if lo < 0 || hi <= lo {
			return
		}
		src := claimSource{name: s[ws[lo].Start:ws[hi-1].End], key: folded[hi-1]}
		if cue >= 0 {
			src.cue = s[ws[cue].Start:ws[hi-1].End]
		}
		for i, o := range out {
			if o.key == src.key {
				if o.cue == "" {
					out[i].cue = src.cue
				}
				return
			}
		}
		out = append(out, src)
	}
	for _, cue := range l.AttributionCues() {
		cw := strings.Fields(lang.Fold(cue))
		for i := 0; i+len(cw) <= len(ws); i++ {
			if !slices.Equal(folded[i:i+len(cw)], cw) || quoted(i) {
				continue
			}
			lo, hi := claimNameAfter(l, s, ws, i+len(cw), false)
			add(lo, hi, i)
		}
	}
	words := claimWordTexts(s, ws)
	for i, w := range ws {
		if !claimReportsAt(l, s, ws, words, i) || quoted(i) {
			continue
		}
		if lo, hi := claimNameBefore(l, s, ws, i); hi > lo {
			add(lo, hi, -1)
			continue
		}
		// "…”, dijo Lukashenko": the speaker follows a verb set off by a
		// comma or a closing quote.
		if i > 0 && strings.ContainsAny(s[ws[i-1].End:w.Start], ",”\"»—") {
			lo, hi := claimNameAfter(l, s, ws, i+1, true)
			add(lo, hi, -1)
		}
	}
	return out
}

// claimWordTexts returns the text of each of the words ws of s.
func claimWordTexts(s string, ws []lang.Word) []string {
	words := make([]string, len(ws))
	for i, w := range ws {
		words[i] = s[w.Start:w.End]
	}
	return words
}

// claimReportsAt reports whether word i of s (ws, their texts words) is
// a verb of speech that reports: after a quote any does ("«…», celebró
// Petro"); before its words, one that also takes an object only with a
// "que" (lang.ReportsAt).
func claimReportsAt(l *lang.Language, s string, ws []lang.Word, words []string, i int) bool {
	afterQuote := i > 0 && strings.ContainsAny(s[ws[i-1].End:ws[i].Start], "”\"»—")
	return afterQuote && l.IsSpeechVerb(words[i]) || l.ReportsAt(words, i)
}

// claimReported reports whether a sentence reports speech or a
// publication: it holds a verb of speech, an attribution cue, or names an
// unnamed source ("las autoridades contabilizaron").
func claimReported(l *lang.Language, s string) bool {
	ws := lang.Words(s)
	words := claimWordTexts(s, ws)
	for i := range ws {
		if claimReportsAt(l, s, ws, words, i) || l.IsInformant(lang.Fold(words[i])) {
			return true
		}
	}
	var b strings.Builder
	b.WriteByte(' ')
	for _, w := range words {
		b.WriteString(lang.Fold(w) + " ")
	}
	folded := b.String()
	for _, cue := range l.AttributionCues() {
		if strings.Contains(folded, " "+lang.Fold(cue)+" ") {
			return true
		}
	}
	return false
}

// claimNameAfter returns the word range of the first name within the
// attribution window after word i, taking an apposition after it when
// there is one ("la agencia estatal de Bielorrusia, Belta,"). After a
// verb (subject set), a name a preposition governs is passed over: "dijo
// la diplomática en una entrevista con Caracol Radio" is not Caracol's.
func claimNameAfter(l *lang.Language, s string, ws []lang.Word, i int, subject bool) (int, int) {
	for k := i; k < len(ws) && k < i+claimAttributionWindow; k++ {
		if k > i && claimBreaks(s[ws[k-1].End:ws[k].Start]) || l.IsComplementizer(s[ws[k].Start:ws[k].End]) {
			return -1, -1 // "dice que las Fuerzas Armadas…" names what was said
		}
		if !claimIsName(l, s, ws, k) {
			continue
		}
		lo, hi := k, claimRunEnd(l, s, ws, k)
		// "afirmó el presidente de Estados Unidos": the country says
		// whose president spoke; the source is the title and its country,
		// or the person an apposition names next ("el portavoz del
		// Kremlin, Dmitri Peskov").
		if k >= 2 && k-2 >= i && l.IsNameJoiner(lang.Fold(s[ws[k-1].Start:ws[k-1].End])) && l.IsRoleNoun(s[ws[k-2].Start:ws[k-2].End]) {
			if hi < len(ws) && strings.TrimSpace(s[ws[hi-1].End:ws[hi].Start]) == "," && claimIsName(l, s, ws, hi) {
				return hi, claimRunEnd(l, s, ws, hi)
			}
			return k - 2, hi
		}
		if subject && k > i && l.IsObjectMarker(s[ws[k-1].Start:ws[k-1].End]) {
			k = claimRunEnd(l, s, ws, k) - 1
			continue
		}
		if hi < len(ws) && strings.TrimSpace(s[ws[hi-1].End:ws[hi].Start]) == "," && claimIsName(l, s, ws, hi) {
			end := claimRunEnd(l, s, ws, hi)
			if end == len(ws) || strings.ContainsAny(s[ws[end-1].End:ws[end].Start], ",.;") {
				return hi, end
			}
		}
		return lo, hi
	}
	return -1, -1
}

// claimNameBefore returns the word range of a name that is the subject of
// the verb at word i: a run of names right before it or separated by
// clitics ("Maduro le dijo", "El Kremlin dijo").
func claimNameBefore(l *lang.Language, s string, ws []lang.Word, i int) (int, int) {
	k := i - 1
	// "La Agencia Nacional de Minería (ANM) informó": the acronym in
	// brackets stands for the name before it.
	if k > 0 && strings.TrimSpace(s[ws[k].End:ws[i].Start]) == ")" && strings.TrimSpace(s[ws[k-1].End:ws[k].Start]) == "(" && claimIsName(l, s, ws, k-1) {
		return claimRunStart(l, s, ws, k-1), k
	}
	for skipped := 0; k >= 0 && skipped < 2 && !claimIsName(l, s, ws, k); k-- {
		if claimBreaks(s[ws[k].End:ws[k+1].Start]) || !l.IsClitic(strings.ToLower(s[ws[k].Start:ws[k].End])) {
			return -1, -1
		}
		skipped++
	}
	if k < 0 || !claimIsName(l, s, ws, k) || claimBreaks(s[ws[k].End:ws[k+1].Start]) {
		return -1, -1
	}
	return claimRunStart(l, s, ws, k), k + 1
}

// claimRunStart returns the start of the run of capitalised words ending
// at k, across joiners inside a name ("Instituto Geofísico del Perú").
func claimRunStart(l *lang.Language, s string, ws []lang.Word, k int) int {
	for k > 0 && !claimBreaks(s[ws[k-1].End:ws[k].Start]) {
		switch {
		case claimIsName(l, s, ws, k-1):
			k--
		case k > 1 && l.IsNameJoiner(s[ws[k-1].Start:ws[k-1].End]) &&
			!claimBreaks(s[ws[k-2].End:ws[k-1].Start]) && claimIsName(l, s, ws, k-2):
			k -= 2
		default:
			return k
		}
	}
	return k
}

// claimRunEnd returns the end of the run of capitalised words from k,
// across joiners inside a name ("Consorcio Provincial de Bomberos").
func claimRunEnd(l *lang.Language, s string, ws []lang.Word, k int) int {
	for k+1 < len(ws) && !claimBreaks(s[ws[k].End:ws[k+1].Start]) {
		switch {
		case claimIsName(l, s, ws, k+1):
			k++
		case k+2 < len(ws) && l.IsNameJoiner(s[ws[k+1].Start:ws[k+1].End]) &&
			!claimBreaks(s[ws[k+1].End:ws[k+2].Start]) && claimIsName(l, s, ws, k+2):
			k += 2
		default:
			return k + 1
		}
	}
	return k + 1
}

// claimIsName reports whether word k is capitalised and not a function
// word ("El", "Según") nor a cue.
func claimIsName(l *lang.Language, s string, ws []lang.Word, k int) bool {
	w := s[ws[k].Start:ws[k].End]
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	low := strings.ToLower(w)
	return !l.IsStop(low) && !l.IsSpeechVerb(low)
}

// claimBreaks reports whether the text between two words ends a phrase.
func claimBreaks(gap string) bool { return strings.ContainsAny(gap, ".,;:()“”\"«»—¿?¡!\n") }

// extract reads a statement's features: stems of content words (one
// feature per set of synonyms), names (capitalised words, entity mentions
// and the entity they name), quantities with the unit they count, resolved
// dates, and whether it is negated. The words naming its attributed
// sources and the cue and speech verbs are left out, so that "según
// Reuters" does not make unrelated statements alike.
func (ix *claimIndex) extract(l *lang.Language, a *cotejo.Article, s *claimStatement) {
	skip := make(map[string]bool)
	for _, src := range s.sources {
		// the cue goes with the name: "de acuerdo con" says nothing of
		// the fact
		for _, w := range lang.Words(src.cue + " " + src.name) {
			skip[lang.Fold((src.cue + " " + src.name)[w.Start:w.End])] = true
		}
	}
	for _, t := range a.Timexes {
		if s.span.Contains(t.Span) && t.Date.Grain >= cotejo.Day {
			s.timexes = append(s.timexes, t)
		}
	}
	// A negation after a contrasting joint negates that clause, not the
	// statement: "Trump dijo que los días de Maduro «están contados»,
	// aunque se negó a decir si…" still says they are ("Russia, China,
	// and Iran did not sign" still says they did not).
	firstClause := len(s.text)
	for _, joint := range l.ContrastJoints() {
		if i := strings.Index(s.text, joint); i >= 0 && i < firstClause {
			firstClause = i
		}
	}
	feats := make(map[int]bool)
	ws := lang.Words(s.text)
	folded := make([]string, len(ws))
	for k, w := range ws {
		folded[k] = lang.Fold(s.text[w.Start:w.End])
	}
	for k := 0; k < len(ws); k++ {
		word := s.text[ws[k].Start:ws[k].End]
		low := strings.ToLower(word)
		if q, n := ix.quantity(l, s, ws, folded, k); n > 0 {
			feats[ix.id("#"+strconv.FormatFloat(q.value, 'f', -1, 64))] = true
			if q.unit != "" {
				s.quants = append(s.quants, q)
				// "3 muertos" and "5 muertos", "17 días" and "dos
				// semanas" speak of one count; "35 kilómetros" and "40
				// kilómetros" need not measure one thing
				if !q.measure {
					feats[ix.id("u"+q.class)] = true
				}
			}
			k += n - 1
			continue
		}
		if l.IsNegation(low) && ws[k].Start < firstClause {
			s.negated = true
		}
		if l.IsStop(low) || skip[folded[k]] || utf8.RuneCountInString(low) < 2 {
			continue
		}
		stem := ix.stem(l, low)
		if syn := l.SynonymOfStem(stem); syn != "" {
			feats[ix.id("y"+syn)] = true
		} else if !l.IsSpeechVerb(low) {
			feats[ix.id("s"+stem)] = true
		}
		if r, _ := utf8.DecodeRuneInString(word); unicode.IsUpper(r) && k > 0 {
			feats[ix.id("n"+stem)] = true
			if syn := l.SynonymOfStem(stem); syn == "" {
				s.nameStems = append(s.nameStems, ix.id("s"+stem))
			}
		}
	}
	for _, m := range a.Mentions {
		if !s.span.Contains(m.Span) || m.Descriptive {
			continue
		}
		named := false // the mention names more than an attributed source
		for _, w := range lang.Words(m.Text) {
			low := strings.ToLower(m.Text[w.Start:w.End])
			if !l.IsStop(low) && !skip[lang.Fold(low)] {
				feats[ix.id("n"+ix.stem(l, low))] = true
				named = true
			}
		}
		if e := ix.entityOf[entityFormKey(m.Text)]; e != "" && named {
			feats[ix.id("e"+e)] = true
		}
	}
	for _, t := range s.timexes {
		d := t.Date.String()[:10]
		s.dates = append(s.dates, d)
		feats[ix.id("d"+d)] = true
	}
	slices.Sort(s.nameStems)
	s.nameStems = slices.Compact(s.nameStems)
	s.feats = make([]int, 0, len(feats))
	for id := range feats {
		s.feats = append(s.feats, id)
		ix.df[id]++
	}
	slices.Sort(s.feats)
}

// claimTimeClass is the measure of every unit of time: "17 días" and
// "dos semanas" measure one span.
const claimTimeClass = "time"

// claimAgeClass is the measure of a person's age.
const claimAgeClass = "age"

// claimIsAge reports whether the figure at k with its unit of years at
// unitAt gives someone's age: "26 years old", or ", de 67 años" in
// apposition to a name or a title ("el exministro de Economía, de 67
// años,"), with nothing after it that makes it a term ("de prisión"). A
// contract or a drought "de cinco años" is no age.
func claimIsAge(l *lang.Language, text string, ws []lang.Word, folded []string, k, unitAt int) bool {
	if unitAt+1 < len(folded) && l.IsAgeAfter(folded[unitAt+1]) {
		return true
	}
	if k < 2 || !l.IsAgeBefore(folded[k-1]) {
		return false
	}
	if gap := text[ws[k-2].End:ws[k-1].Start]; !strings.Contains(gap, ",") && !strings.Contains(gap, "(") {
		return false
	}
	if unitAt+1 < len(folded) && l.IsNameJoiner(folded[unitAt+1]) {
		return false // ", de 5 años de prisión,"
	}
	before := text[ws[k-2].Start:ws[k-2].End]
	r, _ := utf8.DecodeRuneInString(before)
	return unicode.IsUpper(r) || l.IsRoleNoun(strings.ToLower(before))
}

// claimQuantity is a figure a statement gives: "poco más de dos semanas".
type claimQuantity struct {
	value  float64
	approx string // the approximator, folded, or "" ("poco mas de")
	stress bool   // the approximator only stresses the figure ("apenas")
	unit   string // stem of what it counts, or "" when nothing follows
	class  string // what it measures: a unit of time, or the unit's synonym set
	text   string // as printed, approximator and unit included
	word   string // the unit as printed
	// measure: the unit is one of measure ("kilómetros"), not a thing
	// counted ("muertos")
	measure  bool
	unitDays float64 // the length in days of a unit of time, 0 for other units
}

// key is the quantity normalised: the same figure written in digits or in
// words, with or without a stressing adverb, gives one key.
func (q claimQuantity) key() string { return q.approxKey() + "|" + q.unit }

// approxKey is the figure with its approximator, without its unit.
func (q claimQuantity) approxKey() string {
	approx := q.approx
	if q.stress {
		approx = ""
	}
	return approx + "|" + strconv.FormatFloat(q.value, 'f', -1, 64)
}

// quantity reads the number starting at word k, in digits or in words,
// with the approximator before it and the unit after it, and returns it
// with the number of words the number itself takes (0 when there is none
// at k). A number inside a date ("21 de noviembre") is the date's, not a
// quantity.
func (ix *claimIndex) quantity(l *lang.Language, s *claimStatement, ws []lang.Word, folded []string, k int) (claimQuantity, int) {
	var q claimQuantity
	n := 0
	if r, _ := utf8.DecodeRuneInString(folded[k]); unicode.IsDigit(r) {
		v, err := strconv.ParseFloat(claimNumber(folded[k]), 64)
		if err != nil {
			return q, 0
		}
		q.value, n = v, 1
	} else {
		next := ""
		if k+1 < len(folded) {
			next = folded[k+1]
		}
		strong := l.IsDurationUnit(next)
		v, m, _ := l.SpelledNumber(folded[k:min(len(folded), k+8)], strong)
		if m == 0 {
			return q, 0
		}
		q.value, n = v, m
	}
	end := k + n - 1
	sp := cotejo.Span{Start: s.span.Start + ws[k].Start, End: s.span.Start + ws[end].End}
	for _, t := range s.timexes {
		if t.Span.Contains(sp) {
			return q, n
		}
	}
	unitAt := claimUnitWord(l, s.text, ws, end)
	if p := l.Percent(folded[end+1 : min(len(folded), end+3)]); p > 0 && !claimBreaks(s.text[ws[end].End:ws[end+1].Start]) {
		unitAt = -2
		q.word = s.text[ws[end+1].Start:ws[end+p].End]
		end += p
		n += p
	}
	switch {
	case unitAt == -2:
		q.unit, q.class = "%", "%"
		if q.word == "" {
			q.word = "%"
		}
	case unitAt >= 0:
		if l.Month(folded[unitAt]) > 0 {
			return q, n
		}
		q.word = s.text[ws[unitAt].Start:ws[unitAt].End]
		q.unit = ix.stem(l, strings.ToLower(q.word))
		if syn := l.SynonymOfStem(q.unit); syn != "" {
			q.unit = syn
		}
		q.class = q.unit
		q.measure = l.IsMeasureUnit(folded[unitAt])
		if l.IsDurationUnit(folded[unitAt]) {
			if claimIsClock(folded[k]) && l.IsClockUnit(folded[unitAt]) {
				return claimQuantity{}, n
			}
			q.class = claimTimeClass
			q.unitDays = l.DurationDays(folded[unitAt])
			if claimIsAge(l, s.text, ws, folded, k, unitAt) {
				// "el exministro, de 67 años," is an age, compared only
				// with ages, not with "8 años de prisión".
				q.class, q.unitDays = claimAgeClass, 0
			}
		}
		// "25 puntos base" and "un cuarto de punto porcentual" measure
		// one thing in two units
		if unitAt+1 < len(ws) && l.IsUnitQualifier(folded[unitAt+1]) && !claimBreaks(s.text[ws[unitAt].End:ws[unitAt+1].Start]) {
			q.unit += " " + folded[unitAt+1]
			q.word = s.text[ws[unitAt].Start:ws[unitAt+1].End]
			unitAt++
		}
	default:
		return q, n
	}
	start := k
	if a, stress := l.Approximator(folded[max(0, k-4):k]); a > 0 && !claimBreaks(s.text[ws[k-a].End:ws[k].Start]) {
		start = k - a
		q.approx, q.stress = strings.Join(folded[start:k], " "), stress
	}
	textEnd := ws[end].End
	if unitAt >= 0 {
		textEnd = ws[unitAt].End
	} else if i := strings.IndexByte(s.text[textEnd:], '%'); q.word == "%" && i >= 0 {
		textEnd += i + 1
	}
	q.text = s.text[ws[start].Start:textEnd]
	return q, n
}

// claimIsClock reports whether a figure is written as a time of day:
// hours, a point or a colon, two digits of minutes ("11.00", "9:30").
func claimIsClock(w string) bool {
	i := strings.IndexAny(w, ".:")
	if i < 1 || i > 2 || len(w)-i != 3 {
		return false
	}
	h, err1 := strconv.Atoi(w[:i])
	m, err2 := strconv.Atoi(w[i+1:])
	return err1 == nil && err2 == nil && h <= 24 && m < 60
}

// claimNumber normalises a number as printed: thousands separators go,
// the decimal comma becomes a point ("1.500" → "1500", "3,5" → "3.5").
func claimNumber(w string) string {
	if strings.Count(w, ".") > 0 && !strings.Contains(w, ",") && len(w)-strings.LastIndexByte(w, '.') == 4 {
		w = strings.ReplaceAll(w, ".", "")
	}
	if strings.Contains(w, ",") && len(w)-strings.LastIndexByte(w, ',') == 4 {
		w = strings.ReplaceAll(w, ",", "")
	}
	return strings.ReplaceAll(w, ",", ".")
}

// claimUnitWord returns the index of the word a number ending at word k
// counts: the next content word, skipping function words ("17 días",
// "una docena de buques" → "buques"); -2 for a percent sign; -1 when the
// number ends its phrase.
func claimUnitWord(l *lang.Language, s string, ws []lang.Word, k int) int {
	if k+1 < len(ws) && strings.Contains(s[ws[k].End:ws[k+1].Start], "%") || k+1 == len(ws) && strings.Contains(s[ws[k].End:], "%") {
		return -2
	}
	for j := k + 1; j < len(ws) && j <= k+3; j++ {
		if claimBreaks(s[ws[j-1].End:ws[j].Start]) {
			return -1
		}
		low := strings.ToLower(s[ws[j].Start:ws[j].End])
		if l.IsUnitLink(lang.Fold(low)) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(low)
		if unicode.IsDigit(r) || l.IsStop(low) || l.IsSpeechVerb(low) {
			return -1
		}
		return j
	}
	return -1
}

// weigh sets the weight of each feature, the inverse of how many of the
// story's statements hold it, with names, numbers and dates counting
// more, and each statement's total weight.
func (ix *claimIndex) weigh(stmts []*claimStatement) {
	ix.idf = make([]float64, len(ix.df))
	for id, df := range ix.df {
		ix.idf[id] = math.Log(1 + float64(len(stmts))/float64(max(df, 1)))
	}
	for name, id := range ix.ids {
		if name[0] != 's' {
			ix.idf[id] *= 1.5
		}
	}
	for n, s := range stmts {
		s.order = n
		s.weight = 0
		for _, id := range s.feats {
			s.weight += ix.idf[id]
		}
	}
}

// sim is the similarity of two statements: a weighted mean of the Dice
// and the overlap coefficients of their weighted features, leaning to
// overlap so that a short rewording of a longer statement still meets it.
func (ix *claimIndex) sim(a, b *claimStatement) float64 {
	dice, overlap := ix.coefficients(a, b)
	return (1-claimContainment)*dice + claimContainment*overlap
}

// coefficients returns the Dice and the overlap coefficients of two
// statements' weighted features. Fewer than two shared features is no
// evidence at all.
func (ix *claimIndex) coefficients(a, b *claimStatement) (dice, overlap float64) {
	return ix.coefficientsOf(a, b, keepAll, 2)
}

func keepAll(int) bool { return true }

// contentOverlap is the overlap coefficient of what two statements say
// besides names: two statements about the same people may say different
// things.
func (ix *claimIndex) contentOverlap(a, b *claimStatement) float64 {
	_, overlap := ix.contentCoefficients(a, b)
	return overlap
}

// contentCoefficients is coefficients over what two statements say
// besides names.
func (ix *claimIndex) contentCoefficients(a, b *claimStatement) (dice, overlap float64) {
	return ix.coefficientsOf(a, b, func(id int) bool {
		if ix.kinds[id] == 'n' || ix.kinds[id] == 'e' {
			return false
		}
		_, inA := slices.BinarySearch(a.nameStems, id)
		_, inB := slices.BinarySearch(b.nameStems, id)
		return !inA && !inB
	}, 1)
}

// coefficientsOf is coefficients over the features keep lets through,
// zero when the statements share fewer than minShared of them.
func (ix *claimIndex) coefficientsOf(a, b *claimStatement, keep func(int) bool, minShared int) (dice, overlap float64) {
	wa, wb := 0.0, 0.0
	for _, f := range a.feats {
		if keep(f) {
			wa += ix.idf[f]
		}
	}
	for _, f := range b.feats {
		if keep(f) {
			wb += ix.idf[f]
		}
	}
	shared, n := ix.sharedOf(a, b, keep)
	if n < minShared || wa == 0 || wb == 0 {
		return 0, 0
	}
	return 2 * shared / (wa + wb), shared / min(wa, wb)
}

// sharedOf returns the weight and the number of the features two
// statements share that keep lets through.
func (ix *claimIndex) sharedOf(a, b *claimStatement, keep func(int) bool) (shared float64, n int) {
	i, j := 0, 0
	for i < len(a.feats) && j < len(b.feats) {
		switch {
		case a.feats[i] < b.feats[j]:
			i++
		case a.feats[i] > b.feats[j]:
			j++
		default:
			if keep(a.feats[i]) {
				shared += ix.idf[a.feats[i]]
				n++
			}
			i++
			j++
		}
	}
	return shared, n
}

// sayAlike reports whether two statements overlap enough in what they
// say besides names to be one claim. (Dice never exceeds the overlap
// coefficient, so a bound on Dice bounds both.)
func (ix *claimIndex) sayAlike(a, b *claimStatement) bool {
	dice, _ := ix.contentCoefficients(a, b)
	return dice >= claimMinContentDice
}

// claimCluster is a set of statements taken to state one fact.
type claimCluster struct {
	members []*claimStatement
	extras  []*claimStatement // further statements of articles already in members
	arts    map[int]bool
}

// claimAlign clusters statements in one pass: each joins the most similar
// claim found so far, from other articles, when it is similar enough, or
// starts a claim of its own. Candidates come from an inverted index of the
// statement's rarest features over claims, so the work is near-linear in
// the number of statements.
func claimAlign(ix *claimIndex, stmts []*claimStatement) []*claimCluster {
	var clusters []*claimCluster
	postings := make(map[int][]int) // feature → claims holding it
	counts := make(map[int]int)
	for _, s := range stmts {
		// a feature no other statement holds proposes nothing: the rarest
		// of the shared ones do
		rare := make([]int, 0, len(s.feats))
		for _, f := range s.feats {
			if ix.df[f] > 1 {
				rare = append(rare, f)
			}
		}
		slices.SortFunc(rare, func(x, y int) int { return cmp.Compare(ix.df[x], ix.df[y]) })
		if len(rare) > claimCandidateFeatures {
			rare = rare[:claimCandidateFeatures]
		}
		clear(counts)
		for _, f := range rare {
			p := postings[f]
			if len(p) > claimPostingScan {
				p = p[len(p)-claimPostingScan:]
			}
			for _, c := range p {
				counts[c]++
			}
		}
		cands := make([]int, 0, len(counts))
		for c := range counts {
			cands = append(cands, c)
		}
		slices.SortFunc(cands, func(x, y int) int {
			if d := cmp.Compare(counts[y], counts[x]); d != 0 {
				return d
			}
			return cmp.Compare(x, y)
		})
		if len(cands) > claimCandidates {
			cands = cands[:claimCandidates]
		}
		// A claim that already holds a statement of this article cannot
		// take another; when it is still the closest, the statement
		// starts a claim of its own and is kept as a further wording of
		// that one (its figures are the article's when the first has none).
		best, bestSim, taken := -1, claimThreshold, false
		for _, c := range cands {
			blocked := clusters[c].arts[s.art]
			for m, other := range clusters[c].members {
				if m == claimMembersScored {
					break
				}
				v := ix.sim(s, other)
				if v > 0 && claimShareCount(s, other) {
					v += claimFigureBonus
				} else if v > claimThreshold && !ix.sayAlike(s, other) {
					continue
				}
				if v > bestSim || v == bestSim && !blocked {
					best, bestSim, taken = c, v, blocked
				}
			}
		}
		if taken {
			clusters[best].extras = append(clusters[best].extras, s)
		}
		if best < 0 || taken {
			best = len(clusters)
			clusters = append(clusters, &claimCluster{arts: make(map[int]bool)})
		}
		c := clusters[best]
		if len(c.members) < claimMembersScored {
			for _, f := range s.feats {
				if p := postings[f]; len(p) == 0 || p[len(p)-1] != best {
					postings[f] = append(p, best)
				}
			}
		}
		c.members = append(c.members, s)
		c.arts[s.art] = true
	}
	return clusters
}

// claimShareCount reports whether two statements give a count of the same
// things (not a span of time, a percentage or a measure, which statements
// about different things give alike).
func claimShareCount(a, b *claimStatement) bool {
	for _, q := range a.quants {
		if q.class == claimTimeClass || q.class == "%" || q.measure {
			continue
		}
		for _, r := range b.quants {
			if r.class == q.class {
				return true
			}
		}
	}
	return false
}

// claimGroup is a built claim with its first appearance, for ordering.
type claimGroup struct {
	claim   cotejo.Claim
	first   int
	members []*claimStatement // in order of appearance
	extras  []*claimStatement // further wordings by articles already among members
}

// claimBuild turns a cluster into a claim: its text, evidence,
// attribution, independent sources and status.
func claimBuild(st *cotejo.Story, ix *claimIndex, c *claimCluster) *claimGroup {
	members := slices.Clone(c.members)
	slices.SortStableFunc(members, func(x, y *claimStatement) int { return cmp.Compare(x.order, y.order) })
	text := claimWording(ix, members)
	claim := cotejo.Claim{Text: text.text, Evidence: make([]cotejo.ClaimEvidence, 0, len(members))}
	seen := map[string]bool{}
	for _, m := range members {
		claim.Evidence = append(claim.Evidence, cotejo.ClaimEvidence{Article: st.Articles[m.art].ID, Sentence: m.text})
		for _, src := range m.sources {
			if !seen[src.key] {
				seen[src.key] = true
				claim.AttributedTo = append(claim.AttributedTo, src.name)
			}
		}
	}
	sort.Strings(claim.AttributedTo)
	claim.IndependentSources = claimIndependent(st, members)
	switch {
	case claimConflicts(ix, members):
		claim.Status = cotejo.Conflicting
	case claim.IndependentSources >= 2:
		claim.Status = cotejo.Corroborated
	default:
		claim.Status = cotejo.SingleSource
	}
	return &claimGroup{claim: claim, first: members[0].order, members: members, extras: c.extras}
}

// claimWording picks the statement that words a claim: the one the other
// statements cover best, so that the text cited to all of them says what
// they share and not one outlet's extra facts ("the spokesman called the
// handover a great victory" is not what the article that only reports
// the handover says). Ties go to the earliest.
func claimWording(ix *claimIndex, members []*claimStatement) *claimStatement {
	// How many members hold each feature: a member's cover is then the
	// weight of its features times the other members holding them, in
	// time linear in the features.
	holders := make(map[int]int)
	for _, m := range members {
		for _, f := range m.feats {
			holders[f]++
		}
	}
	best, bestCover := members[0], -1.0
	for _, m := range members {
		if m.weight == 0 {
			continue
		}
		cover := 0.0
		for _, f := range m.feats {
			cover += ix.idf[f] * float64(holders[f]-1)
		}
		if cover /= m.weight; cover > bestCover+1e-9 {
			best, bestCover = m, cover
		}
	}
	return best
}

// claimIndependent counts the independent sources among the statements of
// one claim: statements are one source when they come from one outlet,
// lie in one shared passage, or are attributed to one source (or to the
// outlet that is that source).
func claimIndependent(st *cotejo.Story, members []*claimStatement) int {
	uf := newPassageUF(len(members))
	owner := make(map[string]int)
	join := func(key string, m int) {
		if o, ok := owner[key]; ok {
			uf.union(o, m)
		} else {
			owner[key] = m
		}
	}
	var keys []string
	for _, m := range members {
		for _, src := range m.sources {
			keys = append(keys, src.key)
		}
	}
	for n, m := range members {
		a := st.Articles[m.art]
		outlet := a.Outlet
		if outlet == "" {
			outlet = "\x00" + a.ID
		}
		join("o"+outlet, n)
		if m.passage != "" {
			join("p"+m.passage, n)
		}
		for _, src := range m.sources {
			join("s"+src.key, n)
		}
		fo := lang.Fold(a.Outlet)
		for _, k := range keys {
			if len(k) >= 3 && strings.Contains(fo, k) {
				join("s"+k, n)
			}
		}
	}
	roots := make(map[int]bool)
	for n := range members {
		roots[uf.find(n)] = true
	}
	return len(roots)
}

// claimConflicts reports whether statements of one claim disagree: a
// different figure for the same unit ("17 días" and "15 días"), disjoint
// resolved dates, or one negating what a close wording of it states.
// Statements of one claim come from different articles.
func claimConflicts(ix *claimIndex, members []*claimStatement) bool {
	return claimNumbersDiffer(members) || claimDatesDiffer(members) || claimNegationDiffers(ix, members)
}

// claimNumbersDiffer reports whether two statements give different values
// for the same unit, qualifiers aside ("al menos 3 muertos" and "al menos
// 5 muertos"; not "17 días" and "menos de 17 días"), or, when each gives
// one count, different counts ("21 mineros" and "19 muertos"). Different
// units of time ("17 días", "dos semanas") are shown as a discrepancy but
// do not make the claim conflicting.
func claimNumbersDiffer(members []*claimStatement) bool {
	measure := claimMeasure(members)
	values := make(map[string]float64) // unit or merged count → first value given for it
	for _, m := range members {
		for _, q := range m.quants {
			key := q.unit
			if c := measure(q); c == claimCountClass {
				key = c
			}
			if v, ok := values[key]; !ok {
				values[key] = q.value
			} else if v != q.value {
				return true
			}
		}
	}
	return false
}

// claimCountClass is the measure of counts merged across units.
const claimCountClass = "count"

// claimMeasure returns what a quantity of the claim's statements measures:
// its class, or, when each statement gives at most one figure, a count
// (neither a span of time nor a percentage), and they count different
// nouns ("21 mineros murieron", "dejó 19 muertos"), one merged count:
// aligned statements that each give one count give the same one.
func claimMeasure(members []*claimStatement) func(claimQuantity) string {
	counts := map[string]bool{}
	merge := true
	for _, m := range members {
		switch {
		case len(m.quants) > 1:
			merge = false
		case len(m.quants) == 1:
			c := m.quants[0].class
			merge = merge && c != claimTimeClass && c != "%"
			counts[c] = true
		}
	}
	merge = merge && len(counts) > 1
	return func(q claimQuantity) string {
		if merge {
			return claimCountClass
		}
		return q.class
	}
}

// claimDatesDiffer reports whether two dated statements share no date.
func claimDatesDiffer(members []*claimStatement) bool {
	var first *claimStatement
	for _, m := range members {
		if len(m.dates) == 0 {
			continue
		}
		if first == nil {
			first = m
		} else if !claimShareAny(first.dates, m.dates) {
			return true
		}
	}
	return false
}

// claimNegationDiffers reports whether a statement negates what a close
// wording of the claim's first statement states.
func claimNegationDiffers(ix *claimIndex, members []*claimStatement) bool {
	for _, m := range members[1:] {
		if m.negated != members[0].negated && ix.sim(m, members[0]) >= claimNegationSim {
			return true
		}
	}
	return false
}

// claimEntityForms maps each surface form of the story's entities to the
// entity, leaving out forms two entities share, so that "Banxico" and
// "Banco de México" meet when the entity merge joined them.
func claimEntityForms(st *cotejo.Story) map[string]string {
	out := make(map[string]string)
	for _, e := range st.Entities {
		for _, f := range append([]string{e.Name}, e.Aliases...) {
			k := entityFormKey(f)
			if o, ok := out[k]; ok && o != e.ID {
				out[k] = ""
				continue
			}
			out[k] = e.ID
		}
	}
	return out
}

func claimShareAny(a, b []string) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}
