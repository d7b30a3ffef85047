package ner

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/cotejo/cotejo/internal/shared"
)

func TestSpansGroupBIOTagsWithCoNLLSemantics(t *testing.T) {
	tests := []struct {
		name string
		tags []string
		want []Entity
	}{
		{"none", []string{"O", "O"}, nil},
		{"single", []string{"B-PER"}, []Entity{{0, 1, PER}}},
		{"multi-token name", []string{"O", "B-PER", "I-PER", "O"}, []Entity{{1, 3, PER}}},
		{"name at the end", []string{"O", "B-LOC", "I-LOC"}, []Entity{{1, 3, LOC}}},
		{"adjacent names of one type", []string{"B-LOC", "B-LOC"}, []Entity{{0, 1, LOC}, {1, 2, LOC}}},
		{"I- after O starts a name", []string{"O", "I-ORG", "I-ORG"}, []Entity{{1, 3, ORG}}},
		{"I- of another type starts a name", []string{"B-PER", "I-ORG"}, []Entity{{0, 1, PER}, {1, 2, ORG}}},
		{"unknown tags count as O", []string{"B-MISC", "X", "I-MISC"}, []Entity{{0, 1, MISC}, {2, 3, MISC}}},
		{"empty", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Spans(tt.tags); !slices.Equal(got, tt.want) {
				t.Errorf("Spans(%q) = %v, want %v", tt.tags, got, tt.want)
			}
		})
	}
}

func TestReadCoNLL(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    []Sentence
		wantErr string
	}{
		{
			name: "space and tab separated, blank line between sentences",
			in:   "Madrid B-LOC\n, O\n\nEl\tO\nPP\tB-ORG\n",
			want: []Sentence{
				{Tokens: []string{"Madrid", ","}, Tags: []string{"B-LOC", "O"}},
				{Tokens: []string{"El", "PP"}, Tags: []string{"O", "B-ORG"}},
			},
		},
		{
			name: "AnCora DATE and NUM read as O",
			in:   "el\tO\n25\tB-NUM\nmayo\tB-DATE\nEFE\tB-ORG\n",
			want: []Sentence{{Tokens: []string{"el", "25", "mayo", "EFE"}, Tags: []string{"O", "O", "O", "B-ORG"}}},
		},
		{
			name: "middle columns ignored, CRLF and DOCSTART skipped",
			in:   "-DOCSTART- -X- O\r\n\r\nJuan NP B-PER\r\n\r\n\r\n",
			want: []Sentence{{Tokens: []string{"Juan"}, Tags: []string{"B-PER"}}},
		},
		{name: "missing tag", in: "Madrid\n", wantErr: "line 1: want a token and a tag"},
		{name: "bad tag", in: "a O\nMadrid LOC\n", wantErr: "line 2: tag \"LOC\""},
		{name: "line too long", in: strings.Repeat("x", maxLine+1) + " O\n", wantErr: "line 1: longer than"},
		{name: "empty input", in: "", want: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadCoNLL(strings.NewReader(tt.in))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error = %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %d sentences, want %d: %v", len(got), len(tt.want), got)
			}
			for i := range got {
				if !slices.Equal(got[i].Tokens, tt.want[i].Tokens) || !slices.Equal(got[i].Tags, tt.want[i].Tags) {
					t.Errorf("sentence %d = %v, want %v", i, got[i], tt.want[i])
				}
			}
		})
	}
}

func FuzzReadCoNLL(f *testing.F) {
	f.Add("Madrid B-LOC\n, O\n\nEl\tO\nPP\tB-ORG\n")
	f.Add("a\tB-DATE\nb I-NUM\n\n\n")
	f.Add("x\n")
	f.Add("-DOCSTART- O\r\nJuan NP I-PER\n")
	f.Fuzz(func(t *testing.T, in string) {
		got, err := ReadCoNLL(strings.NewReader(in))
		if err != nil {
			return
		}
		// What was read writes back and reads again to the same sentences.
		var buf bytes.Buffer
		if err := WriteCoNLL(&buf, got); err != nil {
			t.Fatal(err)
		}
		again, err := ReadCoNLL(&buf)
		if err != nil {
			t.Fatalf("re-reading %q: %v", buf.String(), err)
		}
		if len(again) != len(got) {
			t.Fatalf("round trip gave %d sentences, want %d", len(again), len(got))
		}
		for i, s := range got {
			if len(s.Tokens) != len(s.Tags) || !slices.Equal(s.Tags, again[i].Tags) {
				t.Fatalf("sentence %d changed on round trip: %v → %v", i, s, again[i])
			}
			Spans(s.Tags)
		}
	})
}

func TestTagFindsNamesInSpanishSentences(t *testing.T) {
	tests := []struct {
		sentence string
		want     []string // "Type:words" of entities that must be found
	}{
		{"El presidente bielorruso , Alexander Lukashenko , recibió al embajador en Minsk .",
			[]string{"PER:Alexander Lukashenko", "LOC:Minsk"}},
		{"La Unión Europea anunció nuevas sanciones tras la reunión en Bruselas .",
			[]string{"ORG:Unión Europea", "LOC:Bruselas"}},
		{"Según la agencia EFE , el ministro Pedro Sánchez viajará mañana a Buenos Aires .",
			[]string{"ORG:EFE", "PER:Pedro Sánchez", "LOC:Buenos Aires"}},
		{"Nicolás Maduro habló con periodistas en Caracas .",
			[]string{"PER:Nicolás Maduro", "LOC:Caracas"}},
	}
	m := Default()
	for _, tt := range tests {
		t.Run(tt.sentence, func(t *testing.T) {
			tokens := strings.Fields(tt.sentence)
			var got []string
			for _, e := range m.Entities(tokens) {
				got = append(got, e.Type+":"+strings.Join(tokens[e.Start:e.End], " "))
			}
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("missing %s; found %v", w, got)
				}
			}
		})
	}
}

func TestZeroModelTagsEverythingO(t *testing.T) {
	var m Model
	got := m.Tag([]string{"Juan", "vive", "en", "Madrid"})
	if want := []string{"O", "O", "O", "O"}; !slices.Equal(got, want) {
		t.Errorf("Tag = %q, want %q", got, want)
	}
}

func TestTagHandlesOddInput(t *testing.T) {
	m := Default()
	for _, tokens := range [][]string{nil, {""}, {"\xff\xfe"}, {"-", "-", "-"}, {strings.Repeat("Á", 1000)}} {
		if got := m.Tag(tokens); len(got) != len(tokens) {
			t.Errorf("Tag(%q) gave %d tags", tokens, len(got))
		}
	}
}

// tinySentences are a handful of tagged sentences: enough to exercise
// training and the model file without the data sets.
func tinySentences() []Sentence {
	var sents []Sentence
	for _, s := range []string{
		"Juan/B-PER Pérez/I-PER vive/O en/O Madrid/B-LOC ./O",
		"El/O PP/B-ORG ganó/O en/O Sevilla/B-LOC ./O",
		"Ana/B-PER García/I-PER habló/O con/O la/O ONU/B-ORG ./O",
		"Vio/O el/O Mundial/B-MISC en/O Lima/B-LOC ./O",
	} {
		var st Sentence
		for _, wt := range strings.Fields(s) {
			w, tag, _ := strings.Cut(wt, "/")
			st.Tokens = append(st.Tokens, w)
			st.Tags = append(st.Tags, tag)
		}
		sents = append(sents, st)
	}
	return sents
}

func trainTiny() *Model {
	return Train(tinySentences(), TrainOptions{Epochs: 5, Folds: 2, Bits: 12})
}

func TestTrainIsReproducibleAndLearnsItsData(t *testing.T) {
	for _, tc := range []struct {
		name string
		opt  TrainOptions
	}{
		{"plain", TrainOptions{Epochs: 5, Folds: 2, Bits: 12}},
		// The committed recipe's regularisers, on data small enough
		// that each word is seen a few times.
		{"dropout, runs, prune", TrainOptions{Epochs: 8, Folds: 2, Bits: 12, Dropout: 0.15, Runs: 3, Prune: 0.01}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var a, b bytes.Buffer
			if err := Train(tinySentences(), tc.opt).Write(&a); err != nil {
				t.Fatal(err)
			}
			if err := Train(tinySentences(), tc.opt).Write(&b); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(a.Bytes(), b.Bytes()) {
				t.Error("two trainings on the same data wrote different model files")
			}
			m := Train(tinySentences(), tc.opt)
			got := m.Tag([]string{"Juan", "Pérez", "vive", "en", "Madrid", "."})
			if want := []string{"B-PER", "I-PER", "O", "O", "B-LOC", "O"}; !slices.Equal(got, want) {
				t.Errorf("Tag = %q, want %q", got, want)
			}
		})
	}
}

func TestDropFeaturesLeavesOutTheirShareReproducibly(t *testing.T) {
	ex := example{offs: []int{0}}
	for i := range 200 {
		for j := range 50 {
			ex.feats = append(ex.feats, uint32(i*50+j))
		}
		ex.offs = append(ex.offs, len(ex.feats))
	}
	for _, p := range []float64{0, 0.15, 0.5} {
		f1, o1 := dropFeatures(&ex, p, 1, 3, 7, nil, nil)
		f1, o1 = slices.Clone(f1), slices.Clone(o1)
		f2, o2 := dropFeatures(&ex, p, 1, 3, 7, nil, nil)
		if !slices.Equal(f1, f2) || !slices.Equal(o1, o2) {
			t.Errorf("p=%g: two calls with the same seed, pass and example differ", p)
		}
		if len(o1) != len(ex.offs) || o1[len(o1)-1] != len(f1) {
			t.Fatalf("p=%g: offsets %d for %d tokens, last %d of %d features", p, len(o1), len(ex.offs)-1, o1[len(o1)-1], len(f1))
		}
		kept := float64(len(f1)) / float64(len(ex.feats))
		if kept < 1-p-0.03 || kept > 1-p+0.03 {
			t.Errorf("p=%g: kept %.3f of the features", p, kept)
		}
		f3, _ := dropFeatures(&ex, p, 1, 4, 7, nil, nil)
		if p > 0 && slices.Equal(f1, f3) {
			t.Errorf("p=%g: the next pass drops the same features", p)
		}
	}
}

func TestQuantiseTablePrunesSmallRows(t *testing.T) {
	w := make([]float32, 3*numTags)
	w[0] = 10             // row 0: the largest weight
	w[numTags] = 0.05     // row 1: under 1% of it
	w[2*numTags+3] = -0.5 // row 2: 5% of it
	rows, _ := quantiseTable(w, 0.01)
	if rows[0] == (row{}) || rows[1] != (row{}) || rows[2] == (row{}) {
		t.Errorf("kept rows: %v %v %v, want the first and the last", rows[0] != (row{}), rows[1] != (row{}), rows[2] != (row{}))
	}
	if rows, _ := quantiseTable(w, 0); rows[1] == (row{}) {
		t.Error("prune 0 dropped a row")
	}
}

func TestWriteLoadKeepsTheTags(t *testing.T) {
	m := trainTiny()
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	loaded, err := Load(&buf)
	if err != nil {
		t.Fatal(err)
	}
	tokens := []string{"Ana", "García", "vive", "en", "Lima", "con", "Juan", "."}
	if got, want := loaded.Tag(tokens), m.Tag(tokens); !slices.Equal(got, want) {
		t.Errorf("loaded model tags %q, trained one %q", got, want)
	}
}

func TestLoadRejectsWhatIsNotAModel(t *testing.T) {
	var good bytes.Buffer
	if err := trainTiny().Write(&good); err != nil {
		t.Fatal(err)
	}
	for name, in := range map[string][]byte{
		"empty":     nil,
		"not gzip":  []byte("cotejo-ner 1\n"),
		"truncated": good.Bytes()[:good.Len()/2],
		"bucket given twice": gzipped(append(append([]byte(magic), 4), func() []byte {
			var b []byte
			b = append(b, make([]byte, 4*(numTags+1)*numTags)...) // transitions
			b = append(b, 0, 0, 0x80, 0x3f)                       // scale 1
			b = append(b, 2)                                      // two rows
			// Bucket 1, then bucket 1 again.
			for _, delta := range []byte{1, 0} {
				b = append(b, delta)
				b = append(b, make([]byte, numTags)...)
			}
			return b
		}()...)),
	} {
		if _, err := Load(bytes.NewReader(in)); err == nil {
			t.Errorf("%s: Load succeeded", name)
		}
	}
}

func gzipped(b []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

// FuzzLoad checks that any model file either fails to load or gives a
// model that tags without panicking and writes back what it read.
func FuzzLoad(f *testing.F) {
	var good bytes.Buffer
	if err := trainTiny().Write(&good); err != nil {
		f.Fatal(err)
	}
	f.Add(good.Bytes())
	f.Add(good.Bytes()[:good.Len()/2])
	f.Add(gzipped([]byte(magic)))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Load(bytes.NewReader(data))
		if err != nil {
			return
		}
		m.Tag([]string{"Juan", "vive", "en", "Lima", "."})
		var out bytes.Buffer
		if err := m.Write(&out); err != nil {
			t.Fatal(err)
		}
		again, err := Load(&out)
		if err != nil {
			t.Fatalf("a loaded model wrote a file Load rejects: %v", err)
		}
		if len(again.weights.rows) != len(m.weights.rows) {
			t.Errorf("rows %d after a round trip, %d before", len(again.weights.rows), len(m.weights.rows))
		}
	})
}

func TestTableFindsTheKeptRows(t *testing.T) {
	full := make([]row, 200)
	for _, b := range []int{0, 1, 63, 64, 65, 130, 199} {
		full[b][0] = int16(b + 1)
		full[b][numTags-1] = -int16(b + 1)
	}
	tab := newTable(full)
	if len(tab.rows) != 7 {
		t.Fatalf("kept %d rows, want 7", len(tab.rows))
	}
	for b := range full {
		if got := *tab.row(uint32(b)); got != full[b] {
			t.Errorf("row(%d) = %v, want %v", b, got, full[b])
		}
	}
	var seen []int
	tab.each(func(b int, r *row) {
		seen = append(seen, b)
		if *r != full[b] {
			t.Errorf("each gave bucket %d the row %v, want %v", b, *r, full[b])
		}
	})
	if want := []int{0, 1, 63, 64, 65, 130, 199}; !slices.Equal(seen, want) {
		t.Errorf("each visited %v, want %v", seen, want)
	}
}

func TestWordKeysAreSeededPerCache(t *testing.T) {
	m := Default()
	a, b := newWordCache(m), newWordCache(m)
	same := 0
	for _, w := range []string{"Madrid", "de", "", "presidente", "EE.UU."} {
		ka, kb := a.wordKey(w), b.wordKey(w)
		if ka <= keyAfter || kb <= keyAfter {
			t.Errorf("key of %q is %d or %d, which mark an empty entry or a stand-in", w, ka, kb)
		}
		if ka == kb {
			same++
		}
	}
	if same == 5 {
		t.Error("two caches key every word alike: the keys are not seeded")
	}
}

func TestConcurrentTaggingGivesTheSequentialTags(t *testing.T) {
	m := Default()
	sentences := [][]string{
		{"El", "presidente", "bielorruso", ",", "Alexander", "Lukashenko", ",", "habló", "en", "Minsk", "."},
		{"La", "ONU", "y", "la", "OTAN", "se", "reunieron", "en", "Bruselas", "."},
		{"Ana", "García", "viajó", "a", "Lima", "con", "Telefónica", "."},
	}
	want := make([][]string, len(sentences))
	for i, s := range sentences {
		want[i] = m.Tag(s)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for g := range 8 {
		wg.Go(func() {
			for k := range 200 {
				i := (g + k) % len(sentences)
				if got := m.Tag(sentences[i]); !slices.Equal(got, want[i]) {
					errs <- fmt.Sprintf("goroutine %d: %q tagged %q, want %q", g, sentences[i], got, want[i])
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// testaFloor is the entity F1 on CoNLL-2002 esp.testa below which the
// committed model is a regression. The target is 0.82; the model
// measures 0.802 (0.802–0.804 over seeds 1, 4, 7, 10 and 13 of its
// recipe), so the floor guards what exists.
const testaFloor = 0.80

// readTesta reads CoNLL-2002 esp.testa, skipping when it is absent.
func readTesta(tb testing.TB) []Sentence {
	f, err := os.Open(shared.Data(tb, "conll2002-es/esp.testa"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	gold, err := ReadCoNLL(f)
	if err != nil {
		tb.Fatal(err)
	}
	return gold
}

func TestDefaultModelF1OnTesta(t *testing.T) {
	gold := readTesta(t)
	m := Default()
	var tp, fp, fn int
	for _, s := range gold {
		want := Spans(s.Tags)
		got := Spans(m.Tag(s.Tokens))
		for _, e := range got {
			if slices.Contains(want, e) {
				tp++
			} else {
				fp++
			}
		}
		fn += len(want)
	}
	fn -= tp
	p, r := float64(tp)/float64(tp+fp), float64(tp)/float64(tp+fn)
	f1 := 2 * p * r / (p + r)
	t.Logf("esp.testa: precision %.4f recall %.4f F1 %.4f (%d gold entities)", p, r, f1, tp+fn)
	if f1 < testaFloor {
		t.Errorf("F1 %.4f on esp.testa is below %.2f", f1, testaFloor)
	}
}

func BenchmarkTag(b *testing.B) {
	var lines [][]string
	for _, s := range readTesta(b) {
		lines = append(lines, s.Tokens)
	}
	benchTag(b, lines, (*Model).Tag)
}

// benchTag tags the lines with the embedded model and reports words/s.
func benchTag(b *testing.B, lines [][]string, tag func(*Model, []string) []string) {
	m := Default()
	words := 0
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, l := range lines {
			tag(m, l)
			words += len(l)
		}
	}
	b.ReportMetric(float64(words)/b.Elapsed().Seconds(), "words/s")
}

// newsLines reads the lines of the FakeDeS news articles as words.
func newsLines(tb testing.TB) [][]string {
	var lines [][]string
	for _, name := range []string{"train.jsonl", "development.jsonl"} {
		data, err := os.ReadFile(shared.Data(tb, "fakenews-es/"+name))
		if err != nil {
			tb.Fatal(err)
		}
		for line := range bytes.Lines(data) {
			var rec struct{ Text string }
			if err := json.Unmarshal(line, &rec); err != nil {
				tb.Fatal(err)
			}
			lines = append(lines, Tokenize(rec.Text)...)
		}
	}
	return lines
}

// Decoding windows around the words that can carry a name must give the
// tags of decoding the whole sentence, but for the rare name of lower-case
// words only.
func TestWindowsTagAsTheWholeSentence(t *testing.T) {
	var testa [][]string
	for _, s := range readTesta(t) {
		testa = append(testa, s.Tokens)
	}
	m := Default()
	for _, set := range []struct {
		name  string
		lines [][]string
	}{{"esp.testa", testa}, {"FakeDeS", newsLines(t)}} {
		differ, words, read := 0, 0, 0
		for _, l := range set.lines {
			if !slices.Equal(m.Tag(l), m.tagWhole(l)) {
				differ++
				if differ <= 3 {
					t.Logf("%s: %q\n  windows %q\n  whole   %q", set.name, l, m.Tag(l), m.tagWhole(l))
				}
			}
			words += len(l)
			var s scratch
			for w := range windows(l, anchoredSpans(l, s.sentenceSpans(l, m))) {
				read += w.hi - w.lo
			}
		}
		t.Logf("%s: %d of %d lines tagged otherwise; the windows read %.1f%% of %d words", set.name, differ, len(set.lines), 100*float64(read)/float64(max(words, 1)), words)
		if float64(differ) > 0.002*float64(len(set.lines)) {
			t.Errorf("%s: %d of %d lines tagged otherwise by windows", set.name, differ, len(set.lines))
		}
	}
}

// A gazetteer name that runs on in lower case past a window's reach is
// tagged as the whole sentence tags it.
func TestWindowsKeepLowerCaseGazetteerNames(t *testing.T) {
	m := Default()
	for _, l := range [][]string{
		strings.Fields("Ayer leímos El amor en los tiempos del cólera ."),
		strings.Fields("Ayer leímos la novela El amor en los tiempos del cólera de García Márquez ."),
	} {
		if got, want := m.Tag(l), m.tagWhole(l); !slices.Equal(got, want) {
			t.Errorf("%q: windows %q, whole %q", l, got, want)
		}
	}
}

func TestWindows(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []window
	}{
		{"", nil},
		{"todo en minúsculas", nil},
		{"Ana", []window{{0, 0, 1, 1}}},
		{"dijo ayer en la sede de la ONU que", []window{{3, 5, 9, 9}}},
		// Anchors close enough to share read words: one window.
		{"a b Ana c d e f Luis g h", []window{{0, 0, 10, 10}}},
		// Far apart: two.
		{"Ana a b c d e f g h i j Luis", []window{{0, 0, 3, 5}, {7, 9, 12, 12}}},
		{"el « cambio » que pidió", []window{{0, 0, 6, 6}}},
		{"en 2019 y después", []window{{0, 0, 4, 4}}},
	} {
		var got []window
		for w := range windows(strings.Fields(tc.in), nil) {
			got = append(got, w)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("windows(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// BenchmarkTagNews tags the lines of the FakeDeS news articles: text whose
// long tail of words, unlike a test set read over and over, keeps the
// tagger's word cache honest.
func BenchmarkTagNews(b *testing.B) {
	benchTag(b, newsLines(b), (*Model).Tag)
}

// BenchmarkTagNewsWhole decodes each sentence whole, for comparison.
func BenchmarkTagNewsWhole(b *testing.B) {
	benchTag(b, newsLines(b), (*Model).tagWhole)
}

func TestWriteOfTheDefaultModelGivesTheEmbeddedFile(t *testing.T) {
	var buf bytes.Buffer
	if err := Default().Write(&buf); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), embedded) {
		t.Errorf("Load then Write gave %d bytes, not the %d of the embedded model", buf.Len(), len(embedded))
	}
}

// referenceEmit scores a sentence from the list of all its features, as
// training does, with the model's quantised rows.
func referenceEmit(m *Model, words []string) []float32 {
	var s scratch
	s.featurize(words, m, &m.gazetteer)
	out := make([]float32, 0, len(words)*numTags)
	for i := range words {
		var acc sums
		for _, f := range s.feats[s.offs[i]:s.offs[i+1]] {
			addRow(&acc, m.weights.row(f))
		}
		for _, v := range acc {
			out = append(out, float32(v)*m.scale)
		}
	}
	return out
}

func TestWordCacheScoresAsEveryFeatureWould(t *testing.T) {
	sentences := [][]string{
		{"Juan", "Pérez", "vive", "en", "Madrid", "con", "Juan", "."},
		{"Lima"},
		{"La", "ONU"},
		{"El", "Banco", "de", "España", "subió", "los", "tipos", "en", "Fráncfort", "el", "jueves", "."},
	}
	// A cache far smaller than the words makes them evict each other,
	// also within one sentence.
	many := make([]string, 0, 3<<cacheBits)
	for i := range cap(many) {
		many = append(many, fmt.Sprintf("w%dX", i))
	}
	sentences = append(sentences, many)
	var s scratch
	for _, m := range []*Model{Default(), trainTiny()} {
		c := newWordCache(m)
		for pass := range 2 { // the second pass reads the cache
			for _, words := range sentences {
				s.emitCached(words, c, nil)
				if want := referenceEmit(m, words); !slices.Equal(s.emit, want) {
					t.Errorf("pass %d: cached scores of %q differ from the scores of all features", pass, words[:min(len(words), 8)])
				}
			}
		}
	}
}

func TestHashTableReadsAsTheMap(t *testing.T) {
	m := map[uint64]uint8{}
	for i := uint64(1); i < 5000; i++ {
		m[i*0x9E3779B97F4A7C15+7] = uint8(i)
	}
	tab := newHashTable(m)
	for k, v := range m {
		if got, ok := tab.get(k); !ok || got != v {
			t.Fatalf("get(%d) = %d, %v, want %d", k, got, ok, v)
		}
	}
	m[0] = 5
	tab = newHashTable(m)
	if got, ok := tab.get(0); !ok || got != 5 {
		t.Errorf("get(0) = %d, %v, want 5", got, ok)
	}
	delete(m, 0)
	for _, k := range []uint64{1, 2, 12345} {
		if _, in := m[k]; in {
			continue
		}
		if got, ok := tab.get(k); ok || got != 0 {
			t.Errorf("get(%d) = %d, %v for a key not in the map", k, got, ok)
		}
	}
	if got, ok := newHashTable(map[uint64]uint8{}).get(3); ok || got != 0 {
		t.Errorf("empty table get = %d, %v", got, ok)
	}
}

// The tagger reads the model's word tables as hashTables: they must read
// as the maps the model was trained and stored with.
func TestModelTablesReadAsItsMaps(t *testing.T) {
	m := Default()
	f := m.tables()
	for k, v := range m.gazetteer.tok {
		if got, ok := f.tok.get(k); !ok || got != v {
			t.Fatalf("tok %d: %d, %v, want %d", k, got, ok, v)
		}
	}
	for k, v := range m.casing {
		if got, ok := f.casing.get(k); !ok || got != v {
			t.Fatalf("casing %d: %d, %v, want %d", k, got, ok, v)
		}
	}
	for k, v := range m.clus {
		if got, ok := f.clus.get(k); !ok || got != v {
			t.Fatalf("clus %d: %d, %v, want %d", k, got, ok, v)
		}
	}
	for k, v := range m.gazetteer.span {
		if got, ok := f.span.get(k); !ok || got != v {
			t.Fatalf("span %d: %d, %v, want %d", k, got, ok, v)
		}
	}
}

// tagWhole tags a sentence decoding it whole, as Tag did before it
// decoded windows; tests compare the two.
func (m *Model) tagWhole(tokens []string) []string {
	out := make([]string, len(tokens))
	if m.weights.buckets() == 0 || len(tokens) == 0 {
		for i := range out {
			out[i] = tagNames[tagO]
		}
		return out
	}
	s := scratchPool.Get().(*scratch)
	defer scratchPool.Put(s)
	c := m.getCache()
	defer m.putCache(c)
	s.emitCached(tokens, c, nil)
	for i, t := range s.viterbi(&m.trans) {
		out[i] = tagNames[t]
	}
	return out
}
