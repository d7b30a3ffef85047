package read

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/cotejo/cotejo"
)

// feedArticles reads the items of an RSS, Atom or JSON feed, one article
// per item, with Source = source#n (n is the item's position, from 1).
// The text is the item's full content (content:encoded, Atom content)
// or else its summary, as paragraphs of plain text. The links are never
// fetched: an item that carries only a summary gives a short article.
func feedArticles(source string, data []byte) ([]*cotejo.Article, error) {
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("feed: %w", err)
	}
	if len(feed.Items) == 0 {
		return nil, errors.New("feed: no items")
	}
	out := make([]*cotejo.Article, 0, len(feed.Items))
	for i, item := range feed.Items {
		if item == nil {
			continue
		}
		link := item.Link
		if link == "" && len(item.Links) > 0 {
			link = item.Links[0]
		}
		content := item.Content
		if strings.TrimSpace(content) == "" {
			content = item.Description
		}
		out = append(out, &cotejo.Article{
			Source:    fmt.Sprintf("%s#%d", source, i+1),
			Kind:      cotejo.KindFeed,
			Raw:       feedText(content),
			URL:       link,
			Outlet:    feedOutlet(feed, link),
			Title:     strings.Join(strings.Fields(feedText(item.Title)), " "),
			Authors:   feedAuthors(item),
			Published: feedDate(item),
		})
	}
	return out, nil
}

// feedOutlet names the outlet: the feed's title, or else the host of the
// feed's or the item's link.
func feedOutlet(feed *gofeed.Feed, link string) string {
	if t := strings.Join(strings.Fields(feed.Title), " "); t != "" {
		return t
	}
	for _, l := range []string{feed.Link, link} {
		if u, err := url.Parse(l); err == nil && u.Hostname() != "" {
			return strings.TrimPrefix(u.Hostname(), "www.")
		}
	}
	return ""
}

// feedAuthors gathers the item's authors and Dublin Core creators, by
// name, each once. RSS <author> holds an e-mail address with the name in
// brackets; an address alone is not a byline and is left out.
func feedAuthors(item *gofeed.Item) []string {
	var names []string
	for _, p := range item.Authors {
		if p != nil {
			names = append(names, p.Name)
		}
	}
	if item.DublinCoreExt != nil {
		names = append(names, item.DublinCoreExt.Creator...)
	}
	var out []string
	seen := map[string]bool{}
	for _, n := range names {
		n = strings.Join(strings.Fields(n), " ")
		if n == "" || strings.Contains(n, "@") || seen[strings.ToLower(n)] {
			continue
		}
		seen[strings.ToLower(n)] = true
		out = append(out, n)
	}
	return out
}

// feedDateLayouts are the date forms feeds write: RFC 822 and its common
// variants in RSS, RFC 3339 in Atom and JSON Feed.
var feedDateLayouts = []string{
	time.RFC3339,
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04 -0700",
	"Mon, 2 Jan 2006 15:04 MST",
	"2 Jan 2006 15:04:05 -0700",
	"2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 06 15:04:05 -0700",
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05",
	"2006-01-02",
}

// feedDate reads the item's publication date (or, lacking one, its update
// date) from the raw string, so that it keeps the wall-clock time and
// offset the outlet wrote: gofeed's parsed times are converted to UTC.
// A form none of feedDateLayouts reads falls back on gofeed's UTC time.
func feedDate(item *gofeed.Item) cotejo.Date {
	raw, parsed := item.Published, item.PublishedParsed
	if strings.TrimSpace(raw) == "" {
		raw, parsed = item.Updated, item.UpdatedParsed
	}
	raw = strings.Join(strings.Fields(raw), " ")
	for _, layout := range feedDateLayouts {
		if t, err := time.Parse(layout, raw); err == nil {
			if len(layout) == len("2006-01-02") {
				return cotejo.Date{Time: t, Grain: cotejo.Day}
			}
			return cotejo.Date{Time: t, Grain: cotejo.Minute}
		}
	}
	if parsed != nil {
		return cotejo.Date{Time: *parsed, Grain: cotejo.Minute}
	}
	return cotejo.Date{}
}

// feedText turns the HTML of an item's content into plain text: block
// elements become paragraphs separated by a blank line, <br> a line
// break, entities are decoded, scripts and styles dropped. Text that is
// not HTML keeps its own paragraphs.
func feedText(s string) string {
	if !strings.Contains(s, "<") {
		return feedParagraphs(html.UnescapeString(s))
	}
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil {
		return feedParagraphs(html.UnescapeString(s))
	}
	var b strings.Builder
	for _, n := range nodes {
		feedWalk(&b, n)
	}
	return feedParagraphs(b.String())
}

func feedWalk(b *strings.Builder, n *html.Node) {
	switch n.Type {
	case html.TextNode:
		// Line breaks in HTML source are spaces; feedParagraphs
		// collapses the runs.
		b.WriteString(strings.Map(func(r rune) rune {
			if unicode.IsSpace(r) {
				return ' '
			}
			return r
		}, n.Data))
		return
	case html.ElementNode:
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Iframe, atom.Object, atom.Svg:
			return
		case atom.Br:
			b.WriteByte('\n')
			return
		}
	}
	block := n.Type == html.ElementNode && feedBlocks[n.DataAtom]
	if block {
		b.WriteString("\n\n")
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		feedWalk(b, c)
	}
	if block {
		b.WriteString("\n\n")
	}
}

// feedBlocks are the elements that stand as paragraphs of their own.
var feedBlocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Ul: true, atom.Ol: true, atom.Li: true, atom.Blockquote: true,
	atom.Pre: true, atom.Table: true, atom.Tr: true, atom.Figure: true, atom.Figcaption: true,
	atom.Section: true, atom.Article: true, atom.Header: true, atom.Footer: true, atom.Aside: true,
	atom.Hr: true, atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Address: true, atom.Main: true,
	atom.Nav: true, atom.Details: true, atom.Summary: true,
}

// feedParagraphs normalises text to paragraphs separated by one blank
// line, each line trimmed and inner runs of spaces collapsed.
func feedParagraphs(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var paras []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			paras = append(paras, strings.Join(cur, "\n"))
			cur = nil
		}
	}
	for _, line := range strings.Split(s, "\n") {
		line = strings.Join(strings.Fields(line), " ")
		if line == "" {
			flush()
			continue
		}
		cur = append(cur, line)
	}
	flush()
	return strings.Join(paras, "\n\n")
}
