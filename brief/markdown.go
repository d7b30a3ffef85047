package brief

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/cotejo/cotejo"
)

// Markdown writes the briefing as Markdown: a heading per story and per
// section, a list item per entry with its citations. Article text is
// escaped so that it cannot inject Markdown or HTML.
func Markdown(w io.Writer, stories []*cotejo.Story, rejected []cotejo.Rejected, opt Options) error {
	bw := bufio.NewWriter(w)
	doc := build(stories, rejected, opt)
	for i, sd := range doc.stories {
		if i > 0 {
			bw.WriteString("\n---\n\n")
		}
		fmt.Fprintf(bw, "# %s\n\n*%s · %s*\n", mdEscape(sd.headline), sd.id, mdEscape(strings.Join(sd.facts, " · ")))
		for _, s := range sd.sections {
			fmt.Fprintf(bw, "\n## %s\n\n", s.title)
			if s.intro != "" {
				bw.WriteString(mdEscape(s.intro) + "\n\n")
			}
			for _, it := range s.items {
				head := mdEscape(it.head)
				if len(it.cites) > 0 {
					head += " — *" + mdEscape(strings.Join(it.cites, "; ")) + "*"
				}
				bw.WriteString("- " + head + "\n")
				for _, d := range it.detail {
					if d == "" {
						continue
					}
					for _, line := range strings.Split(d, "\n") {
						if strings.TrimSpace(line) == "" {
							continue
						}
						bw.WriteString("  - " + mdEscape(strings.TrimSpace(line)) + "\n")
					}
				}
			}
			writeTableMarkdown(bw, s.table)
		}
	}
	if len(doc.rejected) > 0 {
		fmt.Fprintf(bw, "\n## Not read (%d)\n\n", len(doc.rejected))
		for _, r := range doc.rejected {
			fmt.Fprintf(bw, "- `%s`: %s\n", strings.ReplaceAll(r.Source, "`", "'"), mdEscape(r.Error))
		}
	}
	return bw.Flush()
}

func writeTableMarkdown(w io.Writer, table [][]string) {
	if len(table) == 0 {
		return
	}
	for i, row := range table {
		cells := make([]string, len(row))
		for j, c := range row {
			cells[j] = mdEscape(c)
		}
		fmt.Fprintf(w, "| %s |\n", strings.Join(cells, " | "))
		if i == 0 {
			fmt.Fprintf(w, "|%s\n", strings.Repeat(" --- |", len(row)))
		}
	}
}

var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`,
	"<", "&lt;", ">", "&gt;", "#", `\#`, "|", `\|`,
)

// mdEscape makes untrusted text literal in Markdown: no emphasis, links,
// headings, tables or raw HTML can come from an article.
func mdEscape(s string) string { return mdEscaper.Replace(s) }
