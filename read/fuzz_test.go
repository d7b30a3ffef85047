package read

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/cotejo/cotejo"
)

// seeds are inputs for the fuzz targets: the sample articles and the
// shapes of debris and records the rules handle.
func seeds(f *testing.F) []string {
	files, _ := filepath.Glob(filepath.Join("..", "examples", "maduro-belarus", "*.txt"))
	var out []string
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		out = append(out, string(data))
	}
	return append(out,
		"",
		"date 2025-12-11 Un titular + Seguir en\n\n"+proseES,
		"Madrid, 11 dic (EFE).- "+proseES+" (EFE)",
		"Foto: X\n\n(Foto: Y)\n\n[a](#)\n\n![b](c)\n\n**\n\n# \n\n&amp;&#x26;&#99999999;",
		"Por \n\nPor María\n\nPublicado: \n\n© \n\n(\n\n)\n\n.-\n\n—(@",
		`{"text": "hola", "authors": [1, 2]}`+"\n"+`{"html": 3}`+"\n{",
		"[{\"text\": \"x\"}, 5]",
		"\x1f\x8b",
		"WARC/1.0\r\n\r\n",
		"<rss>",
		"El presidente de\n\nla\n\n,\n\ncon",
	)
}

// FuzzBytes feeds arbitrary input to Bytes: it must never panic, every
// body must be valid UTF-8, and every removed line must come from the
// article's raw text.
func FuzzBytes(f *testing.F) {
	for _, s := range seeds(f) {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		arts, rejected := Bytes("fuzz", data, Options{MaxBytes: 1 << 20})
		for _, r := range rejected {
			if r.Error == "" || !strings.HasPrefix(r.Source, "fuzz") {
				t.Errorf("rejection without reason or source: %+v", r)
			}
		}
		for _, a := range arts {
			checkCleaned(t, a)
		}
	})
}

// FuzzClean feeds arbitrary text to Clean, with the same guarantees.
func FuzzClean(f *testing.F) {
	for _, s := range seeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		a := &cotejo.Article{Raw: raw}
		Clean(a)
		if utf8.ValidString(raw) && a.Raw != raw {
			t.Errorf("Clean changed valid Raw")
		}
		checkCleaned(t, a)
	})
}

func checkCleaned(t *testing.T, a *cotejo.Article) {
	t.Helper()
	if !utf8.ValidString(a.Body) {
		t.Errorf("Body is not valid UTF-8: %q", a.Body)
	}
	for _, r := range a.Removed {
		if r == "" || !strings.Contains(a.Raw, r) {
			t.Errorf("removed %q does not occur in the input", r)
		}
	}
}
