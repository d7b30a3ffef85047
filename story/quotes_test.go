package story

import (
	"slices"
	"strings"
	"testing"

	"github.com/cotejo/cotejo"
)

// quoteShapes renders st.Quotes as "speaker: a1=text | a2=text" strings.
func quoteShapes(t *testing.T, bodies ...string) []string {
	t.Helper()
	st, _ := markStoryOf(t, bodies...)
	Entities(st)
	Quotes(st)
	var out []string
	for _, q := range st.Quotes {
		sp := "?"
		if q.SpeakerName != nil {
			sp = *q.SpeakerName
		}
		var vs []string
		for _, v := range q.Variants {
			vs = append(vs, v.Article+"="+v.Text)
		}
		out = append(out, sp+": "+strings.Join(vs, " | "))
	}
	return out
}

func TestQuotesGroupVariantsAcrossOutlets(t *testing.T) {
	tests := []struct {
		name   string
		bodies []string
		want   []string
	}{
		{
			name: "reworded tense groups",
			bodies: []string{
				`[Lula|PER] afirmó que [Milei|PER] “<<siempre es un socio|w|Lula>>” para Brasil.`,
				`[Lula|PER] dijo que [Milei|PER] “<<siempre será un socio|w|Lula>>”.`,
			},
			want: []string{"Lula: a1=siempre es un socio | a2=siempre será un socio"},
		},
		{
			name: "trimmed quote groups with the full one",
			bodies: []string{
				`“<<Acordamos que, una vez cerrada la negociación, ustedes presentarían el texto ante el Congreso y tomarían la decisión final|d|Sheinbaum>>”, declaró [Sheinbaum|PER].`,
				`[Sheinbaum|PER] habló de tomar una “<<decisión final|d|Sheinbaum>>”.`,
				`Según [Sheinbaum|PER], “<<ustedes presentarían el texto ante el Congreso|d|Sheinbaum>>”.`,
			},
			want: []string{"Sheinbaum: a1=Acordamos que, una vez cerrada la negociación, ustedes presentarían el texto ante el Congreso y tomarían la decisión final | a2=decisión final | a3=ustedes presentarían el texto ante el Congreso"},
		},
		{
			name: "different quotes by the same speaker stay apart",
			bodies: []string{
				`[Petro|PER] dijo: “<<no vamos a aceptar presiones de nadie|p1|Petro>>”. Luego añadió: “<<el diálogo con Caracas sigue abierto|p2|Petro>>”.`,
				`[Petro|PER] aseguró que “<<el diálogo con Caracas sigue abierto|p2|Petro>>”.`,
			},
			want: []string{
				"Petro: a1=el diálogo con Caracas sigue abierto | a2=el diálogo con Caracas sigue abierto",
				"Petro: a1=no vamos a aceptar presiones de nadie",
			},
		},
		{
			name: "same words by different speakers stay apart",
			bodies: []string{
				`[Ana Gómez|PER] dijo: “<<la reforma llega tarde|x|Ana Gómez>>”.`,
				`[Luis Mora|PER] dijo: “<<la reforma llega tarde|y|Luis Mora>>”.`,
			},
			want: []string{"Ana Gómez: a1=la reforma llega tarde", "Luis Mora: a2=la reforma llega tarde"},
		},
		{
			name: "an article printing a quote twice keeps the longer",
			bodies: []string{
				`[Sheinbaum|PER] dijo: “<<no habrá intervención extranjera en México|s|Sheinbaum>>”. Repitió: “<<no habrá intervención extranjera|s|Sheinbaum>>”.`,
			},
			want: []string{"Sheinbaum: a1=no habrá intervención extranjera en México"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := quoteShapes(t, tt.bodies...); !slices.Equal(got, tt.want) {
				t.Errorf("quotes =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestQuotesResolveSpeakers(t *testing.T) {
	tests := []struct {
		name   string
		bodies []string
		id     string // want speaker entity ID, "" for null
		sname  string // want speaker name, "" for null
	}{
		{
			name:   "speaker span inside a mention of the entity",
			bodies: []string{`[Claudia Sheinbaum|PER] dijo: “<<no habrá intervención|w|Claudia Sheinbaum>>”. [Sheinbaum|PER] calló.`},
			id:     "e1", sname: "Claudia Sheinbaum",
		},
		{
			name: "printed name equal to an alias",
			bodies: []string{
				`[Claudia Sheinbaum|PER] habló con [Petro|PER]. [Sheinbaum|PER] insistió.`,
				`“<<No habrá intervención|w|=Sheinbaum>>”, dijo.`,
			},
			id: "e1", sname: "Claudia Sheinbaum",
		},
		{
			name: "descriptive speaker resolved by its role",
			bodies: []string{
				`La presidenta mexicana, [Claudia Sheinbaum|PER|l|presidenta mexicana], recibió a [Petro|PER].`,
				`“<<No habrá intervención|w|líder mexicana>>”, dijo la [líder mexicana|~PER|l|líder mexicana].`,
			},
			id: "e1", sname: "Claudia Sheinbaum",
		},
		{
			name:   "unknown speaker name kept without an entity",
			bodies: []string{`Un portavoz dijo: “<<no hay planes de viaje|w|=un portavoz>>”. [Petro|PER] calló.`},
			id:     "", sname: "un portavoz",
		},
		{
			name:   "no speaker at all",
			bodies: []string{`Se leía: “<<fuera de aquí|w|>>”.`},
			id:     "", sname: "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, _ := markStoryOf(t, tt.bodies...)
			Entities(st)
			Quotes(st)
			if len(st.Quotes) != 1 {
				t.Fatalf("got %d quotes, want 1", len(st.Quotes))
			}
			q := st.Quotes[0]
			id, name := "", ""
			if q.Speaker != nil {
				id = *q.Speaker
			}
			if q.SpeakerName != nil {
				name = *q.SpeakerName
			}
			if id != tt.id || name != tt.sname {
				t.Errorf("speaker = %q %q, want %q %q", id, name, tt.id, tt.sname)
			}
		})
	}
}

// A speaker phrase holding a place or a "de" complement is not that
// place's or complement's quote; a name in apposition at its end is the
// speaker.
func TestQuotesSpeakerPhraseComplementIsNoSpeaker(t *testing.T) {
	for _, tt := range []struct{ body, phrase, entity string }{
		{`La televisión pública de [Egipto|LOC] anuncia que “<<dentro de poco|w|>>” habrá noticias. [Egipto|LOC] espera.`, "televisión pública de Egipto", ""},
		{`El portavoz del [Departamento de Estado|ORG] [Victoria Nuland|PER] dijo que “<<no hay planes de viaje|w|>>”. [Nuland|PER] calló.`, "portavoz del Departamento de Estado Victoria Nuland", "Victoria Nuland"},
	} {
		st, _ := markStoryOf(t, tt.body)
		a := st.Articles[0]
		start := strings.Index(a.Body, tt.phrase)
		a.Quotes[0].Speaker = &cotejo.Span{Start: start, End: start + len(tt.phrase)}
		a.Quotes[0].SpeakerName = tt.phrase
		Entities(st)
		Quotes(st)
		got := ""
		if q := st.Quotes[0]; q.Speaker != nil {
			for _, e := range st.Entities {
				if e.ID == *q.Speaker {
					got = e.Name
				}
			}
		}
		if got != tt.entity {
			t.Errorf("%q: speaker entity %q, want %q", tt.body, got, tt.entity)
		}
	}
}

// A quotation only a headline prints is one of the story's quotes,
// without a speaker.
func TestQuotesTakeAHeadlinesOwnQuotation(t *testing.T) {
	st, _ := markStoryOf(t, `[Petro|PER] dijo: “<<no habrá intervención|w|Petro>>”.`)
	a := st.Articles[0]
	a.Title = "El contagio solo se explica por «un fallo humano»"
	a.TitleQuotes = []cotejo.Span{{Start: strings.Index(a.Title, "un fallo"), End: strings.Index(a.Title, "»")}}
	Entities(st)
	Quotes(st)
	if len(st.Quotes) != 2 {
		t.Fatalf("got %d quotes, want 2", len(st.Quotes))
	}
	var headline *cotejo.Quote
	for i := range st.Quotes {
		if st.Quotes[i].Variants[0].Text == "un fallo humano" {
			headline = &st.Quotes[i]
		}
	}
	if headline == nil || headline.Speaker != nil || headline.SpeakerName != nil || headline.Variants[0].Article != a.ID {
		t.Errorf("headline quote = %+v, want \"un fallo humano\" of %s with no speaker", headline, a.ID)
	}
}

func TestQuotesWithoutEntitiesGiveNamesOnly(t *testing.T) {
	st, _ := markStoryOf(t, `[Petro|PER] dijo: “<<no vamos a aceptar presiones|p|Petro>>”.`)
	Quotes(st)
	if len(st.Quotes) != 1 || st.Quotes[0].Speaker != nil || st.Quotes[0].SpeakerName == nil || *st.Quotes[0].SpeakerName != "Petro" {
		t.Errorf("quotes = %+v, want one by name Petro without entity ID", st.Quotes)
	}
}

func TestQuotesOrderByOutletsAndNumberIDs(t *testing.T) {
	st, _ := markStoryOf(t,
		`[Petro|PER] dijo: “<<una frase que solo cita este medio|a|Petro>>”. Y: “<<la frontera seguirá abierta|b|Petro>>”.`,
		`[Petro|PER] dijo que “<<la frontera seguirá abierta|b|Petro>>”.`,
	)
	Entities(st)
	Quotes(st)
	var got []string
	for _, q := range st.Quotes {
		got = append(got, q.ID+":"+q.Variants[0].Text)
	}
	if want := []string{"q1:la frontera seguirá abierta", "q2:una frase que solo cita este medio"}; !slices.Equal(got, want) {
		t.Errorf("quotes = %q, want %q", got, want)
	}
}
