package ner

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"time"
)

// ClusterOptions tunes BuildClusters. The zero value gives the defaults.
type ClusterOptions struct {
	Classes  int // leaves of the hierarchy; 0 means 500
	MinCount int // words seen fewer times are left out; 0 means 3
	Passes   int // passes of the exchange algorithm; 0 means 8
	// Logf, when set, receives one progress line per pass.
	Logf func(format string, args ...any)
}

func (o *ClusterOptions) defaults() {
	if o.Classes <= 1 {
		o.Classes = 500
	}
	if o.MinCount <= 0 {
		o.MinCount = 3
	}
	if o.Passes <= 0 {
		o.Passes = 8
	}
}

// Word ids of the clustering: the sentence boundary and the stand-in for
// rare words are clustered like words but never written out.
const (
	idBoundary = iota
	idRare
	firstWordID
)

// BuildClusters groups words into Brown clusters (Brown et al. 1992): a
// binary hierarchy in which words that occur next to the same classes of
// words sit close together, so that a path prefix names a class at any
// granularity. It is built in two steps, as is usual for large
// vocabularies: the exchange algorithm (Martin et al. 1998) moves each word
// to the flat class that most raises the class-bigram likelihood, then the
// classes are merged bottom-up with Brown's criterion (least loss of mutual
// information between adjacent classes) to make the tree.
//
// The result depends only on the sentences and the options.
func BuildClusters(sentences [][]string, opt ClusterOptions) *Clusters {
	opt.defaults()
	vocab, seq := indexWords(sentences, opt.MinCount)
	b := newBigrams(seq, len(vocab))
	k := min(opt.Classes, len(vocab))
	class := make([]int32, len(vocab))
	for w := range class {
		class[w] = int32(w % k)
	}
	xl := newXlogx(len(seq))
	ex := newExchange(b, class, k, xl)
	for pass := range opt.Passes {
		start := time.Now()
		moved := ex.pass()
		if opt.Logf != nil {
			opt.Logf("clusters: pass %d: %d of %d words moved in %s", pass+1, moved, len(vocab), time.Since(start).Round(time.Millisecond))
		}
		if moved == 0 {
			break
		}
	}
	paths := mergeClasses(ex.c, ex.l, ex.r, k, xl)
	cl := &Clusters{}
	for w := firstWordID; w < len(vocab); w++ {
		cl.words = append(cl.words, ClusterWord{Word: vocab[w].word, Path: paths[class[w]], Count: vocab[w].count})
	}
	cl.sort()
	return cl
}

type wordCount struct {
	word  string
	count int
}

// indexWords numbers the words seen at least minCount times, most frequent
// first, and rewrites the text as one sequence of ids with a boundary
// between sentences.
func indexWords(sentences [][]string, minCount int) ([]wordCount, []int32) {
	counts := map[string]int{}
	for _, s := range sentences {
		for _, w := range s {
			counts[w]++
		}
	}
	vocab := []wordCount{{word: "</s>"}, {word: "<rare>"}}
	for w, c := range counts {
		if c >= minCount {
			vocab = append(vocab, wordCount{w, c})
		}
	}
	slices.SortFunc(vocab[firstWordID:], func(a, b wordCount) int {
		if c := cmp.Compare(b.count, a.count); c != 0 {
			return c
		}
		return cmp.Compare(a.word, b.word)
	})
	id := make(map[string]int32, len(vocab))
	for i, v := range vocab[firstWordID:] {
		id[v.word] = int32(i + firstWordID)
	}
	seq := []int32{idBoundary}
	for _, s := range sentences {
		for _, w := range s {
			i, ok := id[w]
			if !ok {
				i = idRare
			}
			seq = append(seq, i)
		}
		seq = append(seq, idBoundary)
	}
	return vocab, seq
}

// neighbour is a word adjacent to another and how often.
type neighbour struct {
	word  int32
	count int32
}

// bigrams holds the word-bigram counts as adjacency lists: for each word,
// the words that follow it and the words that precede it. Bigrams of a word
// with itself are kept apart.
type bigrams struct {
	next, prev   [][]neighbour
	self         []int32
	nLeft, nRght []int32 // how often each word is the left or the right of a bigram
}

func newBigrams(seq []int32, words int) *bigrams {
	pairs := make([]uint64, 0, len(seq))
	for i := 1; i < len(seq); i++ {
		pairs = append(pairs, uint64(seq[i-1])<<32|uint64(seq[i]))
	}
	slices.Sort(pairs)
	b := &bigrams{
		next:  make([][]neighbour, words),
		prev:  make([][]neighbour, words),
		self:  make([]int32, words),
		nLeft: make([]int32, words),
		nRght: make([]int32, words),
	}
	for i := 0; i < len(pairs); {
		j := i
		for j < len(pairs) && pairs[j] == pairs[i] {
			j++
		}
		a, c, n := int32(pairs[i]>>32), int32(uint32(pairs[i])), int32(j-i)
		b.nLeft[a] += n
		b.nRght[c] += n
		if a == c {
			b.self[a] = n
		} else {
			b.next[a] = append(b.next[a], neighbour{c, n})
			b.prev[c] = append(b.prev[c], neighbour{a, n})
		}
		i = j
	}
	return b
}

// xlogx tabulates x·ln x for the counts the algorithms meet, which are
// integers no larger than the number of bigrams.
type xlogx []float64

func newXlogx(n int) xlogx {
	t := make(xlogx, n+1)
	for x := 1; x <= n; x++ {
		t[x] = float64(x) * math.Log(float64(x))
	}
	return t
}

// exchange holds the state of the exchange algorithm: the class of each
// word and the class-bigram counts.
type exchange struct {
	b     *bigrams
	class []int32
	size  []int // words in each class
	k     int
	c     []int32 // class bigram counts, c[a*k+b]
	l, r  []int32 // class counts on the left and the right of bigrams
	f     xlogx
	// scratch: per-class counts of a word's neighbours
	toNext, fromPrev []int32
	nzNext, nzPrev   []int32
}

func newExchange(b *bigrams, class []int32, k int, f xlogx) *exchange {
	e := &exchange{
		b: b, class: class, k: k, f: f,
		size:     make([]int, k),
		c:        make([]int32, k*k),
		l:        make([]int32, k),
		r:        make([]int32, k),
		toNext:   make([]int32, k),
		fromPrev: make([]int32, k),
	}
	for w, cw := range class {
		e.size[cw]++
		e.l[cw] += b.nLeft[w]
		e.r[cw] += b.nRght[w]
		e.c[int(cw)*k+int(cw)] += b.self[w]
		for _, n := range b.next[w] {
			e.c[int(cw)*k+int(class[n.word])] += n.count
		}
	}
	return e
}

// pass offers every word, most frequent first, the class that most raises
// the likelihood, and returns how many words moved.
func (e *exchange) pass() int {
	moved := 0
	for w := range e.class {
		from := e.class[w]
		if e.size[from] == 1 {
			continue
		}
		e.gather(int32(w))
		e.move(int32(w), from, -1)
		best, bestGain := from, e.gain(int32(w), from)
		for c := range int32(e.k) {
			if c == from {
				continue
			}
			// A strict margin keeps rounding noise from moving words back and forth.
			if g := e.gain(int32(w), c); g > bestGain+1e-9 {
				best, bestGain = c, g
			}
		}
		e.move(int32(w), best, 1)
		if best != from {
			moved++
		}
		e.clearScratch()
	}
	return moved
}

// gather counts, per class, the bigrams from w to the class and from the
// class to w, self-bigrams aside.
func (e *exchange) gather(w int32) {
	for _, n := range e.b.next[w] {
		c := e.class[n.word]
		if e.toNext[c] == 0 {
			e.nzNext = append(e.nzNext, c)
		}
		e.toNext[c] += n.count
	}
	for _, n := range e.b.prev[w] {
		c := e.class[n.word]
		if e.fromPrev[c] == 0 {
			e.nzPrev = append(e.nzPrev, c)
		}
		e.fromPrev[c] += n.count
	}
}

func (e *exchange) clearScratch() {
	for _, c := range e.nzNext {
		e.toNext[c] = 0
	}
	for _, c := range e.nzPrev {
		e.fromPrev[c] = 0
	}
	e.nzNext, e.nzPrev = e.nzNext[:0], e.nzPrev[:0]
}

// move adds (sign 1) or removes (sign -1) word w, whose neighbour counts
// are gathered, to or from class to.
func (e *exchange) move(w, to int32, sign int32) {
	k := int32(e.k)
	for _, c := range e.nzNext {
		e.c[to*k+c] += sign * e.toNext[c]
	}
	for _, c := range e.nzPrev {
		e.c[c*k+to] += sign * e.fromPrev[c]
	}
	e.c[to*k+to] += sign * e.b.self[w]
	e.l[to] += sign * e.b.nLeft[w]
	e.r[to] += sign * e.b.nRght[w]
	e.size[to] += int(sign)
	if sign > 0 {
		e.class[w] = to
	}
}

// gain is the change of the objective Σ f(c(a,b)) − Σ f(l(a)) − Σ f(r(b))
// (the class-bigram log-likelihood up to a constant) if word w, currently
// in no class, joined class to.
func (e *exchange) gain(w, to int32) float64 {
	k := int32(e.k)
	f := e.f
	g := 0.0
	row := e.c[to*k : to*k+k]
	for _, c := range e.nzNext {
		v := row[c]
		g += f[v+e.toNext[c]] - f[v]
	}
	for _, c := range e.nzPrev {
		v := e.c[c*k+to]
		g += f[v+e.fromPrev[c]] - f[v]
	}
	// The cell (to, to) takes the bigrams both ways plus w's self-bigrams;
	// the loops above counted the first two apart.
	d := row[to]
	a, b := e.toNext[to], e.fromPrev[to]
	g -= f[d+a] - f[d] + f[d+b] - f[d]
	g += f[d+a+b+e.b.self[w]] - f[d]
	g -= f[e.l[to]+e.b.nLeft[w]] - f[e.l[to]]
	g -= f[e.r[to]+e.b.nRght[w]] - f[e.r[to]]
	return g
}

// mergeClasses builds the binary tree over k classes by repeatedly merging
// the pair whose merge loses least likelihood, and returns each class's
// path from the root ("0" left, "1" right). c, l and r are consumed.
func mergeClasses(c, l, r []int32, k int, f xlogx) []string {
	g := func(a, b int32) float64 { return f[a+b] - f[a] - f[b] }
	at := func(a, b int) int32 { return c[a*k+b] }
	// delta computes the change of the objective if a and b merged.
	delta := func(a, b int, active []int) float64 {
		d := 0.0
		for _, x := range active {
			if x == a || x == b {
				continue
			}
			d += g(at(a, x), at(b, x)) + g(at(x, a), at(x, b))
		}
		aa, ab, ba, bb := at(a, a), at(a, b), at(b, a), at(b, b)
		d += f[aa+ab+ba+bb] - f[aa] - f[ab] - f[ba] - f[bb]
		d -= g(l[a], l[b]) + g(r[a], r[b])
		return d
	}
	active := make([]int, k)
	for i := range active {
		active[i] = i
	}
	dm := make([]float64, k*k) // dm[a*k+b] for a < b
	for ai, a := range active {
		for _, b := range active[ai+1:] {
			dm[a*k+b] = delta(a, b, active)
		}
	}
	// node[i] is the tree node standing for active class i; children of
	// internal nodes are kept to read the paths at the end.
	type node struct{ left, right int }
	nodes := make([]node, k, 2*k)
	for i := range nodes {
		nodes[i] = node{-1, -1}
	}
	top := make([]int, k)
	for i := range top {
		top[i] = i
	}
	for len(active) > 1 {
		bi, bj, best := -1, -1, math.Inf(-1)
		for ai, a := range active {
			for _, b := range active[ai+1:] {
				if v := dm[a*k+b]; v > best {
					bi, bj, best = a, b, v
				}
			}
		}
		i, j := bi, bj
		rest := slices.DeleteFunc(slices.Clone(active), func(x int) bool { return x == i || x == j })
		// Pairs away from i and j change only in the terms of i and j,
		// which become the terms of their union.
		for ai, a := range rest {
			for _, b := range rest[ai+1:] {
				d := -g(at(a, i), at(b, i)) - g(at(a, j), at(b, j)) -
					g(at(i, a), at(i, b)) - g(at(j, a), at(j, b)) +
					g(at(a, i)+at(a, j), at(b, i)+at(b, j)) +
					g(at(i, a)+at(j, a), at(i, b)+at(j, b))
				lo, hi := min(a, b), max(a, b)
				dm[lo*k+hi] += d
			}
		}
		ii := at(i, i) + at(i, j) + at(j, i) + at(j, j)
		for x := range k {
			c[i*k+x] += c[j*k+x]
			c[x*k+i] += c[x*k+j]
		}
		c[i*k+i] = ii
		l[i] += l[j]
		r[i] += r[j]
		active = append(rest, i)
		slices.Sort(active)
		for _, x := range active {
			if x != i {
				dm[min(i, x)*k+max(i, x)] = delta(i, x, active)
			}
		}
		nodes = append(nodes, node{top[i], top[j]})
		top[i] = len(nodes) - 1
	}
	paths := make([]string, k)
	var walk func(n int, path []byte)
	walk = func(n int, path []byte) {
		if nodes[n].left < 0 {
			paths[n] = string(path)
			return
		}
		walk(nodes[n].left, append(path, '0'))
		walk(nodes[n].right, append(path, '1'))
	}
	if k > 0 {
		walk(top[active[0]], nil)
	}
	for i, p := range paths {
		if p == "" {
			paths[i] = "0" // a single class still gets a path
		}
	}
	return paths
}

// String describes the clusters briefly, for logs.
func (c *Clusters) String() string {
	classes := map[string]bool{}
	for _, w := range c.words {
		classes[w.Path] = true
	}
	return fmt.Sprintf("%d words in %d clusters", len(c.words), len(classes))
}
