package lang

import "strings"

// Calendar words per language, folded (lower-case, no accents). Months
// list the full name first, then the abbreviations news pages print.
var months = map[string][12]string{
	"es": {"enero ene", "febrero feb", "marzo mar", "abril abr", "mayo may", "junio jun",
		"julio jul", "agosto ago", "septiembre setiembre sep sept set", "octubre oct", "noviembre nov", "diciembre dic"},
	"en": {"january jan", "february feb", "march mar", "april apr", "may", "june jun",
		"july jul", "august aug", "september sep sept", "october oct", "november nov", "december dec"},
	"pt": {"janeiro jan", "fevereiro fev", "marco mar", "abril abr", "maio mai", "junho jun",
		"julho jul", "agosto ago", "setembro set", "outubro out", "novembro nov", "dezembro dez"},
}

var weekdays = map[string]string{
	"es": "lunes martes miercoles jueves viernes sabado domingo lun mar mie jue vie sab dom",
	"en": "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun",
	"pt": "segunda-feira terca-feira quarta-feira quinta-feira sexta-feira segunda terca quarta quinta sexta sabado domingo seg ter qua qui sex sab dom",
}

// dateFillers are the words that join the parts of a printed date or time:
// "11 de diciembre de 2025 a las 14:08 h".
var dateFillers = map[string]string{
	"es": "de del el a las la y hora horas h hs hrs",
	"en": "of the on at and th st nd rd h hrs",
	"pt": "de do da em as a e hora horas h hs",
}

// dateZones are time-zone and meridiem words that may close a time.
const dateZones = "am pm a.m p.m m p utc gmt cet cest est edt pst pdt cst cdt art brt clt cot pet vet mex wet west eet"

var (
	monthIndex   = map[string]map[string]int{} // folded word → language → month 1..12
	calendarWord = map[string]bool{}           // every folded calendar word of every language
)

func init() {
	for code, ms := range months {
		for i, names := range ms {
			for _, w := range strings.Fields(names) {
				if monthIndex[w] == nil {
					monthIndex[w] = map[string]int{}
				}
				monthIndex[w][code] = i + 1
				calendarWord[w] = true
			}
		}
	}
	for _, m := range []map[string]string{weekdays, dateFillers} {
		for _, words := range m {
			for _, w := range strings.Fields(words) {
				calendarWord[w] = true
			}
		}
	}
	for _, w := range strings.Fields(dateZones) {
		calendarWord[w] = true
	}
}

// MonthLanguages returns the languages in which a folded word names a
// month, sorted, so that a date printed in another language than the
// article's can still be read.
func MonthLanguages(word string) []string {
	var out []string
	for _, code := range []string{"en", "es", "pt"} {
		if _, ok := monthIndex[word][code]; ok {
			out = append(out, code)
		}
	}
	return out
}

// IsCalendarWord reports whether a folded word can be part of a printed
// date in any supported language: a month, a weekday, a time-zone or
// meridiem word, or a word that joins a date's parts ("de", "a las").
func IsCalendarWord(word string) bool { return calendarWord[word] }

// monthNames returns a language's month names from the months table: the
// full names (the first of each month, and longer variants such as
// "setiembre") and the abbreviations, which are read as months only next
// to a number.
func monthNames(code string) (full, abbrev map[string]int) {
	full, abbrev = map[string]int{}, map[string]int{}
	for i, names := range months[code] {
		for j, w := range strings.Fields(names) {
			if j == 0 || len(w) > 4 {
				full[w] = i + 1
			}
			// A name as short as an abbreviation ("may") is one too.
			if len(w) <= 3 || j > 0 && len(w) <= 4 {
				abbrev[w] = i + 1
			}
		}
	}
	return full, abbrev
}
