package main

import (
	"fmt"
	"io"
	"os"
	"slices"

	"github.com/cotejo/cotejo/eval"
	"github.com/cotejo/cotejo/ner"
	"github.com/spf13/cobra"
)

func init() { evalCommands = append(evalCommands, newEvalNER) }

func newEvalNER() *cobra.Command {
	var model string
	c := &cobra.Command{
		Use:   "ner FILE...",
		Short: "Score the named-entity tagger on CoNLL-format files (exact span and type)",
		Long: "Tag the sentences of CoNLL-format files (\"token tag\" or \"token<TAB>tag\" lines,\n" +
			"blank line between sentences; types other than PER, ORG, LOC and MISC, such as\n" +
			"AnCora's DATE and NUM, count as O) and print entity-level precision, recall\n" +
			"and F1 with CoNLL semantics, overall and per type.",
		Args: positional(cobra.MinimumNArgs(1)),
	}
	format := evalFormat(c)
	c.Flags().StringVar(&model, "model", "", "model file to score instead of the embedded one")
	c.RunE = func(c *cobra.Command, args []string) error {
		// Loading the embedded model only when it is used lets a model in
		// a new format be scored before it is embedded.
		var m *ner.Model
		if model == "" {
			m = ner.Default()
		} else {
			var err error
			if m, err = loadModel(model); err != nil {
				return err
			}
		}
		var gold []ner.Sentence
		for _, f := range args {
			s, err := readCoNLLFile(f)
			if err != nil {
				return err
			}
			if len(s) == 0 {
				return fmt.Errorf("%s: no sentences to score", f)
			}
			gold = append(gold, s...)
		}
		res := eval.NER(gold, m.Tag)
		return writeEval(c.OutOrStdout(), *format, res, func(w io.Writer) { printNER(w, res) })
	}
	return c
}

func loadModel(path string) (*ner.Model, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m, err := ner.Load(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return m, nil
}

func printNER(w io.Writer, res eval.NERResult) {
	fmt.Fprintf(w, "%d sentences, %d tokens, %d entities\n", res.Sentences, res.Tokens, res.N)
	fmt.Fprintf(w, "%-8s %9s %9s %9s %6s\n", "type", "precision", "recall", "f1", "n")
	fmt.Fprintf(w, "%-8s %9.4f %9.4f %9.4f %6d\n", "all", res.Precision, res.Recall, res.F1, res.N)
	types := make([]string, 0, len(res.PerType))
	for t := range res.PerType {
		types = append(types, t)
	}
	slices.Sort(types)
	for _, t := range types {
		s := res.PerType[t]
		fmt.Fprintf(w, "%-8s %9.4f %9.4f %9.4f %6d\n", t, s.Precision, s.Recall, s.F1, s.N)
	}
}
