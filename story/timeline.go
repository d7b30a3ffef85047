package story

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cotejo/cotejo"
	"github.com/cotejo/cotejo/lang"
)

// Timeline turns every sentence that holds a resolved date into a dated
// event and fills st.Events, sorted by date, then by the number of
// articles reporting the event (IDs v1, v2… in that order). Sentences of
// different articles with the same date (same grain, same value) that
// share enough words or participants are one event with one piece of
// evidence per article. Run it after Entities: participants are given as
// entity IDs only when st.Entities is filled.
func Timeline(st *cotejo.Story) {
	timelineFrom(st, entityLink(st))
}

func timelineFrom(st *cotejo.Story, links *entityLinks) {
	withIDs := len(st.Entities) > 0
	var events []*eventOf
	byDate := map[string][]int{}
	for ai, a := range st.Articles {
		for _, c := range eventCandidates(a, ai, links) {
			key := eventDateKey(c.date)
			best, bestSim := -1, 0.0
			for _, ei := range byDate[key] {
				if sim := eventSim(events[ei], c); sim > bestSim {
					best, bestSim = ei, sim
				}
			}
			if best < 0 {
				events = append(events, &eventOf{date: c.date})
				best = len(events) - 1
				byDate[key] = append(byDate[key], best)
			}
			events[best].add(c)
		}
	}
	slices.SortStableFunc(events, func(a, b *eventOf) int {
		if c := a.date.Time.Compare(b.date.Time); c != 0 {
			return c
		}
		if c := cmp.Compare(a.date.Grain, b.date.Grain); c != 0 {
			return c
		}
		return cmp.Compare(len(b.cands), len(a.cands))
	})
	out := make([]cotejo.Event, 0, len(events))
	for i, e := range events {
		ev := e.build(st, links, withIDs)
		ev.ID = "v" + strconv.Itoa(i+1)
		out = append(out, ev)
	}
	st.Events = out
}

// eventCand is one article's dated sentence.
type eventCand struct {
	art          int
	date         cotejo.Date
	sentence     string
	dateText     string
	summary      string
	stems        []string // sorted distinct content stems, the date's words left out
	participants []int    // entity indexes, ascending
}

// eventOf is an event being built: one candidate per article.
type eventOf struct {
	date  cotejo.Date
	cands []*eventCand
}

// Merge thresholds, calibrated on testdata/eval: the share of the shorter
// sentence's content stems the other holds, alone or backed by a shared
// participant; or enough shared participants.
const (
	eventMinContainment        = 0.4
	eventMinContainmentWithWho = 0.2
	eventMinSharedWho          = 2
	eventSummaryWords          = 20
	eventWholeSentenceWords    = 25 // a sentence this short is its own summary
	eventMinContentWords       = 3
	eventMaxPerArticle         = 2000
)

// eventCandidates returns the dated sentences of an article: one per
// distinct date in a sentence, skipping unresolved dates and sentences
// with too few words of their own to state anything (a dateline).
func eventCandidates(a *cotejo.Article, ai int, links *entityLinks) []*eventCand {
	l := lang.Get(a.Language)
	var out []*eventCand
	seen := map[string]bool{}
	for _, tx := range a.Timexes {
		if tx.Date.IsZero() || len(out) >= eventMaxPerArticle {
			continue
		}
		si := eventSentenceOf(a.Sentences, tx.Span)
		if si < 0 {
			continue
		}
		key := strconv.Itoa(si) + "|" + eventDateKey(tx.Date)
		if seen[key] {
			continue
		}
		seen[key] = true
		sent := a.Sentences[si]
		text := sent.Text(a.Body)
		if text == "" || tx.Start > tx.End || tx.End > len(a.Body) {
			continue
		}
		own := text[:tx.Start-sent.Start] + " " + text[tx.End-sent.Start:]
		stems := l.ContentWords(own)
		if len(stems) < eventMinContentWords {
			continue
		}
		slices.Sort(stems)
		c := &eventCand{
			art:      ai,
			date:     tx.Date,
			sentence: strings.TrimSpace(text),
			dateText: tx.Text,
			summary:  eventSummary(text, tx.Start-sent.Start, a.Language),
			stems:    slices.Compact(stems),
		}
		if c.dateText == "" {
			c.dateText = tx.Span.Text(a.Body)
		}
		for mi, m := range a.Mentions {
			if sent.Contains(m.Span) && links.mention[ai][mi] >= 0 && !slices.Contains(c.participants, links.mention[ai][mi]) {
				c.participants = append(c.participants, links.mention[ai][mi])
			}
		}
		slices.Sort(c.participants)
		out = append(out, c)
	}
	return out
}

// eventSentenceOf returns the index of the sentence holding span, or -1.
func eventSentenceOf(sents []cotejo.Span, sp cotejo.Span) int {
	i, _ := slices.BinarySearchFunc(sents, sp.Start, func(s cotejo.Span, pos int) int {
		if s.End <= pos {
			return -1
		}
		if s.Start > pos {
			return 1
		}
		return 0
	})
	if i < len(sents) && sents[i].Contains(sp) {
		return i
	}
	return -1
}

func eventDateKey(d cotejo.Date) string { return d.Grain.String() + "|" + d.String() }

// eventSim is how well c fits event e, or 0 when it does not: an article
// gives one piece of evidence per event.
func eventSim(e *eventOf, c *eventCand) float64 {
	best := 0.0
	for _, o := range e.cands {
		if o.art == c.art {
			return 0
		}
		shared := quoteShared(o.stems, c.stems)
		cont := float64(shared) / float64(max(1, min(len(o.stems), len(c.stems))))
		who := eventSharedInts(o.participants, c.participants)
		ok := cont >= eventMinContainment ||
			(who >= 1 && cont >= eventMinContainmentWithWho) ||
			who >= eventMinSharedWho
		if ok {
			best = max(best, cont+0.1*float64(who))
		}
	}
	return best
}

func eventSharedInts(a, b []int) int {
	n := 0
	for _, x := range a {
		if _, ok := slices.BinarySearch(b, x); ok {
			n++
		}
	}
	return n
}

func (e *eventOf) add(c *eventCand) { e.cands = append(e.cands, c) }

// build turns the event into its output form. Its summary is the one of
// the evidence most like the others, so an outlier wording does not speak
// for the event.
func (e *eventOf) build(st *cotejo.Story, links *entityLinks, withIDs bool) cotejo.Event {
	ev := cotejo.Event{Date: e.date, Participants: []string{}, Evidence: make([]cotejo.Evidence, 0, len(e.cands))}
	central, bestScore := 0, -1
	var who []int
	for i, c := range e.cands {
		// A summary that starts where its clause does reads best.
		score := 0
		if !strings.HasPrefix(c.summary, "…") {
			score += 1000
		}
		for j, o := range e.cands {
			if i != j {
				score += quoteShared(c.stems, o.stems)
			}
		}
		if score > bestScore {
			central, bestScore = i, score
		}
		for _, p := range c.participants {
			if !slices.Contains(who, p) {
				who = append(who, p)
			}
		}
		ev.Evidence = append(ev.Evidence, cotejo.Evidence{Article: st.Articles[c.art].ID, Text: c.sentence, DateText: c.dateText})
	}
	ev.Summary = e.cands[central].summary
	if withIDs {
		slices.Sort(who)
		for _, p := range who {
			ev.Participants = append(ev.Participants, links.entities[p].ID)
		}
	}
	return ev
}

// eventSummary extracts the clause of sentence s around the date that
// starts at ts: the clause segment holding the date, widened by neighbouring
// segments (the verb usually follows a fronted date, or precedes a date
// put in apposition) while it stays within eventSummaryWords, and cut with
// "…" where a segment had to be left half. Every word comes from s.
func eventSummary(s string, ts int, code string) string {
	segs := eventSegments(s)
	k := 0
	for i, sg := range segs {
		if sg[0] <= ts && ts < sg[1] {
			k = i
			break
		}
	}
	if len(lang.Words(s)) <= eventWholeSentenceWords {
		return eventTidy(s, segs, 0, len(segs)-1, 0, ts, code)
	}
	words := func(i int) int { return len(lang.Words(s[segs[i][0]:segs[i][1]])) }
	lo, hi := k, k
	n := words(k)
	// A clause that opens in lower case continues one begun before the
	// comma, often its subject in apposition ("Gustavo Petro, anunció…"):
	// a short one comes along even past the word budget.
	if k > 0 && eventOpensLower(s[segs[k][0]:segs[k][1]]) && words(k-1) <= 6 {
		lo--
		n += words(lo)
	}
	for {
		switch {
		case hi+1 < len(segs) && n+words(hi+1) <= eventSummaryWords:
			hi++
			n += words(hi)
		case lo > 0 && n+words(lo-1) <= eventSummaryWords:
			lo--
			n += words(lo)
		default:
			return eventTidy(s, segs, lo, hi, n, ts, code)
		}
	}
}

// eventTidy cuts the chosen segments out of s, trimming a clause too long
// for the summary around the date and filling what room is left with the
// start of the next segment.
func eventTidy(s string, segs [][2]int, lo, hi, n, ts int, code string) string {
	start, end := segs[lo][0], segs[hi][1]
	lead, tail := false, false
	switch {
	case n > eventSummaryWords:
		// Too long: the opening words when they reach the date, else a
		// window of words ending with the sentence or a few after the date.
		base := start
		ws := lang.Words(s[base:end])
		first := 0
		for i, w := range ws {
			if base+w.Start >= ts {
				if i >= eventSummaryWords*3/4 {
					first = max(0, min(i-5, len(ws)-eventSummaryWords))
				}
				break
			}
		}
		last := min(len(ws), first+eventSummaryWords)
		if first > 0 {
			start, lead = base+ws[first].Start, true
		}
		if last < len(ws) {
			end, tail = base+ws[last-1].End, true
		}
	case hi+1 < len(segs) && eventSummaryWords-n >= 3:
		next := segs[hi+1]
		ws := lang.Words(s[next[0]:next[1]])
		// The expansion stopped, so the next segment holds more words than
		// the room left.
		end, tail = next[0]+ws[eventSummaryWords-n-1].End, true
	}
	out := s[start:end]
	if lo == 0 && !lead {
		out = out[lang.LeadingConnector(code, out):]
	}
	out = eventBalanceQuotes(out, strings.Count(s[:start], `"`)%2 == 1)
	out = strings.TrimFunc(out, eventTrimRune)
	if lead {
		out = "…" + out
	}
	if tail {
		out += "…"
	}
	return eventCapitalise(out)
}

// eventBalanceQuotes drops the quotation marks of a summary whose partner
// the cut left out ("que entró en vigor en noviembre de 2025\", amplió la
// oficina"). insideASCII says the summary starts inside a straight-quoted
// passage, so that its first straight quote closes one.
func eventBalanceQuotes(s string, insideASCII bool) string {
	drop := map[int]bool{}
	var open []int // positions of unmatched typographic openers
	var ascii []int
	for i, r := range s {
		switch r {
		case '“', '«':
			open = append(open, i)
		case '”', '»':
			if n := len(open); n > 0 {
				open = open[:n-1]
			} else {
				drop[i] = true
			}
		case '"':
			ascii = append(ascii, i)
		}
	}
	for _, i := range open {
		drop[i] = true
	}
	if insideASCII && len(ascii) > 0 {
		drop[ascii[0]] = true
		ascii = ascii[1:]
	}
	if len(ascii)%2 == 1 {
		drop[ascii[len(ascii)-1]] = true
	}
	if len(drop) == 0 {
		return s
	}
	var b strings.Builder
	for i, r := range s {
		if !drop[i] {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// eventSegments splits s into clause segments at commas, semicolons,
// colons, dashes and brackets, each segment keeping the mark that ends it.
func eventSegments(s string) [][2]int {
	var segs [][2]int
	start := 0
	for i, r := range s {
		switch r {
		case ',', ';', ':', '—', '–', '(', ')':
			// A comma between digits is a decimal separator, not a clause break.
			if r == ',' && i > 0 && i+1 < len(s) && eventIsDigit(s[i-1]) && eventIsDigit(s[i+1]) {
				continue
			}
			end := i + utf8.RuneLen(r)
			if strings.TrimSpace(s[start:i]) != "" {
				segs = append(segs, [2]int{start, end})
				start = end
			}
		}
	}
	if start < len(s) || len(segs) == 0 {
		segs = append(segs, [2]int{start, len(s)})
	}
	return segs
}

func eventIsDigit(b byte) bool { return b >= '0' && b <= '9' }

// eventTrimRune is what a summary neither starts nor ends with: spaces
// and clause punctuation, but not closing quotation marks.
func eventTrimRune(r rune) bool {
	if unicode.IsSpace(r) {
		return true
	}
	switch r {
	case ',', ';', ':', '—', '–', '(', ')', '.', '-':
		return true
	}
	return false
}

func eventCapitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError || !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// eventOpensLower reports whether the first letter of s is lower case.
func eventOpensLower(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return unicode.IsLower(r)
		}
	}
	return false
}
