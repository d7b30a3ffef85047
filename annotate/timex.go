package annotate

import (
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/cotejo/cotejo"
	"github.com/cotejo/cotejo/lang"
)

// futureWindow is how many tokens on either side of a temporal expression
// are searched for a future-tense verb.
const futureWindow = 6

// Timexes finds the temporal expressions of body and resolves them
// against the publication date, in order and without overlaps:
//
//   - dates read off the text keep their grain: "el 21 de noviembre de
//     2025" (Day), "en noviembre de 2025" (Month), "desde 2019" (Year),
//     "11/12/2025" (day first in Spanish and Portuguese);
//   - a date without a year takes the year that puts it nearest before
//     publication, or nearest after it when the text speaks of the future
//     ("el próximo 7 de mayo", a future verb nearby);
//   - a weekday ("el jueves", "last Thursday") is the most recent such day
//     not after publication, the next one when the text speaks of the
//     future, and strictly before publication with "pasado"/"last";
//   - "ayer", "hoy", "el mes pasado", "el año pasado", "hace dos semanas"
//     count from publication; weeks resolve to a Day (seven days a week);
//   - expressions that name a week ("esta semana") or no definite time
//     ("en días recientes", "recently") are kept with a zero Date: the
//     article does speak of a time, but placing it on a timeline would be
//     a guess.
//
// Relative is set whenever the publication date took part. With a zero
// published date only fully written dates are resolved.
func Timexes(body, code string, published cotejo.Date) []cotejo.Timex {
	var toks []cotejo.Token
	scanTokens(body, cotejo.Span{Start: 0, End: len(body)}, func(start, end int) {
		toks = append(toks, cotejo.Token{Span: cotejo.Span{Start: start, End: end}})
	})
	return timexes(body, code, published, toks)
}

// timexes is Timexes over tokens already found.
func timexes(body, code string, published cotejo.Date, toks []cotejo.Token) []cotejo.Timex {
	s := newTimexScanner(body, code, published, toks)
	defer s.release()
	s.dayOffByOne()
	// Every expression holds an anchor (lang.TimeWords.MayAnchor) among
	// its first three tokens, so only the tokens up to two before an
	// anchor can start one; most sentences have none.
	var out []cotejo.Timex
	i := 0
	for a := range toks {
		if !s.tw.MayAnchor(s.raw(a)) {
			continue
		}
		for i = max(i, a-2); i <= a; {
			m, ok := s.match(i)
			if !ok {
				i++
				continue
			}
			start := i
			if s.tw.Fused[s.word(i)] && m.end > i+1 {
				// "del lunes" is "lunes": annotators (8 of 10 such cases in
				// the annotated sets) leave the fused preposition out.
				start++
			}
			sp := cotejo.Span{Start: s.toks[start].Start, End: s.toks[m.end-1].End}
			out = append(out, cotejo.Timex{Span: sp, Text: body[sp.Start:sp.End], Date: m.date, Relative: m.relative})
			i = m.end
		}
	}
	return out
}

type timexScanner struct {
	body string
	toks []cotejo.Token
	fold []string // lower-cased, accents folded; made and filled as word reads them
	// foldBuf is the pooled slice fold lives in.
	foldBuf *[]string
	l       *lang.Language
	tw      *lang.TimeWords
	en      bool
	pub     time.Time
	hasPub  bool
	pubTime bool // the publication date has a time of day
}

func newTimexScanner(body, code string, published cotejo.Date, toks []cotejo.Token) *timexScanner {
	l := lang.Get(code)
	s := &timexScanner{body: body, toks: toks, l: l, tw: l.Time(), en: l.Code == "en"}
	if published.Grain >= cotejo.Day {
		t := published.Time
		s.pub, s.hasPub = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), true
		s.pubTime = published.Grain > cotejo.Day
	}
	return s
}

// foldPool holds the folded-word slices of finished scanners, cleared.
var foldPool = sync.Pool{New: func() any { return new([]string) }}

// dayOffByOne moves the reference day of a text whose publication time is
// a day off the day it speaks from: "ayer jueves" in a story stamped
// 23:30 UTC on Thursday was written on Friday, and its "mañana" is
// Saturday. The first relative day named with its weekday ("hoy
// jueves", "ayer miércoles") decides, when the two disagree by one day
// and the stamp has a time of day.
func (s *timexScanner) dayOffByOne() {
	if !s.pubTime {
		return
	}
	for i := 0; i+1 < len(s.toks); i++ {
		if !s.tw.CanStartWord(s.raw(i)) {
			continue
		}
		n, ok := s.dayAt(i)
		if !ok || n == 1 && s.tw.Past[s.word(i-1)] {
			continue // "pasado mañana" names no day to check
		}
		wd, named := s.weekdayAfterDay(i)
		if !named {
			continue
		}
		said := s.pub.AddDate(0, 0, n)
		for _, off := range []int{1, -1} {
			if said.AddDate(0, 0, off).Weekday() == wd {
				s.pub = s.pub.AddDate(0, 0, off)
				return
			}
		}
		return
	}
}

// release returns the scanner's folded words to foldPool.
func (s *timexScanner) release() {
	if s.fold != nil {
		clear(s.fold)
		foldPool.Put(s.foldBuf)
		s.fold, s.foldBuf = nil, nil
	}
}

type timexMatch struct {
	end      int
	date     cotejo.Date
	relative bool
}

// word returns the folded token i, or "" out of range.
func (s *timexScanner) word(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	if s.fold == nil {
		// Most tokens are never read folded: folding them on demand
		// saves a string per capitalised or accented word.
		s.foldBuf = foldPool.Get().(*[]string)
		if cap(*s.foldBuf) < len(s.toks) {
			*s.foldBuf = make([]string, len(s.toks))
		}
		s.fold = (*s.foldBuf)[:len(s.toks)]
	}
	if s.fold[i] == "" {
		s.fold[i] = lang.Fold(s.body[s.toks[i].Start:s.toks[i].End])
	}
	return s.fold[i]
}

// raw returns token i as written.
func (s *timexScanner) raw(i int) string { return s.body[s.toks[i].Start:s.toks[i].End] }

// match tries every form of temporal expression at token i.
func (s *timexScanner) match(i int) (timexMatch, bool) {
	// Most tokens start no expression: turn them away before folding
	// them (the openers below are all among the start words).
	if !s.tw.CanStartWord(s.raw(i)) {
		return timexMatch{}, false
	}
	// "la noche del viernes", "la noche de este viernes", "la tarde del
	// pasado 11 de febrero": the part of the day goes with the day the
	// rest names. (The date is read by matchDate, which never comes back
	// here: a run of "del mañana del mañana…" costs linear time.)
	if s.tw.Dets[s.word(i)] && s.tw.PartsOfDay[s.word(i+1)] {
		if m, ok := s.dateOf(i + 2); ok && m.date.Grain >= cotejo.Day {
			return m, true
		}
	}
	// "principios de abril", "finales del año pasado", "late 2011": the
	// expression is the month's or the year's, from its first word.
	if s.tw.PeriodParts[s.word(i)] && s.tw.DayOf[s.word(i+1)] && s.tw.Units[s.word(i+2)] == "year" && !s.tw.Past[s.word(i+3)] && !s.tw.Future[s.word(i+3)] {
		// "a principios de año": of this year.
		m := timexMatch{end: i + 3, relative: true}
		if s.hasPub {
			m.date = cotejo.Date{Time: time.Date(s.pub.Year(), 1, 1, 0, 0, 0, 0, time.UTC), Grain: cotejo.Year}
		}
		return m, true
	}
	if s.tw.PeriodParts[s.word(i)] && (!s.tw.PeriodOf || s.tw.DayOf[s.word(i+1)] || s.tw.Fused[s.word(i+1)]) {
		// Without a publication date a month has no grain to check: a
		// month's or year's word must end the expression ("comienzos de
		// septiembre", not "la final del domingo").
		if m, ok := s.dateOf(i + 1); ok && (m.date.Grain == cotejo.Month || m.date.Grain == cotejo.Year || !s.hasPub && m.date.Grain == cotejo.NoDate && s.monthOrYearIn(i+1, m.end)) {
			return m, true
		}
	}
	m, ok := s.matchDate(i, false)
	// Without a publication date a relative day has no date to tell its
	// grain: its extent is the same.
	if ok && (m.date.Grain >= cotejo.Day || m.date.Grain == cotejo.NoDate) {
		m.end = s.partOfDayAfter(m.end)
	}
	return m, ok
}

// monthOrYearIn reports whether a token in [from, to) names a month or a
// month or a year ("septiembre", "mes", "año"): "finales del año pasado".
func (s *timexScanner) monthOrYearIn(from, to int) bool {
	for k := from; k < to; k++ {
		w := s.word(k)
		if _, ok := s.tw.Months[w]; ok {
			return true
		}
		if u := s.tw.Units[w]; u == "month" || u == "year" {
			return true
		}
	}
	return false
}

// dateOf reads the date that "de" or "del" at k (or nothing) introduces:
// the day of "la noche del viernes", the month of "principios de abril".
func (s *timexScanner) dateOf(k int) (timexMatch, bool) {
	if s.tw.DayOf[s.word(k)] {
		k++
	}
	return s.matchDate(k, true)
}

// partOfDayAfter returns the end of a day's expression that ends at end,
// taking in a part of the day said after it: "hoy por la noche", "el
// domingo a la tarde", "ontem à noite", "Sunday night".
func (s *timexScanner) partOfDayAfter(end int) int {
	k := end
	for n := 0; n < 2 && s.tw.PartAfter[s.word(k)]; n++ {
		k++
	}
	if s.tw.PartsOfDay[s.word(k)] && (len(s.tw.PartArticles) == 0 || s.tw.PartArticles[s.word(k-1)]) {
		return k + 1
	}
	return end
}

// matchDate reads the expression that starts at token i; introduced says
// that what stands before it makes it a date ("la noche de sexta-feira").
func (s *timexScanner) matchDate(i int, introduced bool) (timexMatch, bool) {
	if i >= len(s.toks) || !s.tw.CanStartWord(s.raw(i)) {
		return timexMatch{}, false
	}
	// "hace poco más de un mes" is a span, not the vague "hace poco".
	if m, ok := s.ago(i); ok {
		return m, true
	}
	if m, ok := s.vague(i); ok {
		return m, true
	}
	if m, ok := s.numeric(i); ok {
		return m, true
	}
	j, det, this, past, future := s.modifiers(i)
	det = det || introduced
	if past && !det && j == i+1 && s.tw.Days[s.word(j)] == 1 && !s.tw.Dets[s.word(i-1)] && !s.tw.PerfectAuxiliaries[s.word(i-1)] {
		// "pasado mañana": the day after tomorrow (not "del pasado",
		// "ha pasado").
		return s.shift(j+1, "day", 2), true
	}
	if s.tw.Nights[s.word(j)] {
		// "la pasada noche", "la noche pasada", "last night": the night
		// before the publication day.
		if past {
			return s.shift(j+1, "day", -1), true
		}
		if det && !this && !future && s.tw.Past[s.word(j+1)] {
			return s.shift(j+2, "day", -1), true
		}
	}
	if det && !this && !past && !future && s.tw.Units[s.word(j)] == "day" && s.tw.DayOf[s.word(j+1)] {
		// "el día de hoy", "el día de ayer" (not "el día de mañana",
		// some day in the future).
		if n, ok := s.dayAt(j + 2); ok && n <= 0 {
			return s.shift(j+3, "day", n), true
		}
	}
	if this && s.tw.PartsOfDay[s.word(j)] && unaccented(s.raw(j-1)) {
		// "esta mañana", "this morning": the publication day. ("Está
		// mañana en Madrid" is a verb and tomorrow.)
		return s.shift(j+1, "day", 0), true
	}
	if m, ok := s.weekday(j, det || past || future, this, past, future); ok {
		return m, true
	}
	if m, ok := s.dayMonth(j, future); ok {
		return m, true
	}
	if m, ok := s.monthYear(j, i, past || future, past, future); ok {
		return m, true
	}
	if s.tw.Units[s.word(j)] == "month" && s.word(j+1) == "de" {
		// "el pasado mes de marzo"
		if m, ok := s.monthYear(j+2, i, true, past, future); ok {
			return m, true
		}
	}
	if m, ok := s.dayOfMonth(j, det || past || future, future); ok {
		return m, true
	}
	if m, ok := s.unit(j, this, past, future); ok {
		return m, true
	}
	if det && !this && !past && !future {
		// "el año 2005", "para el 2013": the year with its article.
		k := j
		if s.tw.Units[s.word(k)] == "year" {
			k++
		}
		if _, ok := yearNumber(s.word(k)); ok && (k > j || s.yearIntroduced(k)) {
			if m, ok := s.year(k); ok {
				return m, true
			}
		}
	}
	if j > i {
		return timexMatch{}, false
	}
	if m, ok := s.relativeDay(i); ok {
		return m, true
	}
	if m, ok := s.ago(i); ok {
		return m, true
	}
	if m, ok := s.fromNow(i); ok {
		return m, true
	}
	return s.year(i)
}

// unaccented reports whether a word is written without accents, as the
// determiner "esta" is and the verb "está" is not.
func unaccented(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func (s *timexScanner) vague(i int) (timexMatch, bool) {
	for _, p := range s.tw.Vague {
		if i+len(p) > len(s.toks) {
			continue
		}
		ok := true
		for k, w := range p {
			if s.word(i+k) != w {
				ok = false
				break
			}
		}
		if ok && len(p) == 2 && s.tw.AgoBefore[p[0]] {
			// "hace poco" is a time, but "hace poco por resolver" and
			// "hace poco o nada" are a verb and its object.
			ok = !s.tw.NotAgoAfter[s.word(i+len(p))]
		}
		if ok {
			return timexMatch{end: i + len(p), relative: true}, true
		}
	}
	return timexMatch{}, false
}

// numeric reads "11/12/2025", "11-12-2025" and "2025-12-11".
func (s *timexScanner) numeric(i int) (timexMatch, bool) {
	var parts []int
	end := i
	if w := s.word(i); strings.Count(w, "/") == 2 {
		for _, p := range strings.Split(w, "/") {
			n, err := strconv.Atoi(p)
			if err != nil {
				return timexMatch{}, false
			}
			parts = append(parts, n)
		}
		end = i + 1
	} else if ps := strings.Split(w, "."); len(ps) == 3 && len(ps[0]) <= 2 && len(ps[1]) <= 2 && len(ps[2]) == 4 {
		// "23.02.2017"; "1.500.000" has groups of three.
		for _, p := range ps {
			n, err := strconv.Atoi(p)
			if err != nil {
				return timexMatch{}, false
			}
			parts = append(parts, n)
		}
		end = i + 1
	} else if isDigits(w) && s.word(i+1) == "-" && isDigits(s.word(i+2)) && s.word(i+3) == "-" && isDigits(s.word(i+4)) {
		for k := 0; k < 5; k += 2 {
			n, _ := strconv.Atoi(s.word(i + k))
			parts = append(parts, n)
		}
		end = i + 5
	} else {
		return timexMatch{}, false
	}
	a, b, c := parts[0], parts[1], parts[2]
	var y, m, d int
	switch {
	case a > 999:
		y, m, d = a, b, c
	case c > 999 || c < 100:
		if c < 100 {
			c += 2000
		}
		y = c
		if s.tw.DayFirst && a <= 31 && b <= 12 || a > 12 {
			d, m = a, b
		} else {
			m, d = a, b
		}
	default:
		return timexMatch{}, false
	}
	t, ok := makeDate(y, m, d)
	if !ok {
		return timexMatch{}, false
	}
	return timexMatch{end: end, date: cotejo.Date{Time: t, Grain: cotejo.Day}}, true
}

// weekday reads "el jueves", "este jueves", "el jueves pasado", "last
// Thursday", "el jueves 21 de noviembre".
func (s *timexScanner) weekday(j int, introduced, this, past, future bool) (timexMatch, bool) {
	wd, ok := s.tw.Weekdays[s.word(j)]
	if !ok {
		return timexMatch{}, false
	}
	k := j + 1
	if s.word(k) == "," {
		k++
	}
	if m, ok := s.dayMonth(k, future); ok {
		return withWeekday(m, time.Weekday(wd)), true
	}
	if m, ok := s.numeric(k); ok {
		return m, true // "viernes 07/10/2011"
	}
	k = j + 1
	if !introduced && !(s.en && isCapitalised(s.body[s.toks[j].Start:s.toks[j].End])) {
		return timexMatch{}, false
	}
	k, p, f := s.tenseWord(k)
	past, future = past || p, future || f
	m := timexMatch{end: k, relative: true}
	if !s.hasPub {
		return m, true
	}
	nearest := false
	if !past && !future {
		future = s.futureNear(j, k)
		// "este miércoles" with no tense to say which is the nearest
		// Wednesday; "llegó este miércoles" the last one.
		nearest = this && !future && !s.pastNear(j, k)
	}
	m.date = cotejo.Date{Time: weekdayFrom(s.pub, time.Weekday(wd), this, past, future, nearest), Grain: cotejo.Day}
	if d, end, ok := s.weekdayNumber(k, time.Weekday(wd), past, future); ok {
		m.date.Time, m.end = d, end
	}
	return m, true
}

// maxWeekdayNumberDays bounds how far from the publication "el domingo
// 19" may fall.
const maxWeekdayNumberDays = 45

// weekdayNumber reads the day of the month after a weekday, "el domingo
// 19", and returns the date nearest the publication (in the tense's
// direction, when it has one) that is that weekday and that day. The
// number must end the phrase (a mark, the end, or a preposition or
// article follows), so that "el domingo 19 personas" keeps its people.
func (s *timexScanner) weekdayNumber(k int, wd time.Weekday, past, future bool) (time.Time, int, bool) {
	n, ok := s.dayNumber(s.word(k))
	if !ok {
		return time.Time{}, 0, false
	}
	next := s.word(k + 1)
	if next != "" && isWordRune(rune(next[0])) && !s.tw.Dets[next] && !s.tw.YearPreps[next] && !s.tw.PartAfter[next] {
		return time.Time{}, 0, false
	}
	for off := 0; off <= maxWeekdayNumberDays; off++ {
		for _, sign := range []int{-1, 1} {
			if off == 0 && sign == 1 || past && sign == 1 && off > 0 || future && sign == -1 && off > 0 {
				continue
			}
			d := s.pub.AddDate(0, 0, sign*off)
			if d.Weekday() == wd && d.Day() == n {
				return d, k + 1, true
			}
		}
	}
	return time.Time{}, 0, false
}

// withWeekday moves a year-less date that names its weekday ("el lunes
// 14 de febrero") to the nearest year, within one either side, where that
// day is that weekday.
func withWeekday(m timexMatch, wd time.Weekday) timexMatch {
	t := m.date.Time
	if !m.relative || m.date.Grain != cotejo.Day || t.Weekday() == wd {
		return m
	}
	for _, dy := range []int{1, -1} {
		if c, ok := makeDate(t.Year()+dy, int(t.Month()), t.Day()); ok && c.Weekday() == wd {
			m.date.Time = c
			return m
		}
	}
	return m
}

// weekdayFrom resolves a weekday against the publication day p.
func weekdayFrom(p time.Time, wd time.Weekday, this, past, future, nearest bool) time.Time {
	switch {
	case future:
		d := p
		if !this || p.Weekday() != wd {
			d = d.AddDate(0, 0, 1)
		}
		for d.Weekday() != wd {
			d = d.AddDate(0, 0, 1)
		}
		return d
	case past:
		d := p.AddDate(0, 0, -1)
		for d.Weekday() != wd {
			d = d.AddDate(0, 0, -1)
		}
		return d
	}
	if nearest {
		// "este miércoles" is the Wednesday nearest the publication, on
		// either side: published on a Tuesday, tomorrow, not six days
		// ago, which would be "el miércoles pasado".
		back := (int(p.Weekday()) - int(wd) + 7) % 7
		if back > 3 {
			return p.AddDate(0, 0, 7-back)
		}
		return p.AddDate(0, 0, -back)
	}
	d := p
	for d.Weekday() != wd {
		d = d.AddDate(0, 0, -1)
	}
	return d
}

// dayMonth reads "21 de noviembre [de 2025]", "21 November 2025",
// "November 21, 2025", "Nov. 21".
func (s *timexScanner) dayMonth(j int, future bool) (timexMatch, bool) {
	if m, ok := s.rangeStart(j, future); ok {
		return m, true
	}
	return s.dayMonthAt(j, future)
}

// maxRangeDays bounds how many days a list may chain before its month:
// "1, 2 y 3" is read, a run of a thousand numbers is not followed.
const maxRangeDays = 4

// rangeStart reads the first day of a range or list whose last day
// carries the month ("15" in "del 15 al 17 de marzo de 2012"): it is a
// date of that month and year. The last day is read on its own when the
// scan reaches it.
func (s *timexScanner) rangeStart(j int, future bool) (timexMatch, bool) {
	d, ok := s.dayNumber(s.word(j))
	if !ok {
		return timexMatch{}, false
	}
	k, articles := j, false
	for n := 0; n < maxRangeDays && s.rangeLink(s.word(k+1)); n++ {
		step := 2
		if s.tw.Dets[s.word(k+2)] {
			step, articles = 3, true // "entre el 3 y el 5 de mayo"
		}
		if _, ok := s.dayNumber(s.word(k + step)); !ok {
			break
		}
		k += step
	}
	if k == j {
		return timexMatch{}, false
	}
	last, ok := s.dayMonthAt(k, future)
	if !ok {
		return timexMatch{}, false
	}
	m := timexMatch{end: j + 1, relative: last.relative}
	if !last.date.IsZero() {
		t, ok := makeDate(last.date.Time.Year(), int(last.date.Time.Month()), d)
		if !ok || d > last.date.Time.Day() && (articles || !s.tw.Coordinators[s.word(j+1)]) {
			// "del 28 al 2 de marzo", "entre el 30 y el 2 de mayo" run
			// over a month's end: the first day is not of the last
			// one's month.
			return timexMatch{}, false
		}
		m.date = cotejo.Date{Time: t, Grain: cotejo.Day}
	}
	return m, true
}

// rangeLink reports whether w joins the days of a range or a list: "del
// 15 al 17 de marzo", "los días 3 y 4 de junio", "15-17 March".
func (s *timexScanner) rangeLink(w string) bool {
	return s.tw.Coordinators[w] || s.tw.RangeLinks[w] || w == "-" || w == "–"
}

// dayMonthAt reads a day and a month ("21 de noviembre [de 2025]",
// "November 21[, 2025]").
func (s *timexScanner) dayMonthAt(j int, future bool) (timexMatch, bool) {
	day, month, end := 0, 0, 0
	if d, ok := s.dayNumber(s.word(j)); ok {
		k := j + 1
		if !s.en && (s.word(k) == "de" || s.word(k) == "del") {
			k++
		}
		if m, ok := s.month(k, true); ok {
			day, month, end = d, m, k+1
		}
	} else if m, ok := s.month(j, true); ok && s.en {
		k := j + 1
		if s.word(k) == "." {
			k++
		}
		if d, ok := s.dayNumber(s.word(k)); ok {
			day, month, end = d, m, k+1
		}
	}
	if end == 0 {
		return timexMatch{}, false
	}
	if s.word(end) == "." && s.tw.MonthAbbrevs[s.word(end-1)] > 0 {
		end++
	}
	if y, e, ok := s.yearAfter(end); ok {
		t, ok := makeDate(y, month, day)
		if !ok {
			return timexMatch{}, false
		}
		return timexMatch{end: e, date: cotejo.Date{Time: t, Grain: cotejo.Day}}, true
	}
	end, past, future := s.postTense(end, future)
	m := timexMatch{end: end, relative: true}
	if _, ok := makeDate(2000, month, day); !ok {
		return timexMatch{}, false
	}
	if s.hasPub {
		future = future || !past && s.futureNear(j, end)
		y := nearestYear(s.pub, month, day, future)
		t, _ := makeDate(y, month, day)
		m.date = cotejo.Date{Time: t, Grain: cotejo.Day}
	}
	return m, true
}

// postTense reads "pasado" or "próximo" said after a date ending at end:
// "el 11 de febrero pasado", "el 30 de junio próximo" (not "pasado el
// mediodía", "próximo a", "próximas elecciones"). It returns the new end
// and the tense.
func (s *timexScanner) postTense(end int, future bool) (int, bool, bool) {
	w, next := s.word(end), s.word(end+1)
	if s.tw.Units[next] != "" || s.tw.Dets[next] {
		return end, false, future
	}
	switch {
	case s.tw.PostPast[w]:
		return end + 1, true, false
	case s.tw.PostFuture[w] && s.tw.PostPast[next]:
		return end + 2, true, false // "el 3 de mayo próximo pasado": the last one
	case s.tw.PostFuture[w] && !s.tw.DayOf[next] && next != "a":
		return end + 1, false, true
	}
	return end, false, future
}

// monthYear reads "noviembre de 2025", "November 2025" and a month alone
// after a preposition or "pasado"/"próximo" ("en noviembre", "el pasado
// noviembre").
func (s *timexScanner) monthYear(j, i int, introduced, past, future bool) (timexMatch, bool) {
	month, ok := s.month(j, false)
	if !ok {
		return timexMatch{}, false
	}
	k := j + 1
	if y, e, ok := s.yearAfter(k); ok {
		return timexMatch{end: e, date: cotejo.Date{Time: time.Date(y, time.Month(month), 1, 0, 0, 0, 0, time.UTC), Grain: cotejo.Month}}, true
	}
	if y, e, ok := s.relativeYearAfter(k); ok {
		return timexMatch{end: e, relative: true, date: cotejo.Date{Time: time.Date(y, time.Month(month), 1, 0, 0, 0, 0, time.UTC), Grain: cotejo.Month}}, true
	}
	raw := s.body[s.toks[j].Start:s.toks[j].End]
	// "en enero y marzo": a month coordinated with an introduced one is
	// introduced too ("The March and April figures" has none).
	coordinated := j == i && s.tw.Coordinators[s.word(i-1)] && s.monthAt(i-2) && s.tw.YearPreps[s.word(i-3)]
	if !introduced && !coordinated && !s.tw.YearPreps[s.word(i-1)] || !s.en && isCapitalised(raw) {
		return timexMatch{}, false
	}
	k, postPast, future := s.postTense(k, future)
	past = past && !future || postPast
	explicit := future // "próximo", "que viene", not a future verb nearby
	// "las elecciones previstas para junio", "lo aplazó para octubre":
	// a month set as a target lies ahead, whatever the verb's tense.
	future = future || !past && j == i && s.tw.Toward[s.word(i-1)]
	m := timexMatch{end: k, relative: true}
	if s.hasPub {
		future = future || !past && s.futureNear(j, k)
		y := nearestYear(s.pub, month, 0, future)
		if past && y == s.pub.Year() && time.Month(month) >= s.pub.Month() {
			y-- // "en febrero pasado", "el pasado febrero", said in February
		}
		if explicit && y == s.pub.Year() && time.Month(month) <= s.pub.Month() {
			y++ // "el próximo diciembre", said in December
		}
		m.date = cotejo.Date{Time: time.Date(y, time.Month(month), 1, 0, 0, 0, 0, time.UTC), Grain: cotejo.Month}
	}
	return m, true
}

// monthAt reports whether a month name stands at k.
func (s *timexScanner) monthAt(k int) bool {
	_, ok := s.month(k, false)
	return ok
}

// month reads a month name at j; abbreviations count only when next to a
// number (withNumber), and English months must be capitalised ("May").
func (s *timexScanner) month(j int, withNumber bool) (int, bool) {
	w := strings.TrimSuffix(s.word(j), ".")
	if m, ok := s.tw.Months[w]; ok {
		if s.en && !isCapitalised(s.body[s.toks[j].Start:s.toks[j].End]) {
			return 0, false
		}
		return m, true
	}
	if m, ok := s.tw.MonthAbbrevs[w]; ok && withNumber {
		return m, true
	}
	return 0, false
}

// modifiers reads the words that may open an expression at j: a
// determiner or "este" ("el", "este"), then "pasado" or "próximo". It
// returns where the rest starts and what it read.
func (s *timexScanner) modifiers(j int) (next int, det, this, past, future bool) {
	if w := s.word(j); s.tw.Dets[w] || s.tw.This[w] {
		det, this = true, s.tw.This[w]
		j++
	}
	if this && s.tw.Same[s.word(j)] {
		j++ // "este mismo año"
	}
	j, past, future = s.tenseWord(j)
	return j, det, this, past, future
}

// tenseWord reads "pasado" or "próximo" at j, returning where the rest
// starts.
func (s *timexScanner) tenseWord(j int) (next int, past, future bool) {
	switch w := s.word(j); {
	case s.tw.Past[w]:
		return j + 1, true, false
	case s.tw.Future[w]:
		return j + 1, false, true
	}
	return j, false, false
}

// relativeYearAfter reads, at k, the year a month names after it
// relative to the publication: "de este año", "del año pasado", "of next
// year".
func (s *timexScanner) relativeYearAfter(k int) (year, end int, ok bool) {
	if !s.hasPub {
		return 0, 0, false
	}
	if s.tw.DayOf[s.word(k)] {
		k++
	}
	k, _, this, past, future := s.modifiers(k)
	if s.tw.Units[s.word(k)] != "year" {
		return 0, 0, false
	}
	m, ok := s.unit(k, this, past, future) // a year's unit gives a year
	if !ok {
		return 0, 0, false
	}
	return m.date.Time.Year(), m.end, true
}

// yearAfter reads ", 2025", "de 2025" or "2025" at k.
func (s *timexScanner) yearAfter(k int) (year, end int, ok bool) {
	switch s.word(k) {
	case ",", "de", "del":
		k++
	}
	if y, ok := yearNumber(s.word(k)); ok {
		return y, k + 1, true
	}
	return 0, 0, false
}

// dayOfMonth reads "el pasado día 27" and "el día 3": a day of the
// publication month, or of the month before when that day is still to
// come (the month after, for the future).
func (s *timexScanner) dayOfMonth(j int, introduced, future bool) (timexMatch, bool) {
	if s.tw.Units[s.word(j)] != "day" || !introduced {
		return timexMatch{}, false
	}
	if m, ok := s.dayMonth(j+1, future); ok {
		return m, true
	}
	day, ok := s.dayNumber(s.word(j + 1))
	if !ok {
		return timexMatch{}, false
	}
	m := timexMatch{end: j + 2, relative: true}
	if !s.hasPub {
		return m, true
	}
	future = future || s.futureNear(j, j+2)
	first := time.Date(s.pub.Year(), s.pub.Month(), 1, 0, 0, 0, 0, time.UTC)
	switch {
	case future && day < s.pub.Day():
		first = first.AddDate(0, 1, 0)
	case !future && day > s.pub.Day():
		first = first.AddDate(0, -1, 0)
	}
	if t, ok := makeDate(first.Year(), int(first.Month()), day); ok {
		m.date = cotejo.Date{Time: t, Grain: cotejo.Day}
	}
	return m, true
}

// unit reads "el mes pasado", "este año", "la semana pasada", "next
// month", "el año que viene".
func (s *timexScanner) unit(j int, this, past, future bool) (timexMatch, bool) {
	u, ok := s.tw.Units[s.word(j)]
	if !ok || !(this || past || future) && !s.tw.Dets[s.word(j-1)] {
		return timexMatch{}, false
	}
	k := j + 1
	if !this && !past && !future {
		// "el año pasado", "el mes que viene"
		if k, past, future = s.tenseWord(k); !past && !future {
			for _, p := range s.tw.FuturePhrases {
				if s.phraseAt(k, p) {
					future, k = true, k+len(p)
					break
				}
			}
		}
	}
	if !this && !past && !future {
		return timexMatch{}, false
	}
	n := 0
	switch {
	case past:
		n = -1
	case future:
		n = 1
	}
	m := s.shift(k, u, n)
	if u == "week" && m.date.Grain == cotejo.Day {
		// "la semana pasada" names no day: it is dated by its month
		// when Monday to Sunday fall in one, and not at all otherwise.
		d := m.date.Time
		monday := d.AddDate(0, 0, -(int(d.Weekday())+6)%7)
		m.date = cotejo.Date{}
		if sunday := monday.AddDate(0, 0, 6); monday.Month() == sunday.Month() {
			m.date = cotejo.Date{Time: time.Date(monday.Year(), monday.Month(), 1, 0, 0, 0, 0, time.UTC), Grain: cotejo.Month}
		}
	}
	return m, true
}

// relativeDay reads "ayer", "hoy", "mañana", "yesterday".
func (s *timexScanner) relativeDay(i int) (timexMatch, bool) {
	n, ok := s.dayAt(i)
	if !ok {
		return timexMatch{}, false
	}
	end := i + 1
	if _, named := s.weekdayAfterDay(i); named {
		end++ // see dayOffByOne for when the two disagree
	}
	return s.shift(end, "day", n), true
}

// dayAt reads a relative day at i ("ayer" -1, "hoy" 0, "mañana" 1), but
// not the "mañana" that is a morning ("la mañana", "por la mañana").
func (s *timexScanner) dayAt(i int) (int, bool) {
	n, ok := s.tw.Days[s.word(i)]
	if !ok || n == 1 && (s.tw.NotTomorrow[s.word(i-1)] || s.word(i-1) == "por") {
		return 0, false
	}
	return n, true
}

// weekdayAfterDay reads the weekday that names again the relative day at
// i: "hoy jueves", "Ayer Miércoles"; not "Ayer Domingo Cavallo anunció",
// "hoy Jueves Santo", whose capitalised weekday opens a name.
func (s *timexScanner) weekdayAfterDay(i int) (time.Weekday, bool) {
	wd, ok := s.tw.Weekdays[s.word(i+1)]
	if !ok || isCapitalised(s.raw(i+1)) && i+2 < len(s.toks) && isCapitalised(s.raw(i+2)) {
		return 0, false
	}
	return time.Weekday(wd), true
}

// ago reads "hace dos semanas", "há três dias", "two weeks ago".
func (s *timexScanner) ago(i int) (timexMatch, bool) {
	if s.tw.AgoBefore[s.word(i)] && !s.tw.Since[s.word(i-1)] {
		// ("desde hace 32 años" is how long, not when.)
		k := i + 1
		for n := 0; n < 3 && s.tw.AgoHedges[s.word(k)]; n++ {
			k++ // "hace ya seis meses", "hace más de dos años"
		}
		if n, ok := s.number(k); ok {
			if u, ok := s.tw.Units[s.word(k+1)]; ok {
				return s.shift(k+2, u, -n), true
			}
		}
	}
	if n, ok := s.number(i); ok {
		if u, ok := s.tw.Units[s.word(i+1)]; ok && s.tw.AgoAfter[s.word(i+2)] {
			return s.shift(i+3, u, -n), true
		}
	}
	return timexMatch{}, false
}

// fromNow reads "dentro de dos semanas", "daqui a três dias": the
// publication date moved ahead.
func (s *timexScanner) fromNow(i int) (timexMatch, bool) {
	for _, p := range s.tw.FromNow {
		if !s.phraseAt(i, p) {
			continue
		}
		k := i + len(p)
		if n, ok := s.number(k); ok {
			if u, ok := s.tw.Units[s.word(k+1)]; ok {
				return s.shift(k+2, u, n), true
			}
		}
	}
	return timexMatch{}, false
}

// year reads a four-digit year after a preposition or a part of the
// year: "desde 2019", "in 2019", "el año 2019", "late 2019".
func (s *timexScanner) year(i int) (timexMatch, bool) {
	y, ok := yearNumber(s.word(i))
	if !ok || !s.yearIntroduced(i) && !s.standaloneYear(i) {
		return timexMatch{}, false
	}
	// "2019 personas" or "1.500" are amounts, not years; a year is not
	// followed by a unit or a number word either.
	if _, unit := s.tw.Units[s.word(i+1)]; unit {
		return timexMatch{}, false
	}
	return timexMatch{end: i + 1, date: cotejo.Date{Time: time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), Grain: cotejo.Year}}, true
}

// yearIntroduced reports whether what stands before the number at i makes
// it a year: a preposition ("desde 2019"), one and the singular article
// ("para el 2013", not "de los 2000 detenidos"), a part of the year ("late 2019"), or a year so introduced and
// a coordinator ("en 1999 y 2006"; a few such links at most, so that a
// long run of them costs linear time).
func (s *timexScanner) yearIntroduced(i int) bool {
	for range maxCoordinatedYears {
		prev := s.word(i - 1)
		switch {
		case s.tw.YearPreps[prev] || s.tw.PeriodParts[prev]:
			return true
		case s.tw.YearArticles[prev] && s.tw.YearPreps[s.word(i-2)]:
			return true
		case s.tw.Coordinators[prev]:
			if _, ok := yearNumber(s.word(i - 2)); !ok {
				return false
			}
			i -= 2
		default:
			return false
		}
	}
	return false
}

// maxCoordinatedYears bounds the years a list may join to the one its
// preposition introduces.
const maxCoordinatedYears = 4

// standaloneYear reports whether the number at i stands alone between
// marks, as a year does in "(2011)", "© 2020", "Egipto, 2011." or a
// dateline, rather than counting something ("2011 personas").
func (s *timexScanner) standaloneYear(i int) bool {
	if s.word(i-1) == "©" {
		return true
	}
	before := i == 0 || s.lineBreakBefore(i)
	if !before {
		switch s.word(i - 1) {
		case "(", ",", "-", "–", "|":
			before = true
		}
	}
	if !before {
		return false
	}
	next := s.word(i + 1)
	return next == "" || s.lineBreakBefore(i+1) || len(next) == 1 && !isWordRune(rune(next[0]))
}

func (s *timexScanner) lineBreakBefore(k int) bool {
	return k > 0 && k < len(s.toks) && strings.IndexByte(s.body[s.toks[k-1].End:s.toks[k].Start], '\n') >= 0
}

// shift returns a match ending at end whose date is the publication date
// moved by n units, at the unit's grain; weeks keep no date when n is 0.
func (s *timexScanner) shift(end int, unit string, n int) timexMatch {
	m := timexMatch{end: end, relative: true}
	if !s.hasPub {
		return m
	}
	p := s.pub
	switch unit {
	case "day":
		m.date = cotejo.Date{Time: p.AddDate(0, 0, n), Grain: cotejo.Day}
	case "week":
		if n != 0 {
			m.date = cotejo.Date{Time: p.AddDate(0, 0, 7*n), Grain: cotejo.Day}
		}
	case "month":
		first := time.Date(p.Year(), p.Month(), 1, 0, 0, 0, 0, time.UTC)
		m.date = cotejo.Date{Time: first.AddDate(0, n, 0), Grain: cotejo.Month}
	case "year":
		m.date = cotejo.Date{Time: time.Date(p.Year()+n, 1, 1, 0, 0, 0, 0, time.UTC), Grain: cotejo.Year}
	}
	return m
}

func (s *timexScanner) number(i int) (int, bool) {
	w := s.word(i)
	if n, ok := s.tw.Numbers[w]; ok {
		return n, true
	}
	if isDigits(w) && len(w) <= 3 {
		n, _ := strconv.Atoi(w)
		return n, true
	}
	return 0, false
}

func (s *timexScanner) phraseAt(k int, p []string) bool {
	for o, w := range p {
		if s.word(k+o) != w {
			return false
		}
	}
	return true
}

// futureNear reports whether a future-tense verb stands within
// futureWindow tokens of [from, to) in the same sentence, or a word like
// "próxima" before it ("la próxima reunión, prevista para el 27 de
// febrero").
func (s *timexScanner) futureNear(from, to int) bool {
	future := func(k int) bool { return s.tw.IsFutureWord(s.raw(k)) }
	return s.near(from, to, func(k int) bool { return future(k) || s.tw.Future[s.word(k)] }, future)
}

// pastNear reports whether a past-tense verb stands within futureWindow
// tokens of [from, to) in the same sentence ("llegó este viernes").
func (s *timexScanner) pastNear(from, to int) bool {
	past := func(k int) bool { return s.tw.IsPastWord(s.raw(k)) }
	// "Petro dijo que la reunión es este miércoles": the reporting verb
	// before "que" is not the tense of the date's clause.
	clause := false
	before := func(k int) bool {
		clause = clause || s.l.IsComplementizer(s.word(k))
		return !clause && past(k)
	}
	return s.near(from, to, before, past)
}

// near reports whether, within futureWindow tokens of [from, to) in the
// same sentence, a token before it satisfies before or one after it after.
func (s *timexScanner) near(from, to int, before, after func(k int) bool) bool {
	for k := from - 1; k >= 0 && k >= from-futureWindow && !s.sentenceBreak(k); k-- {
		if before(k) {
			return true
		}
	}
	for k := to; k < len(s.toks) && k < to+futureWindow && !s.sentenceBreak(k); k++ {
		if after(k) {
			return true
		}
	}
	return false
}

func (s *timexScanner) sentenceBreak(k int) bool {
	switch s.word(k) {
	case ".", "?", "!", ";":
		return true
	}
	return k > 0 && strings.IndexByte(s.body[s.toks[k-1].End:s.toks[k].Start], '\n') >= 0
}

// nearestYear picks the year that puts month/day (day 0: the month as a
// whole) nearest before p, or nearest after it for the future.
func nearestYear(p time.Time, month, day int, future bool) int {
	y := p.Year()
	after := month > int(p.Month()) || month == int(p.Month()) && day > p.Day()
	before := month < int(p.Month()) || month == int(p.Month()) && day > 0 && day < p.Day()
	switch {
	case future && before:
		return y + 1
	case !future && after:
		return y - 1
	}
	return y
}

func makeDate(y, m, d int) (time.Time, bool) {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t, t.Day() == d
}

// dayNumber reads a day of the month: "21", "1º", "1st".
// dayNumber reads a folded word as a day of the month: "21", "1º",
// "1st", or a word such as "primero".
func (s *timexScanner) dayNumber(w string) (int, bool) {
	if d, ok := s.tw.OrdinalDays[w]; ok {
		return d, true
	}
	return dayNumber(w)
}

func dayNumber(w string) (int, bool) {
	end := 0
	for end < len(w) && w[end] >= '0' && w[end] <= '9' {
		end++
	}
	if end == 0 || end > 2 {
		return 0, false
	}
	switch w[end:] {
	case "", "º", "°", "o", ".º", ".°", "st", "nd", "rd", "th":
	default:
		return 0, false
	}
	n, _ := strconv.Atoi(w[:end])
	return n, n >= 1 && n <= 31
}

func yearNumber(w string) (int, bool) {
	if len(w) != 4 || !isDigits(w) {
		return 0, false
	}
	n, _ := strconv.Atoi(w)
	return n, n >= 1800 && n <= 2199
}

func isDigits(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsDigit(r) || r >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
