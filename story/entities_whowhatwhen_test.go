package story

import (
	"encoding/json"
	"fmt"
	"github.com/cotejo/cotejo/internal/golden"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/cotejo/cotejo"
	"github.com/cotejo/cotejo/eval"
)

// whoWhatWhen runs the three stages in the order the pipeline does.
func whoWhatWhen(st *cotejo.Story) {
	Entities(st)
	Quotes(st)
	Timeline(st)
}

func TestWhoWhatWhenGivesWhatTheThreeStagesGive(t *testing.T) {
	separate, _ := markStory(t, filepath.Join("testdata", "whowhatwhen.txt"))
	together, _ := markStory(t, filepath.Join("testdata", "whowhatwhen.txt"))
	whoWhatWhen(separate)
	WhoWhatWhen(together)
	if !reflect.DeepEqual(separate.Entities, together.Entities) || !reflect.DeepEqual(separate.Quotes, together.Quotes) ||
		!reflect.DeepEqual(separate.Events, together.Events) {
		t.Error("WhoWhatWhen differs from Entities, Quotes and Timeline run one after another")
	}
	if len(together.Entities) == 0 || len(together.Quotes) == 0 || len(together.Events) == 0 {
		t.Error("a layer is empty")
	}
}

func TestWhoWhatWhenGolden(t *testing.T) {
	st, _ := markStory(t, filepath.Join("testdata", "whowhatwhen.txt"))
	whoWhatWhen(st)
	got, err := json.MarshalIndent(struct {
		Entities []cotejo.Entity `json:"entities"`
		Quotes   []cotejo.Quote  `json:"quotes"`
		Events   []cotejo.Event  `json:"events"`
	}{st.Entities, st.Quotes, st.Events}, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "whowhatwhen.golden", append(got, '\n'))
}

// whoWhatWhenScores is the evaluation of the three stages on the annotated
// stories of testdata/eval.
type whoWhatWhenScores struct {
	Entities     eval.Score // B-cubed over mentions
	Quotes       eval.Score // pairwise over quotations
	EventMerge   eval.Score // pairwise over dated sentences
	EventFound   eval.Score // dated sentences that became events
	DateAccuracy float64    // gold events whose evidence carries the gold date
	DateN        int
}

func TestWhoWhatWhenOnAnnotatedStories(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "eval", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no annotated stories in testdata/eval: %v", err)
	}
	var b3 [3]float64 // precision sum, recall sum, n
	var qp, ep [3]float64
	var found [3]float64
	var dateOK, dateN float64
	for _, f := range files {
		st, arts := markStory(t, f)
		whoWhatWhen(st)
		links := entityLink(st)
		entityBCubed(t, f, arts, links, &b3)
		quotePairs(st, arts, links, &qp)
		eventScore(st, arts, &ep, &found, &dateOK, &dateN)
	}
	s := whoWhatWhenScores{
		Entities:   eval.Score{Precision: b3[0] / b3[2], Recall: b3[1] / b3[2], N: int(b3[2])},
		Quotes:     eval.PRF(qp[0], qp[1], qp[2], int(qp[0]+qp[1]+qp[2])),
		EventMerge: eval.PRF(ep[0], ep[1], ep[2], int(ep[0]+ep[1]+ep[2])),
		EventFound: eval.PRF(found[0], found[1], found[2], int(found[0]+found[2])),
		DateN:      int(dateN),
	}
	s.Entities.F1 = eval.F1(s.Entities.Precision, s.Entities.Recall)
	if dateN > 0 {
		s.DateAccuracy = dateOK / dateN
	}
	t.Logf("entities B-cubed: P %.3f R %.3f F1 %.3f (n=%d mentions)", s.Entities.Precision, s.Entities.Recall, s.Entities.F1, s.Entities.N)
	t.Logf("quote grouping pairwise: P %.3f R %.3f F1 %.3f (n=%d pairs)", s.Quotes.Precision, s.Quotes.Recall, s.Quotes.F1, s.Quotes.N)
	t.Logf("event merging pairwise: P %.3f R %.3f F1 %.3f (n=%d pairs)", s.EventMerge.Precision, s.EventMerge.Recall, s.EventMerge.F1, s.EventMerge.N)
	t.Logf("events found: P %.3f R %.3f; date accuracy %.3f (n=%d events)", s.EventFound.Precision, s.EventFound.Recall, s.DateAccuracy, s.DateN)
	targets := []struct {
		what      string
		got, want float64
	}{
		{"entity B-cubed F1", s.Entities.F1, 0.93},
		{"quote grouping F1", s.Quotes.F1, 0.90},
		{"event merging F1", s.EventMerge.F1, 0.85},
		{"event recall", s.EventFound.Recall, 0.95},
		{"date accuracy", s.DateAccuracy, 0.95},
	}
	for _, tg := range targets {
		if tg.got < tg.want {
			t.Errorf("%s = %.3f, below the target %.2f", tg.what, tg.got, tg.want)
		}
	}
}

// entityBCubed adds the B-cubed precision and recall of each gold-keyed
// mention of a story. An unresolved mention is a cluster of its own.
func entityBCubed(t *testing.T, file string, arts []*markedArticle, links *entityLinks, acc *[3]float64) {
	type item struct{ gold, sys string }
	var items []item
	for ai, a := range arts {
		for mi, g := range a.goldEntity {
			if g == "" {
				t.Fatalf("%s: %s: mention %q has no gold entity", file, a.ID, a.Mentions[mi].Text)
			}
			sys := fmt.Sprintf("none-%d-%d", ai, mi)
			if ei := links.mention[ai][mi]; ei >= 0 {
				sys = fmt.Sprint(ei)
			}
			if g == "?" {
				g = "gold-none-" + sys
			}
			items = append(items, item{g, sys})
		}
	}
	for _, x := range items {
		var sameSys, sameGold, both float64
		for _, y := range items {
			if x.sys == y.sys {
				sameSys++
			}
			if x.gold == y.gold {
				sameGold++
			}
			if x.sys == y.sys && x.gold == y.gold {
				both++
			}
		}
		acc[0] += both / sameSys
		acc[1] += both / sameGold
		acc[2]++
	}
}

// quotePairs counts, over pairs of quotations, true and false positive
// and false negative "same quote" decisions.
func quotePairs(st *cotejo.Story, arts []*markedArticle, links *entityLinks, acc *[3]float64) {
	items := quoteCollect(st, links)
	groupOf := map[*quoteItem]int{}
	for gi, g := range quoteGroup(items) {
		for _, it := range g.items {
			groupOf[it] = gi
		}
	}
	for i, x := range items {
		for _, y := range items[i+1:] {
			gold := arts[x.art].goldQuote[x.idx] == arts[y.art].goldQuote[y.idx]
			sys := groupOf[x] == groupOf[y]
			pairCount(acc, gold, sys)
		}
	}
}

func pairCount(acc *[3]float64, gold, sys bool) {
	switch {
	case gold && sys:
		acc[0]++
	case sys:
		acc[1]++
	case gold:
		acc[2]++
	}
}

// eventScore compares the dated sentences of the gold events with the
// evidence of the system's events.
func eventScore(st *cotejo.Story, arts []*markedArticle, pairs, found *[3]float64, dateOK, dateN *float64) {
	type dated struct {
		art      string
		sentence string
		gold     string
		date     string
	}
	var golds []dated
	for _, a := range arts {
		for ti, tx := range a.Timexes {
			if g := a.goldEvent[ti]; g != "" && g != "-" && !tx.Date.IsZero() {
				si := eventSentenceOf(a.Sentences, tx.Span)
				golds = append(golds, dated{a.ID, strings.TrimSpace(a.Sentences[si].Text(a.Body)), g, tx.Date.String()})
			}
		}
	}
	sysOf := func(d dated) (int, string) {
		for ei, e := range st.Events {
			for _, ev := range e.Evidence {
				if ev.Article == d.art && ev.Text == d.sentence && e.Date.String() == d.date {
					return ei, e.Date.String()
				}
			}
		}
		return -1, ""
	}
	goldDates := map[string]bool{}
	correct := map[string]bool{}
	for i, x := range golds {
		xi, xd := sysOf(x)
		if xi >= 0 {
			found[0]++
		} else {
			found[2]++
		}
		goldDates[x.gold] = true
		if xi >= 0 && xd == x.date {
			correct[x.gold] = true
		}
		for _, y := range golds[i+1:] {
			yi, _ := sysOf(y)
			pairCount(pairs, x.gold == y.gold, xi >= 0 && xi == yi)
		}
	}
	evidence := 0
	for _, e := range st.Events {
		evidence += len(e.Evidence)
	}
	found[1] += float64(evidence) - float64(len(golds)) + found[2]
	*dateN += float64(len(goldDates))
	*dateOK += float64(len(correct))
}

// BenchmarkWhoWhatWhen runs Entities, Quotes and Timeline over a story of
// 200 articles made from the annotated stories, their names varied so the
// merge has many entities to keep apart.
func BenchmarkWhoWhatWhen(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("testdata", "eval", "*.txt"))
	var bodies []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		for _, part := range strings.Split(string(data), "\n=== ")[1:] {
			_, body, _ := strings.Cut(part, "\n")
			bodies = append(bodies, body)
		}
	}
	st := &cotejo.Story{ID: "s1"}
	for i := 0; i < 200; i++ {
		// Each group of ten articles talks about people of its own, so the
		// merge has many entities to index and keep apart.
		body := benchVary(bodies[i%len(bodies)], i/10)
		ma := markArticle(b, fmt.Sprintf("a%d", i+1), "", "2025-11-24", body)
		st.Articles = append(st.Articles, ma.Article)
	}
	b.ResetTimer()
	start := time.Now()
	for b.Loop() {
		whoWhatWhen(st)
	}
	b.ReportMetric(float64(len(st.Articles))*float64(b.N)/time.Since(start).Seconds(), "articles/s")
}

// benchVary appends a group name to every named mention of a marked body.
func benchVary(body string, group int) string {
	var out strings.Builder
	for {
		i := strings.Index(body, "[")
		j := -1
		if i >= 0 {
			j = strings.Index(body[i+1:], "|")
		}
		if j < 0 {
			out.WriteString(body)
			return out.String()
		}
		end := i + 1 + j
		out.WriteString(body[:end])
		if !strings.HasPrefix(body[end:], "|~") {
			fmt.Fprintf(&out, " Grupo%c", 'a'+rune(group%26))
		}
		body = body[end:]
	}
}

// FuzzWhoWhatWhen feeds the three stages annotation layers whose spans
// may point anywhere, as a faulty annotator could produce: no input may
// make them panic.
func FuzzWhoWhatWhen(f *testing.F) {
	f.Add("Lukashenko dijo el 25 de noviembre que Maduro “siempre es bienvenido”.", 0, 10, 18, 36, 50, 70, 39, 47)
	f.Add("", 0, 0, 0, 0, 0, 0, 0, 0)
	f.Add("EE.UU. y Estados Unidos.", 0, 6, 9, 23, -1, 3, 99, 2)
	f.Fuzz(func(t *testing.T, body string, m1, m2, m3, m4, x1, x2, q1, q2 int) {
		sp := func(a, b int) cotejo.Span { return cotejo.Span{Start: a, End: b} }
		txt := func(s cotejo.Span) string { return s.Text(body) }
		a := &cotejo.Article{ID: "a1", Body: body, Language: "es",
			Sentences: []cotejo.Span{sp(0, len(body)), sp(m2, m1)},
			Mentions: []cotejo.Mention{
				{Span: sp(m1, m2), Type: cotejo.PER, Text: txt(sp(m1, m2)), Role: txt(sp(m3, m4))},
				{Span: sp(m3, m4), Type: cotejo.ORG, Text: txt(sp(m3, m4))},
				{Span: sp(m2, m3), Type: cotejo.PER, Text: txt(sp(m2, m3)), Role: txt(sp(m1, m2)), Descriptive: true},
			},
			Timexes: []cotejo.Timex{{Span: sp(x1, x2), Text: txt(sp(x1, x2)), Date: cotejo.Date{Grain: cotejo.Day}}},
			Quotes:  []cotejo.QuoteMention{{Span: sp(q1, q2), Sentence: q1, Speaker: &cotejo.Span{Start: m1, End: m2}, SpeakerName: txt(sp(m3, m4))}},
		}
		b := *a
		b.ID = "a2"
		st := &cotejo.Story{Articles: []*cotejo.Article{a, &b}}
		whoWhatWhen(st)
		for _, e := range st.Events {
			if len(e.Evidence) == 0 {
				t.Errorf("event %s has no evidence", e.ID)
			}
		}
		for _, q := range st.Quotes {
			if len(q.Variants) == 0 || len(q.Variants) > 2 {
				t.Errorf("quote %s has %d variants from 2 articles", q.ID, len(q.Variants))
			}
		}
	})
}
