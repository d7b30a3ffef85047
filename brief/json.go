package brief

import (
	"encoding/json"
	"io"

	"github.com/cotejo/cotejo"
	"github.com/cotejo/cotejo/story"
)

// Version is the version of the JSON contract. Fields may be added freely;
// renaming or removing one bumps it.
const Version = 1

type jsonReport struct {
	Version  int               `json:"version"`
	Stories  []jsonStory       `json:"stories"`
	Rejected []cotejo.Rejected `json:"rejected"`
}

type jsonStory struct {
	ID            string                   `json:"id"`
	Headline      string                   `json:"headline"`
	Articles      []jsonArticle            `json:"articles"`
	Entities      []cotejo.Entity          `json:"entities"`
	Quotes        []cotejo.Quote           `json:"quotes"`
	Events        []cotejo.Event           `json:"events"`
	Claims        []cotejo.Claim           `json:"claims"`
	Passages      []cotejo.Passage         `json:"passages"`
	Discrepancies []cotejo.Discrepancy     `json:"discrepancies"`
	Sources       []cotejo.Source          `json:"sources"`
	Summary       []cotejo.SummarySentence `json:"summary"`
	Coverage      map[string][]string      `json:"coverage"`
	Matrix        jsonMatrix               `json:"matrix"`
}

// jsonMatrix is the claims-by-articles matrix: for each claim, a 1 in the
// column of each article that makes it.
type jsonMatrix struct {
	Articles []string        `json:"articles"`
	Rows     []jsonMatrixRow `json:"rows"`
}

type jsonMatrixRow struct {
	Claim string `json:"claim"`
	Cells []int  `json:"cells"`
}

type jsonArticle struct {
	ID             string      `json:"id"`
	Source         string      `json:"source"`
	Kind           cotejo.Kind `json:"kind"`
	URL            *string     `json:"url"`
	Outlet         *string     `json:"outlet"`
	Title          *string     `json:"title"`
	Authors        []string    `json:"authors"`
	Published      cotejo.Date `json:"published"`
	Language       *string     `json:"language"`
	Body           string      `json:"body"`
	Removed        []string    `json:"removed"`
	SharedFraction float64     `json:"shared_fraction"`
}

// JSON writes the stories and the rejected inputs as one JSON document
// following the contract in DESIGN.md: every list is present, empty rather
// than null, and unknown values are null.
func JSON(w io.Writer, stories []*cotejo.Story, rejected []cotejo.Rejected) error {
	r := jsonReport{Version: Version, Stories: []jsonStory{}, Rejected: nonNil(rejected)}
	for _, st := range stories {
		r.Stories = append(r.Stories, toJSON(st))
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}

func toJSON(st *cotejo.Story) jsonStory {
	js := jsonStory{
		ID:            st.ID,
		Headline:      st.Headline,
		Articles:      []jsonArticle{},
		Entities:      nonNil(st.Entities),
		Quotes:        nonNil(st.Quotes),
		Events:        nonNil(st.Events),
		Claims:        nonNil(st.Claims),
		Passages:      nonNil(st.Passages),
		Discrepancies: nonNil(st.Discrepancies),
		Sources:       nonNil(st.Sources),
		Summary:       nonNil(st.Summary),
		Coverage:      st.Coverage,
	}
	js.Matrix = jsonMatrix{Articles: []string{}, Rows: []jsonMatrixRow{}}
	for _, a := range st.Articles {
		js.Matrix.Articles = append(js.Matrix.Articles, a.ID)
	}
	for i, row := range story.Matrix(st) {
		cells := make([]int, len(row))
		for j, in := range row {
			if in {
				cells[j] = 1
			}
		}
		js.Matrix.Rows = append(js.Matrix.Rows, jsonMatrixRow{Claim: st.Claims[i].ID, Cells: cells})
	}
	if js.Coverage == nil {
		js.Coverage = map[string][]string{}
	}
	for i := range js.Entities {
		js.Entities[i].Aliases = nonNil(js.Entities[i].Aliases)
		js.Entities[i].Roles = nonNil(js.Entities[i].Roles)
		js.Entities[i].Articles = nonNil(js.Entities[i].Articles)
	}
	for i := range js.Events {
		js.Events[i].Participants = nonNil(js.Events[i].Participants)
		js.Events[i].Evidence = nonNil(js.Events[i].Evidence)
	}
	for i := range js.Claims {
		js.Claims[i].AttributedTo = nonNil(js.Claims[i].AttributedTo)
		js.Claims[i].Evidence = nonNil(js.Claims[i].Evidence)
	}
	for i := range js.Sources {
		js.Sources[i].Articles = nonNil(js.Sources[i].Articles)
		js.Sources[i].Claims = nonNil(js.Sources[i].Claims)
	}
	for i := range js.Summary {
		js.Summary[i].Articles = nonNil(js.Summary[i].Articles)
	}
	for _, a := range st.Articles {
		js.Articles = append(js.Articles, jsonArticle{
			ID:             a.ID,
			Source:         a.Source,
			Kind:           a.Kind,
			URL:            nullable(a.URL),
			Outlet:         nullable(a.Outlet),
			Title:          nullable(a.Title),
			Authors:        nonNil(a.Authors),
			Published:      a.Published,
			Language:       nullable(a.Language),
			Body:           a.Body,
			Removed:        nonNil(a.Removed),
			SharedFraction: round(a.SharedFraction, 3),
		})
	}
	return js
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
