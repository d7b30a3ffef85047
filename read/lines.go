package read

import (
	"html"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cotejo/cotejo/lang"
)

// line is one non-empty line of a raw text, with what the cleaner reads
// off its form.
type line struct {
	orig        string   // the line as it stood, trimmed of surrounding space
	text        string   // orig without Markdown, HTML leftovers, entities and extra space
	words       []string // folded words of text, at most maxWords of them
	n           int      // number of words in text
	blankBefore bool     // an empty line separates it from the previous one
	heading     bool     // a Markdown heading
	linkOnly    bool     // nothing but links (and separators)
	link        string   // the target of the first link, "" when none
	cuts        []string // fragments cut off orig (a glued date, a follow prompt)
	role        role
}

// maxWords bounds the folded words kept per line: the rules read the
// opening words and short lines, never the whole of a long paragraph.
const maxWords = 48

// longLine is the word count past which no rule reads more than a line's
// opening words: every rule that looks inside a line stops below it.
const longLine = 80

// role is what a line turned out to be.
type role int

const (
	body     role = iota
	debris        // page furniture: goes to Removed
	byline        // goes to Removed, names go to Authors
	dateLine      // goes to Removed, date goes to Published
	urlLine       // goes to Removed, URL goes to URL and Outlet
	title         // goes to Title
)

// splitLines reads the non-empty lines of a text.
func splitLines(raw string) []*line {
	var out []*line
	blank := false
	for len(raw) > 0 {
		s := raw
		if i := strings.IndexByte(raw, '\n'); i >= 0 {
			s, raw = raw[:i], raw[i+1:]
		} else {
			raw = ""
		}
		s = strings.TrimFunc(s, isSpace)
		if s == "" {
			blank = true
			continue
		}
		out = append(out, &line{orig: s, blankBefore: blank})
		blank = false
	}
	return out
}

// setText sets the readable text of a line (from what is left of orig
// after cuts) and its words.
func (l *line) setText(s string) {
	s, l.heading = stripHeading(s)
	s, l.linkOnly, l.link = stripLinks(s)
	if strings.IndexByte(s, '<') >= 0 {
		s = stripTags(s)
	}
	if strings.IndexByte(s, '&') >= 0 {
		s = html.UnescapeString(s)
	}
	s = stripEmphasis(s)
	l.text = squeeze(s)
	l.words, l.n = foldedWords(l.text)
}

func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' || r == '\u00a0'
}

// squeeze trims a string and turns every run of spaces (including
// non-breaking and zero-width ones) into one space.
func squeeze(s string) string {
	clean := true
	prevSpace := true
	for _, r := range s {
		sp := isSpace(r)
		if sp && (prevSpace || r != ' ') {
			clean = false
			break
		}
		prevSpace = sp
	}
	if clean && !prevSpace {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if r == '\u200b' || r == '\ufeff' {
			continue
		}
		if isSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// foldedWords returns the first maxWords words of s, folded, and how many
// words s has in all. A long paragraph is only read as far as the rules
// look, and its words counted by its spaces.
func foldedWords(s string) ([]string, int) {
	enough := maxWords * 12
	total := -1
	if len(s) > enough {
		total = strings.Count(s, " ") + 1
		if total > longLine {
			enough = 80 // a long paragraph is only read for its opening words
		}
		cut := strings.LastIndexByte(s[:enough], ' ')
		if cut <= 0 {
			cut = enough
			for cut > 0 && !utf8.RuneStart(s[cut]) {
				cut--
			}
		}
		s = s[:cut]
	}
	// Folding keeps letters letters, so the folded text splits into the
	// same words, and one fold serves them all.
	f := lang.Fold(s)
	ws := lang.Words(f)
	k := min(len(ws), maxWords)
	out := make([]string, k)
	for i := range k {
		out[i] = f[ws[i].Start:ws[i].End]
	}
	if total < 0 {
		total = len(ws)
	}
	return out, total
}

// stripHeading removes a Markdown heading marker ("## ") or a blockquote
// or list marker from the start of a line.
func stripHeading(s string) (string, bool) {
	if strings.HasPrefix(s, "#") {
		t := strings.TrimLeft(s, "#")
		if len(s)-len(t) <= 6 && (t == "" || t[0] == ' ') {
			return strings.TrimSpace(strings.TrimRight(t, "# ")), true
		}
	}
	for _, m := range []string{"> ", "- ", "* ", "• "} {
		if strings.HasPrefix(s, m) {
			return strings.TrimSpace(s[len(m):]), false
		}
	}
	return s, false
}

// stripLinks turns Markdown links into their text and drops images. It
// reports whether the line held nothing but links and separators, and the
// first link's target.
func stripLinks(s string) (string, bool, string) {
	if !strings.Contains(s, "](") {
		return s, false, ""
	}
	var b strings.Builder
	target := ""
	links, other := 0, false
	for {
		open := strings.IndexByte(s, '[')
		if open < 0 {
			break
		}
		mid := strings.Index(s[open:], "](")
		if mid < 0 {
			break
		}
		mid += open
		end := strings.IndexByte(s[mid:], ')')
		if end < 0 {
			break
		}
		end += mid
		image := open > 0 && s[open-1] == '!'
		before := s[:open]
		if image {
			before = s[:open-1]
		}
		if strings.TrimFunc(before, isSeparator) != "" {
			other = true
		}
		b.WriteString(before)
		if !image {
			label := s[open+1 : mid]
			if strings.HasPrefix(label, "!") && strings.Contains(label, "](") {
				label = ""
			}
			b.WriteString(label)
			links++
			if target == "" {
				target = strings.TrimSpace(s[mid+2 : end])
			}
		}
		s = s[end+1:]
	}
	if strings.TrimFunc(s, isSeparator) != "" {
		other = true
	}
	b.WriteString(s)
	return b.String(), links > 0 && !other, target
}

func isSeparator(r rune) bool {
	return isSpace(r) || strings.ContainsRune("|·•,;/-–—>»›", r)
}

// stripTags removes HTML tags left in a text ("<br>", "</p>"): a "<"
// followed by a letter or "/" up to the next ">".
func stripTags(s string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 || i+1 >= len(s) {
			break
		}
		c := s[i+1]
		j := strings.IndexByte(s[i:], '>')
		if j < 0 || !(c == '/' || c == '!' || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z')) {
			b.WriteString(s[:i+1])
			s = s[i+1:]
			continue
		}
		b.WriteString(s[:i])
		b.WriteByte(' ')
		s = s[i+j+1:]
	}
	b.WriteString(s)
	return b.String()
}

// stripEmphasis removes Markdown bold markers and italic markers that wrap
// a whole line; single asterisks inside a text are left alone, since
// outside Markdown they are text.
func stripEmphasis(s string) string {
	if strings.Contains(s, "**") {
		s = strings.ReplaceAll(s, "**", "")
	}
	if strings.Contains(s, "__") {
		s = strings.ReplaceAll(s, "__", "")
	}
	if len(s) > 2 && (s[0] == '*' || s[0] == '_') && s[len(s)-1] == s[0] {
		s = s[1 : len(s)-1]
	}
	return s
}

// endsSentence reports whether a text ends as a sentence does, looking
// past closing quotes and brackets.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, "\"'”’»)]* ")
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == '…' || r == ';'
}

// lastRune returns the last letter-or-mark of s after closing quotes.
func lastRune(s string) rune {
	s = strings.TrimRight(s, "\"'”’»)] ")
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// firstLetter returns the first letter or digit of s, past opening quotes
// and brackets.
func firstLetter(s string) rune {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		if !strings.ContainsRune("\"'“‘«([¿¡—–- ", r) {
			return r
		}
	}
	return 0
}

// isUpperLine reports whether a text has letters and all of them are
// capitals.
func isUpperLine(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if unicode.IsLower(r) {
				return false
			}
			letters++
		}
	}
	return letters > 1
}

// hasLetter reports whether s holds a letter or digit.
func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
