package ner

import (
	"slices"
	"strings"
	"testing"
)

// tagged parses "word/TAG word/TAG…".
func tagged(s string) Sentence {
	var st Sentence
	for _, wt := range strings.Fields(s) {
		w, tag, _ := strings.Cut(wt, "/")
		st.Tokens = append(st.Tokens, w)
		st.Tags = append(st.Tags, tag)
	}
	return st
}

func TestQuotesInside(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`vio/O "/O Titanic/B-MISC "/O ./O`, `vio/O "/B-MISC Titanic/I-MISC "/I-MISC ./O`},
		{`«/O Los/B-MISC Otros/I-MISC »/O`, `«/B-MISC Los/I-MISC Otros/I-MISC »/I-MISC`},
		{`“/O El/B-ORG País/I-ORG ”/O`, `“/B-ORG El/I-ORG País/I-ORG ”/I-ORG`},
		// Already inside: unchanged.
		{`"/B-MISC Titanic/I-MISC "/I-MISC`, `"/B-MISC Titanic/I-MISC "/I-MISC`},
		// The quotation holds more than the name: unchanged.
		{`"/O dijo/O Ana/B-PER "/O`, `"/O dijo/O Ana/B-PER "/O`},
		// A quote mark on one side only: unchanged.
		{`"/O Ana/B-PER dijo/O`, `"/O Ana/B-PER dijo/O`},
		// At the edges of the sentence: no index out of range.
		{`Ana/B-PER "/O`, `Ana/B-PER "/O`},
	} {
		s := tagged(tc.in)
		QuotesInside(s)
		if want := tagged(tc.want); !slices.Equal(s.Tags, want.Tags) {
			t.Errorf("QuotesInside(%s) = %q, want %q", tc.in, s.Tags, want.Tags)
		}
	}
}

func TestLooseTagsFreeTheTypeButNotTheBounds(t *testing.T) {
	// O, B-PER, I-PER, B-LOC, I-LOC, B-MISC
	got := looseTags([]uint8{0, 1, 2, 5, 6, 7})
	const b, in = 1<<3 | 1<<5 | 1<<7, 1<<4 | 1<<6 | 1<<8
	if want := []uint16{1, 1 << 1, 1 << 2, b, in, b}; !slices.Equal(got, want) {
		t.Errorf("looseTags = %b, want %b", got, want)
	}
}

// Clubs in strict data are ORG; a loose corpus tags a club named after
// its city LOC. Held strict, the loose sentences teach that this club is a
// place; held loose, they only teach that it is a name, and the strict
// data's clubs give its type.
func TestLooseSentencesTakeTheirTypesFromTheStrictOnes(t *testing.T) {
	var sents []Sentence
	for range 3 {
		sents = append(sents,
			tagged("el/O Betis/B-ORG ganó/O ./O"),
			tagged("el/O Celta/B-ORG ganó/O ./O"),
			tagged("Ana/B-PER vive/O en/O Lima/B-LOC ./O"))
	}
	for range 3 {
		s := tagged("el/O Valencia/B-LOC ganó/O ./O")
		s.LooseTypes = true
		sents = append(sents, s)
	}
	tag := func(sents []Sentence) []string {
		return Train(sents, TrainOptions{Epochs: 5, Folds: 2, Bits: 12}).Tag([]string{"el", "Valencia", "ganó", "."})
	}
	if got, want := tag(sents), []string{"O", "B-ORG", "O", "O"}; !slices.Equal(got, want) {
		t.Errorf("with loose types: %q, want %q", got, want)
	}
	strict := slices.Clone(sents)
	for i := range strict {
		strict[i].LooseTypes = false
	}
	if got := tag(strict); got[1] != "B-LOC" {
		t.Errorf("held strict: %q, want the loose corpus's B-LOC", got)
	}
}

func TestGoldTagsReadAStrayInsideTagAsABeginning(t *testing.T) {
	for _, tc := range []struct {
		tags []string
		want []uint8
	}{
		{[]string{"O", "I-ORG", "O"}, []uint8{0, 3, 0}},
		{[]string{"B-PER", "I-ORG"}, []uint8{1, 3}},
		{[]string{"B-PER", "I-PER", "I-PER"}, []uint8{1, 2, 2}},
		{[]string{"I-LOC", "I-LOC"}, []uint8{5, 6}},
	} {
		if got := goldTags(tc.tags); !slices.Equal(got, tc.want) {
			t.Errorf("goldTags(%q) = %v, want %v", tc.tags, got, tc.want)
		}
	}
	// A loose sentence in IOB1 still has an allowed path: training on it
	// must learn its name rather than all O.
	s := tagged("el/O Valencia/I-LOC ganó/O ./O")
	s.LooseTypes = true
	var sents []Sentence
	for range 4 {
		sents = append(sents, s, tagged("el/O Betis/B-ORG ganó/O ./O"))
	}
	m := Train(sents, TrainOptions{Epochs: 5, Folds: 2, Bits: 12})
	if got := m.Tag([]string{"el", "Valencia", "ganó", "."}); got[1] == "O" {
		t.Errorf("an IOB1 loose name was learnt as O: %q", got)
	}
}
