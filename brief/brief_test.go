package brief

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/cotejo/cotejo"
	"github.com/cotejo/cotejo/internal/golden"
)

// handmade is a small story with every layer filled, so that the
// renderers are tested apart from the stages that fill them.
func handmade() []*cotejo.Story {
	pub := cotejo.Date{Time: time.Date(2024, 3, 5, 9, 30, 0, 0, time.UTC), Grain: cotejo.Minute}
	a1 := &cotejo.Article{ID: "a1", Source: "in/one.txt", Kind: cotejo.KindText, Outlet: "diario.example", Title: "El puerto cierra por la tormenta",
		Authors: []string{"Ana Ruiz"}, Published: pub, Language: "es",
		Body:    "El puerto de Vigo cerró el martes por la tormenta. «Es una medida temporal», dijo la alcaldesa.",
		Removed: []string{"Foto: Archivo", "Suscríbete al boletín"}, SharedFraction: 0.5}
	a2 := &cotejo.Article{ID: "a2", Source: "in/two.html", Kind: cotejo.KindHTML, Title: "", Language: "es",
		Body: "El puerto de Vigo cerró el martes por la tormenta, según la autoridad portuaria.", SharedFraction: 0.8123}
	speaker, name := "e2", "Marta López"
	return []*cotejo.Story{{
		ID: "s1", Headline: a1.Title, Articles: []*cotejo.Article{a1, a2},
		Entities: []cotejo.Entity{
			{ID: "e1", Name: "Vigo", Type: "LOC", Articles: []string{"a1", "a2"}, Mentions: 2},
			{ID: "e2", Name: "Marta López", Type: "PER", Roles: []string{"alcaldesa"}, Aliases: []string{"López"}, Articles: []string{"a1"}, Mentions: 1},
		},
		Quotes: []cotejo.Quote{{ID: "q1", Speaker: &speaker, SpeakerName: &name, Variants: []cotejo.QuoteVariant{{Article: "a1", Text: "Es una medida temporal"}}}},
		Events: []cotejo.Event{{ID: "v1", Date: cotejo.Date{Time: time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC), Grain: cotejo.Day},
			Summary: "El puerto de Vigo cerró", Participants: []string{"e1"},
			Evidence: []cotejo.Evidence{{Article: "a1", Text: "El puerto de Vigo cerró el martes por la tormenta.", DateText: "el martes"}}}},
		Claims: []cotejo.Claim{
			{ID: "c1", Text: "El puerto de Vigo cerró el martes por la tormenta.", Status: cotejo.Corroborated, IndependentSources: 2,
				Evidence: []cotejo.ClaimEvidence{{Article: "a1", Sentence: "El puerto de Vigo cerró el martes por la tormenta."}, {Article: "a2", Sentence: "El puerto de Vigo cerró el martes por la tormenta, según la autoridad portuaria."}}},
			{ID: "c2", Text: "Es una medida temporal.", Status: cotejo.SingleSource, AttributedTo: []string{"alcaldesa"},
				Evidence: []cotejo.ClaimEvidence{{Article: "a1", Sentence: "«Es una medida temporal», dijo la alcaldesa."}}},
		},
		Passages: []cotejo.Passage{{ID: "p1", Articles: []string{"a1", "a2"},
			Texts: map[string]string{"a1": "El puerto de Vigo cerró el martes por la tormenta", "a2": "El puerto de Vigo cerró el martes por la tormenta"}}},
		Discrepancies: []cotejo.Discrepancy{{What: "who gave the news", Kind: "attribution", Values: map[string]string{"a1": "stated as fact", "a2": "según la autoridad portuaria"}}},
		Sources:       []cotejo.Source{{Name: "autoridad portuaria", Articles: []string{"a2"}, Claims: []string{"c1"}}},
		Summary:       []cotejo.SummarySentence{{Text: "El puerto de Vigo cerró el martes por la tormenta.", Articles: []string{"a1", "a2"}}},
		Coverage:      map[string][]string{"a1": {"c2"}},
	}}
}

func TestRenderersMatchGoldenFiles(t *testing.T) {
	rejected := []cotejo.Rejected{{Source: "in/bad.bin", Error: "binary file"}}
	tests := []struct {
		name   string
		render func(*bytes.Buffer) error
	}{
		{"handmade.txt", func(b *bytes.Buffer) error { return Text(b, handmade(), rejected, Options{Removed: true}) }},
		{"handmade.md", func(b *bytes.Buffer) error { return Markdown(b, handmade(), rejected, Options{Removed: true}) }},
		{"handmade.json", func(b *bytes.Buffer) error { return JSON(b, handmade(), rejected) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := tt.render(&b); err != nil {
				t.Fatal(err)
			}
			golden.Check(t, tt.name, b.Bytes())
		})
	}
}

func TestJSONFollowsTheContract(t *testing.T) {
	var b bytes.Buffer
	empty := []*cotejo.Story{{ID: "s1", Articles: []*cotejo.Article{{ID: "a1", Source: "x.txt", Body: "Hola."}}}}
	if err := JSON(&b, empty, nil); err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc["version"] != float64(1) {
		t.Errorf("version = %v, want 1", doc["version"])
	}
	if r, ok := doc["rejected"].([]any); !ok || len(r) != 0 {
		t.Errorf("rejected = %#v, want an empty list", doc["rejected"])
	}
	st := doc["stories"].([]any)[0].(map[string]any)
	for _, field := range []string{"entities", "quotes", "events", "claims", "passages", "discrepancies", "sources", "summary"} {
		if l, ok := st[field].([]any); !ok || len(l) != 0 {
			t.Errorf("story field %q = %#v, want an empty list", field, st[field])
		}
	}
	art := st["articles"].([]any)[0].(map[string]any)
	for _, field := range []string{"url", "outlet", "title", "published", "language"} {
		if v, ok := art[field]; !ok || v != nil {
			t.Errorf("article field %q = %#v, want null", field, v)
		}
	}
	for _, field := range []string{"authors", "removed"} {
		if l, ok := art[field].([]any); !ok || len(l) != 0 {
			t.Errorf("article field %q = %#v, want an empty list", field, art[field])
		}
	}
}

func TestMarkdownEscapesArticleText(t *testing.T) {
	st := []*cotejo.Story{{ID: "s1", Headline: "<script>alert(1)</script> [x](javascript:y) **bold**",
		Articles: []*cotejo.Article{{ID: "a1", Source: "x", Title: "# not a heading"}}}}
	var b bytes.Buffer
	if err := Markdown(&b, st, nil, Options{}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, bad := range []string{"<script>", "[x](", "**bold**", "\n# not"} {
		if strings.Contains(out, bad) {
			t.Errorf("Markdown output contains unescaped %q:\n%s", bad, out)
		}
	}
}

func TestWrapHangKeepsWordsWhole(t *testing.T) {
	got := wrapHang("uno dos tres cuatro cinco seis", 12, "• ", "  ")
	want := "• uno dos\n  tres\n  cuatro\n  cinco seis"
	if got != want {
		t.Errorf("wrapHang = %q, want %q", got, want)
	}
}
