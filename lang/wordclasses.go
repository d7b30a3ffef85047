package lang

import "strings"

// Word classes the annotation rules read beside the tagger, per language:
// they tell a name's type or a quote's speaker from the words around.
var (
	// Forms of reporting verbs that are nouns too: after "la" or "las",
	// which may be articles or clitics, they are the nouns ("presentó la
	// denuncia"), where "las calificaron" is a clitic and a verb.
	speechNounTables = compile(map[string]map[string]bool{
		"es": set(`denuncia denuncias anuncio anuncios pregunta preguntas aviso avisos reclamo reclamos llamado pedido comunicado crítica críticas respuesta`),
		"pt": set(`denúncia anúncio pergunta resposta`),
	})
	// Nouns that count occurrences: "afirmó otra vez" has no subject.
	timesWordTables = compile(map[string]map[string]bool{
		"es": set(`vez veces`),
		"en": set(`time times`),
		"pt": set(`vez vezes`),
	})
	// Prepositions that also open a clause whose subject the next name
	// is: "Since Smith took office".
	clauseConjunctionTables = compile(map[string]map[string]bool{
		"en": set(`since before after like until till`),
	})
	// Prepositions that also stand before a subject as "even": "Hasta
	// Petro admitió".
	focusPrepositionTables = compile(map[string]map[string]bool{
		"es": set(`hasta`),
		"pt": set(`até`),
	})
	// Adjectives after a place noun that make the name after "de" the
	// place's owner or the words' subject: "la ciudad natal de Gadafi",
	// "una ciudad pro Gadafi", "la región después de…".
	ownerAdjectiveTables = compile(map[string]map[string]bool{
		"es": set(`natal pro después antes cerca lejos además`),
		"en": set(`native home`),
		"pt": set(`natal pro antes`),
	})
	// Prepositions before which a lone month or weekday is a date ("by
	// June", "desde marzo"), where "met with May" names a person.
	datePrepositionTables = compile(map[string]map[string]bool{
		"es": set(`en desde hasta durante para`),
		"en": set(`in on by since from until till before after during`),
		"pt": set(`em desde até`),
	})
	// Words that make a figure of years an age: before it in an
	// apposition (", de 67 años"), or after its unit ("26 years old").
	ageBeforeTables = compile(map[string]map[string]bool{
		"es": set(`de`),
		"pt": set(`de com`),
	})
	ageAfterTables = compile(map[string]map[string]bool{
		"en": set(`old`),
	})
	// Words that make a weekday a named day, which keeps its weekday:
	// "Black Friday", "Good Friday".
	namedDayTables = compile(map[string]map[string]bool{
		"en": set(`black cyber good super holy ash maundy easter giving bloody blue`),
	})
)

// adjectiveEndings are the endings of adjectives that follow a place noun
// ("internacional", "cairota", "turística"), which the verbs that could
// stand there ("vive", "llegó") lack.
var adjectiveEndings = map[string][]string{
	"es": {"al", "ar", "ano", "ana", "ense", "ino", "ina", "ico", "ica", "és", "esa", "ota", "ivo", "iva", "oso", "osa", "eño", "eña"},
	"pt": {"al", "ar", "ano", "ana", "ense", "ino", "ina", "ico", "ica", "és", "esa", "ota", "ivo", "iva", "oso", "osa", "eño", "eña"},
}

// IsSpeechNoun reports whether w, a reporting verb's form, is also a noun
// that an article before it makes one: "la denuncia".
func (l *Language) IsSpeechNoun(w string) bool { return inLower(speechNounTables.get(l.Code), w) }

// IsTimesWord reports whether w counts occurrences: "vez", "times".
func (l *Language) IsTimesWord(w string) bool { return inLower(timesWordTables.get(l.Code), w) }

// IsClauseConjunction reports whether the preposition w may open a clause
// instead: "since", "before".
func (l *Language) IsClauseConjunction(w string) bool {
	return inLower(clauseConjunctionTables.get(l.Code), w)
}

// IsFocusPreposition reports whether the preposition w may mean "even"
// before a subject: "hasta".
func (l *Language) IsFocusPreposition(w string) bool {
	return inLower(focusPrepositionTables.get(l.Code), w)
}

// IsOwnerAdjective reports whether w, after a place noun, makes the name
// that follows its owner rather than its name: "natal".
func (l *Language) IsOwnerAdjective(w string) bool {
	return inLower(ownerAdjectiveTables.get(l.Code), w)
}

// IsDatePreposition reports whether a lone month or weekday after w is
// a date: "by June".
func (l *Language) IsDatePreposition(w string) bool {
	return inLower(datePrepositionTables.get(l.Code), w)
}

// IsAgeBefore reports whether w, between a comma and a figure of years,
// makes the figure an age: "de" in ", de 67 años".
func (l *Language) IsAgeBefore(w string) bool { return inLower(ageBeforeTables.get(l.Code), w) }

// IsAgeAfter reports whether w, after a figure's unit of years, makes it
// an age: "old" in "26 years old".
func (l *Language) IsAgeAfter(w string) bool { return inLower(ageAfterTables.get(l.Code), w) }

// IsNamedDay reports whether w, before a weekday, makes it a named day:
// "Black" in "Black Friday".
func (l *Language) IsNamedDay(w string) bool { return inLower(namedDayTables.get(l.Code), w) }

// HasAdjectiveEnding reports whether w ends as an adjective of l does.
func (l *Language) HasAdjectiveEnding(w string) bool {
	w = strings.ToLower(w)
	for _, e := range adjectiveEndings[l.Code] {
		if strings.HasSuffix(w, e) && len(w) > len(e)+2 {
			return true
		}
	}
	return false
}
