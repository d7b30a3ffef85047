package eval

import (
	"errors"
	"flag"
	"testing"

	"github.com/cotejo/cotejo/internal/shared"
)

var cleanLimit = flag.Int("clean-limit", 60, "pages of each set TestCleanCotejoScoresAtLeastTrafilatura scores (0: all)")

func TestScoreSnippetsCountsFoundAndMissing(t *testing.T) {
	tests := []struct {
		name          string
		text          string
		with, without []string
		want          Counts
	}{
		{"all found, no boilerplate", "El presidente habló.\n\nLa reunión duró dos horas.",
			[]string{"El presidente habló.", "duró dos horas"}, []string{"Lee también"}, Counts{TP: 2, TN: 1}},
		{"snippet across a paragraph break matches", foldSpace("habló.\n\nLa reunión"),
			[]string{"habló. La reunión"}, nil, Counts{TP: 1}},
		{"boilerplate kept is a false positive", "Texto. Lee también: otra cosa",
			[]string{"Falta"}, []string{"Lee también"}, Counts{FN: 1, FP: 1}},
		{"empty extraction", "", []string{"a", "b"}, []string{"c"}, Counts{FN: 2, TN: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := scoreSnippets(tt.text, tt.with, tt.without); got != tt.want {
				t.Errorf("scoreSnippets = %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestScoreDateMatchesTheExactDay(t *testing.T) {
	tests := []struct {
		got, gold string
		want      Counts
	}{
		{"2020-03-01", "2020-03-01", Counts{TP: 1}},
		{"2020-03-02", "2020-03-01", Counts{FP: 1}},
		{"", "2020-03-01", Counts{FN: 1}},
		{"", "", Counts{TN: 1}},
	}
	for _, tt := range tests {
		if got := scoreDate(tt.got, tt.gold); got != tt.want {
			t.Errorf("scoreDate(%q, %q) = %+v, want %+v", tt.got, tt.gold, got, tt.want)
		}
	}
}

func TestTallyScoresPagesAndAccuracy(t *testing.T) {
	var all, sub tallier
	all.add(Counts{TP: 3, FN: 1}, true, &sub)
	all.add(Counts{TP: 1, FP: 1, TN: 2}, false, &sub)
	got := all.tally()
	if got.N != 2 || got.Precision != 0.8 || got.Recall != 0.8 || got.Accuracy != 0.75 {
		t.Errorf("tally = %+v, want n 2, precision 0.8, recall 0.8, accuracy 0.75", got)
	}
	if s := sub.tally(); s.N != 1 || s.Recall != 0.75 {
		t.Errorf("subset tally = %+v, want n 1, recall 0.75", s)
	}
}

func TestCleanReportsMissingData(t *testing.T) {
	dir := t.TempDir()
	_, err := Clean(CleanOptions{Trafilatura: dir, Htmldate: dir})
	if !errors.Is(err, ErrNoData) {
		t.Fatalf("Clean on an empty folder: err = %v, want ErrNoData", err)
	}
}

func TestCleanCotejoScoresAtLeastTrafilatura(t *testing.T) {
	res, err := Clean(CleanOptions{
		Trafilatura: shared.Data(t, "trafilatura-eval"),
		Htmldate:    shared.Data(t, "htmldate-eval"),
		Limit:       *cleanLimit,
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, side := range []struct {
		name string
		s    ExtractorScores
	}{{"cotejo", res.Cotejo}, {"trafilatura", res.Trafilatura}} {
		s := side.s
		t.Logf("%-11s text p %.3f r %.3f f1 %.3f acc %.3f n %d | es f1 %.3f n %d | date p %.3f r %.3f f1 %.3f acc %.3f n %d | es acc %.3f n %d | %.1f pages/s",
			side.name, s.Text.Precision, s.Text.Recall, s.Text.F1, s.Text.Accuracy, s.Text.N,
			s.TextSpanish.F1, s.TextSpanish.N,
			s.Date.Precision, s.Date.Recall, s.Date.F1, s.Date.Accuracy, s.Date.N,
			s.DateSpanish.Accuracy, s.DateSpanish.N, s.PagesPerSec)
	}
	if res.Cotejo.Text.F1 < res.Trafilatura.Text.F1 {
		t.Errorf("cotejo text F1 %.3f < go-trafilatura alone %.3f", res.Cotejo.Text.F1, res.Trafilatura.Text.F1)
	}
	if res.Cotejo.Date.Accuracy < res.Trafilatura.Date.Accuracy {
		t.Errorf("cotejo date accuracy %.3f < go-trafilatura alone %.3f", res.Cotejo.Date.Accuracy, res.Trafilatura.Date.Accuracy)
	}
}
