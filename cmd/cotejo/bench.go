package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"

	"github.com/spf13/cobra"

	"github.com/cotejo/cotejo/bench"
	"github.com/cotejo/cotejo/internal/shared"
)

func init() { rootCommands = append(rootCommands, newBench) }

func newBench() *cobra.Command {
	var (
		sizes    []int
		pages    int
		data     string
		format   string
		annotate bool
		stories  bool
		cpuprof  string
		memprof  string
	)
	c := &cobra.Command{
		Use:   "bench",
		Short: "Measure throughput and memory on real and perturbed articles, per core",
		Long: `bench measures cotejo on one core: articles per second for text input and for
HTML pages (read, clean, metadata, grouping and passages; with --annotate and
--stories the later stages too), and how time and peak heap grow with the
number of articles on sets built by perturbing real articles from the shared
development data.`,
		Args: positional(cobra.NoArgs),
		RunE: func(c *cobra.Command, _ []string) error {
			if format != "text" && format != "json" {
				return usageError{fmt.Errorf("unknown --format %q: want text or json", format)}
			}
			if data == "" {
				data = shared.DataPath("")
			}
			if data == "" {
				return fmt.Errorf("bench needs the development data (../shared/data beside the repository, $COTEJO_SHARED/data, or --data DIR)")
			}
			out := c.OutOrStdout()
			logf := func(format string, args ...any) { fmt.Fprintf(c.ErrOrStderr(), "bench: "+format+"\n", args...) }
			opt := bench.Options{Sizes: sizes, Seed: 1, Shared: data, Annotate: annotate, Stories: stories, Log: logf}
			texts, err := bench.LoadTexts(data)
			if err != nil {
				return err
			}
			if cpuprof != "" {
				f, err := os.Create(cpuprof)
				if err != nil {
					return err
				}
				defer f.Close()
				if err := pprof.StartCPUProfile(f); err != nil {
					return err
				}
				defer pprof.StopCPUProfile()
			}
			if memprof != "" {
				runtime.MemProfileRate = 64 << 10
				defer func() {
					if f, err := os.Create(memprof); err == nil {
						pprof.Lookup("heap").WriteTo(f, 0)
						f.Close()
					}
				}()
			}
			runs := bench.Scaling(texts, opt)
			if pages > 0 {
				html, err := bench.LoadPages(data, pages)
				if err != nil {
					return err
				}
				runs = append(runs, bench.HTML(html, opt))
			}
			switch format {
			case "json":
				enc := json.NewEncoder(out)
				enc.SetIndent("", "  ")
				return enc.Encode(map[string]any{"runs": runs, "data": filepath.Clean(data)})
			case "text":
				bench.Describe(out, runs)
				return nil
			}
			return usageError{fmt.Errorf("unknown --format %q: want text or json", format)}
		},
	}
	f := c.Flags()
	f.IntSliceVar(&sizes, "sizes", []int{1000, 10000}, "sizes of the perturbed text sets to measure (add 100000 for the scaling figure)")
	f.IntVar(&pages, "pages", 200, "HTML pages of the trafilatura evaluation set to measure (0 skips HTML)")
	f.StringVar(&data, "data", "", "the shared development data folder (default ../shared/data beside the repository)")
	f.StringVar(&format, "format", "text", "output format: text or json")
	f.BoolVar(&annotate, "annotate", false, "include annotation (sentences, entities, dates, quotes)")
	f.BoolVar(&stories, "stories", false, "include every story-level stage, not only passages")
	f.StringVar(&cpuprof, "cpuprofile", "", "write a CPU profile of the run to this file (for go tool pprof)")
	f.StringVar(&memprof, "memprofile", "", "write a heap profile at the end of the run to this file")
	return c
}
