package lang

import "strings"

// Calendar words, used when grouping articles into stories: month and
// weekday names are capitalised in English (and sometimes in Spanish and
// Portuguese headlines) without being names of anything the story is
// about, and a month name beside a day number is a date worth comparing.

// groupingMonths lists each language's month names (folded) in order,
// January first, with common abbreviations after a "|".
var groupingMonths = map[string][12]string{
	"es": {"enero|ene", "febrero|feb", "marzo|mar", "abril|abr", "mayo|may", "junio|jun",
		"julio|jul", "agosto|ago", "septiembre|setiembre|sep|sept", "octubre|oct", "noviembre|nov", "diciembre|dic"},
	"en": {"january|jan", "february|feb", "march|mar", "april|apr", "may", "june|jun",
		"july|jul", "august|aug", "september|sep|sept", "october|oct", "november|nov", "december|dec"},
	"pt": {"janeiro|jan", "fevereiro|fev", "marco|mar", "abril|abr", "maio|mai", "junho|jun",
		"julho|jul", "agosto|ago", "setembro|set", "outubro|out", "novembro|nov", "dezembro|dez"},
}

// groupingWeekdays lists each language's weekday names (folded).
var groupingWeekdays = map[string]string{
	"es": "lunes martes miercoles jueves viernes sabado domingo",
	"en": "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat sun",
	"pt": "segunda terca quarta quinta sexta sabado domingo segunda-feira terca-feira quarta-feira quinta-feira sexta-feira",
}

type calendar struct {
	months   map[string]int
	weekdays map[string]bool
}

var calendars = buildCalendars()

func buildCalendars() map[string]calendar {
	out := make(map[string]calendar)
	for code, months := range groupingMonths {
		c := calendar{months: make(map[string]int), weekdays: make(map[string]bool)}
		for i, names := range months {
			for _, n := range strings.Split(names, "|") {
				c.months[n] = i + 1
			}
		}
		for _, w := range strings.Fields(groupingWeekdays[code]) {
			c.weekdays[w] = true
		}
		out[code] = c
	}
	return out
}

// Month returns the month (1–12) a word names in the language, full name or
// common abbreviation, in any case and with or without accents; 0 when it
// names none.
func (l *Language) Month(w string) int { return calendars[l.Code].months[Fold(w)] }

// IsWeekday reports whether a word names a day of the week in the language.
func (l *Language) IsWeekday(w string) bool { return calendars[l.Code].weekdays[Fold(w)] }
