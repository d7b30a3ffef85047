package read

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// FixMojibake mends mojibake: UTF-8 text decoded once as Windows-1252
// (or Latin-1) and encoded again, "oposición" printed as "oposiciÃ³n",
// "’" as "â€™". Scrapers and old CMS exports leave it in whole articles.
// Each character of the original became two to four characters, the
// first a UTF-8 lead byte read as a letter (Ã, Â, â, ð…), the rest
// continuation bytes read as symbols or C1 controls. Each such run is
// mapped back to its bytes and, when they decode as one UTF-8 character,
// that character takes its place. Text without the pattern is returned
// as it is, without copying.
func FixMojibake(s string) string {
	first := mojibakeAt(s, 0, false)
	// Only a text that shows mojibake of the four sure leads is mended,
	// and then the other leads are mojibake too: "ErdoÄŸan",
	// "ÐœÐ¾Ñ\u0081ÐºÐ²Ð°" in an article of "oposiciÃ³n".
	for first >= 0 {
		if _, n := decodeMojibake(s[first:]); n > 0 {
			break
		}
		first = mojibakeAt(s, first+1, false)
	}
	if first < 0 {
		return s
	}
	first = mojibakeAt(s, 0, true)
	var b strings.Builder
	b.Grow(len(s))
	i := 0
	for at := first; at >= 0; at = mojibakeAt(s, i, true) {
		b.WriteString(s[i:at])
		r, n := decodeMojibake(s[at:])
		if n == 0 {
			// Not a character after all: keep the lead and go on.
			_, size := utf8.DecodeRuneInString(s[at:])
			b.WriteString(s[at : at+size])
			i = at + size
			continue
		}
		b.WriteRune(r)
		i = at + n
	}
	b.WriteString(s[i:])
	return b.String()
}

// mojibakeAt returns the index, from i on, of the next character that may
// open a mojibake sequence: one of the four lead bytes the text of these
// languages makes when read as Windows-1252, Â and Ã (the leads of
// U+0080 to U+00FF: accented letters, «», ¿¡, nbsp), â (of U+2000 to
// U+2FFF: ’“”–—…) and ð (of emoji), written C3 82, C3 83, C3 A2 and
// C3 B0, followed by a character that a continuation byte becomes (written
// C2 xx for U+0080 to U+00BF, or one of the few Windows-1252 symbols,
// written C5, C6, CB or E2 xx); or -1. Other leads (all: any of U+00C4
// to U+00F4) would read right text as mojibake, "«SÍ»" being Í and », not
// the bytes of one character: they are taken only in a text that shows
// mojibake of the sure ones.
func mojibakeAt(s string, i int, all bool) int {
	for {
		k := strings.IndexByte(s[i:], 0xC3)
		if k < 0 {
			return -1
		}
		at := i + k
		if at+2 < len(s) {
			lead := s[at+1]
			sure := lead == 0x82 || lead == 0x83 || lead == 0xA2 || lead == 0xB0
			if sure || all && lead >= 0x84 && lead <= 0xB4 {
				switch s[at+2] {
				case 0xC2, 0xC5, 0xC6, 0xCB, 0xE2:
					return at
				}
			}
		}
		i = at + 1
	}
}

// decodeMojibake reads one mojibake sequence at the start of s and
// returns the character it stands for and the bytes of s it spans, or 0
// bytes when the sequence does not make one valid character. A sequence
// of another lead than the sure four must make a letter of the
// scripts news in these languages borrows names from (Latin extended,
// Greek, Cyrillic: U+0100 to U+052F), or a byte-order mark ("ï»¿"), so
// that right text beside mojibake, "PERÚ–CHILE" (Ú and – making U+0696)
// or "“SÍ”" (a combining mark), stays.
func decodeMojibake(s string) (rune, int) {
	var buf [utf8.UTFMax]byte
	lead, n := utf8.DecodeRuneInString(s)
	b, ok := mojibakeByte(lead)
	if !ok {
		return 0, 0
	}
	buf[0] = b
	want := 0
	switch {
	case b >= 0xC2 && b <= 0xDF:
		want = 2
	case b >= 0xE0 && b <= 0xEF:
		want = 3
	case b >= 0xF0 && b <= 0xF4:
		want = 4
	default:
		return 0, 0
	}
	for k := 1; k < want; k++ {
		r, size := utf8.DecodeRuneInString(s[n:])
		if size == 0 {
			return 0, 0
		}
		b, ok := mojibakeByte(r)
		if !ok || b < 0x80 || b > 0xBF {
			return 0, 0
		}
		buf[k] = b
		n += size
	}
	r, size := utf8.DecodeRune(buf[:want])
	if r == utf8.RuneError || size != want {
		return 0, 0
	}
	if !sureLead(lead) && r != '\uFEFF' && (r < 0x100 || r > 0x52F || !unicode.IsLetter(r) || afterWord(s[utf8.RuneLen(lead):])) {
		return 0, 0
	}
	return r, n
}

// afterWord reports whether s opens with a mark that right text puts
// after a word: a closing guillemet or a no-break space ("SÍ»",
// "está\u00a0«"), which mojibake of another lead would read as the
// second byte of a letter.
func afterWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r == '»' || r == '\u00a0'
}

// sureLead reports whether r is one of the four leads the text of these
// languages makes as mojibake: Â, Ã, â, ð.
func sureLead(r rune) bool { return r == 'Â' || r == 'Ã' || r == 'â' || r == 'ð' }

// mojibakeByte returns the byte a character of mojibake was read from:
// its Windows-1252 byte, or, for the five bytes Windows-1252 leaves
// undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D), the C1 control that a
// Latin-1 reading gives them.
func mojibakeByte(r rune) (byte, bool) {
	if b, ok := charmap.Windows1252.EncodeRune(r); ok {
		return b, true
	}
	if r >= 0x80 && r <= 0x9F {
		return byte(r), true
	}
	return 0, false
}
