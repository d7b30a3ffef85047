package read

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/cotejo/cotejo"
	"github.com/cotejo/cotejo/internal/shared"
	"github.com/cotejo/cotejo/lang"
)

// TestCleanKeepsTheSentencesOfRealArticles cleans real Spanish news items
// and measures the share of their sentences that survive in the body (or
// as the title), so that the rules do not delete prose.
func TestCleanKeepsTheSentencesOfRealArticles(t *testing.T) {
	const target = 0.97
	kept, total, articles := 0, 0, 0
	var lost []string
	for _, name := range []string{"fakenews-es/train.jsonl", "fakenews-es/development.jsonl"} {
		f, err := os.Open(shared.Data(t, name))
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		for sc.Scan() {
			var rec struct{ Text string }
			if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			a := &cotejo.Article{Raw: rec.Text}
			Clean(a)
			articles++
			have := " " + normalized(a.Title+"\n"+a.Body) + " "
			for _, s := range sentences(rec.Text) {
				words := strings.Fields(normalized(s))
				if len(words) < 3 {
					continue
				}
				total++
				// A cut dateline ("Madrid.- ") takes the first words of
				// a sentence and leaves the rest.
				if strings.Contains(have, " "+strings.Join(words, " ")+" ") ||
					(len(words) >= 8 && strings.Contains(have, " "+strings.Join(words[4:], " ")+" ")) {
					kept++
				} else if len(lost) < 40 {
					lost = append(lost, s)
				}
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
	}
	share := float64(kept) / float64(total)
	t.Logf("fakenews-es: %d articles, %d of %d sentences kept (%.4f)", articles, kept, total, share)
	for _, s := range lost {
		t.Logf("lost: %q", s)
	}
	if share < target {
		t.Errorf("kept %.4f of sentences, want ≥ %.2f", share, target)
	}
}

// sentences splits a text into rough sentences: at line breaks and after
// final punctuation followed by a space.
func sentences(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		start := 0
		for i := 0; i+1 < len(line); i++ {
			if strings.IndexByte(".!?", line[i]) >= 0 && line[i+1] == ' ' {
				out = append(out, line[start:i+1])
				start = i + 2
			}
		}
		out = append(out, line[start:])
	}
	return out
}

// normalized folds a text to its words joined by single spaces.
func normalized(s string) string {
	var out []string
	for _, w := range lang.Words(s) {
		out = append(out, lang.Fold(s[w.Start:w.End]))
	}
	return strings.Join(out, " ")
}
