package brief

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/cotejo/cotejo"
)

// Text writes a readable briefing for a terminal: each story with its
// headline, its sections, and the articles it rests on, every line citing
// its articles in brackets.
func Text(w io.Writer, stories []*cotejo.Story, rejected []cotejo.Rejected, opt Options) error {
	bw := bufio.NewWriter(w)
	doc := build(stories, rejected, opt)
	for i, sd := range doc.stories {
		if i > 0 {
			bw.WriteString("\n\n")
		}
		rule := strings.Repeat("═", 72)
		fmt.Fprintf(bw, "%s\n%s · %s\n%s\n%s\n", rule, strings.ToUpper(sd.id), strings.Join(sd.facts, " · "), wrap(sd.headline, 72, ""), rule)
		for _, s := range sd.sections {
			fmt.Fprintf(bw, "\n%s\n%s\n", s.title, strings.Repeat("─", len([]rune(s.title))))
			if s.intro != "" {
				bw.WriteString(wrap(s.intro, 76, "") + "\n")
			}
			for _, it := range s.items {
				head := it.head
				if len(it.cites) > 0 {
					head += " [" + strings.Join(it.cites, "; ") + "]"
				}
				bw.WriteString(wrapHang(head, 76, "• ", "  ") + "\n")
				for _, d := range it.detail {
					if d == "" {
						bw.WriteString("\n")
						continue
					}
					bw.WriteString(wrapHang(d, 76, "    ", "      ") + "\n")
				}
			}
			writeTableText(bw, s.table)
		}
	}
	writeRejectedText(bw, doc.rejected)
	return bw.Flush()
}

// writeTableText aligns a grid's columns; the last column runs free.
func writeTableText(w io.Writer, table [][]string) {
	if len(table) == 0 {
		return
	}
	widths := make([]int, len(table[0]))
	for _, row := range table {
		for i, cell := range row {
			if n := len([]rune(cell)); i < len(row)-1 && n > widths[i] {
				widths[i] = n
			}
		}
	}
	for _, row := range table {
		var b strings.Builder
		b.WriteString("  ")
		for i, cell := range row {
			b.WriteString(cell)
			if i < len(row)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-len([]rune(cell))+2))
			}
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
	}
}

func writeRejectedText(w io.Writer, rejected []cotejo.Rejected) {
	if len(rejected) == 0 {
		return
	}
	fmt.Fprintf(w, "\nNot read (%d)\n", len(rejected))
	for _, r := range rejected {
		fmt.Fprintf(w, "  %s: %s\n", r.Source, r.Error)
	}
}

// wrap folds text to width columns, each line after the first indented.
func wrap(text string, width int, indent string) string {
	return wrapHang(text, width, "", indent)
}

// wrapHang folds text to width columns: the first line starts with first,
// the others with rest. Paragraph breaks in text are kept.
func wrapHang(text string, width int, first, rest string) string {
	var b strings.Builder
	for pi, para := range strings.Split(text, "\n") {
		prefix := first
		if pi > 0 {
			b.WriteString("\n")
			prefix = rest
		}
		col := 0
		b.WriteString(prefix)
		col = len([]rune(prefix))
		start := true
		for _, word := range strings.Fields(para) {
			n := len([]rune(word))
			if !start && col+1+n > width {
				b.WriteString("\n" + rest)
				col = len([]rune(rest))
				start = true
			}
			if !start {
				b.WriteByte(' ')
				col++
			}
			b.WriteString(word)
			col += n
			start = false
		}
	}
	return b.String()
}
