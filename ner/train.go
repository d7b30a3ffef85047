package ner

import (
	"math"
	"math/rand/v2"
	"slices"
	"time"
)

// TrainOptions tunes Train. The zero value trains plainly: no dropout, one
// run, no pruning. The committed model's recipe is the defaults of
// `cotejo train ner` (dropout 0.15, three runs, pruning at 1%).
type TrainOptions struct {
	Epochs int    // passes over the data; 0 means 10
	Seed   uint64 // seed of the shuffling between passes; 0 means 1
	Folds  int    // folds of the jackknifed gazetteer; 0 means 10
	Bits   int    // log2 of the number of weight-table buckets; 0 means 20
	// Clusters, when set, adds the Brown-cluster paths of the words and
	// their neighbours as features; the model keeps them.
	Clusters *Clusters
	// MaxLen, when positive, cuts training sentences longer than this
	// many tokens into pieces (see splitLong).
	MaxLen int
	// Dropout, when positive, leaves out each feature of each token with
	// this probability each time its sentence is decoded in training
	// (see dropFeatures).
	Dropout float64
	// Prune, when positive, drops the rows of the weight table whose
	// largest weight is under this share of the table's largest: the
	// averaged runs leave many rows of small weights that cost memory
	// and reads at tagging time and do not change the tags.
	Prune float64
	// Runs, when more than 1, trains that many perceptrons, with the
	// shuffling seeds Seed, Seed+1…, and averages their weights into
	// one model: its tagging costs what one model's does.
	Runs int
	// Logf, when set, receives one progress line per pass.
	Logf func(format string, args ...any)
}

func (o *TrainOptions) defaults() {
	if o.Epochs <= 0 {
		o.Epochs = 10
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.Folds <= 1 {
		o.Folds = 10
	}
	if o.Bits <= 0 || o.Bits > 26 {
		o.Bits = 20
	}
	o.Runs = max(o.Runs, 1)
	o.Dropout = min(max(o.Dropout, 0), 0.9)
}

// example is one training sentence, featurised once.
type example struct {
	feats []uint32
	offs  []int
	gold  []uint8
	// allowed, for a loose sentence, holds the tags each token may take
	// as a bit set; training picks the best allowed sequence as gold.
	allowed []uint16
}

// Train learns a model from tagged sentences with the averaged perceptron.
// The result depends only on the sentences and the options: the order of
// the data, the shuffling seed and the feature hashing are all fixed.
//
// A word's gazetteer features are computed, for each training sentence,
// from the names in the other folds only: built from the sentence's own
// fold, they would always fire on training names and the model would trust
// them more than they deserve on unseen text.
func Train(sentences []Sentence, opt TrainOptions) *Model {
	opt.defaults()
	text := make([][]string, len(sentences))
	for i, s := range sentences {
		text[i] = s.Tokens
	}
	m := &Model{
		mask:      1<<opt.Bits - 1,
		casing:    buildCasing(text),
		gazetteer: buildGazetteer(sentences),
	}
	if opt.Clusters != nil {
		m.clus = opt.Clusters.table()
	}
	examples := featurizeFolds(sentences, m, opt.Folds)
	for i, sent := range sentences {
		if sent.LooseTypes {
			examples[i].allowed = looseTags(examples[i].gold)
		}
	}
	if opt.MaxLen > 0 {
		examples = splitLong(examples, opt.MaxLen)
	}
	w := averageRuns(examples, int(m.mask+1), &m.trans, opt)
	full, scale := quantiseTable(w, opt.Prune)
	m.weights, m.scale = newTable(full), scale
	return m
}

// featurizeFolds featurises every sentence with the gazetteer of the other folds.
func featurizeFolds(sentences []Sentence, m *Model, folds int) []example {
	examples := make([]example, len(sentences))
	var s scratch
	n := len(sentences)
	for k := range folds {
		lo, hi := k*n/folds, (k+1)*n/folds
		others := make([]Sentence, 0, n-(hi-lo))
		others = append(others, sentences[:lo]...)
		others = append(others, sentences[hi:]...)
		g := buildGazetteer(others)
		for i := lo; i < hi; i++ {
			sent := sentences[i]
			s.featurize(sent.Tokens, m, &g)
			examples[i] = example{
				feats: slices.Clone(s.feats),
				offs:  slices.Clone(s.offs),
				gold:  goldTags(sent.Tags),
			}
		}
	}
	return examples
}

// looseTags lets each LOC, ORG or MISC tag be any of the three, keeping
// its B- or I-.
func looseTags(gold []uint8) []uint16 {
	var begins, insides uint16 // the B- and I- tags of the three types
	loose := func(t int) bool { return t != tagO && Types[(t-1)/2] != PER }
	for t := range numTags {
		switch {
		case !loose(t):
		case isInside(t):
			insides |= 1 << t
		default:
			begins |= 1 << t
		}
	}
	allowed := make([]uint16, len(gold))
	for i, g := range gold {
		switch {
		case !loose(int(g)):
			allowed[i] = 1 << g
		case isInside(int(g)):
			allowed[i] = insides
		default:
			allowed[i] = begins
		}
	}
	return allowed
}

// goldTags numbers the tags, reading an I-X that continues no X as B-X
// (IOB1 data, or a stray tag): no path of the decoder takes it, and a
// loose sentence would otherwise have no allowed path at all.
func goldTags(tags []string) []uint8 {
	gold := make([]uint8, len(tags))
	for j, tag := range tags {
		t, _ := tagIndex(tag)
		if isInside(t) && (j == 0 || (int(gold[j-1]) != t && int(gold[j-1]) != t-1)) {
			t--
		}
		gold[j] = uint8(t)
	}
	return gold
}

// averageRuns trains opt.Runs perceptrons that differ in their shuffling
// seed and returns the mean of their averaged weights; trans receives the
// mean of their transitions. Each run settles in a different optimum; the
// mean scores better on unseen text than the runs do on average (a kind
// of bagging that leaves one linear model).
func averageRuns(examples []example, buckets int, trans *[numTags + 1][numTags]float32, opt TrainOptions) []float32 {
	var sum []float32
	var tsum [numTags + 1][numTags]float32
	for r := range opt.Runs {
		o := opt
		o.Seed = opt.Seed + uint64(r)
		var tr [numTags + 1][numTags]float32
		w := perceptron(examples, buckets, &tr, o)
		if sum == nil {
			sum = w
		} else {
			for i, v := range w {
				sum[i] += v
			}
		}
		for p := range tr {
			for t := range tr[p] {
				tsum[p][t] += tr[p][t]
			}
		}
	}
	n := float32(opt.Runs)
	if n > 1 {
		for i := range sum {
			sum[i] /= n
		}
	}
	for p := range tsum {
		for t := range tsum[p] {
			trans[p][t] = tsum[p][t] / n
		}
	}
	return sum
}

// dropFeatures copies the features of an example into feats and offs,
// leaving out each with probability p, decided by a hash of the seed, the
// pass, the example and the feature's place, so that training stays
// reproducible. Feature dropout (feature bagging, Sutton et al. 2005)
// keeps the model from leaning on a few strong features, such as the word
// itself, that unseen names lack.
func dropFeatures(ex *example, p float64, seed uint64, epoch, idx int, feats []uint32, offs []int) ([]uint32, []int) {
	feats, offs = feats[:0], append(offs[:0], 0)
	limit := uint64(p * (1 << 32))
	key := mix(seed, uint64(epoch)<<32|uint64(idx))
	for i := 0; i+1 < len(ex.offs); i++ {
		lo, hi := ex.offs[i], ex.offs[i+1]
		for j, f := range ex.feats[lo:hi] {
			if mix(key, uint64(lo+j))&(1<<32-1) >= limit {
				feats = append(feats, f)
			}
		}
		offs = append(offs, len(feats))
	}
	return feats, offs
}

// perceptron runs the training passes and returns the averaged weights;
// trans receives the averaged transition weights.
func perceptron(examples []example, buckets int, trans *[numTags + 1][numTags]float32, opt TrainOptions) []float32 {
	w := make([]float32, buckets*numTags)
	// u accumulates each update times the step it happened at, so that the
	// average over all steps is w - u/c without touching every weight at
	// every step (Daumé's trick).
	u := make([]float64, len(w))
	var tu [numTags + 1][numTags]float64
	rng := rand.New(rand.NewPCG(opt.Seed, opt.Seed))
	order := make([]int, len(examples))
	for i := range order {
		order[i] = i
	}
	var s scratch
	var predBuf []int
	var goldBuf []uint8
	var dropped []uint32
	var droppedOffs []int
	c := 1.0
	for epoch := range opt.Epochs {
		start := time.Now()
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		wrong, total := 0, 0
		for _, idx := range order {
			ex := &examples[idx]
			feats, offs := ex.feats, ex.offs
			if opt.Dropout > 0 {
				dropped, droppedOffs = dropFeatures(ex, opt.Dropout, opt.Seed, epoch, idx, dropped, droppedOffs)
				feats, offs = dropped, droppedOffs
			}
			s.feats, s.offs = feats, offs
			s.emitFloat(w)
			pred := s.viterbi(trans)
			gold := ex.gold
			if ex.allowed != nil {
				predBuf = append(predBuf[:0], pred...)
				pred = predBuf
				for i, a := range ex.allowed {
					for t := range numTags {
						if a&(1<<t) == 0 {
							s.emit[i*numTags+t] = float32(math.Inf(-1))
						}
					}
				}
				best := s.viterbi(trans)
				goldBuf = goldBuf[:0]
				for _, t := range best {
					goldBuf = append(goldBuf, uint8(t))
				}
				gold = goldBuf
			}
			for i, g := range gold {
				total++
				p := pred[i]
				gp, pp := numTags, numTags
				if i > 0 {
					gp, pp = int(gold[i-1]), pred[i-1]
				}
				if int(g) != p {
					wrong++
					for _, f := range feats[offs[i]:offs[i+1]] {
						gi, pi := int(f)*numTags+int(g), int(f)*numTags+p
						w[gi]++
						u[gi] += c
						w[pi]--
						u[pi] -= c
					}
				}
				if int(g) != p || gp != pp {
					trans[gp][g]++
					tu[gp][g] += c
					trans[pp][p]--
					tu[pp][p] -= c
				}
			}
			c++
		}
		if opt.Logf != nil {
			opt.Logf("epoch %d: %d/%d tokens wrong (%.2f%%) in %s", epoch+1, wrong, total, 100*float64(wrong)/float64(max(total, 1)), time.Since(start).Round(time.Millisecond))
		}
	}
	avg := make([]float32, len(w))
	for i := range w {
		avg[i] = float32(float64(w[i]) - u[i]/c)
	}
	for p := range trans {
		for t := range trans[p] {
			trans[p][t] = float32(float64(trans[p][t]) - tu[p][t]/c)
		}
	}
	return avg
}

// splitLong cuts examples longer than n tokens into pieces, never inside a
// name. Each token keeps the features of its whole sentence.
//
// Wire-service tables (stock prices, weather by city) come as "sentences"
// of hundreds of tokens; one early mistake there, such as an I-MISC run
// that never closes, updates the same generic features hundreds of times
// per pass. On a held-out tenth of esp.train, one shuffling seed in three
// lost 3 points of F1 that way; cutting at 60 tokens removed the outlier.
func splitLong(examples []example, n int) []example {
	var out []example
	for _, ex := range examples {
		for len(ex.gold) > n {
			cut := n
			for cut > 1 && isInside(int(ex.gold[cut])) {
				cut--
			}
			if cut <= 1 {
				break
			}
			base := ex.offs[cut]
			head := example{feats: ex.feats[:base], offs: ex.offs[:cut+1], gold: ex.gold[:cut]}
			var rest []uint16
			if ex.allowed != nil {
				head.allowed, rest = ex.allowed[:cut], ex.allowed[cut:]
			}
			offs := make([]int, len(ex.offs)-cut)
			for i := range offs {
				offs[i] = ex.offs[cut+i] - base
			}
			out = append(out, head)
			ex = example{feats: ex.feats[base:], offs: offs, gold: ex.gold[cut:], allowed: rest}
		}
		out = append(out, ex)
	}
	return out
}

// quantiseTable rounds the averaged weights to 16-bit multiples of one
// scale, the largest weight taking the largest int16. The model tags with
// these, so a trained model and the same model written and loaded again
// tag alike. A row whose largest weight is under prune times the largest
// of all is left all zero.
func quantiseTable(w []float32, prune float64) ([]row, float32) {
	var maxAbs float32
	for _, v := range w {
		maxAbs = max(maxAbs, abs32(v))
	}
	scale := maxAbs / math.MaxInt16
	if scale == 0 {
		scale = 1
	}
	rows := make([]row, len(w)/numTags)
	floor := float32(prune) * maxAbs
	for r := range rows {
		ws := w[r*numTags : (r+1)*numTags]
		var rowMax float32
		for _, v := range ws {
			rowMax = max(rowMax, abs32(v))
		}
		if rowMax < floor {
			continue
		}
		for t, v := range ws {
			rows[r][t] = int16(math.Round(float64(v / scale)))
		}
	}
	return rows, scale
}
