package story

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"sort"
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
	claimThreshold = 0.33
	// claimNegationSim is the similarity from which two statements that
	// differ in negation are taken to contradict each other rather than to
	// say different things.
	claimNegationSim = 0.6
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
// count once), conflicting when aligned statements disagree on a number, a
// date or a negation.
//
// Run it after Passages: statements inside a shared passage are copies.
func Claims(st *cotejo.Story) {
	if st == nil {
		return
	}
	ix := &claimIndex{ids: make(map[string]int), stems: make(map[[2]string]string)}
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
	st.Claims = make([]cotejo.Claim, len(claims))
	for n, c := range claims {
		c.claim.ID = fmt.Sprintf("c%d", n+1)
		st.Claims[n] = c.claim
	}
}

// claimStatement is one atomic statement of one article.
type claimStatement struct {
	order   int // position in the story, for first appearance
	art     int // index into Story.Articles
	span    cotejo.Span
	text    string
	feats   []int // sorted feature ids
	weight  float64
	nums    map[string]string // unit stem → the number given for it
	dates   []string          // resolved dates of the Timexes inside
	negated bool
	sources []claimSource
	passage string // ID of the shared passage it lies inside, or ""
}

// claimSource is a source a statement is attributed to.
type claimSource struct {
	name string // as printed
	key  string // folded last word, so "la agencia Reuters" and "Reuters" meet
}

// claimIndex interns the story's features (stems, names, numbers, dates)
// to ids and weighs them.
type claimIndex struct {
	ids   map[string]int
	stems map[[2]string]string // (language, word) → stem: stemming is the costliest step
	df    []int                // statements holding each feature
	idf   []float64            // weight of each feature
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
		sources := claimAttribution(l, text)
		for _, c := range claimSplitClauses(l, text) {
			span := cotejo.Span{Start: s.Start + c.Start, End: s.Start + c.End}
			if len(lang.Words(span.Text(a.Body))) < claimMinWords {
				continue
			}
			stmt := &claimStatement{
				art: ai, span: span, text: span.Text(a.Body), sources: sources,
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
// It returns byte ranges into s.
func claimSplitClauses(l *lang.Language, s string) []cotejo.Span {
	cuts := []cotejo.Span{{Start: 0, End: len(s)}}
	depth := claimQuoteDepth(s)
	for _, joint := range l.ClauseJoints() {
		from := 0
		for {
			k := strings.Index(s[from:], joint)
			if k < 0 {
				break
			}
			at := from + k
			from = at + len(joint)
			if depth[at] != 0 {
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

// claimQuoteDepth gives, for each byte of s, how many quotations are open
// there, so that clauses are not cut inside quoted speech.
func claimQuoteDepth(s string) []int {
	depth := make([]int, len(s)+1)
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
func claimAttribution(l *lang.Language, s string) []claimSource {
	ws := lang.Words(s)
	folded := make([]string, len(ws))
	for i, w := range ws {
		folded[i] = lang.Fold(s[w.Start:w.End])
	}
	var out []claimSource
	add := func(lo, hi int) {
		if lo < 0 || hi <= lo {
			return
		}
		name := s[ws[lo].Start:ws[hi-1].End]
		key := folded[hi-1]
		for _, o := range out {
			if o.key == key {
				return
			}
		}
		out = append(out, claimSource{name: name, key: key})
	}
	for _, cue := range l.AttributionCues() {
		cw := strings.Fields(lang.Fold(cue))
		for i := 0; i+len(cw) <= len(ws); i++ {
			if !slices.Equal(folded[i:i+len(cw)], cw) {
				continue
			}
			add(claimNameAfter(l, s, ws, i+len(cw)))
		}
	}
	for i, w := range ws {
		if !l.IsSpeechVerb(s[w.Start:w.End]) {
			continue
		}
		if lo, hi := claimNameBefore(l, s, ws, i); hi > lo {
			add(lo, hi)
			continue
		}
		// "…”, dijo Lukashenko": the speaker follows a verb set off by a
		// comma or a closing quote.
		if i > 0 && strings.ContainsAny(s[ws[i-1].End:w.Start], ",”\"»—") {
			add(claimNameAfter(l, s, ws, i+1))
		}
	}
	return out
}

// claimNameAfter returns the word range of the first name within the
// attribution window after word i, taking an apposition after it when
// there is one ("la agencia estatal de Bielorrusia, Belta,").
func claimNameAfter(l *lang.Language, s string, ws []lang.Word, i int) (int, int) {
	for k := i; k < len(ws) && k < i+claimAttributionWindow; k++ {
		if k > i && claimBreaks(s[ws[k-1].End:ws[k].Start]) {
			return -1, -1
		}
		if !claimIsName(l, s, ws, k) {
			continue
		}
		lo, hi := k, claimRunEnd(l, s, ws, k)
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
	for skipped := 0; k >= 0 && skipped < 2 && !claimIsName(l, s, ws, k); k-- {
		if claimBreaks(s[ws[k].End:ws[k+1].Start]) || !l.IsClitic(strings.ToLower(s[ws[k].Start:ws[k].End])) {
			return -1, -1
		}
		skipped++
	}
	if k < 0 || !claimIsName(l, s, ws, k) || claimBreaks(s[ws[k].End:ws[k+1].Start]) {
		return -1, -1
	}
	hi := k + 1
	for k > 0 && claimIsName(l, s, ws, k-1) && !claimBreaks(s[ws[k-1].End:ws[k].Start]) {
		k--
	}
	return k, hi
}

// claimRunEnd returns the end of the run of capitalised words from k.
func claimRunEnd(l *lang.Language, s string, ws []lang.Word, k int) int {
	for k+1 < len(ws) && claimIsName(l, s, ws, k+1) && !claimBreaks(s[ws[k].End:ws[k+1].Start]) {
		k++
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

// extract reads a statement's features: stems of content words, names
// (capitalised words and entity mentions), numbers with the word they
// count, resolved dates, and whether it is negated. The words naming its
// attributed sources and the cue and speech verbs are left out, so that
// "según Reuters" does not make unrelated statements alike.
func (ix *claimIndex) extract(l *lang.Language, a *cotejo.Article, s *claimStatement) {
	skip := make(map[string]bool)
	for _, src := range s.sources {
		for _, w := range strings.Fields(lang.Fold(src.name)) {
			skip[w] = true
		}
	}
	feats := make(map[int]bool)
	ws := lang.Words(s.text)
	for k, w := range ws {
		word := s.text[w.Start:w.End]
		low := strings.ToLower(word)
		r, _ := utf8.DecodeRuneInString(word)
		if unicode.IsDigit(r) {
			value := claimNumber(word)
			feats[ix.id("#"+value)] = true
			if unit := claimUnit(ix, l, s.text, ws, k); unit != "" {
				if s.nums == nil {
					s.nums = make(map[string]string)
				}
				s.nums[unit] = value
				// "3 muertos" and "5 muertos" speak of one count
				feats[ix.id("u"+unit)] = true
			}
			continue
		}
		if l.IsNegation(low) {
			s.negated = true
		}
		if l.IsStop(low) || l.IsSpeechVerb(low) || skip[lang.Fold(low)] || utf8.RuneCountInString(low) < 2 {
			continue
		}
		stem := ix.stem(l, low)
		feats[ix.id("s"+stem)] = true
		if unicode.IsUpper(r) && k > 0 {
			feats[ix.id("n"+stem)] = true
		}
	}
	for _, m := range a.Mentions {
		if !s.span.Contains(m.Span) || m.Descriptive {
			continue
		}
		for _, w := range lang.Words(m.Text) {
			low := strings.ToLower(m.Text[w.Start:w.End])
			if !l.IsStop(low) && !skip[lang.Fold(low)] {
				feats[ix.id("n"+ix.stem(l, low))] = true
			}
		}
	}
	for _, t := range a.Timexes {
		if s.span.Contains(t.Span) && t.Date.Grain >= cotejo.Day {
			d := t.Date.String()[:10]
			s.dates = append(s.dates, d)
			feats[ix.id("d"+d)] = true
		}
	}
	s.feats = make([]int, 0, len(feats))
	for id := range feats {
		s.feats = append(s.feats, id)
		ix.df[id]++
	}
	slices.Sort(s.feats)
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

// claimUnit returns the stem of what a number counts: the next content
// word, skipping function words ("17 días" → "dia", "21 de noviembre" →
// "noviembr"), a percent sign, or "" when the number ends its phrase.
func claimUnit(ix *claimIndex, l *lang.Language, s string, ws []lang.Word, k int) string {
	if k+1 < len(ws) && strings.Contains(s[ws[k].End:ws[k+1].Start], "%") || k+1 == len(ws) && strings.Contains(s[ws[k].End:], "%") {
		return "%"
	}
	for j := k + 1; j < len(ws) && j <= k+3; j++ {
		if claimBreaks(s[ws[j-1].End:ws[j].Start]) {
			return ""
		}
		low := strings.ToLower(s[ws[j].Start:ws[j].End])
		if l.IsStop(low) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(low)
		if unicode.IsDigit(r) {
			return ""
		}
		return ix.stem(l, low)
	}
	return ""
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

// sim is the similarity of two statements: the mean of the Dice and the
// overlap coefficients of their weighted features, so that a short
// rewording of a longer statement still meets it. Fewer than two shared
// features is no evidence at all.
func (ix *claimIndex) sim(a, b *claimStatement) float64 {
	shared, n := 0.0, 0
	i, j := 0, 0
	for i < len(a.feats) && j < len(b.feats) {
		switch {
		case a.feats[i] < b.feats[j]:
			i++
		case a.feats[i] > b.feats[j]:
			j++
		default:
			shared += ix.idf[a.feats[i]]
			n++
			i++
			j++
		}
	}
	if n < 2 || a.weight == 0 || b.weight == 0 {
		return 0
	}
	dice := 2 * shared / (a.weight + b.weight)
	overlap := shared / min(a.weight, b.weight)
	return (dice + overlap) / 2
}

// claimCluster is a set of statements taken to state one fact.
type claimCluster struct {
	members []*claimStatement
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
		rare := slices.Clone(s.feats)
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
			if !clusters[c].arts[s.art] {
				cands = append(cands, c)
			}
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
		best, bestSim := -1, claimThreshold
		for _, c := range cands {
			for m, other := range clusters[c].members {
				if m == claimMembersScored {
					break
				}
				if v := ix.sim(s, other); v >= bestSim {
					best, bestSim = c, v
				}
			}
		}
		if best < 0 {
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

// claimGroup is a built claim with its first appearance, for ordering.
type claimGroup struct {
	claim cotejo.Claim
	first int
}

// claimBuild turns a cluster into a claim: its text, evidence,
// attribution, independent sources and status.
func claimBuild(st *cotejo.Story, ix *claimIndex, c *claimCluster) *claimGroup {
	members := slices.Clone(c.members)
	slices.SortStableFunc(members, func(x, y *claimStatement) int { return cmp.Compare(x.order, y.order) })
	text := members[0]
	for _, m := range members[1:] {
		if m.weight > text.weight*1.15 {
			text = m
		}
	}
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
	return &claimGroup{claim: claim, first: members[0].order}
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
// different number for the same unit ("17 días" and "15 días"), disjoint
// resolved dates, or one negating what a close wording of it states.
// Statements of one claim come from different articles.
func claimConflicts(ix *claimIndex, members []*claimStatement) bool {
	values := make(map[string]string) // unit → first value given for it
	var firstDated *claimStatement
	for _, m := range members {
		for unit, v := range m.nums {
			if w, ok := values[unit]; !ok {
				values[unit] = v
			} else if w != v {
				return true
			}
		}
		if len(m.dates) == 0 {
			continue
		}
		if firstDated == nil {
			firstDated = m
		} else if !claimShareAny(firstDated.dates, m.dates) {
			return true
		}
	}
	for _, m := range members[1:] {
		if m.negated != members[0].negated && ix.sim(m, members[0]) >= claimNegationSim {
			return true
		}
	}
	return false
}

func claimShareAny(a, b []string) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}
