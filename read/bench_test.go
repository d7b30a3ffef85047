package read

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/cotejo/cotejo"
)

// BenchmarkCleanText cleans the sample articles and reports articles per
// second on one core (run with -cpu 1), metadata (dates, language)
// included.
func BenchmarkCleanText(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "examples", "maduro-belarus", "*.txt"))
	var raws []string
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		raws = append(raws, string(data))
	}
	// "detect" is the whole cost; "language-given" leaves out lang.Detect,
	// which inputs that name their language (feeds, records) skip.
	for _, language := range []string{"", "es"} {
		name := "detect"
		if language != "" {
			name = "language-given"
		}
		b.Run(name, func(b *testing.B) {
			n := 0
			for b.Loop() {
				for _, raw := range raws {
					Clean(&cotejo.Article{Raw: raw, Language: language})
					n++
				}
			}
			b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
		})
	}
}
