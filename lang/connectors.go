package lang

import "strings"

// connectorPhrases are discourse connectors that open a sentence and link
// it to the one before ("Además, …", "En tanto, …"). A sentence quoted on
// its own reads better without them, and they carry no fact.
var connectorPhrases = map[string][]string{
	"es": {
		"además", "asimismo", "así mismo", "en tanto", "mientras tanto", "por su parte",
		"sin embargo", "no obstante", "por otro lado", "por otra parte", "en ese sentido",
		"en este sentido", "de hecho", "por ello", "por eso", "por lo tanto", "por tanto",
		"así", "entonces", "luego", "después", "también", "incluso", "igualmente",
		"en cambio", "al respecto", "a su vez", "en paralelo", "paralelamente",
		"finalmente", "por último", "en concreto", "en particular", "de igual forma",
		"de igual modo", "del mismo modo", "en tal sentido", "con todo", "ahora bien",
		"y", "pero", "aunque", "mientras",
	},
	"en": {
		"also", "besides", "furthermore", "moreover", "meanwhile", "however", "nevertheless",
		"in addition", "on the other hand", "in turn", "in fact", "indeed", "therefore",
		"thus", "then", "later", "finally", "still", "yet", "and", "but", "separately",
	},
	"pt": {
		"além disso", "ademais", "entretanto", "enquanto isso", "por sua vez", "no entanto",
		"contudo", "todavia", "porém", "por outro lado", "de fato", "assim", "então",
		"depois", "também", "finalmente", "por fim", "e", "mas",
	},
}

// LeadingConnector returns the length in bytes of a discourse connector
// that opens s in language code, together with the comma and spaces after
// it, or 0 when s opens with none. A connector counts only when a comma
// follows it, so that "Además del acuerdo…" keeps its first word.
func LeadingConnector(code, s string) int {
	phrases, ok := connectorPhrases[code]
	if !ok {
		phrases = connectorPhrases[Default]
	}
	lead := len(s) - len(strings.TrimLeft(s, " \t\n"))
	rest := s[lead:]
	for _, p := range phrases {
		n := foldedPrefix(rest, p)
		if n == 0 {
			continue
		}
		after := strings.TrimLeft(rest[n:], " ")
		if !strings.HasPrefix(after, ",") {
			continue
		}
		after = strings.TrimLeft(after[1:], " \t\n")
		return len(s) - len(after)
	}
	return 0
}

// foldedPrefix returns the byte length of the prefix of s that equals
// phrase once both are folded, or 0.
func foldedPrefix(s, phrase string) int {
	want := []rune(Fold(phrase))
	i := 0
	for pos, r := range s {
		if i == len(want) {
			return pos
		}
		if foldRune(r) != want[i] {
			return 0
		}
		i++
	}
	if i == len(want) {
		return len(s)
	}
	return 0
}
