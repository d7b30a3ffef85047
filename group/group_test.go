package group

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cotejo/cotejo"
	"github.com/cotejo/cotejo/lang"
)

var large = flag.Bool("group.large", false, "also run BenchmarkGroup at 100k articles (minutes, about 1 GB)")

// mixed returns the sample story's five articles shuffled among a few
// hundred unrelated real articles, and the indices of the five.
func mixed(t *testing.T) ([]*cotejo.Article, []int) {
	sample := sampleStory(t)
	others := append(fakeNews(t, 300), crisisNews(t, 300)...)
	rng := rand.New(rand.NewPCG(1, 2))
	rng.Shuffle(len(others), func(i, j int) { others[i], others[j] = others[j], others[i] })
	var all []*cotejo.Article
	var idx []int
	step := len(others) / len(sample)
	for i, a := range others {
		if i%step == step/2 && len(idx) < len(sample) {
			idx = append(idx, len(all))
			all = append(all, sample[len(idx)-1])
		}
		all = append(all, a)
	}
	return all, idx
}

// storyOf returns the group holding article i.
func storyOf(groups [][]int, i int) []int {
	for _, g := range groups {
		if slices.Contains(g, i) {
			return g
		}
	}
	return nil
}

func TestSampleStoryStaysTogetherAndApartFromUnrelatedArticles(t *testing.T) {
	all, idx := mixed(t)
	stream := New(Options{})
	for _, a := range all {
		stream.Add(a)
	}
	stream.Consolidate()
	for name, groups := range map[string][][]int{"batch": Batch(all, Options{}), "stream": stream.Groups()} {
		got := storyOf(groups, idx[0])
		slices.Sort(got)
		if !slices.Equal(got, idx) {
			var sources []string
			for _, i := range got {
				sources = append(sources, all[i].Source)
			}
			t.Errorf("%s: the sample story's group holds %v, want exactly the five sample articles %v", name, sources, idx)
		}
		t.Logf("%s: %d articles in %d stories", name, len(all), len(groups))
	}
}

func TestCrisisTopicsAreNotMerged(t *testing.T) {
	// The corpus files some articles under two countries; keep one copy,
	// so that a story mixing countries is a grouping error.
	var arts []*cotejo.Article
	seen := map[string]bool{}
	for _, a := range crisisNews(t, 1000) {
		key := a.Body[:min(len(a.Body), 300)]
		if !seen[key] {
			seen[key] = true
			arts = append(arts, a)
		}
	}
	groups := Batch(arts, Options{})
	mixedGroups := 0
	for _, g := range groups {
		topics := map[string]bool{}
		for _, i := range g {
			topics[strings.Split(arts[i].Source, "/")[1]] = true
		}
		if len(topics) > 1 {
			mixedGroups++
		}
	}
	t.Logf("%d articles of 4 countries in %d stories; %d stories mix countries", len(arts), len(groups), mixedGroups)
	if mixedGroups*50 > len(groups) {
		t.Errorf("%d of %d stories mix articles about different countries, want under 2%%", mixedGroups, len(groups))
	}
}

func TestStreamAndBatchAgree(t *testing.T) {
	all, _ := mixed(t)
	g := New(Options{})
	for _, a := range all {
		g.Add(a)
	}
	g.Consolidate()
	stream, batch := g.Groups(), Batch(all, Options{})
	agree := pairAgreement(len(all), stream, batch)
	t.Logf("stream %d stories, batch %d stories, pairwise agreement %.4f", len(stream), len(batch), agree)
	if agree < 0.99 {
		t.Errorf("stream and batch agree on %.4f of article pairs, want ≥ 0.99", agree)
	}
	for _, gr := range stream {
		for _, i := range gr {
			if g.Story(i) < 0 || g.Story(i) != g.Story(gr[0]) {
				t.Fatalf("Story(%d) = %d, Story(%d) = %d: articles of one group in different stories", i, g.Story(i), gr[0], g.Story(gr[0]))
			}
		}
	}
}

// pairAgreement is the share of article pairs that two groupings treat
// alike (both together or both apart).
func pairAgreement(n int, a, b [][]int) float64 {
	label := func(groups [][]int) []int {
		l := make([]int, n)
		for gi, g := range groups {
			for _, i := range g {
				l[i] = gi
			}
		}
		return l
	}
	la, lb := label(a), label(b)
	same, total := 0, 0
	for i := range n {
		for j := range i {
			total++
			if (la[i] == la[j]) == (lb[i] == lb[j]) {
				same++
			}
		}
	}
	return float64(same) / float64(total)
}

func TestBatchIsDeterministic(t *testing.T) {
	arts := fakeNews(t, 200)
	a, b := Batch(arts, Options{}), Batch(arts, Options{})
	if !slices.EqualFunc(a, b, slices.Equal) {
		t.Error("two Batch runs over the same articles grouped them differently")
	}
}

func TestPerturbedCopiesRegroupByTheirSeed(t *testing.T) {
	seed := append(fakeNews(t, 100), crisisNews(t, 100)...)
	arts := Perturbed(seed, 1000, rand.New(rand.NewPCG(3, 4)))
	if len(arts) != 1000 {
		t.Fatalf("Perturbed made %d articles, want 1000", len(arts))
	}
	groups := Batch(arts, Options{})
	// Purity: the share of articles whose story's majority seed is theirs
	// (below 1 where seeds tell one story: the corpus pairs true and fake
	// versions of one event). Cohesion: the share of articles whose
	// seed's majority story is theirs.
	seedOf := func(i int) string { return arts[i].Source[strings.LastIndex(arts[i].Source, "#seed-"):] }
	pure := 0
	bySeed := map[string]map[int]int{}
	for gi, g := range groups {
		count := map[string]int{}
		best := 0
		for _, i := range g {
			s := seedOf(i)
			count[s]++
			best = max(best, count[s])
			if bySeed[s] == nil {
				bySeed[s] = map[int]int{}
			}
			bySeed[s][gi]++
		}
		pure += best
	}
	cohesive := 0
	for _, stories := range bySeed {
		best := 0
		for _, n := range stories {
			best = max(best, n)
		}
		cohesive += best
	}
	purity, cohesion := float64(pure)/float64(len(arts)), float64(cohesive)/float64(len(arts))
	t.Logf("1000 copies of 200 seeds in %d stories: purity %.3f, cohesion %.3f", len(groups), purity, cohesion)
	if cohesion < 0.95 || purity < 0.8 {
		t.Errorf("purity %.3f, cohesion %.3f: want ≥ 0.8 and ≥ 0.95", purity, cohesion)
	}
	if Perturbed(nil, 10, rand.New(rand.NewPCG(1, 1))) != nil {
		t.Error("Perturbed of no seed is not nil")
	}
}

func TestExtractFindsNamesNumbersAndDates(t *testing.T) {
	tests := []struct {
		name, language, title, body string
		kind                        kind
		want                        []string
	}{
		{"capitalised mid-sentence words are names, sentence starts are not",
			"es", "", "Ayer el presidente Alexander Lukashenko recibió al embajador. Después habló con Putin.", kindName,
			[]string{"alexander", "lukashenko", "putin"}},
		{"acronyms are names wherever they stand",
			"es", "", "La ONU y la OTAN se reunieron.", kindName, []string{"onu", "otan"}},
		{"month and weekday names are not names",
			"en", "", "The talks resumed on Monday in Minsk after a pause in November.", kindName, []string{"minsk"}},
		{"a headline in capitals yields no acronyms",
			"es", "RAE INCLUIRÁ LA PALABRA LADY", "Texto breve.", kindName, nil},
		{"numbers of two digits or more, without separators",
			"es", "", "Murieron 1.500 personas en 3 ciudades y 27 aldeas.", kindNumber, []string{"1500", "27"}},
		{"a day beside a month name is a date",
			"es", "", "Hablaron el 21 de noviembre.", kindNumber, []string{"21", "d11-21"}},
		{"English dates read month first",
			"en", "", "It happened on May 3, 2013.", kindNumber, []string{"2013", "d05-03"}},
		{"content words are stems without stopwords",
			"es", "", "Los presidentes hablaron.", kindWord, []string{lang.Get("es").Stem("presidentes"), lang.Get("es").Stem("hablaron")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDictionary()
			f := newExtractor(d).extract(&cotejo.Article{Title: tt.title, Body: tt.body, Language: tt.language})
			names := make(map[uint32]string)
			for s, id := range d.ids[tt.kind] {
				names[id] = s
			}
			var got []string
			for _, term := range f.terms[tt.kind] {
				got = append(got, names[term.id])
			}
			slices.Sort(got)
			want := slices.Clone(tt.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("got %q, want %q", got, want)
			}
		})
	}
}

func TestSimilarity(t *testing.T) {
	g := New(Options{})
	v := func(ids ...uint32) vector {
		out := make(vector, len(ids))
		for i, id := range ids {
			out[i] = entry{id, 1}
		}
		out.normalize()
		return out
	}
	one := func(words, names, numbers vector) *bag {
		b := &bag{sum: [kinds]vector{words, names, numbers}}
		for k, x := range b.sum {
			if len(x) > 0 {
				b.n[k] = 1
			}
		}
		return b
	}
	day := int32(20000)
	tests := []struct {
		name       string
		a, b       *bag
		aDay, bDay int32
		want       float64
	}{
		{"identical articles", one(v(1, 2), v(10), v(20)), one(v(1, 2), v(10), v(20)), noDay, noDay, 1},
		{"nothing shared", one(v(1, 2), v(10), v(20)), one(v(3, 4), v(11), v(21)), noDay, noDay, 0},
		{"same words, other names and numbers",
			one(v(1, 2), v(10), v(20)), one(v(1, 2), v(11), v(21)), noDay, noDay, defaultWeights[kindWord]},
		{"a family the article lacks does not count",
			one(v(1, 2), nil, nil), one(v(1, 2), v(11), v(21)), noDay, noDay, 1},
		{"a family the story lacks counts as no match",
			one(v(1, 2), v(10), nil), one(v(1, 2), nil, nil), noDay, noDay, defaultWeights[kindWord] / (defaultWeights[kindWord] + defaultWeights[kindName])},
		{"published within the slack", one(v(1), nil, nil), one(v(1), nil, nil), day, day + DefaultDaySlack, 1},
		{"published a scale beyond the slack halves", one(v(1), nil, nil), one(v(1), nil, nil), day, day + DefaultDaySlack + DefaultDayScale, 0.5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := g.similarity(tt.a, tt.b, tt.aDay, tt.aDay, tt.bDay, tt.bDay)
			if d := got - tt.want; d > 1e-6 || d < -1e-6 {
				t.Errorf("similarity = %.4f, want %.4f", got, tt.want)
			}
		})
	}
}

func TestMinHashEstimatesJaccard(t *testing.T) {
	a := make([]uint32, 100)
	b := make([]uint32, 100)
	for i := range a {
		a[i], b[i] = uint32(i), uint32(i+50) // Jaccard 50/150
	}
	sa, _ := minHash(a)
	sb, _ := minHash(b)
	same := 0
	for i := range sa {
		if sa[i] == sb[i] {
			same++
		}
	}
	if est := float64(same) / minHashes; est < 0.15 || est > 0.55 {
		t.Errorf("estimated Jaccard %.2f, want about 0.33", est)
	}
	if _, ok := minHash(nil); ok {
		t.Error("an empty set has a signature")
	}
	ka, kb := sa.bandKeys(), sa.bandKeys()
	if ka != kb {
		t.Error("band keys of one signature differ between calls")
	}
}

func FuzzAdd(f *testing.F) {
	for _, s := range []string{"", "El 21 de noviembre, la ONU.", "A\n\nB C D 12.345,6 May 3", strings.Repeat("Á ", 100), "\xff\xfe 99"} {
		f.Add(s, "es")
	}
	f.Fuzz(func(t *testing.T, text, language string) {
		g := New(Options{})
		a := &cotejo.Article{Title: text, Body: text, Language: language}
		if s := g.Add(a); s != 0 {
			t.Fatalf("first article opened story %d, want 0", s)
		}
		g.Add(a)
		g.Consolidate()
		if n := len(g.Groups()); n < 1 || n > 2 {
			t.Fatalf("two articles in %d stories", n)
		}
	})
}

// BenchmarkGroup groups perturbed copies of real Spanish articles as a
// stream (Add each, Consolidate at the end) at 1k and 10k articles, and at
// 100k with -group.large. It reports articles per second (wall clock) and
// the heap in use at the end. articles/cpu-s is throughput per core (the
// process's CPU time, garbage collection included), the figure to compare
// on a shared machine.
func BenchmarkGroup(b *testing.B) {
	seed := append(fakeNews(b, 1000), crisisNews(b, 1000)...)
	sizes := []int{1_000, 10_000}
	if *large {
		sizes = append(sizes, 100_000)
	}
	for _, n := range sizes {
		arts := Perturbed(seed, n, rand.New(rand.NewPCG(5, 6)))
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			var heap uint64
			start, cpu := time.Now(), cpuTime()
			for b.Loop() {
				g := New(Options{})
				for _, a := range arts {
					g.Add(a)
				}
				g.Consolidate()
				var ms runtime.MemStats
				runtime.ReadMemStats(&ms)
				heap = ms.HeapInuse
				runtime.KeepAlive(g)
			}
			b.ReportMetric(float64(n*b.N)/time.Since(start).Seconds(), "articles/s")
			if used := cpuTime() - cpu; used > 0 {
				b.ReportMetric(float64(n*b.N)/used.Seconds(), "articles/cpu-s")
			}
			b.ReportMetric(float64(heap)/(1<<20), "MB-heap")
		})
	}
}

func TestReusedWordSliceSplitsAsAFreshOne(t *testing.T) {
	texts := []string{
		"", "a", "Los ruso-venezolanos, O'Neil y O’Neil: 1.500 o 3,5; fin.",
		"x.y 1.a a.1 -a a- 'a ' 1, 2 ,3 word’", "ÁÉÍ ñandú Straße 東京 ٣٤ e\u0301",
		"\xff\xfe a\xffb 9\xff.1", "a.\n\nB", strings.Repeat("ab-", 5),
	}
	texts = append(texts, sampleStory(t)[0].Body)
	// Grouping splits every article into the slice the previous one used.
	reused := lang.AppendWords(nil, strings.Repeat("palabra ", 50))
	for _, s := range texts {
		reused = lang.AppendWords(reused[:0], s)
		if want := lang.Words(s); !slices.Equal(reused, want) {
			t.Errorf("AppendWords into a used slice (%q) = %v, lang.Words = %v", s, reused, want)
		}
	}
}

// featureNames returns an article's features as the strings a dictionary
// interned, family by family, sorted.
func featureNames(d *dictionary, f features) [kinds][]string {
	var out [kinds][]string
	for k, ts := range f.terms {
		names := make(map[uint32]string)
		for s, id := range d.ids[k] {
			names[id] = s
		}
		for _, t := range ts {
			out[k] = append(out[k], fmt.Sprintf("%s×%d", names[t.id], t.count))
		}
		slices.Sort(out[k])
	}
	return out
}

func TestExtractDoesNotDependOnWhatTheLexiconRemembers(t *testing.T) {
	arts := append(sampleStory(t), fakeNews(t, 40)...)
	arts = append(arts, &cotejo.Article{Title: "ONU", Body: "El 3 de mayo, 21 de noviembre; May 3, 2013.", Language: "en"})
	warm := newExtractor(newDictionary())
	forgetful := newExtractor(newDictionary())
	forgetful.lexLimit = 16 // starts afresh at nearly every article
	for i, a := range arts {
		got := featureNames(forgetful.dict, forgetful.extract(a))
		want := featureNames(warm.dict, warm.extract(a))
		fresh := newExtractor(newDictionary())
		alone := featureNames(fresh.dict, fresh.extract(a))
		if !reflect.DeepEqual(got, want) || !reflect.DeepEqual(alone, want) {
			t.Errorf("article %d: features differ with a forgetful lexicon or a fresh extractor:\n%v\n%v\n%v", i, got, want, alone)
		}
	}
}

func TestDenseDotAgreesWithSparseDotToTheBit(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	random := func(n int) vector {
		seen := map[uint32]bool{}
		var v vector
		for len(v) < n {
			id := uint32(rng.IntN(500))
			if !seen[id] {
				seen[id] = true
				v = append(v, entry{id, rng.Float32()})
			}
		}
		slices.SortFunc(v, func(a, b entry) int { return int(a.id) - int(b.id) })
		return v
	}
	var d dense
	for range 200 {
		a, b := random(1+rng.IntN(100)), random(1+rng.IntN(300))
		bag := &bag{sum: [kinds]vector{a}}
		d.scatter(bag, 500)
		if got, want := d.dot(b), dot(a, b); got != want {
			t.Fatalf("dense dot %v, sparse dot %v", got, want)
		}
		d.clear(bag)
		if slices.ContainsFunc(d, func(x float32) bool { return x != 0 }) {
			t.Fatal("clear left weights behind")
		}
	}
}

func TestTopKeepsTheHeaviestByWeightThenID(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for range 200 {
		n := 1 + rng.IntN(200)
		v := make(vector, n)
		for i := range v {
			v[i] = entry{uint32(i), float32(rng.IntN(20))} // many ties
		}
		rng.Shuffle(n, func(i, j int) { v[i], v[j] = v[j], v[i] })
		keep := 1 + rng.IntN(n)
		want := slices.Clone(v)
		slices.SortFunc(want, func(a, b entry) int {
			if a.w != b.w {
				if a.w > b.w {
					return -1
				}
				return 1
			}
			return int(a.id) - int(b.id)
		})
		want = want[:keep]
		slices.SortFunc(want, func(a, b entry) int { return int(a.id) - int(b.id) })
		if keep == n {
			want = v // short enough: kept as it is
		}
		if got := top(slices.Clone(v), keep); !slices.Equal(got, want) {
			t.Fatalf("top(%d of %d) = %v, want %v", keep, n, got, want)
		}
	}
}

func TestAddToSumsSortedVectorsInPlace(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	random := func(n int) vector {
		var v vector
		for id := range uint32(n) {
			if rng.IntN(3) == 0 {
				v = append(v, entry{id, float32(rng.IntN(8))})
			}
		}
		return v
	}
	for range 200 {
		a, b := random(rng.IntN(60)), random(rng.IntN(60))
		want := map[uint32]float32{}
		for _, e := range a {
			want[e.id] += e.w
		}
		for _, e := range b {
			want[e.id] += e.w
		}
		got := addTo(slices.Clone(a), b)
		if len(got) != len(want) || !slices.IsSortedFunc(got, func(x, y entry) int { return int(x.id) - int(y.id) }) {
			t.Fatalf("addTo(%v, %v) = %v: not the %d ids sorted", a, b, got, len(want))
		}
		for _, e := range got {
			if want[e.id] != e.w {
				t.Fatalf("addTo(%v, %v) = %v: id %d weighs %v, want %v", a, b, got, e.id, e.w, want[e.id])
			}
		}
	}
}
