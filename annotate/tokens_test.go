package annotate

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/cotejo/cotejo"
)

func tokenTexts(body string) []string {
	var out []string
	for _, tk := range Tokens(body, []cotejo.Span{{Start: 0, End: len(body)}}) {
		out = append(out, tk.Text(body))
	}
	return out
}

func TestTokensSplitLikeCoNLL(t *testing.T) {
	tests := []struct {
		body string
		want []string
	}{
		{"Maduro dijo: «No.»", []string{"Maduro", "dijo", ":", "«", "No", ".", "»"}},
		{"El Sr. García y la Dra. Pérez", []string{"El", "Sr.", "García", "y", "la", "Dra.", "Pérez"}},
		{"EE.UU. y EE. UU. hoy", []string{"EE.UU.", "y", "EE.", "UU.", "hoy"}},
		{"1.500 personas, 3,5 euros, 9 % y 9%", []string{"1.500", "personas", ",", "3,5", "euros", ",", "9", "%", "y", "9", "%"}},
		{"a las 14:08 del 11/12/2025", []string{"a", "las", "14:08", "del", "11/12/2025"}},
		{"John F. Kennedy", []string{"John", "F.", "Kennedy"}},
		{"los ruso-venezolanos y O'Neil", []string{"los", "ruso-venezolanos", "y", "O'Neil"}},
		{"¿Qué? ¡Ya!", []string{"¿", "Qué", "?", "¡", "Ya", "!"}},
		{"Esperó... y —dijo— nada.", []string{"Esperó", "...", "y", "—", "dijo", "—", "nada", "."}},
		{"Telefónica S.A. cotizó", []string{"Telefónica", "S.A.", "cotizó"}},
		{"fin.El resto", []string{"fin", ".", "El", "resto"}},
		{"en www.cotejo.org y Paraguay.com hoy", []string{"en", "www.cotejo.org", "y", "Paraguay.com", "hoy"}},
		{"2025-11-21", []string{"2025", "-", "11", "-", "21"}},
		{"terminó en EE.UU.", []string{"terminó", "en", "EE.UU", "."}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, tokenTexts(tt.body)); diff != "" {
			t.Errorf("Tokens(%q) mismatch (-want +got):\n%s", tt.body, diff)
		}
	}
}

func TestTokensCarryTheirSentence(t *testing.T) {
	body := "Maduro habló. Trump respondió."
	sents := Sentences(body, "es")
	var got []int
	for _, tk := range Tokens(body, sents) {
		got = append(got, tk.Sentence)
	}
	if diff := cmp.Diff([]int{0, 0, 0, 1, 1, 1}, got); diff != "" {
		t.Errorf("sentence indices (-want +got):\n%s", diff)
	}
}
