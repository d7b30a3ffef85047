//go:build lingua

package lang

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/pemistahl/lingua-go"
)

// The comparison behind the choice of detector (the figures are in
// detect.go). Run it with
//
//	go test -tags lingua -run TestCompareLingua -v ./lang/
//
// lingua-go is a dependency of this build-tagged test only, so it never
// reaches the cotejo binary. lingua has no Galician model; it chooses
// among the other seven of detectLanguages.

var linguaLanguages = map[lingua.Language]string{
	lingua.Spanish: "es", lingua.Portuguese: "pt", lingua.Catalan: "ca", lingua.Italian: "it",
	lingua.French: "fr", lingua.English: "en", lingua.German: "de",
}

func linguaDetector(low bool) lingua.LanguageDetector {
	var langs []lingua.Language
	for l := range linguaLanguages {
		langs = append(langs, l)
	}
	b := lingua.NewLanguageDetectorBuilder().FromLanguages(langs...).WithPreloadedLanguageModels()
	if low {
		b = b.WithLowAccuracyMode()
	}
	return b.Build()
}

func linguaDetect(d lingua.LanguageDetector) func(string) string {
	return func(text string) string {
		l, ok := d.DetectLanguageOf(text)
		if !ok {
			return ""
		}
		return linguaLanguages[l]
	}
}

// detectWithoutGalician is Detect choosing among lingua's seven languages,
// for a like-for-like comparison.
func detectWithoutGalician(text string) string {
	score, ok := detectScores(text)
	if !ok {
		return ""
	}
	best := -1
	for i, code := range detectLanguages {
		if code != "gl" && (best < 0 || score[i] > score[best]) {
			best = i
		}
	}
	return detectLanguages[best]
}

// heapAfter reports how much the live heap grew while build ran.
func heapAfter(build func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	build()
	runtime.GC()
	runtime.ReadMemStats(&after)
	if after.HeapAlloc < before.HeapAlloc {
		return 0
	}
	return after.HeapAlloc - before.HeapAlloc
}

func TestCompareLingua(t *testing.T) {
	texts := realTexts(t)
	type candidate struct {
		name   string
		detect func(string) string
		heap   uint64
	}
	var low, high lingua.LanguageDetector
	var cands []candidate
	lightHeap := heapAfter(func() { modelOnce = sync.Once{}; loadModel() })
	cands = append(cands, candidate{"light", Detect, lightHeap})
	cands = append(cands, candidate{"light-no-gl", detectWithoutGalician, lightHeap})
	lowHeap := heapAfter(func() { low = linguaDetector(true) })
	cands = append(cands, candidate{"lingua-low", linguaDetect(low), lowHeap})
	highHeap := heapAfter(func() { high = linguaDetector(false) })
	cands = append(cands, candidate{"lingua-high", linguaDetect(high), highHeap})

	var codes []string
	for _, c := range detectLanguages {
		for _, x := range texts {
			if x.lang == c {
				codes = append(codes, c)
				break
			}
		}
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "\n%-12s %5s", "detector", "len")
	for _, c := range codes {
		fmt.Fprintf(&sb, " %6s", c)
	}
	fmt.Fprintf(&sb, " %7s %7s\n", "macro", "micro")
	for _, n := range snippetLengths {
		for _, cand := range cands {
			acc := accuracy(texts, n, cand.detect)
			fmt.Fprintf(&sb, "%-12s %5d", cand.name, n)
			macro, right, all := 0.0, 0, 0
			for _, c := range codes {
				a := acc[c]
				fmt.Fprintf(&sb, " %6.3f", float64(a[0])/float64(a[1]))
				macro += float64(a[0]) / float64(a[1])
				right += a[0]
				all += a[1]
			}
			fmt.Fprintf(&sb, " %7.3f %7.3f\n", macro/float64(len(codes)), float64(right)/float64(all))
		}
	}
	counts := map[string]int{}
	for _, x := range texts {
		counts[x.lang]++
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Fprintf(&sb, "texts per language:")
	for _, k := range keys {
		fmt.Fprintf(&sb, " %s=%d", k, counts[k])
	}
	fmt.Fprintf(&sb, "\n\n%-12s %14s %14s %12s\n", "detector", "full texts/s", "100-char/s", "heap MiB")
	for _, cand := range cands {
		fmt.Fprintf(&sb, "%-12s %14.0f %14.0f %12.1f\n", cand.name,
			throughput(texts, 0, cand.detect), throughput(texts, 100, cand.detect), float64(cand.heap)/(1<<20))
	}
	t.Log(sb.String())
}

// throughput measures texts per second on one goroutine (one core).
func throughput(texts []labelled, n int, detect func(string) string) float64 {
	cut := make([]string, len(texts))
	for i, x := range texts {
		cut[i] = snippet(x.text, n)
	}
	r := testing.Benchmark(func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			detect(cut[i%len(cut)])
		}
	})
	return 1e9 / float64(r.NsPerOp())
}
