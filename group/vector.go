package group

import (
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
// article costs no more than a short one.
func weigh(ts []term, d *dictionary, keep int) vector {
	v := make(vector, len(ts))
	for i, t := range ts {
		v[i] = entry{t.id, float32((1 + math.Log(float64(t.count))) * d.idf(t.id))}
	}
	v = top(v, keep)
	v.normalize()
	return v
}

// top keeps the n heaviest dimensions of v, still sorted by id.
func top(v vector, n int) vector {
	if len(v) <= n {
		return v
	}
	slices.SortFunc(v, func(a, b entry) int {
		switch {
		case a.w > b.w:
			return -1
		case a.w < b.w:
			return 1
		}
		return int(a.id) - int(b.id)
	})
	v = v[:n]
	slices.SortFunc(v, func(a, b entry) int { return int(a.id) - int(b.id) })
	return v
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

// sum returns a+b, sorted by id.
func sum(a, b vector) vector {
	out := make(vector, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].id < b[j].id:
			out = append(out, a[i])
			i++
		case a[i].id > b[j].id:
			out = append(out, b[j])
			j++
		default:
			out = append(out, entry{a[i].id, a[i].w + b[j].w})
			i++
			j++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}
