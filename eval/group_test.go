package eval

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cotejo/cotejo/group"
	"github.com/cotejo/cotejo/internal/shared"
)

func TestGroupECBDevReachesTarget(t *testing.T) {
	dir := shared.Data(t, "ecbplus-en/xml")
	topics, err := ECBTopics("dev")
	if err != nil {
		t.Fatal(err)
	}
	docs, err := ReadGroupSet(dir, topics)
	if err != nil {
		t.Fatal(err)
	}
	r := Group(docs, group.Options{}, true)
	t.Logf("ECB+ dev: cotejo B-cubed P %.3f R %.3f F1 %.3f, pairwise F1 %.3f, %d docs, %d gold / %d predicted stories",
		r.Precision, r.Recall, r.F1, r.Pairwise.F1, r.N, r.Gold, r.Predicted)
	t.Logf("ECB+ dev: TF-IDF average-link baseline B-cubed F1 %.3f, pairwise F1 %.3f, %d predicted stories",
		r.Baseline.F1, r.Baseline.Pairwise.F1, r.Baseline.Predicted)
	if r.F1 < 0.90 {
		t.Errorf("B-cubed F1 %.3f on ECB+ dev, want ≥ 0.90", r.F1)
	}
	if r.F1 <= r.Baseline.F1 {
		t.Errorf("B-cubed F1 %.3f does not beat the baseline's %.3f", r.F1, r.Baseline.F1)
	}
}

func TestScoreGroups(t *testing.T) {
	tests := []struct {
		name           string
		gold           []string
		groups         [][]int
		bcubed, pairF1 float64
	}{
		{"perfect", []string{"a", "a", "b"}, [][]int{{0, 1}, {2}}, 1, 1},
		{"all in one", []string{"a", "a", "b", "b"}, [][]int{{0, 1, 2, 3}}, 2 * 0.5 * 1 / 1.5, 2 * (2.0 / 6) * 1 / (2.0/6 + 1)},
		{"all apart", []string{"a", "a", "b", "b"}, [][]int{{0}, {1}, {2}, {3}}, 2 * 1 * 0.5 / 1.5, 0},
		{"an unassigned article is a story of its own", []string{"a", "a"}, [][]int{{0}}, 2 * 1 * 0.5 / 1.5, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := ScoreGroups(tt.gold, tt.groups)
			if d := s.F1 - tt.bcubed; d > 1e-9 || d < -1e-9 {
				t.Errorf("B-cubed F1 = %.4f, want %.4f", s.F1, tt.bcubed)
			}
			if d := s.Pairwise.F1 - tt.pairF1; d > 1e-9 || d < -1e-9 {
				t.Errorf("pairwise F1 = %.4f, want %.4f", s.Pairwise.F1, tt.pairF1)
			}
		})
	}
}

func TestParseECBDropsTheLeadingURL(t *testing.T) {
	tests := []struct{ name, xml, want string }{
		{"URL run into the headline",
			tok(0, "http", ":", "/", "/", "www", ".", "utsandiego", ".", "com", "/", "news", "/", "no", "-", "headline", "/", "Chargers", "lineman") + tok(1, "He", "said", "."),
			"Chargers lineman\nHe said ."},
		{"URL ending in a lower-case piece",
			tok(0, "http", ":", "/", "/", "x", ".", "com", "/", "a", "_", "improvement", "Cheeks", "returns"),
			"Cheeks returns"},
		{"no URL", tok(0, "Perennial", "party", "girl") + tok(1, "Yes", "."), "Perennial party girl\nYes ."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseECB(strings.NewReader("<Document>" + tt.xml + "</Document>"))
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func tok(sentence int, words ...string) string {
	var b strings.Builder
	for _, w := range words {
		b.WriteString(`<token t_id="1" sentence="` + string(rune('0'+sentence)) + `" number="0">` + w + "</token>\n")
	}
	return b.String()
}

func TestReadECBLabelsStoriesByTopicAndSuffix(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"3/3_1ecb.xml.gz", "3/3_2ecbplus.xml.gz", "4/4_1ecb.xml.gz"} {
		var buf bytes.Buffer
		z := gzip.NewWriter(&buf)
		z.Write([]byte("<Document>" + tok(0, "Text", "of", name) + "</Document>"))
		z.Close()
		os.MkdirAll(filepath.Join(dir, filepath.Dir(name)), 0o755)
		if err := os.WriteFile(filepath.Join(dir, name), buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	docs, err := ReadECB(dir, []int{3})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || docs[0].Story != "3ecb" || docs[1].Story != "3ecbplus" {
		t.Errorf("got %+v, want topic 3's two documents labelled 3ecb and 3ecbplus", docs)
	}
}

func TestReadGroupJSONL(t *testing.T) {
	in := `{"story": "s1", "text": "Uno.", "title": "T", "published": "2025-12-11", "language": "es"}

{"story": 7, "text": "The text."}
`
	docs, err := ReadGroupJSONL(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || docs[0].Story != "s1" || docs[1].Story != "7" ||
		docs[0].Article.Published.String() != "2025-12-11" || docs[1].Article.Language != "en" {
		t.Errorf("got %+v %+v", docs[0], docs[1])
	}
	for _, bad := range []string{`{"text": "no label"}`, `{"story": "s", "published": "yesterday"}`, `{`} {
		if _, err := ReadGroupJSONL(strings.NewReader(bad)); err == nil {
			t.Errorf("%s: no error", bad)
		}
	}
}

func FuzzParseECB(f *testing.F) {
	f.Add("<Document>" + tok(0, "http", ":", "/") + tok(1, "A", "b") + "</Document>")
	f.Add(`<token sentence="0">x</token><token`)
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) {
		text, err := ParseECB(strings.NewReader(s))
		if err == nil && len(text) > 2*len(s)+1 {
			t.Fatalf("text of %d bytes from %d bytes of XML", len(text), len(s))
		}
	})
}

func FuzzReadGroupJSONL(f *testing.F) {
	f.Add(`{"story": "s1", "text": "Uno.", "published": "2025-12-11"}`)
	f.Add(`{"story": null}`)
	f.Fuzz(func(t *testing.T, s string) {
		docs, err := ReadGroupJSONL(strings.NewReader(s))
		if err != nil {
			return
		}
		for _, d := range docs {
			if d.Story == "" || d.Article == nil {
				t.Fatalf("read a document without a story: %+v", d)
			}
		}
	})
}
