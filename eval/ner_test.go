package eval

import (
	"math"
	"testing"

	"github.com/cotejo/cotejo/ner"
)

func TestNERCountsOnlyExactSpanAndType(t *testing.T) {
	gold := []ner.Sentence{
		{Tokens: []string{"Juan", "Pérez", "vive", "en", "Madrid"}, Tags: []string{"B-PER", "I-PER", "O", "O", "B-LOC"}},
		{Tokens: []string{"la", "ONU", "y", "la", "OTAN"}, Tags: []string{"O", "B-ORG", "O", "O", "B-ORG"}},
	}
	predicted := map[string][]string{
		// PER span too short (wrong), LOC right.
		"Juan": {"B-PER", "O", "O", "O", "B-LOC"},
		// ONU right, OTAN typed LOC (wrong both ways).
		"la": {"O", "B-ORG", "O", "O", "B-LOC"},
	}
	res := NER(gold, func(tokens []string) []string { return predicted[tokens[0]] })
	near := func(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
	if res.N != 4 || !near(res.Precision, 2.0/4) || !near(res.Recall, 2.0/4) {
		t.Errorf("overall = %+v, want 4 gold, P 0.5, R 0.5", res.Score)
	}
	want := map[string]Score{
		ner.PER:  {Precision: 0, Recall: 0, F1: 0, N: 1},
		ner.LOC:  {Precision: 0.5, Recall: 1, F1: 2.0 / 3, N: 1},
		ner.ORG:  {Precision: 1, Recall: 0.5, F1: 2.0 / 3, N: 2},
		ner.MISC: {N: 0},
	}
	for typ, w := range want {
		g := res.PerType[typ]
		if g.N != w.N || !near(g.Precision, w.Precision) || !near(g.Recall, w.Recall) || !near(g.F1, w.F1) {
			t.Errorf("%s = %+v, want %+v", typ, g, w)
		}
	}
	if res.Sentences != 2 || res.Tokens != 10 {
		t.Errorf("counted %d sentences, %d tokens; want 2, 10", res.Sentences, res.Tokens)
	}
}
