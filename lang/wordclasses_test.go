package lang

import "testing"

func TestWordClasses(t *testing.T) {
	es, en := Get("es"), Get("en")
	for _, tt := range []struct {
		name string
		got  bool
		want bool
	}{
		{"la denuncia", es.IsSpeechNoun("denuncia"), true},
		{"calificó is no noun", es.IsSpeechNoun("calificó"), false},
		{"otra vez", es.IsTimesWord("vez"), true},
		{"Since Smith took office", en.IsClauseConjunction("Since"), true},
		{"tras is no conjunction", es.IsClauseConjunction("tras"), false},
		{"Hasta Petro", es.IsFocusPreposition("Hasta"), true},
		{"la ciudad natal de", es.IsOwnerAdjective("natal"), true},
		{"by June", en.IsDatePreposition("by"), true},
		{"with May", en.IsDatePreposition("with"), false},
		{"Black Friday", en.IsNamedDay("Black"), true},
		{", de 67 años", es.IsAgeBefore("de"), true},
		{"26 years old", en.IsAgeAfter("old"), true},
		{"internacional", es.HasAdjectiveEnding("internacional"), true},
		{"vive", es.HasAdjectiveEnding("vive"), false},
	} {
		if tt.got != tt.want {
			t.Errorf("%s: %v, want %v", tt.name, tt.got, tt.want)
		}
	}
}
