package group

import (
	"cmp"
	"math"
	"slices"
)

// entry is one weighted dimension of a sparse vector.
type entry struct {
	id uint32
	w  float32
}

// vector is a sparse vector sorted by id.
type vector []entry

// weigh turns counted terms into a unit TF-IDF vector (sublinear term
// frequency), keeping only the keep heaviest dimensions so that a long
// article costs no more than a short one. It reuses dst's space.
func weigh(dst vector, ts []term, d *dictionary, keep int) vector {
	v := slices.Grow(dst[:0], len(ts))[:len(ts)]
	for i, t := range ts {
		v[i] = entry{t.id, float32(tf(t.count) * d.idf(t.id))}
	}
	v = top(v, keep)
	v.normalize()
	return v
}

// logCounts holds tf of the small counts, which are nearly all of them.
var logCounts = func() [256]float64 {
	var t [256]float64
	for c := range t {
		t[c] = 1 + math.Log(float64(c))
	}
	return t
}()

// tf is the sublinear frequency of a count.
func tf(count uint16) float64 {
	if int(count) < len(logCounts) {
		return logCounts[count]
	}
	return 1 + math.Log(float64(count))
}

// top keeps the n heaviest dimensions of v, still sorted by id.
func top(v vector, n int) vector {
	if len(v) <= n {
		return v
	}
	selectHeaviest(v, n)
	v = v[:n]
	slices.SortFunc(v, func(a, b entry) int { return cmp.Compare(a.id, b.id) })
	return v
}

// heavier orders entries heaviest first, then by id: a total order, since
// a vector holds each id once, so that the heaviest n are one set however
// they are found.
func heavier(a, b entry) bool {
	return a.w > b.w || a.w == b.w && a.id < b.id
}

// selectHeaviest reorders v so that its n heaviest entries come first
// (quickselect, median-of-three pivots), for n < len(v).
func selectHeaviest(v vector, n int) {
	lo, hi := 0, len(v)-1
	for lo < hi {
		mid := lo + (hi-lo)/2
		if heavier(v[mid], v[lo]) {
			v[mid], v[lo] = v[lo], v[mid]
		}
		if heavier(v[hi], v[lo]) {
			v[hi], v[lo] = v[lo], v[hi]
		}
		if heavier(v[hi], v[mid]) {
			v[hi], v[mid] = v[mid], v[hi]
		}
		// v[mid] is now the median of the three: partition around it.
		v[mid], v[hi] = v[hi], v[mid]
		pivot, p := v[hi], lo
		for j := lo; j < hi; j++ {
			if heavier(v[j], pivot) {
				v[p], v[j] = v[j], v[p]
				p++
			}
		}
		v[p], v[hi] = v[hi], v[p]
		switch {
		case p == n:
			return
		case p < n:
			lo = p + 1
		default:
			hi = p - 1
		}
	}
}

func (v vector) norm() float64 {
	var s float64
	for _, e := range v {
		s += float64(e.w) * float64(e.w)
	}
	return math.Sqrt(s)
}

func (v vector) normalize() {
	n := v.norm()
	if n == 0 {
		return
	}
	for i := range v {
		v[i].w = float32(float64(v[i].w) / n)
	}
}

// dot is the inner product of two sparse vectors.
func dot(a, b vector) float64 {
	var s float64
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].id < b[j].id:
			i++
		case a[i].id > b[j].id:
			j++
		default:
			s += float64(a[i].w) * float64(b[j].w)
			i++
			j++
		}
	}
	return s
}

// addTo returns a+b, sorted by id. It merges from the back into a's
// space, grown as append grows it, so that a story's profile is not copied
// whenever an article joins it. a must not share space with b.
func addTo(a, b vector) vector {
	common := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i].id < b[j].id:
			i++
		case a[i].id > b[j].id:
			j++
		default:
			common++
			i++
			j++
		}
	}
	la := len(a)
	n := la + len(b) - common
	a = slices.Grow(a, n-la)[:n]
	// Each write lands at or after the entry of a it reads, so none is
	// overwritten before it is read; once b is spent, a's rest is in place.
	i, j := la-1, len(b)-1
	for w := n - 1; j >= 0; w-- {
		switch {
		case i >= 0 && a[i].id > b[j].id:
			a[w] = a[i]
			i--
		case i >= 0 && a[i].id == b[j].id:
			a[w] = entry{a[i].id, a[i].w + b[j].w}
			i--
			j--
		default:
			a[w] = b[j]
			j--
		}
	}
	return a
}

// dense is a bag's vectors scattered by feature id, so that its dot
// product with a sparse vector costs one pass over that vector. It is all
// zeros between uses.
type dense []float32

// scatter writes a bag's vectors into d, grown to hold ids below n. Ids
// are distinct across families, so the families do not collide.
func (d *dense) scatter(b *bag, n int) {
	if len(*d) < n {
		*d = append(*d, make([]float32, n-len(*d))...)
	}
	for _, v := range b.sum {
		for _, e := range v {
			(*d)[e.id] = e.w
		}
	}
}

// clear zeroes what scatter wrote.
func (d dense) clear(b *bag) {
	for _, v := range b.sum {
		for _, e := range v {
			d[e.id] = 0
		}
	}
}

// dot is the inner product of the scattered vector with v. It adds the
// products of the shared features in the order of ids, as dot does, so
// that the two agree to the bit.
func (d dense) dot(v vector) float64 {
	var s float64
	for _, e := range v {
		if x := d[e.id]; x != 0 {
			s += float64(x) * float64(e.w)
		}
	}
	return s
}
