package read

import (
	"sort"
	"strings"

	"github.com/cotejo/cotejo/lang"
)

// phrases finds word sequences in a line's folded words, indexed by their
// first word so that a line costs one map look-up per word whatever the
// length of the lists.
type phrases map[string][][]string

func newPhrases(lists ...[]string) phrases {
	p := phrases{}
	for _, list := range lists {
		for _, ph := range list {
			ws, _ := foldedWords(ph)
			if len(ws) == 0 {
				continue
			}
			p[ws[0]] = append(p[ws[0]], ws[1:])
		}
	}
	for k, rests := range p {
		sort.Slice(rests, func(i, j int) bool { return len(rests[i]) > len(rests[j]) })
		p[k] = rests
	}
	return p
}

// at returns how many words the longest phrase starting at words[i]
// spans, or 0 when none starts there.
func (p phrases) at(words []string, i int) int {
	for _, rest := range p[words[i]] {
		if i+1+len(rest) > len(words) {
			continue
		}
		ok := true
		for k, w := range rest {
			if words[i+1+k] != w {
				ok = false
				break
			}
		}
		if ok {
			return 1 + len(rest)
		}
	}
	return 0
}

// prefix returns the length of the phrase that opens words, or 0.
func (p phrases) prefix(words []string) int {
	if len(words) == 0 {
		return 0
	}
	return p.at(words, 0)
}

// find reports whether a phrase occurs anywhere in words.
func (p phrases) find(words []string) bool {
	for i := range words {
		if p.at(words, i) > 0 {
			return true
		}
	}
	return false
}

// whole reports whether words are exactly one phrase.
func (p phrases) whole(words []string) bool {
	return len(words) > 0 && p.prefix(words) == len(words)
}

// wordLists are the debris word lists of every supported language,
// merged: a Spanish page often carries English buttons ("Copied to
// clipboard"). Connectives stay per language.
type wordLists struct {
	credits, bylines, published, updated, readingTime, promos, follows, embeds,
	related, labels, tags, breadcrumbs, cookies, agencyLeads, rights, rightsCues, comments, agencies phrases
	connectives map[string]map[string]bool
}

var lists = newWordLists()

func newWordLists() *wordLists {
	var d lang.Debris
	m := &wordLists{connectives: map[string]map[string]bool{}}
	for _, code := range lang.DebrisLanguages() {
		x := lang.DebrisOf(code)
		d.Credits = append(d.Credits, x.Credits...)
		d.Bylines = append(d.Bylines, x.Bylines...)
		d.Published = append(d.Published, x.Published...)
		d.Updated = append(d.Updated, x.Updated...)
		d.ReadingTime = append(d.ReadingTime, x.ReadingTime...)
		d.Promos = append(d.Promos, x.Promos...)
		d.Follows = append(d.Follows, x.Follows...)
		d.Embeds = append(d.Embeds, x.Embeds...)
		d.Related = append(d.Related, x.Related...)
		d.Labels = append(d.Labels, x.Labels...)
		d.Tags = append(d.Tags, x.Tags...)
		d.Breadcrumbs = append(d.Breadcrumbs, x.Breadcrumbs...)
		d.Cookies = append(d.Cookies, x.Cookies...)
		d.AgencyLeads = append(d.AgencyLeads, x.AgencyLeads...)
		d.Rights = append(d.Rights, x.Rights...)
		d.Comments = append(d.Comments, x.Comments...)
		d.RightsCues = append(d.RightsCues, x.RightsCues...)
		set := map[string]bool{}
		for _, w := range x.Connectives {
			set[lang.Fold(w)] = true
		}
		m.connectives[code] = set
	}
	m.credits = newPhrases(d.Credits)
	m.bylines = newPhrases(d.Bylines)
	m.published = newPhrases(d.Published)
	m.updated = newPhrases(d.Updated)
	m.readingTime = newPhrases(d.ReadingTime)
	m.promos = newPhrases(d.Promos)
	m.follows = newPhrases(d.Follows)
	m.embeds = newPhrases(d.Embeds)
	m.related = newPhrases(d.Related)
	m.labels = newPhrases(d.Labels)
	m.tags = newPhrases(d.Tags)
	m.breadcrumbs = newPhrases(d.Breadcrumbs)
	m.cookies = newPhrases(d.Cookies)
	m.agencyLeads = newPhrases(d.AgencyLeads)
	m.rights = newPhrases(d.Rights)
	m.comments = newPhrases(d.Comments)
	m.rightsCues = newPhrases(d.RightsCues)
	m.agencies = newPhrases(lang.Agencies)
	return m
}

// afterPhrase returns what follows the first k words of a text, trimmed:
// the separator and rest that decide whether "Foto" opens a credit.
func afterPhrase(text string, k int) string {
	ws := lang.Words(text)
	if k <= 0 || k > len(ws) {
		return text
	}
	return strings.TrimSpace(text[ws[k-1].End:])
}
