package story

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/cotejo/cotejo"
	"github.com/cotejo/cotejo/lang"
)

// Quotes groups the direct quotations of the story's articles into one
// quote per thing said, with one variant per article that prints it, and
// fills st.Quotes, most widely printed first (IDs q1, q2…). Two quotations
// are one when the content words of the shorter stand, stemmed, in the
// longer (so a trimmed or slightly reworded quote joins the full one),
// unless both have known speakers who differ. Run it after Entities: a
// speaker is given as an entity ID only when st.Entities is filled.
func Quotes(st *cotejo.Story) {
	quotesFrom(st, entityLink(st))
}

func quotesFrom(st *cotejo.Story, links *entityLinks) {
	withIDs := len(st.Entities) > 0
	items := quoteCollect(st, links)
	groups := quoteGroup(items)
	slices.SortStableFunc(groups, quoteGroupCompare)
	out := make([]cotejo.Quote, 0, len(groups))
	for _, g := range groups {
		out = append(out, quoteBuild(st, links, g, withIDs))
	}
	for i := range out {
		out[i].ID = "q" + strconv.Itoa(i+1)
	}
	st.Quotes = out
}

// quoteItem is one QuoteMention with what grouping needs.
type quoteItem struct {
	art, idx int
	text     string
	stems    []string // sorted, unique
	speaker  int      // entity index or -1
	name     string   // speaker as printed, "" when unknown
}

// quoteGroupOf is a quote being built from items.
type quoteGroupOf struct {
	items []*quoteItem
	votes map[int]int
}

// Grouping thresholds, calibrated on testdata/eval: the share of the
// shorter quote's content stems found in the other, for two articles and
// within one article (where a second, different quotation of the same
// speaker is more likely than the same one reworded).
const (
	quoteMinContainment     = 0.6
	quoteMinSameArticle     = 0.85
	quoteMinSharedStems     = 2
	quoteMaxPerStory        = 20000
	quoteMaxStemsPerQuote   = 400
	quoteSpeakerBonusShared = 0.15
)

func quoteCollect(st *cotejo.Story, links *entityLinks) []*quoteItem {
	var items []*quoteItem
	for ai, a := range st.Articles {
		l := lang.Get(a.Language)
		for qi, q := range a.Quotes {
			if len(items) >= quoteMaxPerStory {
				return items
			}
			text := strings.TrimSpace(q.Span.Text(a.Body))
			if text == "" {
				continue
			}
			it := &quoteItem{art: ai, idx: qi, text: text, speaker: -1, name: q.SpeakerName}
			it.stems = quoteStems(l, text)
			it.speaker = quoteSpeaker(a, ai, q, links)
			if it.name == "" && q.Speaker != nil {
				it.name = q.Speaker.Text(a.Body)
			}
			items = append(items, it)
		}
		// A headline's own quotations, which the body does not print: no
		// speaker, and first in the article's order.
		for _, sp := range a.TitleQuotes {
			if len(items) >= quoteMaxPerStory {
				return items
			}
			if sp.Start < 0 || sp.End > len(a.Title) || sp.Start >= sp.End {
				continue
			}
			text := strings.TrimSpace(sp.Text(a.Title))
			if text == "" {
				continue
			}
			items = append(items, &quoteItem{art: ai, idx: -1, text: text, speaker: -1, stems: quoteStems(l, text)})
		}
	}
	return items
}

// quoteStems returns the sorted distinct content stems of a quotation, or
// its folded words when it has no content word ("sí, claro").
func quoteStems(l *lang.Language, text string) []string {
	stems := l.ContentWords(text)
	if len(stems) == 0 {
		for _, w := range lang.Words(text) {
			stems = append(stems, lang.Fold(text[w.Start:w.End]))
		}
	}
	if len(stems) > quoteMaxStemsPerQuote {
		stems = stems[:quoteMaxStemsPerQuote]
	}
	slices.Sort(stems)
	return slices.Compact(stems)
}

// quoteSpeaker finds the entity that spoke a quotation: the mention its
// speaker span falls in (a resolved description included), else the
// entity its printed speaker name names.
func quoteSpeaker(a *cotejo.Article, ai int, q cotejo.QuoteMention, links *entityLinks) int {
	if q.Speaker != nil {
		for mi, m := range a.Mentions {
			if m.Span.Overlaps(*q.Speaker) && links.mention[ai][mi] >= 0 && !quoteSpeakerComplement(a, *q.Speaker, m) {
				return links.mention[ai][mi]
			}
		}
	}
	name := q.SpeakerName
	if name == "" && q.Speaker != nil {
		name = q.Speaker.Text(a.Body)
	}
	return links.byName(name, a.Language)
}

// quoteSpeakerComplement reports whether mention m, inside a speaker's
// phrase, is not who speaks but a complement of the phrase's head: a
// place, or a name after "de" ("la televisión pública de Egipto"). A
// name in apposition at the end of the phrase speaks ("el portavoz del
// Departamento de Estado Victoria Nuland").
func quoteSpeakerComplement(a *cotejo.Article, speaker cotejo.Span, m cotejo.Mention) bool {
	if m.Type == cotejo.LOC {
		return true
	}
	if m.Start <= speaker.Start {
		return false
	}
	return lang.Get(a.Language).IsNameJoiner(entityWordBefore(a.Body, m.Start))
}

// quoteGroup clusters items greedily, longest first, each joining the
// group holding its most similar quotation. Candidates come from an index
// of stems, so the work grows with the overlaps, not with the square of
// the quotes.
func quoteGroup(items []*quoteItem) []*quoteGroupOf {
	order := slices.Clone(items)
	slices.SortStableFunc(order, func(a, b *quoteItem) int { return cmp.Compare(len(b.stems), len(a.stems)) })
	var groups []*quoteGroupOf
	index := map[string][]int{}
	for _, it := range order {
		best, bestSim := -1, 0.0
		seen := map[int]bool{}
		for _, s := range it.stems {
			for _, gi := range index[s] {
				if seen[gi] {
					continue
				}
				seen[gi] = true
				if sim := quoteGroupSim(groups[gi], it); sim > bestSim {
					best, bestSim = gi, sim
				}
			}
		}
		if best < 0 {
			groups = append(groups, &quoteGroupOf{votes: map[int]int{}})
			best = len(groups) - 1
		}
		g := groups[best]
		g.items = append(g.items, it)
		if it.speaker >= 0 {
			g.votes[it.speaker]++
		}
		for _, s := range it.stems {
			if l := index[s]; len(l) == 0 || l[len(l)-1] != best {
				index[s] = append(l, best)
			}
		}
	}
	return groups
}

// quoteGroupSim is how well it fits group g: the best containment against
// any of its quotations, or 0 when it does not fit at all.
func quoteGroupSim(g *quoteGroupOf, it *quoteItem) float64 {
	if sp := quoteMajority(g.votes); it.speaker >= 0 && sp >= 0 && sp != it.speaker {
		return 0
	}
	best := 0.0
	for _, o := range g.items {
		shared := quoteShared(o.stems, it.stems)
		small := min(len(o.stems), len(it.stems))
		if shared < min(quoteMinSharedStems, small) {
			continue
		}
		sim := float64(shared) / float64(small)
		need := quoteMinContainment
		if o.art == it.art {
			need = quoteMinSameArticle
		} else if o.speaker >= 0 && o.speaker == it.speaker {
			need -= quoteSpeakerBonusShared
		}
		if sim >= need && sim > best {
			best = sim
		}
	}
	return best
}

// quoteShared counts the stems two sorted lists share.
func quoteShared(a, b []string) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch c := strings.Compare(a[i], b[j]); {
		case c == 0:
			n++
			i++
			j++
		case c < 0:
			i++
		default:
			j++
		}
	}
	return n
}

// quoteMajority is the entity with most votes (the lower index on a tie,
// which is the more mentioned), or -1.
func quoteMajority(votes map[int]int) int {
	best, bestN := -1, 0
	for e, n := range votes {
		if n > bestN || (n == bestN && e < best) {
			best, bestN = e, n
		}
	}
	return best
}

// quoteBuild turns a group into a Quote: one variant per article (the
// longest when an article prints the quote twice), in article order.
func quoteBuild(st *cotejo.Story, links *entityLinks, g *quoteGroupOf, withIDs bool) cotejo.Quote {
	perArt := map[int]*quoteItem{}
	for _, it := range g.items {
		if old, ok := perArt[it.art]; !ok || len(it.text) > len(old.text) {
			perArt[it.art] = it
		}
	}
	arts := make([]int, 0, len(perArt))
	for ai := range perArt {
		arts = append(arts, ai)
	}
	slices.Sort(arts)
	q := cotejo.Quote{Variants: make([]cotejo.QuoteVariant, 0, len(arts))}
	for _, ai := range arts {
		q.Variants = append(q.Variants, cotejo.QuoteVariant{Article: st.Articles[ai].ID, Text: perArt[ai].text})
	}
	if sp := quoteMajority(g.votes); sp >= 0 {
		name := links.entities[sp].Name
		q.SpeakerName = &name
		if withIDs {
			id := links.entities[sp].ID
			q.Speaker = &id
		}
		return q
	}
	names := map[string]int{}
	for _, it := range g.items {
		if it.name != "" {
			names[it.name]++
		}
	}
	if n := entityMajority(names); n != "" {
		q.SpeakerName = &n
	}
	return q
}

// quoteGroupCompare orders quotes by the number of articles printing them,
// then by where they first appear.
func quoteGroupCompare(a, b *quoteGroupOf) int {
	if c := cmp.Compare(quoteArticles(b), quoteArticles(a)); c != 0 {
		return c
	}
	fa, fb := quoteFirst(a), quoteFirst(b)
	if c := cmp.Compare(fa.art, fb.art); c != 0 {
		return c
	}
	return cmp.Compare(fa.idx, fb.idx)
}

func quoteArticles(g *quoteGroupOf) int {
	seen := map[int]bool{}
	for _, it := range g.items {
		seen[it.art] = true
	}
	return len(seen)
}

func quoteFirst(g *quoteGroupOf) *quoteItem {
	return slices.MinFunc(g.items, func(a, b *quoteItem) int {
		if c := cmp.Compare(a.art, b.art); c != 0 {
			return c
		}
		return cmp.Compare(a.idx, b.idx)
	})
}
