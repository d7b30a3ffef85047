package lang

import (
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// countryNames holds, per language code, the folded names of the world's
// countries as CLDR writes them in that language ("Egipto", "Estados
// Unidos"; "Egypt"; "Egito"), from golang.org/x/text.
var countryNames = sync.OnceValue(func() map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for code := range languages {
		tag, err := language.Parse(code)
		if err != nil {
			continue
		}
		namer := display.Regions(tag)
		if namer == nil {
			continue
		}
		names := map[string]bool{}
		for a := 'A'; a <= 'Z'; a++ {
			for b := 'A'; b <= 'Z'; b++ {
				code := string([]rune{a, b})
				r, err := language.ParseRegion(code)
				if err != nil || !r.IsCountry() || notPlaces[code] {
					continue
				}
				if name := namer.Name(r); name != "" {
					names[Fold(name)] = true
				}
			}
		}
		out[code] = names
	}
	return out
})

// notPlaces are the codes CLDR counts among countries that name
// organisations: the United Nations, the European Union, the euro zone.
var notPlaces = map[string]bool{"UN": true, "EU": true, "EZ": true}

// IsCountry reports whether name, as written in l's language, is the name
// of a country: "Italia", "Estados Unidos".
func (l *Language) IsCountry(name string) bool {
	return countryNames()[l.Code][Fold(name)]
}
