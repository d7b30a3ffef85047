package story

import "github.com/cotejo/cotejo"

// Coverage fills st.Coverage with what each article adds that no other
// article of the story has: the IDs of the claims that only it makes. Run
// it after Claims.
func Coverage(st *cotejo.Story) {
	st.Coverage = map[string][]string{}
	for _, c := range st.Claims {
		only := ""
		for _, ev := range c.Evidence {
			if only == "" {
				only = ev.Article
			} else if ev.Article != only {
				only = ""
				break
			}
		}
		if only != "" {
			st.Coverage[only] = append(st.Coverage[only], c.ID)
		}
	}
}

// Matrix returns the claims-by-articles matrix of a story: for each claim
// in st.Claims order, which of st.Articles (in order) make it.
func Matrix(st *cotejo.Story) [][]bool {
	col := map[string]int{}
	for i, a := range st.Articles {
		col[a.ID] = i
	}
	m := make([][]bool, len(st.Claims))
	for i, c := range st.Claims {
		m[i] = make([]bool, len(st.Articles))
		for _, ev := range c.Evidence {
			if j, ok := col[ev.Article]; ok {
				m[i][j] = true
			}
		}
	}
	return m
}
