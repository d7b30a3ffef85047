// Package group assigns articles to stories: MinHash signatures with LSH
// banding and an index of salient features find each article's candidate
// stories without comparing all pairs, and a similarity over content words,
// named-looking tokens, numbers and dates decides. It runs as a stream (one
// article at a time joins a story or opens one) and in batch, with the same
// code.
package group

import (
	"cmp"
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
	stories []*story
	article []int32 // story each article was assigned to when added
	salient postings[uint32]
	buckets postings[uint64]
	hits    map[int32]int // scratch for candidate counting
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
		b.sum[k] = sum(b.sum[k], o.sum[k])
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
	return &Grouper{
		opt:     opt.withDefaults(),
		dict:    newDictionary(),
		salient: newPostings[uint32](postingLimit),
		buckets: newPostings[uint64](bucketLimit),
		hits:    make(map[int32]int),
	}
}

// Add assigns one article (Body, Title, Language and Published are read)
// to a story, joining the best matching one or opening a new one, and
// returns the story's index (0, 1, 2… in order of opening).
func (g *Grouper) Add(a *cotejo.Article) int {
	f := extract(a, g.dict)
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
		feats[i] = extract(a, g.dict)
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
	for _, c := range g.candidates(p.salient, p.sig, p.hasSig) {
		s := g.stories[c]
		if score := g.similarity(&p.bag, &s.bag, p.day, p.day, s.first, s.last); score >= bestScore {
			best, bestScore = c, score
		}
	}
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
func (g *Grouper) profile(f *features) profile {
	p := profile{day: f.day}
	var pool vector
	for k := range f.terms {
		p.sum[k] = weigh(f.terms[k], g.dict, keepPerArticle)
		if len(p.sum[k]) > 0 {
			p.n[k] = 1
		}
		if kind(k) != kindNumber {
			for _, e := range p.sum[k] {
				pool = append(pool, entry{e.id, e.w * float32(g.opt.Weights[k])})
			}
		}
	}
	// Salient features are the heaviest the article holds: frequent in it
	// and rare elsewhere, they point at the few stories worth comparing.
	pool = top(pool, signatureTerms)
	set := make([]uint32, len(pool))
	for i, e := range pool {
		set[i] = e.id
	}
	p.sig, p.hasSig = minHash(set)
	p.salient = set
	if len(pool) > salientTerms {
		p.salient = ids(top(pool, salientTerms))
	}
	return p
}

func ids(v vector) []uint32 {
	out := make([]uint32, len(v))
	for i, e := range v {
		out[i] = e.id
	}
	return out
}

// candidates returns the stories sharing a salient feature or an LSH
// bucket with a profile, the ones sharing most first, at most
// maxCandidates.
func (g *Grouper) candidates(salient []uint32, sig signature, hasSig bool) []int32 {
	clear(g.hits)
	for _, id := range salient {
		for _, s := range g.salient.get(id) {
			g.hits[g.resolve(s)]++
		}
	}
	if hasSig {
		for _, key := range sig.bandKeys() {
			for _, s := range g.buckets.get(key) {
				g.hits[g.resolve(s)] += 2
			}
		}
	}
	out := make([]int32, 0, len(g.hits))
	for s := range g.hits {
		out = append(out, s)
	}
	slices.SortFunc(out, func(a, b int32) int {
		if c := cmp.Compare(g.hits[b], g.hits[a]); c != 0 {
			return c
		}
		return cmp.Compare(b, a) // recent stories first
	})
	return out[:min(len(out), maxCandidates)]
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
