package main

import (
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/cotejo/cotejo/internal/shared"
	"github.com/cotejo/cotejo/ner"
	"github.com/spf13/cobra"
)

func init() { trainCommands = append(trainCommands, newTrainNER, newTrainClusters) }

// defaultNERTrain and defaultNERLoose are the training data of the
// committed model, under ../shared/data: CoNLL-2002, plus AnCora, which
// scored higher on esp.testa than CoNLL-2002 alone (0.784 against 0.753
// F1) but names countries, clubs and ministries by other guidelines.
var (
	defaultNERTrain = []string{"conll2002-es/esp.train"}
	defaultNERLoose = []string{"ancora-ner-es/train.tsv", "ancora-ner-es/dev.tsv"}
)

func newTrainNER() *cobra.Command {
	var (
		files  []string
		loose  []string
		epochs int
		seed   uint64
		out    string
		clus   string
		maxLen int
		bits   int
		drop   float64
		runs   int
		prune  float64
	)
	c := &cobra.Command{
		Use:   "ner",
		Short: "Train the named-entity tagger (reproducibly) and write its model file",
		Long: "Train the averaged-perceptron named-entity tagger on CoNLL-format files\n" +
			"(default: CoNLL-2002 esp.train, and AnCora train and dev with loose types,\n" +
			"under ../shared/data) and write the model that the ner package embeds.\n" +
			"Names that exactly fill a pair of quotation marks are extended to take them\n" +
			"in, the CoNLL-2002 convention; the Brown clusters of ner/clusters.txt.gz (from\n" +
			"'train clusters') give features. The same data and flags give the same model.",
		Args: positional(cobra.NoArgs),
		RunE: func(c *cobra.Command, _ []string) error {
			if drop < 0 || drop > 0.9 {
				return usageError{fmt.Errorf("--dropout %g: want a probability from 0 to 0.9", drop)}
			}
			if prune < 0 || prune >= 1 {
				return usageError{fmt.Errorf("--prune %g: want a share from 0 to below 1", prune)}
			}
			if runs < 1 {
				return usageError{fmt.Errorf("--runs %d: want 1 or more", runs)}
			}
			if len(files) == 0 && len(loose) == 0 {
				for _, set := range []struct {
					rel []string
					to  *[]string
				}{{defaultNERTrain, &files}, {defaultNERLoose, &loose}} {
					for _, rel := range set.rel {
						p := shared.DataPath(rel)
						if p == "" {
							return usageError{fmt.Errorf("training data ../shared/data/%s not found: pass --train", rel)}
						}
						*set.to = append(*set.to, p)
					}
				}
			}
			var sentences []ner.Sentence
			for _, set := range []struct {
				files []string
				loose bool
			}{{files, false}, {loose, true}} {
				for _, f := range set.files {
					s, err := readCoNLLFile(f)
					if err != nil {
						return err
					}
					for i := range s {
						s[i].LooseTypes = set.loose
						ner.QuotesInside(s[i])
					}
					sentences = append(sentences, s...)
				}
			}
			opt := ner.TrainOptions{
				Epochs:  epochs,
				Seed:    seed,
				MaxLen:  maxLen,
				Bits:    bits,
				Dropout: drop,
				Runs:    runs,
				Prune:   prune,
				Logf:    func(format string, args ...any) { fmt.Fprintf(c.ErrOrStderr(), format+"\n", args...) },
			}
			if clus != "" {
				var err error
				if opt.Clusters, err = loadClusters(clus); err != nil {
					return err
				}
			}
			start := time.Now()
			m := ner.Train(sentences, opt)
			if err := writeFileAtomic(out, m.Write); err != nil {
				return err
			}
			fmt.Fprintf(c.OutOrStdout(), "trained on %d sentences in %s; wrote %s\n", len(sentences), time.Since(start).Round(time.Second), out)
			return nil
		},
	}
	c.Flags().StringSliceVar(&files, "train", nil, "CoNLL-format training files (default: "+strings.Join(defaultNERTrain, ", ")+" under ../shared/data)")
	c.Flags().StringSliceVar(&loose, "loose", nil, "CoNLL-format training files whose LOC, ORG and MISC follow other guidelines; training keeps their\n"+
		"names' bounds and PER and lets the model choose among the other three types (default: "+strings.Join(defaultNERLoose, ", ")+";\n"+
		"giving --train or --loose drops both defaults)")
	c.Flags().IntVar(&epochs, "epochs", 10, "passes over the training data")
	c.Flags().Float64Var(&drop, "dropout", 0.15, "leave out each feature of each token with this probability at each training visit (0: none)")
	c.Flags().IntVar(&runs, "runs", 3, "train this many models (seeds --seed, --seed+1…) and average their weights into one")
	c.Flags().Float64Var(&prune, "prune", 0.01, "drop the weight rows whose largest weight is under this share of the largest of all (0: keep all)")
	c.Flags().IntVar(&maxLen, "max-len", 60, "cut training sentences longer than this many tokens (0: keep them whole)")
	c.Flags().IntVar(&bits, "bits", 20, "log2 of the number of buckets of the hashed weight table")
	c.Flags().StringVar(&clus, "clusters", filepath.Join("ner", "clusters.txt.gz"), "Brown-cluster file (from 'train clusters') whose paths become features; \"\" for none")
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

// writeFileAtomic writes out through a temporary file, so that a build
// embedding the file never sees half of it.
func writeFileAtomic(out string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(out), ".tmp-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if err := write(tmp); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", out, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	// CreateTemp makes the file private; a committed file is not.
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), out)
}

// defaultClusterText is the unlabelled text the committed clusters are
// learnt from, under ../shared/data: the training sets' tokens and raw
// news text. CoNLL-2002 esp.testa is left out, being the test of the model
// the clusters feed.
var defaultClusterText = []string{
	"conll2002-es/esp.train",
	"ancora-ner-es/train.tsv",
	"ancora-ner-es/dev.tsv",
	"fakenews-es/*.jsonl",
	"cl-tls-es/*/*/*.txt.gz",
}

func newTrainClusters() *cobra.Command {
	var (
		files []string
		opt   ner.ClusterOptions
		out   string
	)
	c := &cobra.Command{
		Use:   "clusters",
		Short: "Learn the Brown word clusters the named-entity tagger uses",
		Long: "Learn Brown word clusters (exchange algorithm, then bottom-up merging into a\n" +
			"binary tree) from unlabelled Spanish text and write them as \"path<TAB>word<TAB>count\"\n" +
			"lines, gzip-compressed when the output ends in .gz. Inputs: CoNLL-format files\n" +
			"(.train, .tsv), JSON Lines with a \"Text\" field (.jsonl) and plain text (.txt,\n" +
			".txt.gz). The same inputs and flags give the same file.",
		Args: positional(cobra.NoArgs),
		RunE: func(c *cobra.Command, _ []string) error {
			if len(files) == 0 {
				for _, pattern := range defaultClusterText {
					matches, _ := filepath.Glob(filepath.Join(shared.DataPath("."), pattern))
					if len(matches) == 0 {
						return usageError{fmt.Errorf("text ../shared/data/%s not found: pass --text", pattern)}
					}
					files = append(files, matches...)
				}
			}
			var text [][]string
			for _, f := range files {
				t, err := readClusterText(f)
				if err != nil {
					return err
				}
				text = append(text, t...)
			}
			start := time.Now()
			opt.Logf = func(format string, args ...any) { fmt.Fprintf(c.ErrOrStderr(), format+"\n", args...) }
			cl := ner.BuildClusters(text, opt)
			if err := writeFileAtomic(out, func(w io.Writer) error {
				if !strings.HasSuffix(out, ".gz") {
					return cl.Write(w)
				}
				zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
				if err != nil {
					return err
				}
				if err := cl.Write(zw); err != nil {
					return err
				}
				return zw.Close()
			}); err != nil {
				return err
			}
			fmt.Fprintf(c.OutOrStdout(), "clustered %d lines of text into %s in %s; wrote %s\n", len(text), cl, time.Since(start).Round(time.Second), out)
			return nil
		},
	}
	c.Flags().StringSliceVar(&files, "text", nil, "text files (default: "+strings.Join(defaultClusterText, ", ")+" under ../shared/data)")
	c.Flags().IntVar(&opt.Classes, "classes", 500, "leaves of the cluster hierarchy")
	c.Flags().IntVar(&opt.MinCount, "min-count", 3, "leave out words seen fewer times")
	c.Flags().IntVar(&opt.Passes, "passes", 8, "passes of the exchange algorithm")
	c.Flags().StringVar(&out, "out", filepath.Join("ner", "clusters.txt.gz"), "cluster file to write")
	return c
}

// readClusterText reads the tokens of one text file, by its kind.
func readClusterText(path string) ([][]string, error) {
	r, err := shared.Open(path)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	switch filepath.Ext(strings.TrimSuffix(path, ".gz")) {
	case ".txt":
		b, err := io.ReadAll(r)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		return ner.Tokenize(string(b)), nil
	case ".jsonl":
		var out [][]string
		dec := json.NewDecoder(r)
		for n := 1; ; n++ {
			var row struct{ Text string }
			if err := dec.Decode(&row); err == io.EOF {
				return out, nil
			} else if err != nil {
				return nil, fmt.Errorf("%s: record %d: %w", path, n, err)
			}
			out = append(out, ner.Tokenize(row.Text)...)
		}
	}
	s, err := ner.ReadCoNLL(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	out := make([][]string, len(s))
	for i, sent := range s {
		out[i] = sent.Tokens
	}
	return out, nil
}

// loadClusters reads a cluster file, gunzipping it when its name ends in .gz.
func loadClusters(path string) (*ner.Clusters, error) {
	r, err := shared.Open(path)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	cl, err := ner.ReadClusters(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return cl, nil
}
