package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/cotejo/cotejo"
	"github.com/cotejo/cotejo/brief"
	"github.com/cotejo/cotejo/pipeline"
	"github.com/cotejo/cotejo/read"
)

func init() { rootCommands = append(rootCommands, newAnalyze) }

// progressThreshold is how many inputs make a run long enough to show a
// progress bar.
const progressThreshold = 200

func newAnalyze() *cobra.Command {
	var (
		format    string
		maxBytes  int64
		sentences int
		removed   bool
		bodies    bool
		quiet     bool
		workers   int
	)
	c := &cobra.Command{
		Use:   "analyze [flags] PATH...",
		Short: "Group articles into stories and brief each one, citing its outlets",
		Long: `analyze reads articles (files, folders read recursively, or - for stdin; scraped
text, Markdown, HTML, JSON Lines, RSS/Atom feeds and WARC archives, detected by
content), groups them into stories and writes a briefing of each story.

Inputs that cannot be read are listed under "rejected" (and on stderr); the
rest are still processed. Exit status: 0 when at least one article was read,
1 when none was, 2 for a usage error.`,
		Args: positional(cobra.MinimumNArgs(1)),
		RunE: func(c *cobra.Command, paths []string) error {
			if sentences < 1 {
				return usageError{fmt.Errorf("--sentences %d: want 1 or more", sentences)}
			}
			out := c.OutOrStdout()
			if format == "" {
				format = defaultFormat(out)
			}
			render, err := renderer(format, brief.Options{Removed: removed, Bodies: bodies})
			if err != nil {
				return err
			}
			opt := pipeline.Options{
				Read:             read.Options{MaxBytes: maxBytes},
				SummarySentences: sentences,
				Workers:          workers,
			}
			var bar *progressbar.ProgressBar
			if !quiet && term.IsTerminal(int(os.Stderr.Fd())) {
				opt.Progress = func(done, total int) {
					if total < progressThreshold {
						return
					}
					if bar == nil {
						bar = progressbar.NewOptions(total, progressbar.OptionSetWriter(os.Stderr),
							progressbar.OptionSetDescription("reading"), progressbar.OptionShowCount(),
							progressbar.OptionClearOnFinish())
					}
					bar.Set(done)
				}
			}
			res := pipeline.Analyze(paths, opt)
			if bar != nil {
				bar.Finish()
			}
			for _, r := range res.Rejected {
				fmt.Fprintln(c.ErrOrStderr(), "cotejo: not read:", strings.TrimPrefix(r.Error, "read "))
			}
			if err := render(out, res.Stories, res.Rejected); err != nil {
				return err
			}
			if res.Articles == 0 {
				return errNothing
			}
			return nil
		},
	}
	f := c.Flags()
	f.StringVar(&format, "format", "", "output format: text, markdown or json (default: text on a terminal, json otherwise)")
	f.Int64Var(&maxBytes, "max-bytes", read.DefaultMaxBytes, "reject an input file larger than this many bytes")
	f.IntVar(&sentences, "sentences", 8, "at most this many sentences in each story's summary")
	f.BoolVar(&removed, "removed", false, "text and markdown: list every line of debris removed from each article")
	f.BoolVar(&bodies, "bodies", false, "text and markdown: include each article's cleaned body")
	f.BoolVarP(&quiet, "quiet", "q", false, "no progress bar")
	f.IntVar(&workers, "workers", 0, "inputs read at once (default: the number of CPUs)")
	return c
}

type renderFunc func(io.Writer, []*cotejo.Story, []cotejo.Rejected) error

func renderer(format string, opt brief.Options) (renderFunc, error) {
	switch format {
	case "text":
		return func(w io.Writer, s []*cotejo.Story, r []cotejo.Rejected) error { return brief.Text(w, s, r, opt) }, nil
	case "markdown", "md":
		return func(w io.Writer, s []*cotejo.Story, r []cotejo.Rejected) error { return brief.Markdown(w, s, r, opt) }, nil
	case "json":
		return brief.JSON, nil
	}
	return nil, usageError{fmt.Errorf("unknown --format %q: want text, markdown or json", format)}
}

// defaultFormat is text for a person at a terminal and JSON for a program
// reading a pipe or a file.
func defaultFormat(w io.Writer) string {
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		return "text"
	}
	return "json"
}
