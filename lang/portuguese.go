package lang

import "strings"

// portugueseStem is a light suffix-stripping stemmer (after the RSLP
// plural and nominal steps), since no Portuguese Snowball stemmer resolves
// through this project's module proxy. It conflates inflections well
// enough for overlap measures; it is not a full morphological analyser.
func portugueseStem(w string) string {
	w = strings.ToLower(w)
	if len([]rune(w)) <= 3 {
		return w
	}
	for _, suf := range []struct{ from, to string }{
		{"ções", "ção"}, {"ões", "ão"}, {"ães", "ão"}, {"ais", "al"}, {"éis", "el"}, {"eis", "el"},
		{"óis", "ol"}, {"is", "il"}, {"les", "l"}, {"res", "r"}, {"s", ""},
	} {
		if strings.HasSuffix(w, suf.from) && len([]rune(w))-len([]rune(suf.from)) >= 3 {
			w = strings.TrimSuffix(w, suf.from) + suf.to
			break
		}
	}
	for _, suf := range []string{"amente", "mente", "idade", "ização", "ação", "ções", "ção", "ismo", "ista", "ável", "ível", "oso", "osa", "ado", "ada", "ido", "ida", "ando", "endo", "indo", "ar", "er", "ir", "ou", "am", "em", "a", "o", "e"} {
		if strings.HasSuffix(w, suf) && len([]rune(w))-len([]rune(suf)) >= 3 {
			return strings.TrimSuffix(w, suf)
		}
	}
	return w
}
