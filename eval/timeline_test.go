package eval

import (
	"bytes"
	"compress/gzip"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/cotejo/cotejo"
	"github.com/cotejo/cotejo/internal/shared"
	"github.com/cotejo/cotejo/pipeline"
)

func analyzeBatch(a []*cotejo.Article) []*cotejo.Story {
	return pipeline.Articles(a, pipeline.Options{})
}

// minTimelineDateF1 is a little under cotejo's date selection on CL-TLS
// when it was first measured (0.414; the publication-day baseline 0.359).
const minTimelineDateF1 = 0.39

func TestTimelineDatesOnCLTLS(t *testing.T) {
	if testing.Short() {
		t.Skip("analyses all 791 CL-TLS pages")
	}
	topics, err := ReadTimelineSet(shared.Data(t, "cl-tls-es"))
	if err != nil {
		t.Fatal(err)
	}
	r := Timeline(topics, analyzeBatch)
	for _, tp := range r.Topics {
		t.Logf("%s: %d documents, %d reference dates, %d dates in the timelines: date F1 %.3f (baseline %.3f)",
			tp.Name, tp.Documents, tp.Reference, tp.Dates, tp.Cotejo.F1, tp.Baseline.F1)
	}
	t.Logf("all: date F1 %.3f over %d reference dates; publication-day baseline %.3f", r.F1, r.N, r.Baseline.F1)
	if r.F1 < minTimelineDateF1 {
		t.Errorf("date F1 %.3f, below %.2f", r.F1, minTimelineDateF1)
	}
	if r.F1 <= r.Baseline.F1 {
		t.Errorf("date F1 %.3f does not beat the publication-day baseline's %.3f", r.F1, r.Baseline.F1)
	}
}

func writeGzip(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(text))
	zw.Close()
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestReadTimelineSetAndScoreDates(t *testing.T) {
	root := t.TempDir()
	writeGzip(t, filepath.Join(root, "reference", "flood.txt.gz"),
		"2020-03-05\nEl río se desborda .\n--------\n2020-03-03\nLlueve sin parar .\nOtra frase .\n--------\n2020-03-05\nLa ciudad evacúa .\n")
	writeGzip(t, filepath.Join(root, "flood", "2020-03-05", "a.txt.gz"),
		"El río Ebro se desbordó este jueves en Zaragoza, según el Gobierno de Aragón.\n\nEl martes ya había llovido sin parar durante horas en toda la cuenca del río.\n")
	writeGzip(t, filepath.Join(root, "flood", "2020-03-06", "b.txt.gz"),
		"El desbordamiento del río Ebro en Zaragoza, ocurrido el jueves, obligó a evacuar barrios enteros.\n\nLas autoridades de Aragón pidieron calma a los vecinos.\n")
	topics, err := ReadTimelineSet(root)
	if err != nil {
		t.Fatal(err)
	}
	if len(topics) != 1 || topics[0].Name != "flood" || len(topics[0].Docs) != 2 {
		t.Fatalf("topics = %+v, want one topic, flood, of two documents", topics)
	}
	if want := []string{"2020-03-03", "2020-03-05"}; !slices.Equal(topics[0].Reference, want) {
		t.Errorf("reference days = %q, want %q (each once, in order)", topics[0].Reference, want)
	}
	r := Timeline(topics, analyzeBatch)
	// Both articles date the flood to Thursday 5 March, the first the
	// rain to Tuesday the 3rd: the two reference days. The baseline's
	// publication days are the 5th and the 6th: one of two.
	if r.F1 != 1 || r.Baseline.F1 != 0.5 || r.N != 2 {
		t.Errorf("date F1 %.3f, baseline %.3f over %d days; want 1, 0.5 over 2 (topics %+v)", r.F1, r.Baseline.F1, r.N, r.Topics)
	}
}

func TestReadTimelineSetWithoutReference(t *testing.T) {
	if _, err := ReadTimelineSet(t.TempDir()); !errors.Is(err, ErrNoData) {
		t.Errorf("err = %v, want ErrNoData", err)
	}
}

func TestTopDays(t *testing.T) {
	tests := []struct {
		counts map[string]int
		k      int
		want   []string
	}{
		{map[string]int{"2020-01-02": 3, "2020-01-01": 1, "2020-01-03": 3}, 2, []string{"2020-01-02", "2020-01-03"}},
		{map[string]int{"2020-01-02": 1}, 3, []string{"2020-01-02"}},
		{nil, 2, []string{}},
	}
	for _, tt := range tests {
		if got := topDays(tt.counts, tt.k); !slices.Equal(got, tt.want) {
			t.Errorf("topDays(%v, %d) = %q, want %q", tt.counts, tt.k, got, tt.want)
		}
	}
}
