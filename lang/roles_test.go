package lang

import "testing"

func TestRoleWordsCoverGenderAndAccents(t *testing.T) {
	es, en, pt := Get("es"), Get("en"), Get("pt")
	tests := []struct {
		name string
		got  bool
		want bool
	}{
		{"ministra", es.IsRoleNoun("ministra"), true},
		{"Embajadora", es.IsRoleNoun("Embajadora"), true},
		{"diplomática", es.IsRoleNoun("diplomática"), true},
		{"lider without accent", es.IsRoleNoun("lider"), true},
		{"ministerio is no role", es.IsRoleNoun("ministerio"), false},
		{"húngara", es.IsNationality("húngara"), true},
		{"francesa", es.IsNationality("francesa"), true},
		{"Hungarian", en.IsNationality("Hungarian"), true},
		{"porta-voz", pt.IsRoleNoun("porta-voz"), true},
		{"primer modifies", es.IsRoleModifier("primer"), true},
		{"del introduces a role", es.IsRoleArticle("del"), true},
		{"de attaches a complement", es.IsRolePreposition("de"), true},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %v, want %v", tt.name, tt.got, tt.want)
		}
	}
}

func TestSpeechVerbsAreConjugated(t *testing.T) {
	es, en, pt := Get("es"), Get("en"), Get("pt")
	for _, w := range []string{"dijo", "afirmó", "afirmo", "aseguran", "ha", "añadido", "recalcar", "insistió", "sostuvo"} {
		if w == "ha" {
			if !es.IsSpeechAuxiliary(w) {
				t.Errorf("es: %q is not an auxiliary", w)
			}
			continue
		}
		if !es.IsSpeechVerb(w) {
			t.Errorf("es: %q is not a speech verb", w)
		}
	}
	for _, w := range []string{"said", "told", "added"} {
		if !en.IsSpeechVerb(w) {
			t.Errorf("en: %q is not a speech verb", w)
		}
	}
	for _, w := range []string{"disse", "afirmou", "acrescentou"} {
		if !pt.IsSpeechVerb(w) {
			t.Errorf("pt: %q is not a speech verb", w)
		}
	}
	for _, w := range []string{"casa", "presidente", "cuenta"} {
		if es.IsSpeechVerb(w) {
			t.Errorf("es: %q taken for a speech verb", w)
		}
	}
}

func TestAbbreviations(t *testing.T) {
	es, en := Get("es"), Get("en")
	tests := []struct {
		name      string
		got, want bool
	}{
		{"Sr is a title", es.IsTitleAbbreviation("Sr"), true},
		{"núm is a title", es.IsTitleAbbreviation("núm."), true},
		{"EE. UU spaced", es.IsAbbreviation("EE. UU"), true},
		{"a. m spaced", es.IsListedAbbreviation("a. m"), true},
		{"U.S.A dotted acronym", en.IsAbbreviation("U.S.A"), true},
		{"etc may end a sentence", es.IsTitleAbbreviation("etc"), false},
		{"casa is no abbreviation", es.IsAbbreviation("casa"), false},
		{"Dra in any language", IsAnyAbbreviation("Dra"), true},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %v, want %v", tt.name, tt.got, tt.want)
		}
	}
}

func TestTimeWords(t *testing.T) {
	es := Get("es").Time()
	if es.Months["noviembre"] != 11 || es.Weekdays["jueves"] != 4 || es.Days["ayer"] != -1 {
		t.Errorf("Spanish calendar words wrong: noviembre %d, jueves %d, ayer %d", es.Months["noviembre"], es.Weekdays["jueves"], es.Days["ayer"])
	}
	if !es.IsFutureVerb("reunirá") || es.IsFutureVerb("fuera") || !es.IsFutureVerb("va") {
		t.Error("future-tense detection wrong for reunirá / fuera / va")
	}
	if !es.CanStart("el") || !es.CanStart("2025") || es.CanStart("casa") {
		t.Error("CanStart wrong for el / 2025 / casa")
	}
	if Get("xx").Time() != es {
		t.Error("an unknown language should fall back to Spanish calendar words")
	}
	if pt := Get("pt").Time(); pt.Weekdays["quinta-feira"] != 4 {
		t.Errorf("quinta-feira = %d, want 4", pt.Weekdays["quinta-feira"])
	}
}
