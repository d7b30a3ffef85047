package annotate

import (
	"os"
	"path/filepath"
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
