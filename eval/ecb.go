package eval

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/cotejo/cotejo/internal/shared"
)

// ECB+ (EventCorefBank+) holds, per topic, news documents about two
// different events of the same kind (file names ending in "ecb" tell one,
// "ecbplus" the other): the gold story of a document is its topic and that
// suffix.

// ECBDevTopics are the customary validation topics of ECB+; the other
// topics of the development folder are for training.
var ECBDevTopics = []int{2, 5, 12, 18, 21, 23, 34, 35}

// ECBDoc is one ECB+ document as text, with its gold story.
type ECBDoc struct {
	Topic int
	Name  string // file name without ".xml.gz"
	Story string // "<topic>ecb" or "<topic>ecbplus"
	Text  string // tokens joined by spaces, one sentence per line
}

// Bounds on what one document may hold, since the files come from outside.
const (
	ecbMaxBytes  = 8 << 20
	ecbMaxTokens = 200_000
)

var ecbFileName = regexp.MustCompile(`^(\d+)_\d+(ecb|ecbplus)\.xml(\.gz)?$`)

// ReadECB reads the documents of the given topics (all topics when topics
// is empty) from an ECB+ folder of topic folders, in topic and file order.
func ReadECB(dir string, topics []int) ([]ECBDoc, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("read ECB+ folder %s: %w", dir, err)
	}
	var topicDirs []int
	for _, e := range entries {
		n, err := strconv.Atoi(e.Name())
		if err != nil || !e.IsDir() || (len(topics) > 0 && !slices.Contains(topics, n)) {
			continue
		}
		topicDirs = append(topicDirs, n)
	}
	slices.Sort(topicDirs)
	var docs []ECBDoc
	for _, t := range topicDirs {
		files, err := os.ReadDir(filepath.Join(dir, strconv.Itoa(t)))
		if err != nil {
			return nil, fmt.Errorf("read ECB+ topic %d: %w", t, err)
		}
		for _, f := range files {
			m := ecbFileName.FindStringSubmatch(f.Name())
			if m == nil || m[1] != strconv.Itoa(t) {
				continue
			}
			path := filepath.Join(dir, strconv.Itoa(t), f.Name())
			text, err := readECBFile(path)
			if err != nil {
				return nil, err
			}
			docs = append(docs, ECBDoc{
				Topic: t,
				Name:  strings.TrimSuffix(strings.TrimSuffix(f.Name(), ".gz"), ".xml"),
				Story: m[1] + m[2],
				Text:  text,
			})
		}
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("read ECB+ folder %s: no document of the chosen topics: %w", dir, ErrNoData)
	}
	return docs, nil
}

func readECBFile(path string) (string, error) {
	r, err := shared.Open(path)
	if err != nil {
		return "", fmt.Errorf("read ECB+ document: %w", err)
	}
	defer r.Close()
	text, err := ParseECB(r)
	if err != nil {
		return "", fmt.Errorf("read ECB+ document %s: %w", path, err)
	}
	return text, nil
}

// ParseECB reads one ECB+ document (CAT XML) and returns its text: the
// <token> elements joined by spaces, one sentence per line, with the
// source URL that opens many documents left out.
func ParseECB(r io.Reader) (string, error) {
	dec := xml.NewDecoder(io.LimitReader(r, ecbMaxBytes))
	type token struct {
		sentence string
		text     string
	}
	var toks []token
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return "", fmt.Errorf("parse ECB+ XML: %w", err)
		}
		start, ok := tok.(xml.StartElement)
		if !ok || start.Name.Local != "token" {
			continue
		}
		var t struct {
			Sentence string `xml:"sentence,attr"`
			Text     string `xml:",chardata"`
		}
		if err := dec.DecodeElement(&t, &start); err != nil {
			return "", fmt.Errorf("parse ECB+ token: %w", err)
		}
		if len(toks) >= ecbMaxTokens {
			return "", fmt.Errorf("parse ECB+ XML: more than %d tokens", ecbMaxTokens)
		}
		toks = append(toks, token{t.Sentence, strings.TrimSpace(t.Text)})
	}
	texts := make([]string, len(toks))
	for i, t := range toks {
		texts[i] = t.text
	}
	toks = toks[urlTokens(texts):]
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			if t.sentence != toks[i-1].sentence {
				b.WriteByte('\n')
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(t.text)
	}
	return b.String(), nil
}

// urlTokens returns how many of the first tokens spell a URL: ECB+ keeps
// the source address at the start of many documents, split into tokens
// ("http", ":", "/", "/", "www", ".", …) and run into the headline. The
// URL goes on while pieces are joined by separators; a last piece after a
// separator that starts with a capital is the headline's first word.
func urlTokens(toks []string) int {
	if len(toks) == 0 || !isURLStart(toks[0]) {
		return 0
	}
	i := 1
	for i < len(toks) && isURLSeparator(toks[i]) {
		next := i + 1
		if next >= len(toks) || isURLSeparator(toks[next]) {
			i = next
			continue
		}
		last := next+1 >= len(toks) || !isURLSeparator(toks[next+1])
		if last && unicode.IsUpper(firstRune(toks[next])) {
			return i + 1
		}
		i = next + 1
	}
	return i
}

func isURLSeparator(t string) bool {
	return len(t) == 1 && strings.Contains(":/.-_?=&#%~+", t)
}

func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

// isURLStart reports whether a first token opens a URL: the source
// address ECB+ keeps as the first "sentence" of many documents.
func isURLStart(t string) bool {
	t = strings.ToLower(t)
	return t == "http" || t == "https" || t == "www" || strings.HasPrefix(t, "http:") || strings.HasPrefix(t, "https:") || strings.HasPrefix(t, "www.")
}
