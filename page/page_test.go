package page

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/cotejo/cotejo"
)

func readPage(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestExtractFindsArticleAndMetadata(t *testing.T) {
	tests := []struct {
		name      string
		file, url string
		title     string
		authors   []string
		sitename  string
		pageURL   string
		language  string
		published string
		grain     cotejo.Grain
		kept      []string // whole paragraphs that must come out as they are
		dropped   []string // boilerplate that must not appear anywhere in Text
	}{
		{
			name:      "Spanish news page with a time of publication",
			file:      "es-article.html",
			title:     "El Gobierno aprueba la reforma del transporte tras un largo debate",
			authors:   []string{"Lucía Fernández Ortega"},
			sitename:  "Diario del Sur",
			pageURL:   "https://www.diariodelsur.example/politica/2025/03/04/reforma-transporte.html",
			language:  "es",
			published: "2025-03-04T09:45:00",
			grain:     cotejo.Minute,
			kept: []string{
				"El Consejo de Ministros aprobó este martes la reforma de la ley de transporte público, después de tres meses de negociaciones con las comunidades autónomas y los ayuntamientos de las grandes ciudades.",
				"La ministra de Transportes defendió en rueda de prensa que la reforma «pone a las personas en el centro» y aseguró que las primeras medidas entrarán en vigor el próximo mes de junio.",
				"Los sindicatos del sector valoraron positivamente el acuerdo, aunque advirtieron de que vigilarán el cumplimiento de los compromisos de contratación de nuevo personal en las estaciones.",
			},
			dropped: []string{"Aceptar cookies", "Utilizamos cookies", "Portada", "Lee también", "La oposición anuncia un recurso",
				"Lo más leído", "Todos los derechos reservados", "Aviso legal"},
		},
		{
			name:      "English news page dated to the day",
			file:      "en-article.html",
			url:       "https://harbourherald.example/news/bike-lanes",
			title:     "City council votes to expand the bike lane network",
			authors:   []string{"James O'Connor"},
			sitename:  "The Harbour Herald",
			pageURL:   "https://harbourherald.example/news/bike-lanes",
			language:  "en",
			published: "2024-11-18",
			grain:     cotejo.Day,
			kept: []string{
				"The city council voted on Monday night to add forty kilometres of protected bike lanes over the next three years, ending a debate that had divided residents for most of the year.",
				"The first section, along the river, is expected to open next spring, and the council will publish a detailed timetable for the remaining work in the coming weeks.",
			},
			dropped: []string{"Accept all cookies", "Sport", "Read more", "Bus fares to rise", "All rights reserved", "Terms of use"},
		},
		{
			name:      "page without metadata takes the site and the date from the URL hint",
			file:      "no-metadata.html",
			url:       "https://www.noticiaslocales.example/2023/10/07/autobuses-nocturnos",
			title:     "Vecinos reclaman más autobuses nocturnos",
			sitename:  "noticiaslocales.example",
			pageURL:   "https://www.noticiaslocales.example/2023/10/07/autobuses-nocturnos",
			language:  "es",
			published: "2023-10-07",
			grain:     cotejo.Day,
			kept: []string{
				"El ayuntamiento respondió que estudiará la propuesta junto con la empresa concesionaria antes de aprobar los presupuestos del próximo año.",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Extract(readPage(t, tt.file), tt.url)
			if err != nil {
				t.Fatal(err)
			}
			if r.Title != tt.title {
				t.Errorf("Title = %q, want %q", r.Title, tt.title)
			}
			if !slices.Equal(r.Authors, tt.authors) {
				t.Errorf("Authors = %q, want %q", r.Authors, tt.authors)
			}
			if r.Sitename != tt.sitename {
				t.Errorf("Sitename = %q, want %q", r.Sitename, tt.sitename)
			}
			if r.URL != tt.pageURL {
				t.Errorf("URL = %q, want %q", r.URL, tt.pageURL)
			}
			if r.Language != tt.language {
				t.Errorf("Language = %q, want %q", r.Language, tt.language)
			}
			if r.Published.String() != tt.published || r.Published.Grain != tt.grain {
				t.Errorf("Published = %s (%s), want %s (%s)", r.Published, r.Published.Grain, tt.published, tt.grain)
			}
			for _, p := range tt.kept {
				if !slices.Contains(r.Paragraphs, p) {
					t.Errorf("paragraph missing: %q\nparagraphs: %q", p, r.Paragraphs)
				}
			}
			for _, d := range tt.dropped {
				if strings.Contains(r.Text, d) {
					t.Errorf("boilerplate %q kept in text:\n%s", d, r.Text)
				}
			}
			if want := strings.Join(r.Paragraphs, "\n\n"); r.Text != want {
				t.Errorf("Text is not the paragraphs joined by blank lines:\n%q\nwant\n%q", r.Text, want)
			}
		})
	}
}

func TestExtractDecodesDeclaredLegacyEncoding(t *testing.T) {
	body := "<p>La comisi\xf3n de investigaci\xf3n concluy\xf3 ayer sus trabajos despu\xe9s de escuchar a m\xe1s de cuarenta comparecientes durante seis meses de sesiones en el Congreso de los Diputados.</p>"
	page := `<html><head><meta charset="iso-8859-1"><title>Informe</title></head><body><article>` +
		strings.Repeat(body, 3) + `</article></body></html>`
	r, err := Extract([]byte(page), "")
	if err != nil {
		t.Fatal(err)
	}
	if want := "La comisión de investigación concluyó ayer"; !strings.Contains(r.Text, want) {
		t.Errorf("text %q does not contain %q", r.Text, want)
	}
}

func TestPageLanguageTrustsTheTextOverATemplatesDeclaration(t *testing.T) {
	es := strings.Repeat("Nicaragua cerró el año con una deuda externa total de catorce mil millones de dólares, informó este martes el Banco Central. ", 5)
	en := strings.Repeat("The central bank said on Tuesday that the country closed the year with a total foreign debt of fourteen billion dollars. ", 5)
	tests := []struct{ declared, text, want string }{
		{"en", es, "es"},       // a template's lang over a Spanish article
		{"es", es, "es"},       // declared and written alike
		{"en", es[:120], "en"}, // too little text to overrule
		{"nl", en, "nl"},       // a language the detector does not know
		{"", es, "es"},         // nothing declared
		{"pt", "", "pt"},       // no text
	}
	for _, tt := range tests {
		if got := pageLanguage(tt.declared, tt.text); got != tt.want {
			t.Errorf("pageLanguage(%q, %.30q…) = %q, want %q", tt.declared, tt.text, got, tt.want)
		}
	}
}

func TestExtractRejectsPagesOverTheLimit(t *testing.T) {
	if _, err := Extract(make([]byte, MaxInput+1), ""); err != ErrTooLarge {
		t.Errorf("err = %v, want ErrTooLarge", err)
	}
}

func TestParagraphsKeepBlocksAndLineBreaks(t *testing.T) {
	doc, err := parse([]byte(`<div><h2>Título</h2><p>Uno  <b>dos</b>
	tres</p><ul><li>a</li><li>b</li></ul><p>línea<br>otra</p><script>x()</script><table><tr><td>c1</td><td>c2</td></tr></table></div>`))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Título", "Uno dos tres", "a", "b", "línea\notra", "c1 c2"}
	if got := paragraphs(doc); !slices.Equal(got, want) {
		t.Errorf("paragraphs = %q, want %q", got, want)
	}
}

func FuzzExtract(f *testing.F) {
	for _, name := range []string{"es-article.html", "en-article.html", "no-metadata.html"} {
		f.Add(readPage(f, name), "https://example.com/2024/01/02/a")
	}
	f.Add([]byte("<p>\xff\xfe broken <b>utf-8</p>"), "")
	f.Add([]byte(`<html lang="zz-QQ"><meta charset="nonsense"><time datetime="9999-99-99">x</time>`), "::not a url")
	f.Add([]byte{}, "")
	f.Fuzz(func(t *testing.T, data []byte, pageURL string) {
		r, err := Extract(data, pageURL)
		if err != nil {
			return
		}
		fields := append([]string{r.Text, r.Title, r.Sitename, r.URL, r.Language}, r.Paragraphs...)
		for _, s := range append(fields, r.Authors...) {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 out: %q", s)
			}
		}
	})
}

func TestTitleAndSitenameLoseWhatPagesJoinToThem(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{`"La Corte Suprema no imparte justicia sino injusticia" | Todo listo para la movilización de mañana`, `"La Corte Suprema no imparte justicia sino injusticia"`},
		{"Maduro busca refugio en Bielorrusia | El País", "Maduro busca refugio en Bielorrusia"},
		{"EL PAÍS | Maduro busca refugio en Bielorrusia", "Maduro busca refugio en Bielorrusia"},
		{"Sí | No", "Sí | No"},
		{"Maduro busca refugio en Bielorrusia", "Maduro busca refugio en Bielorrusia"},
	} {
		if got := headlinePart(tt.in); got != tt.want {
			t.Errorf("headlinePart(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	for _, tt := range []struct{ in, want string }{
		{"El Mostrador; El Mostrador", "El Mostrador"}, {"La Diaria", "La Diaria"}, {"", ""},
	} {
		if got := firstPart(tt.in); got != tt.want {
			t.Errorf("firstPart(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
