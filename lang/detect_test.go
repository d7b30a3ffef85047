package lang

import (
	"sort"
	"testing"
)

func TestDetectTellsShortStringsApart(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Amnistía ya", "es"},
		{"El Gobierno aprueba la ley", "es"},
		{"Petro recibió a Boric en Bogotá", "es"},
		{"¿Qué pasó anoche en el Congreso?", "es"},
		{"Los bomberos sofocaron el incendio", "es"},
		{"Muere un joven tras un accidente de tráfico", "es"},
		{"The minister said on Tuesday", "en"},
		{"Police arrested two men", "en"},
		{"Stocks fell sharply after the announcement", "en"},
		{"What happened last night?", "en"},
		{"O governo anunciou novas medidas", "pt"},
		{"Não há acordo entre os partidos", "pt"},
		{"A polícia prendeu dois suspeitos", "pt"},
		{"Eleições: o que muda em 2026", "pt"},
		{"Preparam novas regras para os bancos", "pt"},
		{"Preparan nuevas reglas para los bancos", "es"},
		{"Ela não sabe onde está", "pt"},
		{"Ella no sabe dónde está", "es"},
		{"Moitas grazas a todos", "gl"},
		{"Els treballadors van fer vaga", "ca"},
		{"Il governo ha approvato la legge", "it"},
		{"Le gouvernement a annoncé des mesures", "fr"},
		{"Die Regierung hat neue Maßnahmen beschlossen", "de"},
	}
	for _, tt := range tests {
		if got, conf := DetectConfidence(tt.text); got != tt.want {
			t.Errorf("Detect(%q) = %q (%.2f), want %q", tt.text, got, conf, tt.want)
		}
	}
}

func TestDetectReturnsEmptyWithoutLatinLetters(t *testing.T) {
	for _, text := range []string{"", "   ", "12 345,67 — 2025", "Президент Беларуси заявил", "北京时间"} {
		if got, conf := DetectConfidence(text); got != "" || conf != 0 {
			t.Errorf("DetectConfidence(%q) = %q, %.2f; want \"\", 0", text, got, conf)
		}
	}
}

func TestDetectConfidenceGrowsWithEvidence(t *testing.T) {
	_, short := DetectConfidence("Hola")
	_, long := DetectConfidence("El ministro declaró ayer que los ciudadanos recibirán la amnistía antes del verano.")
	if !(short < long) || long < 0.99 || short <= 0 {
		t.Errorf("confidence short=%.3f long=%.3f: want 0 < short < long, long ≥ 0.99", short, long)
	}
}

// detectTargets are the least accuracy Detect must keep on real texts, per
// length (0 = whole text). They sit a little under what it reaches (whole
// texts 0.94–1.00, the low end being English pages whose label is wrong;
// 100 characters 0.89–1.00; 30 characters 0.83–1.00).
var detectTargets = map[int]float64{0: 0.93, 100: 0.87, 30: 0.80}

func TestDetectAccuracyOnRealText(t *testing.T) {
	texts := realTexts(t)
	for _, n := range snippetLengths {
		acc := accuracy(texts, n, Detect)
		codes := make([]string, 0, len(acc))
		for c := range acc {
			codes = append(codes, c)
		}
		sort.Strings(codes)
		for _, c := range codes {
			a := acc[c]
			share := float64(a[0]) / float64(a[1])
			t.Logf("length %3d  %s  %.3f  (%d/%d)", n, c, share, a[0], a[1])
			// Languages with a handful of pages say little; hold them to
			// the target only when there are enough to measure.
			if a[1] >= 10 && share < detectTargets[n] {
				t.Errorf("length %d, %s: accuracy %.3f below target %.2f", n, c, share, detectTargets[n])
			}
		}
	}
}

func BenchmarkDetect(b *testing.B) {
	texts := realTexts(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Detect(texts[i%len(texts)].text)
	}
}

func FuzzDetect(f *testing.F) {
	for _, s := range []string{"", "Amnistía ya", "l'any", "d'", "''''", "Привет", "\xff\xfe", "a\u0301b", "ŀl·l", "12,5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		code, conf := DetectConfidence(s)
		if conf < 0 || conf > 1 || (code == "") != (conf == 0) {
			t.Fatalf("DetectConfidence(%q) = %q, %v", s, code, conf)
		}
		if code != "" && !isDetectLanguage(code) {
			t.Fatalf("DetectConfidence(%q) = unknown code %q", s, code)
		}
	})
}
