package story

import (
	"fmt"
	"sort"
	"strconv"
	"unicode"
	"unicode/utf8"

	"github.com/cotejo/cotejo"
	"github.com/cotejo/cotejo/lang"
)

// Tuning of passage detection. A shingle of passageShingle folded words
// seeds an alignment; an alignment counts as shared copy once
// passageMinWords words match, long enough that stock phrases ("el
// presidente de Estados Unidos, Donald Trump") do not.
const (
	passageShingle  = 5
	passageMinWords = 10
	// passageEditRun is how many words must match between two edits and
	// after an edit, so that a tolerated change cannot start a run of noise.
	passageEditRun = 3
	// passageMaxWords bounds the words read from one body: input is
	// untrusted and a story stage must not be stalled by one huge text.
	passageMaxWords = 200000
	// passageMergeOverlap is the share of the longer of two alignments in
	// one article they must share to be one passage.
	passageMergeOverlap = 0.6
	// passageMaxActive bounds the open ranges an article's sweep compares
	// with, keeping the merge linear in a story of hundreds of copies.
	passageMaxActive = 64
)

// Passages finds the near-verbatim passages that the story's articles
// share, fills st.Passages and sets each article's SharedFraction.
//
// Five-word shingles of accent-folded words are hashed into an index; each
// article seeds alignments only against the earliest earlier article
// holding the shingle (and the earliest of another outlet, when that
// differs), so a story of hundreds of copies of one wire costs time linear
// in its words. Seeds are extended both ways, tolerating a changed,
// inserted or dropped word or two; overlapping alignments are merged into
// passages.
func Passages(st *cotejo.Story) {
	if st == nil {
		return
	}
	docs := make([]passageDoc, len(st.Articles))
	for i, a := range st.Articles {
		docs[i] = passageTokenize(a)
	}
	aligns := passageAlign(docs)
	st.Passages = passageMerge(st, docs, aligns)
	passageSharedFractions(st, docs, aligns)
}

// passageDoc is one article's words, hashed after folding.
type passageDoc struct {
	outlet string // outlet key: Outlet, or a key of its own when unknown
	words  []lang.Word
	hashes []uint64
	base   int // index of the first word in the story-wide numbering
}

func passageTokenize(a *cotejo.Article) passageDoc {
	if a == nil {
		return passageDoc{}
	}
	d := passageDoc{outlet: a.Outlet}
	if d.outlet == "" {
		d.outlet = "\x00" + a.ID
	}
	d.words = lang.Words(a.Body)
	if len(d.words) > passageMaxWords {
		d.words = d.words[:passageMaxWords]
	}
	d.hashes = make([]uint64, len(d.words))
	for i, w := range d.words {
		d.hashes[i] = passageWordHash(a.Body[w.Start:w.End])
	}
	return d
}

// passageWordHash hashes a word lower-cased and without accents (FNV-1a),
// so "Velázquez" and "Velazquez" are one word.
func passageWordHash(w string) uint64 {
	h := uint64(14695981039346656037)
	for _, r := range lang.Fold(w) {
		for r > 0 {
			h ^= uint64(r & 0xff)
			h *= 1099511628211
			r >>= 8
		}
	}
	return h
}

// passageAlignment is a pairwise alignment of two articles: the word
// ranges [a0,a1) of article a and [b0,b1) of article b, and the word
// pairs that matched.
type passageAlignment struct {
	a, b           int
	a0, a1, b0, b1 int
	pairs          [][2]int // (word in a, word in b)
}

type passagePosting struct{ doc, word int }

// passageIndexEntry keeps, for a shingle, its first posting and the first
// posting from an outlet other than the first's.
type passageIndexEntry struct {
	first, other passagePosting
	hasOther     bool
}

func passageAlign(docs []passageDoc) []passageAlignment {
	index := make(map[uint64]*passageIndexEntry)
	var out []passageAlignment
	for i := range docs {
		d := &docs[i]
		// last alignment done with each partner, to skip seeds it covers
		last := make(map[int]int)
		for p := 0; p+passageShingle <= len(d.hashes); p++ {
			h := passageShingleHash(d.hashes[p : p+passageShingle])
			e := index[h]
			if e == nil {
				index[h] = &passageIndexEntry{first: passagePosting{i, p}}
				continue
			}
			if !e.hasOther && docs[e.first.doc].outlet != d.outlet && e.first.doc != i {
				e.other, e.hasOther = passagePosting{i, p}, true
			}
			for _, q := range passagePartners(e, docs, i) {
				if k, ok := last[q.doc]; ok && passageCovers(out[k], p, q.word) {
					continue
				}
				al := passageExtend(docs, q.doc, q.word, i, p)
				if len(al.pairs) < passageMinWords {
					continue
				}
				last[q.doc] = len(out)
				out = append(out, al)
			}
		}
	}
	return out
}

// passagePartners returns the earlier postings article i aligns a shared
// shingle with: the first, and the first of another outlet when i shares
// the first's outlet.
func passagePartners(e *passageIndexEntry, docs []passageDoc, i int) []passagePosting {
	var ps []passagePosting
	if e.first.doc != i {
		ps = append(ps, e.first)
	}
	if e.hasOther && e.other.doc != i && e.other.doc < i && docs[e.first.doc].outlet == docs[i].outlet {
		ps = append(ps, e.other)
	}
	return ps
}

func passageShingleHash(hs []uint64) uint64 {
	h := uint64(1469598103934665603)
	for _, x := range hs {
		h = (h ^ x) * 1099511628211
		h ^= h >> 29
	}
	return h
}

// passageCovers reports whether the seed at word p of the later article
// and word q of the earlier lies inside alignment al.
func passageCovers(al passageAlignment, p, q int) bool {
	return p >= al.b0 && p < al.b1 && q >= al.a0 && q < al.a1
}

// passageExtend grows the seed at words (pa of article a, pb of article b)
// into an alignment, right then left.
func passageExtend(docs []passageDoc, a, pa, b, pb int) passageAlignment {
	x, y := docs[a].hashes, docs[b].hashes
	right := passageWalk(x, y, pa, pb, 1)
	left := passageWalk(x, y, pa-1, pb-1, -1)
	al := passageAlignment{a: a, b: b}
	for k := len(left) - 1; k >= 0; k-- {
		al.pairs = append(al.pairs, left[k])
	}
	al.pairs = append(al.pairs, right...)
	if len(al.pairs) == 0 {
		return al
	}
	f, l := al.pairs[0], al.pairs[len(al.pairs)-1]
	al.a0, al.b0, al.a1, al.b1 = f[0], f[1], l[0]+1, l[1]+1
	return al
}

// passageEdits are the edits tolerated between two runs of matching
// words, as steps taken in each text: a changed word, one or two words
// inserted on either side, two changed words.
var passageEdits = [][2]int{{1, 1}, {1, 0}, {0, 1}, {2, 0}, {0, 2}, {2, 2}, {2, 1}, {1, 2}}

// passageWalk matches words of x and y from (i, j) in direction dir,
// tolerating an edit when passageEditRun words matched before it and
// after it, and returns the matched pairs in walking order.
func passageWalk(x, y []uint64, i, j, dir int) [][2]int {
	in := func(i, j int) bool { return i >= 0 && j >= 0 && i < len(x) && j < len(y) }
	runMatches := func(i, j int) bool {
		for k := 0; k < passageEditRun; k++ {
			if !in(i+k*dir, j+k*dir) || x[i+k*dir] != y[j+k*dir] {
				return false
			}
		}
		return true
	}
	var pairs [][2]int
	run := passageEditRun // the seed itself is a run
	for in(i, j) {
		if x[i] == y[j] {
			pairs = append(pairs, [2]int{i, j})
			i, j = i+dir, j+dir
			run++
			continue
		}
		if run < passageEditRun {
			break
		}
		moved := false
		for _, e := range passageEdits {
			ni, nj := i+e[0]*dir, j+e[1]*dir
			if runMatches(ni, nj) {
				i, j, moved = ni, nj, true
				break
			}
		}
		if !moved {
			break
		}
		run = 0
	}
	return pairs
}

// passageMerge merges alignments whose ranges overlap within an article
// into passages, ordered by first appearance.
func passageMerge(st *cotejo.Story, docs []passageDoc, aligns []passageAlignment) []cotejo.Passage {
	type node struct{ doc, lo, hi int }
	nodes := make([]node, 0, 2*len(aligns))
	uf := newPassageUF(2 * len(aligns))
	for k, al := range aligns {
		nodes = append(nodes, node{al.a, al.a0, al.a1}, node{al.b, al.b0, al.b1})
		uf.union(2*k, 2*k+1)
	}
	order := make([]int, len(nodes))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(x, y int) bool {
		p, q := nodes[order[x]], nodes[order[y]]
		if p.doc != q.doc {
			return p.doc < q.doc
		}
		return p.lo < q.lo
	})
	// Sweep each article's ranges in order, joining those that cover
	// mostly the same words: ranges that merely touch or hold one another
	// stay apart, or in a heavily copied story every alignment would chain
	// into one passage.
	var active []int // ranges of this article still open at the sweep
	for k, n := range order {
		cur := nodes[n]
		if k == 0 || nodes[order[k-1]].doc != cur.doc {
			active = active[:0]
		}
		kept := active[:0]
		for _, o := range active {
			if nodes[o].hi > cur.lo {
				kept = append(kept, o)
			}
		}
		active = kept
		for _, o := range active {
			other := nodes[o]
			shared := min(other.hi, cur.hi) - cur.lo
			if float64(shared) >= passageMergeOverlap*float64(max(other.hi-other.lo, cur.hi-cur.lo)) {
				uf.union(o, n)
			}
		}
		if len(active) < passageMaxActive {
			active = append(active, n)
		}
	}
	type group struct {
		spans map[int]cotejo.Span // doc → span in words
		first [2]int
	}
	groups := make(map[int]*group)
	for _, k := range order {
		n := nodes[k]
		r := uf.find(k)
		g := groups[r]
		if g == nil {
			g = &group{spans: make(map[int]cotejo.Span), first: [2]int{n.doc, n.lo}}
			groups[r] = g
		}
		if s, ok := g.spans[n.doc]; ok {
			g.spans[n.doc] = cotejo.Span{Start: min(s.Start, n.lo), End: max(s.End, n.hi)}
		} else {
			g.spans[n.doc] = cotejo.Span{Start: n.lo, End: n.hi}
		}
	}
	list := make([]*group, 0, len(groups))
	for _, g := range groups {
		if len(g.spans) >= 2 {
			list = append(list, g)
		}
	}
	sort.Slice(list, func(x, y int) bool {
		p, q := list[x].first, list[y].first
		return p[0] < q[0] || (p[0] == q[0] && p[1] < q[1])
	})
	out := make([]cotejo.Passage, 0, len(list))
	for n, g := range list {
		p := cotejo.Passage{ID: fmt.Sprintf("p%d", n+1), Texts: map[string]string{}, Spans: map[string]cotejo.Span{}}
		docsIn := make([]int, 0, len(g.spans))
		for d := range g.spans {
			docsIn = append(docsIn, d)
		}
		sort.Slice(docsIn, func(x, y int) bool {
			return passageIDLess(st.Articles[docsIn[x]].ID, st.Articles[docsIn[y]].ID, docsIn[x], docsIn[y])
		})
		for _, d := range docsIn {
			a := st.Articles[d]
			ws := g.spans[d]
			span := passageByteSpan(a.Body, docs[d].words[ws.Start].Start, docs[d].words[ws.End-1].End)
			p.Articles = append(p.Articles, a.ID)
			p.Texts[a.ID] = span.Text(a.Body)
			p.Spans[a.ID] = span
		}
		out = append(out, p)
	}
	return out
}

// passageIDLess orders article IDs by their number ("a2" before "a10"),
// then as strings, then by position in the story.
func passageIDLess(a, b string, i, j int) bool {
	na, oka := passageIDNumber(a)
	nb, okb := passageIDNumber(b)
	switch {
	case oka && okb && na != nb:
		return na < nb
	case oka != okb:
		return oka
	case a != b:
		return a < b
	}
	return i < j
}

// passageIDNumber reads the number that ends an ID ("a10" → 10).
func passageIDNumber(id string) (int, bool) {
	k := len(id)
	for k > 0 && id[k-1] >= '0' && id[k-1] <= '9' {
		k--
	}
	if k == len(id) || len(id)-k > 9 {
		return 0, false
	}
	n, err := strconv.Atoi(id[k:])
	return n, err == nil
}

// passageByteSpan widens a span of words over the quote marks and final
// punctuation attached to them, so the text reads as printed.
func passageByteSpan(body string, start, end int) cotejo.Span {
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(body[:start])
		if !passageOpener(r) {
			break
		}
		start -= n
	}
	for end < len(body) {
		r, n := utf8.DecodeRuneInString(body[end:])
		if !passageCloser(r) {
			break
		}
		end += n
	}
	return cotejo.Span{Start: start, End: end}
}

func passageOpener(r rune) bool {
	switch r {
	case '"', '“', '‘', '«', '¿', '¡', '(':
		return true
	}
	return false
}

func passageCloser(r rune) bool {
	switch r {
	case '"', '”', '’', '»', ')', '.', '!', '?':
		return true
	}
	return unicode.Is(unicode.Pf, r)
}

// passageSharedFractions sets each article's SharedFraction: the share of
// its word bytes whose copies, through the alignments, include a word of
// another outlet's article.
func passageSharedFractions(st *cotejo.Story, docs []passageDoc, aligns []passageAlignment) {
	total := 0
	for i := range docs {
		docs[i].base = total
		total += len(docs[i].words)
	}
	uf := newPassageUF(total)
	aligned := make([]bool, total)
	for _, al := range aligns {
		for _, p := range al.pairs {
			x, y := docs[al.a].base+p[0], docs[al.b].base+p[1]
			uf.union(x, y)
			aligned[x], aligned[y] = true, true
		}
	}
	// a copy group is cross-outlet when its words come from two outlets
	firstOutlet := make(map[int]string)
	cross := make(map[int]bool)
	for _, d := range docs {
		for w := range d.words {
			g := d.base + w
			if !aligned[g] {
				continue
			}
			r := uf.find(g)
			if o, ok := firstOutlet[r]; !ok {
				firstOutlet[r] = d.outlet
			} else if o != d.outlet {
				cross[r] = true
			}
		}
	}
	for i, a := range st.Articles {
		if a == nil {
			continue
		}
		d := docs[i]
		all, shared := 0, 0
		for w, span := range d.words {
			n := span.End - span.Start
			all += n
			if g := d.base + w; aligned[g] && cross[uf.find(g)] {
				shared += n
			}
		}
		a.SharedFraction = 0
		if all > 0 {
			a.SharedFraction = float64(shared) / float64(all)
		}
	}
}

// passageUF is a union-find over dense integer ids.
type passageUF struct{ parent []int }

func newPassageUF(n int) *passageUF {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	return &passageUF{parent: p}
}

func (u *passageUF) find(x int) int {
	for u.parent[x] != x {
		u.parent[x] = u.parent[u.parent[x]]
		x = u.parent[x]
	}
	return x
}

func (u *passageUF) union(x, y int) {
	if rx, ry := u.find(x), u.find(y); rx != ry {
		u.parent[ry] = rx
	}
}
