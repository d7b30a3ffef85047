package read

import (
	"testing"
	"unicode/utf8"
)

func TestFixMojibake(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"La oposiciÃ³n yemenita", "La oposición yemenita"},
		{"crÃ\u00admenes, pacÃ\u00adfica", "crímenes, pacífica"},
		{"Ã\u0081frica y EspaÃ±a", "África y España"},
		{"itâ€™s â€œfineâ€\u009d", "it’s “fine”"},
		{"aÃ±o â€“ dÃ\u00ada", "año – día"},
		{"ðŸ˜€ hola", "😀 hola"},
		// Text that is right stays as it is.
		{"La oposición yemenita", "La oposición yemenita"},
		{"SÃO PAULO, NÃO", "SÃO PAULO, NÃO"},
		{"Ã© no basta", "é no basta"},
		{"Ã", "Ã"},
		{"Ã\u00a0", "à"},
		{"", ""},
		// Other leads, once the text shows mojibake of the sure ones.
		{"La oposiciÃ³n y ErdoÄŸan", "La oposición y Erdoğan"},
		{"ErdoÄŸan sin más", "ErdoÄŸan sin más"},
		// Right text beside mojibake stays.
		{"Titular: «SÍ» A LA PAZ. Comentario: la oposiciÃ³n", "Titular: «SÍ» A LA PAZ. Comentario: la oposición"},
		{"Ya está»… y la oposiciÃ³n", "Ya está»… y la oposición"},
		{"PERÚ–CHILE; aÃ±o", "PERÚ–CHILE; año"},
		{"Titular: “SÍ” A LA PAZ. Comentario: la oposiciÃ³n", "Titular: “SÍ” A LA PAZ. Comentario: la oposición"},
		{"ï»¿La oposiciÃ³n", "\uFEFFLa oposición"},
		{"aÃ±o en ÐœÐ¾Ñ\u0081ÐºÐ²Ð°", "año en Москва"},
		// Accented capitals and letters before a Latin-1 symbol are text.
		{"«SÍ» A LA PAZ", "«SÍ» A LA PAZ"},
		{"PERÚ–CHILE", "PERÚ–CHILE"},
		{"dijo que está\u00a0«muy contento»", "dijo que está\u00a0«muy contento»"},
		{"Ya está»…", "Ya está»…"},
		{"José\u00a0—el ministro—", "José\u00a0—el ministro—"},
		{"« Nous avons gagné\u00a0»", "« Nous avons gagné\u00a0»"},
		{"„Spaß“", "„Spaß“"},
	} {
		if got := FixMojibake(tc.in); got != tc.want {
			t.Errorf("FixMojibake(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestCleanMendsMojibake(t *testing.T) {
	a := clean("El portavoz de la oposiciÃ³n declarÃ³ que la transiciÃ³n serÃ¡ pacÃ\u00adfica y que no habrÃ¡ mÃ¡s violencia en el paÃ\u00ads.\n")
	if want := "El portavoz de la oposición declaró que la transición será pacífica y que no habrá más violencia en el país."; a.Body != want {
		t.Errorf("Body = %q, want %q", a.Body, want)
	}
}

func FuzzFixMojibake(f *testing.F) {
	for _, s := range []string{"oposiciÃ³n", "â€™", "Ã", "ðŸ˜€", "SÃO", "\xc3\x82\xc2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		got := FixMojibake(s)
		if !utf8.ValidString(got) {
			t.Fatalf("FixMojibake(%q) = %q, not valid UTF-8", s, got)
		}
		if len(got) > len(s) {
			t.Fatalf("FixMojibake(%q) = %q grew", s, got)
		}
	})
}
