package lang

import (
	"strings"
)

// Detect guesses the language of a text and returns its ISO 639-1 code,
// or "" when the text is too short or matches no known language. It
// counts each language's commonest function words, which on news text of
// a sentence or more is as reliable as a character model and costs no
// memory.
func Detect(text string) string {
	code, _ := DetectConfidence(text)
	return code
}

// detectWords are frequent function words that tell the candidate
// languages apart; words shared by several languages count for each.
var detectWords = map[string]string{
	"es": "el la los las de del que y en un una por con para se no es su al lo como más pero sus le ya este esta entre cuando muy sin sobre también hasta donde desde todo durante fue ha han según dijo tras",
	"en": "the of and to in a is that for it on with as was at by he be this from have are or an they which his has but not were their said been will would who its after also had",
	"pt": "o a os as de do da dos das que e em um uma para com não no na por se mais como mas foi ao ele seu sua ou quando muito já também só pelo pela até isso entre depois sem mesmo aos ter são está disse após",
	"ca": "el la els les de del que i en un una per amb no és al com més però seus li ja aquest aquesta entre quan molt sense sobre també fins on des tot durant va ha han segons",
	"fr": "le la les de des du que et en un une pour avec ne pas est son sa au ce comme plus mais ses lui sur aussi dans qui il elle été être avoir fait après",
	"it": "il lo la gli le di del della che e in un una per con non è suo sua al come più ma ha sono anche dal nella questo questa tra quando molto senza sopra stato",
	"de": "der die das und in den von zu mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie",
}

var detectIndex = func() map[string][]string {
	idx := make(map[string][]string)
	for code, words := range detectWords {
		for _, w := range strings.Fields(words) {
			idx[w] = append(idx[w], code)
		}
	}
	return idx
}()

// DetectConfidence is Detect with a confidence in [0,1]: the winning
// language's share of the function-word evidence.
func DetectConfidence(text string) (string, float64) {
	if len(text) > 20000 {
		text = text[:20000]
	}
	score := make(map[string]float64)
	total := 0.0
	for _, w := range Words(text) {
		codes := detectIndex[strings.ToLower(text[w.Start:w.End])]
		for _, c := range codes {
			score[c] += 1 / float64(len(codes))
		}
		if len(codes) > 0 {
			total++
		}
	}
	best, bestScore := "", 0.0
	for c, s := range score {
		if s > bestScore || (s == bestScore && c < best) {
			best, bestScore = c, s
		}
	}
	if total < 2 {
		return "", 0
	}
	return best, bestScore / total
}
