package cotejo

// Story is a group of articles about one news event, and what is drawn
// from them together.
type Story struct {
	ID            string
	Headline      string
	Articles      []*Article
	Entities      []Entity
	Quotes        []Quote
	Events        []Event
	Claims        []Claim
	Passages      []Passage
	Discrepancies []Discrepancy
	Sources       []Source
	Summary       []SummarySentence
	// Coverage is each outlet's share of the story: the claims that only it
	// reports. Keyed by article ID.
	Coverage map[string][]string
}

// Article returns the story's article with the given ID, or nil.
func (s *Story) Article(id string) *Article {
	for _, a := range s.Articles {
		if a.ID == id {
			return a
		}
	}
	return nil
}

// Entity is one real-world person, organisation, place or thing, merged
// across the surface forms of all articles of a story.
type Entity struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"` // the fullest form
	Type     string   `json:"type"`
	Aliases  []string `json:"aliases"`
	Roles    []string `json:"roles"`
	Articles []string `json:"articles"` // IDs of the articles that mention it
	Mentions int      `json:"mentions"`
}

// Quote is one quotation, with the wording each article printed.
type Quote struct {
	ID          string         `json:"id"`
	Speaker     *string        `json:"speaker"`      // entity ID, or null
	SpeakerName *string        `json:"speaker_name"` // or null
	Variants    []QuoteVariant `json:"variants"`
}

// QuoteVariant is one article's wording of a quote.
type QuoteVariant struct {
	Article string `json:"article"`
	Text    string `json:"text"`
}

// Event is a dated statement: what happened when, and who reports it.
type Event struct {
	ID           string     `json:"id"`
	Date         Date       `json:"date"`
	Summary      string     `json:"summary"`
	Participants []string   `json:"participants"` // entity IDs
	Evidence     []Evidence `json:"evidence"`
}

// Evidence is the sentence of one article that reports an event.
type Evidence struct {
	Article  string `json:"article"`
	Text     string `json:"text"`
	DateText string `json:"date_text"`
}

// Claim statuses.
const (
	Corroborated = "corroborated"
	SingleSource = "single-source"
	Conflicting  = "conflicting"
)

// Claim is an atomic factual statement, aligned across the articles that
// make it.
type Claim struct {
	ID                 string          `json:"id"`
	Text               string          `json:"text"`
	Status             string          `json:"status"`
	AttributedTo       []string        `json:"attributed_to"`
	IndependentSources int             `json:"independent_sources"`
	Evidence           []ClaimEvidence `json:"evidence"`
}

// ClaimEvidence is the sentence of one article that makes a claim.
type ClaimEvidence struct {
	Article  string `json:"article"`
	Sentence string `json:"sentence"`
}

// Source is an original source the articles attribute claims to ("según
// Reuters"), and which articles relay it for which claims.
type Source struct {
	Name     string   `json:"name"`
	Articles []string `json:"articles"` // IDs of the articles whose sentences name it
	Claims   []string `json:"claims"`   // IDs of the claims attributed to it
}

// Passage is a near-verbatim stretch of text shared by several articles:
// the wire copy they have in common.
type Passage struct {
	ID       string            `json:"id"`
	Articles []string          `json:"articles"`
	Texts    map[string]string `json:"texts"` // article ID → the passage as that article prints it
	Spans    map[string]Span   `json:"-"`     // article ID → where it stands in that article's body
}

// Discrepancy is a disagreement between articles a reader should see.
type Discrepancy struct {
	What   string            `json:"what"`
	Kind   string            `json:"kind,omitempty"` // number, date, name, role, attribution
	Values map[string]string `json:"values"`         // article ID → the value it gives
}

// SummarySentence is one sentence of the cited briefing.
type SummarySentence struct {
	Text     string   `json:"text"`
	Articles []string `json:"articles"`
}
