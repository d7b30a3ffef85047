package read

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cotejo/cotejo/lang"
)

// The rules below judge one line, or one fragment of a line, by its form:
// which words open it, what follows them, its length and punctuation.

// opener reports whether a line opens with one of the phrases as a label:
// the phrase alone, or followed by a colon, dash or arrow, or (for a
// phrase of several words) by a headline that is not a sentence. With
// links, a line of links opened by the phrase counts too.
func opener(p phrases, l *line, links bool) bool {
	k := p.prefix(l.words)
	if k == 0 {
		return false
	}
	if k == l.n {
		return true
	}
	after := afterPhrase(l.text, k)
	if r, _ := utf8.DecodeRuneInString(after); strings.ContainsRune(":»>|–—-", r) {
		return true
	}
	return (links && l.linkOnly) || (k >= 2 && !endsSentence(l.text))
}

// isCredit reports whether a line is a photo or video credit: "Foto:
// Cuartoscuro", "Fotos | EFE", "Foto de archivo", "Imagen EFE".
func isCredit(l *line) bool {
	k := lists.credits.prefix(l.words)
	if k == 0 || l.n > 15 {
		return false
	}
	after := afterPhrase(l.text, k)
	if r, _ := utf8.DecodeRuneInString(after); strings.ContainsRune(":|/", r) {
		return true
	}
	return k >= 2 || (l.n <= 8 && !endsSentence(l.text))
}

// hasCreditSuffix reports whether a line ends with a photo credit, which
// makes it a caption: "… amnistía total. (Foto: Caracol Radio / Getty)".
func hasCreditSuffix(s string) bool {
	if !strings.Contains(s, ":") {
		return false
	}
	if strings.HasSuffix(s, ")") {
		if i := strings.LastIndexByte(s, '('); i >= 0 {
			inner := s[i+1 : len(s)-1]
			ws, _ := foldedWords(inner)
			if k := lists.credits.prefix(ws); k > 0 && strings.HasPrefix(afterPhrase(inner, k), ":") {
				return true
			}
		}
	}
	// A trailing credit is short: only the end of a long line is read.
	if len(s) > 200 {
		cut := len(s) - 200
		for !utf8.RuneStart(s[cut]) {
			cut++
		}
		s = s[cut:]
	}
	ws := lang.Words(s)
	folded := make([]string, len(ws))
	for i, w := range ws {
		folded[i] = lang.Fold(s[w.Start:w.End])
	}
	for i := 1; i < len(ws); i++ {
		k := lists.credits.at(folded, i)
		if k == 0 || len(ws)-i > 12 {
			continue
		}
		before := strings.TrimSpace(s[:ws[i].Start])
		after := s[ws[i+k-1].End:]
		if strings.HasPrefix(after, ":") && (endsSentence(before) || strings.HasSuffix(before, "|")) {
			return true
		}
	}
	return false
}

// isAgencyLine reports whether a line only credits agencies and their
// photographers: "(EFE)", "EFE/Miguel Gutiérrez", "Con información de
// Reuters y AFP".
func isAgencyLine(l *line) bool {
	if l.n > 10 || l.n == 0 {
		return false
	}
	ws := lang.Words(l.text)
	i := lists.agencyLeads.prefix(l.words)
	if lists.agencies.at(l.words, i) == 0 {
		return false
	}
	for i < len(l.words) {
		if k := lists.agencies.at(l.words, i); k > 0 {
			i += k
			continue
		}
		w := l.words[i]
		r, _ := utf8.DecodeRuneInString(l.text[ws[i].Start:])
		if !isFiller(w) && !unicode.IsUpper(r) {
			return false
		}
		i++
	}
	return true
}

// isFiller reports whether a folded word joins the names of a credit.
func isFiller(w string) bool {
	switch w {
	case "y", "e", "and", "con", "with", "com", "de", "da", "do", "del":
		return true
	}
	return false
}

// agencySuffix cuts an agency sign-off from the end of a paragraph:
// "… dijo el ministro. (EFE)".
func agencySuffix(s string) (frag, before string, ok bool) {
	if !strings.HasSuffix(s, ")") {
		return "", s, false
	}
	i := strings.LastIndexByte(s, '(')
	if i <= 0 {
		return "", s, false
	}
	ws, n := foldedWords(s[i+1 : len(s)-1])
	if n == 0 || n > 4 {
		return "", s, false
	}
	for j := 0; j < len(ws); {
		if k := lists.agencies.at(ws, j); k > 0 {
			j += k
			continue
		}
		if !isFiller(ws[j]) {
			return "", s, false
		}
		j++
	}
	before = strings.TrimSpace(s[:i])
	if !hasLetter(before) {
		return "", s, false
	}
	return s[i:], before, true
}

// followSuffix cuts a follow prompt glued to a headline: "… + Seguir en".
func followSuffix(s string) (frag, before string, ok bool) {
	tail := max(0, len(s)-40)
	i := -1
	for _, sep := range []string{" + ", " | ", " · "} {
		if j := strings.LastIndex(s[tail:], sep); j >= 0 && tail+j > i {
			i = tail + j
		}
	}
	if i < 0 {
		return "", s, false
	}
	ws, _ := foldedWords(s[i+3:])
	if !lists.follows.whole(ws) {
		return "", s, false
	}
	return strings.TrimSpace(s[i+1:]), strings.TrimSpace(s[:i]), true
}

// metaDatePrefix cuts a metadata date glued to the start of a text by a
// scraper: "date 2025-12-11 El mandatario…", "Fecha: 2025-12-11T14:08".
func metaDatePrefix(s string) (date, after string, ok bool) {
	sp := strings.IndexAny(s, " :")
	if sp <= 0 || sp > 24 {
		return "", s, false
	}
	cue, _ := foldedWords(s[:sp])
	if !lists.published.whole(cue) {
		return "", s, false
	}
	rest := strings.TrimLeft(s[sp:], " :")
	end := isoDateLen(rest)
	if end == 0 {
		return "", s, false
	}
	return rest[:end], strings.TrimSpace(rest[end:]), true
}

// isoDateLen returns the length of an ISO date (and time) opening s, or 0.
func isoDateLen(s string) int {
	digits := func(s string, n int) bool {
		if len(s) < n {
			return false
		}
		for i := range n {
			if s[i] < '0' || s[i] > '9' {
				return false
			}
		}
		return true
	}
	if !digits(s, 4) || len(s) < 10 || s[4] != '-' || !digits(s[5:], 2) || s[7] != '-' || !digits(s[8:], 2) {
		return 0
	}
	n := 10
	if len(s) >= 16 && (s[10] == 'T' || s[10] == ' ') && digits(s[11:], 2) && s[13] == ':' && digits(s[14:], 2) {
		n = 16
		if len(s) >= 19 && s[16] == ':' && digits(s[17:], 2) {
			n = 19
		}
	}
	if n < len(s) && s[n] != ' ' && s[n] != ',' && s[n] != '.' && s[n] != 'Z' && s[n] != '+' {
		return 0
	}
	return n
}

// dateline cuts an agency dateline from the start of a paragraph:
// "Madrid, 11 dic (EFE).- …", "CARACAS (AFP) — …", "Estados Unidos.- …".
// It returns the cut, the date in it when it names a year, and the rest.
func dateline(s string) (frag, date, after string, ok bool) {
	head := s
	if len(head) > 120 {
		head = head[:120]
	}
	end, sepEnd := -1, -1
	for _, sep := range []string{".-", ".–", ".—"} {
		if j := strings.Index(head, sep); j > 0 && (end < 0 || j < end) {
			end, sepEnd = j, j+len(sep)
		}
	}
	paren := false
	if j := strings.IndexByte(head, ')'); j > 0 && (end < 0 || j < end) {
		rest := strings.TrimLeft(head[j+1:], " ")
		for _, dash := range []string{"-", "–", "—", ".-", ".–", ".—", ":"} {
			if strings.HasPrefix(rest, dash) {
				end, sepEnd, paren = j+1, len(head)-len(rest)+len(dash), true
				break
			}
		}
	}
	if end <= 0 {
		return "", "", s, false
	}
	prefix := strings.TrimSpace(s[:end])
	after = strings.TrimSpace(s[sepEnd:])
	if after == "" || strings.Contains(prefix, ". ") || !unicode.IsUpper(firstLetter(prefix)) {
		return "", "", s, false
	}
	place := prefix
	if i := strings.IndexByte(prefix, '('); i >= 0 {
		inner := strings.Trim(prefix[i:], "()")
		ws, _ := foldedWords(inner)
		if len(ws) == 0 || lists.agencies.at(ws, 0) == 0 {
			return "", "", s, false
		}
		place = strings.TrimSpace(prefix[:i])
	} else if paren {
		return "", "", s, false
	}
	ws := lang.Words(place)
	if len(ws) == 0 || len(ws) > 8 {
		return "", "", s, false
	}
	dateStart, hasYear := -1, false
	for _, w := range ws {
		word := place[w.Start:w.End]
		folded := lang.Fold(word)
		r, _ := utf8.DecodeRuneInString(word)
		switch {
		case isNumber(folded) || (lang.IsCalendarWord(folded) && dateStart >= 0) || monthWord(folded):
			if dateStart < 0 {
				dateStart = w.Start
			}
			hasYear = hasYear || isYear(folded)
		case dateStart >= 0:
			return "", "", s, false
		case unicode.IsUpper(r) || isParticle(folded):
		default:
			return "", "", s, false
		}
	}
	if hasYear && dateStart >= 0 {
		date = strings.TrimSpace(place[dateStart:])
	}
	return strings.TrimSpace(s[:sepEnd]), date, after, true
}

// isURLLine reports whether a line is only a URL or a link to one, as
// scrapers leave the page's address at the top or bottom.
func isURLLine(l *line) bool {
	if l.linkOnly {
		return isWebAddress(l.link) && !strings.Contains(l.text, " ")
	}
	return !strings.Contains(l.text, " ") && isWebAddress(l.text)
}

// isWebAddress reports whether s is an address: with a scheme, "www.", or
// a host name followed by a path ("lanacion.com.ar/el-mundo/…").
func isWebAddress(s string) bool {
	lower := strings.ToLower(s)
	if strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://") || strings.HasPrefix(lower, "www.") {
		return len(s) > 10
	}
	slash := strings.IndexByte(s, '/')
	if slash <= 0 {
		return false
	}
	return isHost(s[:slash])
}

// isHost reports whether s looks like a domain name: labels of letters,
// digits and hyphens, the last one a top-level domain of letters.
func isHost(s string) bool {
	labels := strings.Split(s, ".")
	if len(labels) < 2 {
		return false
	}
	for _, l := range labels {
		if l == "" {
			return false
		}
		for _, r := range l {
			if !(r == '-' || ('0' <= r && r <= '9') || ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z')) {
				return false
			}
		}
	}
	tld := labels[len(labels)-1]
	for _, r := range tld {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return len(tld) >= 2
}

// isRights reports whether a line is a copyright notice.
func isRights(l *line) bool {
	return strings.Contains(l.text, "©") || strings.HasPrefix(l.text, "(c) ") || strings.HasPrefix(l.text, "(C) ") ||
		lists.rights.find(l.words)
}

// copyrightOutlet reads the outlet a copyright line names: "© 2025 El
// País. Todos los derechos reservados." → "El País".
func copyrightOutlet(s string) string {
	i := strings.Index(s, "©")
	if i < 0 {
		return ""
	}
	s = strings.TrimLeft(s[i+len("©"):], " 0123456789-–,")
	var out []string
	for _, tok := range strings.Fields(s) {
		word := strings.TrimRight(tok, ".,|;:")
		r, _ := utf8.DecodeRuneInString(word)
		if word == "" || !(unicode.IsUpper(r) || (len(out) > 0 && isParticle(lang.Fold(word)))) {
			break
		}
		out = append(out, word)
		// "© ELMUNDO.es Avenida de San Luis 25": a site's address names
		// the outlet whole; what follows is the publisher's street.
		if word != tok || len(out) == 5 || strings.Contains(word, ".") {
			break
		}
	}
	return strings.Join(out, " ")
}

// legalForms are the company-type abbreviations that end a publisher's
// imprint line: "20 MINUTOS EDITORA, S.L.", "Grupo Clarín S.A.".
var legalForms = []string{
	"S.A. de C.V.", "S.A.U.", "S.L.U.", "S.A.S.", "S.A.", "S.L.", "S.R.L.", "SL", "SA",
	"Ltda.", "Lda.", "Ltd.", "Ltd", "Limited", "Inc.", "Inc", "LLC", "L.L.C.", "GmbH", "PLC", "plc", "Corp.",
}

// imprintName reads a line that is nothing but a company's name and
// legal form, the publisher's imprint under an article, and returns the
// name without the form; "" when the line is anything else.
func imprintName(s string) string {
	s = strings.TrimSpace(s)
	var name string
	for _, form := range legalForms {
		if rest, ok := strings.CutSuffix(s, form); ok && rest != s && (strings.HasSuffix(rest, " ") || strings.HasSuffix(rest, ",")) {
			name = strings.TrimRight(rest, " ,")
			break
		}
	}
	words := strings.Fields(name)
	if len(words) == 0 || len(words) > 6 {
		return ""
	}
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !(unicode.IsUpper(r) || unicode.IsDigit(r) || w == "&" || i > 0 && isParticle(lang.Fold(w))) {
			return ""
		}
	}
	return name
}

// isEmbed reports whether a line is the text of an embedded post: a tweet
// signature "— Name (@handle) December 11, 2025" or a pic.twitter.com link.
func isEmbed(s string) bool {
	if strings.Contains(s, "pic.twitter.com/") {
		return true
	}
	i := strings.Index(s, "(@")
	if i < 0 || len(s) < 4 {
		return false
	}
	return isYear(s[len(s)-4:]) && strings.Contains(s[:i], "—")
}

// isCode reports whether a line is style sheet or script that a scrape
// let through: ".alogo{display: block;width: 330px;}", "{ var a = 1; f(); }".
func isCode(s string) bool {
	open, close := strings.IndexByte(s, '{'), strings.LastIndexByte(s, '}')
	if open < 0 || close < open {
		return false
	}
	inner := s[open+1 : close]
	return strings.Contains(inner, ":") && strings.Contains(inner, ";") || strings.Count(inner, ";") >= 2
}

// isHashtags reports whether a line is only hashtags.
func isHashtags(s string) bool {
	if !strings.HasPrefix(s, "#") {
		return false
	}
	fields := strings.Fields(s)
	for _, f := range fields {
		if len(f) < 2 || f[0] != '#' {
			return false
		}
	}
	return len(fields) > 0
}

// isBreadcrumb reports whether a line is a navigation trail: "Inicio >
// Mundo > América", "Home / World".
func isBreadcrumb(l *line) bool {
	s := l.text
	if endsSentence(s) {
		return false
	}
	var segs []string
	switch {
	case strings.ContainsAny(s, ">›") || (strings.Contains(s, "»") && !strings.Contains(s, "«")):
		segs = strings.FieldsFunc(s, func(r rune) bool { return r == '>' || r == '›' || r == '»' })
	case strings.Contains(s, " / "):
		segs = strings.Split(s, " / ")
	default:
		return false
	}
	if len(segs) < 2 {
		return false
	}
	for _, seg := range segs {
		if n := len(strings.Fields(seg)); n == 0 || n > 4 {
			return false
		}
	}
	if len(segs) >= 3 {
		return true
	}
	first, _ := foldedWords(segs[0])
	return lists.breadcrumbs.whole(first)
}

// isCookieNotice reports whether a line asks about cookies.
func isCookieNotice(l *line) bool {
	// A quoted notice is a story about cookies, not the page's own banner.
	if strings.ContainsRune("\"“«'", firstRune(l.text)) {
		return false
	}
	words := l.words
	for _, w := range words {
		if w == "cookie" || w == "cookies" {
			return lists.cookies.find(words)
		}
	}
	return false
}

// cueByline reads a byline opened by a cue: "Por María López y Juan
// Pérez", "By Jane Doe | Reuters". It returns the names.
func cueByline(l *line) ([]string, bool) {
	k := lists.bylines.prefix(l.words)
	if k == 0 || l.n > 14 || k == l.n {
		return nil, false
	}
	after := strings.TrimLeft(afterPhrase(l.text, k), ":-–— ")
	var names []string
	for i, part := range splitNames(after) {
		ws, _ := foldedWords(part)
		agency := lists.agencies.whole(ws)
		if !nameLike(part) && !agency {
			if i == 0 {
				return nil, false
			}
			continue
		}
		names = append(names, part)
	}
	return names, len(names) > 0
}

// splitNames splits a byline into its names.
func splitNames(s string) []string {
	for _, sep := range []string{" y ", " and ", " e ", " & ", " | ", " / ", " · ", " - ", " – ", " — "} {
		s = strings.ReplaceAll(s, sep, ",")
	}
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(strings.Trim(p, "|/·")); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// nameLike reports whether a text is a person's name and nothing else:
// two to five words, each capitalised or a lower-case particle ("de la").
func nameLike(s string) bool {
	fields := strings.Fields(strings.Trim(s, " |·,-–—"))
	if len(fields) < 2 || len(fields) > 5 {
		return false
	}
	caps := 0
	for i, f := range fields {
		for _, r := range f {
			if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' && r != '.' {
				return false
			}
		}
		folded := lang.Fold(f)
		r, _ := utf8.DecodeRuneInString(f)
		switch {
		case isParticle(folded):
			if unicode.IsUpper(r) || i == 0 || i == len(fields)-1 {
				return false
			}
		case i == 0 && unicode.IsUpper(r) && isFunctionWord(folded):
			return false // "A Warner Media Company", "Más de Mundo"
		case unicode.IsUpper(r):
			caps++
		default:
			return false
		}
	}
	// "Company." ends a sentence; an initial ("Juan P.") ends a name.
	if last := fields[len(fields)-1]; strings.HasSuffix(last, ".") && utf8.RuneCountInString(last) > 2 {
		return false
	}
	return caps >= 2
}

// givenNames are function words that open people's names.
var givenNames = map[string]bool{"will": true, "may": true, "don": true, "can": true, "mark": true}

// functionWordLangs are the languages whose function words no person's
// name opens with: those the debris lists are written for.
var functionWordLangs = func() []*lang.Language {
	var out []*lang.Language
	for _, code := range lang.DebrisLanguages() {
		out = append(out, lang.Get(code))
	}
	return out
}()

// isFunctionWord reports whether the lower-cased word is a function word
// of a supported language: an article, a preposition, an adverb such as
// "más". Function words that are also given names ("Will Smith", "Don
// Lemon") are not.
func isFunctionWord(w string) bool {
	if givenNames[w] {
		return false
	}
	for _, l := range functionWordLangs {
		if l.IsStop(w) {
			return true
		}
	}
	return false
}

var particles = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range lang.NameParticles {
		m[p] = true
	}
	return m
}()

func isParticle(folded string) bool { return particles[folded] }

// monthWord reports whether a folded word names a month in a supported
// language.
func monthWord(w string) bool { return len(lang.MonthLanguages(w)) > 0 }

// isNumber reports whether a word is a number, a numeric date or an
// ordinal: "11", "2025-12-11", "14h08", "1º", "11th".
func isNumber(w string) bool {
	digits, letters := 0, 0
	for _, r := range w {
		switch {
		case unicode.IsDigit(r):
			digits++
		case strings.ContainsRune("-./:", r):
		case unicode.IsLetter(r) && digits > 0:
			letters++
		default:
			return false
		}
	}
	return digits > 0 && letters <= 2
}

// isYear reports whether a word is, or opens with, a year 1900–2099.
func isYear(w string) bool {
	if len(w) < 4 {
		return false
	}
	if (w[0] == '1' && w[1] == '9') || (w[0] == '2' && w[1] == '0') {
		if w[2] >= '0' && w[2] <= '9' && w[3] >= '0' && w[3] <= '9' {
			return len(w) == 4 || !unicode.IsDigit(rune(w[4]))
		}
	}
	return false
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
