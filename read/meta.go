package read

import (
	"net/url"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"

	dateparser "github.com/markusmobius/go-dateparser"
	"github.com/markusmobius/go-dateparser/date"

	"github.com/cotejo/cotejo"
	"github.com/cotejo/cotejo/lang"
)

// dateCandidate is a printed date that may be the publication date.
type dateCandidate struct {
	text     string
	priority int // 3 "Publicado:" line, 2 date alone or glued metadata, 1 dateline, 0 "Actualizado:"
	line     int
}

// maxDateParses bounds the calls to the date parser per article: each
// costs tens of microseconds.
const maxDateParses = 3

// metadata fills what the article still lacks from the lines judged as
// bylines, timestamps, addresses and copyright notices.
func (c *cleaner) metadata() {
	a := c.a
	if len(a.Authors) == 0 {
		for i, l := range c.lines {
			if l.role != byline {
				continue
			}
			for _, n := range c.names[i] {
				a.Authors = addAuthor(a.Authors, n)
			}
		}
	}
	if a.URL == "" {
		for _, l := range c.lines {
			if l.role == urlLine {
				a.URL = lineURL(l)
				break
			}
		}
	}
	if a.Outlet == "" {
		a.Outlet = domain(a.URL)
	}
	if a.Outlet == "" && len(c.outlets) > 0 {
		a.Outlet = c.outlets[0]
	}
	if a.Published.IsZero() {
		a.Published = c.published()
	}
	a.Authors = slices.DeleteFunc(a.Authors, func(name string) bool { return sameName(name, a.Outlet) })
}

// sameName reports whether an author's name is the outlet's, written
// another way: a page's byline "Cooperativa cl" on Cooperativa.cl. The
// outlet is no author.
func sameName(author, outlet string) bool {
	letters := func(s string) string {
		var b strings.Builder
		for _, r := range lang.Fold(s) {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				b.WriteRune(r)
			}
		}
		return b.String()
	}
	a, o := letters(author), letters(outlet)
	return a != "" && a == o
}

// published parses the likeliest publication date: a "Publicado:" line
// first, then a date standing alone, then a dateline, then an update
// time; earlier lines first among equals.
func (c *cleaner) published() cotejo.Date {
	sort.SliceStable(c.dates, func(i, j int) bool {
		if c.dates[i].priority != c.dates[j].priority {
			return c.dates[i].priority > c.dates[j].priority
		}
		return c.dates[i].line < c.dates[j].line
	})
	for i, d := range c.dates {
		if i == maxDateParses {
			break
		}
		if p, ok := parseDate(d.text, c.code); ok {
			return p
		}
	}
	return cotejo.Date{}
}

// dateText reports whether a line is a timestamp: an optional cue
// ("Publicada:", "Updated") and then only date and time words. It returns
// the text to parse when the date names its year, and the line's priority
// as a publication date.
func dateText(l *line) (string, int, bool) {
	if l.n > 16 || l.n == 0 {
		return "", 0, false
	}
	priority := 3
	k := lists.published.prefix(l.words)
	if k == 0 {
		if k = lists.updated.prefix(l.words); k > 0 {
			priority = 0
		} else {
			priority = 2
		}
	}
	rest := l.words[k:]
	if len(rest) == 0 {
		return "", 0, false
	}
	month, numbers, year := false, 0, false
	for _, w := range rest {
		switch {
		case isNumber(w):
			numbers++
			year = year || isYear(w) || (len(w) >= 10 && isoDateLen(w) > 0)
		case monthWord(w):
			month = true
		case lang.IsCalendarWord(w):
		default:
			// "Actualizado hace 2 horas" is a timestamp too, but not a date.
			if k > 0 && len(rest) <= 8 && hasDigit(l.text) {
				return "", priority, true
			}
			return "", 0, false
		}
	}
	numeric := numbers >= 3 || (numbers >= 1 && isoDateLen(rest[0]) > 0)
	timeOnly := numbers == 2 && strings.Contains(l.text, ":") && len(rest) <= 4
	if !(month && numbers > 0) && !numeric && !timeOnly {
		return "", 0, false
	}
	if !year {
		return "", priority, true
	}
	text := l.text
	if k > 0 {
		text = afterPhrase(text, k)
	}
	return strings.TrimLeft(text, ":-–—|,. "), priority, true
}

// parseDate reads a printed date in the article's language, falling back
// to the language its month word belongs to ("December 11, 2025" on a
// Spanish page). ISO dates skip the parser.
func parseDate(s, code string) (cotejo.Date, bool) {
	s = strings.TrimSpace(s)
	if n := isoDateLen(s); n > 0 {
		if d, err := cotejo.ParseDate(strings.Replace(s[:n], " ", "T", 1)); err == nil {
			return d, true
		}
	}
	if !lang.Supported(code) {
		code = lang.Default
	}
	// A month name settles the language: the article's when the name is
	// one of its own, else the name's.
	try := []string{code}
	ws, _ := foldedWords(s)
	for _, w := range ws {
		if ls := lang.MonthLanguages(w); len(ls) > 0 && !slices.Contains(ls, code) {
			try = append(ls[:1], code)
			break
		}
	}
	for _, l := range try {
		cfg := &dateparser.Configuration{
			Languages:          []string{l},
			ReturnTimeAsPeriod: true,
			DefaultTimezone:    time.UTC,
		}
		d, err := dateparser.Parse(cfg, s)
		if err != nil || d.IsZero() {
			continue
		}
		return cotejo.Date{Time: d.Time, Grain: grain(d.Period)}, true
	}
	return cotejo.Date{}, false
}

// grain maps the parser's precision onto cotejo's.
func grain(p date.Period) cotejo.Grain {
	switch p {
	case date.Year:
		return cotejo.Year
	case date.Month:
		return cotejo.Month
	case date.Day:
		return cotejo.Day
	}
	return cotejo.Minute
}

// lineURL returns the address a URL line holds, with a scheme.
func lineURL(l *line) string {
	u := l.text
	if l.linkOnly {
		u = l.link
	}
	if !strings.HasPrefix(strings.ToLower(u), "http") {
		u = "https://" + u
	}
	return u
}

// domain returns the host of an address without "www.", or "".
func domain(raw string) string {
	if raw == "" {
		return ""
	}
	if !strings.Contains(raw, "://") {
		raw = "https://" + raw
	}
	u, err := url.Parse(raw)
	if err != nil || !isHost(u.Hostname()) {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// addAuthor appends a name unless the list already holds it, spelled
// with other spacing, case or accents.
func addAuthor(list []string, name string) []string {
	name = squeeze(strings.Trim(name, " |·,-–—"))
	if name == "" {
		return list
	}
	key := lang.Fold(name)
	for _, n := range list {
		if lang.Fold(n) == key {
			return list
		}
	}
	return append(list, name)
}
