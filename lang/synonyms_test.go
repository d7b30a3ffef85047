package lang

import "testing"

func TestSynonymJoinsWordsOutletsUseInterchangeably(t *testing.T) {
	tests := []struct {
		code, a, b string
		same       bool
	}{
		{"es", "sismo", "terremoto", true},
		{"es", "temblor", "Sismo", true},
		{"es", "mandatario", "presidente", true},
		{"es", "líder", "presidenta", true},
		{"es", "asilo", "refugio", true},
		{"es", "dimitió", "renunció", true},
		{"es", "reunión", "encuentro", true},
		{"es", "llamada", "incendio", false},
		{"es", "embajador", "presidente", false},
		{"en", "quake", "earthquake", true},
		{"en", "said", "told", true},
		{"pt", "terremoto", "sismo", true},
	}
	for _, tt := range tests {
		l := Get(tt.code)
		ka, kb := l.Synonym(tt.a), l.Synonym(tt.b)
		if got := ka != "" && ka == kb; got != tt.same {
			t.Errorf("%s %q (%q) and %q (%q): same %v, want %v", tt.code, tt.a, ka, tt.b, kb, got, tt.same)
		}
	}
}

func TestIsGenericRole(t *testing.T) {
	es := Get("es")
	if !es.IsGenericRole("dirigente") || !es.IsGenericRole("Funcionaria") || es.IsGenericRole("embajador") {
		t.Error("general role words not told from titles")
	}
}
