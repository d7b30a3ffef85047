package ner

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
)

// The model file is gzip over: a magic line, the table size, the
// transition weights, then the non-zero rows of the weight table quantised
// to 16 bits, then the lexicon and the gazetteer as sorted hash → value
// pairs, and the Brown-cluster path codes likewise. Integers are varints;
// keys are delta-coded.
const magic = "cotejo-ner 2\n"

// Bounds that keep a corrupt file from asking for absurd allocations.
const (
	maxBits    = 26
	maxEntries = 1 << 24
)

// Write writes the model in the gzip-compressed binary form Load reads.
// Rows whose weights are all zero are dropped.
func (m *Model) Write(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	var buf []byte
	buf = append(buf, magic...)
	bits := 0
	for uint64(1)<<bits <= m.mask {
		bits++
	}
	if m.weights.buckets() == 0 {
		bits = 0
	}
	buf = binary.AppendUvarint(buf, uint64(bits))
	for p := range m.trans {
		for t := range m.trans[p] {
			buf = binary.LittleEndian.AppendUint32(buf, math.Float32bits(m.trans[p][t]))
		}
	}
	scale := m.scale
	if m.weights.buckets() == 0 {
		scale = 1
	}
	buf = binary.LittleEndian.AppendUint32(buf, math.Float32bits(scale))
	buf = binary.AppendUvarint(buf, uint64(len(m.weights.rows)))
	prev := 0
	var werr error
	m.weights.each(func(b int, r *row) {
		buf = binary.AppendUvarint(buf, uint64(b-prev))
		prev = b
		for _, v := range r[:numTags] {
			buf = binary.AppendVarint(buf, int64(v))
		}
		if len(buf) > 1<<16 && werr == nil {
			_, werr = bw.Write(buf)
			buf = buf[:0]
		}
	})
	if werr != nil {
		return werr
	}
	buf = appendTable(buf, m.casing)
	buf = appendTable(buf, m.tok)
	buf = appendTable(buf, m.span)
	buf = binary.AppendUvarint(buf, uint64(m.maxLen))
	buf = appendTable(buf, m.clus)
	if _, err := bw.Write(buf); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

func abs32(v float32) float32 {
	if v < 0 {
		return -v
	}
	return v
}

func appendTable[V uint8 | uint32](buf []byte, table map[uint64]V) []byte {
	keys := make([]uint64, 0, len(table))
	for k := range table {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	buf = binary.AppendUvarint(buf, uint64(len(keys)))
	var prev uint64
	for _, k := range keys {
		buf = binary.AppendUvarint(buf, k-prev)
		buf = binary.AppendUvarint(buf, uint64(table[k]))
		prev = k
	}
	return buf
}

// Load reads a model written by Write.
func Load(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("load ner model: %w", err)
	}
	m, err := decodeModel(bufio.NewReader(zr))
	if err != nil {
		return nil, fmt.Errorf("load ner model: %w", err)
	}
	return m, nil
}

func decodeModel(br *bufio.Reader) (*Model, error) {
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, errors.New("not a cotejo ner model")
	}
	bits, err := binary.ReadUvarint(br)
	if err != nil {
		return nil, fmt.Errorf("table size: %w", err)
	}
	if bits > maxBits {
		return nil, fmt.Errorf("table of 2^%d buckets is too large", bits)
	}
	m := &Model{}
	for p := range m.trans {
		for t := range m.trans[p] {
			var b [4]byte
			if _, err := io.ReadFull(br, b[:]); err != nil {
				return nil, fmt.Errorf("transitions: %w", err)
			}
			m.trans[p][t] = math.Float32frombits(binary.LittleEndian.Uint32(b[:]))
		}
	}
	var b [4]byte
	if _, err := io.ReadFull(br, b[:]); err != nil {
		return nil, fmt.Errorf("scale: %w", err)
	}
	m.scale = math.Float32frombits(binary.LittleEndian.Uint32(b[:]))
	buckets := 0
	if bits > 0 {
		buckets = 1 << bits
		m.mask = uint64(buckets - 1)
		m.weights.present = make([]uint64, (buckets+63)/64)
	}
	rows, err := binary.ReadUvarint(br)
	if err != nil || rows > uint64(buckets) {
		return nil, fmt.Errorf("row count %d: %v", rows, err)
	}
	// Grown as read, so that a file claiming many rows fails at its end
	// instead of allocating for them first.
	m.weights.rows = make([]row, 0, min(rows, 1<<16))
	r := uint64(0)
	for i := range rows {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, fmt.Errorf("row %d: %w", i, err)
		}
		if d == 0 && i > 0 {
			return nil, fmt.Errorf("row %d: bucket %d given twice", i, r)
		}
		r += d
		if r >= uint64(buckets) {
			return nil, fmt.Errorf("row %d: bucket %d out of range", i, r)
		}
		var w row
		for t := range numTags {
			v, err := binary.ReadVarint(br)
			if err != nil || v < math.MinInt16 || v > math.MaxInt16 {
				return nil, fmt.Errorf("row %d: bad weight: %v", i, err)
			}
			w[t] = int16(v)
		}
		m.weights.present[r/64] |= 1 << (r % 64)
		m.weights.rows = append(m.weights.rows, w)
	}
	m.weights.index()
	if m.casing, err = readTable[uint8](br); err != nil {
		return nil, fmt.Errorf("casing lexicon: %w", err)
	}
	if m.tok, err = readTable[uint8](br); err != nil {
		return nil, fmt.Errorf("gazetteer words: %w", err)
	}
	if m.span, err = readTable[uint8](br); err != nil {
		return nil, fmt.Errorf("gazetteer names: %w", err)
	}
	maxLen, err := binary.ReadUvarint(br)
	if err != nil || maxLen > maxNameLen {
		return nil, fmt.Errorf("gazetteer name length %d: %v", maxLen, err)
	}
	m.maxLen = int(maxLen)
	if m.clus, err = readTable[uint32](br); err != nil {
		return nil, fmt.Errorf("clusters: %w", err)
	}
	for _, v := range m.span {
		if v == 0 || int(v) > len(Types) {
			return nil, fmt.Errorf("gazetteer name type %d out of range", v)
		}
	}
	return m, nil
}

func readTable[V uint8 | uint32](br *bufio.Reader) (map[uint64]V, error) {
	n, err := binary.ReadUvarint(br)
	if err != nil || n > maxEntries {
		return nil, fmt.Errorf("entry count %d: %v", n, err)
	}
	table := make(map[uint64]V, n)
	var k uint64
	for i := range n {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, fmt.Errorf("entry %d: %w", i, err)
		}
		v, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, fmt.Errorf("entry %d: %w", i, err)
		}
		if v != uint64(V(v)) {
			return nil, fmt.Errorf("entry %d: value %d out of range", i, v)
		}
		k += d
		table[k] = V(v)
	}
	return table, nil
}
