package ner

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// toyCorpus has three word classes that only their neighbours tell apart:
// animals, verbs and cities.
func toyCorpus() [][]string {
	var text [][]string
	for _, n := range []string{"gato", "perro", "caballo"} {
		for _, v := range []string{"come", "duerme", "corre"} {
			text = append(text, strings.Fields("el "+n+" "+v+" ."))
		}
	}
	for _, c := range []string{"Madrid", "Lima", "Quito"} {
		for _, v := range []string{"vive", "trabaja"} {
			text = append(text, strings.Fields("Juan "+v+" en "+c+" ."))
		}
	}
	return text
}

func pathOf(c *Clusters, word string) string {
	for _, w := range c.Words() {
		if w.Word == word {
			return w.Path
		}
	}
	return ""
}

func TestBuildClustersGroupsWordsThatShareNeighbours(t *testing.T) {
	c := BuildClusters(toyCorpus(), ClusterOptions{Classes: 6, MinCount: 1})
	for _, group := range [][]string{{"gato", "perro", "caballo"}, {"Madrid", "Lima", "Quito"}, {"come", "duerme", "corre"}} {
		want := pathOf(c, group[0])
		if want == "" {
			t.Fatalf("%s has no cluster", group[0])
		}
		for _, w := range group[1:] {
			if got := pathOf(c, w); got != want {
				t.Errorf("%s is in %q, %s in %q; want one cluster", w, got, group[0], want)
			}
		}
	}
	if pathOf(c, "gato") == pathOf(c, "Madrid") {
		t.Errorf("animals and cities share cluster %q", pathOf(c, "gato"))
	}
}

func TestBuildClustersIsReproducible(t *testing.T) {
	var a, b bytes.Buffer
	if err := BuildClusters(toyCorpus(), ClusterOptions{Classes: 5, MinCount: 1}).Write(&a); err != nil {
		t.Fatal(err)
	}
	if err := BuildClusters(toyCorpus(), ClusterOptions{Classes: 5, MinCount: 1}).Write(&b); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() {
		t.Errorf("two runs differ:\n%s\n---\n%s", a.String(), b.String())
	}
}

func TestBuildClustersLeavesOutRareWords(t *testing.T) {
	c := BuildClusters(append(toyCorpus(), []string{"hapax"}), ClusterOptions{Classes: 4, MinCount: 2})
	if p := pathOf(c, "hapax"); p != "" {
		t.Errorf("a word seen once got path %q", p)
	}
	if p := pathOf(c, "gato"); p == "" {
		t.Error("a word seen three times has no path")
	}
}

func TestClusterFileRoundTrip(t *testing.T) {
	c := BuildClusters(toyCorpus(), ClusterOptions{Classes: 4, MinCount: 1})
	var buf bytes.Buffer
	if err := c.Write(&buf); err != nil {
		t.Fatal(err)
	}
	again, err := ReadClusters(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(again.Words(), c.Words()) {
		t.Errorf("read back %v, wrote %v", again.Words(), c.Words())
	}
}

func TestReadClustersRejectsMalformedLines(t *testing.T) {
	tests := []struct{ name, in, wantErr string }{
		{"two fields", "0101\tMadrid\n", "line 1: want path, word and count"},
		{"path not binary", "0121\tMadrid\t3\n", "line 1: path \"0121\""},
		{"empty path", "\tMadrid\t3\n", "line 1: path \"\""},
		{"path too long", strings.Repeat("0", maxPath+1) + "\tMadrid\t3\n", "is not 1 to"},
		{"bad count", "0\ta\t1\n01\tMadrid\tmany\n", "line 2: bad count"},
		{"negative count", "01\tMadrid\t-3\n", "line 1: bad count"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadClusters(strings.NewReader(tt.in))
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("error = %v, want one containing %q", err, tt.wantErr)
			}
		})
	}
}

func FuzzReadClusters(f *testing.F) {
	f.Add("0101\tMadrid\t12\n0100\tLima\t3\n")
	f.Add("1\tx\t0\n")
	f.Add("01\t\t5\n\n")
	f.Fuzz(func(t *testing.T, in string) {
		c, err := ReadClusters(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, w := range c.Words() {
			if n := 31 - leadingBits(pathCode(w.Path)); n != min(len(w.Path), maxCodeBits) {
				t.Fatalf("path %q packs to %d digits", w.Path, n)
			}
		}
		c.table()
	})
}

func leadingBits(code uint32) int {
	n := 0
	for code&(1<<31) == 0 {
		code <<= 1
		n++
	}
	return n
}

func TestCodePrefixKeepsTheFirstDigits(t *testing.T) {
	tests := []struct {
		path string
		n    int
		want string
	}{
		{"0110101", 4, "0110"},
		{"0110101", 7, "0110101"},
		{"011", 6, "011"},
		{"1", 4, "1"},
	}
	for _, tt := range tests {
		if got, want := codePrefix(pathCode(tt.path), tt.n), pathCode(tt.want); got != want {
			t.Errorf("prefix %d of %s = %b, want %b", tt.n, tt.path, got, want)
		}
	}
}

func TestTokenizeSplitsPunctuationLikeCoNLL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Estados Unidos.- Luego", "Estados Unidos . - Luego"},
		{"dijo: \"no\", (EFE).", "dijo : \" no \" , ( EFE ) ."},
		{"¿Vendrá a EE.UU.?", "¿ Vendrá a EE.UU. ?"},
		{"el ex-ministro ganó el 5%.", "el ex-ministro ganó el 5% ."},
		{"«Hola» Sr. Pérez", "« Hola » Sr . Pérez"},
	}
	for _, tt := range tests {
		got := Tokenize(tt.in)
		if len(got) != 1 || strings.Join(got[0], " ") != tt.want {
			t.Errorf("Tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := Tokenize("una línea\n\n  \notra"); len(got) != 2 {
		t.Errorf("two lines gave %d token lines: %q", len(got), got)
	}
}

func TestTrainWithClustersKeepsThemInTheModelFile(t *testing.T) {
	var text [][]string
	for _, s := range tinySentences() {
		text = append(text, s.Tokens)
	}
	cl := BuildClusters(text, ClusterOptions{Classes: 3, MinCount: 1})
	m := Train(tinySentences(), TrainOptions{Epochs: 5, Folds: 2, Bits: 12, Clusters: cl})
	if len(m.clus) == 0 {
		t.Fatal("the model has no cluster paths")
	}
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	loaded, err := Load(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(loaded.clus) != fmt.Sprint(m.clus) {
		t.Errorf("cluster paths changed on the way through the file")
	}
	tokens := []string{"Ana", "García", "vive", "en", "Lima", "."}
	if got, want := loaded.Tag(tokens), m.Tag(tokens); !slices.Equal(got, want) {
		t.Errorf("loaded model tags %q, trained one %q", got, want)
	}
}

func TestSplitLongCutsBetweenTwoOTags(t *testing.T) {
	gold := []uint8{0, 1, 2, 0, 0, 5, 0, 3, 4, 4}
	ex := example{gold: gold, offs: make([]int, len(gold)+1)}
	for i := range gold {
		ex.feats = append(ex.feats, uint32(i), uint32(100+i))
		ex.offs[i+1] = len(ex.feats)
	}
	got := splitLong([]example{ex}, 4)
	var tags [][]uint8
	for _, e := range got {
		tags = append(tags, e.gold)
		if len(e.offs) != len(e.gold)+1 || e.offs[0] != 0 || e.offs[len(e.gold)] != len(e.feats) {
			t.Errorf("piece %v has offsets %v for %d features", e.gold, e.offs, len(e.feats))
		}
		for i := range e.gold {
			if f := e.feats[e.offs[i]]; int(e.gold[i]) != int(gold[f]) {
				t.Errorf("token with gold %d carries the features of token %d", e.gold[i], f)
			}
		}
	}
	want := [][]uint8{{0, 1, 2, 0}, {0, 5, 0}, {3, 4, 4}}
	if fmt.Sprint(tags) != fmt.Sprint(want) {
		t.Errorf("pieces %v, want %v", tags, want)
	}
}
