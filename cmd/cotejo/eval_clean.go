package main

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"

	"github.com/cotejo/cotejo/eval"
	"github.com/cotejo/cotejo/internal/shared"
	"github.com/spf13/cobra"
)

func init() { evalCommands = append(evalCommands, newEvalClean) }

func newEvalClean() *cobra.Command {
	var opts eval.CleanOptions
	c := &cobra.Command{
		Use:   "clean",
		Short: "Score HTML main-text and publication-date extraction, cotejo beside go-trafilatura",
		Long: "clean scores main-text extraction on trafilatura-eval (with/without snippets) and " +
			"publication dates on htmldate-eval (exact day), for cotejo's extractor and for go-trafilatura " +
			"alone with default options, in full and on the Spanish pages.",
		Args: positional(cobra.NoArgs),
	}
	c.Flags().StringVar(&opts.Trafilatura, "trafilatura", "", "folder of the trafilatura-eval set (default: trafilatura-eval in the shared data)")
	c.Flags().StringVar(&opts.Htmldate, "htmldate", "", "folder of the htmldate-eval set (default: htmldate-eval in the shared data)")
	c.Flags().IntVar(&opts.Limit, "limit", 0, "score at most this many pages of each set (0: all)")
	format := evalFormat(c)
	c.RunE = func(c *cobra.Command, _ []string) error {
		opts.Trafilatura = sharedOr(opts.Trafilatura, "trafilatura-eval")
		opts.Htmldate = sharedOr(opts.Htmldate, "htmldate-eval")
		res, err := eval.Clean(opts)
		if errors.Is(err, eval.ErrNoData) {
			return fmt.Errorf("%w (pass --trafilatura and --htmldate)", err)
		}
		if err != nil {
			return err
		}
		return writeEval(c.OutOrStdout(), *format, res, func(w io.Writer) { printClean(w, res) })
	}
	return c
}

// sharedOr returns path when given, else the data set rel in the shared
// data folder (../shared/data beside the repository, or $COTEJO_SHARED/data),
// else that folder's usual place, for the error to name.
func sharedOr(path, rel string) string {
	if path != "" {
		return path
	}
	if p := shared.DataPath(rel); p != "" {
		return p
	}
	return filepath.Join("..", "shared", "data", rel)
}

func printClean(w io.Writer, r *eval.CleanResult) {
	fmt.Fprintf(w, "HTML extraction: cotejo vs go-trafilatura (default options)\n\n")
	fmt.Fprintf(w, "%-28s %-13s %6s %6s %6s %6s %5s\n", "", "", "prec", "recall", "f1", "acc", "n")
	rows := []struct {
		name string
		pick func(eval.ExtractorScores) eval.Tally
	}{
		{"main text (trafilatura-eval)", func(s eval.ExtractorScores) eval.Tally { return s.Text }},
		{"  Spanish pages", func(s eval.ExtractorScores) eval.Tally { return s.TextSpanish }},
		{"date (htmldate-eval)", func(s eval.ExtractorScores) eval.Tally { return s.Date }},
		{"  Spanish pages", func(s eval.ExtractorScores) eval.Tally { return s.DateSpanish }},
		{"title (trafilatura-eval)", func(s eval.ExtractorScores) eval.Tally { return s.Title }},
	}
	for _, row := range rows {
		for i, side := range []eval.ExtractorScores{r.Cotejo, r.Trafilatura} {
			name := row.name
			if i > 0 {
				name = ""
			}
			t := row.pick(side)
			fmt.Fprintf(w, "%-28s %-13s %6.3f %6.3f %6.3f %6.3f %5d\n",
				name, []string{"cotejo", "trafilatura"}[i], t.Precision, t.Recall, t.F1, t.Accuracy, t.N)
		}
	}
	fmt.Fprintf(w, "\nspeed: cotejo %.1f pages/s, trafilatura %.1f pages/s (one core, both sets)\n",
		r.Cotejo.PagesPerSec, r.Trafilatura.PagesPerSec)
	if r.Missing > 0 {
		fmt.Fprintf(w, "%d annotated pages had no HTML file and were skipped\n", r.Missing)
	}
}
