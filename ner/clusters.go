package ner

import (
	"bufio"
	"cmp"
	"errors"
	"fmt"
	"io"
	mbits "math/bits"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Clusters maps words to their paths in a Brown-cluster hierarchy.
type Clusters struct {
	words []ClusterWord
}

// ClusterWord is one word of a cluster file: its path of '0' and '1' from
// the root of the hierarchy and how often it was seen.
type ClusterWord struct {
	Word  string
	Path  string
	Count int
}

// Words returns the clustered words, sorted by path, then by falling count.
func (c *Clusters) Words() []ClusterWord {
	if c == nil {
		return nil
	}
	return c.words
}

func (c *Clusters) sort() {
	slices.SortFunc(c.words, func(a, b ClusterWord) int {
		if x := cmp.Compare(a.Path, b.Path); x != 0 {
			return x
		}
		if x := cmp.Compare(b.Count, a.Count); x != 0 {
			return x
		}
		return cmp.Compare(a.Word, b.Word)
	})
}

// Write writes the clusters in the "paths" format of Liang's wcluster:
// one "path<TAB>word<TAB>count" line per word.
func (c *Clusters) Write(w io.Writer) error {
	bw := bufio.NewWriter(w)
	for _, cw := range c.words {
		fmt.Fprintf(bw, "%s\t%s\t%d\n", cw.Path, cw.Word, cw.Count)
	}
	return bw.Flush()
}

// maxPath bounds the length of a cluster path read from a file.
const maxPath = 64

// ReadClusters reads a cluster file in the format Write writes.
func ReadClusters(r io.Reader) (*Clusters, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), maxLine)
	c := &Clusters{}
	n := 0
	for sc.Scan() {
		n++
		if len(c.words) == maxEntries {
			return nil, fmt.Errorf("read clusters: line %d: more than %d words", n, maxEntries)
		}
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) != 3 {
			return nil, fmt.Errorf("read clusters: line %d: want path, word and count separated by tabs", n)
		}
		path, word := fields[0], fields[1]
		if path == "" || len(path) > maxPath || strings.Trim(path, "01") != "" {
			return nil, fmt.Errorf("read clusters: line %d: path %q is not 1 to %d binary digits", n, path, maxPath)
		}
		count, err := strconv.Atoi(fields[2])
		if err != nil || count < 0 {
			return nil, fmt.Errorf("read clusters: line %d: bad count %q", n, fields[2])
		}
		c.words = append(c.words, ClusterWord{Word: word, Path: path, Count: count})
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return nil, fmt.Errorf("read clusters: line %d: longer than %d bytes: %w", n+1, maxLine, err)
		}
		return nil, fmt.Errorf("read clusters: line %d: %w", n+1, err)
	}
	return c, nil
}

// maxCodeBits is the longest path prefix the model keeps; features use
// prefixes of at most 20.
const maxCodeBits = 24

// pathCode packs a path (its first maxCodeBits digits) into an integer
// with a leading 1 bit, so that prefixes of different lengths differ.
func pathCode(path string) uint32 {
	code := uint32(1)
	for i := 0; i < len(path) && i < maxCodeBits; i++ {
		code = code<<1 | uint32(path[i]-'0')
	}
	return code
}

// codePrefix cuts a path code to its first n digits.
func codePrefix(code uint32, n int) uint32 {
	bits := 31 - mbits.LeadingZeros32(code) // digits below the leading 1
	if bits <= n {
		return code
	}
	return code >> (bits - n)
}

// table returns the path codes by word hash. Words missing in their own
// casing fall back to their lower-case form, so "MADRID" in a headline
// finds the cluster of the lower-cased word when one was learnt; the most
// frequent casing that lower-cases to a form gives it its path.
func (c *Clusters) table() map[uint64]uint32 {
	t := make(map[uint64]uint32, len(c.words))
	byCount := slices.Clone(c.words)
	slices.SortStableFunc(byCount, func(a, b ClusterWord) int { return cmp.Compare(b.Count, a.Count) })
	for _, w := range byCount {
		t[hashString(w.Word)] = pathCode(w.Path)
	}
	for _, w := range byCount {
		lower := analyse(w.Word).lower
		if _, ok := t[lower]; !ok {
			t[lower] = pathCode(w.Path)
		}
	}
	return t
}

// Tokenize splits running text into lines of tokens the way CoNLL-2002
// tokenises news: punctuation at either end of a word is split off, while
// dots and hyphens inside a word ("EE.UU.", "ex-ministro") stay.
func Tokenize(text string) [][]string {
	var out [][]string
	for line := range strings.Lines(text) {
		var toks []string
		for _, f := range strings.Fields(line) {
			toks = appendWord(toks, f)
		}
		if len(toks) > 0 {
			out = append(out, toks)
		}
	}
	return out
}

// appendWord appends the tokens of one blank-separated chunk.
func appendWord(toks []string, w string) []string {
	var tail []string
	for w != "" {
		r, n := utf8.DecodeRuneInString(w)
		if !splitPunct(r) {
			break
		}
		toks = append(toks, w[:n])
		w = w[n:]
	}
	for w != "" {
		r, n := utf8.DecodeLastRuneInString(w)
		if !splitPunct(r) && r != '.' {
			break
		}
		// A final dot stays on an abbreviation with inner dots ("EE.UU.").
		if r == '.' && strings.Contains(w[:len(w)-n], ".") {
			break
		}
		tail = append(tail, w[len(w)-n:])
		w = w[:len(w)-n]
	}
	if w != "" {
		toks = append(toks, w)
	}
	for i := len(tail) - 1; i >= 0; i-- {
		toks = append(toks, tail[i])
	}
	return toks
}

// splitPunct reports whether r is split off the ends of words.
func splitPunct(r rune) bool {
	if r == '.' || r == '%' {
		return false
	}
	return unicode.IsPunct(r) || unicode.IsSymbol(r)
}
