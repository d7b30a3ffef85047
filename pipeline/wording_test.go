package pipeline

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/cotejo/cotejo/internal/shared"
	"github.com/cotejo/cotejo/read"
)

// minWordingSupport is a little under what was measured when claims came
// to be worded by the statement the others cover best (0.841; 0.802 when
// the wording was the statement with the most features).
const minWordingSupport = 0.82

// TestClaimWordingIsSupportedByEveryCitedArticle reads every CL-TLS page
// as one batch and measures, for each claim of two or more articles, the
// least share of the claim's wording (its stems of four letters or more,
// cut to five) that each cited article's sentence holds: a wording cited
// to articles that do not say it scores low.
func TestClaimWordingIsSupportedByEveryCitedArticle(t *testing.T) {
	if testing.Short() {
		t.Skip("reads all 791 CL-TLS pages")
	}
	root := shared.Data(t, "cl-tls-es")
	files, err := filepath.Glob(filepath.Join(root, "*", "*", "*.txt.gz"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no CL-TLS pages under %s: %v", root, err)
	}
	s := New(Options{})
	for _, f := range files {
		data, err := shared.ReadGzip(f, 16<<20)
		if err != nil {
			t.Fatal(err)
		}
		arts, _ := read.Bytes(strings.TrimSuffix(f, ".gz"), data, read.Options{})
		for _, a := range arts {
			Prepare(a)
			s.Add(a)
		}
	}
	n, sum, good := 0, 0.0, 0
	for _, st := range s.Stories() {
		for _, c := range st.Claims {
			arts := map[string]bool{}
			for _, e := range c.Evidence {
				arts[e.Article] = true
			}
			words := wordingStems(c.Text)
			if len(arts) < 2 || len(words) == 0 {
				continue
			}
			least := 1.0
			for _, e := range c.Evidence {
				have := wordingStems(e.Sentence)
				k := 0
				for _, w := range words {
					if slices.Contains(have, w) {
						k++
					}
				}
				least = min(least, float64(k)/float64(len(words)))
			}
			n++
			sum += least
			if least >= 0.6 {
				good++
			}
		}
	}
	if n == 0 {
		t.Fatal("no claim of two or more articles")
	}
	mean := sum / float64(n)
	t.Logf("%d claims of two or more articles: mean least support %.3f; %.3f of them at 0.6 or more", n, mean, float64(good)/float64(n))
	if mean < minWordingSupport {
		t.Errorf("mean least support %.3f, below %.2f", mean, minWordingSupport)
	}
}

// wordingStems returns the words of four letters or more of s, lower
// case and cut to five letters: a crude stem that needs no language.
func wordingStems(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		r := []rune(w)
		if len(r) < 4 {
			continue
		}
		out = append(out, string(r[:min(len(r), 5)]))
	}
	return out
}
