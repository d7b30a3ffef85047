package group

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/cotejo/cotejo"
	"github.com/cotejo/cotejo/internal/shared"
)

// Real Spanish articles for the tests and benchmarks, read from the shared
// development data (the tests skip, saying so, when it is absent).

// sampleStory reads the five outlets' versions of the sample story, each
// file's text as the body.
func sampleStory(tb testing.TB) []*cotejo.Article {
	tb.Helper()
	root, err := shared.Root()
	if err != nil {
		tb.Fatal(err)
	}
	files, err := filepath.Glob(filepath.Join(root, "examples", "maduro-belarus", "*.txt"))
	if err != nil || len(files) == 0 {
		tb.Skipf("sample set examples/maduro-belarus is absent: skipping")
	}
	sort.Strings(files)
	var out []*cotejo.Article
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, &cotejo.Article{Source: filepath.Base(f), Body: string(b), Language: "es"})
	}
	return out
}

// fakeNews reads up to limit articles of the Spanish Fake News Corpus
// (2018 news of Mexico and Spain), headline as title.
func fakeNews(tb testing.TB, limit int) []*cotejo.Article {
	tb.Helper()
	path := shared.Data(tb, "fakenews-es/train.jsonl")
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 4<<20)
	var out []*cotejo.Article
	for sc.Scan() && len(out) < limit {
		var rec struct{ Id, Source, Headline, Text string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			tb.Fatal(err)
		}
		out = append(out, &cotejo.Article{Source: "fakenews#" + rec.Id, Outlet: rec.Source, Title: rec.Headline, Body: rec.Text, Language: "es"})
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return out
}

// crisisNews reads up to limit dated articles of CL-TLS (the Arab Spring
// and after: Egypt, Libya, Syria, Yemen), Source "cl-tls/<topic>/<day>/<file>".
func crisisNews(tb testing.TB, limit int) []*cotejo.Article {
	tb.Helper()
	root := shared.Data(tb, "cl-tls-es")
	files, err := filepath.Glob(filepath.Join(root, "*", "*", "*.txt.gz"))
	if err != nil {
		tb.Fatal(err)
	}
	sort.Strings(files)
	var out []*cotejo.Article
	for _, f := range files {
		if len(out) >= limit {
			break
		}
		text, err := readGzip(f)
		if err != nil {
			tb.Fatal(err)
		}
		rel, _ := filepath.Rel(root, f)
		parts := strings.Split(filepath.ToSlash(rel), "/")
		day, err := cotejo.ParseDate(parts[1])
		if err != nil {
			tb.Fatalf("%s: %v", f, err)
		}
		out = append(out, &cotejo.Article{Source: "cl-tls/" + filepath.ToSlash(rel), Body: text, Language: "es", Published: day})
	}
	return out
}

func readGzip(path string) (string, error) {
	b, err := shared.ReadGzip(path, 64<<20)
	return string(b), err
}
