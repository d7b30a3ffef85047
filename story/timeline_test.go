package story

import (
	"slices"
	"strings"
	"testing"
)

// eventShapes renders st.Events as "date [a1 a2] summary" strings.
func eventShapes(t *testing.T, bodies ...string) []string {
	t.Helper()
	st, _ := markStoryOf(t, bodies...)
	Entities(st)
	Timeline(st)
	var out []string
	for _, e := range st.Events {
		var arts []string
		for _, ev := range e.Evidence {
			arts = append(arts, ev.Article)
		}
		out = append(out, e.Date.String()+" ["+strings.Join(arts, " ")+"] "+e.Summary)
	}
	return out
}

func TestTimelineMergesAndOrdersEvents(t *testing.T) {
	tests := []struct {
		name   string
		bodies []string
		want   []string
	}{
		{
			name: "same date and shared words merge across outlets",
			bodies: []string{
				`[Lukashenko|PER] recibió {el 25 de noviembre|2025-11-25} al embajador venezolano en Minsk.`,
				`{El pasado 25 de noviembre|2025-11-25}, [Lukashenko|PER] se reunió con el embajador venezolano.`,
			},
			want: []string{"2025-11-25 [a1 a2] Lukashenko recibió el 25 de noviembre al embajador venezolano en Minsk"},
		},
		{
			name: "same date but unrelated statements stay apart",
			bodies: []string{
				`[Lukashenko|PER] recibió {el 25 de noviembre|2025-11-25} al embajador venezolano en Minsk.`,
				`La bolsa de Tokio cerró {el 25 de noviembre|2025-11-25} con fuertes pérdidas tecnológicas.`,
			},
			want: []string{
				"2025-11-25 [a1] Lukashenko recibió el 25 de noviembre al embajador venezolano en Minsk",
				"2025-11-25 [a2] La bolsa de Tokio cerró el 25 de noviembre con fuertes pérdidas tecnológicas",
			},
		},
		{
			name: "different grains do not merge",
			bodies: []string{
				`[Maduro|PER] llamó a [Trump|PER] {en noviembre|2025-11} para negociar su salida del poder.`,
				`[Maduro|PER] llamó a [Trump|PER] {el 21 de noviembre|2025-11-21} para negociar su salida.`,
			},
			want: []string{
				"2025-11 [a1] Maduro llamó a Trump en noviembre para negociar su salida del poder",
				"2025-11-21 [a2] Maduro llamó a Trump el 21 de noviembre para negociar su salida",
			},
		},
		{
			name: "sorted by date, then by outlets",
			bodies: []string{
				`[Trump|PER] anunció {el 3 de diciembre|2025-12-03} nuevas sanciones contra Caracas. [Maduro|PER] viajó {el 1 de diciembre|2025-12-01} a Moscú en visita oficial.`,
				`[Maduro|PER] llegó {el 1 de diciembre|2025-12-01} a Moscú en visita oficial. La oposición convocó {el 1 de diciembre|2025-12-01} marchas en todo el país.`,
			},
			want: []string{
				"2025-12-01 [a1 a2] Maduro viajó el 1 de diciembre a Moscú en visita oficial",
				"2025-12-01 [a2] La oposición convocó el 1 de diciembre marchas en todo el país",
				"2025-12-03 [a1] Trump anunció el 3 de diciembre nuevas sanciones contra Caracas",
			},
		},
		{
			name: "unresolved dates and datelines make no event",
			bodies: []string{
				`[Maduro|PER] habló {en días recientes|} con sus aliados en Caracas. Publicado {el 11 de diciembre|2025-12-11}.`,
			},
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := eventShapes(t, tt.bodies...); !slices.Equal(got, tt.want) {
				t.Errorf("events =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestTimelineEventCarriesParticipantsEvidenceAndIDs(t *testing.T) {
	st, _ := markStoryOf(t,
		`[Lukashenko|PER] recibió {el 25 de noviembre|2025-11-25} a [Salazar|PER] en Minsk.`,
		`[Lukashenko|PER] y [Salazar|PER] se vieron {el 25 de noviembre|2025-11-25} en Minsk. [Maduro|PER] habló {el 2 de diciembre|2025-12-02} con su gabinete entero.`,
	)
	Entities(st)
	Timeline(st)
	if len(st.Events) != 2 {
		t.Fatalf("got %d events, want 2", len(st.Events))
	}
	e := st.Events[0]
	if e.ID != "v1" || st.Events[1].ID != "v2" {
		t.Errorf("IDs = %s %s, want v1 v2", e.ID, st.Events[1].ID)
	}
	if want := []string{"e1", "e2"}; !slices.Equal(e.Participants, want) {
		t.Errorf("participants = %v, want %v", e.Participants, want)
	}
	if len(e.Evidence) != 2 || e.Evidence[1].Article != "a2" || e.Evidence[1].DateText != "el 25 de noviembre" ||
		e.Evidence[1].Text != "Lukashenko y Salazar se vieron el 25 de noviembre en Minsk." {
		t.Errorf("evidence = %+v", e.Evidence)
	}
}

func TestTimelineSummaryIsAnExtractAroundTheDate(t *testing.T) {
	tests := []struct {
		name     string
		sentence string
		date     string
		want     string
	}{
		{
			name:     "short sentence whole, connector dropped",
			sentence: "Además, Lukashenko recibió el 25 de noviembre al embajador.",
			date:     "el 25 de noviembre",
			want:     "Lukashenko recibió el 25 de noviembre al embajador",
		},
		{
			name:     "two-word connector dropped",
			sentence: "En tanto, la oposición marchó el domingo por las calles de Caracas.",
			date:     "el domingo",
			want:     "La oposición marchó el domingo por las calles de Caracas",
		},
		{
			name:     "fronted date clause keeps the main clause after it",
			sentence: "Durante el primer encuentro, ocurrido el 25 de noviembre, Lukashenko afirmó que Maduro siempre es bienvenido en Bielorrusia, un mensaje difundido por la agencia estatal Belta y retomado después por Reuters y otras agencias.",
			date:     "el 25 de noviembre",
			want:     "Durante el primer encuentro, ocurrido el 25 de noviembre, Lukashenko afirmó que Maduro siempre es bienvenido en Bielorrusia",
		},
		{
			name:     "date in apposition keeps the clause before it",
			sentence: "De acuerdo con fuentes consultadas por Reuters, Maduro le dijo al presidente Donald Trump —durante una llamada telefónica el 21 de noviembre— que estaría dispuesto a dejar Venezuela si él y su familia recibían una amnistía legal completa.",
			date:     "el 21 de noviembre",
			want:     "Maduro le dijo al presidente Donald Trump —durante una llamada telefónica el 21 de noviembre— que estaría dispuesto a dejar…",
		},
		{
			name:     "one long clause is cut around the date",
			sentence: "La comisión electoral del estado que nadie esperaba ver reunida tan pronto aprobó por unanimidad el 4 de marzo el calendario de las elecciones regionales y municipales del próximo año en todo el territorio nacional.",
			date:     "el 4 de marzo",
			want:     "…tan pronto aprobó por unanimidad el 4 de marzo el calendario de las elecciones regionales y municipales del próximo año…",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ts := strings.Index(tt.sentence, tt.date)
			got := eventSummary(tt.sentence, ts, "es")
			if got != tt.want {
				t.Errorf("summary =\n%q\nwant\n%q", got, tt.want)
			}
			for _, w := range strings.Fields(strings.Trim(got, "…")) {
				if !strings.Contains(strings.ToLower(tt.sentence), strings.ToLower(strings.Trim(w, "…"))) {
					t.Errorf("summary word %q is not in the sentence", w)
				}
			}
		})
	}
}
