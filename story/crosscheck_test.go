package story

import (
	"reflect"
	"testing"
)

func TestCrossCheckGivesWhatClaimsThenDiscrepanciesGive(t *testing.T) {
	bodies := [][2]string{
		{"uno.com", "El accidente del autobús en la carretera de Oaxaca dejó 12 muertos y varios heridos. El gobernador Salomón Jara visitó el lugar."},
		{"dos.com", "El accidente de un autobús en la carretera de Oaxaca dejó 15 muertos, según la fiscalía estatal. El gobernador Salomon Jara visitó el lugar."},
		{"tres.com", "Según la fiscalía, el accidente del autobús en Oaxaca dejó 12 muertos."},
	}
	separate := passageStory(bodies...)
	together := passageStory(bodies...)
	for _, a := range append(separate.Articles, together.Articles...) {
		a.Language = "es"
	}
	Passages(separate)
	Claims(separate)
	Discrepancies(separate)
	Passages(together)
	CrossCheck(together)
	if !reflect.DeepEqual(separate.Claims, together.Claims) {
		t.Errorf("claims differ:\nseparate %+v\ntogether %+v", separate.Claims, together.Claims)
	}
	if !reflect.DeepEqual(separate.Discrepancies, together.Discrepancies) {
		t.Errorf("discrepancies differ:\nseparate %+v\ntogether %+v", separate.Discrepancies, together.Discrepancies)
	}
	if len(together.Discrepancies) == 0 {
		t.Error("no discrepancy found between 12 and 15 dead")
	}
}
