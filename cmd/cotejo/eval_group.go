package main

import (
	"fmt"
	"io"

	"github.com/cotejo/cotejo/eval"
	"github.com/cotejo/cotejo/group"
	"github.com/spf13/cobra"
)

func init() { evalCommands = append(evalCommands, newEvalGroup) }

func newEvalGroup() *cobra.Command {
	var topics string
	var baseline bool
	c := &cobra.Command{
		Use:   "group PATH",
		Short: "Score grouping of articles into stories, pairwise and B-cubed",
		Long: "group scores story grouping against a labelled set: an ECB+ folder of topic folders " +
			"(gold story = topic + ecb|ecbplus; all documents of the chosen topics are grouped at once) " +
			"or a JSON Lines file of articles with a \"story\" field (and text, title, published, language). " +
			"The headline f1 is B-cubed.",
		Args: positional(cobra.ExactArgs(1)),
	}
	c.Flags().StringVar(&topics, "topics", "dev", "ECB+ topics to group: dev (2, 5, 12, 18, 21, 23, 34, 35), train (the others) or all")
	c.Flags().BoolVar(&baseline, "baseline", false, "also score a plain TF-IDF average-link clustering of the same documents")
	format := evalFormat(c)
	c.RunE = func(c *cobra.Command, args []string) error {
		chosen, err := eval.ECBTopics(topics)
		if err != nil {
			return usageError{err}
		}
		docs, err := eval.ReadGroupSet(args[0], chosen)
		if err != nil {
			return err
		}
		res := eval.Group(docs, group.Options{}, baseline)
		return writeEval(c.OutOrStdout(), *format, res, func(w io.Writer) { printGroup(w, res) })
	}
	return c
}

func printGroup(w io.Writer, r eval.GroupResult) {
	fmt.Fprintf(w, "Story grouping: %d documents, %d gold stories\n\n", r.N, r.Gold)
	fmt.Fprintf(w, "%-22s %7s %6s %6s %6s %6s %6s %8s %8s\n", "", "stories", "B3 P", "B3 R", "B3 F1", "pw P", "pw R", "pw F1", "seconds")
	row := func(name string, s eval.GroupScores) {
		fmt.Fprintf(w, "%-22s %7d %6.3f %6.3f %6.3f %6.3f %6.3f %8.3f %8.2f\n", name, s.Predicted,
			s.BCubed.Precision, s.BCubed.Recall, s.BCubed.F1, s.Pairwise.Precision, s.Pairwise.Recall, s.Pairwise.F1, s.Seconds)
	}
	row("cotejo", r.GroupScores)
	if r.Baseline != nil {
		row("TF-IDF average link", *r.Baseline)
	}
}
