package lang

import "testing"

func TestLeadingConnectorDropsOnlyAConnectorFollowedByAComma(t *testing.T) {
	tests := []struct {
		code, s, rest string
	}{
		{"es", "Además, Petro habló.", "Petro habló."},
		{"es", "En tanto, la oposición marchó.", "la oposición marchó."},
		{"es", "Sin embargo , el plan sigue.", "el plan sigue."},
		{"es", "Ademas, sin tilde.", "sin tilde."},
		{"es", "Además del acuerdo, hubo más.", "Además del acuerdo, hubo más."},
		{"es", "Asimismo, nada.", "nada."},
		{"es", "Así lo dijo, claro.", "Así lo dijo, claro."},
		{"en", "Meanwhile, talks resumed.", "talks resumed."},
		{"pt", "Além disso, o governo recuou.", "o governo recuou."},
		{"xx", "Además, cae al español.", "cae al español."},
		{"es", "", ""},
	}
	for _, tt := range tests {
		if got := tt.s[LeadingConnector(tt.code, tt.s):]; got != tt.rest {
			t.Errorf("LeadingConnector(%q, %q) leaves %q, want %q", tt.code, tt.s, got, tt.rest)
		}
	}
}
