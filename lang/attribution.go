package lang

// Attribution cues: phrases after which a text names the source it relays
// ("según Reuters", "dijeron fuentes a Reuters", "informó la agencia
// Belta", "sources told Reuters", "segundo a Reuters"). A verb of speech
// with its subject before it ("el Kremlin dijo") is recognised through
// IsSpeechVerb instead.
var attributionCues = map[string][]string{
	"es": {"según", "de acuerdo con", "de acuerdo a", "conforme a", "a juicio de", "en palabras de",
		"citado por", "citada por", "citados por", "citadas por", "citando a", "fuentes a",
		"dijeron a", "declararon a", "confirmaron a", "explicaron a",
		"consultadas por", "consultados por", "informó", "informaron", "reportó", "reportaron",
		"publicó", "publicaron", "difundió", "notificó", "comunicó", "reveló"},
	"en": {"according to", "in the words of", "citing", "cited by", "quoted by", "reported by",
		"told"},
	"pt": {"segundo", "de acordo com", "conforme", "nas palavras de", "citado por", "citada por",
		"citando", "fontes à", "fontes ao", "informou", "informaram", "divulgou", "publicou"},
}

// AttributionCues returns the language's attribution cues, lower-cased
// and accented as printed; compare them with folded text through Fold.
func (l *Language) AttributionCues() []string { return attributionCues[l.Code] }

// Clitic pronouns that may stand between a speaker and the verb of speech
// ("Maduro le dijo", "Lula lhe disse").
var attributionClitics = map[string]string{
	"es": "le les se lo la los las me te nos",
	"pt": "lhe lhes se o a me te nos",
}

// Informants: nouns for the unnamed people or bodies a text relays
// ("las autoridades contabilizaron", "officials estimate"): a sentence
// naming one as its source is reported, not stated in the outlet's voice.
var informants = map[string]string{
	"es": "autoridades fuentes funcionarios portavoz portavoces vocero voceros testigos investigadores",
	"en": "authorities sources officials spokesperson spokesman spokeswoman witnesses investigators",
	"pt": "autoridades fontes funcionários porta-voz testemunhas investigadores",
}

// Name joiners: lower-case words that may stand inside the name of a
// source ("Consorcio Provincial de Bomberos", "Bank of England").
var nameJoiners = map[string]string{
	"es": "de del",
	"en": "of",
	"pt": "de do da dos das",
}

var (
	attributionCliticSet = map[string]map[string]bool{}
	nameJoinerSet        = map[string]map[string]bool{}
	informantSet         = map[string]map[string]bool{}
)

func init() {
	for code, ws := range attributionClitics {
		attributionCliticSet[code] = set(ws)
	}
	for code, ws := range nameJoiners {
		nameJoinerSet[code] = set(ws)
	}
	for code, ws := range informants {
		informantSet[code] = set(Fold(ws))
	}
}

// IsInformant reports whether the folded word names an unnamed source a
// text relays ("autoridades", "officials").
func (l *Language) IsInformant(w string) bool { return informantSet[l.Code][w] }

// IsNameJoiner reports whether the lower-cased word may join the words of
// one name ("de" in "Consorcio Provincial de Bomberos").
func (l *Language) IsNameJoiner(w string) bool { return nameJoinerSet[l.Code][w] }

// IsClitic reports whether the lower-cased word is a clitic pronoun that
// may stand between a subject and its verb.
func (l *Language) IsClitic(w string) bool { return attributionCliticSet[l.Code][w] }
