package read

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/cotejo/cotejo"
)

// feedWant is what one feed item must read as.
type feedWant struct {
	Source, URL, Outlet, Title, Published string
	Authors                               []string
	Raw                                   string
}

func TestFeedArticlesReadsEachFormat(t *testing.T) {
	tests := []struct {
		file string
		want []feedWant
	}{
		{"feed-rss.xml", []feedWant{
			{
				Source: "feed-rss.xml#1", URL: "https://www.diario.example/politica/presupuestos", Outlet: "Diario Ejemplo",
				Title: "El Gobierno aprueba la ley de presupuestos", Published: "2025-12-11T14:08:00",
				Authors: []string{"María López", "Juan Pérez"},
				Raw:     "El Consejo de Ministros aprobó este martes el proyecto & la oposición protestó.\n\n«No lo apoyaremos», dijo el portavoz.\nFin de la cita.\n\nPrimer punto\n\nSegundo punto",
			},
			{
				Source: "feed-rss.xml#2", URL: "https://www.diario.example/sociedad/lluvias", Outlet: "Diario Ejemplo",
				Title: "Solo resumen & entidades", Published: "2025-12-12T09:30:00",
				Authors: []string{"Redacción"},
				Raw:     "Las lluvias causaron \"daños\" en el norte.\n\nSegundo párrafo.",
			},
		}},
		{"feed-atom.xml", []feedWant{
			{
				Source: "feed-atom.xml#1", URL: "https://jornal.example/economia/medidas", Outlet: "Jornal Exemplo",
				Title: "Governo anuncia novas medidas", Published: "2025-11-20T09:30:00",
				Authors: []string{"Ana Souza", "Pedro Lima"},
				Raw:     "Medidas\n\nO governo anunciou novas medidas económicas.\n\nA oposição criticou.",
			},
			{
				Source: "feed-atom.xml#2", URL: "https://jornal.example/politica/nota", Outlet: "Jornal Exemplo",
				Title: "Só atualização", Published: "2025-11-21T08:00:00",
				Raw: "Texto simples.\n\nSegundo parágrafo.",
			},
		}},
		{"feed.json", []feedWant{
			{
				Source: "feed.json#1", URL: "https://www.noticias.example/mundo/cumbre", Outlet: "noticias.example",
				Title: "Cumbre en Bruselas", Published: "2025-12-10T18:45:00", Authors: []string{"Laura Gil"},
				Raw: "Los líderes europeos se reúnen hoy.\n\nLa agenda incluye la guerra.",
			},
			{
				Source: "feed.json#2", URL: "https://www.noticias.example/deportes/final", Outlet: "noticias.example",
				Title: "Final de copa", Published: "2025-12-09T22:00:00",
				Raw: "El equipo local ganó la final.",
			},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			arts, err := feedArticles(tt.file, data)
			if err != nil {
				t.Fatal(err)
			}
			var got []feedWant
			for _, a := range arts {
				if a.Kind != cotejo.KindFeed {
					t.Errorf("%s: Kind = %q, want %q", a.Source, a.Kind, cotejo.KindFeed)
				}
				got = append(got, feedWant{a.Source, a.URL, a.Outlet, a.Title, a.Published.String(), a.Authors, a.Raw})
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got\n%#v\nwant\n%#v", got, tt.want)
			}
		})
	}
}

func TestFeedArticlesKeepsTheOutletsOffset(t *testing.T) {
	// 14:08 at +01:00 is 13:08 UTC: the outlet's wall clock must stay.
	data, err := os.ReadFile(filepath.Join("testdata", "feed-rss.xml"))
	if err != nil {
		t.Fatal(err)
	}
	arts, err := feedArticles("f", data)
	if err != nil {
		t.Fatal(err)
	}
	if _, off := arts[0].Published.Time.Zone(); off != 3600 {
		t.Errorf("offset = %d s, want 3600", off)
	}
}

func TestFeedArticlesRejectsWhatIsNotAFeed(t *testing.T) {
	for _, data := range []string{"", "not a feed", "<html><body>page</body></html>", `<rss version="2.0"><channel><title>t</title></channel></rss>`} {
		if arts, err := feedArticles("x", []byte(data)); err == nil {
			t.Errorf("feedArticles(%q) = %d articles, nil error; want an error", data, len(arts))
		}
	}
}

func TestFeedTextTurnsBlocksIntoParagraphs(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<p>Uno</p><p>Dos</p>", "Uno\n\nDos"},
		{"<div>Uno<br/>dos</div>", "Uno\ndos"},
		{"Texto &amp; más", "Texto & más"},
		{"<p>a\n   b</p>", "a b"},
		{"<h2>Título</h2>Texto suelto <i>con</i> estilo", "Título\n\nTexto suelto con estilo"},
		{"<style>p{}</style><p>Visible</p><script>x()</script>", "Visible"},
		{"línea 1\r\n\r\n\r\nlínea 2", "línea 1\n\nlínea 2"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := feedText(tt.in); got != tt.want {
			t.Errorf("feedText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzFeed(f *testing.F) {
	for _, name := range []string{"feed-rss.xml", "feed-atom.xml", "feed.json"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1","items":[{}]}`))
	f.Add([]byte(`<rss><channel><item><description>&lt;p</description></item></channel></rss>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		arts, err := feedArticles("fuzz", data)
		if err != nil {
			return
		}
		for _, a := range arts {
			if a.Kind != cotejo.KindFeed || !strings.HasPrefix(a.Source, "fuzz#") {
				t.Fatalf("article %+v", a)
			}
		}
	})
}
