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
	"Alexander Lukashenko": "PER", "Lukashenko": "PER", "Rosa Villavicencio": "PER",
	"Jesús Rafael Salazar Velázquez": "PER", "Donald Trump": "PER", "Trump": "PER",
	"Vladimir Putin": "PER", "Nicolás Maduro": "PER", "Maduro": "PER", "Pérez": "PER",
	"John Smith": "PER", "Smith": "PER", "Colombia": "LOC", "Moscú": "LOC", "Venezuela": "LOC",
	"Estados Unidos": "LOC", "Reuters": "ORG", "Belta": "ORG", "Delcy Rodríguez": "PER", "Lula": "PER", "Presidente Hosni Mubarak": "PER",
	"Alexander Lukashenko ,": "", // never matched: keeps the comma out of names
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
		{"es", "Lo dijo el presidente bielorruso, Alexander Lukashenko.", "Alexander Lukashenko", "presidente bielorruso"},
		{"es", "Viajó la canciller de Colombia, Rosa Villavicencio.", "Rosa Villavicencio", "canciller de Colombia"},
		{"es", "Llegó Jesús Rafael Salazar Velázquez, embajador de Venezuela en Moscú, ayer.", "Jesús Rafael Salazar Velázquez", "embajador de Venezuela en Moscú"},
		{"es", "Habló el presidente de Estados Unidos, Donald Trump.", "Donald Trump", "presidente de Estados Unidos"},
		{"es", "Llamó el mandatario ruso Vladimir Putin.", "Vladimir Putin", "mandatario ruso"},
		{"es", "Lo recibió el presidente Donald Trump.", "Donald Trump", "presidente"},
		{"es", "Llegó Rosa Villavicencio, la canciller de Colombia.", "Rosa Villavicencio", "canciller de Colombia"},
		{"es", "Se reunió con el embajador venezolano en Moscú, Jesús Rafael Salazar Velázquez.", "Jesús Rafael Salazar Velázquez", "embajador venezolano en Moscú"},
		{"es", "Habló la vicepresidenta ejecutiva Delcy Rodríguez.", "Delcy Rodríguez", "vicepresidenta ejecutiva"},
		{"es", "El presidente recibió a Donald Trump.", "Donald Trump", ""},
		{"en", "Secretary of State John Smith spoke.", "John Smith", "Secretary of State"},
		{"es", "Habló el primer ministro ruso, Vladimir Putin.", "Vladimir Putin", "primer ministro ruso"},
		{"en", "Belarusian President Alexander Lukashenko spoke.", "Alexander Lukashenko", "Belarusian President"},
		{"en", "John Smith, the ambassador to Venezuela, spoke.", "John Smith", "ambassador to Venezuela"},
		{"es", "Maduro habló con Trump.", "Maduro", ""},
		{"es", "Cayó el Presidente Hosni Mubarak.", "Presidente Hosni Mubarak", "Presidente"},
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

func TestMentionsFindDescriptiveRoles(t *testing.T) {
	tests := []struct {
		lang, body string
		want       []string
	}{
		{"es", "Lo confirmó el líder bielorruso.", []string{"líder bielorruso"}},
		{"es", "Insistió la canciller en que no.", []string{"canciller"}},
		{"es", "El mandatario venezolano calló y la diplomática habló.", []string{"mandatario venezolano", "diplomática"}},
		{"es", "Habló con el presidente de Estados Unidos por teléfono.", []string{"presidente de Estados Unidos"}},
		{"es", "Llamó al secretario general de la ONU.", []string{"secretario general de la ONU"}},
		{"es", "Lo recibió el presidente Donald Trump.", nil},
		{"es", "Los presidentes se reunieron.", nil},
		{"es", "Llegó Rosa Villavicencio, la canciller de Colombia.", nil},
		{"en", "The Belarusian leader said so, and the spokesman agreed.", []string{"Belarusian leader", "spokesman"}},
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
