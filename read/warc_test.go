package read

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/cotejo/cotejo"
)

// fakePage stands in for the HTML extractor: the title is the <title>,
// the text is the page itself, and a page with a
// "article:published_time" meta gives that date.
func fakePage(source string, data []byte) (*cotejo.Article, error) {
	page := string(data)
	if !strings.Contains(page, "<title>") {
		return nil, errors.New("no article")
	}
	_, rest, _ := strings.Cut(page, "<title>")
	title, _, _ := strings.Cut(rest, "</title>")
	a := &cotejo.Article{Source: source, Kind: cotejo.KindHTML, Title: title, Raw: page}
	if _, rest, ok := strings.Cut(page, `published_time" content="`); ok {
		s, _, _ := strings.Cut(rest, `"`)
		t, err := time.Parse(time.RFC3339, s)
		if err != nil {
			return nil, err
		}
		a.Published = cotejo.Date{Time: t, Grain: cotejo.Minute}
	}
	return a, nil
}

func withFakePage(t *testing.T) {
	t.Helper()
	old := warcPage
	warcPage = fakePage
	t.Cleanup(func() { warcPage = old })
}

func TestWARCArticlesReadsHTMLResponsesOnly(t *testing.T) {
	withFakePage(t)
	// crawl.warc holds: 1 warcinfo, 2 request, 3 a 200 HTML page sent
	// chunked, 4 a 200 JSON response, 5 a 404 HTML page, 6 a 200 HTML
	// page that gives its own date. crawl.warc.gz is the same, one gzip
	// member per record.
	type got struct{ Source, URL, Outlet, Title, Published string }
	want := []got{
		{"crawl#3", "https://diario.example/politica/nota.html", "diario.example", "El Gobierno aprueba la ley", "2025-12-11"},
		{"crawl#6", "https://jornal.example/economia/medidas", "jornal.example", "Governo anuncia medidas", "2025-11-20T09:30:00"},
	}
	for _, file := range []string{"crawl.warc", "crawl.warc.gz"} {
		t.Run(file, func(t *testing.T) {
			f, err := os.Open(filepath.Join("testdata", file))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			arts, err := warcArticles("crawl", f)
			if err != nil {
				t.Fatal(err)
			}
			var g []got
			for _, a := range arts {
				if a.Kind != cotejo.KindWARC {
					t.Errorf("%s: Kind = %q", a.Source, a.Kind)
				}
				g = append(g, got{a.Source, a.URL, a.Outlet, a.Title, a.Published.String()})
			}
			if !reflect.DeepEqual(g, want) {
				t.Errorf("got %+v\nwant %+v", g, want)
			}
			if len(arts) > 0 && !strings.HasSuffix(strings.TrimSpace(arts[0].Raw), "</html>") {
				t.Errorf("chunked body not reassembled: %q", arts[0].Raw)
			}
		})
	}
}

// warcRecord writes one response record around an HTTP message.
func warcRecord(uri, http string) string {
	return fmt.Sprintf("WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: %s\r\nWARC-Date: 2025-12-11T23:59:00Z\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", uri, len(http), http)
}

func TestWARCHTMLDecidesByStatusAndContentType(t *testing.T) {
	page := "<html><title>t</title><p>x</p></html>"
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(page))
	zw.Close()
	tests := []struct {
		name, http string
		want       string // "" = skipped
		wantErr    bool
	}{
		{"200 HTML", "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page, page, false},
		{"XHTML", "HTTP/1.1 200 OK\r\nContent-Type: application/xhtml+xml\r\n\r\n" + page, page, false},
		{"no content type, sniffed", "HTTP/1.0 200 OK\r\n\r\n" + page, page, false},
		{"chunked", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n<html\r\n" +
			fmt.Sprintf("%x\r\n%s\r\n0\r\n\r\n", len(page)-5, page[5:]), page, false},
		{"gzip content coding", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n" + gz.String(), page, false},
		{"404", "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n" + page, "", false},
		{"redirect", "HTTP/1.1 301 Moved Permanently\r\nLocation: /x\r\n\r\n", "", false},
		{"image", "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG", "", false},
		{"not HTTP", "dns answer 1.2.3.4", "", true},
		{"unknown content coding", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: br\r\n\r\nxx", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := warcHTML([]byte(tt.http))
			if (err != nil) != tt.wantErr {
				t.Fatalf("warcHTML error = %v, want error %v", err, tt.wantErr)
			}
			if string(got) != tt.want {
				t.Errorf("warcHTML = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestWARCArticlesSkipsBadRecordsButFailsOnABrokenArchive(t *testing.T) {
	withFakePage(t)
	good := warcRecord("https://a.example/", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<title>A</title>")
	noArticle := warcRecord("https://b.example/", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>no title</p>")
	tests := []struct {
		name, file string
		wantN      int
		wantErr    string
	}{
		{"page without article skipped", noArticle + good, 1, ""},
		{"only unusable pages", noArticle, 0, "no HTML page with an article"},
		{"empty archive", "", 0, "no HTML page"},
		{"broken after a good record", good + "WARC/1.0\r\nContent-Length: zz\r\n\r\n", 1, "Content-Length"},
		{"not a WARC file", "<html></html>", 0, "unsupported version"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, err := warcArticles("w", strings.NewReader(tt.file))
			if len(arts) != tt.wantN {
				t.Errorf("got %d articles, want %d", len(arts), tt.wantN)
			}
			if (err == nil) != (tt.wantErr == "") || (err != nil && !strings.Contains(err.Error(), tt.wantErr)) {
				t.Errorf("error = %v, want one containing %q", err, tt.wantErr)
			}
		})
	}
}

func TestWARCDateIsDayGrainUTC(t *testing.T) {
	tests := map[string]string{
		"2025-12-11T23:59:00Z":   "2025-12-11",
		"2025-12-11T15:00:02.5Z": "2025-12-11",
		"2025-12":                "2025-12",
		"garbage":                "",
	}
	for in, want := range tests {
		if got := warcDate(in).String(); got != want {
			t.Errorf("warcDate(%q) = %q, want %q", in, got, want)
		}
	}
}
