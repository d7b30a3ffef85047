package pipeline

import (
	"sync"

	"github.com/cotejo/cotejo"
	"github.com/cotejo/cotejo/read"
)

// Result is what a batch run returns.
type Result struct {
	Stories  []*cotejo.Story
	Rejected []cotejo.Rejected
	Articles int // how many articles were read
}

// Analyze reads every input named by paths (files, folders, "-" for
// stdin), runs the stream over them in input order and returns the
// stories. Inputs are read and annotated by several workers at once;
// grouping sees them in input order, so the result does not depend on
// scheduling.
func Analyze(paths []string, opt Options) Result {
	files, rejected := read.Expand(paths)
	s := New(opt)
	type done struct {
		articles []*cotejo.Article
		rejected []cotejo.Rejected
	}
	results := make([]chan done, len(files))
	for i := range results {
		results[i] = make(chan done, 1)
	}
	work := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < s.workers(); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				arts, rej := read.File(files[i], opt.Read)
				for _, a := range arts {
					Prepare(a)
				}
				results[i] <- done{arts, rej}
			}
		}()
	}
	go func() {
		for i := range files {
			work <- i
		}
		close(work)
		wg.Wait()
	}()
	for i := range files {
		d := <-results[i]
		for _, a := range d.articles {
			s.Add(a)
		}
		rejected = append(rejected, d.rejected...)
		if opt.Progress != nil {
			opt.Progress(i+1, len(files))
		}
	}
	return Result{Stories: s.Stories(), Rejected: rejected, Articles: s.Len()}
}

// Articles runs the stream over articles already read, in their order,
// and returns the stories: what Analyze does after reading. They are
// annotated by several workers at once.
func Articles(articles []*cotejo.Article, opt Options) []*cotejo.Story {
	s := New(opt)
	work := make(chan *cotejo.Article)
	var wg sync.WaitGroup
	for w := 0; w < s.workers(); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for a := range work {
				Prepare(a)
			}
		}()
	}
	for _, a := range articles {
		work <- a
	}
	close(work)
	wg.Wait()
	for _, a := range articles {
		s.Add(a)
	}
	return s.Stories()
}
