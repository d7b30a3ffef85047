package lang

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Reporting verbs, in the forms news writing uses to attribute direct
// speech: third person present, preterite, imperfect and perfect
// participle. Regular verbs are listed by infinitive and conjugated by
// speechForms; irregular forms are listed as they are, and so are the
// finite forms of verbs whose participle is also a common noun or
// adjective ("abogado", "mencionado", "alegado", "razonado").
var (
	speechRegular = map[string]string{
		"es": `afirmar declarar señalar asegurar agregar añadir insistir subrayar
			expresar explicar indicar comentar precisar apuntar destacar enfatizar denunciar
			reiterar admitir anunciar responder preguntar tuitear publicar plantear alertar
			acotar puntualizar resaltar relatar criticar lamentar exclamar aclarar confirmar
			informar detallar argumentar cuestionar replicar manifestar sentenciar remarcar
			asumir considerar opinar agradecer prometer asentir zanjar ironizar escribir
			completar narrar revelar sugerir garantizar estimar calificar recalcar
			aseverar proclamar matizar apostillar espetar reprochar vaticinar pronosticar
			remachar corear exigir bromear reflexionar recriminar instar insinuar reafirmar`,
		"pt": `afirmar declarar explicar acrescentar ressaltar destacar garantir assegurar lembrar
			comentar salientar sublinhar insistir alertar avisar questionar perguntar responder
			anunciar confirmar informar admitir reconhecer publicar escrever defender criticar
			lamentar concluir enfatizar reiterar argumentar revelar contar relatar`,
	}
	speechIrregular = map[string]string{
		"es": `decir dijo dijeron dice dicen decía decían dicho sostener sostuvo sostuvieron sostiene sostienen
			sostenía sostenido advierte advierten recordó recordaron recuerda recuerdan recordaba
			recordado reconoció reconocieron reconoce reconocen reconocido contó contaron
			concluyó concluye concluyen manifestó expresó insistió confesó confiesa
			confiesan tuiteó escribe escriben sugirió sugiere defiende defienden
			advertía advirtió advirtieron advertido añadía agregaba explicaba
			interrumpe interrumpen interrumpió interrumpieron
			abogó abogaron aboga abogan abogaba mencionar mencionó mencionaron menciona mencionan
			mencionaba alegó alegaron
			adelantó adelantaron amplió ampliaron pedir pide piden pidió pidieron pedía pedían
			negó negaron niega niegan negaba negaban
			defendió defendieron defendía desmintió desmintieron desmiente desmienten
			expuso expusieron propuso propusieron acusó acusaron acusa acusan acusaba
			valoró valoraron valora valoran valoraba reclamó reclamaron reclama reclaman reclamaba
			celebró celebraron celebraba contaba contaban anotó anotaron
			solicitó solicitaron solicita solicitan solicitaba demandó demandaron demandaba
			rogó rogaron ruega ruegan
			clamó clamaron clama claman
			anticipó anticiparon razonó razonaron razona razonaba resumió resume remató
			remata contestó contestaron contesta avisó avisaron augura auguró sintetizó aventuró`,
		"en": `said says told tells added adds stated states noted notes warned warns insisted
			insists explained explains asked asks wrote writes tweeted tweets declared declares
			claimed claims argued argues recalled recalls stressed stresses emphasised
			emphasized replied replies answered answers announced announces confirmed confirms
			admitted admits acknowledged acknowledges continued concluded remarked commented
			observed posted responded reported revealed suggested urged cautioned testified
			conceded maintained promised vowed`,
		"pt": `disse disseram diz dizem dizia diziam dito advertiu advertiram lembrou lembraram
			sustentou sustenta sustentaram manteve mantém`,
	}
	// Verbs of speech whose other senses take an object, and so report
	// what follows them only with a "que" (see ReportsAt): "celebró que
	// «…»", not "celebró una «reunión»", "contaba con «el respaldo»",
	// "anotó el «gol del siglo»", "clama por una transición". After a
	// quote they report as any other ("«…», celebró Petro").
	objectVerbs = map[string]map[string]bool{
		"es": set(`celebró celebraron celebraba contó contaron contaba contaban anotó anotaron
			clamó clamaron clama claman reafirmó reafirmaron reafirma reafirman reafirmaba
			reafirmado interrumpe interrumpen interrumpió interrumpieron`),
		"pt": set(`contou contaram contava`),
	}
	// Auxiliaries that may stand between a quote and its reporting verb
	// ("», ha añadido Semonian"), and words that end a verb's subject
	// ("afirmó que…").
	speechAuxiliaries = map[string]map[string]bool{
		"es": set(`ha han había habían habría habrían`),
		"en": set(`has have had`),
		"pt": set(`tem têm tinha havia`),
	}
	// Verbs that, with "a" or "de", take the reporting verb as an
	// infinitive: "», ha llegado a decir Saleh", "volvió a insistir".
	speechPeriphrases = map[string]map[string]bool{
		"es": set(`llegado llegó llegaba vuelto volvió volvía acaba acabó acababa`),
		"pt": set(`chegou chegado voltou voltado acabou acabado`),
	}
	complementizers = map[string]map[string]bool{
		"es": set(`que si`),
		"en": set(`that if whether`),
		"pt": set(`que se`),
	}
	// Prepositions that, right before a mention, make it an object rather
	// than a speaker ("se desmarcó del presidente", "habló con Kim").
	objectMarkers = map[string]map[string]bool{
		"es": set(`a al de del con para por sin contra hacia ante sobre entre`),
		"en": set(`to of with for by against about from`),
		"pt": set(`a ao à de do da dos das com para por pelo pela sem contra sobre entre`),
	}
	// Phrases that give a view as the view of someone the reader already
	// knows: "Pero, en su opinión, «…»" speaks for the person the text is
	// about.
	ownViews = map[string][]string{
		"es": {"en su opinión", "a su juicio", "a su entender", "en su criterio", "a su parecer", "según él", "según ella"},
		"en": {"in his view", "in her view", "in their view", "in his opinion", "in her opinion", "according to him", "according to her"},
		"pt": {"na sua opinião", "em sua opinião", "a seu ver", "segundo ele", "segundo ela"},
	}
	// Phrases that give a name to what they precede: a quotation right
	// after them ("bautizada como «día de la ira»", "the so-called
	// "Arab Spring"") is a name, not anyone's words.
	naming = map[string][]string{
		"es": {"bautizado como", "bautizada como", "conocido como", "conocida como", "denominado", "denominada",
			"denominados", "denominadas", "llamado", "llamada", "llamados", "llamadas", "apodado", "apodada", "lema"},
		"en": {"so-called", "so called", "dubbed", "known as", "nicknamed", "named", "slogan"},
		"pt": {"batizado de", "batizada de", "conhecido como", "conhecida como", "denominado", "denominada",
			"chamado", "chamada", "apelidado", "apelidada", "lema"},
	}
	// Words before a naming word that make it a noun instead: "su
	// llamado «a la calma»" is an appeal, where "el llamado «Cartel de
	// los Soles»" names.
	namingBlockers = map[string]map[string]bool{
		"es": set(`un una unos unas su sus mi mis tu tus nuestro nuestra nuestros nuestras este ese`),
		"pt": set(`um uma uns umas seu sua seus suas meu minha nosso nossa este esse`),
	}
	// Cues that attribute what follows them to the mention after them.
	accordingTo = map[string][]string{
		"es": {"según", "de acuerdo con", "de acuerdo a", "a juicio de", "en palabras de", "a decir de"},
		"en": {"according to", "in the words of"},
		"pt": {"segundo", "de acordo com", "conforme", "nas palavras de"},
	}
	// The lists as tables, which annotation looks words up in; the
	// speech-verb tables are filled by init: the forms as written, and
	// the same forms with their accents folded.
	speechVerbTables, foldedSpeechVerbTables    langTables
	speechAuxiliaryTables, complementizerTables = compile(speechAuxiliaries), compile(complementizers)
	speechPeriphrasisTables                     = compile(speechPeriphrases)
	objectVerbTables                            = compile(objectVerbs)
	objectMarkerTables                          = compile(objectMarkers)
)

func init() {
	written, folded := map[string]map[string]bool{}, map[string]map[string]bool{}
	add := func(code, f string) {
		if written[code] == nil {
			written[code], folded[code] = map[string]bool{}, map[string]bool{}
		}
		written[code][f] = true
		folded[code][Fold(f)] = true
	}
	for code, words := range speechIrregular {
		for _, f := range strings.Fields(words) {
			add(code, f)
		}
	}
	for code, infs := range speechRegular {
		for _, inf := range strings.Fields(infs) {
			for _, f := range speechForms(code, inf) {
				add(code, f)
			}
		}
	}
	speechVerbTables, foldedSpeechVerbTables = compile(written), compile(folded)
}

// speechForms conjugates a regular -ar, -er or -ir verb in the forms
// attribution uses: the infinitive ("al recalcar que"), the third person
// and the participle.
func speechForms(code, inf string) []string {
	if len(inf) < 3 {
		return nil
	}
	stem, class := inf[:len(inf)-2], inf[len(inf)-2:]
	switch code + class {
	case "esar":
		return []string{inf, stem + "a", stem + "an", stem + "ó", stem + "aron", stem + "aba", stem + "aban", stem + "ado"}
	case "eser", "esir":
		return []string{inf, stem + "e", stem + "en", stem + "ió", stem + "ieron", stem + "ía", stem + "ían", stem + "ido"}
	case "ptar":
		return []string{inf, stem + "a", stem + "am", stem + "ou", stem + "aram", stem + "ava", stem + "avam", stem + "ado"}
	case "pter", "ptir":
		return []string{inf, stem + "e", stem + "em", stem + "eu", stem + "iu", stem + "eram", stem + "iram", stem + "ia", stem + "iam", stem + "ido"}
	}
	return nil
}

// IsSpeechVerb reports whether w (any case, accents or none) is a
// reporting verb that attributes direct speech: "dijo", "afirmó",
// "afirmo", "said", "disse".
func (l *Language) IsSpeechVerb(w string) bool {
	t := foldedSpeechVerbTables.get(l.Code)
	if isLowerASCII(w) {
		return t.has(w) // already folded: most words
	}
	var lb, fb [64]byte
	return t.has(string(appendFold(fb[:0], string(appendLower(lb[:0], w)))))
}

// IsSpeechVerbAsWritten is IsSpeechVerb with the accents as written, so
// that "pública" and "Anuncio" are not read as "publica" and "anunció".
func (l *Language) IsSpeechVerbAsWritten(w string) bool {
	return inLower(speechVerbTables.get(l.Code), w)
}

// IsSpeechAuxiliary reports whether w is an auxiliary that may stand
// between a quote and its reporting verb: "ha" in "ha añadido".
func (l *Language) IsSpeechAuxiliary(w string) bool {
	return inLower(speechAuxiliaryTables.get(l.Code), w)
}

// Verbs that add to what the last speaker said ("«…», añadió"): their
// dropped subject is that speaker, not a person named since. Regular
// verbs are conjugated by speechForms, as the reporting verbs are.
var continuationVerbTables = func() langTables {
	regular := map[string]string{"es": "añadir agregar", "pt": "acrescentar"}
	sets := map[string]map[string]bool{"en": set(`added adds`)}
	for code, infs := range regular {
		sets[code] = map[string]bool{}
		for _, inf := range strings.Fields(infs) {
			for _, f := range speechForms(code, inf) {
				sets[code][f] = true
			}
		}
	}
	return compile(sets)
}()

// IsContinuationVerb reports whether w (any case) adds to what the last
// speaker said: "añadió", "added".
func (l *Language) IsContinuationVerb(w string) bool {
	return inLower(continuationVerbTables.get(l.Code), w)
}

// Forms of the verb of being, which make what comes before them a clause
// of its own ("El problema es que…").
var copulaTables = compile(map[string]map[string]bool{
	"es": set(`es son era eran fue fueron será serán está están estaba estaban`),
	"en": set(`is are was were will be`),
	"pt": set(`é são era eram foi foram será serão está estão estava estavam`),
})

// Prepositions that introduce the agent of a participle: "lo dicho por
// Petro".
var agentMarkerTables = compile(map[string]map[string]bool{
	"es": set(`por de del`),
	"en": set(`by`),
	"pt": set(`por pelo pela de do da`),
})

// IsAgentMarker reports whether w (any case) introduces the agent of a
// participle.
func (l *Language) IsAgentMarker(w string) bool { return inLower(agentMarkerTables.get(l.Code), w) }

// IsCopula reports whether w (any case) is a form of the verb of being.
func (l *Language) IsCopula(w string) bool { return inLower(copulaTables.get(l.Code), w) }

// Participles of reporting verbs that are also common nouns ("un
// pedido"): they report only after an auxiliary ("ha pedido").
var speechParticipleTables = compile(map[string]map[string]bool{
	"es": set(`pedido`),
	"pt": set(`pedido`),
})

// IsSpeechParticiple reports whether w (any case) is a reporting verb's
// participle that is also a noun, and reports only after an auxiliary.
func (l *Language) IsSpeechParticiple(w string) bool {
	return inLower(speechParticipleTables.get(l.Code), w)
}

// IsSpeechPeriphrasis reports whether w, followed by "a" or "de", takes
// a reporting verb as an infinitive ("ha llegado a decir").
func (l *Language) IsSpeechPeriphrasis(w string) bool {
	return inLower(speechPeriphrasisTables.get(l.Code), w)
}

// subordinators open a clause of their own: a reporting verb's subject
// after it does not reach past one ("», dice mientras los adornos de sus
// trenzas se balancean", "», explicó nuestro informante, quien tiene…").
var subordinatorTables = compile(map[string]map[string]bool{
	"es": set(`mientras cuando aunque porque pues donde quien quienes cuyo cuya cuyos cuyas`),
	"en": set(`while when although because since where who whom whose as`),
	"pt": set(`enquanto quando embora porque pois onde quem cujo cuja cujos cujas`),
})

// subjectPronouns stand for a named subject: at the head of a sentence
// they are capitalised, and no name.
var subjectPronounTables = compile(map[string]map[string]bool{
	"es": set(`yo tú él ella usted nosotros nosotras ellos ellas ustedes`),
	"en": set(`i you he she it we they`),
	"pt": set(`eu tu ele ela você nós eles elas vocês`),
})

// IsSubjectPronoun reports whether w is a personal subject pronoun: "ella",
// "she".
func (l *Language) IsSubjectPronoun(w string) bool {
	return inLower(subjectPronounTables.get(l.Code), w)
}

// IsSubordinator reports whether w opens a clause of its own: "mientras",
// "quien", "while".
func (l *Language) IsSubordinator(w string) bool { return inLower(subordinatorTables.get(l.Code), w) }

// IsComplementizer reports whether w introduces reported content and so
// ends the search for a verb's subject: "que", "that".
func (l *Language) IsComplementizer(w string) bool {
	return inLower(complementizerTables.get(l.Code), w)
}

// coordinators join two predicates of one subject ("llegó y dijo").
var coordinatorTables = compile(coordinators)

var coordinators = map[string]map[string]bool{
	"es": set(`y e`),
	"en": set(`and`),
	"pt": set(`e`),
}

// IsCoordinator reports whether w joins two predicates that share their
// subject.
func (l *Language) IsCoordinator(w string) bool { return inLower(coordinatorTables.get(l.Code), w) }

// IsObjectMarker reports whether w, standing right before a mention, makes
// it the object of a preposition rather than a possible speaker.
func (l *Language) IsObjectMarker(w string) bool { return inLower(objectMarkerTables.get(l.Code), w) }

// OwnViews returns the phrases that attribute a view to someone already
// known ("en su opinión", "in his view"), lower-cased.
func (l *Language) OwnViews() []string { return ownViews[l.Code] }

// IsNamingBlocker reports whether the lower-cased word, before a naming
// word, makes it a noun ("su llamado").
func (l *Language) IsNamingBlocker(w string) bool { return namingBlockers[l.Code][w] }

// Naming returns the phrases after which a quotation is a name rather
// than someone's words ("bautizada como", "so-called"), lower-cased.
func (l *Language) Naming() []string { return naming[l.Code] }

// AccordingTo returns the multi-word cues that attribute a statement to the
// mention that follows them ("según", "de acuerdo con", "according to"),
// lower-cased, longest first.
func (l *Language) AccordingTo() []string { return accordingTo[l.Code] }

// opinionOpeners open a sentence that gives someone's view: "Para X, …"
// ("Para Ben Rhodes, resultó chocante"), "For X, …".
var opinionOpenerTables = compile(map[string]map[string]bool{
	"es": set(`para`),
	"en": set(`for`),
	"pt": set(`para`),
})

// IsOpinionOpener reports whether w, opening a sentence and followed by a
// person and a comma, attributes the sentence to that person.
func (l *Language) IsOpinionOpener(w string) bool {
	return inLower(opinionOpenerTables.get(l.Code), w)
}

// determiners open a noun phrase; isObject looks back over them ("dijo a
// la AFP") to find the preposition that makes a name an object.
var determinerTables = compile(map[string]map[string]bool{
	"es": set(`el la los las un una unos unas su sus este esta estos estas ese esa esos esas dicho dicha nuestro nuestra nuestros nuestras mi mis`),
	"en": set(`the a an his her its their this that these those our my`),
	"pt": set(`o a os as um uma uns umas seu sua seus suas este esta estes estas esse essa esses essas nosso nossa nossos nossas meu minha`),
})

// IsDeterminer reports whether w is an article or another determiner.
func (l *Language) IsDeterminer(w string) bool { return inLower(determinerTables.get(l.Code), w) }

// impersonalMarkers, right before a verb of speech, make it impersonal or
// passive: "se explica por", "se dice que" (no one in particular speaks).
var impersonalMarkerTables = compile(map[string]map[string]bool{
	"es": set(`se`),
	"pt": set(`se`),
})

// indefiniteTables are pronouns that, as the subject of a reporting verb,
// make its speaker someone the text does not name: "», afirmó uno de
// ellos", "», dijo otro".
var indefiniteTables = compile(map[string]map[string]bool{
	"es": set(`uno una otro otra alguno alguna algunos algunas varios varias muchos muchas otros otras alguien nadie ninguno ninguna`),
	"en": set(`one another someone somebody several some many others none nobody`),
	"pt": set(`um uma outro outra alguém vários várias muitos muitas outros outras algum alguma alguns algumas ninguém nenhum nenhuma`),
})

// IsIndefinite reports whether w is an indefinite pronoun that may stand
// as an unnamed subject: "uno (de ellos)", "otro".
func (l *Language) IsIndefinite(w string) bool { return inLower(indefiniteTables.get(l.Code), w) }

// IsImpersonal reports whether w, before a verb of speech, leaves it
// without a speaker.
func (l *Language) IsImpersonal(w string) bool { return inLower(impersonalMarkerTables.get(l.Code), w) }

// prepositions govern the noun phrase after them: "en una entrevista",
// "a la AFP" name no subject. They are the object markers and the
// prepositions of place and time.
var prepositionTables = compile(union(objectMarkers, map[string]map[string]bool{
	"es": set(`bajo desde durante en hasta mediante según tras`),
	"en": set(`in on at into during since after before over under through unlike like despite amid among across following`),
	"pt": set(`às em no na nos nas desde durante até após`),
}))

// union merges two per-language word sets.
func union(a, b map[string]map[string]bool) map[string]map[string]bool {
	out := make(map[string]map[string]bool, len(a))
	for _, sets := range []map[string]map[string]bool{a, b} {
		for code, ws := range sets {
			if out[code] == nil {
				out[code] = map[string]bool{}
			}
			for w := range ws {
				out[code][w] = true
			}
		}
	}
	return out
}

// IsPreposition reports whether w is a preposition (or one contracted
// with an article).
func (l *Language) IsPreposition(w string) bool { return inLower(prepositionTables.get(l.Code), w) }

// infinitiveEndings are the endings of the infinitive, and the clitics it
// may carry ("reunirse", "decirlo"), in languages that mark it so.
var infinitiveEndings = map[string]struct{ endings, clitics []string }{
	"es": {[]string{"ar", "er", "ir"}, []string{"se", "lo", "la", "le", "los", "las", "les", "nos"}},
	"pt": {[]string{"ar", "er", "ir"}, []string{"-se", "-lo", "-la", "-los", "-las"}},
}

// IsInfinitive reports whether the lower-case word w reads as an
// infinitive: "frenar", "reunirse" ("Para frenar a Petro," opens a
// purpose, not a view; "el hecho de asegurar" has no subject). A
// capitalised word never is one ("Peter"), nor is any English word.
func (l *Language) IsInfinitive(w string) bool {
	e, ok := infinitiveEndings[l.Code]
	if r, _ := utf8.DecodeRuneInString(w); !ok || !unicode.IsLower(r) {
		return false
	}
	for _, c := range e.clitics {
		if t := strings.TrimSuffix(w, c); t != w && len(t) > 3 {
			w = t
			break
		}
	}
	for _, end := range e.endings {
		if len(w) > 3 && strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// gerundEndings are the endings of gerunds by language; English "-ing"
// ends too many nouns to tell.
var gerundEndings = map[string][]string{
	"es": {"ando", "iendo", "yendo"},
	"pt": {"ando", "endo", "indo"},
}

// notGerunds are nouns with a gerund's ending.
var notGerunds = set(`mando comando bando contrabando nefando remiendo lindo dividendo adendo estupendo horrendo tremendo`)

// IsGerund reports whether the lower-case word w reads as a gerund,
// which opens a clause of its own: "los reclutas levantando las manos".
func (l *Language) IsGerund(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsLower(r) || notGerunds[w] {
		return false
	}
	for _, end := range gerundEndings[l.Code] {
		if len(w) > len(end)+2 && strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// TakesObject reports whether w is a verb of speech whose other senses
// take an object ("celebró una reunión", "clama por"): see ReportsAt.
func (l *Language) TakesObject(w string) bool { return inLower(objectVerbTables.get(l.Code), w) }

// ReportsAt reports whether word i of words is a verb of speech that
// reports there: any verb of speech, but one that also takes an object
// only when "que" follows within a few words ("celebró que…", "clamó
// ante el Congreso que…"; not "celebró una reunión", "clama por una
// transición").
func (l *Language) ReportsAt(words []string, i int) bool {
	return l.IsSpeechVerb(words[i]) && !(l.TakesObject(words[i]) && l.ObjectFollows(words[i+1:]))
}

// ObjectFollows reports whether the words after a verb that also takes
// an object (TakesObject) make it take one: no "que" and no colon among
// the first few ("una reunión", "con el respaldo"; not "a EFE que…", "ante
// la prensa:").
func (l *Language) ObjectFollows(after []string) bool {
	for _, w := range after[:min(len(after), objectReach)] {
		if w == ":" || l.IsComplementizer(strings.ToLower(w)) {
			return false
		}
	}
	return true
}

// objectReach bounds how far after a verb that takes an object its "que"
// may stand.
const objectReach = 6
