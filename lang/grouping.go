package lang

import "strings"

// Calendar words, used when grouping articles into stories: month and
// weekday names are capitalised in English (and sometimes in Spanish and
// Portuguese headlines) without being names of anything the story is
// about, and a month name beside a day number is a date worth comparing.
// The names are the ones of months.go.

type calendar struct {
	months   map[string]int
	weekdays map[string]bool
}

var calendars = buildCalendars()

func buildCalendars() map[string]calendar {
	out := make(map[string]calendar)
	for code, ms := range months {
		c := calendar{months: make(map[string]int), weekdays: make(map[string]bool)}
		for i, names := range ms {
			for _, n := range strings.Fields(names) {
				c.months[n] = i + 1
			}
		}
		for _, w := range strings.Fields(weekdays[code]) {
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
