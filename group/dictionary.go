package group

import (
	"math"
	"slices"

	"github.com/cotejo/cotejo/lang"
)

// dictionary interns features as small integers and counts, as articles
// arrive, how many articles hold each: the document frequency that weighs
// a rare name above a common word, learned online.
type dictionary struct {
	ids   map[string]uint32
	df    []int32
	docs  int
	stems map[string]string // language code + "|" + word → stem
}

// stemCacheLimit bounds the stem cache; stemming is most of the cost of
// reading an article, and news vocabulary repeats.
const stemCacheLimit = 1 << 19

func newDictionary() *dictionary {
	return &dictionary{ids: make(map[string]uint32), stems: make(map[string]string)}
}

// stem returns the stem of a lower-cased word, cached.
func (d *dictionary) stem(l *lang.Language, low string) string {
	key := l.Code + "|" + low
	if s, ok := d.stems[key]; ok {
		return s
	}
	if len(d.stems) >= stemCacheLimit {
		clear(d.stems)
	}
	s := l.Stem(low)
	d.stems[key] = s
	return s
}

// id returns the interned id of a feature of a family, adding it if new.
func (d *dictionary) id(k kind, s string) uint32 {
	key := string(rune('0'+k)) + s
	if id, ok := d.ids[key]; ok {
		return id
	}
	id := uint32(len(d.df))
	d.ids[key] = id
	d.df = append(d.df, 0)
	return id
}

// terms interns counted features of one family, sorted by id. New
// features are interned in sorted order, so that ids (which break ties
// between equal weights) do not depend on map order and grouping is
// deterministic.
func (d *dictionary) terms(k kind, counts map[string]int) []term {
	keys := make([]string, 0, len(counts))
	for s := range counts {
		keys = append(keys, s)
	}
	slices.Sort(keys)
	out := make([]term, 0, len(counts))
	for _, s := range keys {
		out = append(out, term{id: d.id(k, s), count: uint16(min(counts[s], math.MaxUint16))})
	}
	slices.SortFunc(out, func(a, b term) int { return int(a.id) - int(b.id) })
	return out
}

// add counts one more occurrence of a feature in sorted terms.
func (d *dictionary) add(ts []term, k kind, s string) []term {
	id := d.id(k, s)
	i, found := slices.BinarySearchFunc(ts, id, func(t term, id uint32) int { return int(t.id) - int(id) })
	if found {
		if ts[i].count < math.MaxUint16 {
			ts[i].count++
		}
		return ts
	}
	return slices.Insert(ts, i, term{id: id, count: 1})
}

// observe counts an article's features into the document frequencies.
func (d *dictionary) observe(f *features) {
	d.docs++
	for _, ts := range f.terms {
		for _, t := range ts {
			d.df[t.id]++
		}
	}
}

// idf is the smoothed inverse document frequency of a feature. A feature
// seen in one article weighs as one seen in two: alone it matches nothing,
// and it must not drown the features an article shares with others.
func (d *dictionary) idf(id uint32) float64 {
	return math.Log(float64(d.docs+1)/float64(max(d.df[id], 2)+1)) + 1
}
