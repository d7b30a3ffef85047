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

// IsTitleAbbreviation reports whether w, without its final period, is an
// abbreviation that stands before a name or number ("Sr", "Dra", "núm")
// and so never ends a sentence.
func (l *Language) IsTitleAbbreviation(w string) bool {
	return titleAbbrevs[l.Code][normAbbrev(w)]
}

// IsAbbreviation reports whether w, without its final period, is a known
// abbreviation of the language ("etc", "EE.UU", "a. m", "S.A") or a title
// abbreviation. Dotted acronyms of short letter groups ("U.S.A") count as
// abbreviations whether listed or not.
func (l *Language) IsAbbreviation(w string) bool {
	n := normAbbrev(w)
	return titleAbbrevs[l.Code][n] || otherAbbrevs[l.Code][n] || isDottedAcronym(n)
}

// IsListedAbbreviation reports whether w is in the language's lists,
// leaving out the dotted-acronym rule of IsAbbreviation.
func (l *Language) IsListedAbbreviation(w string) bool {
	n := normAbbrev(w)
	return titleAbbrevs[l.Code][n] || otherAbbrevs[l.Code][n]
}

// IsAnyAbbreviation reports whether w is an abbreviation in any supported
// language; tokenisation, which does not know the language, uses it.
func IsAnyAbbreviation(w string) bool {
	n := normAbbrev(w)
	for code := range languages {
		if titleAbbrevs[code][n] || otherAbbrevs[code][n] {
			return true
		}
	}
	return isDottedAcronym(n)
}

func normAbbrev(w string) string {
	w = strings.TrimSuffix(w, ".")
	if strings.IndexByte(w, ' ') >= 0 {
		w = strings.ReplaceAll(w, " ", "")
	}
	return strings.ToLower(w)
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
