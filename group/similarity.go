package group

import (
	"cmp"
	"slices"
)

// similarity scores bag a against bag b in [0, 1]: per family, the
// average cosine of a's vectors with b's (average link, as both hold sums
// of unit vectors); then the weighted mean over the families a holds,
// lowered when the two lie far apart in time. A family a holds and b lacks
// counts as no match.
func (g *Grouper) similarity(a, b *bag, afirst, alast, bfirst, blast int32) float64 {
	var dots [kinds]float64
	for k := range a.sum {
		if a.n[k] > 0 && b.n[k] > 0 {
			dots[k] = dot(a.sum[k], b.sum[k])
		}
	}
	return g.score(a, b, &dots, afirst, alast, bfirst, blast)
}

// score is the similarity of bag a to bag b given the dot products of
// their vectors per family (those of the families both hold).
func (g *Grouper) score(a, b *bag, dots *[kinds]float64, afirst, alast, bfirst, blast int32) float64 {
	var score, weight float64
	for k := range a.sum {
		if a.n[k] == 0 {
			continue
		}
		w := g.opt.Weights[k]
		weight += w
		if b.n[k] > 0 {
			score += w * dots[k] / float64(a.n[k]*b.n[k])
		}
	}
	if weight == 0 {
		return 0
	}
	return score / weight * g.timeFactor(afirst, alast, bfirst, blast)
}

// dots returns the dot products per family of the bag scattered in
// g.dense with bag b, for the families both hold (a says which a holds).
func (g *Grouper) dots(a, b *bag) [kinds]float64 {
	var dots [kinds]float64
	for k := range a.sum {
		if a.n[k] > 0 && b.n[k] > 0 {
			dots[k] = g.dense.dot(b.sum[k])
		}
	}
	return dots
}

// timeFactor is 1 while two date ranges lie within DaySlack days of each
// other, and falls as 1/(1+x/DayScale) with the x days beyond. An unknown
// date says nothing.
func (g *Grouper) timeFactor(afirst, alast, bfirst, blast int32) float64 {
	if afirst == noDay || bfirst == noDay {
		return 1
	}
	gap := int64(0)
	switch {
	case alast < bfirst:
		gap = int64(bfirst) - int64(alast)
	case blast < afirst:
		gap = int64(afirst) - int64(blast)
	}
	beyond := gap - int64(g.opt.DaySlack)
	if beyond <= 0 {
		return 1
	}
	return 1 / (1 + float64(beyond)/float64(g.opt.DayScale))
}

// Consolidate merges stories whose profiles match (at MergeThreshold),
// best matching pairs first, as agglomerative clustering does: a story
// opened before its first articles' features were known as rare or common
// can meet its twin here. A stream can run it now and then; Batch runs it
// once at the end. Candidate pairs come from the same indexes as Add's, so
// the pass stays near-linear in the number of stories.
func (g *Grouper) Consolidate() {
	for pass := 0; pass < 5; pass++ {
		if !g.mergePass() {
			return
		}
	}
}

type match struct {
	a, b  int32
	score float64
}

// mergePass merges the matching candidate pairs of standing stories, the
// best first, and reports whether it merged any.
func (g *Grouper) mergePass() bool {
	var matches []match
	for i, s := range g.stories {
		if s.into >= 0 {
			continue
		}
		g.dense.scatter(&s.bag, len(g.dict.df))
		for _, c := range g.candidates(appendIDs(nil, s.salient()), signature{}, false) {
			if c <= int32(i) {
				continue
			}
			o := g.stories[c]
			// The dot products are symmetric: one pass serves both ways.
			dots := g.dots(&s.bag, &o.bag)
			score := (g.score(&s.bag, &o.bag, &dots, s.first, s.last, o.first, o.last) +
				g.score(&o.bag, &s.bag, &dots, o.first, o.last, s.first, s.last)) / 2
			if score >= g.opt.MergeThreshold {
				matches = append(matches, match{int32(i), c, score})
			}
		}
		g.dense.clear(&s.bag)
	}
	slices.SortFunc(matches, func(x, y match) int { return cmp.Compare(y.score, x.score) })
	merged := false
	for _, m := range matches {
		a, b := g.resolve(m.a), g.resolve(m.b)
		if a == b {
			continue
		}
		if a > b {
			a, b = b, a
		}
		// Earlier merges changed the profiles: the pair must still match.
		if g.storySimilarity(a, b) < g.opt.MergeThreshold {
			continue
		}
		g.merge(a, b)
		merged = true
	}
	return merged
}

// storySimilarity is the symmetric similarity of two stories' profiles.
func (g *Grouper) storySimilarity(i, j int32) float64 {
	s, o := g.stories[i], g.stories[j]
	return (g.similarity(&s.bag, &o.bag, s.first, s.last, o.first, o.last) +
		g.similarity(&o.bag, &s.bag, o.first, o.last, s.first, s.last)) / 2
}

// salient returns the heaviest non-number features of a story's profile.
func (s *story) salient() vector {
	var pool vector
	for k := range s.sum {
		if kind(k) != kindNumber {
			pool = append(pool, s.sum[k]...)
		}
	}
	return top(pool, salientTerms)
}

// merge merges story j into story i.
func (g *Grouper) merge(i, j int32) {
	s, o := g.stories[i], g.stories[j]
	s.add(&o.bag)
	s.members = append(s.members, o.members...)
	slices.Sort(s.members)
	s.widen(o.first, o.last)
	o.into, o.bag, o.members = i, bag{}, nil
}
