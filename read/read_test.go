package read

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cotejo/cotejo"
)

// TestBytesDetectsTheKindByContent checks that the kind comes from the
// content, whatever the name says.
func TestBytesDetectsTheKindByContent(t *testing.T) {
	tests := []struct {
		name string
		data string
		want cotejo.Kind
	}{
		{"plain text", proseES, cotejo.KindText},
		{"Markdown", "## Un titular\n\n" + proseES, cotejo.KindMarkdown},
		{"JSONL", `{"text": "` + proseES + `"}`, cotejo.KindJSONL},
		{"JSON array", `[{"text": "` + proseES + `"}]`, cotejo.KindJSONL},
		{"HTML", "<!DOCTYPE html><html><body><p>" + proseES + "</p></body></html>", cotejo.KindHTML},
		{"RSS", `<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>`, cotejo.KindFeed},
		{"Atom", `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>`, cotejo.KindFeed},
		{"RDF", `<?xml version="1.0"?><rdf:RDF></rdf:RDF>`, cotejo.KindFeed},
		{"JSON feed", `{"version": "https://jsonfeed.org/version/1.1", "items": []}`, cotejo.KindFeed},
		{"WARC", "WARC/1.1\r\nWARC-Type: warcinfo\r\n\r\n", cotejo.KindWARC},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sniff([]byte(tt.data)); got != tt.want {
				t.Errorf("sniff = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestBytesReadsTextAndMarkdown checks the articles a text input gives.
func TestBytesReadsTextAndMarkdown(t *testing.T) {
	arts, rejected := Bytes("nota.txt", []byte("## Un titular de prueba\n\n"+proseES), Options{})
	if len(rejected) != 0 || len(arts) != 1 {
		t.Fatalf("got %d articles, rejected %v", len(arts), rejected)
	}
	a := arts[0]
	if a.Source != "nota.txt" || a.Kind != cotejo.KindMarkdown || a.Title != "Un titular de prueba" || a.Body != proseES || a.Raw == "" {
		t.Errorf("got %+v", a)
	}
}

// TestBytesReadsJSONL checks records: fields, aliases, authors as string
// or list, unknown fields, sources numbered by line, and that a malformed
// line is rejected while the others are read.
func TestBytesReadsJSONL(t *testing.T) {
	data := strings.Join([]string{
		`{"url": "https://www.ejemplo.com/nota-1", "title": "Un titular", "text": "Un titular\n\n` + proseES + `", "published": "2025-12-11T14:08:00", "authors": "Ana Pérez", "extra": 1}`,
		``,
		`{"url": "https://ejemplo.com/nota-2", "text": "` + proseES + `", "authors": ["Ana Pérez", "Juan Ruiz", "Ana  Pérez"], "published": "11 de diciembre de 2025"}`,
		`{"text": "` + proseES + `", "outlet": "Diario Ejemplo"`,
		`{"title": "sin texto"}`,
		`{"Headline": "Otro titular", "Text": "` + proseES + `", "Source": "Diario Ejemplo", "Link": "https://otro.com/x"}`,
		`{"text": "` + proseES + `", "outlet": "Diario Ejemplo"}`,
	}, "\n")
	arts, rejected := Bytes("export.jsonl", []byte(data), Options{})
	if len(arts) != 4 {
		t.Fatalf("got %d articles, want 4 (rejected %v)", len(arts), rejected)
	}
	if len(rejected) != 2 || rejected[0].Source != "export.jsonl#4" || !strings.Contains(rejected[0].Error, "line 4") ||
		rejected[1].Source != "export.jsonl#5" || !strings.Contains(rejected[1].Error, "no text") {
		t.Errorf("rejected = %v", rejected)
	}
	a := arts[0]
	if a.Source != "export.jsonl#1" || a.Kind != cotejo.KindJSONL || a.Title != "Un titular" || a.Body != proseES ||
		a.Outlet != "ejemplo.com" || a.Published.String() != "2025-12-11T14:08:00" || !slices.Equal(a.Authors, []string{"Ana Pérez"}) {
		t.Errorf("record 1: %+v", a)
	}
	if b := arts[1]; b.Source != "export.jsonl#3" || !slices.Equal(b.Authors, []string{"Ana Pérez", "Juan Ruiz"}) || b.Published.String() != "2025-12-11" {
		t.Errorf("record 3: %+v", b)
	}
	if c := arts[2]; c.Title != "Otro titular" || c.URL != "https://otro.com/x" || c.Outlet != "otro.com" {
		t.Errorf("record 6: %+v", c)
	}
	if d := arts[3]; d.Outlet != "Diario Ejemplo" {
		t.Errorf("record 7: outlet %q", d.Outlet)
	}
}

// TestBytesSendsHTMLRecordsToTheExtractor checks that an html record goes
// through the HTML reader, that the record's fields win over the page's,
// and that the reader's error rejects that record only.
func TestBytesSendsHTMLRecordsToTheExtractor(t *testing.T) {
	page := `<html><head><title>Título de la página</title></head><body><article><p>` + proseES + `</p><p>` + proseES + `</p></article></body></html>`
	rec, _ := json.Marshal(map[string]string{"html": page, "title": "Título del registro", "url": "https://ejemplo.com/a"})
	data := string(rec) + "\n" + `{"text": "` + proseES + `"}`
	arts, rejected := Bytes("export.jsonl", []byte(data), Options{})
	if _, err := htmlArticle("probe", []byte(page)); err != nil {
		if len(arts) != 1 || len(rejected) != 1 || rejected[0].Source != "export.jsonl#1" || !strings.Contains(rejected[0].Error, err.Error()) {
			t.Errorf("got %d articles, rejected %v; want the HTML reader's error %q on line 1", len(arts), rejected, err)
		}
		return
	}
	if len(arts) != 2 || len(rejected) != 0 {
		t.Fatalf("got %d articles, rejected %v", len(arts), rejected)
	}
	a := arts[0]
	if a.Source != "export.jsonl#1" || a.Kind != cotejo.KindJSONL || a.Title != "Título del registro" || a.Outlet != "ejemplo.com" || !strings.Contains(a.Body, proseES) {
		t.Errorf("html record: %+v", a)
	}
}

// TestBytesRejectsBadInput checks each reason an input is refused, and
// that the reason names the input.
func TestBytesRejectsBadInput(t *testing.T) {
	tests := []struct {
		name, data, reason string
		max                int64
	}{
		{"empty", "", "empty", 0},
		{"blank", " \n\t\n", "empty", 0},
		{"NUL bytes", "texto\x00con\x00nulos", "binary", 0},
		{"control characters", strings.Repeat("\x01\x02\x03a", 50), "binary", 0},
		{"invalid UTF-8", "El Gobierno aprob\xf3 la reforma", "UTF-8", 0},
		{"too large", proseES, "limit", 16},
		{"gzip that is not WARC", gz("hola"), "not a WARC", 0},
		{"gzip too large once expanded", gz("WARC/1.1\r\n" + strings.Repeat("a", 4096)), "limit", 1024},
		{"broken gzip", "\x1f\x8b\x08\x00garbage", "gzip", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, rejected := Bytes("in.txt", []byte(tt.data), Options{MaxBytes: tt.max})
			if len(arts) != 0 || len(rejected) != 1 {
				t.Fatalf("got %d articles, rejected %v", len(arts), rejected)
			}
			r := rejected[0]
			if r.Source != "in.txt" || !strings.Contains(r.Error, "in.txt") || !strings.Contains(r.Error, tt.reason) {
				t.Errorf("rejected = %+v, want a reason with %q naming in.txt", r, tt.reason)
			}
		})
	}
}

func gz(s string) string {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.String()
}

// TestFileRejectsBadFilesAndReadsTheRest runs a folder with good and bad
// files through Expand and File, as the pipeline does.
func TestFileRejectsBadFilesAndReadsTheRest(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt", proseES)
	write("b.bin", "\x00\x01\x02")
	write("c.md", "# Titular de prueba\n\n"+proseES)
	write("d.txt", strings.Repeat(proseES, 10))
	write(".hidden.txt", proseES)
	os.Mkdir(filepath.Join(dir, "sub"), 0o755)
	write("sub/e.jsonl", `{"text": "`+proseES+`"}`+"\nnot json\n")

	files, rejected := Expand([]string{dir, filepath.Join(dir, "missing.txt")})
	want := []string{"a.txt", "b.bin", "c.md", "d.txt", "sub/e.jsonl"}
	for i := range want {
		want[i] = filepath.Join(dir, want[i])
	}
	if !slices.Equal(files, want) {
		t.Errorf("Expand = %q, want %q", files, want)
	}
	if len(rejected) != 1 || !strings.Contains(rejected[0].Error, "missing.txt") {
		t.Errorf("Expand rejected %v, want the missing path", rejected)
	}
	var arts []*cotejo.Article
	for _, f := range files {
		a, r := File(f, Options{MaxBytes: 512})
		arts = append(arts, a...)
		rejected = append(rejected, r...)
	}
	if len(arts) != 3 {
		t.Errorf("read %d articles, want 3 (a.txt, c.md, e.jsonl#1)", len(arts))
	}
	var reasons []string
	for _, r := range rejected[1:] {
		reasons = append(reasons, r.Error)
	}
	for _, want := range []string{"b.bin: binary", "d.txt: 1280 bytes, over the 512-byte limit", "e.jsonl: line 2: malformed JSON"} {
		if !slices.ContainsFunc(reasons, func(s string) bool { return strings.Contains(s, want) }) {
			t.Errorf("rejections %q lack %q", reasons, want)
		}
	}
}

// TestFileRejectsUnreadablePaths checks a missing file and a folder.
func TestFileRejectsUnreadablePaths(t *testing.T) {
	dir := t.TempDir()
	for _, p := range []string{filepath.Join(dir, "nope.txt"), dir} {
		arts, rejected := File(p, Options{})
		if len(arts) != 0 || len(rejected) != 1 || rejected[0].Source != p || !strings.Contains(rejected[0].Error, p) {
			t.Errorf("File(%q) = %d articles, %v", p, len(arts), rejected)
		}
	}
}

// TestFileReadsStdin checks that "-" reads standard input, bounded too.
func TestFileReadsStdin(t *testing.T) {
	old := stdin
	defer func() { stdin = old }()
	stdin = strings.NewReader(proseES)
	arts, rejected := File("-", Options{})
	if len(arts) != 1 || len(rejected) != 0 || arts[0].Source != "-" || arts[0].Body != proseES {
		t.Errorf("got %d articles, rejected %v", len(arts), rejected)
	}
	stdin = strings.NewReader(proseES)
	if _, rejected := File("-", Options{MaxBytes: 10}); len(rejected) != 1 || !strings.Contains(rejected[0].Error, "limit") {
		t.Errorf("rejected %v, want the size limit", rejected)
	}
	if files, _ := Expand([]string{"-"}); !slices.Equal(files, []string{"-"}) {
		t.Errorf("Expand(-) = %q", files)
	}
}
