// Package pipeline composes cotejo's stages into the one stream that
// `cotejo analyze`, the store's ingest and the queue workers all run:
// articles go in one at a time, are annotated and grouped, and stories come
// out with every story-level stage run over them.
package pipeline

import (
	"fmt"
	"runtime"
	"sort"
	"sync"

	"github.com/cotejo/cotejo"
	"github.com/cotejo/cotejo/annotate"
	"github.com/cotejo/cotejo/group"
	"github.com/cotejo/cotejo/read"
	"github.com/cotejo/cotejo/story"
)

// Options tune the pipeline; the zero value is good.
type Options struct {
	Read  read.Options
	Group group.Options
	// SummarySentences bounds the cited summary of each story (default 8).
	SummarySentences int
	// Workers is how many inputs are read and annotated at once (default:
	// the number of CPUs).
	Workers int
	// Progress, when set, is told after each input how many of the total
	// are done.
	Progress func(done, total int)
}

// Prepare runs the per-article stages on an article that has been read
// and cleaned: annotation layers over its body.
func Prepare(a *cotejo.Article) {
	annotate.Article(a)
}

// Stream assigns articles to stories one at a time. The same stream serves
// a batch (fed from files and drained at the end) and a long-running
// ingest (fed from a store or a queue).
type Stream struct {
	opt      Options
	grouper  *group.Grouper
	articles []*cotejo.Article
}

// New opens an empty stream.
func New(opt Options) *Stream {
	return &Stream{opt: opt, grouper: group.New(opt.Group)}
}

// Add gives a prepared article the next ID and assigns it to a story,
// returning the story's index.
//
// The article's Raw text is let go: every later stage reads the cleaned
// Body and its layers, and at a hundred thousand articles the raw copies
// would be a third of the memory.
func (s *Stream) Add(a *cotejo.Article) int {
	a.Raw = ""
	a.ID = fmt.Sprintf("a%d", len(s.articles)+1)
	s.articles = append(s.articles, a)
	return s.grouper.Add(a)
}

// Len returns how many articles the stream holds.
func (s *Stream) Len() int { return len(s.articles) }

// Stories returns the stories so far, largest first, with every
// story-level stage run over them.
func (s *Stream) Stories() []*cotejo.Story {
	return s.stories(func(st *cotejo.Story) { Enrich(st, s.opt) })
}

// Passages returns the stories so far with only their shared passages
// found: what the grouping benchmarks measure.
func (s *Stream) Passages() []*cotejo.Story {
	return s.stories(story.Passages)
}

func (s *Stream) stories(enrich func(*cotejo.Story)) []*cotejo.Story {
	// Add joins strictly; the finishing pass merges stories whose
	// profiles have come to match as articles arrived.
	s.grouper.Consolidate()
	groups := s.grouper.Groups()
	sort.SliceStable(groups, func(i, j int) bool { return len(groups[i]) > len(groups[j]) })
	stories := make([]*cotejo.Story, len(groups))
	var wg sync.WaitGroup
	sem := make(chan struct{}, s.workers())
	for i, g := range groups {
		st := &cotejo.Story{ID: fmt.Sprintf("s%d", i+1)}
		for _, idx := range g {
			st.Articles = append(st.Articles, s.articles[idx])
		}
		stories[i] = st
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			enrich(st)
		}()
	}
	wg.Wait()
	return stories
}

func (s *Stream) workers() int {
	if s.opt.Workers > 0 {
		return s.opt.Workers
	}
	return runtime.NumCPU()
}

// Enrich runs the story-level stages, in the order each needs the others.
func Enrich(st *cotejo.Story, opt Options) {
	story.Passages(st)
	story.WhoWhatWhen(st)
	story.CrossCheck(st)
	story.Sources(st)
	story.Coverage(st)
	story.Summary(st, opt.SummarySentences)
	st.Headline = story.Headline(st)
}
