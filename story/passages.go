package story

import (
	"cmp"
	"math/bits"
	"slices"
	"strconv"
	"sync"
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
	if len(st.Articles) < 2 {
		// An article shares nothing with itself: no need to read it.
		st.Passages = []cotejo.Passage{}
		for _, a := range st.Articles {
			if a != nil {
				a.SharedFraction = 0
			}
		}
		return
	}
	sc := passagePool.Get().(*passageScratch)
	defer passagePool.Put(sc)
	sc.tokenize(st.Articles)
	sc.align()
	st.Passages = sc.merge(st)
	sc.sharedFractions(st)
}

// passagePool keeps the buffers of one Passages call for the next, so a
// run over thousands of stories does not allocate its working memory anew
// for each. The buffers hold numbers only, never article text.
var passagePool = sync.Pool{New: func() any { return new(passageScratch) }}

// passageScratch is the working memory of one Passages call. Words of all
// articles are numbered story-wide: article i holds words
// starts[i]..starts[i+1]-1.
type passageScratch struct {
	words   []passageWord
	hashes  []uint64 // folded-word hash of each word
	starts  []int32
	outlets []int32 // outlet number of each article

	table     []passageSlot // open-addressing shingle index
	spare     []passageSlot // the index's previous memory, for it to grow into
	used      int           // shingles in the index
	last      []int32       // per partner article: last alignment made with it
	lastFor   []int32       // article whose seeds last[] refers to
	aligns    []passageAlignment
	runs      []passageRun // matched words of all alignments
	nodes     []passageNode
	order     []int32
	active    []int32
	rootGroup []int32
	uf        []int32
	aligned   []bool
	state     []int32
	groups    []passageGroup
	entries   []passageEntry // ranges in sweep order
	placed    []passageEntry // the same, grouped: one span per article
}

// passageWord is a word's byte range in its article's body.
type passageWord struct{ start, end int32 }

// passageSlot is a shingle in the index: its hash, its first posting and
// the first posting from an outlet other than the first's. Articles are
// stored plus one, so that zero marks an empty slot or no other posting.
type passageSlot struct {
	key                 uint64
	firstDoc, firstWord int32
	otherDoc, otherWord int32
}

// passageAlignment is a pairwise alignment of two articles: the word
// ranges [a0,a1) of article a and [b0,b1) of article b, and the n words
// that matched, in runs[off:end] of the scratch.
type passageAlignment struct {
	a, b           int32
	a0, a1, b0, b1 int32
	off, end, n    int32
}

// passageRun is a run of n matching words: words i.. of one article and
// j.. of the other.
type passageRun struct{ i, j, n int32 }

// passageNode is an alignment's range in one article, in words [lo,hi),
// with key ordering nodes by article, then first word.
type passageNode struct {
	key         uint64
	doc, lo, hi int32
}

// passageGroup is a set of merged alignments: where it first appears, and
// its span in each article, entries[off:off+n] of the scratch.
type passageGroup struct {
	firstDoc, firstWord int32
	off, n              int32
}

// passageEntry is a group's span in one article, in words [lo,hi).
type passageEntry struct{ group, doc, lo, hi int32 }

// Word offsets and story-wide word numbers are int32s, halving the
// working memory: passageBodyMax bounds the body bytes read, and a story
// reads no more articles once it holds passageStoryMaxWords words (gigabytes
// of text).
const (
	passageBodyMax       = 1<<31 - 1
	passageStoryMaxWords = 1<<31 - 1 - passageMaxWords
)

// tokenize reads the words of every article and numbers the outlets, an
// article of unknown outlet counting as an outlet of its own.
func (sc *passageScratch) tokenize(arts []*cotejo.Article) {
	sc.words, sc.hashes = sc.words[:0], sc.hashes[:0]
	sc.starts = append(sc.starts[:0], 0)
	sc.outlets = sc.outlets[:0]
	outletIDs := make(map[string]int32, len(arts))
	for _, a := range arts {
		outlet, body := "", ""
		if a != nil {
			outlet, body = a.Outlet, a.Body
			if outlet == "" {
				outlet = "\x00" + a.ID
			}
		}
		id, ok := outletIDs[outlet]
		if !ok {
			id = int32(len(outletIDs))
			outletIDs[outlet] = id
		}
		sc.outlets = append(sc.outlets, id)
		if len(sc.words) > passageStoryMaxWords {
			body = "" // beyond what word numbers in an int32 can reach
		}
		sc.words, sc.hashes = passageWords(body[:min(len(body), passageBodyMax)], sc.words, sc.hashes)
		sc.starts = append(sc.starts, int32(len(sc.words)))
	}
}

// passageWords appends the words of s and their hashes to words and
// hashes, at most passageMaxWords: the words of lang.Words, each hashed
// lower-cased and without accents (FNV-1a over the bytes of each folded
// rune) so "Velázquez" and "Velazquez" are one word, all read in one pass
// that spares the Unicode tables on ASCII text.
func passageWords(s string, words []passageWord, hashes []uint64) ([]passageWord, []uint64) {
	const offset, prime = 14695981039346656037, 1099511628211
	limit := len(words) + passageMaxWords
	start := -1
	var h uint64
	for i := 0; i < len(s); {
		c := s[i]
		r, size := rune(c), 1
		if c < utf8.RuneSelf {
			switch passageASCII[c] {
			case passageWordByte:
				if start < 0 {
					start, h = i, offset
				}
				h = (h ^ uint64(passageFoldTable[c])) * prime
				i++
				continue
			case passageJoinerByte:
				if start >= 0 && lang.JoinsWord(s, i, r) {
					h = (h ^ uint64(c)) * prime
					i++
					continue
				}
			}
		} else {
			r, size = utf8.DecodeRuneInString(s[i:])
			inWord := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
			if inWord && start < 0 {
				start, h = i, offset
			}
			if inWord || start >= 0 && r == '’' && lang.JoinsWord(s, i, r) {
				for f := passageFold(r); f > 0; f >>= 8 {
					h = (h ^ uint64(f&0xff)) * prime
				}
				i += size
				continue
			}
		}
		if start >= 0 {
			words = append(words, passageWord{int32(start), int32(i)})
			hashes = append(hashes, h)
			start = -1
			if len(words) == limit {
				return words, hashes
			}
		}
		i += size
	}
	if start >= 0 {
		words = append(words, passageWord{int32(start), int32(len(s))})
		hashes = append(hashes, h)
	}
	return words, hashes
}

// Classes of ASCII bytes for passageWords.
const (
	passageOtherByte = iota
	passageWordByte
	passageJoinerByte
)

// passageASCII classes the ASCII bytes: letters and digits make words;
// apostrophes, hyphens, points and commas may join two parts of one.
var passageASCII = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		switch r := rune(c); {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			t[c] = passageWordByte
		case r == '-' || r == '\'' || r == '.' || r == ',':
			t[c] = passageJoinerByte
		}
	}
	return t
}()

// passageFoldTable holds lang.Fold of the one- and two-byte runes, read
// once so that hashing a word allocates nothing.
var passageFoldTable = func() *[0x800]rune {
	var t [0x800]rune
	for r := range t {
		t[r] = passageFoldSlow(rune(r))
	}
	return &t
}()

// passageFold is lang.Fold of the rune r.
func passageFold(r rune) rune {
	if r >= 0 && r < rune(len(passageFoldTable)) {
		return passageFoldTable[r]
	}
	return passageFoldSlow(r)
}

func passageFoldSlow(r rune) rune {
	f, _ := utf8.DecodeRuneInString(lang.Fold(string(r)))
	return f
}

// align finds the pairwise alignments, article by article, in the order
// the passages are merged from.
func (sc *passageScratch) align() {
	n := len(sc.starts) - 1
	// Start the index big enough for the longest article; it grows as a
	// story brings new shingles.
	longest := 0
	for i := range n {
		longest = max(longest, int(sc.starts[i+1]-sc.starts[i])-passageShingle+1)
	}
	sc.resetIndex(max(256, 2*longest))
	sc.last = passageResize(sc.last, n)
	sc.lastFor = passageResize(sc.lastFor, n)
	for i := range sc.lastFor {
		sc.lastFor[i] = -1
	}
	sc.aligns, sc.runs = sc.aligns[:0], sc.runs[:0]
	for i := range int32(n) {
		hs := sc.hashes[sc.starts[i]:sc.starts[i+1]]
		for p := 0; p+passageShingle <= len(hs); p++ {
			h := passageShingleHash(hs[p : p+passageShingle])
			e := sc.lookup(h)
			if e.firstDoc == 0 {
				*e = passageSlot{key: h, firstDoc: i + 1, firstWord: int32(p)}
				if sc.used++; 2*sc.used > len(sc.table) {
					sc.growIndex()
				}
				continue
			}
			first := e.firstDoc - 1
			if e.otherDoc == 0 && sc.outlets[first] != sc.outlets[i] && first != i {
				e.otherDoc, e.otherWord = i+1, int32(p)
			}
			// Seed against the first posting, and against the first of
			// another outlet when i shares the first's outlet.
			if first != i {
				sc.seed(first, e.firstWord, i, int32(p))
			}
			if other := e.otherDoc - 1; other >= 0 && other < i && sc.outlets[first] == sc.outlets[i] {
				sc.seed(other, e.otherWord, i, int32(p))
			}
		}
	}
}

// resetIndex empties the shingle index, with room for at least n
// shingles before it grows.
func (sc *passageScratch) resetIndex(n int) {
	size := 16
	for size < n {
		size <<= 1
	}
	sc.table = passageResize(sc.table, size)
	clear(sc.table)
	sc.used = 0
}

// lookup returns the index slot of the shingle hash h: its own, or the
// empty slot where it goes.
func (sc *passageScratch) lookup(h uint64) *passageSlot {
	mask := uint64(len(sc.table) - 1)
	k := (h * 0x9E3779B97F4A7C15) >> (64 - bits.Len64(mask))
	for sc.table[k].firstDoc != 0 && sc.table[k].key != h {
		k = (k + 1) & mask
	}
	return &sc.table[k]
}

// growIndex doubles the shingle index, keeping it at most half full so
// that probes stay short.
func (sc *passageScratch) growIndex() {
	old := sc.table
	sc.table = passageResize(sc.spare, 2*len(old))
	clear(sc.table)
	for _, e := range old {
		if e.firstDoc != 0 {
			*sc.lookup(e.key) = e
		}
	}
	sc.spare = old
}

// passageResize returns s with length n, reusing its memory when it can.
func passageResize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

func passageShingleHash(hs []uint64) uint64 {
	h := uint64(1469598103934665603)
	for _, x := range hs {
		h = (h ^ x) * 1099511628211
		h ^= h >> 29
	}
	return h
}

// seed aligns word q of the earlier article a with word p of article b,
// unless the last alignment of the two already covers it, and keeps the
// alignment when it is long enough.
func (sc *passageScratch) seed(a, q, b, p int32) {
	if sc.lastFor[a] == b {
		al := &sc.aligns[sc.last[a]]
		if p >= al.b0 && p < al.b1 && q >= al.a0 && q < al.a1 {
			return
		}
	}
	al := sc.extend(a, q, b, p)
	if al.n < passageMinWords {
		sc.runs = sc.runs[:al.off]
		return
	}
	sc.last[a], sc.lastFor[a] = int32(len(sc.aligns)), b
	sc.aligns = append(sc.aligns, al)
}

// extend grows the seed at words (pa of article a, pb of article b) into
// an alignment, left then right, appending its runs to the scratch.
func (sc *passageScratch) extend(a, pa, b, pb int32) passageAlignment {
	x := sc.hashes[sc.starts[a]:sc.starts[a+1]]
	y := sc.hashes[sc.starts[b]:sc.starts[b+1]]
	off := len(sc.runs)
	var left, right int
	sc.runs, left = passageWalk(x, y, int(pa)-1, int(pb)-1, -1, sc.runs)
	slices.Reverse(sc.runs[off:])
	sc.runs, right = passageWalk(x, y, int(pa), int(pb), 1, sc.runs)
	al := passageAlignment{a: a, b: b, off: int32(off), end: int32(len(sc.runs)), n: int32(left + right)}
	if al.n == 0 {
		return al
	}
	f, l := sc.runs[off], sc.runs[len(sc.runs)-1]
	al.a0, al.b0, al.a1, al.b1 = f.i, f.j, l.i+l.n, l.j+l.n
	return al
}

// passageEdits are the edits tolerated between two runs of matching
// words, as steps taken in each text: a changed word, one or two words
// inserted on either side, two changed words.
var passageEdits = [...][2]int{{1, 1}, {1, 0}, {0, 1}, {2, 0}, {0, 2}, {2, 2}, {2, 1}, {1, 2}}

// passageWalk matches words of x and y from (i, j) in direction dir,
// tolerating an edit when passageEditRun words matched before it and
// after it. It appends the runs of matching words to runs in walking
// order and returns them with the number of words matched.
func passageWalk(x, y []uint64, i, j, dir int, runs []passageRun) ([]passageRun, int) {
	matched := 0
	run := passageEditRun // the seed itself is a run
	for i >= 0 && j >= 0 && i < len(x) && j < len(y) {
		if k := passageCommon(x, y, i, j, dir); k > 0 {
			r := passageRun{int32(i), int32(j), int32(k)}
			if dir < 0 {
				r.i, r.j = int32(i-k+1), int32(j-k+1)
			}
			runs = append(runs, r)
			i, j = i+k*dir, j+k*dir
			run += k
			matched += k
			continue
		}
		if run < passageEditRun {
			break
		}
		moved := false
		for _, e := range passageEdits {
			ni, nj := i+e[0]*dir, j+e[1]*dir
			if passageRunMatches(x, y, ni, nj, dir) {
				i, j, moved = ni, nj, true
				break
			}
		}
		if !moved {
			break
		}
		run = 0
	}
	return runs, matched
}

// passageCommon counts the words that match from (i, j), both in range,
// in direction dir.
func passageCommon(x, y []uint64, i, j, dir int) int {
	if dir > 0 {
		xs, ys := x[i:], y[j:]
		n := min(len(xs), len(ys))
		k := 0
		for k < n && xs[k] == ys[k] {
			k++
		}
		return k
	}
	k := 0
	for k <= min(i, j) && x[i-k] == y[j-k] {
		k++
	}
	return k
}

// passageRunMatches reports whether passageEditRun words match from
// (i, j) in direction dir.
func passageRunMatches(x, y []uint64, i, j, dir int) bool {
	for range passageEditRun {
		if i < 0 || j < 0 || i >= len(x) || j >= len(y) || x[i] != y[j] {
			return false
		}
		i, j = i+dir, j+dir
	}
	return true
}

// merge merges alignments whose ranges overlap within an article into
// passages, ordered by first appearance.
func (sc *passageScratch) merge(st *cotejo.Story) []cotejo.Passage {
	// Node 2k is alignment k's range in its earlier article, 2k+1 in its
	// later one; keys order nodes by article, then first word.
	nn := 2 * len(sc.aligns)
	sc.nodes = passageResize(sc.nodes, nn)
	sc.uf = passageResize(sc.uf, nn)
	sc.order = passageResize(sc.order, nn)
	for k, al := range sc.aligns {
		sc.nodes[2*k] = passageNode{uint64(al.a)<<32 | uint64(al.a0), al.a, al.a0, al.a1}
		sc.nodes[2*k+1] = passageNode{uint64(al.b)<<32 | uint64(al.b0), al.b, al.b0, al.b1}
		sc.uf[2*k], sc.uf[2*k+1] = int32(2*k), int32(2*k)
	}
	for i := range sc.order {
		sc.order[i] = int32(i)
	}
	nodes := sc.nodes
	slices.SortFunc(sc.order, func(x, y int32) int { return cmp.Compare(nodes[x].key, nodes[y].key) })
	sc.sweep()
	sc.collect()
	out := make([]cotejo.Passage, 0, len(sc.groups))
	docsIn := make([]passageEntry, 0, 8)
	for _, g := range sc.groups {
		if g.n < 2 {
			continue
		}
		docsIn = append(docsIn[:0], sc.placed[g.off:g.off+g.n]...)
		slices.SortFunc(docsIn, func(x, y passageEntry) int {
			if passageIDLess(st.Articles[x.doc].ID, st.Articles[y.doc].ID, int(x.doc), int(y.doc)) {
				return -1
			}
			return 1
		})
		p := cotejo.Passage{
			ID:       "p" + strconv.Itoa(len(out)+1),
			Articles: make([]string, 0, len(docsIn)),
			Texts:    make(map[string]string, len(docsIn)),
			Spans:    make(map[string]cotejo.Span, len(docsIn)),
		}
		for _, e := range docsIn {
			a := st.Articles[e.doc]
			words := sc.words[sc.starts[e.doc]:]
			span := passageByteSpan(a.Body, int(words[e.lo].start), int(words[e.hi-1].end))
			p.Articles = append(p.Articles, a.ID)
			p.Texts[a.ID] = span.Text(a.Body)
			p.Spans[a.ID] = span
		}
		out = append(out, p)
	}
	return out
}

// sweep walks each article's ranges in order, joining those that cover
// mostly the same words: ranges that merely touch or hold one another
// stay apart, or in a heavily copied story every alignment would chain
// into one passage.
func (sc *passageScratch) sweep() {
	active := sc.active[:0] // ranges of this article still open at the sweep
	prevDoc := int32(-1)
	for _, n := range sc.order {
		doc, lo, hi := sc.nodes[n].doc, sc.nodes[n].lo, sc.nodes[n].hi
		if doc != prevDoc {
			active, prevDoc = active[:0], doc
		}
		// Drop the ranges that end before this one starts, comparing
		// this one with the others as they are kept.
		kept := active[:0]
		for _, o := range active {
			olo, ohi := sc.nodes[o].lo, sc.nodes[o].hi
			if ohi <= lo {
				continue
			}
			kept = append(kept, o)
			shared := min(ohi, hi) - lo
			if float64(shared) >= passageMergeOverlap*float64(max(ohi-olo, hi-lo)) {
				passageUnion(sc.uf, o, n)
			}
		}
		active = kept
		if len(active) < passageMaxActive {
			active = append(active, n)
		}
	}
	sc.active = active
}

// collect gathers the merged ranges into groups numbered by first
// appearance, each with one span per article, articles in order.
func (sc *passageScratch) collect() {
	sc.rootGroup = passageResize(sc.rootGroup, len(sc.order))
	for i := range sc.rootGroup {
		sc.rootGroup[i] = -1
	}
	sc.groups = sc.groups[:0]
	// Ranges come by article, so a group's ranges in one article are
	// consecutive among its own and fold into one span as they come.
	tmp := sc.entries[:0]
	for _, n := range sc.order {
		doc, lo, hi := sc.nodes[n].doc, sc.nodes[n].lo, sc.nodes[n].hi
		r := passageFind(sc.uf, n)
		g := sc.rootGroup[r]
		if g < 0 {
			g = int32(len(sc.groups))
			sc.rootGroup[r] = g
			sc.groups = append(sc.groups, passageGroup{firstDoc: doc, firstWord: lo})
		}
		tmp = append(tmp, passageEntry{group: g, doc: doc, lo: lo, hi: hi})
	}
	// Place each group's entries together, keeping their order (a
	// counting sort), merging ranges of one article.
	for _, e := range tmp {
		sc.groups[e.group].n++
	}
	off := int32(0)
	for i := range sc.groups {
		sc.groups[i].off, off = off, off+sc.groups[i].n
		sc.groups[i].n = 0
	}
	sc.entries = tmp
	sc.placed = passageResize(sc.placed, len(tmp))
	placed := sc.placed
	for _, e := range tmp {
		g := &sc.groups[e.group]
		if g.n > 0 {
			if last := &placed[g.off+g.n-1]; last.doc == e.doc {
				last.lo, last.hi = min(last.lo, e.lo), max(last.hi, e.hi)
				continue
			}
		}
		placed[g.off+g.n] = e
		g.n++
	}
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

// sharedFractions sets each article's SharedFraction: the share of its
// word bytes whose copies, through the alignments, include a word of
// another outlet's article.
func (sc *passageScratch) sharedFractions(st *cotejo.Story) {
	total := len(sc.words)
	sc.uf = passageResize(sc.uf, total)
	for i := range sc.uf {
		sc.uf[i] = int32(i)
	}
	sc.aligned = passageResize(sc.aligned, total)
	clear(sc.aligned)
	for _, al := range sc.aligns {
		ba, bb := sc.starts[al.a], sc.starts[al.b]
		for _, r := range sc.runs[al.off:al.end] {
			for k := range r.n {
				x, y := ba+r.i+k, bb+r.j+k
				passageUnion(sc.uf, x, y)
				sc.aligned[x], sc.aligned[y] = true, true
			}
		}
	}
	// A copy group is cross-outlet when its words come from two outlets:
	// state of a group's root is 0 before any word, its outlet plus one
	// after words of one outlet, -1 after words of two.
	sc.state = passageResize(sc.state, total)
	clear(sc.state)
	for i := range len(sc.starts) - 1 {
		outlet := sc.outlets[i] + 1
		for g := sc.starts[i]; g < sc.starts[i+1]; g++ {
			if !sc.aligned[g] {
				continue
			}
			r := passageFind(sc.uf, g)
			switch s := sc.state[r]; {
			case s == 0:
				sc.state[r] = outlet
			case s > 0 && s != outlet:
				sc.state[r] = -1
			}
		}
	}
	for i, a := range st.Articles {
		if a == nil {
			continue
		}
		all, shared := 0, 0
		for g := sc.starts[i]; g < sc.starts[i+1]; g++ {
			w := sc.words[g]
			n := int(w.end - w.start)
			all += n
			if sc.aligned[g] && sc.state[passageFind(sc.uf, g)] < 0 {
				shared += n
			}
		}
		a.SharedFraction = 0
		if all > 0 {
			a.SharedFraction = float64(shared) / float64(all)
		}
	}
}

// passageFind returns the root of x in the union-find forest parent.
func passageFind(parent []int32, x int32) int32 {
	for parent[x] != x {
		parent[x] = parent[parent[x]]
		x = parent[x]
	}
	return x
}

// passageUnion joins the sets of x and y in the union-find forest parent.
func passageUnion(parent []int32, x, y int32) {
	if rx, ry := passageFind(parent, x), passageFind(parent, y); rx != ry {
		parent[ry] = rx
	}
}

// passageUF is a union-find over dense integer ids, for callers that
// group other things than words.
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
