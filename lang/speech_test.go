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

func TestSpeechVerbsWithAndWithoutTheirAccents(t *testing.T) {
	es := Get("es")
	for _, tc := range []struct {
		w             string
		folded, exact bool
	}{
		{"dijo", true, true},
		{"Afirmó", true, true},
		{"afirmo", true, false},  // a text without accents
		{"recordo", true, false}, // an irregular form, accents dropped
		{"Anuncio", true, false}, // the noun, capitalised
		{"Pública", true, false}, // the adjective of "Seguridad Pública"
		{"llegada", false, false},
	} {
		if got := es.IsSpeechVerb(tc.w); got != tc.folded {
			t.Errorf("IsSpeechVerb(%q) = %v, want %v", tc.w, got, tc.folded)
		}
		if got := es.IsSpeechVerbAsWritten(tc.w); got != tc.exact {
			t.Errorf("IsSpeechVerbAsWritten(%q) = %v, want %v", tc.w, got, tc.exact)
		}
	}
}
