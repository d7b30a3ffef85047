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

var attributionCliticSet = map[string]map[string]bool{}

func init() {
	for code, ws := range attributionClitics {
		attributionCliticSet[code] = set(ws)
	}
}

// IsClitic reports whether the lower-cased word is a clitic pronoun that
// may stand between a subject and its verb.
func (l *Language) IsClitic(w string) bool { return attributionCliticSet[l.Code][w] }
