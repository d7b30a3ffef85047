package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"strconv"
	"time"

	"github.com/cotejo/cotejo"
	"github.com/cotejo/cotejo/group"
	"github.com/cotejo/cotejo/lang"
)

// GroupDoc is one article of a labelled grouping set and its gold story.
type GroupDoc struct {
	Article *cotejo.Article
	Story   string
}

// GroupScores are one grouping's scores against the gold stories. The
// headline Score is B-cubed.
type GroupScores struct {
	Score
	Pairwise  Score   `json:"pairwise"`
	BCubed    Score   `json:"bcubed"`
	Gold      int     `json:"gold_stories"`
	Predicted int     `json:"predicted_stories"`
	Seconds   float64 `json:"seconds"`
}

// GroupResult scores cotejo's grouping, and optionally a plain TF-IDF
// average-link baseline on the same documents.
type GroupResult struct {
	GroupScores
	Baseline *GroupScores `json:"baseline,omitempty"`
}

// BaselineThreshold is the cosine at which the TF-IDF average-link baseline
// stops merging, chosen as its best on the ECB+ training topics.
const BaselineThreshold = 0.20

// Group groups the documents with group.Batch, all at once, and scores
// the result; with baseline, it also scores TF-IDF average-link clustering.
func Group(docs []GroupDoc, opt group.Options, baseline bool) GroupResult {
	articles := make([]*cotejo.Article, len(docs))
	gold := make([]string, len(docs))
	for i, d := range docs {
		articles[i], gold[i] = d.Article, d.Story
	}
	start := time.Now()
	res := GroupResult{GroupScores: ScoreGroups(gold, group.Batch(articles, opt))}
	res.Seconds = time.Since(start).Seconds()
	if baseline {
		start = time.Now()
		b := ScoreGroups(gold, AverageLink(articles, BaselineThreshold))
		b.Seconds = time.Since(start).Seconds()
		res.Baseline = &b
	}
	return res
}

// ScoreGroups scores predicted groups (lists of indices into gold) against
// gold story labels, pairwise and B-cubed. An index missing from every
// group counts as a group of its own.
func ScoreGroups(gold []string, groups [][]int) GroupScores {
	pred := make([]int, len(gold))
	for i := range pred {
		pred[i] = -1 - i
	}
	for g, members := range groups {
		for _, m := range members {
			if m >= 0 && m < len(pred) {
				pred[m] = g
			}
		}
	}
	goldSize, predSize := map[string]int{}, map[int]int{}
	joint := map[string]map[int]int{}
	for i, s := range gold {
		goldSize[s]++
		predSize[pred[i]]++
		if joint[s] == nil {
			joint[s] = map[int]int{}
		}
		joint[s][pred[i]]++
	}
	// Counts of pairs are whole numbers, exact in any order; the B-cubed
	// sums run item by item, in index order, so that the scores do not
	// change in their last digits from one run to the next.
	var tp, predPairs, goldPairs float64
	var bp, br float64
	for _, row := range joint {
		for _, n := range row {
			tp += pairCount(n)
		}
	}
	for i, s := range gold {
		// Each item shares joint items with its gold story and its
		// predicted group, itself included.
		n := float64(joint[s][pred[i]])
		bp += n / float64(predSize[pred[i]])
		br += n / float64(goldSize[s])
	}
	for _, n := range goldSize {
		goldPairs += pairCount(n)
	}
	for _, n := range predSize {
		predPairs += pairCount(n)
	}
	n := len(gold)
	out := GroupScores{
		Pairwise:  PRF(tp, predPairs-tp, goldPairs-tp, n),
		Gold:      len(goldSize),
		Predicted: len(predSize),
	}
	if n > 0 {
		p, r := bp/float64(n), br/float64(n)
		out.BCubed = Score{Precision: p, Recall: r, F1: F1(p, r), N: n}
	}
	out.Score = out.BCubed
	return out
}

func pairCount(n int) float64 { return float64(n) * float64(n-1) / 2 }

// AverageLink is the baseline grouping: TF-IDF vectors of content-word
// stems (document frequencies over the whole set), cosine similarity, and
// agglomerative average-link clustering that merges the closest pair of
// clusters until no pair is closer than threshold. It compares all pairs,
// so it is for evaluation sets of a few thousand articles.
func AverageLink(articles []*cotejo.Article, threshold float64) [][]int {
	n := len(articles)
	vecs := baselineVectors(articles)
	sim := make([][]float64, n)
	for i := range sim {
		sim[i] = make([]float64, n)
		for j := range i {
			sim[i][j] = baselineDot(vecs[i], vecs[j])
			sim[j][i] = sim[i][j]
		}
	}
	members := make([][]int, n)
	for i := range members {
		members[i] = []int{i}
	}
	for {
		bi, bj, best := -1, -1, math.Inf(-1)
		for i := range n {
			if members[i] == nil {
				continue
			}
			for j := i + 1; j < n; j++ {
				if members[j] != nil && sim[i][j] > best {
					bi, bj, best = i, j, sim[i][j]
				}
			}
		}
		if bi < 0 || best < threshold {
			break
		}
		// Lance–Williams update: the average similarity to the union is
		// the size-weighted mean of the averages to its parts.
		ni, nj := float64(len(members[bi])), float64(len(members[bj]))
		for k := range n {
			if members[k] == nil || k == bi || k == bj {
				continue
			}
			s := (ni*sim[bi][k] + nj*sim[bj][k]) / (ni + nj)
			sim[bi][k], sim[k][bi] = s, s
		}
		members[bi] = append(members[bi], members[bj]...)
		members[bj] = nil
	}
	var out [][]int
	for _, m := range members {
		if m != nil {
			out = append(out, m)
		}
	}
	return out
}

// baselineVectors returns unit TF-IDF vectors (sublinear term frequency, smoothed
// inverse document frequency) of the articles' content-word stems.
func baselineVectors(articles []*cotejo.Article) []map[string]float64 {
	tfs := make([]map[string]float64, len(articles))
	df := map[string]int{}
	for i, a := range articles {
		tf := map[string]float64{}
		for _, w := range lang.Get(a.Language).ContentWords(a.Title + "\n" + a.Body) {
			tf[w]++
		}
		for w := range tf {
			df[w]++
		}
		tfs[i] = tf
	}
	n := float64(len(articles))
	for _, tf := range tfs {
		var norm float64
		for w, c := range tf {
			tf[w] = (1 + math.Log(c)) * (math.Log((n+1)/float64(df[w]+1)) + 1)
			norm += tf[w] * tf[w]
		}
		norm = math.Sqrt(norm)
		for w := range tf {
			tf[w] /= norm
		}
	}
	return tfs
}

func baselineDot(a, b map[string]float64) float64 {
	if len(b) < len(a) {
		a, b = b, a
	}
	var s float64
	for w, x := range a {
		s += x * b[w]
	}
	return s
}

// ECBTopics returns the topics a --topics choice names: "dev" (the
// customary validation topics), "train" (the other topics 1–35) or "all"
// (nil: every topic present).
func ECBTopics(choice string) ([]int, error) {
	switch choice {
	case "dev", "":
		return ECBDevTopics, nil
	case "train":
		var out []int
		for t := 1; t <= 35; t++ {
			if !slices.Contains(ECBDevTopics, t) {
				out = append(out, t)
			}
		}
		return out, nil
	case "all":
		return nil, nil
	}
	return nil, fmt.Errorf("unknown topics %q: want dev, train or all", choice)
}

// ReadGroupSet reads a labelled grouping set: an ECB+ folder (the chosen
// topics, English) or a JSON Lines file of articles with a "story" field.
func ReadGroupSet(path string, topics []int) ([]GroupDoc, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("read grouping set: %w", err)
	}
	if !info.IsDir() {
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("read grouping set: %w", err)
		}
		defer f.Close()
		docs, err := ReadGroupJSONL(f)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", path, err)
		}
		return docs, nil
	}
	ecb, err := ReadECB(path, topics)
	if err != nil {
		return nil, err
	}
	docs := make([]GroupDoc, len(ecb))
	for i, d := range ecb {
		docs[i] = GroupDoc{
			Article: &cotejo.Article{ID: "a" + strconv.Itoa(i+1), Source: d.Name, Body: d.Text, Language: "en"},
			Story:   d.Story,
		}
	}
	return docs, nil
}

// groupRecordLimit bounds one JSON Lines record.
const groupRecordLimit = 4 << 20

// ReadGroupJSONL reads labelled articles, one JSON object per line with
// "story" (the gold label, required), "text", and optionally "title",
// "published" (a date cotejo.ParseDate reads) and "language" (detected
// from the text when absent). Blank lines are skipped.
func ReadGroupJSONL(r io.Reader) ([]GroupDoc, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), groupRecordLimit)
	var docs []GroupDoc
	line := 0
	for sc.Scan() {
		line++
		if len(sc.Bytes()) == 0 {
			continue
		}
		var rec struct {
			ID        string `json:"id"`
			Story     any    `json:"story"`
			Text      string `json:"text"`
			Title     string `json:"title"`
			Published string `json:"published"`
			Language  string `json:"language"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		if rec.Story == nil || rec.Story == "" {
			return nil, fmt.Errorf("line %d: no \"story\" label", line)
		}
		a := &cotejo.Article{ID: rec.ID, Source: "#" + strconv.Itoa(line), Title: rec.Title, Body: rec.Text, Language: rec.Language}
		if a.ID == "" {
			a.ID = "a" + strconv.Itoa(len(docs)+1)
		}
		if a.Language == "" {
			a.Language = lang.Detect(a.Title + "\n" + a.Body)
		}
		if rec.Published != "" {
			d, err := cotejo.ParseDate(rec.Published)
			if err != nil {
				return nil, fmt.Errorf("line %d: published: %w", line, err)
			}
			a.Published = d
		}
		docs = append(docs, GroupDoc{Article: a, Story: fmt.Sprint(rec.Story)})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("line %d: %w", line+1, err)
	}
	return docs, nil
}
