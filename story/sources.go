package story

import (
	"sort"
	"strings"

	"github.com/cotejo/cotejo"
	"github.com/cotejo/cotejo/lang"
)

// Sources fills st.Sources from the claims' attributions: each source a
// claim is attributed to, the claims attributed to it, and the articles
// whose own sentence names it, so that a reader sees that three outlets
// relaying "según Reuters" rest on one report. Run it after Claims.
func Sources(st *cotejo.Story) {
	type acc struct {
		name     string
		articles map[string]bool
		claims   []string
		first    int
	}
	bySource := map[string]*acc{}
	for ci, c := range st.Claims {
		for _, name := range c.AttributedTo {
			key := lang.Fold(strings.TrimSpace(name))
			if key == "" {
				continue
			}
			s, ok := bySource[key]
			if !ok {
				s = &acc{name: name, articles: map[string]bool{}, first: ci}
				bySource[key] = s
			}
			s.claims = append(s.claims, c.ID)
			for _, ev := range c.Evidence {
				if strings.Contains(lang.Fold(ev.Sentence), key) {
					s.articles[ev.Article] = true
				}
			}
		}
	}
	all := make([]*acc, 0, len(bySource))
	for _, s := range bySource {
		all = append(all, s)
	}
	sort.Slice(all, func(i, j int) bool {
		if len(all[i].articles) != len(all[j].articles) {
			return len(all[i].articles) > len(all[j].articles)
		}
		if all[i].first != all[j].first {
			return all[i].first < all[j].first
		}
		return all[i].name < all[j].name
	})
	st.Sources = nil
	for _, s := range all {
		ids := make([]string, 0, len(s.articles))
		for _, a := range st.Articles {
			if s.articles[a.ID] {
				ids = append(ids, a.ID)
			}
		}
		st.Sources = append(st.Sources, cotejo.Source{Name: s.name, Articles: ids, Claims: s.claims})
	}
}
