package bench

import (
	"math/rand/v2"
	"testing"

	"github.com/cotejo/cotejo"
	"github.com/cotejo/cotejo/group"
	"github.com/cotejo/cotejo/internal/shared"
	"github.com/cotejo/cotejo/read"
)

// perturbedInputs builds n text inputs from the real development articles.
func perturbedInputs(b *testing.B, n int) [][]byte {
	texts, err := LoadTexts(shared.Data(b, ""))
	if err != nil {
		b.Skip(err)
	}
	var seeds []*cotejo.Article
	for _, t := range texts {
		arts, _ := read.Bytes("seed.txt", []byte(t), read.Options{})
		seeds = append(seeds, arts...)
	}
	set := group.Perturbed(seeds, n, rand.New(rand.NewPCG(1, 0)))
	inputs := make([][]byte, len(set))
	for i, a := range set {
		inputs[i] = []byte(a.Body)
	}
	return inputs
}

func report(b *testing.B, runs []Run) {
	total, secs := 0, 0.0
	for _, r := range runs {
		total += r.Articles
		secs += r.Seconds
	}
	b.ReportMetric(float64(total)/secs, "articles/s/core")
}

// BenchmarkTextPath measures read, clean, metadata, grouping and passages
// on 1,000 perturbed real articles, on one core.
func BenchmarkTextPath(b *testing.B) {
	inputs := perturbedInputs(b, 1000)
	var runs []Run
	for b.Loop() {
		runs = append(runs, Text(cloneInputs(inputs), Options{}))
	}
	report(b, runs)
}

// BenchmarkHTMLPath measures the same path on 50 real HTML pages.
func BenchmarkHTMLPath(b *testing.B) {
	pages, err := LoadPages(shared.Data(b, ""), 50)
	if err != nil {
		b.Skip(err)
	}
	var runs []Run
	for b.Loop() {
		runs = append(runs, HTML(cloneInputs(pages), Options{}))
	}
	report(b, runs)
}

// cloneInputs copies the list, since a run drops each input once read.
func cloneInputs(in [][]byte) [][]byte { return append([][]byte(nil), in...) }

func TestTextRunCountsEveryArticleAndStage(t *testing.T) {
	texts, err := LoadTexts(shared.Data(t, ""))
	if err != nil {
		t.Skip(err)
	}
	inputs := make([][]byte, 50)
	for i := range inputs {
		inputs[i] = []byte(texts[i])
	}
	r := Text(inputs, Options{})
	if r.Articles != 50 || r.Stories == 0 || r.PerSecond <= 0 || len(r.Stages) != 3 {
		t.Errorf("run = %+v, want 50 articles, some stories, a rate and three stages", r)
	}
	for _, in := range inputs {
		if in != nil {
			t.Fatal("an input was kept after it was read")
		}
	}
}
