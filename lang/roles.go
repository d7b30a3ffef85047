package lang

import "strings"

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
			coordinador fundador titular monarca gerente`,
		"en": `president vice-president ex-president minister ambassador leader spokesman
			spokeswoman spokesperson chancellor secretary governor mayor senator congressman
			congresswoman representative director chief head general commander king queen prince
			princess pope premier envoy diplomat official judge prosecutor candidate adviser advisor
			lawmaker chairman chairwoman dictator strongman monarch attorney-general founder`,
		"pt": `presidente presidenta ex-presidente vice-presidente ministro chanceler embaixador
			líder porta-voz mandatário governador prefeito senador deputado diretor secretário juiz
			general comandante rei rainha príncipe papa premiê ditador diplomata opositor dirigente
			candidato assessor conselheiro enviado representante governante funcionário procurador`,
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
func (l *Language) IsRoleNoun(w string) bool { return inSet(roleNounSet, l.Code, w) }

// IsRoleModifier reports whether w may stand before a role noun inside the
// role: "ex", "primer", "former", "Prime".
func (l *Language) IsRoleModifier(w string) bool { return inSet(roleModifierSet, l.Code, w) }

// IsNationality reports whether w is an adjective of nationality or
// affiliation that qualifies a role: "bielorruso", "venezolana", "Russian".
func (l *Language) IsNationality(w string) bool { return inSet(nationalitySet, l.Code, w) }

// IsRoleArticle reports whether w is an article (or a preposition joined
// with one) that introduces a role: "el", "al", "the", "da".
func (l *Language) IsRoleArticle(w string) bool { return inSet(roleArticleSet, l.Code, w) }

// IsRolePreposition reports whether the lower-case w attaches a complement
// to a role: "de" in "canciller de Colombia", "to" in "ambassador to".
func (l *Language) IsRolePreposition(w string) bool { return rolePrepositionSet[l.Code][w] }

func inSet(sets map[string]map[string]bool, code, w string) bool {
	low := strings.ToLower(w)
	return sets[code][low] || sets[code][Fold(low)]
}
