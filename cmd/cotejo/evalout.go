package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/spf13/cobra"
)

// evalFormat adds the --format flag every eval command takes.
func evalFormat(c *cobra.Command) *string {
	return c.Flags().String("format", "text", "output format: text (a readable summary) or json (one object with precision, recall, f1 and n)")
}

// writeEval prints an evaluation result: as one JSON object (result must
// embed eval.Score) or as the readable summary text writes.
func writeEval(w io.Writer, format string, result any, text func(io.Writer)) error {
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(result)
	case "text", "":
		text(w)
		return nil
	}
	return usageError{fmt.Errorf("unknown --format %q: want text or json", format)}
}
