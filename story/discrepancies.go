package story

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cotejo/cotejo"
	"github.com/cotejo/cotejo/lang"
)

// Discrepancy kinds, most important first: the order Discrepancies lists
// them in.
const (
	DiscrepancyNumber      = "number"      // different figures for one quantity
	DiscrepancyDate        = "date"        // different dates for one fact
	DiscrepancyNegation    = "negation"    // one outlet denies what another states
	DiscrepancyName        = "name"        // different spellings of one name
	DiscrepancyAttribution = "attribution" // stated as fact by one, attributed by another
	DiscrepancyRole        = "role"        // different titles for one person
)

var discrepancyRank = map[string]int{
	DiscrepancyNumber: 0, DiscrepancyDate: 1, DiscrepancyNegation: 2,
	DiscrepancyName: 3, DiscrepancyAttribution: 4, DiscrepancyRole: 5,
}

// StatedAsFact is the value of an article that states without attribution
// what another attributes to a source.
const StatedAsFact = "stated as fact"

const (
	// discrepancyKeyWords is how many of a claim's key words describe it.
	discrepancyKeyWords = 6
	// discrepancyAttributionSim is the overlap of content (names aside)
	// from which a statement without attribution says what an attributed
	// one says.
	discrepancyAttributionSim = 0.5
)

// Discrepancies fills st.Discrepancies with every disagreement between the
// story's articles a reader should see, each with the value each article
// gives: figures and dates that differ between the statements of one
// claim, statements one outlet negates, spellings of one entity's name,
// claims one outlet states as fact and another attributes to a source, and
// clearly different titles for one person. They are ordered by kind
// (number, date, negation, name, attribution, role), then by first
// appearance.
//
// Run it after Passages, Entities and Claims: it recomputes the claims'
// alignment (it is deterministic) to compare the statements themselves.
func Discrepancies(st *cotejo.Story) {
	if st == nil {
		return
	}
	ix, groups := claimCollect(st)
	discrepanciesFrom(st, ix, groups)
}

func discrepanciesFrom(st *cotejo.Story, ix *claimIndex, groups []*claimGroup) {
	var found []discrepancyFound
	for _, g := range groups {
		if len(g.members) < 2 {
			continue
		}
		figures := append(discrepancyNumbers(st, g), discrepancyDates(st, g)...)
		found = append(found, figures...)
		if len(figures) == 0 {
			// a claim that disagrees on a figure or a date shows that; one
			// that conflicts otherwise is one article negating another
			found = append(found, discrepancyNegation(st, ix, g)...)
		}
		found = append(found, discrepancyAttribution(st, ix, g)...)
	}
	found = append(found, discrepancyEntities(st)...)
	slices.SortStableFunc(found, func(x, y discrepancyFound) int {
		if c := cmp.Compare(discrepancyRank[x.d.Kind], discrepancyRank[y.d.Kind]); c != 0 {
			return c
		}
		if c := cmp.Compare(x.art, y.art); c != 0 {
			return c
		}
		return cmp.Compare(x.pos, y.pos)
	})
	st.Discrepancies = nil
	seen := make(map[string]bool)
	for _, f := range found {
		if k := discrepancyKey(f.d); !seen[k] {
			seen[k] = true
			st.Discrepancies = append(st.Discrepancies, f.d)
		}
	}
}

// discrepancyFound is a discrepancy with where it first appears.
type discrepancyFound struct {
	d        cotejo.Discrepancy
	art, pos int // article index and byte offset of first appearance
}

func discrepancyKey(d cotejo.Discrepancy) string {
	ids := make([]string, 0, len(d.Values))
	for id := range d.Values {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	var b strings.Builder
	b.WriteString(d.Kind)
	for _, id := range ids {
		b.WriteString("\x00" + id + "\x01" + d.Values[id])
	}
	return b.String()
}

func discrepancyAt(g *claimGroup, d cotejo.Discrepancy) discrepancyFound {
	return discrepancyFound{d: d, art: g.members[0].art, pos: g.members[0].span.Start}
}

// discrepancyNumbers compares the figures the statements of a claim give
// for one measure (a unit of time, or one unit and its synonyms): values
// that differ once normalised ("17 días" and "diecisiete días" do not;
// "17 días" and "dos semanas" do, and so do "17 días" and "menos de 17
// días") make one discrepancy per measure.
func discrepancyNumbers(st *cotejo.Story, g *claimGroup) []discrepancyFound {
	measure := claimMeasure(g.members)
	var classes []string
	for _, m := range g.members {
		for _, q := range m.quants {
			if c := measure(q); !slices.Contains(classes, c) {
				classes = append(classes, c)
			}
		}
	}
	var out []discrepancyFound
	for _, class := range classes {
		type reading struct {
			art string
			q   claimQuantity
			key string
		}
		var readings []reading
		for _, m := range g.members {
			q, ok := discrepancyQuantity(m, g.extras, class, measure)
			if !ok {
				continue
			}
			key := q.key()
			if class == claimCountClass {
				// one count named by different nouns ("dos unidades",
				// "dos estaciones") is one value
				key = q.approxKey()
			}
			readings = append(readings, reading{st.Articles[m.art].ID, q, key})
		}
		// Spans of time are compared only where they may be one span told
		// two ways: in one unit, or within discrepancySpanRatio of each
		// other ("16 días", "dos semanas"); "tres meses" beside them, or
		// "less than an hour" beside "26 years", measures something else
		// and is left out.
		values := make(map[string]string)
		keys := make(map[string]bool)
		var units []string
		for _, r := range readings {
			if class == claimTimeClass && !slices.ContainsFunc(readings, func(o reading) bool {
				return o.key != r.key && discrepancyComparableSpans(r.q, o.q)
			}) {
				continue
			}
			values[r.art] = r.q.text
			keys[r.key] = true
			if u := strings.ToLower(r.q.word); !slices.Contains(units, u) {
				units = append(units, u)
			}
		}
		if len(values) < 2 || len(keys) < 2 {
			continue
		}
		what := strings.Join(units, "/")
		if kw := discrepancyKeyWordsOf(st, g); kw != "" {
			what += ": " + kw
		}
		out = append(out, discrepancyAt(g, cotejo.Discrepancy{What: what, Kind: DiscrepancyNumber, Values: values}))
	}
	return out
}

// discrepancySpanRatio is how many times longer than another a span of
// time may be for the two to be one span told differently: "17 días" and
// "dos semanas" disagree, but "less than an hour" after checking in, a
// "three-month" stay and a "26-year-old" measure different things.
const discrepancySpanRatio = 4

// discrepancyComparableSpans reports whether two spans of time may be
// readings of one span: within discrepancySameUnitRatio of each other in
// one unit ("5 años", "25 años"), within discrepancySpanRatio once in
// days across units ("16 días", "dos semanas").
func discrepancyComparableSpans(a, b claimQuantity) bool {
	if a.unitDays <= 0 || b.unitDays <= 0 {
		return true
	}
	x, y := a.value*a.unitDays, b.value*b.unitDays
	if x <= 0 || y <= 0 {
		return true
	}
	ratio := float64(discrepancySpanRatio)
	if a.unitDays == b.unitDays {
		ratio = discrepancySameUnitRatio
	}
	return max(x, y) <= ratio*min(x, y)
}

// discrepancySameUnitRatio is how far apart two spans in one unit may be
// and still be one span told two ways: "5 años" and "25 años" of a
// sentence disagree, "3 años" of a stay and someone's "26 años" are two
// things.
const discrepancySameUnitRatio = 6

// discrepancyQuantity returns the figure for a measure that a member of a
// claim gives, or failing that a further wording of the claim by the same
// article ("…su segunda reunión", then "…es el segundo en menos de 17
// días").
func discrepancyQuantity(m *claimStatement, extras []*claimStatement, class string, measure func(claimQuantity) string) (claimQuantity, bool) {
	is := func(q claimQuantity) bool { return measure(q) == class }
	if i := slices.IndexFunc(m.quants, is); i >= 0 {
		return m.quants[i], true
	}
	for _, x := range extras {
		if x.art != m.art {
			continue
		}
		if i := slices.IndexFunc(x.quants, is); i >= 0 {
			return x.quants[i], true
		}
	}
	return claimQuantity{}, false
}

// discrepancyDates compares the resolved dates of a claim's statements:
// two dated statements that share no date disagree.
func discrepancyDates(st *cotejo.Story, g *claimGroup) []discrepancyFound {
	if !claimDatesDiffer(g.members) {
		return nil
	}
	values := make(map[string]string)
	for _, m := range g.members {
		if len(m.timexes) == 0 {
			continue
		}
		a := st.Articles[m.art]
		var parts []string
		for _, t := range m.timexes {
			parts = append(parts, t.Span.Text(a.Body)+" ("+t.Date.String()+")")
		}
		values[a.ID] = strings.Join(parts, "; ")
	}
	what := "date"
	if kw := discrepancyKeyWordsOf(st, g); kw != "" {
		what += ": " + kw
	}
	return []discrepancyFound{discrepancyAt(g, cotejo.Discrepancy{What: what, Kind: DiscrepancyDate, Values: values})}
}

// discrepancyNegation reports a claim one article negates, with each
// article's statement as its value.
func discrepancyNegation(st *cotejo.Story, ix *claimIndex, g *claimGroup) []discrepancyFound {
	if !claimNegationDiffers(ix, g.members) {
		return nil
	}
	values := make(map[string]string)
	for _, m := range g.members {
		values[st.Articles[m.art].ID] = m.text
	}
	what := "contradiction"
	if kw := discrepancyKeyWordsOf(st, g); kw != "" {
		what += ": " + kw
	}
	return []discrepancyFound{discrepancyAt(g, cotejo.Discrepancy{What: what, Kind: DiscrepancyNegation, Values: values})}
}

// discrepancyAttribution reports a claim that some articles attribute to
// a source ("según Reuters", "dijeron fuentes a Reuters") and others
// state as fact. An article of the source's own outlet stating it is no
// disagreement.
func discrepancyAttribution(st *cotejo.Story, ix *claimIndex, g *claimGroup) []discrepancyFound {
	values := make(map[string]string)
	var keys []string
	for _, m := range g.members {
		var cues []string
		for _, src := range m.sources {
			if src.cue != "" {
				cues = append(cues, src.cue)
				keys = append(keys, src.key)
			}
		}
		if len(cues) > 0 {
			values[st.Articles[m.art].ID] = strings.Join(cues, "; ")
		}
	}
	attributed := len(values)
	if attributed == 0 {
		return nil
	}
	for _, m := range g.members {
		a := st.Articles[m.art]
		if m.reported || discrepancyOwnOutlet(a, keys) || !discrepancyCloseToAttributed(ix, m, g.members) {
			continue
		}
		values[a.ID] = StatedAsFact
	}
	if len(values) == attributed {
		return nil
	}
	what := "attribution"
	if kw := discrepancyKeyWordsOf(st, g); kw != "" {
		what += ": " + kw
	}
	return []discrepancyFound{discrepancyAt(g, cotejo.Discrepancy{What: what, Kind: DiscrepancyAttribution, Values: values})}
}

// discrepancyCloseToAttributed reports whether a statement says what one
// of the claim's attributed statements says, names aside: telling a
// reader that an outlet states as fact what another attributes needs more
// than the likeness (often of names) that makes a claim.
func discrepancyCloseToAttributed(ix *claimIndex, m *claimStatement, members []*claimStatement) bool {
	for _, o := range members {
		if o == m || len(o.sources) == 0 {
			continue
		}
		if ix.contentOverlap(m, o) >= discrepancyAttributionSim {
			return true
		}
	}
	return false
}

// discrepancyOwnOutlet reports whether an article comes from the outlet
// of one of the sources others attribute a claim to.
func discrepancyOwnOutlet(a *cotejo.Article, keys []string) bool {
	fo := lang.Fold(a.Outlet)
	for _, k := range keys {
		if len(k) >= 3 && strings.Contains(fo, k) {
			return true
		}
	}
	return false
}

// discrepancyKeyWordsOf describes a claim by its key words: the content
// words of its text that most of its statements share, in the text's
// order, figures left out.
func discrepancyKeyWordsOf(st *cotejo.Story, g *claimGroup) string {
	text := g.claim.Text
	l := lang.Get(st.Articles[g.members[0].art].Language)
	counts := make(map[string]int)
	for _, m := range g.members {
		seen := make(map[string]bool)
		for _, w := range l.ContentWords(m.text) {
			if s := discrepancyStem(l, w); !seen[s] {
				seen[s] = true
				counts[s]++
			}
		}
	}
	need := max(2, (len(g.members)+1)/2)
	var out []string
	seen := make(map[string]bool)
	for _, w := range lang.Words(text) {
		word := text[w.Start:w.End]
		low := strings.ToLower(word)
		r, _ := utf8.DecodeRuneInString(word)
		fold := lang.Fold(low)
		if n, _ := l.Approximator([]string{fold}); n > 0 || l.IsDurationUnit(fold) || unicode.IsDigit(r) || l.IsStop(low) || l.IsSpeechVerb(low) || utf8.RuneCountInString(low) < 3 {
			continue
		}
		if s := discrepancyStem(l, low); counts[s] >= need && !seen[s] {
			seen[s] = true
			out = append(out, word)
			if len(out) == discrepancyKeyWords {
				break
			}
		}
	}
	return strings.Join(out, " ")
}

func discrepancyStem(l *lang.Language, w string) string {
	s := l.Stem(w)
	if syn := l.SynonymOfStem(s); syn != "" {
		return syn
	}
	return s
}

// discrepancyEntities compares, entity by entity, the spellings of its
// name and the titles each article gives it.
func discrepancyEntities(st *cotejo.Story) []discrepancyFound {
	owner := claimEntityForms(st)
	byID := make(map[string]int, len(st.Entities))
	for i, e := range st.Entities {
		byID[e.ID] = i
	}
	type use struct {
		forms, roles []string
		first        int
	}
	uses := make([]map[int]*use, len(st.Entities)) // entity → article index → what it uses
	for ai, a := range st.Articles {
		if a == nil {
			continue
		}
		for _, m := range a.Mentions {
			if m.Descriptive {
				continue
			}
			ei, ok := byID[owner[entityFormKey(m.Text)]]
			if !ok {
				continue
			}
			if uses[ei] == nil {
				uses[ei] = make(map[int]*use)
			}
			u := uses[ei][ai]
			if u == nil {
				u = &use{first: m.Start}
				uses[ei][ai] = u
			}
			if f := strings.TrimSpace(m.Text); !slices.Contains(u.forms, f) {
				u.forms = append(u.forms, f)
			}
			if r := strings.TrimSpace(m.Role); r != "" && !slices.Contains(u.roles, r) {
				u.roles = append(u.roles, r)
			}
		}
	}
	var out []discrepancyFound
	for ei, perArt := range uses {
		if len(perArt) < 2 {
			continue
		}
		arts := make([]int, 0, len(perArt))
		for ai := range perArt {
			arts = append(arts, ai)
		}
		slices.Sort(arts)
		e := st.Entities[ei]
		forms := make([][]string, len(arts))
		roles := make([][]string, len(arts))
		for k, ai := range arts {
			forms[k], roles[k] = perArt[ai].forms, perArt[ai].roles
		}
		at := func(d cotejo.Discrepancy, vals map[int]string) discrepancyFound {
			first := -1
			for _, ai := range arts {
				if _, ok := vals[ai]; ok && first < 0 {
					first = ai
				}
			}
			return discrepancyFound{d: d, art: first, pos: perArt[first].first}
		}
		if vals := discrepancySpellings(arts, forms); vals != nil {
			out = append(out, at(cotejo.Discrepancy{What: "spelling of " + e.Name, Kind: DiscrepancyName, Values: discrepancyByID(st, vals)}, vals))
		}
		if vals := discrepancyRoles(st, arts, roles); vals != nil {
			out = append(out, at(cotejo.Discrepancy{What: "role of " + e.Name, Kind: DiscrepancyRole, Values: discrepancyByID(st, vals)}, vals))
		}
	}
	return out
}

func discrepancyByID(st *cotejo.Story, vals map[int]string) map[string]string {
	out := make(map[string]string, len(vals))
	for ai, v := range vals {
		out[st.Articles[ai].ID] = v
	}
	return out
}

// discrepancySpellings returns, per article, the forms of a name it uses
// that are spelling variants of a form another article uses ("Alexander"
// and "Aleksandr Lukashenko", "Vladímir" and "Vladimir Putin"), or nil when
// the articles agree. A short form beside a full one is no variant.
func discrepancySpellings(arts []int, forms [][]string) map[int]string {
	vals := make(map[int]string)
	for k := range arts {
		var vs []string
		for _, f := range forms[k] {
			for j := range arts {
				if j == k {
					continue
				}
				if slices.ContainsFunc(forms[j], func(g string) bool { return discrepancyVariant(f, g) }) {
					vs = append(vs, f)
					break
				}
			}
		}
		if len(vs) > 0 {
			vals[arts[k]] = strings.Join(vs, " / ")
		}
	}
	distinct := make(map[string]bool)
	for _, v := range vals {
		distinct[v] = true
	}
	if len(vals) < 2 || len(distinct) < 2 {
		return nil
	}
	return vals
}

// discrepancyVariant reports whether two forms of a name are spellings of
// one another: as many words, each the same or a close spelling of the
// other (accents, a transliteration), and not merely different in case.
func discrepancyVariant(a, b string) bool {
	if strings.EqualFold(a, b) {
		return false
	}
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) != len(wb) {
		return false
	}
	for i := range wa {
		x, y := strings.ToLower(wa[i]), strings.ToLower(wb[i])
		if x == y {
			continue
		}
		fx, fy := lang.Fold(x), lang.Fold(y)
		if fx == fy {
			continue
		}
		rx, _ := utf8.DecodeRuneInString(fx)
		ry, _ := utf8.DecodeRuneInString(fy)
		limit := max(1, min(utf8.RuneCountInString(fx), utf8.RuneCountInString(fy))/3)
		if rx != ry || entityEditDistance(fx, fy, limit) > limit {
			return false
		}
	}
	return true
}

// discrepancyRoles returns, per article, the titles it gives a person
// when two articles give titles with no head noun in common ("embajador"
// and "encargado de negocios"), or nil. Heads compare by synonym set
// ("presidente", "mandatario", "líder" are one), and general words
// ("dirigente", "official") fit any title.
func discrepancyRoles(st *cotejo.Story, arts []int, roles [][]string) map[int]string {
	heads := make([]map[string]bool, len(arts))
	for k, ai := range arts {
		l := lang.Get(st.Articles[ai].Language)
		for _, r := range roles[k] {
			if h := discrepancyRoleHead(l, r); h != "" {
				if heads[k] == nil {
					heads[k] = make(map[string]bool)
				}
				heads[k][h] = true
			}
		}
	}
	disjoint := false
	for i := range arts {
		for j := i + 1; j < len(arts) && !disjoint; j++ {
			if heads[i] == nil || heads[j] == nil {
				continue
			}
			shared := false
			for h := range heads[i] {
				shared = shared || heads[j][h]
			}
			disjoint = !shared
		}
	}
	if !disjoint {
		return nil
	}
	vals := make(map[int]string)
	for k, ai := range arts {
		if heads[k] != nil {
			vals[ai] = strings.Join(roles[k], "; ")
		}
	}
	return vals
}

// discrepancyRoleHead returns the head noun of a title, as its synonym set
// or its stem, or "" when it has none or only a general one.
func discrepancyRoleHead(l *lang.Language, role string) string {
	for _, w := range lang.Words(role) {
		word := strings.ToLower(role[w.Start:w.End])
		if l.IsRoleModifier(word) || !l.IsRoleNoun(word) && !discrepancyHeadLike(l, word) {
			continue
		}
		if l.IsGenericRole(word) || l.IsCounterpart(word) {
			// "dirigente" fits any title; "homólogo ruso" says whose
			// side, not which office.
			return ""
		}
		return discrepancyStem(l, word)
	}
	return ""
}

// discrepancyHeadLike reports whether a word of a title that is not a
// listed role noun may still be its head: the first content word, as in
// "encargado de negocios".
func discrepancyHeadLike(l *lang.Language, w string) bool {
	return !l.IsStop(w) && !l.IsNationality(w) && !l.IsRoleArticle(w)
}
