// Package group assigns articles to stories: MinHash signatures with LSH
// banding and an index of salient features find each article's candidate
// stories without comparing all pairs, and a similarity over content words,
// named-looking tokens, numbers and dates decides. It runs as a stream (one
// article at a time joins a story or opens one) and in batch, with the same
// code.
package group

import (
	"slices"

	"github.com/cotejo/cotejo"
)

// Defaults of Options, tuned on the training topics of ECB+ (two stories
// of the same kind per topic, such as two different earthquakes).
const (
	DefaultThreshold      = 0.30
	DefaultMergeThreshold = 0.22
	DefaultDaySlack       = 3
	DefaultDayScale       = 10
)

// Options tune grouping. The zero value gives good defaults.
type Options struct {
	// Threshold is the similarity an article needs with a story to join
	// it; below it, the article opens a new story. 0 means DefaultThreshold.
	Threshold float64
	// MergeThreshold is the similarity two stories need to be merged by
	// Consolidate. 0 means DefaultMergeThreshold.
	MergeThreshold float64
	// DaySlack is how many days apart an article may be published from a
	// story's articles before the distance lowers its similarity; 0 means
	// DefaultDaySlack.
	DaySlack int
	// DayScale is how many days beyond DaySlack halve the similarity; 0
	// means DefaultDayScale.
	DayScale int
	// Weights weigh the similarity of content words, named-looking tokens
	// and numbers (dates of the month included), in that order. The zero
	// value means defaultWeights.
	Weights [3]float64
}

// defaultWeights: a shared name or number says more about which story an
// article tells than a shared word, since stories of one kind share words.
var defaultWeights = [kinds]float64{0.35, 0.35, 0.30}

func (o Options) withDefaults() Options {
	if o.Threshold == 0 {
		o.Threshold = DefaultThreshold
	}
	if o.MergeThreshold == 0 {
		o.MergeThreshold = DefaultMergeThreshold
	}
	if o.DaySlack == 0 {
		o.DaySlack = DefaultDaySlack
	}
	if o.DayScale == 0 {
		o.DayScale = DefaultDayScale
	}
	if o.Weights == ([3]float64{}) {
		o.Weights = defaultWeights
	}
	return o
}

// Bounds on what is kept and compared per article and story, so that the
// cost of one Add does not grow with the number of articles seen.
const (
	keepPerArticle = 100 // heaviest dimensions of an article's vector per family
	keepPerStory   = 300 // heaviest dimensions of a story's profile per family
	salientTerms   = 12  // features of an article filed in the salient index
	signatureTerms = 40  // features of an article its MinHash signature is taken over
	postingLimit   = 64  // most recent stories kept per salient feature
	maxCandidates  = 32  // stories fully compared per article
)

// Grouper assigns articles to stories one at a time. It is not safe for
// concurrent use.
type Grouper struct {
	opt     Options
	dict    *dictionary
	ex      *extractor
	stories []*story
	article []int32 // story each article was assigned to when added
	salient postings[uint32]
	buckets postings[uint64]
	hits    []int32  // scratch for candidate counting, per story
	hit     []int32  // the stories counted in hits
	dense   dense    // scratch for similarities
	scratch struct { // of profile
		weighed [kinds]vector
		pool    vector
		set     []uint32
		salient []uint32
	}
}

// bag is a sum of unit vectors per family, and how many were summed: one
// article's (its own vectors, each counted once) or a story's, whose
// average-link similarity to another bag is then a dot product.
type bag struct {
	sum [kinds]vector
	n   [kinds]int32
}

// add adds another bag's vectors to b.
func (b *bag) add(o *bag) {
	for k := range b.sum {
		if o.n[k] == 0 {
			continue
		}
		b.sum[k] = addTo(b.sum[k], o.sum[k])
		if len(b.sum[k]) > keepPerStory*3/2 {
			b.sum[k] = top(b.sum[k], keepPerStory)
		}
		b.n[k] += o.n[k]
	}
}

// story is a story's profile (its members' vectors summed), its date range
// and its members.
type story struct {
	bag
	first, last int32 // days of the earliest and latest dated member; noDay when none
	members     []int32
	into        int32 // the story it was merged into; -1 while it stands
}

// profile is an article as compared against stories.
type profile struct {
	bag
	day     int32
	salient []uint32
	sig     signature
	hasSig  bool
}

// New returns an empty Grouper.
func New(opt Options) *Grouper {
	dict := newDictionary()
	return &Grouper{
		opt:     opt.withDefaults(),
		dict:    dict,
		ex:      newExtractor(dict),
		salient: newPostings[uint32](postingLimit),
		buckets: newPostings[uint64](bucketLimit),
	}
}

// Add assigns one article (Body, Title, Language and Published are read)
// to a story, joining the best matching one or opening a new one, and
// returns the story's index (0, 1, 2… in order of opening).
func (g *Grouper) Add(a *cotejo.Article) int {
	f := g.ex.extract(a)
	g.dict.observe(&f)
	return g.place(&f)
}

// Groups returns the stories so far, in order of opening, as lists of
// indices into the order articles were added. Stories merged into another
// by Consolidate are left out, so after a merge the i-th group need not be
// story i: Story gives an article's current story.
func (g *Grouper) Groups() [][]int {
	var out [][]int
	for _, s := range g.stories {
		if s.into >= 0 {
			continue
		}
		members := make([]int, len(s.members))
		for i, m := range s.members {
			members[i] = int(m)
		}
		out = append(out, members)
	}
	return out
}

// Story returns the index of the story the i-th added article belongs to
// now, following merges; -1 when there is no such article.
func (g *Grouper) Story(i int) int {
	if i < 0 || i >= len(g.article) {
		return -1
	}
	return int(g.resolve(g.article[i]))
}

// Batch groups a whole set of articles with the same code as the stream:
// it learns document frequencies from the whole set first, adds the
// articles in order and finishes with Consolidate.
func Batch(articles []*cotejo.Article, opt Options) [][]int {
	g := New(opt)
	feats := make([]features, len(articles))
	for i, a := range articles {
		feats[i] = g.ex.extract(a)
		g.dict.observe(&feats[i])
	}
	for i := range feats {
		g.place(&feats[i])
		feats[i] = features{} // free as we go: only the profile is kept
	}
	g.Consolidate()
	return g.Groups()
}

// place assigns an article's features to a story.
func (g *Grouper) place(f *features) int {
	p := g.profile(f)
	best, bestScore := int32(-1), g.opt.Threshold
	g.dense.scatter(&p.bag, len(g.dict.df))
	for _, c := range g.candidates(p.salient, p.sig, p.hasSig) {
		s := g.stories[c]
		dots := g.dots(&p.bag, &s.bag)
		if score := g.score(&p.bag, &s.bag, &dots, p.day, p.day, s.first, s.last); score >= bestScore {
			best, bestScore = c, score
		}
	}
	g.dense.clear(&p.bag)
	if best < 0 {
		best = int32(len(g.stories))
		g.stories = append(g.stories, &story{first: noDay, last: noDay, into: -1})
	}
	g.join(best, int32(len(g.article)), &p)
	g.article = append(g.article, best)
	return int(best)
}

// profile weighs an article's features against the document frequencies
// known now, and picks the salient ones for the candidate indexes.
//
// The profile's vectors and lists live in the Grouper's scratch space,
// valid until the next profile: joining a story copies what it keeps.
func (g *Grouper) profile(f *features) profile {
	p := profile{day: f.day}
	buf := &g.scratch
	pool := buf.pool[:0]
	for k := range f.terms {
		buf.weighed[k] = weigh(buf.weighed[k], f.terms[k], g.dict, keepPerArticle)
		p.sum[k] = buf.weighed[k]
		if len(p.sum[k]) > 0 {
			p.n[k] = 1
		}
		if kind(k) != kindNumber {
			for _, e := range p.sum[k] {
				pool = append(pool, entry{e.id, e.w * float32(g.opt.Weights[k])})
			}
		}
	}
	buf.pool = pool
	// Salient features are the heaviest the article holds: frequent in it
	// and rare elsewhere, they point at the few stories worth comparing.
	pool = top(pool, signatureTerms)
	buf.set = appendIDs(buf.set[:0], pool)
	p.sig, p.hasSig = minHash(buf.set)
	p.salient = buf.set
	if len(pool) > salientTerms {
		buf.salient = appendIDs(buf.salient[:0], top(pool, salientTerms))
		p.salient = buf.salient
	}
	return p
}

func appendIDs(out []uint32, v vector) []uint32 {
	for _, e := range v {
		out = append(out, e.id)
	}
	return out
}

// candidates returns the stories sharing a salient feature or an LSH
// bucket with a profile, the ones sharing most first, at most
// maxCandidates.
func (g *Grouper) candidates(salient []uint32, sig signature, hasSig bool) []int32 {
	if len(g.hits) < len(g.stories) {
		g.hits = append(g.hits, make([]int32, len(g.stories)-len(g.hits))...)
	}
	g.hit = g.hit[:0]
	count := func(s, n int32) {
		if g.hits[s] == 0 {
			g.hit = append(g.hit, s)
		}
		g.hits[s] += n
	}
	for _, id := range salient {
		for _, s := range g.salient.get(id) {
			count(g.resolve(s), 1)
		}
	}
	if hasSig {
		for _, key := range sig.bandKeys() {
			for _, s := range g.buckets.get(key) {
				count(g.resolve(s), 2)
			}
		}
	}
	// Most hits first, then the most recent story: both in one key.
	rank := make([]uint64, len(g.hit))
	for i, s := range g.hit {
		rank[i] = uint64(g.hits[s])<<32 | uint64(s)
		g.hits[s] = 0
	}
	slices.Sort(rank)
	out := make([]int32, min(len(rank), maxCandidates))
	for i := range out {
		out[i] = int32(uint32(rank[len(rank)-1-i]))
	}
	return out
}

// join adds article i, of profile p, to story s and files the story under
// the article's salient features and buckets.
func (g *Grouper) join(s, i int32, p *profile) {
	st := g.stories[s]
	st.members = append(st.members, i)
	st.add(&p.bag)
	st.widen(p.day, p.day)
	for _, id := range p.salient {
		g.salient.add(id, s)
	}
	if p.hasSig {
		for _, key := range p.sig.bandKeys() {
			g.buckets.add(key, s)
		}
	}
}

func (s *story) widen(first, last int32) {
	if first == noDay {
		return
	}
	if s.first == noDay || first < s.first {
		s.first = first
	}
	if s.last == noDay || last > s.last {
		s.last = last
	}
}

// resolve follows merges to the story that stands.
func (g *Grouper) resolve(s int32) int32 {
	root := s
	for g.stories[root].into >= 0 {
		root = g.stories[root].into
	}
	for g.stories[s].into >= 0 { // compress the path for the next lookup
		next := g.stories[s].into
		g.stories[s].into = root
		s = next
	}
	return root
}
