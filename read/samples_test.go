package read

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cotejo/cotejo"
)

// TestSamplesReadAsAJournalistWould reads the five scraped versions of
// the Maduro–Belarus story and checks what a journalist reads off each:
// headline, byline, outlet, date, what is page furniture and what is the
// article.
func TestSamplesReadAsAJournalistWould(t *testing.T) {
	tests := []struct {
		file      string
		title     string
		authors   []string
		outlet    string
		url       string
		published string
		removed   []string // debris lines that must go
		kept      []string // article text that must stay, as printed in the body
	}{
		{
			file:      "000_14e6f4e596db755e.txt",
			title:     "¿Maduro podría dejar Venezuela? Esto se sabe sobre su posible refugio en Bielorrusia",
			authors:   []string{"Cristian Alanis"},
			published: "2025-12-11T14:08:00",
			removed: []string{
				"LOS LÍDERES DE LA POLÍTICA", "Mundo", "Maduro", "Foto: Cuartoscuro",
				"Cristian  Alanis", "Cristian Alanis", "Publicada: dic 11 a las 14:08, 2025",
				"No solo te informamos, te explicamos la política. Da clic aquí y recibe gratis nuestro boletín diario.",
				"Donald Trump y Nicolás Maduro", "Foto: BRENDAN SMIALOWSKI FEDERICO PARRA",
				"Alexander Lukashenko y Vladimir Putin", "Foto: ALEXEY NIKOLSKY",
				"Comunicado llamada Maduro-Putin Pt.1", "Comunicado llamada Maduro-Putin Pt.2",
				"Foto: Gobierno de Venezuela", "Cargando contenido de twitter",
			},
			kept: []string{
				"Revelan que Maduro habría ofrecido dejar el país si recibe amnistía, mientras Bielorrusia y Rusia se perfilan como aliados clave.",
				"Nicolás Maduro podría estar explorando una salida del poder y un exilio en Bielorrusia, según reveló la agencia Reuters.",
				"\n\nReuters: Maduro habría ofrecido dejar el poder a cambio de amnistía\n\n",
				"\n\nBielorrusia abre la puerta: “Maduro siempre es bienvenido”\n\n",
				"“Sus días están contados”, afirmó el presidente de Estados Unidos.",
				"\n\n¿Salida negociada, exilio en Bielorrusia o resistencia hasta el final?\n\n",
				"la profunda crisis de legitimidad del régimen y su historial de resistencia política.",
			},
		},
		{
			file:      "001_60d487e66da30a1f.txt",
			title:     "Putin habló con Maduro para darle apoyo y Bielorrusia dijo que siempre será bienvenido",
			authors:   []string{"Ariana Cubillos", "Federico Ríos"},
			outlet:    "lanacion.com.ar",
			url:       "https://lanacion.com.ar/el-mundo/putin-hablo-con-maduro-para-darle-apoyo-y-bielorrusia-dijo-que-siempre-sera-bienvenido-nid11122025/",
			published: "2025-12-11",
			removed: []string{
				"Tiempo de lectura: 3 min.", "[Ariana Cubillos](#)", "[Federico Ríos](#)", "11 de diciembre de 2025",
				"[ver PDF](#)", "[Copied to clipboard](#)",
			},
			kept: []string{
				"habían acordado en la primera reunión “coordinar ciertos asuntos” con Maduro. “Acordamos que,",
				"puso a disposición Maduro su “capacidad diplomática para fortalecer la cooperación en estas materias esenciales”.",
				"\n\nOferta de Colombia\n\n", "\n\nApoyo de Putin\n\n",
				"para continuar las negociaciones con Lukashenko sobre la liberación de presos políticos.",
			},
		},
		{
			file:      "002_77029307fa7df961.txt",
			published: "2025-12-11",
			removed:   []string{"date 2025-12-11"},
			kept: []string{
				"El mandatario venezolano le habría planteado esa condición a Donald Trump durante una comunicación telefónica.",
				"\n\nCuáles son los países que podrían brindarle asilo a Maduro\n\n",
				"\n\nTrump aumenta el despliegue militar\n\n",
				"irían detrás de objetivos específicos vinculados al narcotráfico.",
			},
		},
		{
			file:      "003_0dfe5c1120cb3a5b.txt",
			title:     "Vladímir Putin habló con Nicolás Maduro y le brindó su apoyo en medio de la escalada de tensiones con EEUU",
			published: "2025-12-11",
			removed:   []string{"date 2025-12-11", "+ Seguir en"},
			kept: []string{
				"El Kremlin transmitió su aval al gobierno venezolano en plena fricción con Donald Trump",
				"“Acordamos que, tras resolver ciertos asuntos,",
				"quedó reafirmado el \"carácter estratégico, sólido y ascendente\" de sus relaciones.",
			},
		},
		{
			file: "004_383e20ee8a737327.txt",
			removed: []string{
				"Diplomáticos venezolanos se han reunido en varias ocasiones con el presidente de Bielorrusia durante las últimas semanas, luego de que Maduro expresara a Donald Trump en una llamada que dejaría el poder si recibía una amnistía total. (Foto: Caracol Radio / Getty / Cortesía)",
			},
			kept: []string{
				"Nicolás Maduro estaría concretando un asilo para dejar el poder en Venezuela.",
				"\n\nPutin reitera respaldo a Maduro\n\n",
				"\n\nMaduro asegura que libra una batalla por la paz\n\n",
				"señala el comunicado.",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			arts, rejected := File(filepath.Join("..", "examples", "maduro-belarus", tt.file), Options{})
			if len(rejected) > 0 || len(arts) != 1 {
				t.Fatalf("got %d articles, rejected %v", len(arts), rejected)
			}
			a := arts[0]
			if a.Title != tt.title {
				t.Errorf("title = %q, want %q", a.Title, tt.title)
			}
			if !slices.Equal(a.Authors, tt.authors) {
				t.Errorf("authors = %q, want %q", a.Authors, tt.authors)
			}
			if a.Outlet != tt.outlet || a.URL != tt.url {
				t.Errorf("outlet, url = %q, %q; want %q, %q", a.Outlet, a.URL, tt.outlet, tt.url)
			}
			if got := a.Published.String(); got != tt.published {
				t.Errorf("published = %q, want %q", got, tt.published)
			}
			if a.Language != "es" {
				t.Errorf("language = %q, want es", a.Language)
			}
			for _, r := range tt.removed {
				if !slices.Contains(a.Removed, r) {
					t.Errorf("%q not in Removed", r)
				}
				if slices.Contains(strings.Split(a.Body, "\n\n"), r) || (len(r) > 30 && strings.Contains(a.Body, r)) {
					t.Errorf("debris %q left in the body", r)
				}
			}
			body := "\n\n" + a.Body + "\n\n"
			for _, k := range tt.kept {
				if !strings.Contains(body, k) {
					t.Errorf("body lacks %q", k)
				}
			}
			if a.Title != "" && strings.Contains(a.Body, a.Title) {
				t.Errorf("the title is still in the body")
			}
			assertRemovedFromRaw(t, a)
		})
	}
}

// assertRemovedFromRaw checks that every removed line stood in the raw
// text, so Removed is an honest record of what cleaning took out.
func assertRemovedFromRaw(t *testing.T, a *cotejo.Article) {
	t.Helper()
	for _, r := range a.Removed {
		if !strings.Contains(a.Raw, r) {
			t.Errorf("removed %q does not occur in the raw text", r)
		}
	}
}
