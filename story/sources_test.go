package story

import (
	"reflect"
	"testing"

	"github.com/cotejo/cotejo"
)

func TestSourcesShowWhichArticlesRelayWhichSource(t *testing.T) {
	st := &cotejo.Story{
		Articles: []*cotejo.Article{{ID: "a1"}, {ID: "a2"}, {ID: "a3"}},
		Claims: []cotejo.Claim{
			{ID: "c1", AttributedTo: []string{"Reuters"}, Evidence: []cotejo.ClaimEvidence{
				{Article: "a1", Sentence: "Según Reuters, el ministro dimitió."},
				{Article: "a2", Sentence: "El ministro dimitió, dijeron fuentes a REUTERS."},
				{Article: "a3", Sentence: "El ministro dimitió ayer."}}},
			{ID: "c2", AttributedTo: []string{"Belta", "Reuters"}, Evidence: []cotejo.ClaimEvidence{
				{Article: "a3", Sentence: "Según la agencia Belta, la reunión fue cordial."}}},
		},
	}
	Sources(st)
	want := []cotejo.Source{
		{Name: "Reuters", Articles: []string{"a1", "a2"}, Claims: []string{"c1", "c2"}},
		{Name: "Belta", Articles: []string{"a3"}, Claims: []string{"c2"}},
	}
	if !reflect.DeepEqual(st.Sources, want) {
		t.Errorf("sources = %+v\nwant %+v", st.Sources, want)
	}
}
