// Package eval scores cotejo's stages against annotated data sets, so that
// a change that loses accuracy shows up as a number.
package eval

// Score is the headline every evaluation reports. Evaluation results embed
// it, so that their JSON carries precision, recall, f1 and n at the top.
type Score struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	N         int     `json:"n"`
}

// PRF returns a Score from true positives, false positives and false
// negatives; n is the number of items scored.
func PRF(tp, fp, fn float64, n int) Score {
	s := Score{N: n}
	if tp+fp > 0 {
		s.Precision = tp / (tp + fp)
	}
	if tp+fn > 0 {
		s.Recall = tp / (tp + fn)
	}
	s.F1 = F1(s.Precision, s.Recall)
	return s
}

// F1 is the harmonic mean of precision and recall.
func F1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}
