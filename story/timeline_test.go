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
				`[Sánchez|PER] recibió {el 25 de noviembre|2025-11-25} al embajador marroquí en Madrid.`,
				`{El pasado 25 de noviembre|2025-11-25}, [Sánchez|PER] se reunió con el embajador marroquí.`,
			},
			want: []string{"2025-11-25 [a1 a2] Sánchez recibió el 25 de noviembre al embajador marroquí en Madrid"},
		},
		{
			name: "same date but unrelated statements stay apart",
			bodies: []string{
				`[Sánchez|PER] recibió {el 25 de noviembre|2025-11-25} al embajador marroquí en Madrid.`,
				`La bolsa de Tokio cerró {el 25 de noviembre|2025-11-25} con fuertes pérdidas tecnológicas.`,
			},
			want: []string{
				"2025-11-25 [a1] Sánchez recibió el 25 de noviembre al embajador marroquí en Madrid",
				"2025-11-25 [a2] La bolsa de Tokio cerró el 25 de noviembre con fuertes pérdidas tecnológicas",
			},
		},
		{
			name: "different grains do not merge",
			bodies: []string{
				`[Petro|PER] llamó a [Boric|PER] {en noviembre|2025-11} para negociar un acuerdo comercial.`,
				`[Petro|PER] llamó a [Boric|PER] {el 21 de noviembre|2025-11-21} para negociar un acuerdo.`,
			},
			want: []string{
				"2025-11 [a1] Petro llamó a Boric en noviembre para negociar un acuerdo comercial",
				"2025-11-21 [a2] Petro llamó a Boric el 21 de noviembre para negociar un acuerdo",
			},
		},
		{
			name: "sorted by date, then by outlets",
			bodies: []string{
				`[Milei|PER] anunció {el 3 de diciembre|2025-12-03} nuevas medidas contra la inflación. [Lula|PER] viajó {el 1 de diciembre|2025-12-01} a Buenos Aires en visita oficial.`,
				`[Lula|PER] llegó {el 1 de diciembre|2025-12-01} a Buenos Aires en visita oficial. La oposición convocó {el 1 de diciembre|2025-12-01} marchas en todo el país.`,
			},
			want: []string{
				"2025-12-01 [a1 a2] Lula viajó el 1 de diciembre a Buenos Aires en visita oficial",
				"2025-12-01 [a2] La oposición convocó el 1 de diciembre marchas en todo el país",
				"2025-12-03 [a1] Milei anunció el 3 de diciembre nuevas medidas contra la inflación",
			},
		},
		{
			name: "unresolved dates and datelines make no event",
			bodies: []string{
				`[Petro|PER] habló {en días recientes|} con sus aliados en Bogotá. Publicado {el 11 de diciembre|2025-12-11}.`,
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
		`[Sánchez|PER] recibió {el 25 de noviembre|2025-11-25} a [Albares|PER] en Madrid.`,
		`[Sánchez|PER] y [Albares|PER] se vieron {el 25 de noviembre|2025-11-25} en Madrid. [Feijóo|PER] habló {el 2 de diciembre|2025-12-02} con su equipo entero.`,
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
		e.Evidence[1].Text != "Sánchez y Albares se vieron el 25 de noviembre en Madrid." {
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
			sentence: "Además, Sánchez recibió el 25 de noviembre al embajador.",
			date:     "el 25 de noviembre",
			want:     "Sánchez recibió el 25 de noviembre al embajador",
		},
		{
			name:     "two-word connector dropped",
			sentence: "En tanto, la oposición marchó el domingo por las calles de Lima.",
			date:     "el domingo",
			want:     "La oposición marchó el domingo por las calles de Lima",
		},
		{
			name:     "fronted date clause keeps the main clause after it",
			sentence: "Durante la primera cumbre, celebrada el 25 de noviembre, Sánchez afirmó que Rabat siempre es un socio fiable para España, un mensaje difundido por la agencia estatal MAP y retomado después por EFE y otras agencias.",
			date:     "el 25 de noviembre",
			want:     "Durante la primera cumbre, celebrada el 25 de noviembre, Sánchez afirmó que Rabat siempre es un socio fiable para España",
		},
		{
			name:     "date in apposition keeps the clause before it",
			sentence: "De acuerdo con fuentes consultadas por EFE, Petro le dijo al presidente Gabriel Boric —durante una llamada telefónica el 21 de noviembre— que estaría dispuesto a reabrir la frontera si ambos gobiernos firmaban un acuerdo migratorio completo.",
			date:     "el 21 de noviembre",
			want:     "Petro le dijo al presidente Gabriel Boric —durante una llamada telefónica el 21 de noviembre— que estaría dispuesto a reabrir…",
		},
		{
			name:     "a quotation the cut leaves half loses its mark",
			sentence: `Ambos líderes "intercambiaron opiniones sobre el desarrollo de las relaciones de amistad entre los dos países, de conformidad con el acuerdo de asociación, que entró en vigor en noviembre de 2025", amplió la oficina presidencial rusa.`,
			date:     "noviembre de 2025",
			want:     "De conformidad con el acuerdo de asociación, que entró en vigor en noviembre de 2025, amplió la oficina presidencial rusa",
		},
		{
			name:     "a whole quotation keeps its marks",
			sentence: "Petro dijo el lunes que «nadie nos va a detener».",
			date:     "el lunes",
			want:     "Petro dijo el lunes que «nadie nos va a detener»",
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
			// Every word comes from the sentence, but for quotation marks
			// dropped when their partner was cut off.
			unquote := strings.NewReplacer(`"`, "", "“", "", "”", "", "«", "", "»", "")
			unquoted := unquote.Replace(tt.sentence)
			for _, w := range strings.Fields(strings.Trim(got, "…")) {
				if !strings.Contains(strings.ToLower(unquoted), strings.ToLower(unquote.Replace(strings.Trim(w, "…")))) {
					t.Errorf("summary word %q is not in the sentence", w)
				}
			}
		})
	}
}
