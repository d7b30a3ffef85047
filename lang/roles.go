package lang

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Role nouns (titles and functions that name a person by what they are:
// "presidente", "canciller", "portavoz") and adjectives of nationality or
// affiliation that qualify them ("bielorruso", "venezolano"), per
// language. Spanish and Portuguese lists give the masculine singular;
// roleForms adds the feminine.
var (
	roleNouns = map[string]string{
		"es": `presidente presidenta expresidente expresidenta vicepresidente vicepresidenta
			canciller excanciller ministro exministro viceministro embajador exembajador líder
			portavoz vocero mandatario exmandatario jefe jefa secretario subsecretario gobernador
			alcalde alcaldesa senador diputado director fiscal juez jueza general comandante rey
			reina príncipe princesa papa premier dictador diplomático opositor dirigente candidato
			asesor consejero enviado representante gobernante autócrata jerarca funcionario
			presidente delegado comisionado congresista legislador magistrado procurador defensor
			coordinador fundador titular monarca gerente mediador negociador periodista reportero
			corresponsal fotógrafo escritor`,
		"en": `president vice-president ex-president minister ambassador leader spokesman
			spokeswoman spokesperson chancellor secretary governor mayor senator congressman
			congresswoman representative director chief head general commander king queen prince
			princess pope premier envoy diplomat official judge prosecutor candidate adviser advisor
			lawmaker chairman chairwoman dictator strongman monarch attorney-general founder
			mediator negotiator journalist reporter correspondent photographer writer`,
		"pt": `presidente presidenta ex-presidente vice-presidente ministro chanceler embaixador
			líder porta-voz mandatário governador prefeito senador deputado diretor secretário juiz
			general comandante rei rainha príncipe papa premiê ditador diplomata opositor dirigente
			candidato assessor conselheiro enviado representante governante funcionário procurador
			mediador negociador jornalista repórter correspondente fotógrafo escritor`,
	}
	// Words that may stand before a role noun inside the role ("ex
	// ministro", "primer ministro", "Prime Minister").
	roleModifiers = map[string]string{
		"es": `ex primer primera alto alta máximo máxima nuevo nueva actual vice sub propio propia`,
		"en": `former prime vice deputy acting top chief foreign interior defense defence new
			senior`,
		"pt": `ex primeiro primeira alto alta novo nova atual vice`,
	}
	nationalities = map[string]string{
		"es": `venezolano bielorruso ruso estadounidense norteamericano colombiano mexicano
			argentino chileno peruano ecuatoriano boliviano paraguayo uruguayo brasileño cubano
			nicaragüense hondureño guatemalteco salvadoreño costarricense panameño dominicano
			puertorriqueño español francés alemán británico inglés italiano portugués ucraniano
			polaco chino japonés coreano norcoreano surcoreano indio iraní iraquí sirio libio
			egipcio yemení saudí israelí palestino turco europeo canadiense australiano
			sudafricano marroquí argelino tunecino afgano paquistaní húngaro griego sueco noruego
			danés finlandés holandés neerlandés belga suizo austriaco checo serbio rumano búlgaro
			croata lituano letón estonio georgiano armenio kazajo catarí qatarí emiratí libanés
			jordano kuwaití etíope nigeriano keniano vietnamita tailandés indonesio filipino
			chavista opositor oficialista republicano demócrata socialista comunista conservador
			laborista liberal estatal federal regional local municipal provincial autonómico
			sirio iraní soviético latinoamericano iberoamericano occidental`,
		"en": `belarusian venezuelan russian american u.s. us colombian mexican argentine
			argentinian chilean peruvian ecuadorian bolivian paraguayan uruguayan brazilian cuban
			nicaraguan honduran guatemalan salvadoran panamanian dominican spanish french german
			british english italian portuguese ukrainian polish chinese japanese korean
			north-korean south-korean indian iranian iraqi syrian libyan egyptian yemeni saudi
			israeli palestinian turkish european canadian australian african moroccan algerian
			tunisian afghan pakistani hungarian greek swedish norwegian danish finnish dutch
			belgian swiss austrian czech serbian romanian bulgarian croatian georgian armenian
			qatari emirati lebanese jordanian kuwaiti ethiopian nigerian kenyan vietnamese thai
			indonesian filipino soviet republican democratic democrat opposition`,
		"pt": `venezuelano bielorrusso russo americano norte-americano estadunidense colombiano
			mexicano argentino chileno peruano equatoriano boliviano paraguaio uruguaio
			brasileiro cubano espanhol francês alemão britânico inglês italiano português
			ucraniano polonês chinês japonês coreano indiano iraniano iraquiano sírio líbio
			egípcio iemenita saudita israelense palestino turco europeu canadense australiano
			opositor chavista estadual federal municipal`,
	}
	// Articles that introduce a role ("el líder", "al presidente") and
	// prepositions that attach a complement to it ("de Colombia").
	roleArticles = map[string]string{
		"es": `el la al del`,
		"en": `the`,
		"pt": `o a do da ao à pelo pela`,
	}
	rolePrepositions = map[string]string{
		"es": `de del en para ante`,
		"en": `of to in for`,
		"pt": `de do da em no na para`,
	}
	roleArticleSet, rolePrepositionSet           = expand(roleArticles), expand(rolePrepositions)
	roleNounSet, roleModifierSet, nationalitySet = expand(roleNouns), expand(roleModifiers), expand(nationalities)
)

// expand builds per-language sets holding each word, its accent-folded
// form and, for Spanish and Portuguese, its feminine.
func expand(lists map[string]string) map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for code, words := range lists {
		m := map[string]bool{}
		for _, w := range strings.Fields(words) {
			for _, f := range roleForms(code, w) {
				m[f] = true
				m[Fold(f)] = true
			}
		}
		out[code] = m
	}
	return out
}

func roleForms(code, w string) []string {
	if code == "en" {
		return []string{w}
	}
	forms := []string{w}
	switch {
	case strings.HasSuffix(w, "o"):
		forms = append(forms, w[:len(w)-1]+"a")
	case strings.HasSuffix(w, "és"):
		forms = append(forms, strings.TrimSuffix(w, "és")+"esa")
	case strings.HasSuffix(w, "ês"):
		forms = append(forms, strings.TrimSuffix(w, "ês")+"esa")
	case strings.HasSuffix(w, "án"):
		forms = append(forms, strings.TrimSuffix(w, "án")+"ana")
	case strings.HasSuffix(w, "ão"):
		forms = append(forms, strings.TrimSuffix(w, "ão")+"ã")
	case strings.HasSuffix(w, "or"):
		forms = append(forms, w+"a")
	}
	return forms
}

// IsRoleNoun reports whether w (any case) names a role or title:
// "presidente", "canciller", "embajadora", "spokesman", "porta-voz".
func (l *Language) IsRoleNoun(w string) bool { return inSet(roleNounTables, l.Code, w) }

// IsRoleModifier reports whether w may stand before a role noun inside the
// role: "ex", "primer", "former", "Prime".
func (l *Language) IsRoleModifier(w string) bool { return inSet(roleModifierTables, l.Code, w) }

// counterparts name a person by the role another holds ("su homólogo
// francés"): they stand where a title does, but say no role of their own.
var counterparts = map[string]map[string]bool{
	"es": set(`homólogo homóloga homólogos homólogas`),
	"en": set(`counterpart counterparts`),
	"pt": set(`homólogo homóloga homólogos homólogas`),
}

// IsCounterpart reports whether the lower-cased w names a person as
// another's counterpart: "homólogo", "counterpart".
func (l *Language) IsCounterpart(w string) bool { return counterparts[l.Code][w] }

// IsNationality reports whether w is an adjective of nationality or
// affiliation that qualifies a role: "bielorruso", "venezolana", "Russian".
func (l *Language) IsNationality(w string) bool { return inSet(nationalityTables, l.Code, w) }

// IsRoleArticle reports whether w is an article (or a preposition joined
// with one) that introduces a role: "el", "al", "the", "da".
func (l *Language) IsRoleArticle(w string) bool { return inSet(roleArticleTables, l.Code, w) }

// IsRolePreposition reports whether the lower-case w attaches a complement
// to a role: "de" in "canciller de Colombia", "to" in "ambassador to".
func (l *Language) IsRolePreposition(w string) bool { return rolePrepositionTables.get(l.Code).has(w) }

// The role sets as tables, which annotation looks words up in.
var (
	roleNounTables, roleModifierTables   = compile(roleNounSet), compile(roleModifierSet)
	nationalityTables, roleArticleTables = compile(nationalitySet), compile(roleArticleSet)
	rolePrepositionTables                = compile(rolePrepositionSet)
)

func inSet(tables langTables, code, w string) bool {
	return inLowerOrFolded(tables.get(code), w)
}

// wordTable is a read-only set of words, looked up faster than a map:
// FNV-1a hashing and linear probing in a table at most half full. Word
// lists are asked about every token of every article.
type wordTable struct {
	slots []string
	mask  uint32
}

func newWordTable(set map[string]bool) *wordTable {
	n := 2
	for n < 2*len(set) {
		n <<= 1
	}
	t := &wordTable{slots: make([]string, n), mask: uint32(n - 1)}
	for w, in := range set {
		if !in || w == "" {
			continue
		}
		i := hashWord(w) & t.mask
		for t.slots[i] != "" {
			i = (i + 1) & t.mask
		}
		t.slots[i] = w
	}
	return t
}

// has reports whether w is in t; a nil table holds nothing.
func (t *wordTable) has(w string) bool {
	if t == nil || w == "" {
		return false
	}
	for i := hashWord(w) & t.mask; ; i = (i + 1) & t.mask {
		switch t.slots[i] {
		case "":
			return false
		case w:
			return true
		}
	}
}

func hashWord(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= 16777619
	}
	return h
}

// langTables holds one wordTable per language code; with three languages
// a scan beats hashing the code.
type langTables []struct {
	code  string
	table *wordTable
}

func compile(sets map[string]map[string]bool) langTables {
	var out langTables
	for code, set := range sets {
		out = append(out, struct {
			code  string
			table *wordTable
		}{code, newWordTable(set)})
	}
	return out
}

func (lt langTables) get(code string) *wordTable {
	for _, e := range lt {
		if e.code == code {
			return e.table
		}
	}
	return nil
}

// inLowerOrFolded reports whether set holds strings.ToLower(w) or its
// Fold. Annotation asks this of every token, so the common cases build no
// string: a lower-case ASCII word is its own lower and folded form, and
// other short words are lowered and folded in stack buffers.
func inLowerOrFolded(set *wordTable, w string) bool {
	if isLowerASCII(w) {
		return set.has(w)
	}
	var lb, fb [64]byte
	low := appendLower(lb[:0], w)
	if set.has(string(low)) {
		return true
	}
	// Folding changes only what lies outside ASCII.
	return !isASCII(low) && set.has(string(appendFold(fb[:0], string(low))))
}

// inLower reports whether set holds strings.ToLower(w), without building
// the lower-case string.
func inLower(set *wordTable, w string) bool {
	if isLowerASCII(w) {
		return set.has(w)
	}
	var lb [64]byte
	return set.has(string(appendLower(lb[:0], w)))
}

func isLowerASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return true
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// appendLower appends strings.ToLower(w) to dst: every rune lowered, an
// invalid byte written as U+FFFD, as strings.ToLower does.
func appendLower(dst []byte, w string) []byte {
	for i := 0; i < len(w); {
		if c := w[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		i += n
	}
	return dst
}

// appendFold appends Fold(s) to dst.
func appendFold(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		dst = utf8.AppendRune(dst, foldRune(r))
	}
	return dst
}
