package lang

import "strings"

// Abbreviations, lower-cased, without their final period and with inner
// spaces removed ("EE. UU." is stored as "ee.uu"). Titles stand before a
// name or number and never end a sentence; the others may end one.
var (
	titleAbbrevs = map[string]map[string]bool{
		"es": set(`sr sra srta sres dr dra dres lic lcda lcdo ing arq prof profa gral gen cnel
			tte cap sgto sto sta sta núm nro art arts pág págs av avda dña d excmo excma ilmo ilma
			mons fr pdte vol fig tel ud uds vd vds`),
		"en": set(`mr mrs ms dr prof gen col lt sgt capt gov sen rep rev st vol fig pp
			hon sr jr`),
		"pt": set(`sr sra srta dr dra prof profa gen cel ten sgt núm nº art pág av dª d exmo exma
			vol fig`),
	}
	otherAbbrevs = map[string]map[string]bool{
		"es": set(`etc ee.uu eeuu s.a s.l a.m p.m a.c d.c aprox máx mín ej cía ff.aa cc.oo jj.oo
			ud.s pp.aa aa.vv uu`),
		"en": set(`etc u.s u.k u.n a.m p.m inc ltd co corp vs approx e.g i.e jan feb mar apr jun jul
			aug sep sept oct nov dec`),
		"pt": set(`etc eua s.a ltda a.m p.m a.c d.c aprox máx mín ex cia`),
	}
)

// The lists as tables, which tokenisation and sentence splitting look
// words up in; anyAbbrevTable joins those of every language.
var (
	titleAbbrevTables, otherAbbrevTables = compile(titleAbbrevs), compile(otherAbbrevs)
	anyAbbrevTable                       = anyAbbrevs()
)

func anyAbbrevs() *wordTable {
	all := map[string]bool{}
	for code := range languages {
		for _, lists := range []map[string]map[string]bool{titleAbbrevs, otherAbbrevs} {
			for w, in := range lists[code] {
				all[w] = all[w] || in
			}
		}
	}
	return newWordTable(all)
}

// IsTitleAbbreviation reports whether w, without its final period, is an
// abbreviation that stands before a name or number ("Sr", "Dra", "núm")
// and so never ends a sentence.
func (l *Language) IsTitleAbbreviation(w string) bool {
	var kb [64]byte
	return titleAbbrevTables.get(l.Code).has(string(appendAbbrevKey(kb[:0], w)))
}

// IsAbbreviation reports whether w, without its final period, is a known
// abbreviation of the language ("etc", "EE.UU", "a. m", "S.A") or a title
// abbreviation. Dotted acronyms of short letter groups ("U.S.A") count as
// abbreviations whether listed or not.
func (l *Language) IsAbbreviation(w string) bool {
	var kb [64]byte
	n := string(appendAbbrevKey(kb[:0], w))
	return titleAbbrevTables.get(l.Code).has(n) || otherAbbrevTables.get(l.Code).has(n) || isDottedAcronym(n)
}

// IsListedAbbreviation reports whether w is in the language's lists,
// leaving out the dotted-acronym rule of IsAbbreviation.
func (l *Language) IsListedAbbreviation(w string) bool {
	var kb [64]byte
	n := string(appendAbbrevKey(kb[:0], w))
	return titleAbbrevTables.get(l.Code).has(n) || otherAbbrevTables.get(l.Code).has(n)
}

// IsAnyAbbreviation reports whether w is an abbreviation in any supported
// language; tokenisation, which does not know the language, uses it.
func IsAnyAbbreviation(w string) bool {
	var kb [64]byte
	n := string(appendAbbrevKey(kb[:0], w))
	return anyAbbrevTable.has(n) || isDottedAcronym(n)
}

// appendAbbrevKey appends to dst the form abbreviations are listed in: w
// without its final period and inner spaces, lower-cased.
func appendAbbrevKey(dst []byte, w string) []byte {
	w = strings.TrimSuffix(w, ".")
	if strings.IndexByte(w, ' ') < 0 {
		return appendLower(dst, w)
	}
	// Spaces go before lowering, as bytes: taking them out may join
	// the bytes of a rune.
	var sb [64]byte
	b := sb[:0]
	for i := 0; i < len(w); i++ {
		if w[i] != ' ' {
			b = append(b, w[i])
		}
	}
	return appendLower(dst, string(b))
}

// isDottedAcronym reports whether s is letter groups of one or two letters
// joined by periods, as in "u.s.a" or "ee.uu".
func isDottedAcronym(s string) bool {
	groups, n := 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z':
			n++
			if n > 2 {
				return false
			}
		case c == '.' && n > 0:
			groups++
			n = 0
		default:
			return false
		}
	}
	return groups >= 1 && n > 0
}
