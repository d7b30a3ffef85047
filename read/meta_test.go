package read

import (
	"slices"
	"testing"

	"github.com/cotejo/cotejo"
)

// TestCleanReadsPublicationDates checks each printed form of a
// publication date and the grain it is known to.
func TestCleanReadsPublicationDates(t *testing.T) {
	tests := []struct {
		name, line, prose, want string
	}{
		{"cue, abbreviated month, time", "Publicada: dic 11 a las 14:08, 2025", proseES, "2025-12-11T14:08:00"},
		{"long Spanish date alone", "11 de diciembre de 2025", proseES, "2025-12-11"},
		{"weekday, date and time", "jueves, 11 de diciembre de 2025, 14:08", proseES, "2025-12-11T14:08:00"},
		{"numeric day-month-year in Spanish", "Publicado el 11/12/2025", proseES, "2025-12-11"},
		{"ISO with cue", "Fecha: 2025-12-11", proseES, "2025-12-11"},
		{"leading metadata date", "date 2025-12-11", proseES, "2025-12-11"},
		{"ISO date and time", "Published 2025-12-11T14:08", proseEN, "2025-12-11T14:08:00"},
		{"English date", "Published December 11, 2025 at 2:08 pm", proseEN, "2025-12-11T14:08:00"},
		{"English numeric month-day", "Updated 12/11/2025", proseEN, "2025-12-11"},
		{"Portuguese date", "Publicado em 11 de dezembro de 2025", prosePT, "2025-12-11"},
		{"month and year", "diciembre de 2025", proseES, "2025-12"},
		{"English date on a Spanish page", "December 11, 2025", proseES, "2025-12-11"},
		{"no year, no date", "11 de diciembre", proseES, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := clean(tt.line + "\n\n" + tt.prose)
			if got := a.Published.String(); got != tt.want {
				t.Errorf("Published = %q, want %q (removed %q)", got, tt.want, a.Removed)
			}
			if a.Body != tt.prose {
				t.Errorf("Body = %q, want the prose alone", a.Body)
			}
		})
	}
}

// TestCleanPrefersThePublicationCue checks that a "Publicado" line wins
// over an update time and a date printed alone.
func TestCleanPrefersThePublicationCue(t *testing.T) {
	a := clean("Actualizado: 12 de diciembre de 2025\n\n10 de diciembre de 2025\n\nPublicado: 11 de diciembre de 2025 - 09:30\n\n" + proseES)
	if got := a.Published.String(); got != "2025-12-11T09:30:00" {
		t.Errorf("Published = %q", got)
	}
}

// TestCleanFindsTheTitle checks that the headline is the short line at
// the top without a final period, and that a text opening with prose has
// none.
func TestCleanFindsTheTitle(t *testing.T) {
	const lead = "El presidente Barack Obama dijo que Trípoli escapa del dominio de un tirano y que el régimen se derrumba."
	tests := []struct {
		name, raw, title string
	}{
		{"Markdown heading", "# Maduro busca refugio en Bielorrusia\n\n" + proseES, "Maduro busca refugio en Bielorrusia"},
		{"after masthead and section", "EL DIARIO\n\nMundo\n\nMaduro busca refugio en Bielorrusia\n\n" + proseES, "Maduro busca refugio en Bielorrusia"},
		{"question headline", "¿Dejará Maduro Venezuela?\n\n" + proseES, "¿Dejará Maduro Venezuela?"},
		{"all-caps headline", "MADURO BUSCA REFUGIO EN BIELORRUSIA TRAS LA LLAMADA CON TRUMP\n\n" + proseES, "MADURO BUSCA REFUGIO EN BIELORRUSIA TRAS LA LLAMADA CON TRUMP"},
		{"headline then dek without period", "Maduro busca refugio en Bielorrusia\nEl Kremlin y Minsk ofrecen apoyo al mandatario en plena crisis\n" + proseES, "Maduro busca refugio en Bielorrusia"},
		{"prose first: no title", proseES + "\n\nUn subtítulo de la nota\n\n" + proseES, ""},
		{"first sentence is not a title", "El mandatario venezolano le habría planteado esa condición a Trump.\n\n" + proseES, ""},
		{"English headline", "Putin calls Maduro as pressure mounts\n\n" + proseEN, "Putin calls Maduro as pressure mounts"},
		{"the headline right above the byline, below a trending link", "Eta vuelve a ser huracán\nEgipto impone un toque de queda tras las protestas\nPor María López\n\n" + proseES, "Egipto impone un toque de queda tras las protestas"},
		{"an outlet's byline marks the headline too", "Eta vuelve a ser huracán\nEgipto impone un toque de queda tras las protestas\nPor CNN en Español\n\n" + proseES, "Egipto impone un toque de queda tras las protestas"},
		{"a byline right under the first headline", "Maduro busca refugio en Bielorrusia\nPor María López\n\n" + proseES, "Maduro busca refugio en Bielorrusia"},
		{"the headline printed again further down", "Obama: «Trípoli escapa del dominio de un tirano»\n" + lead + "\nMás noticias\nObama: «Trípoli escapa del dominio de un tirano»\n" + proseES, "Obama: «Trípoli escapa del dominio de un tirano»"},
		{"a dek under a repeated headline is no headline", "Obama celebra la caída de Trípoli\nEl presidente de Estados Unidos afirma que el régimen de Muamar Gadafi se derrumba\nEl presidente de Estados Unidos, Barack Obama, afirmó este lunes que el régimen de Muamar Gadafi se derrumba tras la caída de Trípoli.\n" + proseES + "\nMás noticias\nObama celebra la caída de Trípoli\n" + proseES, "Obama celebra la caída de Trípoli"},
		{"a company's name in a headline is no imprint", "Elon Musk compra Twitter Inc\n\n" + proseES, "Elon Musk compra Twitter Inc"},
		{"a repeated section label above the headline is no headline", "Guerra entre Rusia y Ucrania\nZelenski pide más defensas aéreas tras el ataque\nZelenski reclamó este jueves más defensas aéreas a sus aliados tras el ataque de Rusia contra Kiev.\n" + proseES + "\nGuerra entre Rusia y Ucrania\n" + proseES, "Zelenski pide más defensas aéreas tras el ataque"},
		{"a sidebar link printed twice is no headline", "Se reunió el Buró Político del Partido\n" + lead + "\nSe reunió el Buró Político del Partido\n" + proseES, ""},
		{"a repeated label above the headline stays out", "Lo más leído\nMaduro busca refugio en Bielorrusia\n" + proseES + "\nLo más leído\n" + proseES, "Maduro busca refugio en Bielorrusia"},
		{"a byline after the prose says nothing of the headline", "Eta vuelve a ser huracán\n\nMaduro busca refugio en Bielorrusia\n\n" + proseES + "\n\nPor María López", "Eta vuelve a ser huracán"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if a := clean(tt.raw); a.Title != tt.title {
				t.Errorf("Title = %q, want %q (body %q)", a.Title, tt.title, a.Body)
			}
		})
	}
}

// TestCleanReadsBylines checks bylines with and without cue, several
// names, deduplication, and that credits do not make authors.
func TestCleanReadsBylines(t *testing.T) {
	tests := []struct {
		name, raw string
		authors   []string
	}{
		{"cue", "Un titular de prueba para la nota\n\nPor María López\n\n" + proseES, []string{"María López"}},
		{"cue with two names", "Un titular de prueba para la nota\n\nPor María López y Juan de la Torre\n\n" + proseES, []string{"María López", "Juan de la Torre"}},
		{"English cue and agency", "A test headline for the story\n\nBy Jane Doe | Reuters\n\n" + proseEN, []string{"Jane Doe", "Reuters"}},
		{"name alone, printed twice", "Un titular de prueba para la nota\n\nCristian  Alanis\n\nCristian Alanis\n\n" + proseES, []string{"Cristian Alanis"}},
		{"link names", "Un titular de prueba para la nota\n\n[Ana Pérez](/autor/ana)\n\n" + proseES, []string{"Ana Pérez"}},
		{"photographer is no author", "Un titular de prueba para la nota\n\nFoto: Juan Pérez\n\n" + proseES, nil},
		{"name before a credit is a caption", "Un titular de prueba para la nota\n\nNicolás Maduro\n\nFoto: AFP\n\n" + proseES, nil},
		{"a sentence opening with Por is no byline", "Por otro lado el Gobierno guardó silencio\n\n" + proseES, nil},
		{"a company line is no name", "Un titular de prueba para la nota\n\nA Warner Media Company.\n\n" + proseES, nil},
		{"a section label is no name", "Un titular de prueba para la nota\n\nMás de Mundo\n\n" + proseES, nil},
		{"a given name that is also a function word", "A test headline for the story\n\nWill Smith\n\n" + proseEN, []string{"Will Smith"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if a := clean(tt.raw); !slices.Equal(a.Authors, tt.authors) {
				t.Errorf("Authors = %q, want %q (removed %q)", a.Authors, tt.authors, a.Removed)
			}
		})
	}
}

// TestCleanDropsTheOutletFromTheAuthors checks that a page's byline
// naming its own site is no author.
func TestCleanDropsTheOutletFromTheAuthors(t *testing.T) {
	a := &cotejo.Article{Raw: proseES, Kind: cotejo.KindHTML, Outlet: "Cooperativa.cl", Authors: []string{"Cooperativa cl", "Ana Pérez"}}
	Clean(a)
	if !slices.Equal(a.Authors, []string{"Ana Pérez"}) {
		t.Errorf("Authors = %q, want only Ana Pérez", a.Authors)
	}
}

// TestCleanReadsTheOutlet checks the outlet from an address in the text,
// from a copyright line, and that nothing is made up otherwise.
func TestCleanReadsTheOutlet(t *testing.T) {
	tests := []struct {
		name, raw, outlet, url string
	}{
		{"trailing address", proseES + "\n\nlanacion.com.ar/el-mundo/una-nota-nid11122025/", "lanacion.com.ar", "https://lanacion.com.ar/el-mundo/una-nota-nid11122025/"},
		{"address with www", "https://www.elpais.com/internacional/2025-12-11/nota.html\n\n" + proseES, "elpais.com", "https://www.elpais.com/internacional/2025-12-11/nota.html"},
		{"copyright line", proseES + "\n\n© 2025 El País. Todos los derechos reservados.", "El País", ""},
		{"copyright with a site's address and the publisher's street", proseES + "\n\n© ELMUNDO.es Avenida de San Luis 25 - 28033 MADRID", "ELMUNDO.es", ""},
		{"a publisher's imprint under the article", proseES + "\n\n20 MINUTOS EDITORA, S.L.", "20 MINUTOS EDITORA", ""},
		{"an imprint the tail removed still names the outlet", proseEN + "\n\nNews Group Newspapers Limited\n\nRegistered in England No. 679215.", "News Group Newspapers", ""},
		{"a company in a list inside the prose is no imprint", proseES + "\n\nBanco Santander S.A.\n\n" + proseES, "", ""},
		{"a company before a paragraph broken into short lines is no imprint", proseES + "\n\nBanco Santander S.A.\n\nEl Gobierno aprobó la reforma de la ley\nelectoral, que entrará en vigor según\nfuentes oficiales.", "", ""},
		{"nothing", proseES, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if a := clean(tt.raw); a.Outlet != tt.outlet || a.URL != tt.url {
				t.Errorf("Outlet, URL = %q, %q; want %q, %q", a.Outlet, a.URL, tt.outlet, tt.url)
			}
		})
	}
}

// TestImprintName checks which lines read as a publisher's imprint.
func TestImprintName(t *testing.T) {
	tests := []struct{ line, want string }{
		{"20 MINUTOS EDITORA, S.L.", "20 MINUTOS EDITORA"},
		{"Editorial La Capital S.A.", "Editorial La Capital"},
		{"Grupo Clarín S.A. de C.V.", "Grupo Clarín"},
		{"The New York Times Company Inc.", "The New York Times Company"},
		{"Procter & Gamble Ltd", "Procter & Gamble"},
		{"Lo anunció Grupo Clarín S.A.", ""},                   // a sentence
		{"S.A.", ""},                                           // a form alone
		{"CASA", ""},                                           // no form: "SA" must stand apart
		{"Una empresa de medios con sede en Madrid, S.L.", ""}, // lower-case words
	}
	for _, tt := range tests {
		if got := imprintName(tt.line); got != tt.want {
			t.Errorf("imprintName(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}

// TestCleanKeepsMetadataAlreadySet checks that cleaning only fills what
// is empty.
func TestCleanKeepsMetadataAlreadySet(t *testing.T) {
	a := clean("")
	a.Raw = "Un titular de prueba para la nota\n\nPor María López\n\nPublicado: 11 de diciembre de 2025\n\n" + proseES
	a.Title, a.Authors, a.Outlet, a.Language = "Otro titular", []string{"Ana"}, "ejemplo.com", "pt"
	Clean(a)
	if a.Title != "Otro titular" || !slices.Equal(a.Authors, []string{"Ana"}) || a.Outlet != "ejemplo.com" || a.Language != "pt" {
		t.Errorf("metadata overwritten: %q %q %q %q", a.Title, a.Authors, a.Outlet, a.Language)
	}
	if a.Published.String() != "2025-12-11" {
		t.Errorf("Published = %q, want it filled", a.Published)
	}
}

// TestCleanDetectsTheLanguage checks Spanish, English and Portuguese.
func TestCleanDetectsTheLanguage(t *testing.T) {
	for want, prose := range map[string]string{"es": proseES, "en": proseEN, "pt": prosePT} {
		if a := clean(prose); a.Language != want {
			t.Errorf("Language of %q = %q, want %q", prose, a.Language, want)
		}
	}
}
