package lang

import (
	"strings"
	"unicode/utf8"
)

// Calendar words per language, accent-folded and lower-cased: months,
// weekdays, relative days, units of time and the words around them that
// make a temporal expression ("pasado", "próximo", "hace", "ago").
type TimeWords struct {
	Months       map[string]int // "noviembre" → 11
	MonthAbbrevs map[string]int // "nov" → 11: read as a month only next to a number
	Weekdays     map[string]int // "jueves" → 4 (time.Thursday)
	Days         map[string]int // "ayer" → -1, "hoy" → 0
	Units        map[string]string
	Numbers      map[string]int // "dos" → 2
	OrdinalDays  map[string]int // "primero" → 1: "el primero de enero"

	This, Past, Future  map[string]bool // "este"; "pasado"; "próximo"
	Dets                map[string]bool // articles and contractions before a weekday or a unit: "el", "on", "na"
	YearPreps           map[string]bool // words after which a bare number is a year: "en", "desde", "since"
	AgoBefore, AgoAfter map[string]bool // "hace dos semanas"; "two weeks ago"
	AgoHedges           map[string]bool // words that may stand between "hace" and its number: "hace ya seis meses", "hace casi dos años"
	FromNow             [][]string      // what puts a span ahead of the publication: "dentro de dos semanas"
	FutureWords         map[string]bool // auxiliaries that mark the future: "will", "va", "vai"
	FutureSuffixes      []string        // verb endings that mark the future, not folded: "rá", "rán"
	PastWords           map[string]bool // auxiliaries and verbs that mark the past: "ha", "fue", "was"
	PastSuffixes        []string        // verb endings that mark the past, not folded: "ó", "aron"
	FuturePhrases       [][]string      // "que viene"
	Vague               [][]string      // "en días recientes": a time with no date
	DayFirst            bool            // numeric dates read day first (11/12/2025 is 11 December)
	NotTomorrow         map[string]bool // words before "mañana" that make it "morning"
	Coordinators        map[string]bool // "y": "en enero y marzo" are two months
	RangeLinks          map[string]bool // "al": besides the coordinators, what joins the days of a range ("del 15 al 17 de marzo")
	PartsOfDay          map[string]bool // "noche": "la noche del viernes" is the Friday
	DayOf               map[string]bool // "de": what joins a part of the day to its date
	PartAfter           map[string]bool // "por", "la": what joins a date to its part of the day after it ("hoy por la noche")
	PeriodParts         map[string]bool // "principios": the part of a month or year before it ("principios de abril")
	PeriodOf            bool            // a period part takes DayOf before its month or year: "fin de 2020", not "Fin 2020" (English: "late 2011")
	PartArticles        map[string]bool // what must stand right before a part of the day said after a date: "la" ("hoy por la noche", not "de hoy a mañana")
	YearArticles        map[string]bool // the article a year may take after a preposition: "el" ("para el 2013", not "de los 2000 detenidos")
	NotPast             map[string]bool // words that end as past verbs do but are not: "need", "hundred"
	PostPast            map[string]bool // "pasado" after a date: "el 11 de febrero pasado"
	PostFuture          map[string]bool // "próximo" after a date: "el 30 de junio próximo"
	PerfectAuxiliaries  map[string]bool // forms of "haber" before a participle: "ha pasado" is no "pasado mañana"
	NotAgoAfter         map[string]bool // words after "hace poco" that make it a verb and its object: "hace poco por resolver"
	Since               map[string]bool // words that make a span ago a duration: "desde hace 32 años"
	Nights              map[string]bool // "noche": "la pasada noche", "last night" is the day before
	Same                map[string]bool // "mismo": "este mismo año" is this year
	Fused               map[string]bool // a preposition fused with the article, left out of the extent: "del" of "del lunes"
	Toward              map[string]bool // a preposition that points a month ahead: "previstas para junio", "lo aplazó para octubre"

	starts  *wordTable // every word an expression may begin with
	anchors *wordTable // the words an expression turns on; see MayAnchor
	// anchorShape marks, per length, the first bytes of anchors, so
	// that MayAnchor turns most words away without hashing.
	anchorShape [maxAnchorLen + 1][256]bool
	anchorFirst [256]bool // the first bytes of anchors, of any length
}

var timeWords = map[string]*TimeWords{
	"es": {
		Weekdays:    ordinalNames(`domingo lunes martes miercoles jueves viernes sabado`, ``),
		Days:        numsAt(`anteayer:-2 antier:-2 anteanoche:-2 ayer:-1 anoche:-1 hoy:0 manana:1`),
		Units:       unitNames(`dia:day dias:day semana:week semanas:week mes:month meses:month ano:year anos:year`),
		OrdinalDays: numsAt(`primero:1`),
		Numbers:     numsAt(`un:1 una:1 uno:1 dos:2 tres:3 cuatro:4 cinco:5 seis:6 siete:7 ocho:8 nueve:9 diez:10 once:11 doce:12 quince:15 veinte:20 treinta:30`),
		This:        wordSet(`este esta`), Past: wordSet(`pasado pasada`), Future: wordSet(`proximo proxima entrante venidero`),
		Dets:               wordSet(`el la este esta ese esa del al aquel aquella los`),
		YearPreps:          wordSet(`en desde hasta de del para durante entre ano`),
		AgoBefore:          wordSet(`hace`),
		AgoAfter:           wordSet(`atras`),
		AgoHedges:          wordSet(`ya casi unos unas apenas poco mas menos de cerca`),
		FromNow:            phraseList(`dentro de`),
		FutureWords:        wordSet(`va van prevista previsto previstas previstos programada programado`),
		FuturePhrases:      phraseList(`que viene`),
		Vague:              phraseList(`hace unos dias|hace unas semanas|hace unos meses|hace poco|en dias recientes|en estos dias|estos dias|en los ultimos dias|en las ultimas semanas|en los ultimos meses|en las ultimas horas|recientemente|en los proximos dias|en las proximas semanas|en los proximos meses`),
		FutureSuffixes:     []string{"rá", "rán", "remos", "ré", "rás"},
		PastWords:          wordSet(`ha han habia habian hubo fue fueron dijo hizo tuvo estuvo pudo vino`),
		PastSuffixes:       []string{"ó", "aron", "ieron", "yeron"},
		DayFirst:           true,
		NotTomorrow:        wordSet(`la esta por de cada una toda`),
		Coordinators:       coordinators["es"],
		RangeLinks:         wordSet(`al a`),
		PartsOfDay:         wordSet(`manana tarde noche madrugada mediodia`),
		DayOf:              wordSet(`de`),
		PartAfter:          wordSet(`por en a la`),
		PartArticles:       wordSet(`la`),
		YearArticles:       wordSet(`el`),
		NotPast:            map[string]bool{},
		PeriodParts:        wordSet(`principios comienzos inicios primeros mediados finales fines final fin`),
		PeriodOf:           true,
		PostPast:           wordSet(`pasado`),
		PostFuture:         wordSet(`proximo entrante venidero`),
		NotAgoAfter:        wordSet(`por para o ni`),
		Since:              wordSet(`desde`),
		Nights:             wordSet(`noche`),
		Same:               wordSet(`mismo misma`),
		Fused:              wordSet(`del al`),
		Toward:             wordSet(`para`),
		PerfectAuxiliaries: wordSet(`he has ha hemos habeis han habia habias habiamos habian habra habras habremos habran haya hayas hayamos hayan habria habrian haber habiendo hubo`),
	},
	"en": {
		Weekdays: ordinalNames(`sunday monday tuesday wednesday thursday friday saturday`, ``),
		Days:     numsAt(`yesterday:-1 today:0 tonight:0 tomorrow:1`),
		Units:    unitNames(`day:day days:day week:week weeks:week month:month months:month year:year years:year`),
		Numbers:  numsAt(`a:1 an:1 one:1 two:2 three:3 four:4 five:5 six:6 seven:7 eight:8 nine:9 ten:10 eleven:11 twelve:12 fifteen:15 twenty:20 thirty:30`),
		This:     wordSet(`this`), Past: wordSet(`last past`), Future: wordSet(`next coming`),
		Dets:           wordSet(`on the that`),
		YearPreps:      wordSet(`in since until by of from to through during between year`),
		AgoAfter:       wordSet(`ago`),
		FutureWords:    wordSet(`will 'll shall scheduled`),
		Vague:          phraseList(`in recent days|in recent weeks|in recent months|in the past few days|in the coming days|in the coming weeks|recently`),
		DayFirst:       false,
		NotTomorrow:    map[string]bool{},
		Coordinators:   coordinators["en"],
		RangeLinks:     wordSet(`to`),
		PartsOfDay:     wordSet(`morning afternoon evening night`),
		DayOf:          wordSet(`of`),
		PartAfter:      map[string]bool{}, // "Sunday night"
		PartArticles:   map[string]bool{},
		YearArticles:   map[string]bool{},
		NotPast:        wordSet(`need speed seed feed breed bleed proceed succeed exceed indeed hundred embed`),
		PeriodParts:    wordSet(`early mid late beginning end`),
		PostPast:       map[string]bool{},
		PostFuture:     map[string]bool{},
		AgoBefore:      map[string]bool{},
		AgoHedges:      map[string]bool{},
		FuturePhrases:  nil,
		FutureSuffixes: nil,
		PastWords:      wordSet(`was were had did said met held told`),
		PastSuffixes:   []string{"ed"}, // but see NotPast
		Nights:         wordSet(`night`),
		Same:           wordSet(`very`),
	},
	"pt": {
		Weekdays:    ordinalNames(`domingo segunda-feira terca-feira quarta-feira quinta-feira sexta-feira sabado`, ``),
		Days:        numsAt(`anteontem:-2 ontem:-1 hoje:0 amanha:1`),
		Units:       unitNames(`dia:day dias:day semana:week semanas:week mes:month meses:month ano:year anos:year`),
		OrdinalDays: numsAt(`primeiro:1`),
		Numbers:     numsAt(`um:1 uma:1 dois:2 duas:2 tres:3 quatro:4 cinco:5 seis:6 sete:7 oito:8 nove:9 dez:10 onze:11 doze:12 quinze:15 vinte:20 trinta:30`),
		This:        wordSet(`este esta neste nesta`), Past: wordSet(`passado passada`), Future: wordSet(`proximo proxima`),
		Dets:           wordSet(`o a no na este esta neste nesta do da ao`),
		YearPreps:      wordSet(`em desde ate de do para durante entre ano`),
		AgoBefore:      wordSet(`ha`),
		AgoAfter:       wordSet(`atras`),
		AgoHedges:      wordSet(`ja quase uns umas apenas mais menos de cerca`),
		FromNow:        phraseList(`daqui a`),
		FutureWords:    wordSet(`vai vao prevista previsto`),
		FuturePhrases:  phraseList(`que vem`),
		Vague:          phraseList(`nos ultimos dias|nas ultimas semanas|nos ultimos meses|recentemente|nos proximos dias`),
		FutureSuffixes: []string{"rá", "rão", "remos"},
		PastWords:      wordSet(`foi foram havia tinha disse fez teve esteve`),
		PastSuffixes:   []string{"ou", "aram", "eram", "iram"},
		DayFirst:       true,
		NotTomorrow:    wordSet(`a esta de pela cada`),
		Coordinators:   coordinators["pt"],
		RangeLinks:     wordSet(`a ao`),
		PartsOfDay:     wordSet(`manha tarde noite madrugada`),
		DayOf:          wordSet(`de`),
		PartAfter:      wordSet(`a pela de`),
		PartArticles:   map[string]bool{}, // "ontem à noite", "hoje de manhã"
		YearArticles:   wordSet(`o`),
		NotPast:        map[string]bool{},
		PeriodParts:    wordSet(`inicio comeco meados final fins`),
		PeriodOf:       true,
		PostPast:       wordSet(`passado`),
		PostFuture:     wordSet(`proximo`),
		Since:          wordSet(`desde`),
		Nights:         wordSet(`noite`),
		Same:           wordSet(`mesmo mesma`),
		Toward:         wordSet(`para`),
	},
}

// The month names are those of months.go.
func init() {
	for code, t := range timeWords {
		t.Months, t.MonthAbbrevs = monthNames(code)
	}
}

// CanStart reports whether a temporal expression may begin with the
// folded word w: a digit, or a word of one of the lists. It lets a scanner
// skip most words with one lookup.
func (t *TimeWords) CanStart(w string) bool {
	if w == "" {
		return false
	}
	if c := w[0]; c >= '0' && c <= '9' {
		return true
	}
	return t.starts.has(w)
}

// CanStartWord is CanStart(Fold(w)), without building the folded word
// when it is short: scanners ask it of every token.
func (t *TimeWords) CanStartWord(w string) bool {
	if w == "" {
		return false
	}
	if c := w[0]; c >= '0' && c <= '9' {
		return true
	}
	if isLowerASCII(w) {
		return t.starts.has(w)
	}
	var fb [64]byte
	return t.starts.has(string(appendFold(fb[:0], w)))
}

// MayAnchor reports whether the word w (any case, with or without
// accents or a final period) is one a temporal expression turns on: a
// number, a month, a weekday, a relative day ("ayer"), a unit of time,
// a part of the day ("noche"), "hace", or the third word of a vague phrase
// (its last, when shorter).
// Every expression holds one within its first three words ("el pasado
// jueves", "en los últimos días"), so a scanner may pass over a word that
// could start one when none stands in reach: "el", "la", "un" and "en"
// start expressions and are everywhere.
func (t *TimeWords) MayAnchor(w string) bool {
	if w == "" {
		return false
	}
	if c := w[0]; c >= '0' && c <= '9' {
		return true
	}
	if isLowerASCII(w) {
		return t.anchorOrAbbrev(w)
	}
	if !t.anchorFirst[foldedFirstByte(w)] {
		return false
	}
	var fb [64]byte
	return t.anchorOrAbbrev(string(appendFold(fb[:0], w)))
}

// foldedFirstByte returns the first byte of Fold(w), w not empty.
func foldedFirstByte(w string) byte {
	if c := w[0]; c < utf8.RuneSelf {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		return c
	}
	r, _ := utf8.DecodeRuneInString(w)
	var b [utf8.UTFMax]byte
	utf8.EncodeRune(b[:], foldRune(r))
	return b[0]
}

// anchorOrAbbrev reports whether the folded f, or f without its final
// period, is an anchor.
func (t *TimeWords) anchorOrAbbrev(f string) bool {
	return t.isAnchor(f) || len(f) > 1 && f[len(f)-1] == '.' && t.isAnchor(f[:len(f)-1])
}

// maxAnchorLen bounds the length of anchors in bytes.
const maxAnchorLen = 24

func (t *TimeWords) isAnchor(f string) bool {
	return len(f) <= maxAnchorLen && f != "" && t.anchorShape[len(f)][f[0]] && t.anchors.has(f)
}

func (t *TimeWords) buildStarts() {
	starts := map[string]bool{}
	for _, m := range []map[string]int{t.Months, t.MonthAbbrevs, t.Weekdays, t.Days, t.Numbers} {
		for w := range m {
			starts[w] = true
		}
	}
	for _, m := range []map[string]bool{t.This, t.Past, t.Future, t.Dets, t.AgoBefore} {
		for w := range m {
			starts[w] = true
		}
	}
	for w := range t.Units {
		starts[w] = true
	}
	for _, p := range t.Vague {
		starts[p[0]] = true
	}
	anchors := map[string]bool{}
	for _, m := range []map[string]int{t.Months, t.MonthAbbrevs, t.Weekdays, t.Days} {
		for w := range m {
			anchors[w] = true
		}
	}
	for w := range t.AgoBefore {
		anchors[w] = true
	}
	for w := range t.OrdinalDays {
		anchors[w] = true // "el primero de enero"
		starts[w] = true
	}
	for _, p := range t.FromNow {
		anchors[p[0]] = true // "dentro de dos semanas"
		starts[p[0]] = true
	}
	for w := range t.Units {
		anchors[w] = true
	}
	for w := range t.PartsOfDay {
		anchors[w] = true // "la noche del pasado viernes"
	}
	for w := range t.PeriodParts {
		anchors[w] = true // "principios del pasado abril"
		starts[w] = true
	}
	for _, p := range t.Vague {
		anchors[p[min(2, len(p)-1)]] = true
	}
	for w := range anchors {
		if len(w) > maxAnchorLen {
			panic("lang: time word longer than maxAnchorLen: " + w)
		}
		t.anchorShape[len(w)][w[0]] = true
		t.anchorFirst[w[0]] = true
	}
	t.starts, t.anchors = newWordTable(starts), newWordTable(anchors)
}

func init() {
	for _, t := range timeWords {
		t.buildStarts()
	}
}

// Time returns the calendar words of a language (Spanish for a language
// cotejo has no resources for).
func (l *Language) Time() *TimeWords {
	if t, ok := timeWords[l.Code]; ok {
		return t
	}
	return timeWords[Default]
}

// IsFutureVerb reports whether the lower-cased word w is a future-tense
// verb or auxiliary: "reunirá", "will", "vai". Accents matter here:
// "reunirá" is future, "fuera" is not.
func (t *TimeWords) IsFutureVerb(w string) bool {
	if t.FutureWords[Fold(w)] {
		return true
	}
	for _, s := range t.FutureSuffixes {
		if strings.HasSuffix(w, s) && len(w) > len(s)+1 {
			return true
		}
	}
	return false
}

// IsFutureWord is IsFutureVerb(strings.ToLower(w)), without building the
// lower-case word when it is short.
func (t *TimeWords) IsFutureWord(w string) bool {
	return hasTense(w, t.FutureWords, t.FutureSuffixes, nil)
}

// IsPastWord reports whether the word w, in any case, is a past-tense verb
// or auxiliary: "llegó", "reunieron", "ha", "was", "falou".
func (t *TimeWords) IsPastWord(w string) bool {
	return hasTense(w, t.PastWords, t.PastSuffixes, t.NotPast)
}

// hasTense reports whether w, lower-cased, is one of the folded words or
// ends in one of the suffixes after at least two letters, and is none of
// the exceptions.
func hasTense(w string, words map[string]bool, suffixes []string, except map[string]bool) bool {
	var lb, fb [64]byte
	low := appendLower(lb[:0], w)
	if except[string(low)] {
		return false
	}
	if words[string(appendFold(fb[:0], string(low)))] {
		return true
	}
	for _, s := range suffixes {
		if len(low) > len(s)+1 && string(low[len(low)-len(s):]) == s {
			return true
		}
	}
	return false
}

// ordinalNames numbers the space-separated names from 1 (weekdays from 0, as
// time.Weekday does, when there are seven), then adds explicit "name:n"
// pairs.
func ordinalNames(names, extra string) map[string]int {
	m := map[string]int{}
	f := strings.Fields(names)
	base := 1
	if len(f) == 7 {
		base = 0
	}
	for i, w := range f {
		m[w] = i + base
	}
	for k, v := range numsAt(extra) {
		m[k] = v
	}
	return m
}

func numsAt(pairs string) map[string]int {
	m := map[string]int{}
	for _, p := range strings.Fields(pairs) {
		k, v, _ := strings.Cut(p, ":")
		n := 0
		neg := strings.HasPrefix(v, "-")
		for _, c := range strings.TrimPrefix(v, "-") {
			n = n*10 + int(c-'0')
		}
		if neg {
			n = -n
		}
		m[k] = n
	}
	return m
}

func unitNames(pairs string) map[string]string {
	m := map[string]string{}
	for _, p := range strings.Fields(pairs) {
		k, v, _ := strings.Cut(p, ":")
		m[k] = v
	}
	return m
}

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

func phraseList(s string) [][]string {
	var out [][]string
	for _, p := range strings.Split(s, "|") {
		out = append(out, strings.Fields(p))
	}
	return out
}

// weekendWords complete the time words of TimeWords for IsTimeWord: "el
// fin de semana".
var weekendWords = map[string]map[string]bool{
	"es": set(`fin`),
	"en": set(`weekend`),
	"pt": set(`fim`),
}

// IsTimeWord reports whether w names a time (a weekday, a month, "ayer",
// a unit such as "semana", "pasado", a part of the day): "dijo el
// jueves" has no subject after its verb, "dijo el ministro" has.
func (l *Language) IsTimeWord(w string) bool {
	f := Fold(w)
	t := l.Time()
	if _, ok := t.Weekdays[f]; ok {
		return true
	}
	if _, ok := t.Months[f]; ok {
		return true
	}
	if _, ok := t.Days[f]; ok {
		return true
	}
	if _, ok := t.Units[f]; ok {
		return true
	}
	return t.Past[f] || t.Future[f] || t.PartsOfDay[f] || weekendWords[l.Code][f]
}
