package lang

import "strings"

// Words that negate a clause, used to tell "X confirmed" from "X did not
// confirm" when two outlets' statements of one fact are compared.
var negations = map[string]string{
	"es": "no nunca jamás ni tampoco ningún ninguna niega negó descartó",
	"en": "not no never neither nor denied denies don't doesn't didn't won't isn't wasn't aren't weren't",
	"pt": "não nunca jamais nem tampouco nenhum nenhuma negou",
}

// Clause joints: the connectors after which a sentence may go on with an
// independent clause of its own ("…, y el Kremlin confirmó…").
var clauseJoints = map[string][]string{
	"es": {"; ", ", y ", ", pero ", ", mientras que ", ", aunque ", ", mientras "},
	"en": {"; ", ", and ", ", but ", ", while ", ", whereas "},
	"pt": {"; ", ", e ", ", mas ", ", enquanto "},
}

// Words that open a clause with its own subject: determiners and subject
// pronouns. A clause joined after a comma that starts with one of these
// (or with a capitalised name) states a fact of its own.
var subjectOpeners = map[string]string{
	"es": "el la los las un una unos unas este esta estos estas ese esa su sus ambos ambas él ella ellos ellas",
	"en": "the a an this these that those his her its their both he she they it we",
	"pt": "o a os as um uma uns umas este esta estes estas esse essa seu sua seus suas ambos ambas ele ela eles elas",
}

var (
	negationSet      = map[string]map[string]bool{}
	subjectOpenerSet = map[string]map[string]bool{}
)

func init() {
	for code, ws := range negations {
		negationSet[code] = set(ws)
	}
	for code, ws := range subjectOpeners {
		subjectOpenerSet[code] = set(ws)
	}
}

// IsNegation reports whether the lower-cased word negates its clause.
func (l *Language) IsNegation(w string) bool {
	return negationSet[l.Code][w] || negationSet[l.Code][Fold(w)]
}

// ClauseJoints returns the connectors after which a sentence may continue
// with an independent clause.
func (l *Language) ClauseJoints() []string { return clauseJoints[l.Code] }

// ContrastJoints returns the clause joints that do not coordinate (", aunque
// ", ", pero ", "; "…): a joint by "y" may close a list ("Russia, China,
// and Iran"), where these open a clause of its own.
func (l *Language) ContrastJoints() []string { return contrastJoints[l.Code] }

var contrastJoints = func() map[string][]string {
	out := map[string][]string{}
	for code, joints := range clauseJoints {
		for _, j := range joints {
			if !coordinators[code][strings.Trim(j, " ,;")] {
				out[code] = append(out[code], j)
			}
		}
	}
	return out
}()

// IsSubjectOpener reports whether the lower-cased word opens a clause with
// a subject of its own (a determiner or a subject pronoun).
func (l *Language) IsSubjectOpener(w string) bool { return subjectOpenerSet[l.Code][Fold(w)] }

// Locative prepositions: a name right after one is somewhere ("en
// Bielorrusia", "in Minsk").
var locativeSet = map[string]map[string]bool{
	"es": set("en"),
	"en": set("in"),
	"pt": set("em no na"),
}

// IsLocative reports whether the lower-cased word places what follows it:
// "en", "in".
func (l *Language) IsLocative(w string) bool { return locativeSet[l.Code][w] }
