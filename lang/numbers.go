package lang

import "strings"

// Numbers written as words, per language, accent-folded: the cardinals a
// news text spells out ("diecisiete días", "two weeks"), and the nouns
// that stand for an amount ("una docena de buques", "decenas de muertos",
// "thousands of troops"). A vague amount ("decenas", "miles") carries the
// order of magnitude it names.
var (
	numberWords = map[string]string{
		"es": `cero:0 uno:1 una:1 un:1 dos:2 tres:3 cuatro:4 cinco:5 seis:6 siete:7 ocho:8 nueve:9
			diez:10 once:11 doce:12 trece:13 catorce:14 quince:15 dieciseis:16 diecisiete:17
			dieciocho:18 diecinueve:19 veinte:20 veintiun:21 veintiuno:21 veintiuna:21 veintidos:22
			veintitres:23 veinticuatro:24 veinticinco:25 veintiseis:26 veintisiete:27 veintiocho:28
			veintinueve:29 treinta:30 cuarenta:40 cincuenta:50 sesenta:60 setenta:70 ochenta:80
			noventa:90 cien:100 ciento:100 doscientos:200 doscientas:200 trescientos:300
			trescientas:300 cuatrocientos:400 cuatrocientas:400 quinientos:500 quinientas:500
			seiscientos:600 seiscientas:600 setecientos:700 setecientas:700 ochocientos:800
			ochocientas:800 novecientos:900 novecientas:900 mil:1000 millon:1000000
			millones:1000000`,
		"en": `zero:0 one:1 a:1 an:1 two:2 three:3 four:4 five:5 six:6 seven:7 eight:8 nine:9 ten:10
			eleven:11 twelve:12 thirteen:13 fourteen:14 fifteen:15 sixteen:16 seventeen:17
			eighteen:18 nineteen:19 twenty:20 thirty:30 forty:40 fifty:50 sixty:60 seventy:70
			eighty:80 ninety:90 hundred:100 thousand:1000 million:1000000`,
		"pt": `zero:0 um:1 uma:1 dois:2 duas:2 tres:3 quatro:4 cinco:5 seis:6 sete:7 oito:8 nove:9
			dez:10 onze:11 doze:12 treze:13 catorze:14 quatorze:14 quinze:15 dezesseis:16
			dezessete:17 dezoito:18 dezenove:19 vinte:20 trinta:30 quarenta:40 cinquenta:50
			sessenta:60 setenta:70 oitenta:80 noventa:90 cem:100 cento:100 duzentos:200
			duzentas:200 trezentos:300 trezentas:300 quinhentos:500 quinhentas:500 mil:1000
			milhao:1000000 milhoes:1000000`,
	}
	// Multipliers are the number words that multiply what stands before
	// them ("dos mil", "tres millones") rather than add to it.
	numberMultipliers = map[string]string{
		"es": `mil millon millones`,
		"en": `hundred thousand million`,
		"pt": `mil milhao milhoes`,
	}
	// Joiners link the parts of one spelled-out number ("treinta y dos",
	// "forty-two" is one word).
	numberJoiners = map[string]string{
		"es": `y`,
		"en": `and`,
		"pt": `e`,
	}
	// The article-like ones ("un", "a") count only before a unit of amount
	// or time ("una docena", "a week"): "un incendio" is no count.
	numberWeak = map[string]string{
		"es": `un una uno`,
		"en": `a an one`,
		"pt": `um uma`,
	}
	// Nouns of amount: exact ("docena") or vague ("decenas", "miles").
	amountNouns = map[string]string{
		"es": `docena:12 docenas:12 veintena:20 centenar:100 centenares:100 millar:1000 millares:1000
			decenas:10~ cientos:100~ miles:1000~ millones:1000000~`,
		"en": `dozen:12 dozens:12~ score:20 tens:10~ hundreds:100~ thousands:1000~ millions:1000000~`,
		"pt": `duzia:12 duzias:12~ dezena:10 dezenas:10~ centena:100 centenas:100~ milhares:1000~
			milhoes:1000000~`,
	}
	// Approximators qualify a quantity ("más de 17 días", "nearly two
	// weeks"); a value printed with one differs from the bare figure.
	// Longest first, so "poco más de" wins over "más de".
	approximators = map[string]string{
		"es": `poco más de|poco menos de|algo más de|algo menos de|más de|menos de|cerca de|
			alrededor de|en torno a|aproximadamente|al menos|por lo menos|como mínimo|hasta|casi|
			unos|unas|apenas|sólo|solo|solamente`,
		"en": `a little more than|a little over|just over|just under|more than|less than|fewer than|
			at least|up to|as many as|as few as|about|around|nearly|almost|roughly|approximately|
			some|over|under|only|just`,
		"pt": `pouco mais de|pouco menos de|mais de|menos de|cerca de|perto de|em torno de|
			aproximadamente|pelo menos|no mínimo|até|quase|uns|umas|apenas|só|somente`,
	}
	// Approximators that only stress a figure without changing it ("apenas
	// 17 días", "only two weeks"): they are printed with the value but do
	// not make two values differ.
	stressApproximators = map[string]string{
		"es": `apenas|sólo|solo|solamente`,
		"en": `only|just`,
		"pt": `apenas|só|somente`,
	}
)

// Fractions: after a number word they divide it ("un cuarto de punto",
// "tres cuartos", "half a point" is not read).
var fractions = map[string]string{
	"es": `medio:2 media:2 tercio:3 tercios:3 cuarto:4 cuartos:4`,
	"en": `half:2 halves:2 third:3 thirds:3 quarter:4 quarters:4`,
	"pt": `meio:2 meia:2 terco:3 tercos:3 quarto:4 quartos:4`,
}

// Units of measure: a figure in one of these measures an attribute
// (a distance, a weight, a price) rather than counting things, so two
// statements giving one are not thereby about the same thing ("35
// kilómetros al sur" and "40 kilómetros de profundidad").
var measureUnits = map[string]string{
	"es": `kilómetro kilómetros km metro metros m centímetro centímetros kilo kilos kilogramo
		kilogramos kg gramo gramos tonelada toneladas litro litros galón galones barril barriles
		hectárea hectáreas milla millas grado grados dólar dólares euro euros peso pesos libra
		libras punto puntos`,
	"en": `kilometre kilometres kilometer kilometers km metre metres meter meters m mile miles
		foot feet inch inches kilo kilos kilogram kilograms kg pound pounds ton tons tonne tonnes
		litre litres liter liters gallon gallons barrel barrels acre acres hectare hectares degree
		degrees dollar dollars euro euros point points`,
	"pt": `quilômetro quilômetros km metro metros m quilo quilos kg tonelada toneladas litro litros
		barril barris hectare hectares grau graus dólar dólares euro euros real reais ponto pontos`,
}

// Unit qualifiers: words after a unit that make it another unit of the
// same measure ("25 puntos base" is not "25 puntos porcentuales"): values
// in the two are compared for a reader, never taken as a contradiction.
var unitQualifiers = map[string]string{
	"es": `base basicos porcentual porcentuales`,
	"en": `basis percentage`,
	"pt": `base basicos percentual percentuais`,
}

var (
	fractionSet      = map[string]map[string]float64{}
	unitQualifierSet = foldedSets(unitQualifiers)
	measureUnitSet   = foldedSets(measureUnits)
)

// IsMeasureUnit reports whether the folded word is a unit of measure
// ("kilómetros", "dólares") rather than a thing counted ("muertos").
func (l *Language) IsMeasureUnit(w string) bool { return measureUnitSet[l.Code][w] }

func init() {
	for code, pairs := range fractions {
		m := map[string]float64{}
		for k, v := range numsAt(pairs) {
			m[k] = 1 / float64(v)
		}
		fractionSet[code] = m
	}
}

// IsUnitQualifier reports whether the folded word, after a unit, makes it
// another unit of the same measure ("base" in "puntos base").
func (l *Language) IsUnitQualifier(w string) bool { return unitQualifierSet[l.Code][w] }

// Units of time a figure may count: "17 días" and "dos semanas" measure
// one span, whatever the unit.
var durationUnits = map[string]string{
	"es": `segundo segundos minuto minutos hora horas día días semana semanas mes meses año años
		década décadas siglo siglos`,
	"en": `second seconds minute minutes hour hours day days week weeks month months year years
		decade decades century centuries`,
	"pt": `segundo segundos minuto minutos hora horas dia dias semana semanas mês meses ano anos
		década décadas século séculos`,
}

// Clock units: after one of these a figure like "11.00" or "9:30" is a
// time of day, not an amount.
var clockUnits = map[string]string{
	"es": `horas h hrs`,
	"en": `hours h hrs`,
	"pt": `horas h`,
}

var durationUnitSet, clockUnitSet = foldedSets(durationUnits), foldedSets(clockUnits)

// unitDays is the length in days of each unit of durationUnits, which
// every language lists in this order, singular then plural.
var unitDays = []float64{1.0 / 86400, 1.0 / 1440, 1.0 / 24, 1, 7, 30.44, 365.25, 3652.5, 36525}

// durationDays maps each language's folded units of time to their length
// in days.
var durationDays = func() map[string]map[string]float64 {
	out := map[string]map[string]float64{}
	for code, ws := range durationUnits {
		m := map[string]float64{}
		for i, w := range strings.Fields(Fold(ws)) {
			m[w] = unitDays[i/2]
		}
		out[code] = m
	}
	return out
}()

// DurationDays returns the length in days of the folded unit of time w
// ("semanas": 7), or 0 when w is none.
func (l *Language) DurationDays(w string) float64 { return durationDays[l.Code][w] }

func foldedSets(lists map[string]string) map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for code, ws := range lists {
		out[code] = set(Fold(ws))
	}
	return out
}

// IsDurationUnit reports whether the folded word is a unit of time a
// figure may count ("días", "weeks").
func (l *Language) IsDurationUnit(w string) bool { return durationUnitSet[l.Code][w] }

// IsClockUnit reports whether the folded word, after a figure written as
// hours and minutes, makes it a time of day ("las 11.00 horas").
func (l *Language) IsClockUnit(w string) bool { return clockUnitSet[l.Code][w] }

// Percent words: a figure followed by one of these is a percentage, as
// with the sign ("11,25 por ciento", "3 percent").
var percentWords = map[string][]string{
	"es": {"por ciento"},
	"en": {"percent", "per cent"},
	"pt": {"por cento"},
}

// Percent returns how many of the folded words at the start of ws spell a
// percentage ("por ciento"), 0 when they do not.
func (l *Language) Percent(ws []string) int {
	for _, p := range percentWords[l.Code] {
		f := strings.Fields(p)
		if len(f) <= len(ws) && strings.Join(ws[:len(f)], " ") == p {
			return len(f)
		}
	}
	return 0
}

// Unit links: the only words that may stand between a number and what it
// counts ("una docena de buques", "dozens of ships").
var unitLinks = map[string]string{
	"es": `de del`,
	"en": `of`,
	"pt": `de do da dos das`,
}

var (
	unitLinkSet     = map[string]map[string]bool{}
	numberWordSet   = map[string]map[string]float64{}
	numberMultSet   = map[string]map[string]bool{}
	numberJoinerSet = map[string]map[string]bool{}
	numberWeakSet   = map[string]map[string]bool{}
	amountNounSet   = map[string]map[string]amount{}
	approxPhrases   = map[string][][]string{}
	stressSet       = map[string]map[string]bool{}
)

type amount struct {
	value float64
	vague bool
}

func init() {
	for code, pairs := range numberWords {
		m := map[string]float64{}
		for k, v := range numsAt(pairs) {
			m[k] = float64(v)
		}
		numberWordSet[code] = m
	}
	for code, ws := range numberMultipliers {
		numberMultSet[code] = set(ws)
	}
	for code, ws := range numberJoiners {
		numberJoinerSet[code] = set(ws)
	}
	for code, ws := range unitLinks {
		unitLinkSet[code] = set(ws)
	}
	for code, ws := range numberWeak {
		numberWeakSet[code] = set(ws)
	}
	for code, pairs := range amountNouns {
		m := map[string]amount{}
		for _, p := range strings.Fields(pairs) {
			k, v, _ := strings.Cut(p, ":")
			vague := strings.HasSuffix(v, "~")
			m[k] = amount{value: float64(numsAt("x:" + strings.TrimSuffix(v, "~"))["x"]), vague: vague}
		}
		amountNounSet[code] = m
	}
	for code, ps := range approximators {
		for _, p := range strings.Split(ps, "|") {
			approxPhrases[code] = append(approxPhrases[code], strings.Fields(Fold(p)))
		}
	}
	for code, ps := range stressApproximators {
		stressSet[code] = map[string]bool{}
		for _, p := range strings.Split(ps, "|") {
			stressSet[code][Fold(strings.TrimSpace(p))] = true
		}
	}
}

// SpelledNumber reads a number written in words at the start of ws
// (folded, lower-cased words): "diecisiete", "treinta y dos", "dos mil",
// "una docena", "decenas", "un cuarto", "two hundred". It returns the value, how many
// words it took (0 when ws does not start with a number), and whether the
// amount is vague ("decenas", "miles"). The weak ones ("un", "a") count
// only before an amount noun or when strong is set by the caller, who
// knows a unit follows.
func (l *Language) SpelledNumber(ws []string, strong bool) (value float64, n int, vague bool) {
	words, mult, join := numberWordSet[l.Code], numberMultSet[l.Code], numberJoinerSet[l.Code]
	total, part := 0.0, 0.0
	for n < len(ws) {
		w := ws[n]
		if v, ok := words[w]; ok {
			switch {
			case mult[w] && part == 0 && total == 0:
				part = v // "mil personas": a bare multiplier is the number
			case mult[w]:
				total += max(part, 1) * v
				part = 0
			default:
				part += v
			}
			n++
			continue
		}
		if join[w] && n > 0 && n+1 < len(ws) && words[ws[n+1]] > 0 {
			n++
			continue
		}
		break
	}
	value = total + part
	if f, ok := fractionSet[l.Code][wsAt(ws, n)]; ok && n > 0 {
		return value * f, n + 1, false
	}
	if a, ok := amountNounSet[l.Code][wsAt(ws, n)]; ok {
		if n == 0 {
			value = 1
		}
		value, n, vague = value*a.value, n+1, a.vague
		// "decenas de miles", "tens of thousands"
		if b, ok := amountNounSet[l.Code][wsAt(ws, n+1)]; ok && unitLinkSet[l.Code][wsAt(ws, n)] {
			value, n, vague = value*b.value, n+2, vague || b.vague
		}
		return value, n, vague
	}
	if n == 1 && numberWeakSet[l.Code][ws[0]] && !strong {
		return 0, 0, false
	}
	if n > 0 && join[ws[n-1]] {
		n--
	}
	return value, n, false
}

func wsAt(ws []string, i int) string {
	if i < len(ws) {
		return ws[i]
	}
	return ""
}

// IsUnitLink reports whether the folded word may stand between a number
// and the noun it counts ("de" in "miles de militares").
func (l *Language) IsUnitLink(w string) bool { return unitLinkSet[l.Code][w] }

// Approximator returns how many of the folded words that end ws form an
// approximator qualifying the number that follows them ("poco más de",
// "about"), 0 when none; and whether it only stresses the figure
// ("apenas", "only").
func (l *Language) Approximator(ws []string) (n int, stress bool) {
	for _, p := range approxPhrases[l.Code] {
		if len(p) > len(ws) {
			continue
		}
		tail := ws[len(ws)-len(p):]
		match := true
		for i := range p {
			if tail[i] != p[i] {
				match = false
				break
			}
		}
		if match {
			return len(p), len(p) == 1 && stressSet[l.Code][p[0]]
		}
	}
	return 0, false
}
