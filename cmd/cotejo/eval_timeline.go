package main

import (
	"fmt"
	"io"

	"github.com/cotejo/cotejo"
	"github.com/cotejo/cotejo/eval"
	"github.com/cotejo/cotejo/internal/shared"
	"github.com/cotejo/cotejo/pipeline"
	"github.com/spf13/cobra"
)

func init() { evalCommands = append(evalCommands, newEvalTimeline) }

func newEvalTimeline() *cobra.Command {
	c := &cobra.Command{
		Use:   "timeline [DIR]",
		Short: "Score the timelines' dates against CL-TLS's reference timelines (date selection)",
		Long: "timeline analyses each topic of a CL-TLS folder (default: cl-tls-es in the shared data;\n" +
			"<topic>/<YYYY-MM-DD>/*.txt.gz documents published on their folder's day, and\n" +
			"reference/<topic>.txt.gz) as one batch, ranks the days of its story timelines by how\n" +
			"many articles report an event on them, keeps as many as the reference timeline holds,\n" +
			"and scores them against the reference's days. The baseline ranks days by how many\n" +
			"documents were published on them.",
		Args: positional(cobra.MaximumNArgs(1)),
	}
	format := evalFormat(c)
	c.RunE = func(c *cobra.Command, args []string) error {
		root := shared.DataPath("cl-tls-es")
		if len(args) == 1 {
			root = args[0]
		}
		if root == "" {
			return fmt.Errorf("timeline set ../shared/data/cl-tls-es not found: pass its folder: %w", eval.ErrNoData)
		}
		topics, err := eval.ReadTimelineSet(root)
		if err != nil {
			return err
		}
		res := eval.Timeline(topics, func(a []*cotejo.Article) []*cotejo.Story {
			return pipeline.Articles(a, pipeline.Options{})
		})
		return writeEval(c.OutOrStdout(), *format, res, func(w io.Writer) { printTimeline(w, res) })
	}
	return c
}

func printTimeline(w io.Writer, r eval.TimelineResult) {
	fmt.Fprintf(w, "Timeline date selection: %d reference dates over %d topics (%.1f s)\n\n", r.N, len(r.Topics), r.Seconds)
	fmt.Fprintf(w, "%-10s %9s %9s %9s %12s %14s\n", "topic", "documents", "reference", "dates", "cotejo F1", "baseline F1")
	for _, t := range r.Topics {
		fmt.Fprintf(w, "%-10s %9d %9d %9d %12.3f %14.3f\n", t.Name, t.Documents, t.Reference, t.Dates, t.Cotejo.F1, t.Baseline.F1)
	}
	fmt.Fprintf(w, "%-10s %9s %9d %9s %12.3f %14.3f\n", "all", "", r.N, "", r.F1, r.Baseline.F1)
	if r.Rejected > 0 {
		fmt.Fprintf(w, "\n%d documents could not be read\n", r.Rejected)
	}
}
