package read

import (
	"github.com/cotejo/cotejo"
	"os"
	"strings"
	"testing"
)

func TestBytesReadsAnHTMLPageInAnotherCharset(t *testing.T) {
	page := "<html><head><meta charset=\"iso-8859-1\"><title>Tormenta en Vigo</title></head><body><article>" +
		"<p>El puerto de Vigo cerr\xf3 el martes por la tormenta, seg\xfan inform\xf3 la autoridad portuaria en un comunicado.</p>" +
		"<p>Los barcos permanecer\xe1n amarrados hasta que el viento amaine, a\xf1adi\xf3 el portavoz de la autoridad.</p>" +
		"</article></body></html>"
	arts, rej := Bytes("latin1.html", []byte(page), Options{})
	if len(rej) != 0 || len(arts) != 1 {
		t.Fatalf("got %d articles, rejected %v; want the page read", len(arts), rej)
	}
	if !strings.Contains(arts[0].Body, "cerró el martes") {
		t.Errorf("body = %q, want the Latin-1 text decoded", arts[0].Body)
	}
}

func TestBytesStillRejectsInvalidUTF8Text(t *testing.T) {
	_, rej := Bytes("latin1.txt", []byte("El puerto cerr\xf3 el martes por la tormenta."), Options{})
	if len(rej) != 1 || !strings.Contains(rej[0].Error, "UTF-8") {
		t.Errorf("rejected = %v, want invalid UTF-8", rej)
	}
}

func TestBytesReadsAWARCWithBinaryRecordsAndKeepsPagesBeforeABreak(t *testing.T) {
	data, err := os.ReadFile("testdata/crawl.warc")
	if err != nil {
		t.Fatal(err)
	}
	whole, rej := Bytes("crawl.warc", data, Options{})
	if len(rej) != 0 || len(whole) == 0 {
		t.Fatalf("whole archive: %d articles, rejected %v", len(whole), rej)
	}
	binary := "WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: http://example.org/logo.png\r\nContent-Type: image/png\r\nContent-Length: 8\r\n\r\n\x89PNG\x00\x01\x02\xff\r\n\r\n"
	withImage, rej := Bytes("image.warc", append([]byte(binary), data...), Options{})
	if len(rej) != 0 || len(withImage) != len(whole) {
		t.Errorf("archive with an image record: %d articles, rejected %v; want %d articles", len(withImage), rej, len(whole))
	}
	broken := append(append([]byte{}, data...), []byte("WARC/1.0\r\nContent-Length: 99999\r\n\r\ntruncated")...)
	kept, rej := Bytes("broken.warc", broken, Options{})
	if len(rej) != 1 || !strings.Contains(rej[0].Error, "broken.warc") {
		t.Errorf("broken archive rejected %v, want one entry naming it", rej)
	}
	if len(kept) != len(whole) {
		t.Errorf("broken archive kept %d articles, want the %d read before the break", len(kept), len(whole))
	}
}

func TestCleanKeepsShortSentencesOfAShortText(t *testing.T) {
	tests := []struct{ name, raw, want string }{
		{"two short sentences", "Texto simples.\n\nSegundo parágrafo.", "Texto simples.\n\nSegundo parágrafo."},
		{"a short closing sentence", "O governo anunciou novas medidas económicas.\n\nA oposição criticou.", "O governo anunciou novas medidas económicas.\n\nA oposição criticou."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &cotejo.Article{Raw: tt.raw}
			Clean(a)
			if a.Body != tt.want {
				t.Errorf("body = %q (removed %q), want %q", a.Body, a.Removed, tt.want)
			}
		})
	}
}
