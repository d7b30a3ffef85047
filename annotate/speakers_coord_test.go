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
		Body: "El presidente bielorruso, Alexander Lukashenko, mantuvo una reunión con el embajador venezolano en Moscú y reiteró que Maduro “siempre será bienvenido” en su país."}
	WithTagger(a, fixedTagger{"Alexander": "PER", "Lukashenko": "PER", "Moscú": "LOC", "Maduro": "PER"})
	if len(a.Quotes) != 1 {
		t.Fatalf("quotes = %+v, want one", a.Quotes)
	}
	if got := a.Quotes[0].SpeakerName; !strings.Contains(got, "Lukashenko") {
		t.Errorf("speaker = %q, want Lukashenko", got)
	}
}
