package ner

import "math/bits"

// table is the weight table without its all-zero rows. Training touches
// a sixth of the buckets or so; the rest would be all zeros, and on unseen
// text most features land there. A bit per bucket tells whether its row
// is kept, and the kept rows lie in bucket order, so a row is found by
// counting the bits before it. The bits (128 KB for 2^20 buckets) stay in
// the caches; a feature whose bucket is empty then costs no read of the
// rows at all, and the rows take a sixth of the memory of a full table.
type table struct {
	present []uint64 // bit b%64 of present[b/64]: bucket b has a row
	rank    []uint32 // rows before the buckets of present[i]
	rows    []row
}

// zeroRow stands for the rows left out.
var zeroRow row

// newTable makes the table of a full one.
func newTable(full []row) table {
	var t table
	t.present = make([]uint64, (len(full)+63)/64)
	for b := range full {
		if full[b] != (row{}) {
			t.present[b/64] |= 1 << (b % 64)
			t.rows = append(t.rows, full[b])
		}
	}
	t.index()
	return t
}

// index counts the rows before each word of present.
func (t *table) index() {
	t.rank = make([]uint32, len(t.present))
	n := 0
	for i, w := range t.present {
		t.rank[i] = uint32(n)
		n += bits.OnesCount64(w)
	}
}

// row returns the row of bucket b, or zeroRow.
func (t *table) row(b uint32) *row {
	w := t.present[b/64]
	bit := uint64(1) << (b % 64)
	if w&bit == 0 {
		return &zeroRow
	}
	return &t.rows[t.rank[b/64]+uint32(bits.OnesCount64(w&(bit-1)))]
}

// buckets returns the number of buckets.
func (t *table) buckets() int { return 64 * len(t.present) }

// each calls f with every kept row and its bucket, in bucket order.
func (t *table) each(f func(bucket int, r *row)) {
	k := 0
	for i, w := range t.present {
		for w != 0 {
			b := bits.TrailingZeros64(w)
			f(64*i+b, &t.rows[k])
			k++
			w &= w - 1
		}
	}
}
