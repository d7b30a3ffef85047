package page

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/cotejo/cotejo/internal/shared"
	"github.com/markusmobius/go-trafilatura"
)

// benchPages reads every 20th page of trafilatura-eval, about 50 pages
// of many sites and sizes, once, before any timer starts.
func benchPages(b *testing.B) [][]byte {
	dir := filepath.Join(shared.Data(b, "trafilatura-eval"), "html")
	names, err := filepath.Glob(filepath.Join(dir, "*.gz"))
	if err != nil {
		b.Fatal(err)
	}
	sort.Strings(names)
	var pages [][]byte
	for i := 0; i < len(names); i += 20 {
		f, err := os.Open(names[i])
		if err != nil {
			b.Fatal(err)
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			b.Fatal(err)
		}
		data, err := io.ReadAll(zr)
		f.Close()
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, data)
	}
	return pages
}

// BenchmarkExtract measures cotejo's HTML path beside go-trafilatura alone
// with default options, on the same pages, in pages per second per core.
func BenchmarkExtract(b *testing.B) {
	pages := benchPages(b)
	run := func(b *testing.B, extract func([]byte)) {
		b.ReportAllocs()
		n := 0
		for b.Loop() {
			extract(pages[n%len(pages)])
			n++
		}
		b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "pages/s")
	}
	b.Run("cotejo", func(b *testing.B) {
		run(b, func(data []byte) { _, _ = Extract(data, "") })
	})
	b.Run("trafilatura", func(b *testing.B) {
		run(b, func(data []byte) { _, _ = trafilatura.Extract(bytes.NewReader(data), trafilatura.Options{}) })
	})
}
