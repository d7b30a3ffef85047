package read

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cotejo/cotejo"
	"github.com/cotejo/cotejo/lang"
)

// Clean turns a.Raw into a.Body and a.Removed and fills metadata (title,
// authors, outlet, url, published, language) that is still empty.
//
// Each line is judged by its form and its place: a credit opener and
// colon, a date with nothing else, a link with nothing else, a short line
// at the head or tail of the text, a line that repeats. Debris, bylines,
// timestamps and URL lines go to Removed as they stood (fragments cut off
// a line too, such as a glued "date 2025-12-11"); the headline goes to
// Title only. Lines broken mid-sentence are joined again, and subheadings
// stay paragraphs of their own. Invalid UTF-8 in Raw is replaced first, so
// the body is always valid text, and mojibake ("oposiciÃ³n") is mended.
func Clean(a *cotejo.Article) {
	if !utf8.ValidString(a.Raw) {
		a.Raw = strings.ToValidUTF8(a.Raw, "\uFFFD")
	}
	a.Raw, a.Title = FixMojibake(a.Raw), FixMojibake(a.Title)
	c := cleaner{a: a, code: a.Language}
	c.lines = splitLines(a.Raw)
	for i, l := range c.lines {
		c.cut(i, l)
	}
	for i, l := range c.lines {
		l.role = c.classify(i, l)
	}
	c.captions()
	c.bylines()
	spared := c.repeats()
	if c.code == "" {
		c.code = lang.Detect(c.sample())
	}
	c.head()
	if spared != nil && spared.role == body {
		spared.role = debris
	}
	c.tail()
	c.imprints()
	c.metadata()
	a.Body = c.body()
	a.Removed = c.removed()
	if a.Language == "" {
		a.Language = c.code
	}
	unpin(a)
}

// unpin copies the short strings an article keeps out of its raw text, so
// that they do not hold the whole raw text in memory once it is let go.
func unpin(a *cotejo.Article) {
	for i, r := range a.Removed {
		a.Removed[i] = strings.Clone(r)
	}
	for i, name := range a.Authors {
		a.Authors[i] = strings.Clone(name)
	}
	a.Title = strings.Clone(a.Title)
	a.URL = strings.Clone(a.URL)
	a.Outlet = strings.Clone(a.Outlet)
}

// cleaner holds one article's lines while they are judged.
type cleaner struct {
	a       *cotejo.Article
	code    string
	lines   []*line
	dates   []dateCandidate
	names   map[int][]string
	outlets []string // outlet names from copyright lines and mastheads
}

// cut takes off a line what is glued to it but is not text: a leading
// metadata date ("date 2025-12-11 …"), a dateline ("Madrid, 11 dic
// (EFE).- …"), a trailing follow prompt ("… + Seguir en") or agency
// sign-off ("… (EFE)"). What is left becomes the line's text.
func (c *cleaner) cut(i int, l *line) {
	rest := l.orig
	if date, after, ok := metaDatePrefix(rest); ok {
		l.cuts = append(l.cuts, strings.TrimSpace(rest[:len(rest)-len(after)]))
		c.dates = append(c.dates, dateCandidate{text: date, priority: 2, line: i})
		rest = after
	}
	if frag, before, ok := followSuffix(rest); ok {
		l.cuts = append(l.cuts, frag)
		rest = before
	}
	if frag, date, after, ok := dateline(rest); ok {
		l.cuts = append(l.cuts, frag)
		if date != "" {
			c.dates = append(c.dates, dateCandidate{text: date, priority: 1, line: i})
		}
		rest = after
	}
	if frag, before, ok := agencySuffix(rest); ok {
		l.cuts = append(l.cuts, frag)
		rest = before
	}
	l.setText(rest)
}

// classify judges line i by its own form.
func (c *cleaner) classify(i int, l *line) role {
	w, n := l.words, l.n
	switch {
	case !hasLetter(l.text):
		return debris
	case isURLLine(l):
		return urlLine
	case n <= 30 && isRights(l) || n <= 90 && lists.rights.prefix(l.words) >= 3 && lists.rightsCues.find(l.words[3:]):
		// A legal footer may run long when it opens with a notice of three
		// words or more (not a bare "Copyright") and goes on in legal
		// terms: "Queda prohibida toda reproducción sin permiso… Propiedad
		// Intelectual…".
		if name := copyrightOutlet(l.text); name != "" {
			c.outlets = append(c.outlets, name)
		}
		return debris
	case n <= 20 && lists.comments.find(l.words):
		return debris // a comment system's notice
	case isCredit(l):
		return debris
	case hasCreditSuffix(l.text):
		return debris
	case isAgencyLine(l):
		return debris
	}
	if d, priority, ok := dateText(l); ok {
		if d != "" {
			c.dates = append(c.dates, dateCandidate{text: d, priority: priority, line: i})
		}
		return dateLine
	}
	switch {
	case n <= 10 && lists.readingTime.find(w) && hasDigit(l.text):
		return debris
	case lists.labels.whole(w):
		return debris
	case n <= 14 && lists.embeds.prefix(w) > 0:
		return debris
	case isEmbed(l.text):
		return debris
	case n <= 30 && opener(lists.related, l, true):
		return debris
	case n <= 60 && opener(lists.tags, l, false):
		return debris
	case isHashtags(l.text):
		return debris
	case isCode(l.text):
		return debris
	case n <= 20 && isBreadcrumb(l):
		return debris
	case n <= 80 && isCookieNotice(l):
		return debris
	case n <= 45 && lists.promos.find(w):
		return debris
	case n <= 15 && opener(lists.agencyLeads, l, false):
		return debris
	}
	if lists.bylines.whole(w) {
		return debris
	}
	if names, ok := cueByline(l); ok {
		c.setNames(i, names)
		return byline
	}
	if l.linkOnly && !nameLike(l.text) {
		return debris
	}
	return body
}

func (c *cleaner) setNames(i int, names []string) {
	if c.names == nil {
		c.names = map[int][]string{}
	}
	c.names[i] = names
}

// captions removes the caption a photo credit closes: the short line
// right before a "Foto:" line ("Donald Trump y Nicolás Maduro"), or a
// name alone there.
func (c *cleaner) captions() {
	for i, l := range c.lines {
		if i == 0 || !c.isCreditLine(l) {
			continue
		}
		p := c.lines[i-1]
		if p.role != body || p.heading || p.n > 30 {
			continue
		}
		if !endsSentence(p.text) || !l.blankBefore || p.n <= 12 {
			p.role = debris
		}
	}
}

func (c *cleaner) isCreditLine(l *line) bool {
	return l.role == debris && isCredit(l)
}

// bylines takes the names standing alone near the top (plain or as links,
// "Cristian Alanis", "[Ariana Cubillos](#)") as bylines: before the third
// paragraph of prose, a line that is only a person's name is a byline.
func (c *cleaner) bylines() {
	paragraphs := 0
	for i, l := range c.lines {
		if i >= 24 || paragraphs >= 3 {
			return
		}
		if l.role == body && isParagraph(unit{lines: []*line{l}, n: l.n}) {
			paragraphs++
			continue
		}
		if l.role != body || l.heading || !nameLike(l.text) {
			continue
		}
		if i+1 < len(c.lines) && c.isCreditLine(c.lines[i+1]) {
			continue
		}
		l.role = byline
		c.setNames(i, []string{l.text})
	}
}

// repeats removes short non-sentence lines printed more than once, such
// as an embed placeholder or a credit repeated under every photo. A page
// may print its headline again further down (a related-links box, a
// sharing prompt): the first headline-shaped copy above the prose that
// shares words with the lead, as a headline does, is spared and returned,
// for head to take as the title or leave as debris. A sidebar link
// printed twice shares none.
func (c *cleaner) repeats() (spared *line) {
	seen := map[string]int{}
	key := func(l *line) string { return strings.Join(l.words, " ") }
	for _, l := range c.lines {
		if l.role == body && l.n <= 15 && !endsSentence(l.text) {
			seen[key(l)]++
		}
	}
	// candidates are the headline-shaped lines above the lead. The first
	// repeated one that shares words with the lead is the headline,
	// spared; unless it is as short as a section label and a line under it
	// says more of what the lead says ("Guerra entre Rusia y Ucrania" over
	// "Zelenski pide más defensas aéreas…"). A dek under a headline says
	// much of the lead too, but the headline is longer than a label.
	var candidates []*line
	for _, l := range c.lines {
		if l.role != body {
			continue
		}
		if l.n >= 8 && endsSentence(l.text) { // the lead
			for i, h := range candidates {
				shared := sharedContentWords(h.words, l.words)
				if seen[key(h)] < 2 || shared < 2 {
					continue
				}
				label := h.n <= labelWords && slices.ContainsFunc(candidates[i+1:], func(o *line) bool {
					return sharedContentWords(o.words, l.words) > shared
				})
				if !label {
					spared = h
				}
				break
			}
			break
		}
		if l.n >= 4 && l.n <= 15 && titleEnd(l.text) && c.a.Title == "" {
			candidates = append(candidates, l)
		}
	}
	for _, l := range c.lines {
		if l.role == body && l != spared && l.n <= 15 && !endsSentence(l.text) && seen[key(l)] > 1 {
			l.role = debris
		}
	}
	return spared
}

// labelWords is the most words a section label takes ("Guerra entre
// Rusia y Ucrania").
const labelWords = 5

// sharedContentWords counts the words of four letters or more of a that
// b holds too.
func sharedContentWords(a, b []string) int {
	n := 0
	for _, w := range a {
		if utf8.RuneCountInString(w) >= 4 && slices.Contains(b, w) {
			n++
		}
	}
	return n
}

// head finds the headline among the lines before the first paragraph of
// prose and removes the mastheads, section labels and kickers around it.
// A line that runs on into the next is prose, never a headline.
func (c *cleaner) head() {
	units := c.units()
	end := len(units)
	for i, u := range units {
		if isParagraph(u) {
			end = i
			break
		}
	}
	t := c.pickTitle(units[:end])
	for i, u := range units[:end] {
		l := u.lines[0]
		if len(u.lines) > 1 || l.role != body {
			continue
		}
		// A short line is a label (a section, a kicker, a tag) unless it
		// is a sentence in its own right: "La oposición criticó."
		sentence := l.n >= 2 && endsSentence(l.text) && !isUpperLine(l.text)
		short := (l.n <= 3 && !sentence) || (l.n <= 6 && isUpperLine(l.text))
		if (i < t && !endsSentence(l.text)) || short {
			l.role = debris
		}
	}
}

// pickTitle marks the headline among the units before the first
// paragraph and returns its index, or -1. A title set before cleaning (by
// a JSONL record or a page's metadata) only takes its line out of the
// body.
func (c *cleaner) pickTitle(units []unit) int {
	if c.a.Title != "" {
		want, _ := foldedWords(c.a.Title)
		for i, l := range c.lines {
			if i > 8 {
				break
			}
			if l.role == body && equalWords(l.words, want) {
				l.role = title
				break
			}
		}
		return -1
	}
	// The headline is the first line that reads as one; kickers and
	// mastheads above it are short or in capitals, and a dek below it
	// stays in the body. When a byline stands among these lines, the
	// headline is the one right above it: a scraped page puts trending
	// links ("Eta vuelve a ser huracán") above the real one.
	best, fallback := -1, -1
	if b := c.bylineUnit(units); b > 0 {
		for i := b - 1; i >= 0 && i >= b-2; i-- {
			if headlineShaped(units[i]) && units[i].lines[0].n >= 3 {
				best = i
				break
			}
		}
	}
	for i := 0; i < len(units) && best < 0; i++ {
		if !headlineShaped(units[i]) {
			continue
		}
		l := units[i].lines[0]
		caps := isUpperLine(l.text)
		if l.heading && l.n >= 2 || !caps && l.n >= 4 || caps && l.n >= 7 {
			best = i
		} else if fallback < 0 && l.n >= 3 {
			fallback = i
		}
	}
	if best < 0 {
		best = fallback
	}
	if best >= 0 {
		l := units[best].lines[0]
		l.role = title
		c.a.Title = l.text
	}
	return best
}

// headlineShaped reports whether a unit could be a headline: one line,
// not too long, not ending as prose does.
func headlineShaped(u unit) bool {
	l := u.lines[0]
	return len(u.lines) == 1 && l.n <= 35 && len(l.text) <= 300 && titleEnd(l.text)
}

// bylineLike reports whether a line reads as a byline though its name
// is none a byline takes: "Por CNN en Español".
func bylineLike(l *line) bool {
	k := lists.bylines.prefix(l.words)
	if k == 0 || k >= l.n || l.n > 5 || endsSentence(l.text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(afterPhrase(l.text, k), ":-–— "))
	return unicode.IsUpper(r)
}

// bylineUnit returns how many of units stand before the first byline
// line, when one stands among them, or -1.
func (c *cleaner) bylineUnit(units []unit) int {
	if len(units) == 0 {
		return -1
	}
	lastUnit := units[len(units)-1]
	last := lastUnit.lines[len(lastUnit.lines)-1]
	n, past := 0, false // past: the last unit has been passed
	for _, l := range c.lines {
		switch {
		case past && l.role == body:
			return -1 // the prose has begun: a byline there is not the headline's
		case n > 0 && (l.role == byline || l.role == body && bylineLike(l)):
			return n // a byline above every headline-like line says nothing
		case n < len(units) && l == units[n].lines[0]:
			n++
		}
		past = past || l == last
	}
	return -1
}

// tail removes the short lines after the last paragraph of prose: tags,
// related headlines, sharing prompts. Lines broken mid-sentence count as
// the one paragraph they make.
func (c *cleaner) tail() {
	units := c.units()
	last := -1
	for i, u := range units {
		if u.endsProse() {
			last = i
		}
	}
	if last < 0 {
		return
	}
	after := units[last+1:]
	// A related headline may run past 20 words; a link printed twice in
	// a row (its text and its title) is one at any length, when the box
	// holds more than one: a last paragraph that lost its period and was
	// printed twice keeps one copy.
	// A box holds two or more different twins, short or long, each text
	// counted once, those the repeated-lines rule took out already
	// included.
	twins := c.twinLines(units[last].last + 1)
	for i, u := range after {
		if endsSentence(u.lines[len(u.lines)-1].text) {
			continue
		}
		again := i > 0 && sameText(after[i-1], u)
		twin := again || i+1 < len(after) && sameText(u, after[i+1])
		if u.n < 20 || again || twin && twins > 1 {
			for _, l := range u.lines {
				l.role = debris
			}
		}
	}
}

// twinLines counts the different texts of five words or more printed
// twice in a row among the lines from index from on that are body or
// debris.
func (c *cleaner) twinLines(from int) int {
	var seen []string
	var prev *line
	for _, l := range c.lines[from:] {
		if l.role != body && l.role != debris || len(l.words) < 5 {
			continue // "Publicidad" twice is a label, not a box of links
		}
		if prev != nil && slices.Equal(prev.words, l.words) {
			key := strings.Join(l.words, " ")
			if !slices.Contains(seen, key) {
				seen = append(seen, key)
			}
		}
		prev = l
	}
	return len(seen)
}

// sameText reports whether two units hold the same words.
func sameText(a, b unit) bool {
	if a.n != b.n || len(a.lines) != len(b.lines) {
		return false
	}
	for i, l := range a.lines {
		if !slices.Equal(l.words, b.lines[i].words) {
			return false
		}
	}
	return true
}

// imprints removes a publisher's imprint above the first paragraph of
// prose or below the last ("20 MINUTOS EDITORA, S.L."), which names the
// outlet when nothing better does, also when the head or the tail took
// it for debris already. Inside the prose a company's name is text
// ("Banco Santander S.A." in a list), and the headline is kept.
func (c *cleaner) imprints() {
	// The prose runs from the first line of its first paragraph to the
	// last line of its last, a paragraph broken across short lines
	// included.
	first, last := -1, -1
	for _, u := range c.units() {
		if u.endsProse() || u.n >= 35 {
			if first < 0 {
				first = u.first
			}
			last = u.last
		}
	}
	for i, l := range c.lines {
		if l.role == title || l.n > 10 || first >= 0 && i > first && i < last {
			continue
		}
		if l.role != body && l.role != debris && l.role != byline {
			continue
		}
		if name := imprintName(l.text); name != "" {
			c.outlets = append(c.outlets, name)
			l.role = debris
		}
	}
}

// unit is a run of body lines that make one paragraph.
type unit struct {
	lines       []*line
	n           int
	first, last int // indices in cleaner.lines of its first and last line
}

// endsProse reports whether a unit ends a paragraph of prose: six words
// or more, the last line ending a sentence.
func (u unit) endsProse() bool { return u.n >= 6 && endsSentence(u.lines[len(u.lines)-1].text) }

// units groups the body lines into the paragraphs they will make.
func (c *cleaner) units() []unit {
	var out []unit
	var prev *line
	for i, l := range c.lines {
		if l.role != body {
			continue
		}
		if prev == nil || !c.joins(prev, l) {
			out = append(out, unit{first: i})
		}
		u := &out[len(out)-1]
		u.lines = append(u.lines, l)
		u.n += l.n
		u.last = i
		prev = l
	}
	return out
}

// body joins the kept lines into paragraphs, mending lines broken
// mid-sentence.
func (c *cleaner) body() string {
	var b strings.Builder
	for i, u := range c.units() {
		if i > 0 {
			b.WriteString("\n\n")
		}
		for j, l := range u.lines {
			if j > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(l.text)
		}
	}
	return b.String()
}

// joins reports whether q continues the sentence p left open: p ends
// without final punctuation and q starts in lower case, or p ends with a
// comma or a word no sentence ends with ("de", "the").
func (c *cleaner) joins(p, q *line) bool {
	if p.heading || q.heading || endsSentence(p.text) {
		return false
	}
	last := lastRune(p.text)
	if last == ':' {
		return false
	}
	if last == ',' {
		return true
	}
	first := firstLetter(q.text)
	if unicode.IsLower(first) {
		return true
	}
	if len(p.words) == 0 || p.n > len(p.words) {
		lw := lang.Words(p.text)
		if len(lw) == 0 {
			return false
		}
		w := lw[len(lw)-1]
		return lists.connectives[c.code][lang.Fold(p.text[w.Start:w.End])] && unicode.IsLetter(first)
	}
	return lists.connectives[c.code][p.words[len(p.words)-1]] && unicode.IsLetter(first)
}

// removed lists what cleaning took out, as it stood in the raw text.
func (c *cleaner) removed() []string {
	var out []string
	for _, l := range c.lines {
		out = append(out, l.cuts...)
		switch l.role {
		case debris, byline, dateLine, urlLine:
			out = append(out, l.orig)
		}
	}
	return out
}

// isParagraph reports whether a unit is prose: a sentence of some length.
func isParagraph(u unit) bool {
	return (u.n >= 8 && endsSentence(u.lines[len(u.lines)-1].text)) || u.n >= 35
}

// titleEnd reports whether a text ends as a headline may: not with a
// period, comma, colon or semicolon.
func titleEnd(s string) bool {
	r := lastRune(s)
	return r != '.' && r != ',' && r != ':' && r != ';' && r != '…'
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) || len(a) == 0 {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func hasDigit(s string) bool {
	return strings.ContainsAny(s, "0123456789")
}

// sample returns the opening of the text judged so far to be the
// article's, for language detection: debris would mislead it, and a
// couple of kilobytes tell the language as well as the whole and cost far
// less.
func (c *cleaner) sample() string {
	const enough = 1500
	var b strings.Builder
	for _, l := range c.lines {
		if l.role != body {
			continue
		}
		b.WriteString(l.text)
		b.WriteByte('\n')
		if b.Len() >= enough {
			break
		}
	}
	if b.Len() == 0 {
		return c.a.Raw
	}
	return b.String()
}
