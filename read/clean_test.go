package read

import (
	"slices"
	"strings"
	"testing"

	"github.com/cotejo/cotejo"
)

// prose is a paragraph of article text that every cleaning case wraps its
// debris in, so that the rules see debris in context.
const (
	proseES = "El Gobierno aprobó este jueves la reforma de la ley electoral, que entrará en vigor el próximo año según fuentes oficiales."
	proseEN = "The government approved the electoral reform on Thursday, and officials said it would take effect early next year."
	prosePT = "O governo aprovou nesta quinta-feira a reforma da lei eleitoral, que entrará em vigor no próximo ano, segundo fontes oficiais."
)

func clean(raw string) *cotejo.Article {
	a := &cotejo.Article{Raw: raw}
	Clean(a)
	return a
}

// TestCleanRemovesDebris checks each kind of debris, in each language,
// including kinds the sample set does not contain: the debris line goes
// to Removed as it stood and the prose stays.
func TestCleanRemovesDebris(t *testing.T) {
	tests := []struct {
		name, prose, debris string
	}{
		{"photo credit", proseES, "Foto: EFE/Miguel Gutiérrez"},
		{"photo credit with pipe", proseES, "Fotos | Archivo"},
		{"credit without colon", proseES, "Foto EFE"},
		{"caption with credit in parentheses", proseES, "El ministro, durante la sesión del Congreso. (Foto: Reuters / Cortesía)"},
		{"caption with trailing credit", proseES, "El ministro durante la sesión del Congreso. Foto: Presidencia"},
		{"English photo credit", proseEN, "Photo: Jane Doe/Getty Images"},
		{"Portuguese photo credit", prosePT, "Foto: Reprodução/Redes Sociais"},
		{"agency credit", proseES, "(EFE)"},
		{"agency credit with lead", proseES, "Con información de EFE y AFP"},
		{"agency photographer", proseEN, "REUTERS/Leonardo Fernandez Viloria"},
		{"newsletter prompt", proseES, "Suscríbete a nuestro boletín y recibe las noticias más importantes del día."},
		{"follow prompt", proseES, "Síguenos en Google News"},
		{"English newsletter", proseEN, "Sign up for our newsletter to get the best stories every morning."},
		{"Portuguese newsletter", prosePT, "Receba grátis nossa newsletter com as principais notícias do dia."},
		{"embed placeholder", proseES, "Cargando contenido de Instagram"},
		{"English embed", proseEN, "View this post on Instagram"},
		{"tweet signature", proseEN, "— Jane Doe (@janedoe) December 11, 2025"},
		{"share link", proseES, "[Compartir en Facebook](#)"},
		{"link-only UI", proseEN, "[Print](#) | [Email](#)"},
		{"reading time", proseES, "Lectura de 4 minutos"},
		{"English reading time", proseEN, "5 min read"},
		{"Portuguese reading time", prosePT, "Tempo de leitura: 3 min"},
		{"cookie notice", proseES, "Utilizamos cookies propias y de terceros para mejorar tu experiencia de navegación. Al continuar aceptas su uso."},
		{"English cookie notice", proseEN, "We use cookies to improve your experience. By continuing to browse you accept our cookie policy."},
		{"read also", proseES, "Lee también: Maduro pide apoyo a Rusia ante la presión de Washington"},
		{"style sheet", proseES, ".alogo{display: block;text-indent: -1000px;width: 330px;height: 80px;}"},
		{"script", proseES, "window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);gtag('js', new Date());}"},
		{"may interest you", proseES, "Te puede interesar: Lukashenko recibe al embajador venezolano"},
		{"English read more", proseEN, "Read more: Putin calls Maduro as pressure mounts"},
		{"Portuguese read also", prosePT, "Leia também: Maduro pede apoio à Rússia"},
		{"ad marker", proseES, "Publicidad"},
		{"English ad marker", proseEN, "Advertisement"},
		{"Portuguese ad marker", prosePT, "Publicidade"},
		{"story continues", proseEN, "Story continues below advertisement"},
		{"breadcrumb", proseES, "Inicio > Mundo > América"},
		{"English breadcrumb", proseEN, "Home / World"},
		{"tag list", proseES, "Temas: Venezuela, Nicolás Maduro, Bielorrusia"},
		{"English tags", proseEN, "Tags: Venezuela, Russia, Belarus"},
		{"hashtags", proseES, "#Venezuela #Maduro"},
		{"copyright", proseES, "© 2025 Diario Ejemplo. Todos los derechos reservados."},
		{"copyright without a sign", proseES, "Queda prohibida toda reproducción sin permiso escrito de la empresa a los efectos del artículo 32.1, párrafo segundo, de la Ley de Propiedad Intelectual."},
		{"long legal footer", proseES, "Queda prohibida toda reproducción sin permiso escrito de la empresa a los efectos del artículo 32.1, párrafo segundo, de la Ley de Propiedad Intelectual. Asimismo, a los efectos establecidos en el artículo 33.1 de Ley de Propiedad Intelectual, la empresa hace constar la correspondiente reserva de derechos, por sí y por medio de sus redactores o autores."},
		{"comments notice", proseES, "Hemos bloqueado los comentarios de este contenido."},
		{"comments moderation notice", proseES, "Sólo se mostrarán los mensajes moderados hasta ahora, pero no se podrán redactar nuevos comentarios."},
		{"English comments notice", proseEN, "Comments are closed for this article."},
		{"comments restriction notice", proseES, "Consulta los casos en los que 20minutos.es restringirá la posibilidad de dejar comentarios"},
		{"stray Markdown rule", proseES, "---"},
		{"stray Markdown bold", proseES, "**"},
		{"updated timestamp", proseES, "Actualizado hace 2 horas"},
		{"time alone", proseES, "14:08"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := tt.prose + "\n\n" + tt.debris + "\n\n" + tt.prose
			a := clean(raw)
			if !slices.Contains(a.Removed, tt.debris) {
				t.Errorf("Removed = %q, want it to hold %q", a.Removed, tt.debris)
			}
			if want := tt.prose + "\n\n" + tt.prose; a.Body != want {
				t.Errorf("Body = %q, want %q", a.Body, want)
			}
		})
	}
}

// TestCleanKeepsProseThatLooksLikeDebris checks sentences that share words
// with debris lists but are article text.
func TestCleanKeepsProseThatLooksLikeDebris(t *testing.T) {
	for _, s := range []string{
		"Por otro lado, el Kremlin aseguró que Vladimir Putin respaldó al mandatario venezolano.",
		"Además, Washington ha desplegado miles de militares y una docena de buques en el Caribe.",
		"Reuters señaló que la oficina del mandatario bielorruso no respondió a su solicitud.",
		"Fuentes cercanas al Gobierno dijeron que la decisión se tomará el 21 de noviembre de 2025.",
		"Más información sobre el caso será publicada por la fiscalía en los próximos días.",
		"La empresa dijo que las cookies de su panadería se venden en todo el país desde 2019.",
		"El ministro hizo nuevos comentarios sobre la reforma y criticó los mensajes moderados de la oposición.",
		"Facebook said its community guidelines ban posts that leave readers misinformed.",
		"Copyright law in the European Union changed in 2019, when the parliament passed a directive that made platforms liable for what their users upload, after years of lobbying by publishers and record labels.",
		"Queda prohibida la reproducción asistida en mujeres mayores de 50 años, según el decreto que el Gobierno aprobó este jueves tras meses de debate en el Congreso, donde la oposición pidió más tiempo para estudiar los informes de los comités de bioética y de los colegios médicos de todo el país.",
		"El Congreso aprobó este martes las nuevas normas de participación ciudadana en los presupuestos municipales.",
		"YouTube ha bloqueado los comentarios en millones de vídeos en los que aparecen menores de edad.",
		"The company did not respond to several requests for comments for this article.",
		"Witnesses said the suspect stopped to leave a comment in the guest book before the attack.",
		"Maduro quiere seguir en el poder hasta 2030, según sus allegados.",
		"The senators said they would subscribe to the plan if the budget was cut.",
	} {
		a := clean(proseES + "\n\n" + s + "\n\n" + proseES)
		if want := proseES + "\n\n" + s + "\n\n" + proseES; a.Body != want {
			t.Errorf("Body = %q, want %q (removed %q)", a.Body, want, a.Removed)
		}
	}
}

// TestCleanRejoinsLinesBrokenMidSentence checks that a sentence split over
// lines, even across a blank line, becomes one paragraph again.
func TestCleanRejoinsLinesBrokenMidSentence(t *testing.T) {
	tests := []struct {
		name, raw, body string
	}{
		{"lower-case continuation across a blank line",
			"Belta citó a Lukashenko sobre “coordinar ciertos asuntos”\n\ncon Maduro. “Acordamos que sí”, dijo.",
			"Belta citó a Lukashenko sobre “coordinar ciertos asuntos” con Maduro. “Acordamos que sí”, dijo."},
		{"break inside a quotation",
			"Putin puso a disposición su “capacidad\n\ndiplomática para fortalecer la cooperación”.",
			"Putin puso a disposición su “capacidad diplomática para fortalecer la cooperación”."},
		{"line ending in a comma",
			"Lukashenko dijo que Maduro era bienvenido, según la agencia Belta,\n\n“Acordamos que sí”, dijo Lukashenko.",
			"Lukashenko dijo que Maduro era bienvenido, según la agencia Belta, “Acordamos que sí”, dijo Lukashenko."},
		{"line ending in a preposition",
			"El acuerdo fue firmado por el presidente de\nVenezuela y el líder ruso en Moscú.",
			"El acuerdo fue firmado por el presidente de Venezuela y el líder ruso en Moscú."},
		{"sentences stay paragraphs",
			"La reunión terminó sin acuerdo.\nEl Gobierno convocó otra para el lunes.",
			"La reunión terminó sin acuerdo.\n\nEl Gobierno convocó otra para el lunes."},
		{"joined across removed debris",
			"El presidente anunció que el plan\n\nPublicidad\n\nse aplicará en todo el país desde enero.",
			"El presidente anunció que el plan se aplicará en todo el país desde enero."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if a := clean(tt.raw); a.Body != tt.body {
				t.Errorf("Body = %q, want %q", a.Body, tt.body)
			}
		})
	}
}

// TestCleanKeepsSubheadingsAsParagraphs checks that a subheading between
// paragraphs stays a paragraph of its own, without Markdown.
func TestCleanKeepsSubheadingsAsParagraphs(t *testing.T) {
	raw := proseES + "\n\n#### Oferta de Colombia\n\n" + proseES + "\n\nPutin reitera respaldo a Maduro\n\n" + proseES
	want := proseES + "\n\nOferta de Colombia\n\n" + proseES + "\n\nPutin reitera respaldo a Maduro\n\n" + proseES
	if a := clean(raw); a.Body != want {
		t.Errorf("Body = %q, want %q", a.Body, want)
	}
}

// TestCleanStripsMarkdownAndEntities checks inline Markdown and leftover
// HTML entities and tags inside prose.
func TestCleanStripsMarkdownAndEntities(t *testing.T) {
	tests := []struct{ raw, body string }{
		{"El **Gobierno** aprobó la [reforma](https://example.com/reforma) este jueves en el Congreso.",
			"El Gobierno aprobó la reforma este jueves en el Congreso."},
		{"Tom&nbsp;&amp;&nbsp;Jerry firmaron el acuerdo &quot;histórico&quot; en Madrid ayer.",
			"Tom & Jerry firmaron el acuerdo \"histórico\" en Madrid ayer."},
		{"El ministro habló<br>ante la prensa en Caracas durante la mañana del jueves.",
			"El ministro habló ante la prensa en Caracas durante la mañana del jueves."},
		{"El ministro  habló\u00a0ante la prensa en Caracas durante la mañana del jueves.",
			"El ministro habló ante la prensa en Caracas durante la mañana del jueves."},
		{"![Foto del ministro](https://example.com/a.jpg) El ministro habló ante la prensa en Caracas.",
			"El ministro habló ante la prensa en Caracas."},
	}
	for _, tt := range tests {
		if a := clean(tt.raw); a.Body != tt.body {
			t.Errorf("Clean(%q).Body = %q, want %q", tt.raw, a.Body, tt.body)
		}
	}
}

// TestCleanRemovesCaptions checks that a short line right before a credit
// is a caption, and a name alone there too.
func TestCleanRemovesCaptions(t *testing.T) {
	raw := proseES + "\n\nEl ministro de Defensa, en una imagen de archivo\n\nFoto: AFP\n\n" + proseES +
		"\n\nGustavo Petro\n\nFotografía: Presidencia de Colombia\n\n" + proseES
	a := clean(raw)
	for _, r := range []string{"El ministro de Defensa, en una imagen de archivo", "Foto: AFP", "Gustavo Petro", "Fotografía: Presidencia de Colombia"} {
		if !slices.Contains(a.Removed, r) {
			t.Errorf("%q not removed (Removed %q)", r, a.Removed)
		}
	}
	if want := proseES + "\n\n" + proseES + "\n\n" + proseES; a.Body != want {
		t.Errorf("Body = %q, want %q", a.Body, want)
	}
	if len(a.Authors) != 0 {
		t.Errorf("authors = %q, want none: photographers are not authors", a.Authors)
	}
}

// TestCleanRemovesRepeatedShortLines checks that a short line printed more
// than once is furniture, even when no word list knows it.
func TestCleanRemovesRepeatedShortLines(t *testing.T) {
	raw := proseES + "\n\nContenido relacionado del especial\n\n" + proseES + "\n\nContenido relacionado del especial\n\n" + proseES
	a := clean(raw)
	if strings.Contains(a.Body, "especial") || len(a.Removed) != 2 {
		t.Errorf("Body = %q, Removed = %q", a.Body, a.Removed)
	}
}

// A box of related links after the article prints each link twice (its
// text and its title); a headline of more than twenty words is still a
// link, not a paragraph.
func TestCleanRemovesLinksPrintedTwiceAfterTheProse(t *testing.T) {
	link := `La pelea del capitán del equipo luego de la agresión a un compañero y su reacción con el árbitro del partido: "Yo juego por mi país y eso no es respeto"`
	other := "Otro titular largo de la portada que habla de la transición más caótica de la historia del país y de lo que puede tener de consecuencias"
	raw := proseES + "\n" + proseES + "\n" + link + "\n" + link + "\n" + other + "\n" + other + "\n"
	a := clean(raw)
	if strings.Contains(a.Body, "capitán") || strings.Contains(a.Body, "portada") {
		t.Errorf("Body = %q", a.Body)
	}
	// One long line printed twice: a last paragraph that lost its
	// period, printed twice by the scrape, keeps one copy.
	a = clean(proseES + "\n" + proseES + "\n" + other + "\n" + other + "\n")
	if strings.Count(a.Body, "portada") != 1 {
		t.Errorf("a long last paragraph printed twice should keep one copy: %q", a.Body)
	}
	// Short links the repeated-lines rule took out still show the box.
	short2 := "Los precios del petróleo suben por tercer día consecutivo"
	if a := clean(proseES + "\n" + proseES + "\n" + short2 + "\n" + short2 + "\n" + link + "\n" + link + "\n" + short2 + " hoy\n" + short2 + " hoy\n"); strings.Contains(a.Body, "capitán") {
		t.Errorf("a long link among short twins was kept: %q", a.Body)
	}
	// A label printed twice is no box of links.
	if a := clean(proseES + "\n" + proseES + "\n" + other + "\n" + other + "\nPublicidad\nPublicidad\n"); strings.Count(a.Body, "portada") != 1 {
		t.Errorf("a long last paragraph printed twice beside a label should keep one copy: %q", a.Body)
	}
	// A long paragraph printed three times keeps one copy.
	if a := clean(proseES + "\n" + proseES + "\n" + other + "\n" + other + "\n" + other + "\n"); strings.Count(a.Body, "portada") != 1 {
		t.Errorf("a long last paragraph repeated should keep one copy: %q", a.Body)
	}
	// Short links printed twice show a box, whose one long link goes too.
	short := "Lee la nota relacionada sobre el partido de ayer en la ciudad"
	if a := clean(proseES + "\n" + proseES + "\n" + short + "\n" + short + "\n" + link + "\n" + link + "\n"); strings.Contains(a.Body, "capitán") {
		t.Errorf("a long link in a box of twins was kept: %q", a.Body)
	}
	// The same line once, at the end, without a twin: kept as before
	// when long (a last paragraph that lost its period).
	a = clean(proseES + "\n" + proseES + "\n" + other + "\n")
	if !strings.Contains(a.Body, "portada") {
		t.Errorf("a long last line without a twin was removed: %q", a.Body)
	}
}

// TestCleanCutsGluedFragments checks debris glued to a line of text: a
// metadata date before it, a follow prompt after it, an agency dateline
// before a paragraph and an agency sign-off after it.
func TestCleanCutsGluedFragments(t *testing.T) {
	tests := []struct {
		name, raw, body, removed, published string
	}{
		{"metadata date", "date 2025-12-11 " + proseES, proseES, "date 2025-12-11", "2025-12-11"},
		{"dateline with agency", "Madrid, 11 dic 2025 (EFE).- " + proseES, proseES, "Madrid, 11 dic 2025 (EFE).-", "2025-12-11"},
		{"dateline without year", "Madrid, 11 dic (EFE).- " + proseES, proseES, "Madrid, 11 dic (EFE).-", ""},
		{"English dateline", "WASHINGTON (Reuters) - " + proseEN, proseEN, "WASHINGTON (Reuters) -", ""},
		{"place dateline", "Estados Unidos.- " + proseES, proseES, "Estados Unidos.-", ""},
		{"agency sign-off", proseES + " (EFE)", proseES, "(EFE)", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := clean(tt.raw)
			if a.Body != tt.body || !slices.Contains(a.Removed, tt.removed) || a.Published.String() != tt.published {
				t.Errorf("got Body %q, Removed %q, Published %q; want %q, %q, %q", a.Body, a.Removed, a.Published, tt.body, tt.removed, tt.published)
			}
		})
	}
	a := clean("Maduro recibe apoyo de Putin en plena crisis con Washington + Seguir en\n\n" + proseES)
	if a.Title != "Maduro recibe apoyo de Putin en plena crisis con Washington" || !slices.Contains(a.Removed, "+ Seguir en") {
		t.Errorf("title %q, removed %q", a.Title, a.Removed)
	}
}

// TestCleanIsIdempotentOnItsBody checks that cleaning a cleaned body
// changes nothing: the rules do not eat into prose on a second pass.
func TestCleanIsIdempotentOnItsBody(t *testing.T) {
	raw := "## Un titular de prueba para la noticia\n\nPor María López\n\n" + proseES + "\n\nUn subtítulo\n\n" + proseES
	first := clean(raw)
	second := clean(first.Body)
	if second.Body != first.Body {
		t.Errorf("second pass Body = %q, want %q", second.Body, first.Body)
	}
}

func TestIsCodeLeavesProseWithBraces(t *testing.T) {
	for s, want := range map[string]bool{
		".alogo{display: block;width: 330px;}":                 true,
		"function f(){ a(); b(); }":                            true,
		"El conjunto {a, b} tiene dos elementos.":              false,
		"La cita {sic} dice: «todo sigue igual».":              false,
		"Respondió {entre risas}: no; nunca; jamás, y se fue.": false,
	} {
		if got := isCode(s); got != want {
			t.Errorf("isCode(%q) = %v, want %v", s, got, want)
		}
	}
}
