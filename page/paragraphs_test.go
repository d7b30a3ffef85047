package page

import (
	"strings"
	"testing"
)

func TestExtractKeepsParagraphsOfAShortPage(t *testing.T) {
	page := `<html><head><title>Governo anuncia novas medidas</title></head><body><article>
<h1>Governo anuncia novas medidas</h1><h2>Medidas</h2>
<p>O governo anunciou novas medidas económicas para o próximo ano fiscal, disse o ministro.</p>
<p>A oposição criticou.</p><h2>Reação</h2>
<p>Os mercados subiram dois por cento depois do anúncio, segundo os analistas.</p></article></body></html>`
	r, err := Extract([]byte(page), "https://jornal.example/a")
	if err != nil {
		t.Fatal(err)
	}
	for _, glued := range []string{"medidasMedidas", "ministro.A", "criticou.Reação"} {
		if strings.Contains(r.Text, glued) {
			t.Errorf("text runs paragraphs together (%q): %q", glued, r.Text)
		}
	}
	if !strings.Contains(r.Text, "disse o ministro.\n\nA oposição criticou.") {
		t.Errorf("text = %q, want paragraphs separated by a blank line", r.Text)
	}
}
