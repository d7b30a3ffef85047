package story

import (
	"math"
	"sort"
	"strings"

	"github.com/cotejo/cotejo"
	"github.com/cotejo/cotejo/lang"
)

// DefaultSummarySentences is how long a summary is when not told.
const DefaultSummarySentences = 8

// Summary limits.
const (
	// summaryOverlap is the share of content stems a sentence may have in
	// common with one already chosen before it counts as saying the same.
	summaryOverlap = 0.4
	// summaryMinWords and summaryMaxWords bound a summary sentence: shorter
	// ones are fragments, longer ones run-on quotes.
	summaryMinWords = 6
	summaryMaxWords = 60
)

// Summary fills st.Summary with at most n sentences (DefaultSummarySentences
// when n ≤ 0) chosen from the story's claims, most important first: those
// reported by more independent sources and outlets, about the story's
// central entities, about its earliest events, and early in the articles
// that carry them. No two say
// the same, and each cites the articles that support it. Every sentence is
// an article's own sentence: nothing is written that no article says.
// Run it after Entities and Claims.
func Summary(st *cotejo.Story, n int) {
	if n <= 0 {
		n = DefaultSummarySentences
	}
	st.Summary = nil
	type candidate struct {
		claim *cotejo.Claim
		score float64
		stems map[string]bool
	}
	central := summaryCentrality(st)
	early := summaryEarliness(st)
	var cands []candidate
	for i := range st.Claims {
		c := &st.Claims[i]
		words := len(strings.Fields(c.Text))
		if c.Status == cotejo.Conflicting || words < summaryMinWords || words > summaryMaxWords || strings.HasSuffix(strings.TrimSpace(c.Text), "?") {
			continue
		}
		l := lang.Get(summaryLanguage(st, c))
		stems := map[string]bool{}
		centrality := 0.0
		for _, w := range l.ContentWords(c.Text) {
			stems[w] = true
			centrality += central[w]
		}
		if len(stems) == 0 {
			continue
		}
		outlets := summaryOutlets(st, c)
		score := 2*float64(c.IndependentSources) + float64(outlets) +
			centrality/math.Sqrt(float64(len(stems))) + summaryLead(st, c) + early[c.ID]
		// A briefing states what happened; a sentence that is mostly
		// someone's words belongs under Quotes.
		if summaryQuoted(c.Text) > 0.5 {
			score /= 2
		}
		cands = append(cands, candidate{claim: c, score: score, stems: stems})
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].score > cands[j].score })
	var chosen []candidate
	for _, c := range cands {
		if len(chosen) == n {
			break
		}
		redundant := false
		for _, o := range chosen {
			if summaryOverlapOf(c.stems, o.stems) > summaryOverlap {
				redundant = true
				break
			}
		}
		if redundant {
			continue
		}
		chosen = append(chosen, c)
		var ids []string
		seen := map[string]bool{}
		for _, ev := range c.claim.Evidence {
			if !seen[ev.Article] {
				seen[ev.Article] = true
				ids = append(ids, ev.Article)
			}
		}
		st.Summary = append(st.Summary, cotejo.SummarySentence{Text: strings.TrimSpace(c.claim.Text), Articles: ids})
	}
}

// summaryEarliness gives each dated claim a bonus in [0,1] by the date its
// evidence names: the earliest event of the story, where it began, scores
// 1, the latest 0. Undated claims get none.
func summaryEarliness(st *cotejo.Story) map[string]float64 {
	dated := map[string]int64{}
	for _, c := range st.Claims {
		for _, ev := range c.Evidence {
			a := st.Article(ev.Article)
			if a == nil {
				continue
			}
			at := strings.Index(a.Body, ev.Sentence)
			if at < 0 {
				continue
			}
			sent := cotejo.Span{Start: at, End: at + len(ev.Sentence)}
			for _, x := range a.Timexes {
				if x.Date.IsZero() || !sent.Contains(x.Span) {
					continue
				}
				if d, ok := dated[c.ID]; !ok || x.Date.Time.Unix() < d {
					dated[c.ID] = x.Date.Time.Unix()
				}
			}
		}
	}
	bonus := map[string]float64{}
	if len(dated) < 2 {
		return bonus
	}
	lo, hi := int64(math.MaxInt64), int64(math.MinInt64)
	for _, d := range dated {
		lo, hi = min(lo, d), max(hi, d)
	}
	for id, d := range dated {
		if hi > lo {
			bonus[id] = float64(hi-d) / float64(hi-lo)
		}
	}
	return bonus
}

// summaryCentrality weighs each content stem of the story's entity names
// by how much the story talks about the entity.
func summaryCentrality(st *cotejo.Story) map[string]float64 {
	total := 0
	for _, e := range st.Entities {
		total += e.Mentions
	}
	w := map[string]float64{}
	if total == 0 {
		return w
	}
	l := lang.Get(summaryStoryLanguage(st))
	for _, e := range st.Entities {
		share := float64(e.Mentions) / float64(total)
		for _, s := range l.ContentWords(e.Name) {
			w[s] += 4 * share
		}
	}
	return w
}

// summaryOutlets counts the distinct outlets (or, unknown, articles) that
// carry a claim.
func summaryOutlets(st *cotejo.Story, c *cotejo.Claim) int {
	seen := map[string]bool{}
	for _, ev := range c.Evidence {
		key := ev.Article
		if a := st.Article(ev.Article); a != nil && a.Outlet != "" {
			key = a.Outlet
		}
		seen[key] = true
	}
	return len(seen)
}

// summaryLead rewards a claim that stands early in the articles that carry
// it, where news writing puts what matters most.
func summaryLead(st *cotejo.Story, c *cotejo.Claim) float64 {
	best := 0.0
	for _, ev := range c.Evidence {
		a := st.Article(ev.Article)
		if a == nil || len(a.Body) == 0 {
			continue
		}
		at := strings.Index(a.Body, ev.Sentence)
		if at < 0 {
			continue
		}
		if lead := 1 - float64(at)/float64(len(a.Body)); lead > best {
			best = lead
		}
	}
	return best
}

// summaryQuoted returns the share of s's bytes that stand inside quotation
// marks.
func summaryQuoted(s string) float64 {
	if len(s) == 0 {
		return 0
	}
	inside, depth := 0, 0
	for _, r := range s {
		switch r {
		case '“', '«':
			depth++
			continue
		case '”', '»':
			if depth > 0 {
				depth--
			}
			continue
		case '"':
			depth = 1 - depth
			continue
		}
		if depth > 0 {
			inside += len(string(r))
		}
	}
	return float64(inside) / float64(len(s))
}

func summaryOverlapOf(a, b map[string]bool) float64 {
	small, big := a, b
	if len(b) < len(a) {
		small, big = b, a
	}
	if len(small) == 0 {
		return 0
	}
	shared := 0
	for w := range small {
		if big[w] {
			shared++
		}
	}
	return float64(shared) / float64(len(small))
}

func summaryLanguage(st *cotejo.Story, c *cotejo.Claim) string {
	for _, ev := range c.Evidence {
		if a := st.Article(ev.Article); a != nil && a.Language != "" {
			return a.Language
		}
	}
	return summaryStoryLanguage(st)
}

func summaryStoryLanguage(st *cotejo.Story) string {
	count := map[string]int{}
	best := lang.Default
	for _, a := range st.Articles {
		if a.Language == "" {
			continue
		}
		count[a.Language]++
		if count[a.Language] > count[best] {
			best = a.Language
		}
	}
	return best
}
