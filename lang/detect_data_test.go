package lang

import (
	"bufio"
	"encoding/json"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	xhtml "golang.org/x/net/html"

	"github.com/cotejo/cotejo/internal/shared"
)

// labelled is one text of known language from the shared data sets.
type labelled struct {
	lang, source, text string
}

// perSource caps how many texts one data set gives one language, so that
// the evaluation stays short and no single set dominates.
const perSource = 150

var (
	realOnce   sync.Once
	realCached []labelled
)

// realTexts gathers texts of known language from the shared data sets:
// Spanish news (fakenews-es, cl-tls-es), English news (ecbplus-en) and
// web pages whose <html lang> names one of detectLanguages
// (trafilatura-eval, htmldate-eval). It skips the test when none of the
// sets is present. The page labels are noisy: a few percent of the pages
// marked "en" are German, Spanish or Catalan, which caps every detector's
// score on English and French pages.
func realTexts(t testing.TB) []labelled {
	t.Helper()
	realOnce.Do(func() { realCached = loadRealTexts(t) })
	if len(realCached) == 0 {
		t.Skip("none of the shared data sets fakenews-es, cl-tls-es, ecbplus-en, trafilatura-eval, htmldate-eval is present: skipping")
	}
	return realCached
}

func loadRealTexts(t testing.TB) []labelled {
	var out []labelled
	if p := shared.DataPath("fakenews-es/development.jsonl"); p != "" {
		out = append(out, fakeNews(t, p)...)
	}
	if p := shared.DataPath("cl-tls-es"); p != "" {
		out = append(out, gzipTexts(t, p, "*/*/*.txt.gz", "es", "cl-tls-es", dropMarkup)...)
	}
	if p := shared.DataPath("ecbplus-en/xml"); p != "" {
		out = append(out, gzipTexts(t, p, "*/*.xml.gz", "en", "ecbplus-en", ecbTokens)...)
	}
	var pages []string
	for _, set := range []string{"trafilatura-eval/html", "htmldate-eval/html"} {
		if p := shared.DataPath(set); p != "" {
			files, _ := filepath.Glob(filepath.Join(p, "*.gz"))
			pages = append(pages, files...)
		}
	}
	return append(out, webPages(t, pages)...)
}

func fakeNews(t testing.TB, path string) []labelled {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []labelled
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<22)
	for sc.Scan() && len(out) < perSource {
		var row struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, labelled{"es", "fakenews-es", row.Text})
	}
	return out
}

// gzipTexts reads up to perSource gzipped files matching pattern under
// dir, spread evenly over the sorted list, through extract.
func gzipTexts(t testing.TB, dir, pattern, lang, source string, extract func(string) string) []labelled {
	files, err := filepath.Glob(filepath.Join(dir, pattern))
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	var out []labelled
	for _, f := range spread(files, perSource) {
		out = append(out, labelled{lang, source, extract(readGzip(t, f))})
	}
	return out
}

func spread(files []string, n int) []string {
	if len(files) <= n {
		return files
	}
	out := make([]string, 0, n)
	for i := 0; i < n; i++ {
		out = append(out, files[i*len(files)/n])
	}
	return out
}

func readGzip(t testing.TB, path string) string {
	b, err := shared.ReadGzip(path, 64<<20)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

var ecbToken = regexp.MustCompile(`<token[^>]*sentence="(\d+)"[^>]*>([^<]*)</token>`)

// ecbTokens joins the tokens of an ECB+ CAT XML document with spaces,
// leaving out the sentences that are the source URL ("http : / / ...").
func ecbTokens(doc string) string {
	var words []string
	url := ""
	for _, m := range ecbToken.FindAllStringSubmatch(doc, -1) {
		sentence, tok := m[1], html.UnescapeString(m[2])
		if tok == "http" || tok == "https" {
			url = sentence
		}
		if sentence != url {
			words = append(words, tok)
		}
	}
	return strings.Join(words, " ")
}

// dropMarkup leaves out the lines of a text that are style sheet or
// script debris, which some cl-tls-es files begin with and crudely
// stripped pages are full of.
func dropMarkup(text string) string {
	var keep []string
	for _, line := range strings.Split(text, "\n") {
		if !strings.ContainsAny(line, "{}") {
			keep = append(keep, line)
		}
	}
	return strings.Join(keep, "\n")
}

var htmlLang = regexp.MustCompile(`(?i)<html[^>]*\slang=["']?([a-z]{2})`)

// pageText returns the text of an HTML page crudely: the text between
// tags outside script, style and similar elements, one line per run,
// without the lines of style sheet or script debris.
func pageText(page string) string {
	z := xhtml.NewTokenizer(strings.NewReader(page))
	var b strings.Builder
	skip := 0
	for {
		switch z.Next() {
		case xhtml.ErrorToken:
			return strings.Join(strings.Fields(dropMarkup(b.String())), " ")
		case xhtml.StartTagToken:
			if name, _ := z.TagName(); hidden[string(name)] {
				skip++
			}
		case xhtml.EndTagToken:
			if name, _ := z.TagName(); hidden[string(name)] && skip > 0 {
				skip--
			}
		case xhtml.TextToken:
			if skip == 0 {
				b.Write(z.Text())
				b.WriteByte('\n')
			}
		}
	}
}

var hidden = map[string]bool{"script": true, "style": true, "noscript": true, "svg": true, "template": true}

// webPages reads pages whose <html lang> is one of detectLanguages, once
// per file name (the two HTML sets share many pages), as pageText.
func webPages(t testing.TB, files []string) []labelled {
	sort.Strings(files)
	seen := map[string]bool{}
	byLang := map[string][]string{}
	for _, f := range files {
		name := filepath.Base(f)
		if seen[name] {
			continue
		}
		seen[name] = true
		page := readGzip(t, f)
		m := htmlLang.FindStringSubmatch(page)
		if m == nil || !utf8.ValidString(page) {
			continue
		}
		code := strings.ToLower(m[1])
		if !isDetectLanguage(code) {
			continue
		}
		text := pageText(page)
		if utf8.RuneCountInString(text) < 200 {
			continue
		}
		byLang[code] = append(byLang[code], text)
	}
	var out []labelled
	for code, texts := range byLang {
		for _, text := range spread(texts, perSource) {
			out = append(out, labelled{code, "web", text})
		}
	}
	return out
}

func isDetectLanguage(code string) bool {
	for _, c := range detectLanguages {
		if c == code {
			return true
		}
	}
	return false
}

// snippet returns the first n characters of s (all of it when n is 0).
func snippet(s string, n int) string {
	if n == 0 {
		return s
	}
	i := 0
	for j := range s {
		if i == n {
			return s[:j]
		}
		i++
	}
	return s
}

// snippetLengths are the text lengths the evaluations score: whole texts
// and their first 100 and 30 characters.
var snippetLengths = []int{0, 100, 30}

// accuracy scores detect on texts cut to n characters, per language.
func accuracy(texts []labelled, n int, detect func(string) string) map[string][2]int {
	acc := map[string][2]int{}
	for _, x := range texts {
		a := acc[x.lang]
		if detect(snippet(x.text, n)) == x.lang {
			a[0]++
		}
		a[1]++
		acc[x.lang] = a
	}
	return acc
}
