package pipeline

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cotejo/cotejo"
	"github.com/cotejo/cotejo/brief"
	"github.com/cotejo/cotejo/read"
)

const examples = "../examples/maduro-belarus"

func TestAnalyzeDoesNotDependOnHowManyWorkersRead(t *testing.T) {
	var outs []string
	for _, workers := range []int{1, 3} {
		res := Analyze([]string{examples}, Options{Workers: workers})
		var b bytes.Buffer
		if err := brief.JSON(&b, res.Stories, res.Rejected); err != nil {
			t.Fatal(err)
		}
		outs = append(outs, b.String())
	}
	if outs[0] != outs[1] {
		t.Error("the JSON differs between 1 and 3 workers")
	}
}

func TestArticlesGivesWhatAnalyzeGives(t *testing.T) {
	files, _ := read.Expand([]string{examples})
	var arts []*cotejo.Article
	for _, f := range files {
		a, _ := read.File(f, read.Options{})
		arts = append(arts, a...)
	}
	var want, got bytes.Buffer
	res := Analyze([]string{examples}, Options{})
	if err := brief.JSON(&want, res.Stories, nil); err != nil {
		t.Fatal(err)
	}
	if err := brief.JSON(&got, Articles(arts, Options{Workers: 2}), nil); err != nil {
		t.Fatal(err)
	}
	if got.String() != want.String() {
		t.Error("Articles over the read example set gives other stories than Analyze over its folder")
	}
}

func TestAnalyzeNumbersArticlesInInputOrderAndKeepsGoodInputsBesideBadOnes(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("El ayuntamiento de Vigo aprobó ayer el presupuesto municipal para el año próximo, según informó el alcalde en una rueda de prensa.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "b.bin"), []byte{0, 1, 2, 3}, 0o644)
	os.WriteFile(filepath.Join(dir, "c.txt"), []byte("La selección argentina de fútbol ganó anoche por tres goles a cero en el estadio Monumental ante cuarenta mil personas.\n"), 0o644)
	res := Analyze([]string{dir}, Options{})
	if res.Articles != 2 {
		t.Fatalf("read %d articles, want 2", res.Articles)
	}
	if len(res.Rejected) != 1 || !strings.HasSuffix(res.Rejected[0].Source, "b.bin") {
		t.Errorf("rejected = %+v, want b.bin", res.Rejected)
	}
	if len(res.Stories) != 2 {
		t.Fatalf("got %d stories, want the two unrelated articles apart", len(res.Stories))
	}
	ids := map[string]string{}
	for _, st := range res.Stories {
		for _, a := range st.Articles {
			ids[filepath.Base(a.Source)] = a.ID
		}
	}
	if ids["a.txt"] != "a1" || ids["c.txt"] != "a2" {
		t.Errorf("ids = %v, want a.txt=a1 and c.txt=a2", ids)
	}
}

func TestStreamGroupsTheExampleSetIntoOneStoryWithEveryStageRun(t *testing.T) {
	res := Analyze([]string{examples}, Options{SummarySentences: 3})
	if len(res.Stories) != 1 {
		t.Fatalf("got %d stories, want 1", len(res.Stories))
	}
	st := res.Stories[0]
	if st.Headline == "" || len(st.Passages) == 0 || len(st.Entities) == 0 || len(st.Quotes) == 0 ||
		len(st.Events) == 0 || len(st.Claims) == 0 || len(st.Discrepancies) == 0 {
		t.Errorf("a stage left its layer empty: headline %q, %d passages, %d entities, %d quotes, %d events, %d claims, %d discrepancies",
			st.Headline, len(st.Passages), len(st.Entities), len(st.Quotes), len(st.Events), len(st.Claims), len(st.Discrepancies))
	}
	if len(st.Summary) != 3 {
		t.Errorf("summary has %d sentences, want 3", len(st.Summary))
	}
	for _, a := range st.Articles {
		if a.Raw != "" {
			t.Errorf("%s keeps its raw text after preparation", a.ID)
		}
	}
}
