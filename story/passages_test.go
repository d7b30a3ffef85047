package story

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/cotejo/cotejo"
	"github.com/cotejo/cotejo/lang"
)

const passageWire = `El presidente bielorruso, Alexander Lukashenko, mantuvo el jueves su segunda reunión en 17 días con Jesús Rafael Salazar Velázquez, embajador de Venezuela en Moscú, según la agencia estatal Belta.`

func passageStory(bodies ...[2]string) *cotejo.Story {
	st := &cotejo.Story{ID: "s1"}
	for i, b := range bodies {
		st.Articles = append(st.Articles, &cotejo.Article{
			ID: "a" + strconv.Itoa(i+1), Outlet: b[0], Body: b[1],
		})
	}
	return st
}

func TestPassagesFindsSharedWireCopy(t *testing.T) {
	tests := []struct {
		name     string
		bodies   [][2]string
		articles [][]string // articles of each passage, in order
		contains []string   // a phrase each passage's first text must hold
	}{
		{
			name: "verbatim copy in different surroundings is one passage",
			bodies: [][2]string{
				{"uno.com", "Caracas vive días tensos. " + passageWire + " Nada más se supo."},
				{"dos.com", "Según fuentes diplomáticas, el viaje sigue en el aire.\n\n" + passageWire},
			},
			articles: [][]string{{"a1", "a2"}},
			contains: []string{"Lukashenko"},
		},
		{
			name: "a changed word, accents and quote marks do not break the passage",
			bodies: [][2]string{
				{"uno.com", passageWire},
				{"dos.com", `El presidente bielorruso, Alexander Lukashenko, sostuvo el jueves su "segunda" reunion en 17 dias con Jesus Rafael Salazar Velazquez, embajador de Venezuela en Moscú, según la agencia estatal Belta.`},
			},
			articles: [][]string{{"a1", "a2"}},
			contains: []string{"Belta"},
		},
		{
			name: "an inserted and a dropped word do not break the passage",
			bodies: [][2]string{
				{"uno.com", passageWire},
				{"dos.com", `El presidente bielorruso, Alexander Lukashenko, mantuvo este jueves su segunda reunión en 17 días con Jesús Rafael Salazar Velázquez, embajador de Venezuela en Moscú, según la agencia Belta.`},
			},
			articles: [][]string{{"a1", "a2"}},
			contains: []string{"Moscú"},
		},
		{
			name: "three outlets copying one wire make one passage of three",
			bodies: [][2]string{
				{"uno.com", "Primero. " + passageWire},
				{"dos.com", passageWire + " Después."},
				{"tres.com", "Otra cosa distinta aquí. " + passageWire + " Y sigue."},
			},
			articles: [][]string{{"a1", "a2", "a3"}},
			contains: []string{"Salazar"},
		},
		{
			name: "unrelated articles share nothing",
			bodies: [][2]string{
				{"uno.com", "El Banco Central subió los tipos de interés un cuarto de punto para contener la inflación de los servicios."},
				{"dos.com", "La selección ganó el partido de ida por dos goles a cero con un estadio lleno y una afición entregada."},
			},
		},
		{
			name: "a stock phrase shorter than the minimum is not a passage",
			bodies: [][2]string{
				{"uno.com", "Lo dijo el presidente de Estados Unidos, Donald Trump, ante la prensa."},
				{"dos.com", "Lo negó el presidente de Estados Unidos, Donald Trump, en su red social."},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := passageStory(tt.bodies...)
			Passages(st)
			if len(st.Passages) != len(tt.articles) {
				t.Fatalf("got %d passages %+v, want %d", len(st.Passages), st.Passages, len(tt.articles))
			}
			for i, p := range st.Passages {
				if p.ID != "p"+strconv.Itoa(i+1) {
					t.Errorf("passage %d has ID %q", i, p.ID)
				}
				if strings.Join(p.Articles, ",") != strings.Join(tt.articles[i], ",") {
					t.Errorf("passage %s articles %v, want %v", p.ID, p.Articles, tt.articles[i])
				}
				for _, id := range p.Articles {
					a := st.Article(id)
					if got := p.Spans[id].Text(a.Body); got != p.Texts[id] || got == "" {
						t.Errorf("passage %s: span text %q differs from text %q", p.ID, got, p.Texts[id])
					}
				}
				if first := p.Texts[p.Articles[0]]; !strings.Contains(first, tt.contains[i]) {
					t.Errorf("passage %s text %q lacks %q", p.ID, first, tt.contains[i])
				}
			}
		})
	}
}

func TestPassagesTextIsTheWholeSentenceAsPrinted(t *testing.T) {
	st := passageStory([2]string{"uno.com", "Antes. " + passageWire + " Después."}, [2]string{"dos.com", passageWire})
	Passages(st)
	if len(st.Passages) != 1 {
		t.Fatalf("got %d passages", len(st.Passages))
	}
	for id, text := range st.Passages[0].Texts {
		if text != passageWire {
			t.Errorf("%s: text %q, want the wire sentence with its final period", id, text)
		}
	}
}

func TestPassagesSharedFractionCountsOnlyOtherOutlets(t *testing.T) {
	own := "Esta es una frase propia del medio que nadie más ha publicado jamás en ninguna parte."
	tests := []struct {
		name   string
		bodies [][2]string
		want   []float64
	}{
		{"whole body copied by another outlet", [][2]string{{"uno.com", passageWire}, {"dos.com", passageWire}}, []float64{1, 1}},
		{"same outlet does not count", [][2]string{{"uno.com", passageWire}, {"uno.com", passageWire}}, []float64{0, 0}},
		{"unknown outlets count as distinct", [][2]string{{"", passageWire}, {"", passageWire}}, []float64{1, 1}},
		{"half copied", [][2]string{{"uno.com", passageWire + " " + own}, {"dos.com", passageWire}}, []float64{
			wordBytes(passageWire) / (wordBytes(passageWire) + wordBytes(own)), 1}},
		{"same outlet pair reached through a third outlet", [][2]string{{"uno.com", passageWire}, {"uno.com", passageWire}, {"dos.com", passageWire}}, []float64{1, 1, 1}},
		{"nothing shared", [][2]string{{"uno.com", passageWire}, {"dos.com", own}}, []float64{0, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := passageStory(tt.bodies...)
			Passages(st)
			for i, a := range st.Articles {
				if math.Abs(a.SharedFraction-tt.want[i]) > 0.001 {
					t.Errorf("%s: SharedFraction %.3f, want %.3f", a.ID, a.SharedFraction, tt.want[i])
				}
			}
		})
	}
}

func wordBytes(s string) float64 {
	n := 0
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(" ,.;:\"“”", r) }) {
		n += len(f)
	}
	return float64(n)
}

// passageSampleStory reads the sample set raw, paragraphs as they stand.
func passageSampleStory(t testing.TB) *cotejo.Story {
	t.Helper()
	files, err := filepath.Glob("../examples/maduro-belarus/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("sample set: %v (%d files)", err, len(files))
	}
	sort.Strings(files)
	st := &cotejo.Story{ID: "s1"}
	for i, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		st.Articles = append(st.Articles, &cotejo.Article{
			ID: "a" + strconv.Itoa(i+1), Outlet: filepath.Base(f), Language: "es", Body: string(b),
		})
	}
	return st
}

func TestPassagesOnSampleFindsTheBeltaWireCopy(t *testing.T) {
	st := passageSampleStory(t)
	Passages(st)
	// 001, 003 and 004 carry the wire copy on Lukashenko's meetings and the
	// Belta quote; a2 (001) must share it with a4 (003) and a5 (004).
	shares := map[string]bool{}
	for _, p := range st.Passages {
		t.Logf("%s %v %q", p.ID, p.Articles, p.Texts[p.Articles[0]])
		if !strings.Contains(p.Texts[p.Articles[0]], "Lukashenko") && !strings.Contains(p.Texts[p.Articles[0]], "Belta") {
			continue
		}
		for _, id := range p.Articles {
			shares[id] = true
		}
	}
	for _, id := range []string{"a2", "a4", "a5"} {
		if !shares[id] {
			t.Errorf("%s shows no passage on Lukashenko or Belta", id)
		}
	}
	for _, a := range st.Articles {
		t.Logf("%s shared_fraction %.3f", a.ID, a.SharedFraction)
	}
	if st.Article("a2").SharedFraction == 0 || st.Article("a4").SharedFraction == 0 {
		t.Errorf("a2 and a4 share copy but have shared fractions %.3f, %.3f", st.Article("a2").SharedFraction, st.Article("a4").SharedFraction)
	}
}

func FuzzPassages(f *testing.F) {
	f.Add(passageWire, passageWire, "uno", "dos")
	f.Add("a b c d e f g h i j k", "a b c d e f g h i j k l", "", "")
	f.Add("“Hola” «mundo» ¿qué? ¡sí! á é í", "", "x", "x")
	f.Add(strings.Repeat("la la la ", 50), strings.Repeat("la la la ", 40), "x", "y")
	f.Fuzz(func(t *testing.T, b1, b2, o1, o2 string) {
		st := passageStory([2]string{o1, b1}, [2]string{o2, b2}, [2]string{o1, b2 + " " + b1})
		Passages(st)
		for _, p := range st.Passages {
			if len(p.Articles) < 2 {
				t.Fatalf("passage %s with %d articles", p.ID, len(p.Articles))
			}
			for _, id := range p.Articles {
				a := st.Article(id)
				s := p.Spans[id]
				if s.Start < 0 || s.End > len(a.Body) || s.Start >= s.End || s.Text(a.Body) != p.Texts[id] {
					t.Fatalf("passage %s: bad span %+v in %s", p.ID, s, id)
				}
			}
		}
		for _, a := range st.Articles {
			if a.SharedFraction < 0 || a.SharedFraction > 1 || math.IsNaN(a.SharedFraction) {
				t.Fatalf("%s: SharedFraction %v", a.ID, a.SharedFraction)
			}
		}
	})
}

// passageBenchStory builds a 200-article story from the sample set's real text:
// each article is one sample article followed by paragraphs drawn from the
// others, the way outlets splice wire copy into their own pieces.
func passageBenchStory(b testing.TB) *cotejo.Story {
	b.Helper()
	sample := passageSampleStory(b)
	var paras [][]string
	for _, a := range sample.Articles {
		paras = append(paras, strings.Split(a.Body, "\n\n"))
	}
	st := &cotejo.Story{ID: "s1"}
	for i := 0; i < 200; i++ {
		var parts []string
		parts = append(parts, paras[i%5]...)
		other := paras[(i+1+i/5)%5]
		for k := i % 3; k < len(other); k += 3 {
			parts = append(parts, other[k])
		}
		st.Articles = append(st.Articles, &cotejo.Article{
			ID: "a" + strconv.Itoa(i+1), Outlet: "o" + strconv.Itoa(i%60), Language: "es",
			Body: strings.Join(parts, "\n\n"),
		})
	}
	return st
}

func BenchmarkPassages(b *testing.B) {
	st := passageBenchStory(b)
	words := 0
	for _, a := range st.Articles {
		words += len(strings.Fields(a.Body))
	}
	b.ResetTimer()
	for b.Loop() {
		Passages(st)
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
	b.ReportMetric(float64(len(st.Passages)), "passages")
}

func TestPassagesThatOnlyTouchInOneArticleStaySeparate(t *testing.T) {
	first := "La petrolera estatal suspendió las exportaciones de crudo a Asia durante dos semanas por una avería en el oleoducto principal del norte del país."
	second := "El ministerio de Energía anunció que los envíos se reanudarán cuando concluyan las reparaciones del oleoducto y se revise toda la red de bombeo."
	// a1 holds both; a2 copies the first and the start of the second, a3
	// the end of the first and the second: the two alignments of a1
	// overlap by a few words only.
	tail := strings.Join(strings.Fields(first)[20:], " ")
	head := strings.Join(strings.Fields(second)[:4], " ")
	st := passageStory(
		[2]string{"uno.com", first + " " + second},
		[2]string{"dos.com", "Otra cosa. " + first + " " + head + " otra historia muy diferente aquí."},
		[2]string{"tres.com", "Nada que ver con esto. Dijo que " + tail + " " + second},
	)
	Passages(st)
	if len(st.Passages) != 2 {
		for _, p := range st.Passages {
			t.Logf("%s %v %q", p.ID, p.Articles, p.Texts[p.Articles[0]])
		}
		t.Fatalf("got %d passages, want 2 separate ones", len(st.Passages))
	}
	if got := strings.Join(st.Passages[0].Articles, ","); got != "a1,a2" {
		t.Errorf("first passage in %s, want a1,a2", got)
	}
	if got := strings.Join(st.Passages[1].Articles, ","); got != "a1,a3" {
		t.Errorf("second passage in %s, want a1,a3", got)
	}
}

func TestPassagesListArticlesByNumber(t *testing.T) {
	var bodies [][2]string
	for i := 0; i < 11; i++ {
		body := "Algo propio del medio número " + strconv.Itoa(i) + " sin relación."
		if i == 1 || i == 9 {
			body = passageWire
		}
		bodies = append(bodies, [2]string{"o" + strconv.Itoa(i) + ".com", body})
	}
	st := passageStory(bodies...)
	// the pipeline may hand a story its articles in any order
	st.Articles[1], st.Articles[9] = st.Articles[9], st.Articles[1]
	Passages(st)
	if len(st.Passages) != 1 || strings.Join(st.Passages[0].Articles, ",") != "a2,a10" {
		t.Fatalf("passages %+v, want one in a2,a10", st.Passages)
	}
}

func TestPassagesKeepAHeavilyCopiedStoryInSeparateStretches(t *testing.T) {
	st := passageBenchStory(t)
	Passages(st)
	t.Logf("%d passages over %d articles", len(st.Passages), len(st.Articles))
	if len(st.Passages) < 10 {
		t.Errorf("%d passages: copied stretches chained together", len(st.Passages))
	}
	for _, p := range st.Passages {
		for i := 1; i < len(p.Articles); i++ {
			a, _ := strconv.Atoi(p.Articles[i-1][1:])
			b, _ := strconv.Atoi(p.Articles[i][1:])
			if a >= b {
				t.Fatalf("passage %s lists %v out of order", p.ID, p.Articles)
			}
		}
	}
}

// foldHash is the word hash as specified: FNV-1a over the bytes of each
// rune of the folded word, low byte first.
func foldHash(w string) uint64 {
	h := uint64(14695981039346656037)
	for _, r := range lang.Fold(w) {
		for ; r > 0; r >>= 8 {
			h = (h ^ uint64(r&0xff)) * 1099511628211
		}
	}
	return h
}

// checkPassageWords fails unless passageWords finds the words of
// lang.Words in s, each with the hash of its folded text.
func checkPassageWords(t *testing.T, s string) {
	t.Helper()
	want := lang.Words(s)
	words, hashes := passageWords(s, nil, nil)
	if len(words) != len(want) || len(hashes) != len(words) {
		t.Fatalf("%q: %d words, %d hashes, want %d words", s, len(words), len(hashes), len(want))
	}
	for i, w := range want {
		if int(words[i].start) != w.Start || int(words[i].end) != w.End {
			t.Fatalf("%q: word %d at %d-%d, want %d-%d", s, i, words[i].start, words[i].end, w.Start, w.End)
		}
		if hashes[i] != foldHash(s[w.Start:w.End]) {
			t.Fatalf("%q: word %q hashed unlike its folded text", s, s[w.Start:w.End])
		}
	}
}

func TestPassageWordsAreTheWordsOfLangWordsHashedFolded(t *testing.T) {
	tests := []struct{ name, text string }{
		{"accents and case", "Jesús Rafael SALAZAR Velázquez, embajador"},
		{"inner joiners", "ruso-venezolanos O'Neil O’Neil 1.500 3,5 fin. -x x- 'y"},
		{"points and commas between words", "uno.dos tres,cuatro 5.x y,6"},
		{"joiner at the end", "final-"},
		{"marks and other scripts", "naïve cafe\u0301 Ωμέγα Москва 東京 ǅemal"},
		{"signs folding to letters", "\u212Bngstr\u00F6m \u212Aelvin"},
		{"invalid bytes", "abc\xffdef \xc3 g\xe2\x80"},
		{"no words", " ¡¿!? «» — "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkPassageWords(t, tt.text) })
	}
}

func TestPassageWordsStopAtTheWordBound(t *testing.T) {
	words, hashes := passageWords(strings.Repeat("la ", passageMaxWords+10), nil, nil)
	if len(words) != passageMaxWords || len(hashes) != passageMaxWords {
		t.Fatalf("%d words, %d hashes, want %d", len(words), len(hashes), passageMaxWords)
	}
}

func FuzzPassageWords(f *testing.F) {
	f.Add(passageWire)
	f.Add("O’Neil 1.500,25 ruso-venezolanos \u212Bngstr\u00F6m \xff")
	f.Fuzz(checkPassageWords)
}

func TestPassagesGiveTheSameResultWhenRunAgain(t *testing.T) {
	// Passages reuses its working memory from call to call: a call must
	// not see what an earlier one left there.
	run := func(st *cotejo.Story) string {
		Passages(st)
		b, err := json.Marshal(st)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	big := passageBenchStory(t)
	small := passageSampleStory(t)
	first := run(small)
	run(big)
	if again := run(small); again != first {
		t.Errorf("second run differs:\n%s\nwant\n%s", again, first)
	}
}
