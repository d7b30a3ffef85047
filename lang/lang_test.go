package lang

import (
	"reflect"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestStemMeetsAcrossAccentsAndInflection(t *testing.T) {
	es := Get("es")
	tests := []struct{ a, b string }{
		{"amnistía", "amnistias"},
		{"bielorruso", "bielorrusos"},
		{"declaró", "declarar"},
	}
	for _, tt := range tests {
		if es.Stem(tt.a) != es.Stem(tt.b) {
			t.Errorf("Stem(%q)=%q, Stem(%q)=%q: want equal", tt.a, es.Stem(tt.a), tt.b, es.Stem(tt.b))
		}
	}
	if en := Get("en"); en.Stem("elections") != en.Stem("election") {
		t.Errorf("English stems differ: %q %q", en.Stem("elections"), en.Stem("election"))
	}
}

func TestWordsKeepsJoinedForms(t *testing.T) {
	s := "Los ruso-venezolanos, 1.500 y 3,5 euros; O'Neil."
	var got []string
	for _, w := range Words(s) {
		got = append(got, s[w.Start:w.End])
	}
	want := []string{"Los", "ruso-venezolanos", "1.500", "y", "3,5", "euros", "O'Neil"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Words = %q, want %q", got, want)
	}
}

func TestFold(t *testing.T) {
	if got := Fold("Árbol Ñandú CAFÉ"); got != "arbol nandu cafe" {
		t.Errorf("Fold = %q", got)
	}
}

func TestContentWordsDropsStopwords(t *testing.T) {
	got := Get("es").ContentWords("El presidente de la nación habló con 17 ministros")
	want := []string{"president", "nacion", "habl", "ministr"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ContentWords = %q, want %q", got, want)
	}
}

func TestStemIsTheSameFromTheCache(t *testing.T) {
	es := Get("es")
	first := es.Stem("Declaraciones")
	if second := es.Stem("declaraciones"); first != second || first != "declar" {
		t.Errorf("Stem = %q then %q, want declar twice", first, second)
	}
}

func BenchmarkStem(b *testing.B) {
	es := Get("es")
	words := []string{"declaraciones", "presidente", "bielorruso", "Venezuela", "amnistía", "reuniones", "embajador", "comunicado"}
	for i := 0; b.Loop(); i++ {
		es.Stem(words[i%len(words)])
	}
}

func FuzzWords(f *testing.F) {
	for _, s := range []string{"Los ruso-venezolanos, O'Neil: 1.500 o 3,5.", "\xff.1 a’b", "e\u0301 ٣,٤", "a- -a 1, ,2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		end := 0
		for _, w := range Words(s) {
			if w.Start < end || w.End <= w.Start || w.End > len(s) {
				t.Fatalf("Words(%q): span %v out of order or range", s, w)
			}
			r, _ := utf8.DecodeRuneInString(s[w.Start:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r) {
				t.Fatalf("Words(%q): word %q does not start with a letter or digit", s, s[w.Start:w.End])
			}
			end = w.End
		}
	})
}

func TestIsCountry(t *testing.T) {
	tests := []struct {
		code, name string
		want       bool
	}{
		{"es", "Italia", true}, {"es", "Estados Unidos", true}, {"es", "EGIPTO", true}, {"es", "Pakistan", true},
		{"es", "Madrid", false}, {"es", "Al Qaeda", false}, {"en", "Egypt", true}, {"en", "Egipto", false},
		{"pt", "Egito", true}, {"es", "Naciones Unidas", false}, {"en", "United Nations", false}, {"es", "Unión Europea", false},
	}
	for _, tt := range tests {
		if got := Get(tt.code).IsCountry(tt.name); got != tt.want {
			t.Errorf("%s IsCountry(%q) = %v, want %v", tt.code, tt.name, got, tt.want)
		}
	}
}
