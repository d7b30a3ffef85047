package annotate

import (
	"os"
	"strings"
	"testing"

	"github.com/cotejo/cotejo"
)

func TestZZDebug(t *testing.T) {
	data, _ := os.ReadFile("/tmp/zz.txt")
	for _, text := range strings.Split(string(data), "\n===\n") {
		a := &cotejo.Article{Body: text, Language: "es"}
		d, _ := cotejo.ParseDate("2016-04-23")
		a.Published = d
		WithTagger(a, loadTagger(t))
		for _, q := range a.Quotes {
			t.Logf("Q %q -> %q (%s)", clip(q.Text(a.Body)), q.SpeakerName, q.Cue)
		}
		for _, m := range a.Mentions {
			t.Logf("M %s %q %v", m.Type, m.Text, m.Descriptive)
		}
	}
}
