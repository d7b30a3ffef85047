package eval

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	nurl "net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/cotejo/cotejo/internal/shared"
	"github.com/cotejo/cotejo/page"
	"github.com/markusmobius/go-trafilatura"
)

// CleanOptions says where the HTML extraction data sets are and how much
// of them to score.
type CleanOptions struct {
	Trafilatura string // folder of trafilatura-eval: evaldata.json and html/*.gz
	Htmldate    string // folder of htmldate-eval: eval_*.json and html/*.gz
	Limit       int    // score at most this many pages of each set; 0 scores all
}

// Counts are the confusion counts of a score.
type Counts struct {
	TP int `json:"tp"`
	FP int `json:"fp"`
	FN int `json:"fn"`
	TN int `json:"tn"`
}

// Tally is a score with its accuracy and the counts it comes from.
type Tally struct {
	Score
	Accuracy float64 `json:"accuracy"`
	Counts
}

// ExtractorScores are one extractor's scores on both sets, in full and on
// their Spanish pages.
type ExtractorScores struct {
	Text        Tally   `json:"text"`          // main text, over with/without snippets
	TextSpanish Tally   `json:"text_es"`       // the same on Spanish pages
	Date        Tally   `json:"date"`          // publication day, one item per page
	DateSpanish Tally   `json:"date_es"`       // the same on Spanish pages
	Title       Tally   `json:"title"`         // title exactly as the gold gives it, on trafilatura-eval pages that have one
	Seconds     float64 `json:"seconds"`       // time spent extracting, both sets
	PagesPerSec float64 `json:"pages_per_sec"` // pages extracted per second
}

// CleanResult scores cotejo's HTML extraction beside go-trafilatura's with
// default options. Its headline is cotejo's main-text score.
type CleanResult struct {
	Score
	Cotejo      ExtractorScores `json:"cotejo"`
	Trafilatura ExtractorScores `json:"trafilatura"`
	Missing     int             `json:"missing"` // annotated pages whose HTML file is absent
}

// ErrNoData is returned when a data set folder is missing.
var ErrNoData = errors.New("evaluation data not found")

// extraction is what the scoring looks at in one extractor's output.
type extraction struct {
	text  string // main text, white space folded
	title string // title, white space folded
	day   string // publication day YYYY-MM-DD, or ""
	lang  string // ISO 639-1 code, or ""
}

type extractor func(data []byte, pageURL string) extraction

func cotejoExtract(data []byte, pageURL string) extraction {
	r, err := page.Extract(data, pageURL)
	if err != nil {
		return extraction{}
	}
	var day string
	if !r.Published.IsZero() {
		day = r.Published.Time.Format(time.DateOnly)
	}
	return extraction{text: foldSpace(r.Text), title: foldSpace(r.Title), day: day, lang: r.Language}
}

func trafilaturaExtract(data []byte, pageURL string) extraction {
	opts := trafilatura.Options{}
	if u, err := nurl.Parse(pageURL); err == nil && u.Host != "" {
		opts.OriginalURL = u
	}
	res, err := trafilatura.Extract(bytes.NewReader(data), opts)
	if err != nil {
		return extraction{}
	}
	var day string
	if !res.Metadata.Date.IsZero() {
		day = res.Metadata.Date.Format(time.DateOnly)
	}
	return extraction{text: foldSpace(res.ContentText), title: foldSpace(res.Metadata.Title), day: day, lang: res.Metadata.Language}
}

// Clean scores main-text extraction on trafilatura-eval and publication
// dates on htmldate-eval, for cotejo and for go-trafilatura alone.
func Clean(opts CleanOptions) (*CleanResult, error) {
	textPages, err := loadTextGold(opts.Trafilatura, opts.Limit)
	if err != nil {
		return nil, err
	}
	datePages, err := loadDateGold(opts.Htmldate, opts.Limit)
	if err != nil {
		return nil, err
	}
	res := &CleanResult{}
	sides := []struct {
		scores  *ExtractorScores
		extract extractor
	}{{&res.Cotejo, cotejoExtract}, {&res.Trafilatura, trafilaturaExtract}}

	var text, textES, date, dateES, title [2]tallier
	var spent [2]time.Duration
	pages := 0
	// extractAll runs both extractors on a page; the page counts as
	// Spanish when cotejo's extractor says so.
	extractAll := func(data []byte, pageURL string) (xs [2]extraction, spanish bool) {
		pages++
		for i, s := range sides {
			start := time.Now()
			xs[i] = s.extract(data, pageURL)
			spent[i] += time.Since(start)
		}
		return xs, xs[0].lang == "es"
	}
	for _, g := range textPages {
		data, err := readGz(filepath.Join(opts.Trafilatura, "html", g.File+".gz"))
		if err != nil {
			res.Missing++
			continue
		}
		xs, spanish := extractAll(data, g.URL)
		for i, x := range xs {
			c := scoreSnippets(x.text, g.With, g.Without)
			text[i].add(c, spanish, &textES[i])
			if g.Title != "" {
				title[i].add(scoreTitle(x.title, g.Title), false, nil)
			}
		}
	}
	for _, g := range datePages {
		data, err := readGz(filepath.Join(opts.Htmldate, "html", g.File+".gz"))
		if err != nil {
			res.Missing++
			continue
		}
		xs, spanish := extractAll(data, g.URL)
		for i, x := range xs {
			date[i].add(scoreDate(x.day, g.Date), spanish, &dateES[i])
		}
	}
	for i, s := range sides {
		s.scores.Text = text[i].tally()
		s.scores.TextSpanish = textES[i].tally()
		s.scores.Date = date[i].tally()
		s.scores.DateSpanish = dateES[i].tally()
		s.scores.Title = title[i].tally()
		s.scores.Seconds = spent[i].Seconds()
		if spent[i] > 0 {
			s.scores.PagesPerSec = float64(pages) / spent[i].Seconds()
		}
	}
	res.Score = res.Cotejo.Text.Score
	return res, nil
}

// scoreSnippets counts, as trafilatura's comparison does, each snippet
// that must appear (true positive when found, false negative when not)
// and each that must not (false positive when found, true negative when
// not).
func scoreSnippets(text string, with, without []string) Counts {
	var c Counts
	for _, s := range with {
		if strings.Contains(text, foldSpace(s)) {
			c.TP++
		} else {
			c.FN++
		}
	}
	for _, s := range without {
		if strings.Contains(text, foldSpace(s)) {
			c.FP++
		} else {
			c.TN++
		}
	}
	return c
}

// scoreTitle counts one page's title: the gold's exactly (white space
// folded) is a true positive, another a false positive, none a false
// negative.
func scoreTitle(got, gold string) Counts {
	switch {
	case got == foldSpace(gold):
		return Counts{TP: 1}
	case got == "":
		return Counts{FN: 1}
	}
	return Counts{FP: 1}
}

// scoreDate counts one page as htmldate's comparison does: the exact day
// is a true positive, another day a false positive, no date a false
// negative (or a true negative when the gold has none).
func scoreDate(got, gold string) Counts {
	switch {
	case got == "" && gold == "":
		return Counts{TN: 1}
	case got == "":
		return Counts{FN: 1}
	case got == gold:
		return Counts{TP: 1}
	}
	return Counts{FP: 1}
}

// tallier sums the counts of the pages of one score.
type tallier struct {
	Counts
	pages int
}

// add counts one page, and counts it again in sub when also is true.
func (t *tallier) add(c Counts, also bool, sub *tallier) {
	t.TP += c.TP
	t.FP += c.FP
	t.FN += c.FN
	t.TN += c.TN
	t.pages++
	if also {
		sub.add(c, false, nil)
	}
}

// tally scores the counts; N is the number of pages.
func (t tallier) tally() Tally {
	c := t.Counts
	out := Tally{Score: PRF(float64(c.TP), float64(c.FP), float64(c.FN), t.pages), Counts: c}
	if n := c.TP + c.FP + c.FN + c.TN; n > 0 {
		out.Accuracy = float64(c.TP+c.TN) / float64(n)
	}
	return out
}

// foldSpace folds every run of white space to one space, so that a
// snippet matches across the line breaks an extractor puts between
// paragraphs.
func foldSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

type textGold struct {
	URL     string
	File    string   `json:"file"`
	Title   string   `json:"title"`
	With    []string `json:"with"`
	Without []string `json:"without"`
}

type dateGold struct {
	URL  string
	File string `json:"file"`
	Date string `json:"date"`
}

func loadTextGold(dir string, limit int) ([]textGold, error) {
	var gold map[string]textGold
	if err := readJSON(filepath.Join(dir, "evaldata.json"), &gold); err != nil {
		return nil, err
	}
	return sorted(gold, limit, func(g *textGold, url string) { g.URL = url }), nil
}

func loadDateGold(dir string, limit int) ([]dateGold, error) {
	all := map[string]dateGold{}
	for _, name := range []string{"eval_default.json", "eval_mediacloud_2020.json"} {
		var gold map[string]dateGold
		if err := readJSON(filepath.Join(dir, name), &gold); err != nil {
			return nil, err
		}
		for k, v := range gold {
			all[k] = v
		}
	}
	return sorted(all, limit, func(g *dateGold, url string) { g.URL = url }), nil
}

// sorted returns the entries in URL order, or limit of them spread evenly
// over that order, so that a limited run always scores the same pages.
func sorted[T any](m map[string]T, limit int, setURL func(*T, string)) []T {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	if limit > 0 && limit < len(keys) {
		// An evenly spaced sample: the set is sorted by URL, and its
		// first pages are all from a few German sites.
		sample := make([]string, limit)
		for i := range sample {
			sample[i] = keys[i*len(keys)/limit]
		}
		keys = sample
	}
	out := make([]T, len(keys))
	for i, k := range keys {
		out[i] = m[k]
		// Keys such as "hard::file" are names, not URLs: no hint then.
		if strings.HasPrefix(k, "http://") || strings.HasPrefix(k, "https://") {
			setURL(&out[i], k)
		}
	}
	return out
}

func readJSON(path string, v any) error {
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("%s: %w", path, ErrNoData)
	}
	if err != nil {
		return err
	}
	// htmldate's MediaCloud gold, written by Python, marks a page with no
	// date as a bare NaN, which is not JSON.
	data = bytes.ReplaceAll(data, []byte(": NaN"), []byte(": null"))
	if err := json.Unmarshal(data, v); err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	return nil
}

func readGz(path string) ([]byte, error) {
	return shared.ReadGzip(path, page.MaxInput)
}
