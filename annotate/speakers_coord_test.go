package annotate

import (
	"strings"
	"testing"

	"github.com/cotejo/cotejo"
)

// fixedTagger tags the tokens it is told as names of a type.
type fixedTagger map[string]string

func (f fixedTagger) Tag(tokens []string) []string {
	tags := make([]string, len(tokens))
	for i, t := range tokens {
		tags[i] = "O"
		if typ, ok := f[t]; ok {
			tags[i] = "B-" + typ
			if i > 0 && strings.HasSuffix(tags[i-1], typ) && f[tokens[i-1]] == typ {
				tags[i] = "I-" + typ
			}
		}
	}
	return tags
}

func TestSpeakerOfACoordinatedVerbIsTheSentenceSubject(t *testing.T) {
	a := &cotejo.Article{Language: "es",
		Body: "El presidente brasileño, Luiz Inácio Lula, mantuvo una reunión con el embajador argentino en Brasilia y reiteró que Milei “siempre será escuchado” en su país."}
	WithTagger(a, fixedTagger{"Luiz": "PER", "Inácio": "PER", "Lula": "PER", "Brasilia": "LOC", "Milei": "PER"})
	if len(a.Quotes) != 1 {
		t.Fatalf("quotes = %+v, want one", a.Quotes)
	}
	if got := a.Quotes[0].SpeakerName; !strings.Contains(got, "Lula") {
		t.Errorf("speaker = %q, want Lula", got)
	}
}
