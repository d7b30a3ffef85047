package story

import (
	"strings"
	"testing"
	"time"

	"github.com/cotejo/cotejo"
)

func summaryStory() *cotejo.Story {
	arts := []*cotejo.Article{
		{ID: "a1", Language: "es", Outlet: "uno.example", Body: "El puerto de Vigo cerró el martes por la tormenta. El alcalde pidió calma a los vecinos del barrio."},
		{ID: "a2", Language: "es", Outlet: "dos.example", Body: "La tormenta obligó a cerrar el puerto de Vigo el martes. «Es una medida temporal y prudente», dijo el alcalde."},
		{ID: "a3", Language: "es", Outlet: "tres.example", Body: "El puerto de Vigo permanece cerrado desde el martes."},
	}
	return &cotejo.Story{Articles: arts, Claims: []cotejo.Claim{
		{ID: "c1", Text: "El puerto de Vigo cerró el martes por la tormenta.", Status: cotejo.Corroborated, IndependentSources: 3,
			Evidence: []cotejo.ClaimEvidence{{Article: "a1", Sentence: "El puerto de Vigo cerró el martes por la tormenta."}, {Article: "a2", Sentence: "La tormenta obligó a cerrar el puerto de Vigo el martes."}, {Article: "a3", Sentence: "El puerto de Vigo permanece cerrado desde el martes."}}},
		{ID: "c2", Text: "La tormenta obligó a cerrar el puerto de Vigo el martes.", Status: cotejo.Corroborated, IndependentSources: 2,
			Evidence: []cotejo.ClaimEvidence{{Article: "a2", Sentence: "La tormenta obligó a cerrar el puerto de Vigo el martes."}, {Article: "a1", Sentence: "El puerto de Vigo cerró el martes por la tormenta."}}},
		{ID: "c3", Text: "El alcalde pidió calma a los vecinos del barrio.", Status: cotejo.SingleSource, IndependentSources: 1,
			Evidence: []cotejo.ClaimEvidence{{Article: "a1", Sentence: "El alcalde pidió calma a los vecinos del barrio."}}},
		{ID: "c4", Text: "«Es una medida temporal y prudente», dijo el alcalde.", Status: cotejo.SingleSource, IndependentSources: 1,
			Evidence: []cotejo.ClaimEvidence{{Article: "a2", Sentence: "«Es una medida temporal y prudente», dijo el alcalde."}}},
		{ID: "c5", Text: "El puerto reabrió el lunes según unos y el martes según otros.", Status: cotejo.Conflicting, IndependentSources: 2,
			Evidence: []cotejo.ClaimEvidence{{Article: "a1", Sentence: "x"}}},
	}}
}

func TestSummaryPutsTheBestSupportedClaimFirstAndCitesItsArticles(t *testing.T) {
	st := summaryStory()
	Summary(st, 0)
	if len(st.Summary) == 0 {
		t.Fatal("no summary")
	}
	first := st.Summary[0]
	if first.Text != st.Claims[0].Text {
		t.Errorf("first sentence = %q, want the claim three sources support", first.Text)
	}
	if strings.Join(first.Articles, ",") != "a1,a2,a3" {
		t.Errorf("first sentence cites %v, want a1,a2,a3", first.Articles)
	}
}

func TestSummarySaysNothingTwiceAndNothingNoArticleSays(t *testing.T) {
	st := summaryStory()
	Summary(st, 0)
	bodies := ""
	for _, a := range st.Articles {
		bodies += a.Body + "\n"
	}
	for _, s := range st.Summary {
		if s.Text == st.Claims[1].Text {
			t.Errorf("summary repeats the first claim in other words: %q", s.Text)
		}
		if s.Text == st.Claims[4].Text {
			t.Errorf("summary states a conflicting claim as fact: %q", s.Text)
		}
		if !strings.Contains(bodies, s.Text) {
			t.Errorf("summary sentence %q stands in no article", s.Text)
		}
	}
}

func TestSummaryHonoursItsLengthAndPrefersStatementsToQuotes(t *testing.T) {
	st := summaryStory()
	Summary(st, 2)
	if len(st.Summary) != 2 {
		t.Fatalf("got %d sentences, want 2", len(st.Summary))
	}
	if st.Summary[1].Text != st.Claims[2].Text {
		t.Errorf("second sentence = %q, want the reported statement before the quote", st.Summary[1].Text)
	}
}

func TestCoverageListsClaimsOnlyOneArticleMakes(t *testing.T) {
	st := summaryStory()
	Coverage(st)
	if got := strings.Join(st.Coverage["a1"], ","); got != "c3,c5" {
		t.Errorf("a1 adds %q, want c3,c5", got)
	}
	if got := strings.Join(st.Coverage["a2"], ","); got != "c4" {
		t.Errorf("a2 adds %q, want c4", got)
	}
	if len(st.Coverage["a3"]) != 0 {
		t.Errorf("a3 adds %v, want nothing", st.Coverage["a3"])
	}
	m := Matrix(st)
	if !m[0][2] || m[2][1] {
		t.Errorf("matrix = %v: c1 is in a3, c3 is not in a2", m)
	}
}

func TestSummaryRanksTheEarliestEventAboveALaterOneOtherwiseAlike(t *testing.T) {
	// The later event stands first, so that only its date can put the
	// earlier one ahead.
	body := "El Senado ratificó la reforma fiscal el 20 de marzo tras otro debate. El Congreso aprobó la reforma fiscal el 3 de marzo tras un largo debate."
	a := &cotejo.Article{ID: "a1", Language: "es", Body: body}
	first := strings.Index(body, "3 de marzo")
	second := strings.Index(body, "20 de marzo")
	a.Timexes = []cotejo.Timex{
		{Span: cotejo.Span{Start: first, End: first + len("3 de marzo")}, Date: cotejo.Date{Time: time.Date(2024, 3, 3, 0, 0, 0, 0, time.UTC), Grain: cotejo.Day}},
		{Span: cotejo.Span{Start: second, End: second + len("20 de marzo")}, Date: cotejo.Date{Time: time.Date(2024, 3, 20, 0, 0, 0, 0, time.UTC), Grain: cotejo.Day}},
	}
	late := "El Senado ratificó la reforma fiscal el 20 de marzo tras otro debate."
	early := "El Congreso aprobó la reforma fiscal el 3 de marzo tras un largo debate."
	st := &cotejo.Story{Articles: []*cotejo.Article{a}, Claims: []cotejo.Claim{
		{ID: "c1", Text: late, Status: cotejo.SingleSource, IndependentSources: 1, Evidence: []cotejo.ClaimEvidence{{Article: "a1", Sentence: late}}},
		{ID: "c2", Text: early, Status: cotejo.SingleSource, IndependentSources: 1, Evidence: []cotejo.ClaimEvidence{{Article: "a1", Sentence: early}}},
	}}
	Summary(st, 1)
	if len(st.Summary) != 1 || st.Summary[0].Text != early {
		t.Errorf("summary = %+v, want the earliest event first", st.Summary)
	}
}
