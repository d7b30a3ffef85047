package annotate

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/cotejo/cotejo"
)

func sentenceTexts(body, code string) []string {
	var out []string
	for _, s := range Sentences(body, code) {
		out = append(out, s.Text(body))
	}
	return out
}

func TestSentencesSpanish(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []string
	}{
		{"plain periods", "Petro habló. Milei respondió.", []string{"Petro habló.", "Milei respondió."}},
		{"paragraphs glued by a scrape", "Sin otros comentarios al respecto.De confirmarse, cambiaría todo.", []string{"Sin otros comentarios al respecto.", "De confirmarse, cambiaría todo."}},
		{"glued before a quotation", `Opera en Libia."Estamos al corriente", agregó.`, []string{"Opera en Libia.", `"Estamos al corriente", agregó.`}},
		{"no glued end inside a quotation", "Dijo: «Es imposible.Nadie lo cree», según fuentes.", []string{"Dijo: «Es imposible.Nadie lo cree», según fuentes."}},
		{"glued after a quotation", `Dijo "esto es todo."Luego se fue.`, []string{`Dijo "esto es todo."`, "Luego se fue."}},
		{"domains and abbreviations are not glued sentences", "Lo publicó lanacion.com.ar y Example.Com hoy. Vio al Sr.Pérez y a la Dra.García ayer.", []string{"Lo publicó lanacion.com.ar y Example.Com hoy.", "Vio al Sr.Pérez y a la Dra.García ayer."}},
		{"title abbreviations", "El Sr. García llegó con la Dra. Pérez. Luego se fue.", []string{"El Sr. García llegó con la Dra. Pérez.", "Luego se fue."}},
		{"núm. before a number", "Vive en la calle Mayor, núm. 5. Es cerca.", []string{"Vive en la calle Mayor, núm. 5.", "Es cerca."}},
		{"EE.UU. mid sentence", "EE.UU. respondió el lunes. Nadie más.", []string{"EE.UU. respondió el lunes.", "Nadie más."}},
		{"EE. UU. spaced mid sentence", "Según EE. UU. la oferta sigue. Fin.", []string{"Según EE. UU. la oferta sigue.", "Fin."}},
		{"EE. UU. spaced followed by verb", "Lo dijo EE. UU. Respondió Bogotá.", []string{"Lo dijo EE. UU. Respondió Bogotá."}},
		{"EE. UU. ending a sentence", "Viajó a EE. UU. El lunes volvió.", []string{"Viajó a EE. UU.", "El lunes volvió."}},
		{"a. m.", "Llegó a las 10 a. m. a la calle Mayor. Luego salió.", []string{"Llegó a las 10 a. m. a la calle Mayor.", "Luego salió."}},
		{"a.m. ending a sentence", "Llegó a las 10 a.m. El resto esperó.", []string{"Llegó a las 10 a.m.", "El resto esperó."}},
		{"S.A. mid sentence", "Telefónica S.A. cotizó a 3,5 euros. Fin.", []string{"Telefónica S.A. cotizó a 3,5 euros.", "Fin."}},
		{"numbers with separators", "Hubo 1.500 detenidos, un 9 % más. Otros 3,5 millones huyeron.", []string{"Hubo 1.500 detenidos, un 9 % más.", "Otros 3,5 millones huyeron."}},
		{"initials", "Habló John F. Kennedy en Berlín. Fue en 1963.", []string{"Habló John F. Kennedy en Berlín.", "Fue en 1963."}},
		{"question and exclamation", "¿Y ahora qué? ¡Nadie lo sabe! Fin.", []string{"¿Y ahora qué?", "¡Nadie lo sabe!", "Fin."}},
		{"question followed by lower case", "¿Qué pasará? se preguntan todos.", []string{"¿Qué pasará? se preguntan todos."}},
		{"quote spanning sentences", "«No habrá recortes. Nunca», dijo el ministro. Luego se fue.", []string{"«No habrá recortes. Nunca», dijo el ministro.", "Luego se fue."}},
		{"curly quote spanning sentences", "“Es pronto. Veremos”, afirmó Pérez. Fin.", []string{"“Es pronto. Veremos”, afirmó Pérez.", "Fin."}},
		{"quote closing a sentence", "Boric dijo: “La consulta sigue en pie.” Luego calló.", []string{"Boric dijo: “La consulta sigue en pie.”", "Luego calló."}},
		{"ascii quote spanning sentences", `"Primero. Segundo", dijo. Fin.`, []string{`"Primero. Segundo", dijo.`, "Fin."}},
		{"unclosed quote does not swallow the paragraph", "«Empieza. Sigue sin cerrar. Y acaba.", []string{"«Empieza.", "Sigue sin cerrar.", "Y acaba."}},
		{"dash aside after question", "—¿Vendrás? —preguntó Ana. —Sí —respondió.", []string{"—¿Vendrás? —preguntó Ana.", "—Sí —respondió."}},
		{"dash aside after period", "—No habrá recortes —dijo el ministro—. Lo sabemos.", []string{"—No habrá recortes —dijo el ministro—.", "Lo sabemos."}},
		{"paragraph break without period", "Chile cierra la frontera\n\nAdemás, surge otro elemento.", []string{"Chile cierra la frontera", "Además, surge otro elemento."}},
		{"line break before capital", "Sheinbaum\nFoto: Cuartoscuro", []string{"Sheinbaum", "Foto: Cuartoscuro"}},
		{"line broken mid sentence", "El presidente dijo que\nno habrá recortes.", []string{"El presidente dijo que\nno habrá recortes."}},
		{"ellipsis", "Esperó… Nadie vino.", []string{"Esperó…", "Nadie vino."}},
		{"etc followed by lower case", "Trajo mesas, sillas, etc. y se fue.", []string{"Trajo mesas, sillas, etc. y se fue."}},
		{"digits start a sentence", "Fue un año duro. 2025 acabó mal.", []string{"Fue un año duro.", "2025 acabó mal."}},
		{"closing parenthesis", "Lo dijo (en privado.) Luego calló.", []string{"Lo dijo (en privado.)", "Luego calló."}},
		{"article and page numbers", "Lo dice el art. 5 de la pág. 12. Luego sigue.", []string{"Lo dice el art. 5 de la pág. 12.", "Luego sigue."}},
		{"web address", "Véalo en www.cotejo.org. Es gratis.", []string{"Véalo en www.cotejo.org.", "Es gratis."}},
		{"sentence ending in a number", "El paro subió al 3,5. La cifra preocupa.", []string{"El paro subió al 3,5.", "La cifra preocupa."}},
		{"percent then new sentence", "Creció un 9 %. Nadie lo esperaba.", []string{"Creció un 9 %.", "Nadie lo esperaba."}},
		{"quote with question inside", "«¿Por qué ahora?», preguntó Pérez. Nadie respondió.", []string{"«¿Por qué ahora?», preguntó Pérez.", "Nadie respondió."}},
		{"exclamation inside sentence", "¡Basta!, gritaron. Y se fueron.", []string{"¡Basta!, gritaron.", "Y se fueron."}},
		{"two quoted sentences then new", "“Es pronto. Veremos.” Pérez calló.", []string{"“Es pronto. Veremos.”", "Pérez calló."}},
		{"portuguese abbreviations", "O Sr. Silva falou. Depois saiu.", []string{"O Sr. Silva falou.", "Depois saiu."}},
		{"empty", "", nil},
		{"white space only", " \n\n \t", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, sentenceTexts(tt.body, "es")); diff != "" {
				t.Errorf("Sentences(%q) mismatch (-want +got):\n%s", tt.body, diff)
			}
		})
	}
}

func TestSentencesEnglish(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []string
	}{
		{"titles", "Mr. Smith met Dr. Jones. They talked.", []string{"Mr. Smith met Dr. Jones.", "They talked."}},
		{"U.S. mid sentence", "The U.S. government said no. Then it changed.", []string{"The U.S. government said no.", "Then it changed."}},
		{"U.S. ending a sentence", "He flew to the U.S. The trip was long.", []string{"He flew to the U.S.", "The trip was long."}},
		{"initials", "John F. Kennedy spoke. It was 1963.", []string{"John F. Kennedy spoke.", "It was 1963."}},
		{"quote spanning sentences", `"We will see. It is early," Smith said. He left.`, []string{`"We will see. It is early," Smith said.`, "He left."}},
		{"curly quote closing sentence", "He said: “It is over.” Then he left.", []string{"He said: “It is over.”", "Then he left."}},
		{"p.m. then new sentence", "It ended at 5 p.m. The crowd left.", []string{"It ended at 5 p.m.", "The crowd left."}},
		{"question", "Will he come? Nobody knows.", []string{"Will he come?", "Nobody knows."}},
		{"numbers", "It cost $1,500.50 in total. That is 9% more.", []string{"It cost $1,500.50 in total.", "That is 9% more."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, sentenceTexts(tt.body, "en")); diff != "" {
				t.Errorf("Sentences(%q) mismatch (-want +got):\n%s", tt.body, diff)
			}
		})
	}
}

// checkSpans fails unless spans are in range, sorted and not overlapping,
// and, when body is valid UTF-8, on rune boundaries.
func checkSpans(t *testing.T, what, body string, spans []cotejo.Span) {
	t.Helper()
	prev := 0
	valid := utf8.ValidString(body)
	for i, s := range spans {
		if s.Start < prev || s.End < s.Start || s.End > len(body) {
			t.Fatalf("%s %d: span %v out of order or range (prev end %d, len %d)", what, i, s, prev, len(body))
		}
		if valid && (!utf8.RuneStart(body[s.Start]) || s.End < len(body) && !utf8.RuneStart(body[s.End])) {
			t.Fatalf("%s %d: span %v not on a UTF-8 boundary", what, i, s)
		}
		prev = s.End
	}
}

var fuzzSeeds = []string{
	"El Sr. García llegó a las 10 a. m. a la calle Mayor, núm. 5, según la Dra. Pérez. EE. UU. respondió el lunes.",
	"«No habrá amnistía. Nunca», dijo el ministro.\n\n—¿Vendrás? —preguntó Ana—. Luego se fue.",
	"\"unclosed «quote “nested » ” —\n\n\n— — .... ¿¡ 1.500,5 % 11/12/2025 el 31 de febrero",
	"«Habrá juicio», según",
	"«a», dijo. —¿Y? \n\n—No.\n\n—¿Sí?",
	"el pasado 7 de mayo hace dos semanas el jueves se reunirá, last Thursday, on Monday, 2025-11-21",
	"\xff\xfe invalid \xc3 utf8 «\xe2\x80",
	"",
}

func FuzzSentences(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, "es")
		f.Add(s, "en")
	}
	f.Fuzz(func(t *testing.T, body, code string) {
		if len(body) > 1<<16 {
			return
		}
		sents := Sentences(body, code)
		checkSpans(t, "sentence", body, sents)
		for _, s := range sents {
			if strings.TrimSpace(s.Text(body)) != s.Text(body) || s.Len() == 0 {
				t.Fatalf("sentence %v not trimmed or empty: %q", s, s.Text(body))
			}
		}
		toks := Tokens(body, sents)
		spans := make([]cotejo.Span, len(toks))
		for i, tk := range toks {
			spans[i] = tk.Span
			if !sents[tk.Sentence].Contains(tk.Span) {
				t.Fatalf("token %v outside its sentence %v", tk.Span, sents[tk.Sentence])
			}
		}
		checkSpans(t, "token", body, spans)
	})
}
