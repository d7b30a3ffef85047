// Command cotejo reads many outlets' coverage of the same news and turns
// it into one verified, source-attributed story.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"
)

// Exit statuses.
const (
	exitOK    = 0
	exitNone  = 1 // the command ran but produced nothing (no article read)
	exitUsage = 2
)

// errNothing marks a run that read no article: exit status 1.
var errNothing = errors.New("no article could be read")

// usageError marks a bad command line: exit status 2.
type usageError struct{ error }

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run executes one command line and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	root := newRoot()
	root.SetArgs(args)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.Execute()
	if err == nil {
		return exitOK
	}
	fmt.Fprintln(stderr, "cotejo:", err)
	var ue usageError
	switch {
	case errors.As(err, &ue), strings.HasPrefix(err.Error(), "unknown command"):
		return exitUsage
	case errors.Is(err, errNothing):
		return exitNone
	}
	return exitNone
}

// subcommands are added by the files that define them, so that each
// command sits in a file of its own.
var (
	evalCommands  []func() *cobra.Command
	trainCommands []func() *cobra.Command
	rootCommands  []func() *cobra.Command
)

func newRoot() *cobra.Command {
	root := &cobra.Command{
		Use:           "cotejo",
		Short:         "Cross-check many outlets' coverage of one story",
		Long:          "cotejo reads many outlets' coverage of the same news and turns it into one verified, source-attributed story.",
		SilenceUsage:  true,
		SilenceErrors: true,
		Args:          cobra.NoArgs,
		// With no command, the help goes to stderr and the exit status
		// says the command line was incomplete, as for eval and train.
		RunE: func(c *cobra.Command, _ []string) error {
			c.SetOut(c.ErrOrStderr())
			c.Help()
			return usageError{errors.New("a command is needed")}
		},
	}
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return usageError{fmt.Errorf("%w (see '%s --help')", err, c.CommandPath())}
	})
	evalCmd := &cobra.Command{
		Use:   "eval",
		Short: "Score cotejo's stages against annotated data sets",
		Args:  cobra.NoArgs,
		RunE:  func(c *cobra.Command, _ []string) error { return usageError{errors.New("eval needs a subcommand")} },
	}
	for _, f := range evalCommands {
		evalCmd.AddCommand(f())
	}
	trainCmd := &cobra.Command{
		Use:   "train",
		Short: "Train cotejo's statistical models",
		Args:  cobra.NoArgs,
		RunE:  func(c *cobra.Command, _ []string) error { return usageError{errors.New("train needs a subcommand")} },
	}
	for _, f := range trainCommands {
		trainCmd.AddCommand(f())
	}
	root.AddCommand(evalCmd, trainCmd)
	for _, f := range rootCommands {
		root.AddCommand(f())
	}
	return root
}

// positional wraps a cobra.PositionalArgs so that its failure is a usage error.
func positional(check cobra.PositionalArgs) cobra.PositionalArgs {
	return func(c *cobra.Command, args []string) error {
		if err := check(c, args); err != nil {
			return usageError{err}
		}
		return nil
	}
}
