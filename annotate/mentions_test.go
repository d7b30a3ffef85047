package annotate

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/cotejo/cotejo"
)

// gazetteer tags the names it knows, so that role and quote tests do not
// depend on the trained model.
type gazetteer map[string]string

var testNames = gazetteer{
	"Javier Milei": "PER", "Milei": "PER", "Alicia Bárcena": "PER",
	"Carlos Alberto Ruiz Montoya": "PER", "Emmanuel Macron": "PER", "Macron": "PER",
	"Gabriel Boric": "PER", "Boric": "PER", "Gustavo Petro": "PER", "Petro": "PER", "Pérez": "PER",
	"Narendra Modi": "PER", "Antony Blinken": "PER", "Caroline Kennedy": "PER", "Teresa Ribera": "PER",
	"Sánchez": "PER", "Luiz Inácio Lula": "PER", "Lula": "PER", "Zelenski": "PER", "Sheinbaum": "PER",
	"John Smith": "PER", "Smith": "PER", "Presidente Hosni Mubarak": "PER",
	"México": "LOC", "Francia": "LOC", "Chile": "LOC", "Pekín": "LOC", "Australia": "LOC", "Brasil": "LOC",
	"Bruselas": "LOC", "EFE": "ORG", "AFP": "ORG", "Xinhua": "ORG", "Folha": "ORG", "Bloomberg": "ORG",
	"Javier Milei ,": "", // never matched: keeps the comma out of names
	// Quoted names as the CoNLL-2002-trained tagger gives them.
	"« El País »": "ORG", "\" Titanic \"": "MISC",
	"Nicolás Maduro": "PER", "Pedro Gómez": "PER", "Peter Miller": "PER", "Kim Jong Un": "PER", "Juan Pérez": "PER",
	"Belta": "PER", "Al Jazeera": "PER", "Caracol Radio": "PER", "NUMBER": "ORG", "Presidente": "PER", "Tuesday": "LOC", "May": "PER", "the Alliance said": "ORG", "Rubio": "PER", "Premio Nobel": "PER", "F": "ORG",
	"Del Bosque": "PER", "She": "ORG", "Brian Nichols Saturday": "PER", "Barack Obama": "PER", "New York Times": "ORG",
	"Will Smith": "PER", "Theresa May": "PER", "Spain on Friday": "LOC", "Moody's": "ORG", "The Sun": "ORG",
	"Super Tuesday": "MISC", "Obama": "PER", "Merkel Friday": "PER", "Benito Juárez": "PER", "Black Friday": "PER", "Unlike Elvis": "PER", "Wilhelm's": "ORG", "June": "PER",
	"Corea del Norte": "LOC", "Londres": "LOC", "Sirte": "LOC", "Tahrir": "ORG", "El Arish": "PER", "Sinaí": "ORG", "Revolución": "MISC", "Zintan": "PER",
	// A heading glued to its paragraph, as the tagger reads it.
	"Maduro Según": "PER",
}

func (g gazetteer) Tag(tokens []string) []string {
	tags := make([]string, len(tokens))
	for i := range tags {
		tags[i] = "O"
	}
	for i := 0; i < len(tokens); i++ {
		for n := 4; n >= 1; n-- {
			if i+n > len(tokens) {
				continue
			}
			typ := g[strings.Join(tokens[i:i+n], " ")]
			if typ == "" {
				continue
			}
			tags[i] = "B-" + typ
			for k := i + 1; k < i+n; k++ {
				tags[k] = "I-" + typ
			}
			i += n - 1
			break
		}
	}
	return tags
}

func annotateWith(body, code string) *cotejo.Article {
	a := &cotejo.Article{Body: body, Language: code, Published: published}
	WithTagger(a, testNames)
	return a
}

func TestMentionsCarryRolesFromAppositionsAndTitles(t *testing.T) {
	tests := []struct {
		lang, body, name, role string
	}{
		{"es", "Lo dijo el presidente argentino, Javier Milei.", "Javier Milei", "presidente argentino"},
		{"es", "Viajó la canciller de México, Alicia Bárcena.", "Alicia Bárcena", "canciller de México"},
		{"es", "Llegó Carlos Alberto Ruiz Montoya, embajador de Chile en Pekín, ayer.", "Carlos Alberto Ruiz Montoya", "embajador de Chile en Pekín"},
		{"es", "Habló el presidente de Francia, Emmanuel Macron.", "Emmanuel Macron", "presidente de Francia"},
		{"es", "Llamó el mandatario chileno Gabriel Boric.", "Gabriel Boric", "mandatario chileno"},
		{"es", "Lo recibió el presidente Emmanuel Macron.", "Emmanuel Macron", "presidente"},
		{"es", "Llegó Alicia Bárcena, la canciller de México.", "Alicia Bárcena", "canciller de México"},
		{"es", "Se reunió con el embajador chileno en Pekín, Carlos Alberto Ruiz Montoya.", "Carlos Alberto Ruiz Montoya", "embajador chileno en Pekín"},
		{"es", "Habló la vicepresidenta ejecutiva Teresa Ribera.", "Teresa Ribera", "vicepresidenta ejecutiva"},
		{"es", "El presidente recibió a Emmanuel Macron.", "Emmanuel Macron", ""},
		{"en", "Secretary of State Antony Blinken spoke.", "Antony Blinken", "Secretary of State"},
		{"es", "Habló el primer ministro indio, Narendra Modi.", "Narendra Modi", "primer ministro indio"},
		{"en", "French President Emmanuel Macron spoke.", "Emmanuel Macron", "French President"},
		{"en", "Caroline Kennedy, the ambassador to Australia, spoke.", "Caroline Kennedy", "ambassador to Australia"},
		{"es", "Petro habló con Boric.", "Petro", ""},
		{"es", "Cayó el Presidente Hosni Mubarak.", "Presidente Hosni Mubarak", "Presidente"},
		{"es", "Petro habló con su homólogo francés, Emmanuel Macron.", "Emmanuel Macron", "homólogo francés"},
		{"es", "Petro habló con su homólogo, Emmanuel Macron.", "Emmanuel Macron", ""},
	}
	for _, tt := range tests {
		a := annotateWith(tt.body, tt.lang)
		found := false
		for _, m := range a.Mentions {
			if m.Text == tt.name && !m.Descriptive {
				found = true
				if m.Role != tt.role {
					t.Errorf("%q: role of %q = %q, want %q", tt.body, tt.name, m.Role, tt.role)
				}
			}
		}
		if !found {
			t.Errorf("%q: no mention %q in %+v", tt.body, tt.name, a.Mentions)
		}
	}
}

func TestMentionsLeaveTheQuotationMarksOut(t *testing.T) {
	for body, want := range map[string]string{
		"Lo publicó « El País » ayer.":    "El País",
		`Vio "Titanic" en el cine.`:       "Titanic",
		"Lo publicó «El País», dijo EFE.": "El País",
	} {
		a := annotateWith(body, "es")
		if len(a.Mentions) == 0 || a.Mentions[0].Text != want {
			t.Errorf("%q: mentions %+v, want first %q", body, a.Mentions, want)
			continue
		}
		if m := a.Mentions[0]; body[m.Start:m.End] != want {
			t.Errorf("%q: span %d–%d reads %q", body, m.Start, m.End, body[m.Start:m.End])
		}
	}
}

func TestPersonNamesDoNotEndInAFunctionWord(t *testing.T) {
	a := annotateWith("El diálogo entre Putin y Maduro Según notificó el Kremlin, hablaron.", "es")
	var names []string
	for _, m := range a.Mentions {
		names = append(names, m.Text)
	}
	if len(names) != 1 || names[0] != "Maduro" {
		t.Errorf("mentions %q, want [\"Maduro\"]", names)
	}
}

// namedMentions annotates a Spanish body and lists its named mentions as
// "text|TYPE", space-separated.
func namedMentions(body string) string { return mentionsWith(body, "es", testNames) }

// mentionsWith is namedMentions in a language and with a tagger.
func mentionsWith(body, code string, t Tagger) string {
	a := &cotejo.Article{Body: body, Language: code, Published: published}
	WithTagger(a, t)
	var got []string
	for _, m := range a.Mentions {
		if !m.Descriptive {
			got = append(got, m.Text+"|"+m.Type)
		}
	}
	return strings.Join(got, " ")
}

// contextTagger tags the names of testNames, except that a name right
// after "agencia" is an organisation, as a tagger reading context would
// have it.
type contextTagger struct{}

func (contextTagger) Tag(tokens []string) []string {
	tags := testNames.Tag(tokens)
	for i := 1; i < len(tokens); i++ {
		if tokens[i-1] == "agencia" && tags[i] == "B-PER" {
			tags[i] = "B-ORG"
		}
	}
	return tags
}

func TestTheTypeAnOrganisationNounGivesHoldsWhereTheNameStandsBare(t *testing.T) {
	got := mentionsWith("Belta citó a Pedro Gómez. Lo difundió la agencia Belta.", "es", contextTagger{})
	if want := "Belta|ORG Pedro Gómez|PER Belta|ORG"; got != want {
		t.Errorf("mentions %q, want %q", got, want)
	}
}

func TestANameInAppositionToAnOrganisationIsIt(t *testing.T) {
	tests := []struct{ name, body, want string }{
		{"an agency's name, read as a place", "La agencia oficial de noticias de Francia, Bruselas, dijo que todo sigue.", "Francia|LOC Bruselas|ORG"},
		{"a title heads the phrase", "El presidente de la compañía, Juan Pérez, dijo que todo sigue.", "Juan Pérez|PER"},
		{"no closing comma, no apposition", "La agencia de noticias informó ayer, Bruselas amaneció tranquila.", "Bruselas|LOC"},
	}
	for _, tt := range tests {
		if got := mentionsWith(tt.body, "es", testNames); got != tt.want {
			t.Errorf("%s: mentions %q, want %q", tt.name, got, tt.want)
		}
	}
}

// countingTagger counts the sentences it is asked to tag.
type countingTagger struct{ n *int }

func (c countingTagger) Tag(tokens []string) []string {
	*c.n++
	return testNames.Tag(tokens)
}

func TestEnglishMentionsLoseLowerCaseEdgesAndDates(t *testing.T) {
	got := mentionsWith("They walked off on Tuesday, the Alliance said. Then May spoke.", "en", testNames)
	if want := "Alliance|ORG May|PER"; got != want {
		t.Errorf("mentions %q, want %q", got, want)
	}
}

// A tagger trained on Spanish reads English capitals loosely; the edges
// of its names are mended.
func TestEnglishMentionsLoseOpeningWordsWeekdaysAndPossessives(t *testing.T) {
	got := mentionsWith("She said Brian Nichols Saturday was calm. Unlike Elvis, he stayed. Wilhelm's team met in June.", "en", testNames)
	if want := "Brian Nichols|PER Elvis|PER Wilhelm|ORG"; got != want {
		t.Errorf("mentions %q, want %q", got, want)
	}
	// A review's inputs: what those mends must leave whole.
	for _, tt := range []struct{ code, body, want string }{
		{"en", "New York Times reported it.", "New York Times|ORG"},
		{"en", "Will Smith apologised.", "Will Smith|PER"},
		{"en", "Theresa May resigned. Trump met with May.", "Theresa May|PER May|PER"},
		{"en", "Troops left Spain on Friday.", "Spain|LOC"},
		{"en", "The Sun reported it.", "The Sun|ORG"},
		{"en", "It was Super Tuesday again.", "Super Tuesday|MISC"},
		{"en", "Obama met Merkel Friday.", "Obama|PER Merkel|PER"},
		{"en", "Shops opened on Black Friday.", "Black Friday|PER"},
		{"en", "The deal must be signed by June.", ""},
		{"en", "The city welcomed Barack Obama with a parade.", "Barack Obama|PER"},
		{"es", "La agencia Moody's rebajó la nota.", "Moody's|ORG"},
		{"es", "En la ciudad vive Gustavo Petro desde 2010. Gustavo Petro dijo que se quedará.", "Gustavo Petro|PER Gustavo Petro|PER"},
	} {
		if got := mentionsWith(tt.body, tt.code, testNames); got != tt.want {
			t.Errorf("%q: mentions %q, want %q", tt.body, got, tt.want)
		}
	}
}

func TestSentencesWithoutCapitalsAreNotTagged(t *testing.T) {
	n := 0
	a := &cotejo.Article{Body: "El día estaba nublado. Petro llegó tarde. La gente esperaba en la plaza. Ganó en 2019.", Language: "es", Published: published}
	WithTagger(a, countingTagger{&n})
	if n != 2 {
		t.Errorf("tagged %d sentences, want 2 (those with Petro and 2019)", n)
	}
}

// The tagger reads one sentence at a time; the article corrects it.
func TestMentionsCorrectedByTheArticle(t *testing.T) {
	tests := []struct{ name, body, want string }{
		{"a surname after the full name", "Nicolás Maduro habló ayer. Maduro, por su parte, informó a Lula.", "Nicolás Maduro|PER Maduro|PER Lula|PER"},
		{"a surname inside a name found again", "Nicolás Maduro habló. Nicolás Maduro calló.", "Nicolás Maduro|PER Nicolás Maduro|PER"},
		{"lower case is no name", "Nicolás Maduro habló. El maduro fruto cayó.", "Nicolás Maduro|PER"},
		{"an organisation noun before", "Lo difundió la agencia de noticias estatal bielorrusa Belta ayer.", "Belta|ORG"},
		{"an organisation noun right before", "Lo difundió la agencia Belta.", "Belta|ORG"},
		{"the type the words gave holds where the name stands bare", "Belta citó a Pedro Gómez. Lo difundió la agencia Belta. Según Belta, todo sigue.", "Belta|ORG Pedro Gómez|PER Belta|ORG Belta|ORG"},
		{"a relative ends the organisation noun's reach", "Juan Pérez habló. El partido que lidera Juan Pérez ganó.", "Juan Pérez|PER Juan Pérez|PER"},
		{"a person named after an organisation noun elsewhere stays one", "Rubio habló. Ganó el equipo de Rubio.", "Rubio|PER Rubio|PER"},
		{"a capitalised title alone is no name", "Lo dijo el Presidente ayer.", ""},
		{"an anonymised corpus's stand-in is no name", "Hubo *NUMBER* muertos, según NUMBER de EFE.", "NUMBER|ORG EFE|ORG"},
		{"an organisation noun inside the name", "Habló con Caracol Radio ayer.", "Caracol Radio|ORG"},
		{"a channel", "Lo emitió el canal catarí Al Jazeera.", "Al Jazeera|ORG"},
		{"a person after de stays one", "Ganó el equipo de Rubio.", "Rubio|PER"},
		{"no noun, no change", "Habló Rubio.", "Rubio|PER"},
		{"a prize", "Recibió el Premio Nobel de este año.", "Premio Nobel|MISC"},
		{"one letter is no name", "Voló un caza F/A-18.", ""},
		{"a surname inside another name is not the known person", "Pedro Gómez habló ayer. Luego Juan Gómez respondió en la Torre Gómez.", "Pedro Gómez|PER"},
		{"a capitalised function word before is no part of a name", "Pedro Gómez habló ayer. Según Gómez, todo sigue.", "Pedro Gómez|PER Gómez|PER"},
		{"a name may end in what is also an article", "Se reunió con Kim Jong Un en Singapur.", "Kim Jong Un|PER"},
		{"a verb and a title between the noun and the name", "El diario entrevistó al ministro Juan Pérez.", "Juan Pérez|PER"},
		{"a particle that joins names may open one", "Del Bosque habló ayer.", "Del Bosque|PER"},
		{"a place noun before", "Miles celebraron en la plaza Tahrir.", "Tahrir|LOC"},
		{"a place noun, an adjective and de", "Atacaron una comisaría de la localidad egipcia de El Arish.", "El Arish|LOC"},
		{"a place noun and del", "Viajó a la península del Sinaí.", "Sinaí|LOC"},
		{"a place noun and de la", "Se reunieron en la plaza de la Revolución.", "Revolución|LOC"},
		{"a place noun and an adjective", "Aterrizó en el aeropuerto internacional Benito Juárez de la capital.", "Benito Juárez|LOC"},
		{"a name a verb of speech follows is no place", "En la plaza principal Gustavo Petro aseguró que no habrá marcha atrás.", "Gustavo Petro|PER"},
		{"a place is one where it stands bare", "Tahrir se llenó. Miles celebraron en la plaza Tahrir.", "Tahrir|LOC Tahrir|LOC"},
		{"a comma ends a place noun's reach", "El alcalde de la ciudad, Juan Pérez, habló.", "Juan Pérez|PER"},
		{"a preposition ends a place noun's reach", "La ciudad recibió a Juan Pérez.", "Juan Pérez|PER"},
		{"a hometown's owner is no place", "Sirte es la ciudad natal de Juan Pérez.", "Sirte|LOC Juan Pérez|PER"},
		{"a second noun's complement is no place", "Pide en la calle la dimisión de Juan Pérez.", "Juan Pérez|PER"},
	}
	for _, tt := range tests {
		if got := namedMentions(tt.body); got != tt.want {
			t.Errorf("%s: %q: mentions %q, want %q", tt.name, tt.body, got, tt.want)
		}
	}
}

func TestMentionsPlaceNounInEnglish(t *testing.T) {
	if got, want := mentionsWith("Rebels held the town of Zintan.", "en", testNames), "Zintan|LOC"; got != want {
		t.Errorf("mentions %q, want %q", got, want)
	}
}

func TestMentionsFindDescriptiveRoles(t *testing.T) {
	tests := []struct {
		lang, body string
		want       []string
	}{
		{"es", "Lo confirmó el líder norcoreano.", []string{"líder norcoreano"}},
		{"es", "Insistió la ministra en que no.", []string{"ministra"}},
		{"es", "El mandatario peruano calló y la diplomática habló.", []string{"mandatario peruano", "diplomática"}},
		{"es", "Habló con el presidente de Francia por teléfono.", []string{"presidente de Francia"}},
		{"es", "Llamó al secretario general de la OTAN.", []string{"secretario general de la OTAN"}},
		{"es", "Lo recibió el presidente Emmanuel Macron.", nil},
		{"es", "Los ministros se reunieron.", nil},
		{"es", "Llegó Alicia Bárcena, la canciller de México.", nil},
		{"en", "The Hungarian leader said so, and the spokesman agreed.", []string{"Hungarian leader", "spokesman"}},
	}
	for _, tt := range tests {
		a := annotateWith(tt.body, tt.lang)
		var got []string
		for _, m := range a.Mentions {
			if m.Descriptive {
				if m.Type != cotejo.PER || m.Role != m.Text || m.Span.Text(tt.body) != m.Text {
					t.Errorf("%q: descriptive mention %+v inconsistent", tt.body, m)
				}
				got = append(got, m.Role)
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%q descriptive roles (-want +got):\n%s", tt.body, diff)
		}
	}
}

func TestANameReadAsAPersonMostOfTheTimeIsOneEverywhere(t *testing.T) {
	m := func(text, typ string) cotejo.Mention { return cotejo.Mention{Text: text, Type: typ} }
	tests := []struct {
		name string
		in   []cotejo.Mention
		cued map[string]string
		want string
	}{
		{"twice a person, once an organisation", []cotejo.Mention{m("Shakira", "PER"), m("Shakira", "PER"), m("Shakira", "ORG")}, nil, "PER PER PER"},
		{"once each stays as read", []cotejo.Mention{m("Shakira", "PER"), m("Shakira", "ORG")}, nil, "PER ORG"},
		{"a place and a club share a name", []cotejo.Mention{m("Barcelona", "LOC"), m("Barcelona", "ORG"), m("Barcelona", "LOC")}, nil, "LOC ORG LOC"},
		{"a type a word gave holds", []cotejo.Mention{m("Belta", "PER"), m("Belta", "PER"), m("Belta", "ORG")}, map[string]string{"Belta": "ORG"}, "PER PER ORG"},
		{"a tie stays as read", []cotejo.Mention{m("Ford", "PER"), m("Ford", "PER"), m("Ford", "ORG"), m("Ford", "ORG")}, nil, "PER PER ORG ORG"},
	}
	for _, tt := range tests {
		personByMajority(tt.in, tt.cued)
		var got []string
		for _, x := range tt.in {
			got = append(got, x.Type)
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("%s: types %q, want %q", tt.name, g, tt.want)
		}
	}
}
