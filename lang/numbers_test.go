package lang

import (
	"strings"
	"testing"
)

func TestSpelledNumberReadsCardinalsAndAmounts(t *testing.T) {
	tests := []struct {
		code, text string
		strong     bool
		value      float64
		n          int
		vague      bool
	}{
		{"es", "diecisiete dias", false, 17, 1, false},
		{"es", "treinta y dos muertos", false, 32, 3, false},
		{"es", "dos mil soldados", false, 2000, 2, false},
		{"es", "mil soldados", false, 1000, 1, false},
		{"es", "una docena de buques", false, 12, 2, false},
		{"es", "decenas de muertos", false, 10, 1, true},
		{"es", "decenas de miles de personas", false, 10000, 3, true},
		{"es", "miles de militares", false, 1000, 1, true},
		{"es", "veintiun mineros", false, 21, 1, false},
		{"es", "un incendio", false, 0, 0, false},
		{"es", "una semana", true, 1, 1, false},
		{"es", "dos y", false, 2, 1, false},
		{"es", "segunda reunion", false, 0, 0, false},
		{"en", "two weeks", false, 2, 1, false},
		{"en", "tens of thousands of dockworkers", false, 10000, 3, true},
		{"en", "a dozen ships", false, 12, 2, false},
		{"en", "a strike", false, 0, 0, false},
		{"pt", "duas semanas", false, 2, 1, false},
		{"pt", "dezenas de mortos", false, 10, 1, true},
	}
	for _, tt := range tests {
		v, n, vague := Get(tt.code).SpelledNumber(strings.Fields(tt.text), tt.strong)
		if v != tt.value || n != tt.n || vague != tt.vague {
			t.Errorf("%s %q: got %v, %d words, vague %v; want %v, %d, %v", tt.code, tt.text, v, n, vague, tt.value, tt.n, tt.vague)
		}
	}
}

func TestApproximatorFindsTheLongestQualifierBeforeAFigure(t *testing.T) {
	tests := []struct {
		code, before string
		n            int
		stress       bool
	}{
		{"es", "en poco mas de", 3, false},
		{"es", "segundo en menos de", 2, false},
		{"es", "con apenas", 1, true},
		{"es", "dejo al menos", 2, false},
		{"es", "reunion en", 0, false},
		{"en", "at nearly", 1, false},
		{"en", "more than", 2, false},
		{"pt", "cerca de", 2, false},
	}
	for _, tt := range tests {
		n, stress := Get(tt.code).Approximator(strings.Fields(tt.before))
		if n != tt.n || stress != tt.stress {
			t.Errorf("%s %q: got %d, stress %v; want %d, %v", tt.code, tt.before, n, stress, tt.n, tt.stress)
		}
	}
}

func TestPercentAndUnitsOfTime(t *testing.T) {
	es, en := Get("es"), Get("en")
	if es.Percent([]string{"por", "ciento", "de"}) != 2 || en.Percent([]string{"percent"}) != 1 || es.Percent([]string{"por", "la"}) != 0 {
		t.Error("percent words not read")
	}
	if !es.IsDurationUnit("dias") || !es.IsDurationUnit("horas") || !en.IsDurationUnit("weeks") || es.IsDurationUnit("muertos") {
		t.Error("units of time not told from other nouns")
	}
	if !es.IsClockUnit("horas") || es.IsClockUnit("dias") {
		t.Error("clock units")
	}
}

func FuzzSpelledNumber(f *testing.F) {
	f.Add("decenas de miles de y y mil mil millones", true)
	f.Add("", false)
	f.Fuzz(func(t *testing.T, s string, strong bool) {
		ws := strings.Fields(Fold(s))
		for _, code := range []string{"es", "en", "pt"} {
			_, n, _ := Get(code).SpelledNumber(ws, strong)
			if n < 0 || n > len(ws) {
				t.Fatalf("%s %q: took %d of %d words", code, s, n, len(ws))
			}
			if k, _ := Get(code).Approximator(ws); k < 0 || k > len(ws) {
				t.Fatalf("approximator took %d of %d words", k, len(ws))
			}
		}
	})
}

func TestFractionsAndUnitQualifiers(t *testing.T) {
	es := Get("es")
	if v, n, _ := es.SpelledNumber([]string{"un", "cuarto", "de", "punto"}, false); v != 0.25 || n != 2 {
		t.Errorf("un cuarto: %v, %d words", v, n)
	}
	if v, n, _ := es.SpelledNumber([]string{"cuarto", "dia"}, false); n != 0 {
		t.Errorf("an ordinal alone is no fraction: %v, %d words", v, n)
	}
	if !es.IsUnitQualifier("base") || es.IsUnitQualifier("dias") {
		t.Error("unit qualifiers")
	}
}

func TestDurationDays(t *testing.T) {
	tests := []struct {
		code, w string
		want    float64
	}{
		{"es", "semanas", 7}, {"es", "dia", 1}, {"es", "anos", 365.25}, {"en", "hours", 1.0 / 24},
		{"en", "centuries", 36525}, {"pt", "meses", 30.44}, {"es", "muertos", 0},
	}
	for _, tt := range tests {
		if got := Get(tt.code).DurationDays(tt.w); got != tt.want {
			t.Errorf("%s DurationDays(%q) = %v, want %v", tt.code, tt.w, got, tt.want)
		}
	}
}
