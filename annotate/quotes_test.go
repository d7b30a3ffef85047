package annotate

import (
	"strings"
	"testing"

	"github.com/cotejo/cotejo"
	"github.com/cotejo/cotejo/lang"
)

func TestQuotesFindQuotations(t *testing.T) {
	tests := []struct {
		name, lang, body string
		want             []string
	}{
		{"angle quotes", "es", "«No habrá recortes en sanidad», dijo Sánchez.", []string{"No habrá recortes en sanidad"}},
		{"curly quotes", "es", "Lula afirmó que Milei “no es un enemigo” en Brasilia.", []string{"no es un enemigo"}},
		{"ascii quotes", "es", `El juez señala que "tuvo relaciones con su consentimiento" y más.`, []string{"tuvo relaciones con su consentimiento"}},
		{"nested quotes stay in the outer one", "es", "«Me dijo “vete ya” y me fui», contó Pérez.", []string{"Me dijo “vete ya” y me fui"}},
		{"multi-sentence quote", "es", "«No. Nunca habrá recortes», dijo Sánchez.", []string{"No. Nunca habrá recortes"}},
		{"single-word scare quote dropped", "es", "Lo llamó «traidor» ayer.", nil},
		{"quoted title dropped", "es", `Este "Día de la Revolución" coincide.`, nil},
		{"a named quotation is a name", "es", "«Día de la ira»\n\nLa oposición convocó una jornada bautizada como \"día de la ira\", en Saná.", nil},
		{"so-called", "en", `The so-called "war on drugs" went on. He said "the war is over" today.`, []string{"the war is over"}},
		{"a naming word elsewhere names nothing", "es", "La llamada terminó. Dijo: «No habrá recortes en sanidad».", []string{"No habrá recortes en sanidad"}},
		{"an appeal is no naming", "es", "Petro reiteró su llamado «a la calma y a la unidad de todos».", []string{"a la calma y a la unidad de todos"}},
		{"a straight quote closed by a guillemet", "es", "Informó el portavoz.\n\n\"Ellos lanzaron piedras a los soldados», dijo. «No se utilizó ninguna munición».", []string{"Ellos lanzaron piedras a los soldados", "No se utilizó ninguna munición"}},
		{"a guillemet inside a straight quote that closes later", "es", `Dijo: "Me gritó «vete» y me fui" ayer.`, []string{"Me gritó «vete» y me fui"}},
		{"two-word partial quote kept", "es", "Buscan una “salida negociada” pronto.", []string{"salida negociada"}},
		{"dash quote with aside", "es", "—No habrá recortes —dijo el ministro—. Lo sabemos bien.", []string{"No habrá recortes", "Lo sabemos bien."}},
		{"dash quote without aside", "es", "Sánchez habló.\n\n—Es el punto más débil del Gobierno.", []string{"Es el punto más débil del Gobierno."}},
		{"mid-paragraph dashes are asides, not quotes", "es", "Firmó dos decretos —con apenas 12 días de diferencia— con el ministro.", nil},
		{"paragraph opened and never closed", "es", "Dijo:\n\n«Es un caso que llamó la atención de los medios.\n\nOtra cosa.", []string{"Es un caso que llamó la atención de los medios."}},
		{"quote going on into the next paragraph", "es", "Boric dijo: «Abriremos la mesa de diálogo.\n\n»Y escucharemos a todos», añadió.", []string{"Abriremos la mesa de diálogo.", "Y escucharemos a todos"}},
		{"curly quote going on into the next paragraph", "es", "Dijo: “Abriremos la mesa de diálogo.\n\n“Y escucharemos a todos”, añadió.", []string{"Abriremos la mesa de diálogo.", "Y escucharemos a todos"}},
		{"a quotation running on without reopening marks closes paragraphs later", "es", "Lo explicó:\n\n\"Fue un contacto quien nos alertó.\n\nNo entendemos la finalidad de la campaña\", relató. \"Nada más que decir\", dijo.", []string{"Fue un contacto quien nos alertó.\n\nNo entendemos la finalidad de la campaña", "Nada más que decir"}},
		{"a quotation reopened by » and left open closes with »", "es", "Dijo: «Abriremos la mesa.\n\n»Y escucharemos a todos.\n\nY lo haremos pronto», añadió.", []string{"Abriremos la mesa.", "Y escucharemos a todos.\n\nY lo haremos pronto"}},
		{"an inch mark closes no quotation", "es", "\"Vamos a ganar el partido.\n\nEl partido empieza a las diez.\n\nCompró un televisor de 55\".", []string{"Vamos a ganar el partido."}},
		{"a straight quote after a number closes before a comma", "es", "\"Vamos a ganar el partido.\n\nLo haremos antes de 2026\", dijo Petro.", []string{"Vamos a ganar el partido.\n\nLo haremos antes de 2026"}},
		{"a straight quote closing before a lower-case word", "es", "\"Vamos a ganar el partido.\n\nNo hay más que decir\" y se fue.", []string{"Vamos a ganar el partido.\n\nNo hay más que decir"}},
		{"a closed inner quotation does not stop a continuation", "es", "«Dijo que «nunca» volvería.\n\nY volvió al final», añadió Ana.", []string{"Dijo que «nunca» volvería.\n\nY volvió al final"}},
		{"an English closer after punctuation continues", "en", "\"We will not leave the table.\n\nWe will stay until the end,\" Smith said.", []string{"We will not leave the table.\n\nWe will stay until the end,"}},
		{"a nested quotation left open is not continued", "es", "«Él gritó «no te vayas.\n\nY se fue»», añadió Ana. Luego «otra cosa más» pasó.", []string{"Él gritó «no te vayas.", "otra cosa más"}},
		{"quotations continued one after another", "es", "«Uno dos tres.\n\nCuatro cinco» y «seis siete.\n\nOcho nueve»", []string{"Uno dos tres.\n\nCuatro cinco", "seis siete.\n\nOcho nueve"}},
		{"a curly quotation reopened by ” is not closed by it", "es", "Dijo: “Abriremos la mesa de diálogo.\n\n”Y escucharemos a todos”, añadió.", []string{"Abriremos la mesa de diálogo."}},
		{"a later paragraph that opens its own quotation does not close one left open", "es", "Dijo:\n\n«Es un caso que llamó la atención.\n\nOtra cosa dijo «el fiscal de guardia» ayer.", []string{"Es un caso que llamó la atención.", "el fiscal de guardia"}},
		{"stray ascii quote mid paragraph ignored", "es", `Mide 5" de ancho y "pesa poco`, nil},
		{"english", "en", `"We will not leave," Smith said.`, []string{"We will not leave,"}},
		{"portuguese", "pt", "«Não vamos sair», disse Lula.", []string{"Não vamos sair"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := annotateWith(tt.body, tt.lang)
			var got []string
			for _, q := range a.Quotes {
				got = append(got, q.Text(tt.body))
			}
			if len(got) != len(tt.want) {
				t.Fatalf("quotes = %q, want %q", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("quote %d = %q, want %q", i, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestQuotesAttributeSpeakers(t *testing.T) {
	tests := []struct {
		name, lang, body, speaker, cue string
	}{
		{"verb after", "es", "«No habrá recortes en sanidad», dijo Sánchez.", "Sánchez", "dijo"},
		{"verb after with descriptive speaker", "es", "«No habrá recortes en sanidad», dijo el líder húngaro.", "líder húngaro", "dijo"},
		{"verb after with a complement first", "es", "«No habrá recortes en sanidad», insistió ayer en Bruselas la ministra.", "ministra", "insistió"},
		{"subject and verb before", "es", "Lula afirmó que Milei “no es un enemigo” en Brasil.", "Lula", "afirmó"},
		{"subject with apposition before", "es", "Según AFP, el presidente brasileño, Luiz Inácio Lula, sostuvo que Milei “no es un enemigo” allí.", "Luiz Inácio Lula", "sostuvo"},
		{"según after", "es", "«Sánchez agotará la legislatura», según EFE.", "EFE", "según"},
		{"según before a verb: its object is not the speaker", "es", "El régimen asegura que ha recuperado el «control total», según dijeron a EFE fuentes de la seguridad.", "régimen", "asegura"},
		{"a coordinated verb shares the subject of the verb before", "es", "EFE alertó que el equipo del presidente, Gustavo Petro, prepara algo y sostuvo que «pagarán un alto precio».", "EFE", "sostuvo"},
		{"según, a clitic and a verb: the subject after a complement", "es", "Bogotá escapa del «dominio de un tirano», según lo indicó ayer por la noche Gustavo Petro en un comunicado.", "Gustavo Petro", "según"},
		{"the answer to an interview question is the interviewee's", "es", "Petro dijo: «Habrá paz».\n\n— ¿Lo dice por la guerrilla?\n\n— No, lo digo por todos.", "Petro", "previous sentence"},
		{"a subject-less verb: the person the previous sentence opens with", "es", "«Habrá paz», dijo Petro.\n\nGustavo Petro, un profesor de la plaza, sí va a votar. «Para mí es la revolución», explicó.", "Gustavo Petro", "explicó"},
		{"a description opening the sentence before gives way to the name in apposition", "es", "La vicepresidenta del Gobierno valenciano, Teresa Ribera, ofreció detalles. Entre otras cosas, ha informado de que la lista se hizo «por razones humanitarias» ayer.", "Teresa Ribera", "informado"},
		{"a clitic between the quote and its verb", "es", "«¿De qué revolución hablamos ahora?», se pregunta Gustavo Petro en Bogotá.", "Gustavo Petro", "pregunta"},
		{"vaticinar reports", "es", "Aunque «el nivel de violencia podría disminuir», vaticina Gustavo Petro, investigador.", "Gustavo Petro", "vaticina"},
		{"a periphrasis before the verb", "es", "«Nunca quise monopolizar el poder», ha llegado a decir un sonriente Gustavo Petro.", "Gustavo Petro", "decir"},
		{"a name is no verb: Corea is not corear", "es", "Las constantes amenazas de Corea del Norte de «guerra total» tienen al mundo en vilo.", "", ""},
		{"a place speaks for its government", "es", "Londres estimó que «será un nuevo ejemplo de la brutalidad» del régimen.", "Londres", "estimó"},
		{"a relative pronoun takes up a preposition's object as the subject", "es", "La propuesta fue rechazada por Francia, que considera que «cualquier pausa» sería un error.", "Francia", "considera"},
		{"a place after a preposition does not speak", "es", "Desde Londres afirmaron que «habrá paz» pronto.", "", "afirmaron"},
		{"the subject after a fronted phrase opens the sentence before", "es", "Para responder a estas críticas, Gustavo Petro ha concedido una entrevista a la televisión. «Yo he sufrido una dictadura», ha declarado.", "Gustavo Petro", "declarado"},
		{"no subject inside an infinitive's adjunct after the verb", "es", "Gustavo Petro habló ante el Consejo. «Cualquier golpe llevaría a la guerra», ha advertido tras calificar de ilegal la decisión de apoyar las protestas del general.", "Gustavo Petro", "advertido"},
		{"the person in apposition to the description the sentence before opens with", "es", "Ayer habló Boric. El enviado de Chile en Pekín, Gustavo Petro, ha negado sin embargo una información de la prensa. «No he dejado mi cargo», ha explicado por teléfono.", "Gustavo Petro", "explicado"},
		{"chanting is reporting", "es", "Los manifestantes coreaban lemas como «ni garantía ni inmunidad» en la plaza.", "manifestantes", "coreaban"},
		{"the subject stands before the auxiliary", "es", "Rusia ha pedido una tregua. Luego el mediador ha pedido a los grupos armados que «eviten cualquier provocación» allí.", "mediador", "pedido"},
		{"a verb without a subject in a sentence ending in a colon", "es", "Gustavo Petro dio a conocer los precios con los que, asegura, nadie se quedará fuera:\n\n«El paquete Premium costará poco.»", "Gustavo Petro", "previous sentence"},
		{"an organisation alone before a colon", "es", "EFE: «En 2016, el mundo se volvió un lugar oscuro»", "EFE", ":"},
		{"a headline before a colon attributes nothing", "es", "Chile abre la puerta: «Maduro siempre es bienvenido»", "", ""},
		{"a coordinated verb takes the unnamed subject that opens the sentence", "es", "«Habrá paz», dijo Petro.\n\nLas universitarias llamaron a la comunidad a denunciar y aseguraron que las protestas seguirán «hasta que dejen de acosarnos».", "universitarias", "aseguraron"},
		{"a perfect participle after the quote", "es", "«Deberían ir a las urnas», ha advertido el presidente, en el poder desde hace años.", "presidente", "advertido"},
		{"reafirmar que reports", "es", "Gustavo Petro reafirmó que los militares no pretenden ser una «alternativa a la legalidad» en Colombia.", "Gustavo Petro", "reafirmó"},
		{"interrumpir after the quote", "es", "«Lucharemos con las manos», le interrumpe un compañero también vestido de militar.", "compañero", "interrumpe"},
		{"a gerund ends an unnamed subject", "es", "«Libia libre», corean los reclutas levantando las manos.", "reclutas", "corean"},
		{"según a noun phrase with no name of a speaker", "es", "«La violencia volverá», según el grupo de evaluación de riesgos Soufan.", "grupo de evaluación de riesgos Soufan", "según"},
		{"a relative clause between the subject and its verb", "es", "Gustavo Petro, fundador del movimiento, que se encontraba entre los manifestantes de la plaza, informó que era urgente salir. «Estamos retirándonos de la plaza», añadió.", "Gustavo Petro", "añadió"},
		{"an organisation's members open the sentence before", "es", "Los miembros de EFE han decidido retirar sus observadores de la misión.\n\n«Hemos decidido responder a la decisión», dijo en un comunicado.", "EFE", "dijo"},
		{"an unnamed subject before a colon, the reported names after it", "es", "La publicación asegura que Gustavo Petro se ha reunido con Teresa Ribera:\n\n«Habrá paz en el país muy pronto», señalaron.", "publicación", "señalaron"},
		{"an unnamed subject before a colon, the quote alone", "es", "La publicación asegura que Gustavo Petro se ha reunido con Teresa Ribera:\n\n«Habrá paz en el país muy pronto.»", "publicación", "previous sentence"},
		{"an impersonal verb before a colon names no one", "es", "Se asegura que Gustavo Petro se ha reunido con Teresa Ribera:\n\n«Habrá paz en el país muy pronto.»", "", ""},
		// A review's inputs: what the session's rules must not do.
		{"según at the end names no one", "es", "«Habrá juicio», según", "", ""},
		{"según and an article: the preposition's object", "es", "«Habrá juicio», según la denuncia de EFE.", "EFE", "según"},
		{"según, a participle and its agent", "es", "«Habrá juicio», según lo dicho por Petro.", "Petro", "según"},
		{"añadió goes on with the last speaker", "es", "«Esto acaba hoy», dijo Petro.\n\nMaduro llegó al poder en 2013. «No lo aceptaremos nunca», añadió.", "Petro", "añadió"},
		{"a list opening the sentence before is no one person", "es", "«Esto acaba hoy», dijo Petro.\n\nEl ministro de Defensa, Teresa Ribera y Boric viajaron. «Todo irá bien», explicó.", "Petro", "explicó"},
		{"the subject of es is no subject of the coordinated verb", "es", "El problema de Petro es que nadie le cree y aseguró que «no se irá» nunca.", "", "aseguró"},
		{"an article after a quote is no clitic", "es", "«Esto acaba hoy», dijo Petro. «¿Habrá elecciones este año?», la pregunta que todos se hacen.", "", ""},
		{"a request as a noun reports nothing", "es", "La oposición presentó un pedido de «juicio político» ayer.", "", ""},
		{"an aside between the subject before and its verb", "es", "«Habrá paz», dijo Petro.\n\nPor su parte, EFE, en una nota de ayer, negó que hubiera fallos.\n\nAfirmó que todo se hizo «según las normas vigentes».", "EFE", "afirmó"},
		{"the person a sentence a few back opens with", "es", "«Habrá paz», dijo Petro.\n\nEl publicista Gustavo Petro, de 30 años, experimentó el acoso.\n\nConvive con el virus desde hace tres años.\n\n«Crearon un grupo con una foto mía», relata.", "Gustavo Petro", "relata"},
		{"de acuerdo con before", "es", "De acuerdo con Xinhua, «la cumbre fue productiva».", "Xinhua", "de acuerdo con"},
		{"verb before with subject after", "es", "Advirtió Zelenski: «no cederemos territorio».", "Zelenski", "advirtió"},
		{"colon without verb", "es", "Petro, en su cuenta oficial: «Colombia no aceptará presiones».", "Petro", ":"},
		{"dash aside", "es", "—No habrá recortes —dijo el presidente Gustavo Petro—. Lo sabemos.", "Gustavo Petro", "dijo"},
		{"bare dash aside takes previous subject", "es", "Boric recordó lo acordado.\n\n—Habrá una nueva consulta —dijo—.", "Boric", "dijo"},
		{"standalone quote after a reporting sentence", "es", "En la rueda de prensa, Sheinbaum declaró:\n\n“No habrá intervención extranjera en México.”", "Sheinbaum", "previous sentence"},
		{"standalone quote after a quoted sentence", "es", "«Esto acaba hoy», dijo Petro. «Nadie nos va a detener.»", "Petro", "previous sentence"},
		{"standalone quote after reported speech whose verb drops its subject", "es", "Según Petro, «Milei debe irse». Boric debe admitir que perdió, agregó. «De una vez por todas.»", "Petro", "previous sentence"},
		{"an infinitive introduces no speaker", "es", "Boric debe admitir que perdió. «De una vez por todas.»", "", ""},
		{"portuguese verb after", "pt", "«Não vamos sair», disse Lula.", "Lula", "disse"},
		{"portuguese segundo", "pt", "«A reunião foi produtiva», segundo a Folha.", "Folha", "segundo"},
		{"continued quote keeps its speaker", "es", "Boric dijo: «Abriremos la mesa de diálogo.\n\n»Y escucharemos a todos.»", "Boric", "previous sentence"},
		{"english said after name", "en", `"We will not leave," Smith said.`, "Smith", "said"},
		{"english according to", "en", `"The talks failed," according to Bloomberg.`, "Bloomberg", "according to"},
		{"verb after a complement and a comma", "es", "«Su suplicio pesa sobre el Consejo» de la ONU, concluyó el ministro.", "ministro", "concluyó"},
		{"auxiliary before the verb", "es", "«Vamos a apelar», ha subrayado Pérez.", "Pérez", "subrayado"},
		{"name the tagger missed", "es", "«Vamos a apelar», ha añadido Semonian.", "Semonian", "añadido"},
		{"object is not the speaker", "es", "Sánchez se desmarcó del ministro al recalcar que la reforma «llega tarde».", "Sánchez", "recalcar"},
		{"quote inside narration does not inherit", "es", "«Esto acaba hoy», dijo Petro. Los jueces vieron «signos de actividad extremista» en el grupo.", "", ""},
		{"para opens a view", "es", "Para Boric, la reforma es «un paso atrás».", "Boric", "para"},
		{"para with an apposition first", "es", "Para el mandatario chileno, Gabriel Boric, la reforma es «un paso atrás».", "Gabriel Boric", "para"},
		{"standalone quote after a view", "es", "Para Petro, el acuerdo resultó chocante. «Nadie lo esperaba en Bogotá.»", "Petro", "previous sentence"},
		{"english for opens a view", "en", "For Smith, the deal was “a costly mistake”.", "Smith", "for"},
		{"an English name is no infinitive", "en", "For Peter Miller, the deal was “a costly mistake”.", "Peter Miller", "for"},
		{"para a place is no view", "es", "Para Chile, la reforma es «un paso atrás».", "", ""},
		{"para a purpose is no view", "es", "Para ganar, el equipo necesita «un milagro» ahora.", "", ""},
		{"subject-less verb finds reported speech a few sentences back", "es", "Sheinbaum aseguró que no habrá cambios. La reunión duró tres horas. Hubo tensión en la sala. «No vamos a ceder», afirmó.", "Sheinbaum", "afirmó"},
		{"reported speech too far back is not the speaker", "es", "Sheinbaum aseguró que no habrá cambios. La reunión duró tres horas. Hubo tensión. Llovía. Era tarde. «No vamos a ceder», afirmó.", "", "afirmó"},
		{"a name after a preposition and an article is an object", "es", "«Fue un error», dijo a la AFP un responsable de la Alianza Atlántica.", "responsable de la Alianza Atlántica", "dijo"},
		{"a text as subject", "es", "«Habrá elecciones en marzo», señala el comunicado.", "comunicado", "señala"},
		{"an unnamed subject before the verb", "es", "Petro habló ayer. La televisión estatal denunció que «hubo ataques» en la capital.", "televisión estatal", "denunció"},
		{"a passive verb has no speaker", "es", "Petro habló ayer. El contagio solo se explica por «un fallo humano» en el hospital.", "", "explica"},
		{"a time after the verb is no subject", "es", "«Esto acaba hoy», dijo Petro. «Nadie nos va a detener», añadió el jueves.", "Petro", "añadió"},
		{"a pronominal verb keeps the implicit speaker", "es", "Sheinbaum declaró que no habrá cambios. Se dijo a favor de la reforma, pues «es justa y necesaria».", "Sheinbaum", "dijo"},
		{"a view of the person already known", "es", "Petro criticó el plan. Pero, en su opinión, «nada cambiará» en el país.", "Petro", "en su opinión"},
		{"aseverar reports speech", "es", "«Fue un error», aseveró Sánchez.", "Sánchez", "aseveró"},
		{"adelantar reports speech", "es", "En la entrevista, Petro adelantó que «pronto habrá acuerdo».", "Petro", "adelantó"},
		{"ampliar after a quote reports speech", "es", "Ambos «intercambiaron opiniones», amplió la oficina presidencial rusa.", "oficina presidencial rusa", "amplió"},
		{"a lawyer is no verb of speech", "es", "«Esto acaba hoy», dijo Petro. El abogado de Sánchez busca «un juicio justo» para su cliente.", "", ""},
		{"para a purpose with a person after it is no view", "es", "Para frenar a Petro, el equipo necesita «un milagro» ahora.", "", ""},
		{"para with a person as object is no view", "es", "Para reunirse con Boric, Sánchez viajó a Chile y habló de «un paso atrás» en la región.", "", ""},
		{"a text after a conjunction is still the subject", "es", "«Esto acaba hoy», dijo Petro. Pero el comunicado advierte que «la crisis seguirá» en el país.", "comunicado", "advierte"},
		{"a preposition just before the window governs the phrase", "es", "«Esto acaba hoy», dijo Petro. En declaraciones a la televisión pública estatal denunció que «hubo ataques» ayer.", "Petro", "denunció"},
		{"an infinitive has no subject before it", "es", "Sheinbaum declaró que no habrá cambios. Lamentó que el hecho de asegurar que «todo sigue» haya molestado.", "Sheinbaum", "asegurar"},
		// A live blog's entries (a CL-TLS page).
		{"a coordinated verb skips the object's apposition", "es", "El presidente de Francia, Emmanuel Macron, aplaude la decisión «valiente y necesaria» de su homólogo brasileño, Lula, y pide elecciones «libres y transparentes».", "Emmanuel Macron", "pide"},
		{"a name in apposition to an object is an object", "es", "En su primer comunicado tras la renuncia del presidente, Gustavo Petro, los militares agradecen «a todos los mártires» su sacrificio.", "militares", "agradecen"},
		{"a timestamped entry inherits nothing", "es", "15.50 h: El profesor Gustavo Petro ha dicho a la BBC que el presidente es «como una figura decorativa».\n\n15.38 h: La televisión pública de Chile anuncia que «dentro de poco» se dará a conocer un «comunicado urgente e importante».", "televisión pública de Chile", "anuncia"},
		{"a timestamped entry takes no speaker from the entry before", "es", "17.27 h: El nuevo presidente deberá ser elegido en 60 días.\n\n17.16h: «Lo hemos logrado. Todo el mundo está feliz», ha dicho uno de los miles de manifestantes.", "", "dicho"},
		{"within an entry the speaker carries on", "es", "17.27 h: Gustavo Petro habló ayer. «Todo irá bien», explicó.\n\n17.16h: Nada nuevo.", "Gustavo Petro", "explicó"},
		{"a verb's form after an article is a noun", "es", "Gustavo Petro habló ayer. Hubo un anuncio: «dentro de poco» se dará a conocer un «comunicado urgente e importante».", "", ""},
		{"an auxiliary, an object and a subject in apposition", "es", "«Mubarak no va a abandonar Egipto», ha asegurado a la BBC el ministro de Finanzas, Gustavo Petro.", "Gustavo Petro", "asegurado"},
		{"a second dijo shares the subject of the first", "es", "El presidente egipcio dijo que «no saldrá del país», pero que delegará poderes en el vicepresidente; además dijo que «va a pedir cuentas a aquellos que han cometido delitos».", "presidente egipcio", "dijo"},
		{"según a relay after the speaker's own verb", "es", "La vicepresidenta, Teresa Ribera, califica la caída como un «cambio histórico», según informa la agencia AFP.", "Teresa Ribera", "califica"},
		{"a coordinated verb after an auxiliary shares the dropped subject", "es", "Gustavo Petro habló ayer. Ha subrayado que este nuevo proceso «incorpore a todos» y ha señalado que el país está en una «nueva etapa de esperanza».", "Gustavo Petro", "señalado"},
		{"a name after the noun a preposition governs is an object", "es", "Su máximo responsable, el general sudanés Gustavo Petro, ha anunciado su dimisión.\n\n«No trabajaré ni una sola vez más en el marco de la Liga», ha declarado a la agencia EFE.", "Gustavo Petro", "declarado"},
		{"a name after a noun and an adjective a preposition governs is an object", "es", "«No encuentro las palabras adecuadas», ha dicho Petro en una rueda de prensa.\n\n«Es una pérdida para todos ustedes como profesionales», ha agregado en alusión a la periodista estadounidense Teresa Ribera.", "Petro", "agregado"},
		{"the name in apposition to a long description after the verb", "es", "El Gobierno ha manifestado que «el Ministerio no tiene conocimiento de la presencia de periodistas», ha dicho el ministro de información de Chile, Gustavo Petro.", "Gustavo Petro", "dicho"},
		{"an indefinite subject after the verb is no one named", "es", "EFE recogió el testimonio de un grupo de trabajadores. «Estábamos encerrados como en unas cabinas», afirmó uno de ellos.", "", "afirmó"},
		{"a subordinate clause after the verb holds no subject of it", "es", "Gustavo Petro pasa mucho tiempo hincada, «yo me acostumbré desde los seis años», dice mientras los adornos de sus trenzas se balancean.", "Gustavo Petro", "dice"},
		{"a preposition after the verb is no subordinate clause", "es", "«Habrá acuerdo», dijo tras la reunión el ministro Gustavo Petro.", "Gustavo Petro", "dijo"},
		{"a possessive opens an unnamed subject", "es", "«Esperemos el repunte», explicó nuestro informante, quien tiene la esperanza de que vuelva.", "informante", "explicó"},
		// A review's inputs for the rules above.
		{"the verb's object before its subject is no apposition", "es", "«Vamos a ganar las elecciones», dijo a la prensa Gustavo Petro.", "Gustavo Petro", "dijo"},
		{"a complement of time before the subject", "es", "Boric habló ayer. «Habrá acuerdo pronto», aseguró tras la reunión Petro.", "Petro", "aseguró"},
		{"a fronted phrase before the subject", "es", "Boric habló ayer. En un comunicado Petro aseguró que «habrá acuerdo» pronto.", "Petro", "aseguró"},
		{"a subject after a fronted phrase with a title and a comma", "es", "Boric habló ayer. Tras reunirse con el presidente, Petro aseguró que «habrá acuerdo» pronto.", "Petro", "aseguró"},
		{"hasta as even", "es", "Sánchez habló ayer. Hasta Petro admitió que «hubo errores» en el plan.", "Petro", "admitió"},
		{"a name in apposition to the verb's object is no speaker", "es", "«No habrá recortes en sanidad», dijo la ministra a su homólogo francés, Emmanuel Macron.", "ministra", "dijo"},
		{"a clitic la before the verb", "es", "Sánchez habló ayer. Petro la calificó de «un paso histórico» para el país.", "Petro", "calificó"},
		{"otra vez is no indefinite subject", "es", "«Esto acaba hoy», dijo Petro. «No nos iremos», afirmó otra vez.", "Petro", "afirmó"},
		{"varios días después is no indefinite subject", "es", "«Esto acaba hoy», dijo Petro. «No nos iremos», insistió varios días después.", "Petro", "insistió"},
		{"the object of the first of two coordinated verbs is not their subject", "es", "Gustavo Petro habló ayer. Ha subrayado que Boric «debe dimitir» y ha señalado que el país está en una «nueva etapa de esperanza».", "Gustavo Petro", "señalado"},
		{"a relay after another clause's verb", "es", "Gustavo Petro dijo que no dimitirá, mientras Boric tachó su gestión de «desastrosa e irresponsable», según la agencia EFE.", "EFE", "según"},
		// A second review's inputs.
		{"the name in apposition to a spokesman of someone", "es", "«No hay planes de negociar», dijo el portavoz del presidente ruso, Gustavo Petro.", "Gustavo Petro", "dijo"},
		{"a name after tras is an object", "es", "Boric, que intervino tras Petro en la cumbre, aseguró que «habrá acuerdo» pronto.", "Boric", "aseguró"},
		{"a name after según is an object", "es", "Petro, según Boric, dijo que «no habrá acuerdo» pronto.", "Petro", "dijo"},
		{"a subordinate clause inside the reported one keeps its speaker", "es", "Sánchez aseguró que, aunque la situación es difícil, Chile está «preparado para lo peor», según EFE.", "Sánchez", "aseguró"},
		{"a name after like is an object", "en", "Peter Miller, like John Smith, said that “there will be a deal” soon.", "Peter Miller", "said"},
		{"an indefinite before a noun is an unnamed subject", "es", "«Esto acaba hoy», dijo Petro. «Nos han abandonado», dijo otro vecino.", "", "dijo"},
		{"a conditional clause before the subject", "es", "Sánchez habló ayer. Si no hay acuerdo, Petro convocará una consulta popular. «Será la última opción», explicó.", "Petro", "explicó"},
		{"an article before a noun that is also a verb", "es", "Boric habló ayer. La oposición presentó la denuncia ante la fiscalía: «Hubo fraude en las mesas».", "", ""},
		{"a name after a title governed by del is an object", "es", "En su primer comunicado tras la renuncia del presidente Gustavo Petro, los militares agradecen «a todos los mártires» su sacrificio.", "militares", "agradecen"},
		// A third review's inputs.
		{"the reported clause's subject before a relay", "es", "Petro aseguró que Boric es «un aliado fundamental para la región», según la agencia EFE.", "Petro", "aseguró"},
		{"a relay after a reported clause in English", "en", "John Smith said that Peter Miller was “a threat to democracy,” according to Bloomberg.", "John Smith", "said"},
		{"a name after a title governed by de after a governed title", "es", "Tras reunirse con el asesor del presidente, Gustavo Petro, el canciller aseguró que «habrá acuerdo» pronto.", "canciller", "aseguró"},
		{"a clause opened by since", "en", "Since John Smith took office, he has said that “the economy is strong” many times.", "John Smith", "said"},
		{"una y otra vez is no subject", "es", "«Esto acaba hoy», dijo Petro. «No nos iremos», insistió una y otra vez.", "Petro", "insistió"},
		{"a clitic las after a plain noun", "es", "Los sindicatos las calificaron de «medidas injustas» en un comunicado.", "sindicatos", "calificaron"},
		{"si inside a sentence ends the search for its subject", "es", "«Esto acaba hoy», dijo Petro. No está claro si Boric asistirá a la cumbre. «No nos iremos», insistió.", "Petro", "insistió"},
		{"no speaker rather than a guess", "es", "El día estaba nublado. «Nadie sabe qué pasará mañana en el país.»", "", ""},
		{"a colon after a reported clause introduces its speaker's words, not the clause's names", "es", "Gustavo Petro sorprendió al mencionar que si gana, Juan Pérez no ocupará el puesto:\n\n«Repito, no es verdad que la violencia se disparó».", "Gustavo Petro", "previous sentence"},
		{"a colon after a verb of speech and its subject", "es", "Sin embargo, quien quiso hablar fue Juan Pérez, que brevemente explicó la situación:\n\n«Es una persona que siempre ha velado por los suyos».", "Juan Pérez", "previous sentence"},
		{"an aside with a verb of speech before the subject of a colon", "es", "Ante quienes dicen que no hay diálogo, Gustavo Petro fue muy claro:\n\n«No nos iremos de la mesa nunca».", "Gustavo Petro", "previous sentence"},
		{"a name coordinated with an indefinite is the speaker", "es", "Gustavo Petro y otros afirmaron que «la paz es posible» en Bogotá.", "Gustavo Petro", "afirmaron"},
		{"celebró after a quote reports", "es", "«Es un día histórico para el país», celebró Gustavo Petro.", "Gustavo Petro", "celebró"},
		{"celebró que reports", "es", "Gustavo Petro celebró que «la paz es posible» en Bogotá.", "Gustavo Petro", "celebró"},
		{"celebrar una reunión is no speech", "es", "Gustavo Petro celebró una «reunión de alto nivel» en Bogotá.", "", ""},
		{"a clause joined by y with an indefinite subject names no one", "es", "Gustavo Petro habló en la plaza y otros defendieron que «la revolución sigue» en la calle.", "", "defendieron"},
		{"a colon after an unsaid subject's reported clause names no one", "es", "Sorprendió a todos al mencionar que si gana, Juan Pérez no ocupará el puesto:\n\n«Repito, no es verdad que la violencia se disparó».", "", ""},
		{"an organisation right before the verb is its subject, not a person before it", "es", "Gustavo Petro creó un comité para investigar pero EFE solicita que «se aclaren los hechos cuanto antes».", "EFE", "solicita"},
		{"contó a X que reports", "es", "Gustavo Petro contó a EFE que «la paz es posible» en Bogotá.", "Gustavo Petro", "contó"},
		{"a comma before the clause opens no aside", "es", "Tras la cumbre, afirmó que, pese a todo, Juan Pérez no ocupará el puesto:\n\n«No nos iremos de la mesa nunca».", "", ""},
		{"the aside's main clause reports its own clause", "es", "Ante quienes dicen que no hay diálogo, la oposición aseguró que Juan Pérez no ocupará el puesto:\n\n«No nos iremos de la mesa nunca».", "", ""},
		{"a name after a verb is that verb's subject, not coordinated with an indefinite", "es", "Primero habló Gustavo Petro y otros insistieron en que «la paz es posible» en Bogotá.", "", "insistieron"},
		{"a title before a name coordinated with an indefinite", "es", "El presidente Gustavo Petro y otros afirmaron que «la paz es posible» en la plaza.", "Gustavo Petro", "afirmaron"},
		{"reafirmar with an object is no speech", "es", "Gustavo Petro reafirmó su «compromiso con la paz» en Bogotá.", "", ""},
		{"contar con is no speech", "es", "Gustavo Petro contaba con «el respaldo de todos los partidos» en la votación.", "", ""},
		{"remató reports", "es", "«Mejor en español, sí», remató Gustavo Petro.", "Gustavo Petro", "remató"},
		{"bromeó reports", "es", "«No pienso jubilarme», bromeó Gustavo Petro.", "Gustavo Petro", "bromeó"},
		{"an indefinite subject names no one, and no name before it speaks", "es", "Juraron respetar la Constitución de México. Mientras, otros defendieron que «la revolución sigue» en la calle.", "", "defendieron"},
		{"a participle that is an adjective does not report", "es", "Los empresarios hicieron campaña por un voto razonado y no por «populismos que dañan al país» en la urna.", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := annotateWith(tt.body, tt.lang)
			if len(a.Quotes) == 0 {
				t.Fatalf("no quote found in %q", tt.body)
			}
			q := a.Quotes[len(a.Quotes)-1]
			got := ""
			if q.Speaker != nil {
				got = q.Speaker.Text(tt.body)
				if got != q.SpeakerName {
					t.Errorf("speaker span %q differs from SpeakerName %q", got, q.SpeakerName)
				}
			}
			if got != tt.speaker || q.Cue != tt.cue {
				t.Errorf("speaker %q cue %q, want %q cue %q", got, q.Cue, tt.speaker, tt.cue)
			}
		})
	}
}

func TestInterviewQuestionsHaveNoSpeaker(t *testing.T) {
	body := "Petro dijo: «Habrá paz».\n\n— ¿Lo dice por la guerrilla?\n\n— No, lo digo por todos.\n\n— ¿Y después? —preguntó Boric."
	a := annotateWith(body, "es")
	var got []string
	for _, q := range a.Quotes {
		got = append(got, q.Text(body)+"|"+q.SpeakerName+"|"+q.Cue)
	}
	want := []string{
		"Habrá paz|Petro|dijo",
		"¿Lo dice por la guerrilla?||interview question",
		"No, lo digo por todos.|Petro|previous sentence",
		"¿Y después?|Boric|preguntó", // a question whose aside names who asks
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("quotes:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestAnAdverbialOpeningTheSentenceIsNoSubject(t *testing.T) {
	a := annotateWith("Una vez más, los estudiantes marcharon y exigieron que «se vayan todos» ya.", "es")
	if len(a.Quotes) != 1 || a.Quotes[0].SpeakerName == "vez" {
		t.Errorf("quotes %+v: want one, not said by \"vez\"", a.Quotes)
	}
}

func TestACapitalisedWordMustBeAVerbAsWritten(t *testing.T) {
	q := quoter{l: lang.Get("es")}
	for w, want := range map[string]bool{"Pública": false, "publica": true, "Afirmó": true, "afirmo": true} {
		if got := q.isSpeechVerb(w); got != want {
			t.Errorf("isSpeechVerb(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestAQuestionASentenceIntroducesIsNoInterviewers(t *testing.T) {
	body := "Petro preguntó a los asistentes:\n\n—¿Quién va a pagar todo esto?\n\n—Nosotros —respondieron."
	a := annotateWith(body, "es")
	if len(a.Quotes) == 0 || a.Quotes[0].SpeakerName != "Petro" {
		t.Errorf("quotes %+v: want the question to be Petro's", a.Quotes)
	}
}

func TestQuotesKnowTheirSentence(t *testing.T) {
	body := "Primera frase. Lula afirmó que Milei “no es un enemigo” allí."
	a := annotateWith(body, "es")
	if len(a.Quotes) != 1 || a.Quotes[0].Sentence != 1 {
		t.Fatalf("quotes = %+v, want one in sentence 1", a.Quotes)
	}
}

func FuzzQuotes(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, "es")
		f.Add(s, "en")
	}
	f.Fuzz(func(t *testing.T, body, code string) {
		if len(body) > 1<<16 {
			return
		}
		a := annotateWith(body, code)
		spans := make([]cotejo.Span, len(a.Quotes))
		for i, q := range a.Quotes {
			spans[i] = q.Span
			if q.Sentence < 0 || q.Sentence >= max(len(a.Sentences), 1) {
				t.Fatalf("quote %d: sentence %d out of range", i, q.Sentence)
			}
			if q.Speaker != nil && (q.Speaker.Start < 0 || q.Speaker.End > len(body) || q.Speaker.Start > q.Speaker.End) {
				t.Fatalf("quote %d: speaker span %v out of range", i, *q.Speaker)
			}
		}
		checkSpans(t, "quote", body, spans)
	})
}

// A headline's quotations are kept apart, and only those the body does
// not print.
func TestTitleQuotesAreTheHeadlinesOwn(t *testing.T) {
	tests := []struct {
		title, body string
		want        []string
	}{
		{"El contagio solo se explica por «un fallo humano»", "Los protocolos del ébola están bien establecidos, dijo el ministro.", []string{"un fallo humano"}},
		{`Vargas Llosa "me da vergüenza", suelta la escritora`, `"Me da vergüenza", dijo Gutiérrez en esta ciudad.`, nil},
		{"Sánchez: «No habrá recortes en sanidad»", "«No habrá recortes en sanidad ni en educación», dijo Sánchez.", nil},
		{"El «traidor» vuelve a casa", "Llegó ayer.", nil},
		{"", "«No habrá recortes», dijo Sánchez.", nil},
	}
	for _, tt := range tests {
		a := &cotejo.Article{Title: tt.title, Body: tt.body, Language: "es"}
		WithTagger(a, testNames)
		var got []string
		for _, sp := range a.TitleQuotes {
			got = append(got, sp.Text(a.Title))
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("title %q: quotes %q, want %q", tt.title, got, tt.want)
		}
	}
}
