package story

import (
	"strings"

	"github.com/cotejo/cotejo"
	"github.com/cotejo/cotejo/lang"
)

// Headline chooses a title for the story: the article title that best
// stands for the whole story, the one whose content words the other
// articles' bodies share most. A story whose articles have no title is
// named after the opening of its most shared article's first sentence.
func Headline(st *cotejo.Story) string {
	if len(st.Articles) == 0 {
		return ""
	}
	bodies := make([]map[string]bool, len(st.Articles))
	for i, a := range st.Articles {
		bodies[i] = map[string]bool{}
		for _, w := range lang.Get(a.Language).ContentWords(a.Body) {
			bodies[i][w] = true
		}
	}
	best, bestScore := "", -1.0
	for i, a := range st.Articles {
		if a.Title == "" {
			continue
		}
		words := lang.Get(a.Language).ContentWords(a.Title)
		if len(words) == 0 {
			continue
		}
		hits := 0
		for _, w := range words {
			for j := range bodies {
				if j != i && bodies[j][w] {
					hits++
				}
			}
		}
		// Per word, so that long titles do not win by length alone.
		score := float64(hits) / float64(len(words))
		if score > bestScore {
			best, bestScore = a.Title, score
		}
	}
	if best != "" {
		return best
	}
	return firstSentenceHeadline(st)
}

func firstSentenceHeadline(st *cotejo.Story) string {
	a := st.Articles[0]
	for _, b := range st.Articles {
		if b.SharedFraction > a.SharedFraction {
			a = b
		}
	}
	text := a.Body
	if len(a.Sentences) > 0 {
		text = a.Sentences[0].Text(a.Body)
	}
	words := strings.Fields(text)
	if len(words) > 16 {
		return strings.Join(words[:16], " ") + " …"
	}
	return strings.Join(words, " ")
}
