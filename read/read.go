// Package read turns inputs (scraped text and Markdown, HTML pages, JSON
// Lines exports, RSS/Atom feeds, WARC archives) into cleaned Articles with
// their metadata, and says why any input could not be read.
package read

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/cotejo/cotejo"
)

// DefaultMaxBytes is the largest input read when Options.MaxBytes is 0.
const DefaultMaxBytes = 10 << 20

// Options bound what is read.
type Options struct {
	MaxBytes int64 // largest input (and largest decompressed archive) read; 0 means DefaultMaxBytes
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}

// stdin is where "-" reads from; tests replace it.
var stdin io.Reader = os.Stdin

// Expand lists the input files named by paths: files as given, folders
// recursively (sorted, skipping hidden files), "-" for stdin. Unreadable
// paths come back as rejected.
func Expand(paths []string) ([]string, []cotejo.Rejected) {
	var files []string
	var rejected []cotejo.Rejected
	for _, p := range paths {
		if p == "-" {
			files = append(files, p)
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			rejected = append(rejected, reject(p, err))
			continue
		}
		if !info.IsDir() {
			files = append(files, p)
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				rejected = append(rejected, reject(path, err))
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if path != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() {
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			rejected = append(rejected, reject(p, err))
		}
		sort.Strings(found)
		files = append(files, found...)
	}
	return files, rejected
}

// File reads one input ("-" = stdin) into cleaned articles with metadata;
// records that fail (a malformed JSONL line) are rejected while the rest
// still come back.
func File(path string, opt Options) ([]*cotejo.Article, []cotejo.Rejected) {
	data, err := readAll(path, opt.maxBytes())
	if err != nil {
		return nil, []cotejo.Rejected{reject(path, err)}
	}
	return Bytes(path, data, opt)
}

// readAll reads a file or stdin, refusing it when it is larger than max:
// the size is checked before reading, and the read itself is bounded in
// case the file grows or is not a regular file.
func readAll(path string, max int64) ([]byte, error) {
	var r io.Reader
	if path == "-" {
		r = stdin
	} else {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		info, err := f.Stat()
		if err != nil {
			return nil, err
		}
		if info.IsDir() {
			return nil, fmt.Errorf("is a folder, not a file")
		}
		if info.Size() > max {
			return nil, fmt.Errorf("%d bytes, over the %d-byte limit", info.Size(), max)
		}
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("over the %d-byte limit", max)
	}
	return data, nil
}

// Bytes does the same as File for data already in memory; source names it
// in errors.
func Bytes(source string, data []byte, opt Options) ([]*cotejo.Article, []cotejo.Rejected) {
	max := opt.maxBytes()
	if int64(len(data)) > max {
		return nil, []cotejo.Rejected{reject(source, fmt.Errorf("%d bytes, over the %d-byte limit", len(data), max))}
	}
	if isGzip(data) {
		plain, err := gunzip(data, max)
		if err != nil {
			return nil, []cotejo.Rejected{reject(source, err)}
		}
		if !bytes.HasPrefix(plain, []byte("WARC/1.")) {
			return nil, []cotejo.Rejected{reject(source, fmt.Errorf("compressed input that is not a WARC archive"))}
		}
		return fromWARC(source, plain)
	}
	kind := sniff(bytes.TrimPrefix(data, []byte("\uFEFF")))
	if kind == cotejo.KindWARC {
		// An archive's records may hold images and pages in any charset:
		// each record is checked on its own.
		return fromWARC(source, data)
	}
	if err := checkText(data); err != nil {
		// An HTML page may declare another charset; the page reader
		// decodes it.
		if kind != cotejo.KindHTML || !errors.Is(err, errNotUTF8) {
			return nil, []cotejo.Rejected{reject(source, err)}
		}
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	switch kind {
	case cotejo.KindJSONL:
		return jsonl(source, data)
	case cotejo.KindFeed:
		arts, err := feedArticles(source, data)
		if err != nil {
			return nil, []cotejo.Rejected{reject(source, err)}
		}
		return finish(source, cotejo.KindFeed, arts), nil
	case cotejo.KindHTML:
		a, err := htmlArticle(source, data)
		if err != nil {
			return nil, []cotejo.Rejected{reject(source, err)}
		}
		return finish(source, cotejo.KindHTML, []*cotejo.Article{a}), nil
	case cotejo.KindMarkdown:
		return []*cotejo.Article{textArticle(source, cotejo.KindMarkdown, string(data))}, nil
	}
	return []*cotejo.Article{textArticle(source, cotejo.KindText, string(data))}, nil
}

func textArticle(source string, kind cotejo.Kind, text string) *cotejo.Article {
	a := &cotejo.Article{Source: source, Kind: kind, Raw: text}
	Clean(a)
	return a
}

func fromWARC(source string, data []byte) ([]*cotejo.Article, []cotejo.Rejected) {
	arts, err := warcArticles(source, bytes.NewReader(data))
	var rejected []cotejo.Rejected
	if err != nil {
		// A broken archive keeps the pages read before the break.
		rejected = append(rejected, reject(source, err))
	}
	return finish(source, cotejo.KindWARC, arts), rejected
}

// finish cleans what an extractor returned, so that leftovers of the page
// go too, and names each article's source and kind when the extractor did
// not.
func finish(source string, kind cotejo.Kind, arts []*cotejo.Article) []*cotejo.Article {
	out := arts[:0]
	for i, a := range arts {
		if a == nil {
			continue
		}
		if a.Source == "" {
			a.Source = source
			if len(arts) > 1 {
				a.Source = fmt.Sprintf("%s#%d", source, i+1)
			}
		}
		if a.Kind == "" {
			a.Kind = kind
		}
		Clean(a)
		out = append(out, a)
	}
	return out
}

// reject records why source was not read: "read x.txt: no such file or
// directory". An operating-system error about the source itself gives
// only what went wrong, so that the name is not said twice ("read x.txt:
// stat x.txt: …").
func reject(source string, err error) cotejo.Rejected {
	var pe *fs.PathError
	if errors.As(err, &pe) && pe.Path == source {
		err = pe.Err
	}
	return cotejo.Rejected{Source: source, Error: fmt.Sprintf("read %s: %v", source, err)}
}

func isGzip(data []byte) bool { return len(data) > 2 && data[0] == 0x1f && data[1] == 0x8b }

// gunzip decompresses data, refusing more than max bytes of output: a
// small archive can expand without bound.
func gunzip(data []byte, max int64) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	plain, err := io.ReadAll(io.LimitReader(zr, max+1))
	if err != nil {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	if int64(len(plain)) > max {
		return nil, fmt.Errorf("decompressed size over the %d-byte limit", max)
	}
	return plain, nil
}

var errNotUTF8 = errors.New("not valid UTF-8")

// checkText refuses what is not text: nothing at all, binary data (NUL
// bytes or many control characters) and invalid UTF-8.
func checkText(data []byte) error {
	if len(bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\uFEFF")))) == 0 {
		return fmt.Errorf("empty input")
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return fmt.Errorf("binary data (NUL byte at offset %d)", i)
	}
	control := 0
	for _, c := range data {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			control++
		}
	}
	if control > 0 && control*100 > len(data) {
		return fmt.Errorf("binary data (%d control characters)", control)
	}
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, size := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			off += size
		}
		return fmt.Errorf("%w (bad byte at offset %d)", errNotUTF8, off)
	}
	return nil
}

// sniff tells the kind of an input from its content, not its name.
func sniff(data []byte) cotejo.Kind {
	head := bytes.TrimLeft(data, " \t\r\n")
	if bytes.HasPrefix(head, []byte("WARC/1.")) {
		return cotejo.KindWARC
	}
	if len(head) > 1024 {
		head = head[:1024]
	}
	lower := bytes.ToLower(head)
	switch {
	case len(head) > 0 && head[0] == '{' && !bytes.Contains(lower, []byte("jsonfeed.org/version")):
		return cotejo.KindJSONL
	case len(head) > 0 && head[0] == '[' && bytes.HasPrefix(bytes.TrimLeft(head[1:], " \t\r\n"), []byte("{")):
		return cotejo.KindJSONL
	case len(head) > 0 && head[0] == '{':
		return cotejo.KindFeed
	case len(head) > 0 && head[0] == '<':
		for _, tag := range []string{"<rss", "<feed", "<rdf:rdf"} {
			if bytes.Contains(lower, []byte(tag)) {
				return cotejo.KindFeed
			}
		}
		return cotejo.KindHTML
	}
	if looksMarkdown(data) {
		return cotejo.KindMarkdown
	}
	return cotejo.KindText
}

// looksMarkdown reports whether a text carries Markdown syntax: headings,
// links or bold markers.
func looksMarkdown(data []byte) bool {
	if len(data) > 64<<10 {
		data = data[:64<<10]
	}
	return bytes.Contains(data, []byte("](")) || bytes.Contains(data, []byte("\n#")) ||
		bytes.HasPrefix(data, []byte("#")) || bytes.Contains(data, []byte("**"))
}
