package group

import (
	"math"
	"slices"
)

// dictionary interns features as small integers and counts, as articles
// arrive, how many articles hold each: the document frequency that weighs
// a rare name above a common word, learned online.
type dictionary struct {
	ids  [kinds]map[string]uint32 // per family, so that no key is built
	df   []int32
	docs int
}

func newDictionary() *dictionary {
	d := &dictionary{}
	for k := range d.ids {
		d.ids[k] = make(map[string]uint32)
	}
	return d
}

// id returns the interned id of a feature of a family, adding it if new.
func (d *dictionary) id(k kind, s string) uint32 {
	if id, ok := d.ids[k][s]; ok {
		return id
	}
	id := uint32(len(d.df))
	d.ids[k][s] = id
	d.df = append(d.df, 0)
	return id
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
