package story

import (
	"github.com/cotejo/cotejo/lang"
	"slices"
	"strings"
	"testing"

	"github.com/cotejo/cotejo"
)

// entityGroups renders st.Entities as "Name=alias,alias" strings, sorted,
// so a test states which surface forms ended up together.
func entityGroups(es []cotejo.Entity) []string {
	var out []string
	for _, e := range es {
		s := e.Name
		if len(e.Aliases) > 0 {
			a := slices.Clone(e.Aliases)
			slices.Sort(a)
			s += "=" + strings.Join(a, ",")
		}
		out = append(out, s)
	}
	slices.Sort(out)
	return out
}

func TestEntitiesMergeSurfaceForms(t *testing.T) {
	tests := []struct {
		name   string
		bodies []string
		want   []string
	}{
		{
			name: "full name and surname across outlets",
			bodies: []string{
				`[Gustavo Petro|PER] habló. [Petro|PER] calló.`,
				`[Petro|PER] viajó a [Bogotá|LOC].`,
			},
			want: []string{"Bogotá", "Gustavo Petro=Petro"},
		},
		{
			name: "two surnames and the last one",
			bodies: []string{
				`El embajador [Carlos Alberto Ruiz Montoya|PER] llegó. [Ruiz Montoya|PER] habló.`,
				`[Montoya|PER] se reunió con [Boric|PER].`,
			},
			want: []string{"Boric", "Carlos Alberto Ruiz Montoya=Montoya,Ruiz Montoya"},
		},
		{
			name: "accents and transliterations",
			bodies: []string{
				`[Serguéi Lavrov|PER] y [Alexei Navalni|PER] hablaron. [Yulia Timoshenko|PER] no.`,
				`[Serguei Lavrov|PER] recibió a [Aleksei Navalny|PER]. [Yuliya Tymoshenko|PER] tampoco.`,
				`[Navalnyi|PER] y [Tymoshenko|PER] se cruzaron.`,
			},
			want: []string{
				"Aleksei Navalny=Alexei Navalni,Navalnyi",
				"Serguéi Lavrov=Serguei Lavrov",
				"Yulia Timoshenko=Tymoshenko,Yuliya Tymoshenko",
			},
		},
		{
			name: "a person's initials, read as an organisation",
			bodies: []string{
				`[Andrés Manuel López Obrador|PER] ganó. [AMLO|ORG] celebró con el [PRI|ORG].`,
				`[AMLO|ORG] habló con [María Pérez|PER].`,
			},
			want: []string{"Andrés Manuel López Obrador=AMLO", "María Pérez", "PRI"},
		},
		{
			name: "a Spanish plural abbreviation, with or without points",
			bodies: []string{
				`[Estados Unidos|LOC] respondió. [EEUU|ORG] insiste. [Fuerzas Armadas|ORG] callan.`,
				`[EE.UU.|ORG] y las [FFAA|ORG] hablaron.`,
			},
			want: []string{"Estados Unidos=EE.UU.,EEUU", "Fuerzas Armadas=FFAA"},
		},
		{
			name: "two names are too few for initials",
			bodies: []string{
				`[María Pérez|PER] llegó. La [MP|ORG] cerró.`,
			},
			want: []string{"MP", "María Pérez"},
		},
		{
			name: "given names differing in gender stay apart",
			bodies: []string{
				`[María Pérez|PER] y [Mario Pérez|PER] firmaron. [Daniela Ortega|PER] y [Daniel Ortega|PER] no.`,
			},
			want: []string{"Daniel Ortega", "Daniela Ortega", "Mario Pérez", "María Pérez"},
		},
		{
			name: "type confusions merge identical names only",
			bodies: []string{
				`[Turquía|LOC] abrió la puerta. [Anadolu|ORG] lo difundió.`,
				`[Turquía|ORG] respondió. [Anadolu|MISC] también.`,
				`[Erdogan|PER] y el [Gobierno de Erdogan|ORG] discrepan.`,
			},
			want: []string{"Anadolu", "Erdogan", "Gobierno de Erdogan", "Turquía"},
		},
		{
			name: "a place inside an organisation's name is another entity",
			bodies: []string{
				`La [Cancillería de Colombia|ORG] respondió a [Colombia|LOC].`,
				`[The Washington Post|ORG] criticó a [Washington|ORG]. [Colombia|LOC] calló.`,
				`El [Banco Santander|ORG] subió; [Santander|ORG] lo celebró.`,
			},
			want: []string{"Banco Santander=Santander", "Cancillería de Colombia", "Colombia", "The Washington Post", "Washington"},
		},
		{
			name: "a name the tagger types wrongly now and then stays one entity",
			bodies: []string{
				`[Gustavo Petro|PER] habló. [Petro|PER] insistió.`,
				`[Petro|LOC] respondió. [Petro|PER] calló. [Petro|PER] volvió.`,
			},
			want: []string{"Gustavo Petro=Petro"},
		},
		{
			name: "capitals do not make the name",
			bodies: []string{
				`[SEBASTIÁN PIÑERA|PER] EN PORTADA. [Sebastián Piñera|PER] habló.`,
			},
			want: []string{"Sebastián Piñera=SEBASTIÁN PIÑERA"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, _ := markStoryOf(t, tt.bodies...)
			Entities(st)
			if got := entityGroups(st.Entities); !slices.Equal(got, tt.want) {
				t.Errorf("entities = %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestEntitiesSurnameOfTwoPeopleGoesToTheOneItsArticleNames(t *testing.T) {
	st, _ := markStoryOf(t,
		`[Javier Milei|PER] habló. [Milei|PER] insistió. [Milei|PER] calló.`,
		`[Karina Milei|PER] renunció. [Milei|PER] no dio razones.`,
		`[Javier Milei|PER] y [Karina Milei|PER] viajaron. [Milei|PER] habló.`,
		`Nadie nombró a [Milei|PER].`,
		`[Milei|PER] habló antes de que [Javier Milei|PER] y [Karina Milei|PER] llegaran.`,
	)
	Entities(st)
	byName := map[string]cotejo.Entity{}
	for _, e := range st.Entities {
		byName[e.Name] = e
	}
	tests := []struct {
		name     string
		articles []string
		mentions int
	}{
		{"Javier Milei", []string{"a1", "a3", "a5"}, 6}, // a3: on a tie, the one introduced first
		{"Karina Milei", []string{"a2", "a3", "a5"}, 4},
		{"Milei", []string{"a4", "a5"}, 2}, // no rival in a4; in a5 none named before it
	}
	for _, tt := range tests {
		e, ok := byName[tt.name]
		if !ok {
			t.Errorf("no entity %q in %q", tt.name, entityGroups(st.Entities))
			continue
		}
		if !slices.Equal(e.Articles, tt.articles) || e.Mentions != tt.mentions {
			t.Errorf("%s: articles %v mentions %d, want %v %d", tt.name, e.Articles, e.Mentions, tt.articles, tt.mentions)
		}
	}
}

func TestEntitiesOrderByMentionsAndNumberIDs(t *testing.T) {
	st, _ := markStoryOf(t,
		`[Bogotá|LOC] y [Lima|LOC]. [Lima|LOC] otra vez. [Lima|LOC].`,
		`[Bogotá|LOC].`,
	)
	Entities(st)
	var got []string
	for _, e := range st.Entities {
		got = append(got, e.ID+":"+e.Name)
	}
	if want := []string{"e1:Lima", "e2:Bogotá"}; !slices.Equal(got, want) {
		t.Errorf("entities = %v, want %v", got, want)
	}
}

func TestEntitiesCollectRoles(t *testing.T) {
	tests := []struct {
		name  string
		roles []string
		want  []string
	}{
		{"apposition kept", []string{"presidente argentino"}, []string{"presidente argentino"}},
		{"folded duplicates keep the accented spelling", []string{"lider opositor", "Líder Opositor", "líder opositor"}, []string{"Líder Opositor"}},
		{"a role inside a fuller one drops", []string{"presidente", "el presidente argentino"}, []string{"presidente argentino"}},
		{"most frequent first", []string{"mandatario", "líder opositor", "líder opositor"}, []string{"líder opositor", "mandatario"}},
		{"none", nil, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := entityRoles(tt.roles, "es"); !slices.Equal(got, tt.want) {
				t.Errorf("roles = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestEntitiesResolveDescriptiveMentions(t *testing.T) {
	tests := []struct {
		name   string
		bodies []string
		desc   string // the descriptive mention's text
		want   string // entity name it resolves to, "" when it stays unresolved
	}{
		{
			name: "nationality adjective of the only person with it",
			bodies: []string{
				`El presidente argentino, [Javier Milei|PER||presidente argentino], habló con [Keiko Fujimori|PER||líder opositora].`,
				`El [líder argentino|~PER||líder argentino] no respondió.`,
			},
			desc: "líder argentino",
			want: "Javier Milei",
		},
		{
			name: "office word of the only entity holding it",
			bodies: []string{
				`La canciller alemana, [Angela Merkel|PER||canciller alemana], y el presidente [Emmanuel Macron|PER||presidente francés] se vieron.`,
				`La [canciller|~PER||canciller] insistió.`,
			},
			desc: "canciller",
			want: "Angela Merkel",
		},
		{
			name: "two matches stay unresolved",
			bodies: []string{
				`[Joe Biden|PER||presidente estadounidense] y [Javier Milei|PER||presidente argentino] hablaron.`,
				`El [presidente|~PER||presidente] no respondió.`,
			},
			desc: "presidente",
			want: "",
		},
		{
			name: "a bare description is someone its article names, not someone only another names",
			bodies: []string{
				`Trump nombró a un enviado especial, [John Coale|PER||enviado especial].`,
				`[Lukashenko|PER||presidente] recibió al embajador [Jesús Salazar|PER||embajador]. Dijo al [enviado|~PER||enviado] que volviera.`,
			},
			desc: "enviado",
			want: "",
		},
		{
			name: "no role at all stays unresolved",
			bodies: []string{
				`[Joe Biden|PER] habló.`,
				`El [mandatario|~PER||mandatario] no respondió.`,
			},
			desc: "mandatario",
			want: "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, arts := markStoryOf(t, tt.bodies...)
			Entities(st)
			links := entityLink(st)
			got := ""
			for ai, a := range arts {
				for mi, m := range a.Mentions {
					if m.Descriptive && m.Text == tt.desc {
						if ei := links.mention[ai][mi]; ei >= 0 {
							got = st.Entities[ei].Name
						}
					}
				}
			}
			if got != tt.want {
				t.Errorf("%q resolves to %q, want %q", tt.desc, got, tt.want)
			}
			for _, e := range st.Entities {
				if slices.Contains(e.Aliases, tt.desc) {
					t.Errorf("description %q became an alias of %s", tt.desc, e.Name)
				}
				if e.Name == tt.want && (!slices.Contains(e.Articles, "a2") || e.Mentions != 2) {
					t.Errorf("%s: articles %v mentions %d, want a2 counted and 2 mentions", e.Name, e.Articles, e.Mentions)
				}
			}
		})
	}
}

// "Su homólogo ruso, Putin" says no office but says whose side he is on:
// a later "el mandatario ruso" is Putin, not the Venezuelan president,
// and the counterpart's words are no title in dispute with "presidente".
func TestEntitiesCounterpartGivesTheSideADescriptionMatches(t *testing.T) {
	st, arts := markStoryOf(t,
		`El presidente [Vladímir Putin|PER||presidente] habló con [Nicolás Maduro|PER||presidente venezolano].`,
		`[Maduro|PER] y su homólogo ruso, [Putin|PER||homólogo ruso], hablaron.`,
		`El [mandatario ruso|~PER||mandatario ruso] insistió.`)
	Entities(st)
	links := entityLink(st)
	got := ""
	for ai, a := range arts {
		for mi, m := range a.Mentions {
			if m.Descriptive {
				if ei := links.mention[ai][mi]; ei >= 0 {
					got = st.Entities[ei].Name
				}
			}
		}
	}
	if got != "Vladímir Putin" {
		t.Errorf("el mandatario ruso resolves to %q, want Vladímir Putin", got)
	}
	if h := discrepancyRoleHead(lang.Get("es"), "homólogo ruso"); h != "" {
		t.Errorf("head of %q = %q, want none", "homólogo ruso", h)
	}
}

func TestEntitiesSurviveOddInput(t *testing.T) {
	a := &cotejo.Article{ID: "a1", Body: "x", Mentions: []cotejo.Mention{
		{Span: cotejo.Span{Start: 0, End: 99}, Type: "PER", Text: ""},
		{Span: cotejo.Span{Start: 5, End: 1}, Type: "", Text: "—"},
		{Type: "PER", Text: "Ana", Descriptive: true},
	}}
	st := &cotejo.Story{Articles: []*cotejo.Article{a, {ID: "a2"}}}
	Entities(st)
	Quotes(st)
	Timeline(st)
	if len(st.Entities) != 0 || len(st.Quotes) != 0 || len(st.Events) != 0 {
		t.Errorf("got %d entities, %d quotes, %d events from empty names", len(st.Entities), len(st.Quotes), len(st.Events))
	}
}

func TestEntityTypeKeepsPlacesThatStandForTheirGovernments(t *testing.T) {
	tests := []struct {
		counts  map[string]int
		located int // mentions after "en", "in"
		country bool
		want    string
	}{
		{map[string]int{cotejo.LOC: 6, cotejo.ORG: 16}, 1, false, cotejo.LOC},
		{map[string]int{cotejo.LOC: 2, cotejo.ORG: 4}, 2, false, cotejo.LOC},
		{map[string]int{cotejo.LOC: 2, cotejo.ORG: 4}, 0, false, cotejo.ORG}, // "Al Qaeda": never somewhere one is in
		{map[string]int{cotejo.LOC: 1, cotejo.ORG: 9}, 1, false, cotejo.ORG},
		{map[string]int{cotejo.ORG: 13}, 0, false, cotejo.ORG},
		{map[string]int{cotejo.PER: 5, cotejo.LOC: 3}, 0, false, cotejo.PER},
		{map[string]int{cotejo.PER: 1, cotejo.ORG: 3, cotejo.LOC: 1}, 1, false, cotejo.LOC},
		{map[string]int{cotejo.ORG: 2}, 5, false, cotejo.ORG},
		{map[string]int{cotejo.ORG: 1}, 0, true, cotejo.LOC},  // "Italia desea que…"
		{map[string]int{cotejo.MISC: 2}, 0, true, cotejo.LOC}, // "EE UU" read as MISC is not a country's name in CLDR, "Estados Unidos" is
		{map[string]int{cotejo.PER: 3}, 0, true, cotejo.PER},  // a person called Israel
	}
	for _, tt := range tests {
		if got := entityType(tt.counts, tt.located, tt.country); got != tt.want {
			t.Errorf("entityType(%v, %d, %v) = %s, want %s", tt.counts, tt.located, tt.country, got, tt.want)
		}
	}
}
