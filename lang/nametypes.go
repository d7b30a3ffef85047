package lang

// Nouns that tell the type of the name they introduce or begin, where
// the statistical tagger, reading the name's own shape, says "person":
// "la agencia de noticias estatal Belta" is an organisation, "Premio
// Nobel de la Paz" a prize, which CoNLL-2002 calls MISC.
var (
	organisationNounTables = compile(map[string]map[string]bool{
		"es": set(`agencia diario periódico cadena televisora emisora radio partido empresa compañía banco club equipo grupo firma organización fundación universidad aerolínea petrolera multinacional consultora canal televisión semanario revista sindicato`),
		"en": set(`agency newspaper network broadcaster party company bank club team group firm organisation organization foundation university airline channel magazine weekly union`),
		"pt": set(`agência jornal emissora rádio partido empresa companhia banco clube equipe grupo firma organização fundação universidade canal televisão revista sindicato`),
	})
	// Common nouns of places, which make the name they introduce a place:
	// "la plaza Tahrir", "la localidad egipcia de El Arish", "the town of
	// Zintan".
	placeNounTables = compile(map[string]map[string]bool{
		"es": set(`plaza calle avenida ciudad localidad provincia región península isla islas río barrio distrito municipio aldea puerto aeropuerto`),
		"en": set(`city town province region peninsula island islands river district village port airport`),
		"pt": set(`praça rua avenida cidade localidade província região península ilha ilhas rio bairro distrito município aldeia porto aeroporto`),
	})
	otherNameHeadTables = compile(map[string]map[string]bool{
		"es": set(`premio premios copa campeonato torneo juegos mundial ley festival operación`),
		"en": set(`prize award cup championship tournament games act festival operation`),
		"pt": set(`prêmio copa campeonato torneio jogos lei festival operação`),
	})
)

// IsOrganisationNoun reports whether w, standing before a name ("la
// agencia Belta", "el diario El País"), makes it an organisation.
func (l *Language) IsOrganisationNoun(w string) bool {
	return inLower(organisationNounTables.get(l.Code), w)
}

// IsPlaceNoun reports whether w, standing before a name ("la plaza
// Tahrir", "la ciudad de Misrata"), makes it a place.
func (l *Language) IsPlaceNoun(w string) bool {
	return inLower(placeNounTables.get(l.Code), w)
}

// IsOtherNameHead reports whether w, opening a name ("Premio Nobel",
// "Copa del Rey", "Ley de Amnistía"), makes it a name of something other
// than a person, an organisation or a place.
func (l *Language) IsOtherNameHead(w string) bool {
	return inLower(otherNameHeadTables.get(l.Code), w)
}
