package story

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"unicode"

	"github.com/cotejo/cotejo"
	"github.com/cotejo/cotejo/lang"
)

// The tests build annotated articles by hand, so they do not depend on the
// annotate stage. An article body is written with inline marks that become
// the annotation layers and the gold answers:
//
//	[Alexander Lukashenko|PER|luka|presidente bielorruso]  mention: type, gold entity, role
//	[el líder bielorruso|~PER|luka|líder bielorruso]       descriptive mention ("~")
//	{el 25 de noviembre|2025-11-25|meet}                   timex: date ("" unresolved), gold event ("-": none)
//	<<siempre es bienvenido|welcome|Lukashenko>>           quote: gold group, speaker
//
// A quote's speaker is the mention with that text nearest to the quote;
// "=name" sets only the printed speaker name, "" leaves it unknown.
// Sentences end at . ? ! outside quotation marks, and at blank lines.

// markedArticle is an article built from marks, with its gold answers.
type markedArticle struct {
	*cotejo.Article
	goldEntity []string // per mention
	goldEvent  []string // per timex
	goldQuote  []string // per quote
}

// markFrame is a mark being read.
type markFrame struct {
	kind   byte // '[', '{', '<'
	start  int
	fields *strings.Builder
}

// markArticle builds an annotated article from marked text.
func markArticle(t testing.TB, id, outlet, published, marked string) *markedArticle {
	t.Helper()
	var body strings.Builder
	var stack []*markFrame
	ma := &markedArticle{Article: &cotejo.Article{ID: id, Outlet: outlet, Language: "es"}}
	if published != "" {
		d, err := cotejo.ParseDate(published)
		if err != nil {
			t.Fatalf("article %s: %v", id, err)
		}
		ma.Published = d
	}
	type pendingQuote struct {
		span    cotejo.Span
		speaker string
	}
	var quotes []pendingQuote
	closeFrame := func(f *markFrame) {
		fields := strings.Split(f.fields.String(), "|")
		span := cotejo.Span{Start: f.start, End: body.Len()}
		text := body.String()[f.start:body.Len()]
		get := func(i int) string {
			if i < len(fields) {
				return fields[i]
			}
			return ""
		}
		switch f.kind {
		case '[':
			typ, desc := get(0), false
			if strings.HasPrefix(typ, "~") {
				typ, desc = typ[1:], true
			}
			ma.Mentions = append(ma.Mentions, cotejo.Mention{Span: span, Type: typ, Text: text, Role: get(2), Descriptive: desc})
			ma.goldEntity = append(ma.goldEntity, get(1))
		case '{':
			var d cotejo.Date
			if get(0) != "" {
				var err error
				if d, err = cotejo.ParseDate(get(0)); err != nil {
					t.Fatalf("article %s: timex %q: %v", id, text, err)
				}
			}
			ma.Timexes = append(ma.Timexes, cotejo.Timex{Span: span, Text: text, Date: d})
			ma.goldEvent = append(ma.goldEvent, get(1))
		case '<':
			quotes = append(quotes, pendingQuote{span, get(1)})
			ma.goldQuote = append(ma.goldQuote, get(0))
		}
	}
	for i := 0; i < len(marked); i++ {
		c := marked[i]
		var top *markFrame
		if len(stack) > 0 {
			top = stack[len(stack)-1]
		}
		switch {
		case top != nil && top.fields != nil && ((top.kind == '[' && c == ']') || (top.kind == '{' && c == '}') || (top.kind == '<' && strings.HasPrefix(marked[i:], ">>"))):
			if top.kind == '<' {
				i++
			}
			stack = stack[:len(stack)-1]
			closeFrame(top)
		case top != nil && top.fields != nil:
			top.fields.WriteByte(c)
		case c == '[' || c == '{':
			stack = append(stack, &markFrame{kind: c, start: body.Len()})
		case strings.HasPrefix(marked[i:], "<<"):
			stack = append(stack, &markFrame{kind: '<', start: body.Len()})
			i++
		case c == '|' && top != nil:
			top.fields = &strings.Builder{}
		default:
			body.WriteByte(c)
		}
	}
	if len(stack) > 0 {
		t.Fatalf("article %s: unclosed mark at byte %d of the body", id, stack[len(stack)-1].start)
	}
	ma.Body = body.String()
	ma.Sentences = markSentences(ma.Body)
	for _, w := range lang.Words(ma.Body) {
		sp := cotejo.Span{Start: w.Start, End: w.End}
		ma.Tokens = append(ma.Tokens, cotejo.Token{Span: sp, Sentence: eventSentenceOf(ma.Sentences, sp)})
	}
	for _, q := range quotes {
		qm := cotejo.QuoteMention{Span: q.span, Sentence: eventSentenceOf(ma.Sentences, q.span), Cue: "test"}
		switch {
		case strings.HasPrefix(q.speaker, "="):
			qm.SpeakerName = q.speaker[1:]
		case q.speaker != "":
			qm.SpeakerName = q.speaker
			best := -1
			for mi, m := range ma.Mentions {
				// A prefix match lets the benchmark vary names without its speakers.
				if (m.Text == q.speaker || strings.HasPrefix(m.Text, q.speaker+" ")) && (best < 0 || markDistance(m.Span, q.span) < markDistance(ma.Mentions[best].Span, q.span)) {
					best = mi
				}
			}
			if best < 0 {
				t.Fatalf("article %s: quote %q: no mention %q for its speaker", id, q.span.Text(ma.Body), q.speaker)
			}
			sp := ma.Mentions[best].Span
			qm.Speaker = &sp
		}
		ma.Quotes = append(ma.Quotes, qm)
	}
	return ma
}

func markDistance(a, b cotejo.Span) int {
	switch {
	case a.End <= b.Start:
		return b.Start - a.End
	case b.End <= a.Start:
		return a.Start - b.End
	}
	return 0
}

// markSentences splits a body into sentences at . ? ! followed by a space
// outside quotation marks, and at line breaks.
func markSentences(body string) []cotejo.Span {
	var out []cotejo.Span
	start, depth := 0, 0
	flush := func(end int) {
		s := body[start:end]
		trimmed := strings.TrimSpace(s)
		if trimmed != "" {
			lead := strings.Index(s, trimmed)
			out = append(out, cotejo.Span{Start: start + lead, End: start + lead + len(trimmed)})
		}
		start = end
	}
	for i, r := range body {
		switch r {
		case '“', '«':
			depth++
		case '”', '»':
			depth = max(0, depth-1)
		case '\n':
			flush(i)
		case '.', '?', '!':
			// A lower-case word after the stop means an abbreviation ("EE.UU. y").
			if depth == 0 && (i+1 == len(body) || body[i+1] == '\n' || (body[i+1] == ' ' && !markLowerNext(body[i+1:]))) {
				flush(i + 1)
			}
		}
	}
	flush(len(body))
	return out
}

// markStory reads a story file: articles introduced by a line
// "=== id | outlet | published", each followed by its marked body.
func markStory(t testing.TB, path string) (*cotejo.Story, []*markedArticle) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	st := &cotejo.Story{ID: "s1"}
	var arts []*markedArticle
	var head []string
	var text strings.Builder
	flush := func() {
		if head == nil {
			return
		}
		ma := markArticle(t, head[0], head[1], head[2], strings.TrimSpace(text.String()))
		arts = append(arts, ma)
		st.Articles = append(st.Articles, ma.Article)
		text.Reset()
	}
	for n, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, "=== "); ok {
			flush()
			head = strings.Split(rest, "|")
			if len(head) != 3 {
				t.Fatalf("%s: line %d: want \"=== id | outlet | published\"", path, n+1)
			}
			for i := range head {
				head[i] = strings.TrimSpace(head[i])
			}
			continue
		}
		if head == nil || strings.HasPrefix(line, "#") {
			continue
		}
		text.WriteString(line)
		text.WriteByte('\n')
	}
	flush()
	if len(arts) == 0 {
		t.Fatalf("%s: no article", path)
	}
	return st, arts
}

// markStoryString is markStory over an inline list of marked bodies, with
// IDs a1, a2…
func markStoryOf(t testing.TB, bodies ...string) (*cotejo.Story, []*markedArticle) {
	t.Helper()
	st := &cotejo.Story{ID: "s1"}
	var arts []*markedArticle
	for i, b := range bodies {
		ma := markArticle(t, fmt.Sprintf("a%d", i+1), "", "2025-11-28", b)
		arts = append(arts, ma)
		st.Articles = append(st.Articles, ma.Article)
	}
	return st, arts
}

func TestMarkArticleBuildsLayers(t *testing.T) {
	ma := markArticle(t, "a1", "x", "2025-11-28",
		`Según Reuters, el [presidente bielorruso|~PER|luka|presidente bielorruso], [Alexander Lukashenko|PER|luka|presidente bielorruso], dijo {el 25 de noviembre|2025-11-25|meet} que [Maduro|PER|maduro] “<<siempre es bienvenido|welcome|Alexander Lukashenko>>”. Otra frase.`)
	if got := ma.Mentions[1].Span.Text(ma.Body); got != "Alexander Lukashenko" || ma.Mentions[1].Role != "presidente bielorruso" {
		t.Errorf("mention = %q role %q", got, ma.Mentions[1].Role)
	}
	if !ma.Mentions[0].Descriptive || ma.goldEntity[0] != "luka" {
		t.Errorf("descriptive mention = %+v gold %q", ma.Mentions[0], ma.goldEntity[0])
	}
	if tx := ma.Timexes[0]; tx.Text != "el 25 de noviembre" || tx.Date.String() != "2025-11-25" {
		t.Errorf("timex = %+v", tx)
	}
	q := ma.Quotes[0]
	if q.Span.Text(ma.Body) != "siempre es bienvenido" || q.Speaker == nil || q.Speaker.Text(ma.Body) != "Alexander Lukashenko" {
		t.Errorf("quote = %+v", q)
	}
	if len(ma.Sentences) != 2 || q.Sentence != 0 {
		t.Errorf("sentences = %v, quote in %d", ma.Sentences, q.Sentence)
	}
}

func markLowerNext(s string) bool {
	for _, r := range s {
		if r != ' ' {
			return unicode.IsLower(r)
		}
	}
	return false
}
