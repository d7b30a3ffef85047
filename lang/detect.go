package lang

import (
	"embed"
	"math"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Language identification.
//
// Detect is a small naive-Bayes model over two kinds of evidence: a
// character trigram language model per language (interpolated with
// bigrams and unigrams, over words padded with spaces, so " l'", "ão ",
// "ny ", "sch" all count) and whole words, both learnt from the sample
// texts under langid/ (about 6 KB of news prose and common words per
// language, written for this purpose) plus each language's function words
// (detectwords.go). The model is built on first use in a few milliseconds
// and holds 0.7 MiB; it adds about 0.17 MB to a binary.
//
// The choice against github.com/pemistahl/lingua-go v1.4.0 was measured
// (detect_lingua_test.go: go test -tags lingua -run TestCompareLingua -v
// ./lang/) on 891 real texts of the shared data sets (es 375, en 300,
// de 150, fr 44, pt 15, it 7), lingua restricted to our languages:
//
//	accuracy (macro over languages)   whole text   first 100 chars   first 30 chars
//	this detector                        0.981          0.962             0.877
//	lingua, low-accuracy mode            0.982          0.968             0.752
//	lingua, high-accuracy mode           0.982          0.977             0.928
//
//	                       texts/s per core (whole / 100 chars)   heap
//	this detector               6,400 / 228,000                 0.7 MiB
//	lingua, low accuracy          130 /   3,500                 6.5 MiB
//	lingua, high accuracy         180 /   2,500                 110 MiB
//
// and any binary that links lingua grows by 130 MB, as it embeds every
// language's models whatever the detector is built with. On whole
// articles, which is what cotejo detects, the two are equal (nearly all the
// misses of both are web pages mislabelled in the data); lingua's high-accuracy
// mode is better only on 30-character snippets, at 40 times the cost in
// time and 150 in memory. So cotejo uses this detector, which also knows
// Galician, which lingua lacks.

// detectLanguages are the languages Detect chooses among: the ones cotejo
// has resources for and the neighbours they are most often confused with.
var detectLanguages = [...]string{"es", "pt", "gl", "ca", "it", "fr", "en", "de"}

// vec holds one value per language of detectLanguages.
type vec [len(detectLanguages)]float32

//go:embed langid/*.txt
var detectSamples embed.FS

const (
	// detectMaxBytes bounds the text examined: a few hundred words decide
	// any language, and the bound keeps the cost of a long input flat. A
	// longer text is read in detectChunks pieces spread over its length,
	// so that a page opening with debris in another language is still
	// judged by its body.
	detectMaxBytes = 4000
	detectChunks   = 4
	// functionWordCount is how many times each function word is counted
	// in the word model, so that it outweighs incidental sample words.
	functionWordCount = 4
	// minLatinShare is the share of letters that must be Latin for the
	// text to be a candidate for any of the detectLanguages.
	minLatinShare = 0.5
	// wordWeight is how much a known word weighs against one character.
	wordWeight = 2.0
	// wordSmoothing is the additive smoothing of the word model.
	wordSmoothing = 0.3
	// detectDecisive is the lead, in natural-log units of the posterior,
	// at which reading stops (odds of e^60 to one), checked every
	// detectCheckEvery words.
	detectDecisive   = 60
	detectCheckEvery = 8
)

var (
	// lambda interpolates the character model's trigram, bigram, unigram
	// and uniform estimates, so that a trigram unseen in the samples
	// falls back on shorter contexts instead of a flat penalty.
	lambda = [4]float32{0.6, 0.3, 0.09, 0.01}
	// detectPrior is the share of cotejo's input expected in each
	// language (Spanish first, then English and Portuguese); it only
	// tips the balance on a few words, where evidence is thin.
	detectPrior = vec{0.4, 0.15, 0.05, 0.05, 0.05, 0.05, 0.2, 0.05}
)

// detectModel is one character language model and one word model per
// language, as log-probabilities. The character model predicts each
// character from the two before it, a trigram model interpolated with
// bigrams and unigrams; tri holds log P(c|ab) for the trigrams some sample
// has, bi the backed-off estimate for the bigrams, uni for single
// characters. Words unseen in every language are absent and carry no
// evidence.
type detectModel struct {
	tri, bi, uni map[uint64]*vec
	words        map[string]*vec
}

var (
	modelOnce sync.Once
	model     *detectModel
)

func loadModel() *detectModel {
	modelOnce.Do(func() { model = buildModel() })
	return model
}

func key(r ...rune) uint64 {
	var k uint64
	for _, c := range r {
		k = k<<21 | uint64(c)
	}
	return k
}

func buildModel() *detectModel {
	c3, c2, c1 := map[uint64]*vec{}, map[uint64]*vec{}, map[uint64]*vec{}
	ctx2, ctx1 := map[uint64]*vec{}, map[uint64]*vec{}
	var total vec
	words := map[string]*vec{}
	var wordTotal vec
	for i, code := range detectLanguages {
		data, err := detectSamples.ReadFile("langid/" + code + ".txt")
		if err != nil {
			panic("lang: embedded sample missing for " + code) // a build defect, caught by every test
		}
		eachWord(string(data), func(w []rune) bool {
			eachTrigram(w, func(a, b, c rune) {
				add(c3, key(a, b, c), i, 1)
				add(ctx2, key(a, b), i, 1)
				add(c2, key(b, c), i, 1)
				add(ctx1, key(b), i, 1)
				add(c1, key(c), i, 1)
				total[i]++
			})
			eachPart(w, nil, func(p []byte) {
				add(words, string(p), i, 1)
				wordTotal[i]++
			})
			return true
		})
		for _, w := range strings.Fields(detectWords[code]) {
			add(words, w, i, functionWordCount)
			wordTotal[i] += functionWordCount
		}
	}
	uniform := lambda[3] / float32(len(c1)+1)
	m := &detectModel{tri: map[uint64]*vec{}, bi: map[uint64]*vec{}, uni: map[uint64]*vec{}, words: words}
	p1 := func(c uint64, i int) float32 { return lambda[2]*c1[c][i]/total[i] + uniform }
	p2 := func(bc uint64, i int) float32 {
		if ctx := ctx1[bc>>21][i]; ctx > 0 {
			return lambda[1]*c2[bc][i]/ctx + p1(bc&charMask, i)
		}
		return p1(bc&charMask, i)
	}
	for c := range c1 {
		m.uni[c] = logVec(func(i int) float32 { return p1(c, i) })
	}
	for bc := range c2 {
		m.bi[bc] = logVec(func(i int) float32 { return p2(bc, i) })
	}
	for abc := range c3 {
		m.tri[abc] = logVec(func(i int) float32 {
			if ctx := ctx2[abc>>21][i]; ctx > 0 {
				return lambda[0]*c3[abc][i]/ctx + p2(abc&bigramMask, i)
			}
			return p2(abc&bigramMask, i)
		})
	}
	vocab := float32(len(words) + 1)
	for _, v := range words {
		for i := range v {
			v[i] = float32(math.Log(float64((v[i] + wordSmoothing) / (wordTotal[i] + wordSmoothing*vocab))))
		}
	}
	return m
}

const (
	charMask   = 1<<21 - 1
	bigramMask = 1<<42 - 1
)

func logVec(p func(int) float32) *vec {
	v := new(vec)
	for i := range v {
		v[i] = float32(math.Log(float64(p(i))))
	}
	return v
}

func add[K comparable](m map[K]*vec, k K, lang int, c float32) {
	v := m[k]
	if v == nil {
		v = new(vec)
		m[k] = v
	}
	v[lang] += c
}

// eachWord calls f with each word of s lower-cased: a run of letters, with
// apostrophes inside it kept ("l'any", "don't"), as they are telling.
// f returns false to stop the walk.
func eachWord(s string, f func([]rune) bool) {
	var w []rune
	flush := func() bool {
		for len(w) > 0 && w[len(w)-1] == '\'' {
			w = w[:len(w)-1]
		}
		more := true
		if len(w) > 0 {
			more = f(w)
		}
		w = w[:0]
		return more
	}
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
			w = append(w, unicode.ToLower(r))
		case (r == '\'' || r == '’') && len(w) > 0:
			w = append(w, '\'')
		case r == '·' && len(w) > 0: // Catalan "l·l"
			w = append(w, r)
		default:
			if !flush() {
				return
			}
		}
	}
	flush()
}

// eachTrigram calls f with each character of w and the word's closing
// space, after the two characters before it (a space and, at the start of
// the word, a space again): " w " is read as a sequence of predictions.
func eachTrigram(w []rune, f func(a, b, c rune)) {
	a, b := ' ', ' '
	for _, c := range w {
		f(a, b, c)
		a, b = b, c
	}
	f(a, b, ' ')
}

// eachPart calls f with the parts of w between apostrophes ("l'any" →
// "l", "any"), UTF-8 encoded into buf: elided articles are function words
// of their own. The slice passed to f is only valid during the call.
func eachPart(w []rune, buf []byte, f func([]byte)) []byte {
	buf = buf[:0]
	for _, r := range w {
		if r == '\'' {
			if len(buf) > 0 {
				f(buf)
			}
			buf = buf[:0]
			continue
		}
		buf = utf8.AppendRune(buf, r)
	}
	if len(buf) > 0 {
		f(buf)
	}
	return buf
}

// Detectable reports whether Detect can return the language code: a
// text in any other language is read as the nearest of these.
func Detectable(code string) bool {
	for _, c := range detectLanguages {
		if c == code {
			return true
		}
	}
	return false
}

// Detect guesses the language of a text and returns its ISO 639-1 code
// (one of es, pt, gl, ca, it, fr, en, de), or "" when the text has no
// letters or is mostly in a non-Latin script.
func Detect(text string) string {
	code, _ := DetectConfidence(text)
	return code
}

// DetectConfidence is Detect with a confidence in [0,1]: the model's
// posterior probability of the chosen language. Like any naive-Bayes
// posterior it nears 1 quickly as the text grows; below ~0.9 the text is
// short or mixed.
func DetectConfidence(text string) (string, float64) {
	score, ok := detectScores(text)
	if !ok {
		return "", 0
	}
	best := 0
	for i := range score {
		if score[i] > score[best] {
			best = i
		}
	}
	sum := 0.0
	for i := range score {
		sum += math.Exp(score[i] - score[best])
	}
	return detectLanguages[best], 1 / sum
}

// detectScores returns the log-posterior (up to a constant) of each
// language of detectLanguages for text, and false when the text gives no
// evidence: no letters, or mostly letters of a non-Latin script.
func detectScores(text string) ([len(detectLanguages)]float64, bool) {
	m := loadModel()
	var score [len(detectLanguages)]float64
	for i := range score {
		score[i] = math.Log(float64(detectPrior[i]))
	}
	evidence, latin, letters := 0, 0, 0
	var buf []byte
	for _, piece := range detectWindow(text) {
		// Each piece is read until one language leads the others by
		// detectDecisive on that piece alone: more of it could not change
		// its vote, and pieces from elsewhere in the text still count, so
		// a page opening in another language is judged by its body.
		var local [len(detectLanguages)]float64
		words := 0
		eachWord(piece, func(w []rune) bool {
			for _, r := range w {
				letters++
				if unicode.Is(unicode.Latin, r) {
					latin++
				}
			}
			eachTrigram(w, func(a, b, c rune) {
				lp := m.tri[key(a, b, c)]
				if lp == nil {
					lp = m.bi[key(b, c)]
				}
				if lp == nil {
					lp = m.uni[key(c)]
				}
				if lp == nil {
					return // a character no sample has says nothing
				}
				evidence++
				for i := range local {
					local[i] += float64(lp[i])
				}
			})
			buf = eachPart(w, buf, func(p []byte) {
				if lp := m.words[string(p)]; lp != nil {
					evidence++
					for i := range local {
						local[i] += wordWeight * float64(lp[i])
					}
				}
			})
			words++
			return words%detectCheckEvery != 0 || !decided(&local)
		})
		for i := range score {
			score[i] += local[i]
		}
	}
	ok := evidence > 0 && float64(latin) >= minLatinShare*float64(letters)
	return score, ok
}

// decided reports whether the best score leads the second by
// detectDecisive.
func decided(score *[len(detectLanguages)]float64) bool {
	best, second := math.Inf(-1), math.Inf(-1)
	for _, v := range score {
		if v > best {
			best, second = v, best
		} else if v > second {
			second = v
		}
	}
	return best-second > detectDecisive
}

// detectWindow returns text when it is short, and otherwise detectChunks
// pieces of it spread evenly over its length, detectMaxBytes in all.
func detectWindow(text string) []string {
	if len(text) <= detectMaxBytes {
		return []string{text}
	}
	piece := detectMaxBytes / detectChunks
	pieces := make([]string, 0, detectChunks)
	for k := 0; k < detectChunks; k++ {
		start := k * (len(text) - piece) / (detectChunks - 1)
		end := start + piece
		for start > 0 && !utf8.RuneStart(text[start]) {
			start--
		}
		for end < len(text) && !utf8.RuneStart(text[end]) {
			end++
		}
		pieces = append(pieces, text[start:end])
	}
	return pieces
}
