// Package brief renders stories for people and programs: a terminal
// briefing, Markdown, JSON following the contract, and a web page. Every
// sentence it shows cites the articles it comes from.
package brief

import (
	"fmt"
	"math"
	"path/filepath"
	"sort"
	"strings"

	"github.com/cotejo/cotejo"
	"github.com/cotejo/cotejo/story"
)

// The renderers for people share one document model: build decides what a
// briefing says, each renderer only how it looks.

type document struct {
	stories  []storyDoc
	rejected []cotejo.Rejected
}

type storyDoc struct {
	id, headline string
	facts        []string // one line of counts and dates under the headline
	sections     []section
}

type section struct {
	title string
	intro string
	items []item
	// table, when set, is shown as a grid under the items: its first row
	// is the header.
	table [][]string
}

// item is one entry of a section: a head line, the article citations that
// support it, and indented detail lines. quote marks a head that is
// quoted text.
type item struct {
	head   string
	cites  []string
	detail []string
}

// Options tune what a briefing shows.
type Options struct {
	// Bodies includes each article's cleaned body.
	Bodies bool
	// Removed includes each removed line of debris.
	Removed bool
}

func build(stories []*cotejo.Story, rejected []cotejo.Rejected, opt Options) document {
	doc := document{rejected: rejected}
	for _, st := range stories {
		doc.stories = append(doc.stories, buildStory(st, opt))
	}
	return doc
}

func buildStory(st *cotejo.Story, opt Options) storyDoc {
	c := citer{st: st}
	sd := storyDoc{id: st.ID, headline: st.Headline, facts: storyFacts(st)}
	add := func(s section) {
		if len(s.items) > 0 || len(s.table) > 0 {
			sd.sections = append(sd.sections, s)
		}
	}
	add(summarySection(st, c))
	for _, status := range []struct{ status, title string }{
		{cotejo.Corroborated, "Corroborated"},
		{cotejo.SingleSource, "Single source"},
		{cotejo.Conflicting, "Conflicting"},
	} {
		add(claimSection(st, c, status.status, status.title))
	}
	add(discrepancySection(st, c))
	add(sourceSection(st, c))
	add(coverageSection(st, c))
	add(matrixSection(st))
	add(whoSection(st, c))
	add(quoteSection(st, c))
	add(timelineSection(st, c))
	add(articleSection(st, opt))
	add(passageSection(st, c))
	return sd
}

func storyFacts(st *cotejo.Story) []string {
	outlets := map[string]bool{}
	var first, last cotejo.Date
	for _, a := range st.Articles {
		if a.Outlet != "" {
			outlets[a.Outlet] = true
		}
		if a.Published.IsZero() {
			continue
		}
		if first.IsZero() || a.Published.Before(first) {
			first = a.Published
		}
		if last.IsZero() || last.Before(a.Published) {
			last = a.Published
		}
	}
	facts := []string{plural(len(st.Articles), "article", "articles")}
	if len(outlets) > 0 {
		facts = append(facts, plural(len(outlets), "known outlet", "known outlets"))
	}
	switch {
	case first.IsZero():
	case first.Time.Format("2006-01-02") == last.Time.Format("2006-01-02"):
		facts = append(facts, first.Time.Format("2006-01-02"))
	default:
		facts = append(facts, first.Time.Format("2006-01-02")+" to "+last.Time.Format("2006-01-02"))
	}
	return facts
}

func summarySection(st *cotejo.Story, c citer) section {
	s := section{title: "Summary"}
	for _, sum := range st.Summary {
		s.items = append(s.items, item{head: sum.Text, cites: c.ids(sum.Articles)})
	}
	return s
}

func claimSection(st *cotejo.Story, c citer, status, title string) section {
	s := section{title: title}
	for _, cl := range st.Claims {
		if cl.Status != status {
			continue
		}
		var ids []string
		var detail []string
		for _, ev := range cl.Evidence {
			ids = append(ids, ev.Article)
			if status == cotejo.Conflicting {
				detail = append(detail, c.label(ev.Article)+": "+ev.Sentence)
			}
		}
		if len(cl.AttributedTo) > 0 {
			detail = append(detail, "attributed to "+strings.Join(cl.AttributedTo, ", "))
		}
		if status == cotejo.Corroborated && cl.IndependentSources > 0 {
			detail = append(detail, plural(cl.IndependentSources, "independent source", "independent sources"))
		}
		s.items = append(s.items, item{head: cl.Text, cites: c.ids(uniq(ids)), detail: detail})
	}
	return s
}

func discrepancySection(st *cotejo.Story, c citer) section {
	s := section{title: "Discrepancies"}
	for _, d := range st.Discrepancies {
		ids := sortedKeys(d.Values)
		it := item{head: d.What, cites: c.ids(ids)}
		for _, id := range ids {
			it.detail = append(it.detail, c.label(id)+": "+d.Values[id])
		}
		s.items = append(s.items, it)
	}
	return s
}

func sourceSection(st *cotejo.Story, c citer) section {
	s := section{title: "Attributed sources", intro: "Original sources the articles attribute claims to, and who relays them: outlets relaying one source count as one."}
	for _, src := range st.Sources {
		s.items = append(s.items, item{
			head:   fmt.Sprintf("%s: %s", src.Name, plural(len(src.Claims), "claim", "claims")),
			cites:  c.ids(src.Articles),
			detail: []string{"claims " + strings.Join(src.Claims, ", ")},
		})
	}
	return s
}

func coverageSection(st *cotejo.Story, c citer) section {
	s := section{title: "What each outlet adds", intro: "Claims that only this article reports."}
	text := map[string]string{}
	for _, cl := range st.Claims {
		text[cl.ID] = cl.Text
	}
	for _, a := range st.Articles {
		var added []string
		for _, id := range st.Coverage[a.ID] {
			if t, ok := text[id]; ok {
				added = append(added, id+": "+t)
			}
		}
		if len(added) == 0 {
			continue
		}
		s.items = append(s.items, item{head: c.label(a.ID), detail: added})
	}
	return s
}

// matrixRows bounds the claims shown in the claims-by-articles grid of a
// briefing; the JSON carries them all.
const matrixRows = 40

func matrixSection(st *cotejo.Story) section {
	s := section{title: "Claims by article", intro: "Which article makes which claim (● makes it)."}
	if len(st.Claims) == 0 || len(st.Articles) < 2 {
		return s
	}
	if n := len(st.Claims); n > matrixRows {
		s.intro = fmt.Sprintf("Which article makes which claim (● makes it): the first %d of %d claims; the JSON matrix has them all.", matrixRows, n)
	}
	header := []string{"claim"}
	for _, a := range st.Articles {
		header = append(header, a.ID)
	}
	header = append(header, "status", "text")
	s.table = append(s.table, header)
	for i, row := range story.Matrix(st) {
		if i == matrixRows {
			break
		}
		cl := st.Claims[i]
		line := []string{cl.ID}
		for _, in := range row {
			mark := "·"
			if in {
				mark = "●"
			}
			line = append(line, mark)
		}
		line = append(line, cl.Status, clip(cl.Text, 60))
		s.table = append(s.table, line)
	}
	return s
}

func whoSection(st *cotejo.Story, c citer) section {
	s := section{title: "Who"}
	for _, e := range st.Entities {
		head := e.Name + " (" + e.Type + ")"
		var detail []string
		if len(e.Roles) > 0 {
			detail = append(detail, "roles: "+strings.Join(e.Roles, "; "))
		}
		if len(e.Aliases) > 0 {
			detail = append(detail, "also: "+strings.Join(e.Aliases, "; "))
		}
		detail = append(detail, fmt.Sprintf("%s in %s", plural(e.Mentions, "mention", "mentions"), plural(len(e.Articles), "article", "articles")))
		s.items = append(s.items, item{head: head, cites: c.ids(e.Articles), detail: detail})
	}
	return s
}

func quoteSection(st *cotejo.Story, c citer) section {
	s := section{title: "Quotes"}
	for _, q := range st.Quotes {
		speaker := "unattributed"
		if q.SpeakerName != nil {
			speaker = *q.SpeakerName
		}
		if q.Speaker != nil {
			for _, e := range st.Entities {
				if e.ID == *q.Speaker {
					speaker = e.Name
				}
			}
		}
		if len(q.Variants) == 0 {
			continue
		}
		var ids []string
		it := item{head: speaker + ": “" + q.Variants[0].Text + "”"}
		for _, v := range q.Variants {
			ids = append(ids, v.Article)
			if len(q.Variants) > 1 {
				it.detail = append(it.detail, c.label(v.Article)+": “"+v.Text+"”")
			}
		}
		it.cites = c.ids(uniq(ids))
		s.items = append(s.items, it)
	}
	return s
}

func timelineSection(st *cotejo.Story, c citer) section {
	s := section{title: "Timeline"}
	for _, ev := range st.Events {
		var ids []string
		it := item{head: ev.Date.String() + "  " + ev.Summary}
		for _, e := range ev.Evidence {
			ids = append(ids, e.Article)
			it.detail = append(it.detail, fmt.Sprintf("%s (%q): %s", c.label(e.Article), e.DateText, e.Text))
		}
		it.cites = c.ids(uniq(ids))
		s.items = append(s.items, it)
	}
	return s
}

func articleSection(st *cotejo.Story, opt Options) section {
	s := section{title: "Articles"}
	for _, a := range st.Articles {
		title := a.Title
		if title == "" {
			title = "(untitled)"
		}
		var meta []string
		meta = append(meta, orUnknown(a.Outlet, "outlet unknown"))
		meta = append(meta, orUnknown(a.Published.String(), "date unknown"))
		meta = append(meta, orUnknown(a.Language, "language unknown"))
		meta = append(meta, fmt.Sprintf("%d words", len(strings.Fields(a.Body))))
		meta = append(meta, fmt.Sprintf("%.0f%% shared", 100*a.SharedFraction))
		it := item{head: a.ID + "  " + title, detail: []string{strings.Join(meta, " · ")}}
		if len(a.Authors) > 0 {
			it.detail = append(it.detail, "by "+strings.Join(a.Authors, ", "))
		}
		it.detail = append(it.detail, "source: "+a.Source)
		if a.URL != "" && a.URL != a.Source {
			it.detail = append(it.detail, "url: "+a.URL)
		}
		if len(a.Removed) > 0 {
			it.detail = append(it.detail, "removed "+plural(len(a.Removed), "line", "lines")+" of debris")
			if opt.Removed {
				for _, r := range a.Removed {
					it.detail = append(it.detail, "  − "+r)
				}
			}
		}
		if opt.Bodies {
			it.detail = append(it.detail, "", a.Body)
		}
		s.items = append(s.items, it)
	}
	return s
}

func passageSection(st *cotejo.Story, c citer) section {
	s := section{title: "Shared passages", intro: "Near-verbatim text that several outlets carry: the wire copy they share."}
	for _, p := range st.Passages {
		if len(p.Articles) == 0 {
			continue
		}
		text := p.Texts[p.Articles[0]]
		head := fmt.Sprintf("%s · %d words · “%s”", p.ID, len(strings.Fields(text)), clip(text, 240))
		s.items = append(s.items, item{head: head, cites: c.ids(p.Articles)})
	}
	return s
}

// citer names a story's articles in citations: the article ID and, when
// known, its outlet.
type citer struct{ st *cotejo.Story }

func (c citer) label(id string) string {
	a := c.st.Article(id)
	if a == nil {
		return id
	}
	if a.Outlet != "" {
		return id + " " + a.Outlet
	}
	return id + " " + filepath.Base(a.Source)
}

func (c citer) ids(ids []string) []string {
	var out []string
	for _, id := range ids {
		a := c.st.Article(id)
		if a != nil && a.Outlet != "" {
			out = append(out, id+" "+a.Outlet)
			continue
		}
		out = append(out, id)
	}
	return out
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

func orUnknown(s, unknown string) string {
	if s == "" {
		return unknown
	}
	return s
}

func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexByte(s[:n], ' ')
	if cut < n/2 {
		cut = n
		for cut > 0 && !isRuneStart(s[cut]) {
			cut--
		}
	}
	return s[:cut] + " …"
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

func uniq(s []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range s {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return articleLess(keys[i], keys[j]) })
	return keys
}

// articleLess orders article IDs a2 before a10.
func articleLess(a, b string) bool {
	if len(a) != len(b) {
		return len(a) < len(b)
	}
	return a < b
}

func round(x float64, places int) float64 {
	p := math.Pow(10, float64(places))
	return math.Round(x*p) / p
}
