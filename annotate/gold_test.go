package annotate

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/cotejo/cotejo"
	"github.com/cotejo/cotejo/eval"
	"github.com/cotejo/cotejo/internal/shared"
	"github.com/cotejo/cotejo/lang"
	"github.com/cotejo/cotejo/read"
)

// goldDoc is one hand-annotated article of testdata/gold: the quotes it
// holds with the names that may stand for their speaker (none: no one is
// named), and its temporal expressions with their resolved dates.
type goldDoc struct {
	Source    string `json:"source"` // data set path, relative to the shared data folder
	ID        string `json:"id"`     // record Id inside a JSON Lines data set
	Language  string `json:"language"`
	Published string `json:"published"`
	Note      string `json:"note"`
	Quotes    []struct {
		Text     string   `json:"text"`
		Speakers []string `json:"speakers"`
	} `json:"quotes"`
	Timexes []struct {
		Text string `json:"text"`
		Date string `json:"date"`
	} `json:"timexes"`
}

// Thresholds, a little under what was measured when they were set (quote
// F1 0.98, speaker accuracy 0.81 and named-speaker precision 1.00, timex
// F1 0.97, dates 1.00 on the gold; silver DATE F1 0.91, values 0.91): a
// change that loses accuracy fails. Speaker figures leave more room
// because they ride on the entity model, retrained apart from this package.
const (
	minQuoteF1         = 0.92
	minSpeakerAccuracy = 0.72
	minNamedPrecision  = 0.90
	minGoldTimexF1     = 0.90
	minGoldDateAcc     = 0.93
	minSilverDateF1    = 0.85
	minSilverValueAcc  = 0.87

	// The held-out set (testdata/heldout) was annotated blind. Scored
	// first, before any rule looked at it: quote F1 0.978, speaker
	// accuracy 0.642, named-speaker precision 0.816 (of 49), timex F1
	// 0.809, dates 1.000 (speakers counted as now, each quote accepting
	// every name the article's annotation gives its speaker; with only
	// the names listed on the quote, 0.627 and 0.796). The speaker rules
	// were then reworked on what its errors showed (prepositions before
	// articles, unnamed subjects, passive verbs, glued sentences, "en su
	// opinión", missing verbs, and a review's fixes), giving 0.806 and
	// 0.981 (of 52): since then it is no longer unseen text for speakers.
	// Likewise for dates after the extents its misses showed ("el 11 de
	// febrero pasado", "la noche del viernes", "enero y marzo"): timex F1
	// 0.917.
	minHeldOutQuoteF1         = 0.92
	minHeldOutSpeakerAccuracy = 0.75
	minHeldOutNamedPrecision  = 0.90
	minHeldOutTimexF1         = 0.85
	minHeldOutDateAcc         = 0.90
)

// goldScores are the figures of one set of annotated articles.
type goldScores struct {
	quotes, timexes     eval.Score
	speakerAcc, dateAcc float64
	named               int     // matched quotes given a speaker
	namedPrec           float64 // share of those whose speaker is right
	speakerN, dateN     int
}

// scoreGold annotates each article of a set and scores its quotes,
// speakers and dates against the annotation, logging every difference.
// With viaReader the article's stored text goes through read.Bytes first,
// as cotejo reads a scraped text file, so that what cleaning removes
// (page debris, but also any quote it wrongly drops) counts; without, the
// annotation reads the text with only its blank lines evened out.
func scoreGold(t *testing.T, files []string, viaReader bool) goldScores {
	tagger := loadTagger(t)
	var qtp, qfp, qfn, speakerOK, speakerN, named, namedOK, ttp, tfp, tfn, dateOK, dateN float64
	for _, f := range files {
		g := readGold(t, f)
		a := &cotejo.Article{Body: goldBody(t, g)}
		if viaReader {
			a = readGoldArticle(t, f, g)
			// The reader mends mojibake; the annotation copied the text
			// as stored.
			mendGold(&g)
		}
		a.Language = g.Language
		if g.Published != "" {
			d, err := cotejo.ParseDate(g.Published)
			if err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			a.Published = d
		}
		WithTagger(a, tagger)
		// A headline's own quotations count, without a speaker; read raw,
		// the headline is the body's first paragraph.
		quotes, quoteText := a.Quotes, func(i int) string { return a.Quotes[i].Text(a.Body) }
		if len(a.TitleQuotes) > 0 {
			quotes = slices.Clone(a.Quotes)
			for _, sp := range a.TitleQuotes {
				quotes = append(quotes, cotejo.QuoteMention{Span: sp, Sentence: -1})
			}
			quoteText = func(i int) string {
				if quotes[i].Sentence < 0 {
					return quotes[i].Text(a.Title)
				}
				return quotes[i].Text(a.Body)
			}
		}

		names := speakerNames(g)
		used := make([]bool, len(quotes))
		for _, gq := range g.Quotes {
			k := matchText(gq.Text, len(quotes), quoteText, used)
			if k < 0 {
				qfn++
				t.Logf("%s: missed quote %q", filepath.Base(f), clip(gq.Text))
				continue
			}
			qtp++
			speakerN++
			q := quotes[k]
			if q.Speaker != nil {
				named++
			}
			if speakerMatches(q.SpeakerName, names(gq.Speakers)) {
				speakerOK++
				if q.Speaker != nil {
					namedOK++
				}
			} else {
				t.Logf("%s: quote %q: speaker %q (cue %q), want one of %q", filepath.Base(f), clip(gq.Text), q.SpeakerName, q.Cue, gq.Speakers)
			}
		}
		for i, u := range used {
			if !u {
				qfp++
				t.Logf("%s: extra quote %q", filepath.Base(f), clip(quoteText(i)))
			}
		}
		if g.Timexes == nil {
			continue
		}
		tused := make([]bool, len(a.Timexes))
		for _, gt := range g.Timexes {
			k := matchText(gt.Text, len(a.Timexes), func(i int) string { return a.Timexes[i].Text }, tused)
			if k < 0 {
				tfn++
				t.Logf("%s: missed timex %q", filepath.Base(f), gt.Text)
				continue
			}
			ttp++
			dateN++
			if got := a.Timexes[k].Date.String(); got == gt.Date {
				dateOK++
			} else {
				t.Logf("%s: timex %q resolved to %q, want %q", filepath.Base(f), gt.Text, got, gt.Date)
			}
		}
		for i, u := range tused {
			if !u {
				tfp++
				t.Logf("%s: extra timex %q", filepath.Base(f), a.Timexes[i].Text)
			}
		}
	}
	sc := goldScores{
		quotes:     eval.PRF(qtp, qfp, qfn, int(qtp+qfn)),
		timexes:    eval.PRF(ttp, tfp, tfn, int(ttp+tfn)),
		speakerAcc: speakerOK / max(speakerN, 1),
		dateAcc:    dateOK / max(dateN, 1),
		named:      int(named),
		namedPrec:  namedOK / max(named, 1),
		speakerN:   int(speakerN),
		dateN:      int(dateN),
	}
	t.Logf("quotes: P %.3f R %.3f F1 %.3f (n=%d); speaker accuracy %.3f on %d matched quotes; when a speaker is named it is right %.3f of %d times",
		sc.quotes.Precision, sc.quotes.Recall, sc.quotes.F1, sc.quotes.N, sc.speakerAcc, sc.speakerN, sc.namedPrec, sc.named)
	t.Logf("timexes: P %.3f R %.3f F1 %.3f (n=%d); date accuracy %.3f on %d matched", sc.timexes.Precision, sc.timexes.Recall, sc.timexes.F1, sc.timexes.N, sc.dateAcc, sc.dateN)
	return sc
}

// readGoldArticle reads an annotated article's stored text as a text file
// given to cotejo would be read.
func readGoldArticle(t *testing.T, f string, g goldDoc) *cotejo.Article {
	t.Helper()
	arts, rejected := read.Bytes(filepath.Base(f)+".txt", []byte(goldRaw(t, g)), read.Options{})
	if len(rejected) > 0 || len(arts) != 1 {
		t.Fatalf("%s: read gave %d articles, rejected %v", f, len(arts), rejected)
	}
	return arts[0]
}

// goldFloor is the least each figure of an annotated set may fall to.
type goldFloor struct {
	quoteF1, speaker, namedPrec, timexF1, dateAcc float64
}

// check fails the test when a figure of sc is below its floor.
func (f goldFloor) check(t *testing.T, sc goldScores) {
	t.Helper()
	if sc.namedPrec < f.namedPrec || sc.quotes.F1 < f.quoteF1 || sc.speakerAcc < f.speaker ||
		sc.timexes.F1 < f.timexF1 || sc.dateAcc < f.dateAcc {
		t.Errorf("below thresholds: quote F1 %.3f (min %.2f), speaker %.3f (min %.2f), named-speaker precision %.3f (min %.2f), timex F1 %.3f (min %.2f), dates %.3f (min %.2f)",
			sc.quotes.F1, f.quoteF1, sc.speakerAcc, f.speaker, sc.namedPrec, f.namedPrec,
			sc.timexes.F1, f.timexF1, sc.dateAcc, f.dateAcc)
	}
}

func goldFiles(t *testing.T, dir string) []string {
	files, err := filepath.Glob(filepath.Join("testdata", dir, "*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no annotated files in testdata/%s: %v", dir, err)
	}
	return files
}

// TestGoldQuotesSpeakersAndDates scores the annotated articles the rules
// were developed against.
func TestGoldQuotesSpeakersAndDates(t *testing.T) {
	sc := scoreGold(t, goldFiles(t, "gold"), false)
	if sc.namedPrec < minNamedPrecision {
		t.Errorf("named-speaker precision %.3f below %.2f", sc.namedPrec, minNamedPrecision)
	}
	if sc.quotes.F1 < minQuoteF1 || sc.speakerAcc < minSpeakerAccuracy || sc.timexes.F1 < minGoldTimexF1 || sc.dateAcc < minGoldDateAcc {
		t.Errorf("below thresholds: quote F1 %.3f (min %.2f), speaker %.3f (min %.2f), timex F1 %.3f (min %.2f), dates %.3f (min %.2f)",
			sc.quotes.F1, minQuoteF1, sc.speakerAcc, minSpeakerAccuracy, sc.timexes.F1, minGoldTimexF1, sc.dateAcc, minGoldDateAcc)
	}
}

// TestTimexesAgainstSilverTimeML scores DATE detection and resolution on a
// sample of CL-TLS Spanish documents against their automatic (HeidelTime
// style) TIMEX3 annotation, counting only silver DATEs with a calendar
// value (YYYY, YYYY-MM, YYYY-MM-DD) and our timexes that carry a date.
func TestTimexesAgainstSilverTimeML(t *testing.T) {
	root := shared.Data(t, "cl-tls-es")
	files, err := filepath.Glob(filepath.Join(root, "*", "*", "*.tokenized.timeml.gz"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no TimeML files under %s: %v", root, err)
	}
	sort.Strings(files)
	var tp, fp, fn, valueOK float64
	docs := 0
	for i := 0; i < len(files); i += 8 {
		f := files[i]
		pub, err := cotejo.ParseDate(filepath.Base(filepath.Dir(f)))
		if err != nil {
			t.Fatalf("%s: folder is not a date: %v", f, err)
		}
		body, err := readGzipLines(strings.TrimSuffix(f, ".tokenized.timeml.gz") + ".txt.gz")
		if err != nil {
			continue // a few documents have TimeML but no text
		}
		timeml, err := readGzip(f)
		if err != nil {
			t.Fatal(err)
		}
		docs++
		silver := silverDates(timeml)
		var ours []cotejo.Timex
		for _, x := range Timexes(body, "es", pub) {
			if !x.Date.IsZero() {
				ours = append(ours, x)
			}
		}
		used := make([]bool, len(ours))
		for _, s := range silver {
			k := matchTextCovering(s.text, len(ours), func(i int) string { return ours[i].Text }, used, 0.3)
			if k < 0 {
				fn++
				t.Logf("%s: missed silver %q (%s)", filepath.Base(f), s.text, s.value)
				continue
			}
			tp++
			if got := ours[k].Date.String(); got == s.value {
				valueOK++
			} else {
				t.Logf("%s: %q resolved to %s, silver %q %s (published %s)", filepath.Base(f), ours[k].Text, got, s.text, s.value, pub)
			}
		}
		for k, u := range used {
			if !u {
				fp++
				t.Logf("%s: extra %q", filepath.Base(f), ours[k].Text)
			}
		}
	}
	s := eval.PRF(tp, fp, fn, int(tp+fn))
	acc := valueOK / max(tp, 1)
	t.Logf("CL-TLS silver DATE timexes (%d docs): P %.3f R %.3f F1 %.3f (n=%d); value accuracy %.3f on %d matched", docs, s.Precision, s.Recall, s.F1, s.N, acc, int(tp))
	if s.F1 < minSilverDateF1 || acc < minSilverValueAcc {
		t.Errorf("below thresholds: F1 %.3f (min %.2f), value accuracy %.3f (min %.2f)", s.F1, minSilverDateF1, acc, minSilverValueAcc)
	}
}

// loadTagger returns the embedded entity model, failing the test (rather
// than crashing the test binary) when it does not load.
func loadTagger(t *testing.T) (tg Tagger) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("entity model does not load: %v", r)
		}
	}()
	return defaultTagger()
}

type silverTimex struct{ text, value string }

var (
	timex3     = regexp.MustCompile(`<TIMEX3 [^>]*type="(DATE|TIME)"[^>]*value="([^"]*)"[^>]*>([^<]*)</TIMEX3>`)
	calendarRe = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)
)

func silverDates(timeml string) []silverTimex {
	var out []silverTimex
	for _, m := range timex3.FindAllStringSubmatch(timeml, -1) {
		typ, value, text := m[1], m[2], m[3]
		if typ == "TIME" {
			// "Esta mañana" is a TIME of the day 2011-02-23TMO: its day
			// is the date cotejo gives it.
			day, _, ok := strings.Cut(value, "T")
			if !ok || len(day) != len("2006-01-02") {
				continue
			}
			value = day
		}
		if calendarRe.MatchString(value) {
			out = append(out, silverTimex{text: text, value: value})
		}
	}
	return out
}

// mendGold mends the mojibake of an annotation's strings as the reader
// mends the text's.
func mendGold(g *goldDoc) {
	for i := range g.Quotes {
		g.Quotes[i].Text = read.FixMojibake(g.Quotes[i].Text)
		for k, s := range g.Quotes[i].Speakers {
			g.Quotes[i].Speakers[k] = read.FixMojibake(s)
		}
	}
	for i := range g.Timexes {
		g.Timexes[i].Text = read.FixMojibake(g.Timexes[i].Text)
	}
}

func readGold(t *testing.T, path string) goldDoc {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var g goldDoc
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	return g
}

// goldBody reads the text a gold file annotates from the shared data, one
// paragraph per line of the source, as the cleaner would leave it.
func goldBody(t *testing.T, g goldDoc) string {
	t.Helper()
	return paragraphsOf(goldRaw(t, g))
}

// goldRaw returns an annotated article's text as the data set stores it.
func goldRaw(t *testing.T, g goldDoc) string {
	t.Helper()
	path := shared.Data(t, g.Source)
	if strings.HasSuffix(path, ".gz") {
		body, err := readGzip(path)
		if err != nil {
			t.Fatal(err)
		}
		return body
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var rec struct{ Id, Text string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatalf("read %s: %v", path, err)
		}
		if rec.Id == g.ID {
			return rec.Text
		}
	}
	t.Fatalf("%s: no record %s", path, g.ID)
	return ""
}

func readGzip(path string) (string, error) {
	b, err := shared.ReadGzip(path, 64<<20)
	return string(b), err
}

func readGzipLines(path string) (string, error) {
	s, err := readGzip(path)
	return paragraphsOf(s), err
}

func paragraphsOf(text string) string {
	var paras []string
	for _, line := range strings.Split(text, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			paras = append(paras, line)
		}
	}
	return strings.Join(paras, "\n\n")
}

// matchText returns the first unused candidate whose text matches want
// (equal, or one holding the other and covering 80 % of it once folded
// and stripped of marks and spaces), marking it used; -1 when none does.
func matchText(want string, n int, text func(int) string, used []bool) int {
	return matchTextCovering(want, n, text, used, 0.8)
}

// matchTextCovering is matchText with the share of the longer text the
// shorter must cover. Silver TIMEX3 extents include words ours leave out
// ("a finales de 2011"), so they are matched by overlap.
func matchTextCovering(want string, n int, text func(int) string, used []bool, cover float64) int {
	w := normText(want)
	for i := 0; i < n; i++ {
		if used[i] {
			continue
		}
		g := normText(text(i))
		if g == "" || w == "" {
			continue
		}
		short, long := g, w
		if len(short) > len(long) {
			short, long = long, short
		}
		if strings.Contains(long, short) && float64(len(short)) >= cover*float64(len(long)) {
			used[i] = true
			return i
		}
	}
	return -1
}

func normText(s string) string {
	var b strings.Builder
	for _, r := range lang.Fold(s) {
		if unicode.IsSpace(r) || strings.ContainsRune(`.,;:"'«»“”‘’—–-¿?¡!()[]`, r) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// speakerMatches reports whether the speaker found agrees with the gold:
// none when the gold names none, else a name that holds or is held by one
// of the gold names ("Semonian" for "David A. Semonian").
// speakerNames returns, for a quote's list of names for its speaker, all
// the names the article's annotation gives that person: lists that share
// a name designate one person, and an annotator need not repeat every
// designation ("comisionado ruso", "Malayán") on every quote.
func speakerNames(g goldDoc) func([]string) []string {
	parent := map[string]string{}
	var find func(string) string
	find = func(x string) string {
		if p, ok := parent[x]; ok && p != x {
			parent[x] = find(p)
			return parent[x]
		}
		parent[x] = x
		return x
	}
	for _, q := range g.Quotes {
		for _, n := range q.Speakers[min(1, len(q.Speakers)):] {
			parent[find(n)] = find(q.Speakers[0])
		}
	}
	return func(want []string) []string {
		if len(want) == 0 {
			return nil
		}
		root := find(want[0])
		var all []string
		for n := range parent {
			if find(n) == root {
				all = append(all, n)
			}
		}
		return all
	}
}

func speakerMatches(got string, want []string) bool {
	if len(want) == 0 {
		return got == ""
	}
	g := lang.Fold(got)
	if g == "" {
		return false
	}
	for _, w := range want {
		w = lang.Fold(w)
		if strings.Contains(g, w) || strings.Contains(w, g) {
			return true
		}
	}
	return false
}

func clip(s string) string {
	if len(s) > 60 {
		return s[:strings.LastIndexByte(s[:60], ' ')+1] + "…"
	}
	return s
}

// annotatedSets are the annotated sets with the floor of each figure,
// scored on the stored text with blank lines evened out (raw; the dev
// gold's is TestGoldQuotesSpeakersAndDates') and read as cotejo reads a
// scraped text file (read).
var annotatedSets = []struct {
	dir  string
	raw  *goldFloor
	read goldFloor
}{
	{"gold", nil, goldFloor{0.94, 0.72, 0.90, 0.82, 0.93}},
	{"heldout", &goldFloor{minHeldOutQuoteF1, minHeldOutSpeakerAccuracy, minHeldOutNamedPrecision, minHeldOutTimexF1, minHeldOutDateAcc}, goldFloor{0.92, 0.80, 0.90, 0.85, 0.90}},
	// Scored once, blind: quote F1 0.950, speakers 0.771 (named
	// right 37 of 45), timex F1 0.743, dates 0.923 of 13.
	{"heldout2", &goldFloor{0.90, 0.70, 0.75, 0.65, 0.85}, goldFloor{0.90, 0.80, 0.85, 0.82, 0.85}},
	// Annotated blind by a helper that never ran cotejo, and scored
	// once: quote F1 0.939, speakers 0.704 (named right 36 of 41),
	// timex F1 0.812, dates 0.857 of 28. Its errors then shaped rules
	// (speakers 0.870, timex F1 0.853, dates 0.931 after them).
	{"heldout3", &goldFloor{0.90, 0.65, 0.80, 0.75, 0.80}, goldFloor{0.90, 0.80, 0.85, 0.72, 0.85}},
	// Annotated blind by another helper and scored once: quote F1
	// 0.875, speakers 0.457 (named right 15 of 20), timex F1 0.822,
	// dates 1.000 of 37. The code of the session's start gave the
	// same quote and speaker figures, and timex F1 0.711. Its errors
	// then shaped rules (speakers 0.629).
	{"heldout4", &goldFloor{0.83, 0.40, 0.70, 0.75, 0.90}, goldFloor{0.83, 0.55, 0.70, 0.75, 0.90}},
	// Annotated blind after the rules the third and fourth sets
	// prompted, and scored once: quote F1 0.955, speakers 0.734
	// (named right 46 of 48), timex F1 0.905, dates 0.947 of 19. The
	// code of the session's start gave speakers 0.672 (43 of 46) and
	// timex F1 0.810 on it. Its errors then shaped rules (speakers
	// 0.750).
	{"heldout5", &goldFloor{0.90, 0.65, 0.90, 0.80, 0.85}, goldFloor{0.90, 0.70, 0.90, 0.82, 0.85}},
	// Annotated blind at the very end, after the rules heldout5
	// prompted, and scored once: quote P 0.893, R 0.677, F1 0.770
	// (an essay of 36 one-word scare quotes that cotejo drops by
	// design), speakers 0.910 (named right 41 of 41), timex P 0.361,
	// R 0.722, F1 0.481 (page boilerplate the annotator left out:
	// copyright years, sidebar headlines), dates 1.000 of 13. The
	// session-start code: quote F1 0.777, speakers 0.897 (40 of 40),
	// timex F1 0.436, dates 1.000 of 12.
	{"heldout6", &goldFloor{0.72, 0.85, 0.95, 0.40, 0.90}, goldFloor{0.70, 0.85, 0.95, 0.50, 0.90}},
	// Annotated blind in the session after, by a helper that never ran
	// cotejo, after that session's rules (live-blog entries, objects in
	// apposition, relays after "según"), and scored once: quote F1
	// 0.909, speakers 0.767 (named right 23 of 25), timex F1 0.875,
	// dates 0.905 of 21. The code of that session's start scored the
	// same on every figure: those rules did not touch it.
	{"heldout7", &goldFloor{0.87, 0.70, 0.85, 0.82, 0.85}, goldFloor{0.87, 0.70, 0.85, 0.82, 0.85}},
	// Annotated blind at the end of that session, after three reviews'
	// fixes, and scored once: quote F1 0.940, speakers 0.723 (named
	// right 34 of 37), timex F1 0.681 (FakeDeS relative dates, which
	// the annotator leaves out without a publication date, and
	// extents such as "del 25 de Enero"), dates 1.000 of 16. The
	// code of that session's start: speakers 0.702, named right 33 of
	// 39; the rest the same.
	{"heldout8", &goldFloor{0.90, 0.65, 0.85, 0.60, 0.90}, goldFloor{0.87, 0.70, 0.90, 0.62, 0.90}},
	// Annotated blind in the sixth session by a helper that never ran
	// cotejo, after that session's date and speaker rules, and scored
	// once (raw): quote P 0.625, R 0.851, F1 0.721 (an Infobae page's
	// related headlines, each printed twice), speakers 0.675 (named
	// right 27 of 31), timex F1 0.736, dates 1.000 of 32; read through
	// the reader: quote F1 0.734, speakers 0.650, 26 of 27, timex F1
	// 0.729. The code of that session's start: raw speakers 0.650 (26
	// of 29), timex F1 0.690; read speakers 0.625, timex F1 0.683. Its
	// errors then shaped the session's last fixes (linked headlines,
	// mojibake, quotations running over paragraphs, "hoy jueves").
	// The entity model of the eighth session (feature dropout, three
	// runs averaged) tags a street, "Andrew Young International Blvd",
	// as a person, who then speaks three quotes of one article: named
	// right 29 of 36 raw (30 of 34 before), 29 of 33 read (30 of 31),
	// while over all the sets as many speakers are right as before.
	{"heldout9", &goldFloor{0.74, 0.62, 0.78, 0.75, 0.90}, goldFloor{0.88, 0.62, 0.85, 0.74, 0.90}},
	// Annotated blind at the end of the sixth session, after its rules
	// and three reviews' fixes, by a helper that never ran cotejo, and
	// scored once (raw): quote P 0.868, R 0.979, F1 0.920, speakers
	// 0.870 (named right 40 of 42), timex P 0.596, R 0.642, F1 0.618
	// (FakeDeS's masked "*NUMBER*" days, which the annotator kept in
	// "el pasado *NUMBER* de marzo", and a Deutsche Welle round-up
	// whose other items' dates and quotes it left out), dates 34 of 34;
	// read through the reader the same but timex F1 0.624. The code of
	// that session's start: speakers 0.826 (38 of 40), timex F1 0.615
	// (P 0.627, R 0.604), dates 32 of 32, quotes the same.
	{"heldout10", &goldFloor{0.88, 0.80, 0.90, 0.56, 0.90}, goldFloor{0.88, 0.80, 0.90, 0.56, 0.90}},
	// Annotated blind at the start of the seventh session by a helper
	// that never ran cotejo, and scored once with that session's
	// starting code (raw, and the same read through the reader): quote
	// P 1.000, R 0.947, F1 0.973; speakers 0.667 (named right 23 of
	// 27); timex P 0.820, R 0.774, F1 0.796; dates 40 of 41. Its errors
	// then shaped rules ("ha advertido", "reafirmó que", "según el
	// grupo…", a gerund ending a subject, a name read as a person most
	// of the time, "desde hace", "la pasada noche", "este mismo año",
	// "el día de hoy"): speakers 0.833, timex F1 0.846.
	{"heldout11", &goldFloor{0.93, 0.78, 0.85, 0.80, 0.93}, goldFloor{0.93, 0.75, 0.85, 0.80, 0.93}},
	// Annotated blind in the eighth session by a helper that never ran
	// cotejo nor read its code, and scored once with that session's
	// code (after its entity model): raw, quote P 0.984, R 0.845, F1
	// 0.909, speakers 0.483 of 60 matched (named right 29 of 38),
	// timex P 0.814, R 0.583, F1 0.680, dates 33 of 35; read through
	// the reader (mojibake mended, so "aseguró" is a verb again), quote
	// F1 0.901, speakers 0.559 (33 of 43), timex F1 0.762, dates 38 of
	// 40. Its errors then shaped rules (a name is no verb, a place or a
	// relative pronoun's antecedent as the subject, a fronted phrase, an
	// apposition opening the sentence before, an infinitive's adjunct;
	// "anteanoche", "primeros de", "fin de año"): raw speakers 0.583
	// (35 of 38 named right), timex F1 0.724; read speakers 0.661 (39
	// of 43), timex F1 0.804.
	{"heldout12", &goldFloor{0.88, 0.55, 0.85, 0.70, 0.90}, goldFloor{0.87, 0.62, 0.85, 0.78, 0.90}},
}

// TestHeldOutQuotesSpeakersAndDates scores articles annotated blind, apart
// from the dev gold: heldout, whose errors later shaped some rules (see
// the thresholds above); heldout2, annotated at the end of that work and
// scored once, whose errors shaped rules of the next session; and
// heldout3 to heldout6, annotated blind during the next session, each
// scored once, the first three then used to write rules; and heldout7
// and heldout8, annotated blind a session later; heldout9 and heldout10,
// a session after that; heldout11, the session after; heldout12, the
// session after that. heldout6's to heldout12's blind figures are the
// ones to expect on unseen text.
func TestHeldOutQuotesSpeakersAndDates(t *testing.T) {
	for _, set := range annotatedSets {
		if set.raw == nil {
			continue
		}
		t.Run(set.dir, func(t *testing.T) {
			set.raw.check(t, scoreGold(t, goldFiles(t, set.dir), false))
		})
	}
}

// TestAnnotatedSetsThroughReader scores every annotated set again with
// the stored text read as cotejo reads a scraped text file, cleaning
// included: the figures a user gets. The annotations were written on the
// raw text, so they hold what cleaning rightly removes (copyright years,
// sidebar headlines, datelines); a headline's own quotations count (as
// TitleQuotes, without a speaker), its dates do not. Measured last (quote
// F1, speakers, named precision, timex F1, dates): gold 0.984 0.794 0.978
// 0.875 1.000; heldout 0.978 0.866 1.000 0.917 1.000; heldout2 0.938
// 0.911 0.930 0.889 0.938; heldout3 0.939 0.852 0.898 0.781 0.920;
// heldout4 0.875 0.629 0.808 0.831 1.000; heldout5 0.955 0.750 0.979 0.905
// 0.947; heldout6 0.753 0.906 1.000 0.591 1.000; heldout7 0.923 0.733
// 0.917 0.875 0.905; heldout8 0.907 0.773 0.971 0.696 1.000. The floors
// are annotatedSets' read column.
func TestAnnotatedSetsThroughReader(t *testing.T) {
	for _, set := range annotatedSets {
		t.Run(set.dir, func(t *testing.T) {
			set.read.check(t, scoreGold(t, goldFiles(t, set.dir), true))
		})
	}
}
