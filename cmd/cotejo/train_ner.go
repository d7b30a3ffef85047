package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/cotejo/cotejo/internal/shared"
	"github.com/cotejo/cotejo/ner"
	"github.com/spf13/cobra"
)

func init() { trainCommands = append(trainCommands, newTrainNER) }

// defaultNERTrain is the training data of the committed model, under
// ../shared/data: CoNLL-2002 plus AnCora, which scored higher on esp.testa
// than CoNLL-2002 alone (0.784 against 0.753 F1).
var defaultNERTrain = []string{"conll2002-es/esp.train", "ancora-ner-es/train.tsv", "ancora-ner-es/dev.tsv"}

func newTrainNER() *cobra.Command {
	var (
		files  []string
		epochs int
		seed   uint64
		out    string
	)
	c := &cobra.Command{
		Use:   "ner",
		Short: "Train the named-entity tagger (reproducibly) and write its model file",
		Long: "Train the averaged-perceptron named-entity tagger on CoNLL-format files\n" +
			"(default: CoNLL-2002 esp.train and AnCora train and dev under ../shared/data)\n" +
			"and write the model that the ner package embeds. The same data and flags\n" +
			"give the same model.",
		Args: positional(cobra.NoArgs),
		RunE: func(c *cobra.Command, _ []string) error {
			if len(files) == 0 {
				for _, rel := range defaultNERTrain {
					p := shared.DataPath(rel)
					if p == "" {
						return usageError{fmt.Errorf("training data ../shared/data/%s not found: pass --train", rel)}
					}
					files = append(files, p)
				}
			}
			var sentences []ner.Sentence
			for _, f := range files {
				s, err := readCoNLLFile(f)
				if err != nil {
					return err
				}
				sentences = append(sentences, s...)
			}
			start := time.Now()
			m := ner.Train(sentences, ner.TrainOptions{
				Epochs: epochs,
				Seed:   seed,
				Logf:   func(format string, args ...any) { fmt.Fprintf(c.ErrOrStderr(), format+"\n", args...) },
			})
			if err := writeModel(m, out); err != nil {
				return err
			}
			fmt.Fprintf(c.OutOrStdout(), "trained on %d sentences in %s; wrote %s\n", len(sentences), time.Since(start).Round(time.Second), out)
			return nil
		},
	}
	c.Flags().StringSliceVar(&files, "train", nil, "CoNLL-format training files (default: "+strings.Join(defaultNERTrain, ", ")+" under ../shared/data)")
	c.Flags().IntVar(&epochs, "epochs", 10, "passes over the training data")
	c.Flags().Uint64Var(&seed, "seed", 1, "seed of the shuffling between passes")
	c.Flags().StringVar(&out, "out", filepath.Join("ner", "model.bin.gz"), "model file to write")
	return c
}

func readCoNLLFile(path string) ([]ner.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s, err := ner.ReadCoNLL(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

// writeModel writes through a temporary file, so that a build embedding
// the model never sees half of it.
func writeModel(m *ner.Model, out string) error {
	tmp, err := os.CreateTemp(filepath.Dir(out), ".model-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if err := m.Write(tmp); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", out, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	return os.Rename(tmp.Name(), out)
}
