package read

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/cotejo/cotejo"
	"github.com/cotejo/cotejo/lang"
)

// record is one article of a JSON Lines export. Field names match without
// regard to case; the aliases catch the names common exports use
// ("headline", "link", "content"). Unknown fields are ignored.
type record struct {
	URL       string          `json:"url"`
	Link      string          `json:"link"`
	Title     string          `json:"title"`
	Headline  string          `json:"headline"`
	Text      string          `json:"text"`
	Content   string          `json:"content"`
	Body      string          `json:"body"`
	HTML      string          `json:"html"`
	Published json.RawMessage `json:"published"`
	Date      json.RawMessage `json:"date"`
	Outlet    string          `json:"outlet"`
	Site      string          `json:"site"`
	Authors   json.RawMessage `json:"authors"`
	Author    json.RawMessage `json:"author"`
}

var errNoText = errors.New("record has no text or html")

// jsonl reads one article per line (or the elements of one JSON array).
// A malformed line is rejected, naming its line number, and the others
// are still read.
func jsonl(source string, data []byte) ([]*cotejo.Article, []cotejo.Rejected) {
	if trimmed := bytes.TrimSpace(data); len(trimmed) > 0 && trimmed[0] == '[' {
		return jsonArray(source, trimmed)
	}
	var arts []*cotejo.Article
	var rejected []cotejo.Rejected
	n := 0
	for len(data) > 0 {
		n++
		line := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		src := fmt.Sprintf("%s#%d", source, n)
		var rec record
		if err := json.Unmarshal(line, &rec); err != nil {
			rejected = append(rejected, cotejo.Rejected{Source: src, Error: fmt.Sprintf("read %s: line %d: malformed JSON: %v", source, n, err)})
			continue
		}
		a, err := rec.article(src)
		if err != nil {
			rejected = append(rejected, cotejo.Rejected{Source: src, Error: fmt.Sprintf("read %s: line %d: %v", source, n, err)})
			continue
		}
		arts = append(arts, a)
	}
	return arts, rejected
}

// jsonArray reads a JSON array of records, numbering them from 1.
func jsonArray(source string, data []byte) ([]*cotejo.Article, []cotejo.Rejected) {
	var raws []json.RawMessage
	if err := json.Unmarshal(data, &raws); err != nil {
		return nil, []cotejo.Rejected{reject(source, fmt.Errorf("malformed JSON array: %w", err))}
	}
	var arts []*cotejo.Article
	var rejected []cotejo.Rejected
	for i, raw := range raws {
		src := fmt.Sprintf("%s#%d", source, i+1)
		var rec record
		err := json.Unmarshal(raw, &rec)
		var a *cotejo.Article
		if err == nil {
			a, err = rec.article(src)
		}
		if err != nil {
			rejected = append(rejected, cotejo.Rejected{Source: src, Error: fmt.Sprintf("read %s: record %d: %v", source, i+1, err)})
			continue
		}
		arts = append(arts, a)
	}
	return arts, rejected
}

// article builds and cleans the record's article. An HTML record goes
// through the HTML extractor first; the record's own fields then win over
// what the page said.
func (r *record) article(src string) (*cotejo.Article, error) {
	text := first(r.Text, r.Content, r.Body)
	var a *cotejo.Article
	switch {
	case strings.TrimSpace(text) != "":
		a = &cotejo.Article{Raw: text}
	case strings.TrimSpace(r.HTML) != "":
		var err error
		a, err = htmlArticle(src, []byte(r.HTML))
		if err != nil {
			return nil, err
		}
		if a == nil {
			return nil, errNoText
		}
	default:
		return nil, errNoText
	}
	a.Source, a.Kind = src, cotejo.KindJSONL
	if u := first(r.URL, r.Link); u != "" {
		a.URL = strings.TrimSpace(u)
	}
	if t := first(r.Title, r.Headline); t != "" {
		a.Title = strings.Join(strings.Fields(t), " ")
	}
	// The address names the outlet in one spelling across records; a
	// record's outlet name only stands in when there is no address.
	if d := domain(a.URL); d != "" {
		a.Outlet = d
	} else if o := first(r.Outlet, r.Site); o != "" {
		a.Outlet = strings.TrimSpace(o)
	}
	if authors := names(first(string(r.Authors), string(r.Author))); len(authors) > 0 {
		a.Authors = authors
	}
	if raw := first(string(r.Published), string(r.Date)); raw != "" {
		var s string
		// A date the parser cannot read is left for cleaning to find in
		// the text rather than losing the whole record.
		if json.Unmarshal([]byte(raw), &s) == nil && strings.TrimSpace(s) != "" {
			code := ""
			if isoDateLen(strings.TrimSpace(s)) == 0 {
				code = lang.Detect(a.Raw)
			}
			if d, ok := parseDate(s, code); ok {
				a.Published = d
			}
		}
	}
	Clean(a)
	return a, nil
}

// names reads an authors field given as one string or a list of strings.
func names(raw string) []string {
	if raw == "" || raw == "null" {
		return nil
	}
	var list []string
	if json.Unmarshal([]byte(raw), &list) != nil {
		var one string
		if json.Unmarshal([]byte(raw), &one) != nil {
			return nil
		}
		list = []string{one}
	}
	var out []string
	for _, n := range list {
		for _, part := range splitNames(n) {
			out = addAuthor(out, part)
		}
	}
	return out
}

func first(s ...string) string {
	for _, v := range s {
		if strings.TrimSpace(v) != "" && v != "null" {
			return v
		}
	}
	return ""
}
