// Package bench measures cotejo's throughput and memory on real articles
// and on large sets made by perturbing them, for `cotejo bench` and the
// closing figures of a change. Figures are per core: the run pins the Go
// scheduler to one thread.
package bench

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cotejo/cotejo"
	"github.com/cotejo/cotejo/group"
	"github.com/cotejo/cotejo/internal/shared"
	"github.com/cotejo/cotejo/pipeline"
	"github.com/cotejo/cotejo/read"
)

// Stage is the time one stage took over a run.
type Stage struct {
	Name      string  `json:"name"`
	Seconds   float64 `json:"seconds"`
	PerSecond float64 `json:"articles_per_second"`
}

// Run is one measured run over n articles.
type Run struct {
	Input        string  `json:"input"` // text or html
	Articles     int     `json:"articles"`
	Stories      int     `json:"stories"`
	Seconds      float64 `json:"seconds"`
	PerSecond    float64 `json:"articles_per_second_per_core"`
	PeakHeapMB   float64 `json:"peak_heap_mb"`
	Stages       []Stage `json:"stages"`
	TimeRatio    float64 `json:"time_ratio_to_previous,omitempty"`
	ArticleRatio float64 `json:"size_ratio_to_previous,omitempty"`
}

// Options choose what a benchmark runs.
type Options struct {
	Sizes    []int  // perturbed text set sizes, e.g. 1000, 10000, 100000
	Seed     int64  // for the perturbation
	Shared   string // the shared data folder (…/shared/data)
	Annotate bool   // include annotation (sentences, entities, dates, quotes)
	Stories  bool   // include story-level stages (passages always run)
	Log      func(format string, args ...any)
}

// LoadTexts returns real article texts from the development data sets:
// the FakeDeS Spanish news and the CL-TLS Spanish documents.
func LoadTexts(shared string) ([]string, error) {
	var texts []string
	for _, name := range []string{"train.jsonl", "development.jsonl"} {
		f, err := os.Open(filepath.Join(shared, "fakenews-es", name))
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 8<<20)
		for sc.Scan() {
			var rec struct{ Text string }
			if json.Unmarshal(sc.Bytes(), &rec) == nil && len(rec.Text) > 200 {
				texts = append(texts, rec.Text)
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("read %s: %w", name, err)
		}
	}
	files, _ := filepath.Glob(filepath.Join(shared, "cl-tls-es", "*", "*", "*.txt.gz"))
	for _, p := range files {
		b, err := readGzip(p)
		if err == nil && len(b) > 200 {
			texts = append(texts, string(b))
		}
	}
	if len(texts) == 0 {
		return nil, fmt.Errorf("no articles found under %s", shared)
	}
	return texts, nil
}

// LoadPages returns up to n HTML pages of the trafilatura evaluation set.
func LoadPages(shared string, n int) ([][]byte, error) {
	files, err := filepath.Glob(filepath.Join(shared, "trafilatura-eval", "html", "*.gz"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("no pages found under %s/trafilatura-eval/html", shared)
	}
	sort.Strings(files)
	var pages [][]byte
	for _, p := range files {
		if len(pages) == n {
			break
		}
		b, err := readGzip(p)
		if err == nil {
			pages = append(pages, b)
		}
	}
	return pages, nil
}

func readGzip(path string) ([]byte, error) {
	return shared.ReadGzip(path, read.DefaultMaxBytes)
}

// Text measures the whole text path (read, clean, meta, [annotate],
// group, passages [and the story stages]) over inputs, one core. It
// drops each input once read, as analyze does with files.
func Text(inputs [][]byte, opt Options) Run {
	return measure("text", inputs, opt)
}

// HTML measures the same path with HTML pages as input.
func HTML(pages [][]byte, opt Options) Run {
	return measure("html", pages, opt)
}

func measure(kind string, inputs [][]byte, opt Options) Run {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	runtime.GC()
	stop := sampleHeap()
	var tRead, tAnn, tGroup, tStory time.Duration
	start := time.Now()
	s := pipeline.New(pipeline.Options{Workers: 1})
	for i, in := range inputs {
		t0 := time.Now()
		arts, _ := read.Bytes(fmt.Sprintf("bench-%d.%s", i, kind), in, read.Options{})
		// As analyze does with files, an input is dropped once read.
		inputs[i] = nil
		t1 := time.Now()
		if opt.Annotate {
			for _, a := range arts {
				pipeline.Prepare(a)
			}
		}
		t2 := time.Now()
		for _, a := range arts {
			s.Add(a)
		}
		tRead += t1.Sub(t0)
		tAnn += t2.Sub(t1)
		tGroup += time.Since(t2)
	}
	t3 := time.Now()
	var stories []*cotejo.Story
	if opt.Stories {
		stories = s.Stories()
	} else {
		stories = s.Passages()
	}
	tStory = time.Since(t3)
	total := time.Since(start)
	peak := stop()
	n := len(inputs)
	rate := func(d time.Duration) float64 {
		if d <= 0 {
			return 0
		}
		return float64(n) / d.Seconds()
	}
	storyStage := "passages"
	if opt.Stories {
		storyStage = "story stages"
	}
	stages := []Stage{
		{Name: "read+clean+meta", Seconds: tRead.Seconds(), PerSecond: rate(tRead)},
	}
	if opt.Annotate {
		stages = append(stages, Stage{Name: "annotate", Seconds: tAnn.Seconds(), PerSecond: rate(tAnn)})
	}
	stages = append(stages,
		Stage{Name: "group", Seconds: tGroup.Seconds(), PerSecond: rate(tGroup)},
		Stage{Name: storyStage, Seconds: tStory.Seconds(), PerSecond: rate(tStory)})
	return Run{Input: kind, Articles: n, Stories: len(stories), Seconds: total.Seconds(),
		PerSecond: rate(total), PeakHeapMB: float64(peak) / (1 << 20), Stages: stages}
}

// sampleHeap watches the live heap until the returned function is called,
// which returns the peak seen.
func sampleHeap() func() uint64 {
	var peak atomic.Uint64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(25 * time.Millisecond)
		defer t.Stop()
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > peak.Load() {
				peak.Store(ms.HeapInuse)
			}
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() uint64 {
		close(done)
		wg.Wait()
		return peak.Load()
	}
}

// Scaling measures the text path at each size of opt.Sizes on sets built
// by perturbing the real texts, so that near-duplicates and stories form
// as they do in a day of wire copy.
func Scaling(texts []string, opt Options) []Run {
	var seeds []*cotejo.Article
	for i, t := range texts {
		arts, _ := read.Bytes(fmt.Sprintf("seed-%d.txt", i), []byte(t), read.Options{})
		seeds = append(seeds, arts...)
	}
	var runs []Run
	for _, n := range opt.Sizes {
		rng := rand.New(rand.NewPCG(uint64(opt.Seed), 0))
		set := group.Perturbed(seeds, n, rng)
		inputs := make([][]byte, len(set))
		for i, a := range set {
			inputs[i] = []byte(a.Body)
		}
		set = nil
		r := Text(inputs, opt)
		if len(runs) > 0 {
			prev := runs[len(runs)-1]
			r.TimeRatio = r.Seconds / prev.Seconds
			r.ArticleRatio = float64(r.Articles) / float64(prev.Articles)
		}
		if opt.Log != nil {
			opt.Log("%d articles: %.1fs, %.0f articles/s, peak heap %.0f MB", r.Articles, r.Seconds, r.PerSecond, r.PeakHeapMB)
		}
		runs = append(runs, r)
	}
	return runs
}

// Describe formats runs as a readable table.
func Describe(w io.Writer, runs []Run) {
	for _, r := range runs {
		fmt.Fprintf(w, "%-5s %7d articles  %8.2fs  %7.0f articles/s/core  peak heap %6.0f MB  %d stories",
			r.Input, r.Articles, r.Seconds, r.PerSecond, r.PeakHeapMB, r.Stories)
		if r.TimeRatio > 0 {
			fmt.Fprintf(w, "  (×%.1f articles → ×%.1f time)", r.ArticleRatio, r.TimeRatio)
		}
		fmt.Fprintln(w)
		var parts []string
		for _, s := range r.Stages {
			parts = append(parts, fmt.Sprintf("%s %.2fs (%.0f/s)", s.Name, s.Seconds, s.PerSecond))
		}
		fmt.Fprintf(w, "      %s\n", strings.Join(parts, " · "))
	}
}
