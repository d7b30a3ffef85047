package annotate

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cotejo/cotejo"
	"github.com/cotejo/cotejo/lang"
)

// untagged tags nothing, to measure annotation without the entity model.
type untagged struct{}

func (untagged) Tag(tokens []string) []string {
	out := make([]string, len(tokens))
	for i := range out {
		out[i] = "O"
	}
	return out
}

func sampleBodies(b *testing.B) ([]string, int) {
	files, err := filepath.Glob("../examples/maduro-belarus/*.txt")
	if err != nil || len(files) == 0 {
		b.Skipf("no sample articles: %v", err)
	}
	var bodies []string
	words := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		bodies = append(bodies, string(data))
		words += len(lang.Words(string(data)))
	}
	return bodies, words
}

func benchArticle(b *testing.B, t Tagger) {
	bodies, words := sampleBodies(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a := &cotejo.Article{Body: bodies[i%len(bodies)], Language: "es", Published: published}
		WithTagger(a, t)
	}
	sec := b.Elapsed().Seconds()
	b.ReportMetric(float64(b.N)/sec, "articles/s")
	b.ReportMetric(float64(b.N)*float64(words)/float64(len(bodies))/sec, "words/s")
}

// BenchmarkArticle annotates the sample articles with the embedded entity
// model, one at a time on one goroutine: the figures are per core.
func BenchmarkArticle(b *testing.B) { benchArticle(b, defaultTagger()) }

// BenchmarkArticleWithoutNER measures everything but the entity model.
func BenchmarkArticleWithoutNER(b *testing.B) { benchArticle(b, untagged{}) }

// Runs of quotes in one sentence cost linear time: each quote reads a
// bounded stretch of its sentence and a bounded number of earlier quotes
// (a review timed quadratic versions at 17.7 s for the first body).
func BenchmarkQuotesLongRuns(b *testing.B) {
	bodies := []string{
		"Los estudiantes llegaron " + strings.Repeat("y dijeron que «aa bb» ", 8000),
		"Petro habló. Lo hizo, agregó. " + strings.Repeat("«aa bb» ", 64000),
	}
	for b.Loop() {
		for _, body := range bodies {
			annotateWith(body, "es")
		}
	}
}
