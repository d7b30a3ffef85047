package read

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/cotejo/cotejo"
	"github.com/cotejo/cotejo/warc"
)

// warcMaxPage bounds the decoded HTML of one archived page.
const warcMaxPage = 16 << 20

// warcPage extracts the article of an HTML page; a variable so that tests
// of the archive handling can stand in for the HTML extractor.
var warcPage = htmlArticle

// warcArticles reads the HTML pages archived in a WARC file: the response
// records whose HTTP response is a 200 with an HTML content type. Each
// becomes one article with Source = source#n (n is the record's number in
// the archive, from 1), URL from WARC-Target-URI (and Outlet from its host
// when the page names none), and, when the page gives
// no date, Published from WARC-Date at day grain: a crawl date bounds the
// publication date, its time of day says nothing about it. Records that
// are not such pages, are too large, or hold no extractable article are
// skipped; an error in the archive's structure ends the reading and is
// returned with the articles read before it. Errors do not repeat source:
// the caller names it.
func warcArticles(source string, r io.Reader) ([]*cotejo.Article, error) {
	rd := warc.NewReader(r)
	var out []*cotejo.Article
	var lastSkip error
	for n := 1; ; n++ {
		rec, err := rd.Next()
		if err == io.EOF {
			break
		}
		if errors.Is(err, warc.ErrTooLarge) {
			lastSkip = err
			continue
		}
		if err != nil {
			return out, err
		}
		if rec.Type() != "response" {
			continue
		}
		page, err := warcHTML(rec.Body)
		if err != nil {
			lastSkip = fmt.Errorf("record %d (%s): %w", n, rec.TargetURI(), err)
			continue
		}
		if page == nil {
			continue
		}
		a, err := warcPage(fmt.Sprintf("%s#%d", source, n), page)
		if err != nil {
			lastSkip = fmt.Errorf("record %d (%s): %w", n, rec.TargetURI(), err)
			continue
		}
		a.Source = fmt.Sprintf("%s#%d", source, n)
		a.Kind = cotejo.KindWARC
		a.URL = rec.TargetURI()
		if a.Outlet == "" {
			a.Outlet = warcHost(a.URL)
		}
		if a.Published.IsZero() {
			a.Published = warcDate(rec.Header.Get("WARC-Date"))
		}
		out = append(out, a)
	}
	if len(out) == 0 {
		if lastSkip != nil {
			return nil, fmt.Errorf("WARC: no HTML page with an article; last skipped: %w", lastSkip)
		}
		return nil, errors.New("WARC: no HTML page with an article")
	}
	return out, nil
}

// warcHTML returns the decoded body of an archived HTTP response when it
// is a 200 with an HTML content type, nil (and no error) when it is some
// other response, and an error when it cannot be parsed as HTTP.
func warcHTML(record []byte) ([]byte, error) {
	resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(record)), nil)
	if err != nil {
		return nil, fmt.Errorf("HTTP response: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, nil
	}
	// http.ReadResponse has already undone chunked transfer encoding;
	// content coding (gzip, deflate) is left to us.
	body, err := warcDecode(resp.Body, resp.Header.Get("Content-Encoding"))
	if err != nil {
		return nil, err
	}
	page, err := io.ReadAll(io.LimitReader(body, warcMaxPage+1))
	if err != nil {
		return nil, fmt.Errorf("HTTP body: %w", err)
	}
	if len(page) > warcMaxPage {
		return nil, fmt.Errorf("HTTP body over %d bytes", warcMaxPage)
	}
	if !warcIsHTML(resp.Header.Get("Content-Type"), page) {
		return nil, nil
	}
	return page, nil
}

func warcDecode(body io.Reader, coding string) (io.Reader, error) {
	switch strings.ToLower(strings.TrimSpace(coding)) {
	case "", "identity":
		return body, nil
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(body)
		if err != nil {
			return nil, fmt.Errorf("HTTP body: gzip: %w", err)
		}
		return zr, nil
	case "deflate":
		return flate.NewReader(body), nil
	}
	return nil, fmt.Errorf("HTTP body: unsupported Content-Encoding %q", coding)
}

// warcIsHTML reports whether a response is an HTML page: by its declared
// content type, or by sniffing the body when it declares none.
func warcIsHTML(contentType string, body []byte) bool {
	if strings.TrimSpace(contentType) == "" {
		contentType = http.DetectContentType(body)
	}
	media, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return false
	}
	return media == "text/html" || media == "application/xhtml+xml"
}

func warcHost(uri string) string {
	u, err := url.Parse(uri)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}

// warcDate reads a WARC-Date (an ISO 8601 UTC timestamp, which WARC 1.0
// allows to be cut to the day, month or year) to day grain at most.
func warcDate(s string) cotejo.Date {
	d, err := cotejo.ParseDate(s)
	if err != nil {
		return cotejo.Date{}
	}
	if d.Grain > cotejo.Day {
		t := d.Time.UTC()
		d = cotejo.Date{Time: time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), Grain: cotejo.Day}
	}
	return d
}
