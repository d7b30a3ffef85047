// Package warc reads WARC (Web ARChive) files, versions 1.0 and 1.1, as a
// stream of records: the whole file uncompressed, or gzip-compressed with
// one member per record (or as one member), as crawlers write them.
package warc

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net/textproto"
	"strconv"
	"strings"
)

// MaxHeaderBytes bounds a record's header block: no valid record comes
// near it, and the bound keeps a corrupt or hostile file from using memory
// without end.
const MaxHeaderBytes = 64 << 10

// DefaultMaxBody is the largest record body a Reader holds in memory
// unless told otherwise: far above any HTML page.
const DefaultMaxBody = 32 << 20

// ErrTooLarge is wrapped by the error Next returns for a record whose body
// exceeds the Reader's MaxBody. The record is skipped, not read, and the
// Reader can go on to the next one.
var ErrTooLarge = errors.New("record body too large")

// Record is one WARC record: its version line, its named header fields
// and its content block.
type Record struct {
	Version string               // "WARC/1.0" or "WARC/1.1"
	Header  textproto.MIMEHeader // field names are case-insensitive: use Header.Get
	Body    []byte               // the content block, Content-Length bytes; nil when skipped
}

// Type returns the record's WARC-Type: "warcinfo", "response",
// "request", "resource", "metadata"…
func (r *Record) Type() string { return r.Header.Get("WARC-Type") }

// TargetURI returns the record's WARC-Target-URI, without the angle
// brackets WARC 1.0 writers sometimes put around it.
func (r *Record) TargetURI() string {
	return strings.TrimSuffix(strings.TrimPrefix(r.Header.Get("WARC-Target-URI"), "<"), ">")
}

// Reader reads the records of a WARC file in order.
type Reader struct {
	// MaxBody is the largest body Next reads into memory; a larger record
	// is skipped with an error wrapping ErrTooLarge. NewReader sets it to
	// DefaultMaxBody.
	MaxBody int64

	src    *bufio.Reader
	r      *bufio.Reader // the decompressed record stream, once opened
	zipped bool          // the input is gzip-compressed
	n      int           // records read so far
	offset int64         // bytes of the record stream consumed so far
	err    error         // sticky: the stream cannot be resynchronised
}

// NewReader returns a Reader of the WARC file read from r, compressed or
// not (gzip is recognised by its magic number).
func NewReader(r io.Reader) *Reader {
	return &Reader{MaxBody: DefaultMaxBody, src: bufio.NewReader(r)}
}

// Next returns the next record, or io.EOF after the last one. An error
// wrapping ErrTooLarge leaves the Reader usable; any other error is final
// and returned again by every later call.
func (rd *Reader) Next() (*Record, error) {
	if rd.err != nil {
		return nil, rd.err
	}
	if rd.r == nil {
		if err := rd.open(); err != nil {
			rd.err = err
			return nil, err
		}
	}
	rec, err := rd.next()
	if err != nil && err != io.EOF && !errors.Is(err, ErrTooLarge) {
		if rd.zipped {
			// Offsets count decompressed bytes; say so, and a truncated
			// or corrupt member shows as what it is.
			err = fmt.Errorf("%w (gzip-compressed input; offsets are in decompressed bytes)", err)
		}
		rd.err = err
	}
	if err == io.EOF {
		rd.err = err
	}
	return rec, err
}

func (rd *Reader) open() error {
	magic, err := rd.src.Peek(2)
	if err == io.EOF || (err == nil && len(magic) == 0) {
		return io.EOF
	}
	if len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		// gzip.Reader reads concatenated members as one stream, which
		// covers both one member per record and one for the whole file.
		zr, err := gzip.NewReader(rd.src)
		if err != nil {
			return fmt.Errorf("warc: gzip: %w", err)
		}
		rd.r = bufio.NewReader(zr)
		rd.zipped = true
		return nil
	}
	rd.r = rd.src
	return nil
}

func (rd *Reader) next() (*Record, error) {
	start := rd.offset
	version, err := rd.versionLine()
	if err != nil {
		return nil, err
	}
	rd.n++
	where := fmt.Sprintf("warc: record %d at byte %d", rd.n, start)
	if version != "WARC/1.0" && version != "WARC/1.1" {
		return nil, fmt.Errorf("%s: unsupported version %q", where, clip(version))
	}
	header, err := rd.header()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", where, err)
	}
	rec := &Record{Version: version, Header: header}
	length, err := strconv.ParseInt(strings.TrimSpace(header.Get("Content-Length")), 10, 64)
	if err != nil || length < 0 {
		return nil, fmt.Errorf("%s: bad or missing Content-Length %q", where, clip(header.Get("Content-Length")))
	}
	if length > rd.MaxBody {
		n, err := io.CopyN(io.Discard, rd.r, length)
		rd.offset += n
		if err != nil {
			return nil, fmt.Errorf("%s: body truncated after %d of %d bytes: %w", where, n, length, unexpected(err))
		}
		return rec, fmt.Errorf("%s (%s): %d bytes, over the limit of %d: %w", where, rec.TargetURI(), length, rd.MaxBody, ErrTooLarge)
	}
	// Read through a LimitReader rather than allocating length bytes up
	// front, so a lying Content-Length on a short file costs nothing.
	var body bytes.Buffer
	n, err := io.Copy(&body, io.LimitReader(rd.r, length))
	rd.offset += n
	if err != nil {
		return nil, fmt.Errorf("%s: body: %w", where, err)
	}
	if n < length {
		return nil, fmt.Errorf("%s: body truncated after %d of %d bytes: %w", where, n, length, io.ErrUnexpectedEOF)
	}
	rec.Body = body.Bytes()
	return rec, nil
}

// versionLine skips the blank lines that end the previous record and
// returns the first line of the next one, or io.EOF at the end.
func (rd *Reader) versionLine() (string, error) {
	for {
		line, err := rd.line()
		if err == io.EOF {
			return "", io.EOF
		}
		if line != "" && (err == nil || err == io.ErrUnexpectedEOF) {
			// An unterminated last line is judged as a version line, so
			// that a file that is not WARC says so.
			return line, nil
		}
		if err != nil {
			return "", fmt.Errorf("warc: record %d at byte %d: %w", rd.n+1, rd.offset, err)
		}
	}
}

// header reads the named fields up to the blank line that ends them,
// MaxHeaderBytes in all. A line starting with a space or tab continues the
// field before it.
func (rd *Reader) header() (textproto.MIMEHeader, error) {
	h := textproto.MIMEHeader{}
	budget := int64(MaxHeaderBytes)
	last := ""
	for {
		before := rd.offset
		line, err := rd.line()
		budget -= rd.offset - before
		if budget < 0 {
			return nil, fmt.Errorf("header block over %d bytes", MaxHeaderBytes)
		}
		if err == io.EOF {
			return nil, fmt.Errorf("header block: %w", io.ErrUnexpectedEOF)
		}
		if err != nil {
			return nil, fmt.Errorf("header block: %w", err)
		}
		if line == "" {
			return h, nil
		}
		if line[0] == ' ' || line[0] == '\t' {
			if last == "" {
				return nil, fmt.Errorf("continuation line %q before any field", clip(line))
			}
			v := h[last]
			v[len(v)-1] += " " + strings.TrimSpace(line)
			continue
		}
		name, value, ok := strings.Cut(line, ":")
		if !ok || strings.TrimSpace(name) == "" {
			return nil, fmt.Errorf("malformed header line %q", clip(line))
		}
		last = textproto.CanonicalMIMEHeaderKey(strings.TrimSpace(name))
		h[last] = append(h[last], strings.TrimSpace(value))
	}
}

// line reads one line without its CRLF or LF, at most MaxHeaderBytes long.
func (rd *Reader) line() (string, error) {
	var b []byte
	for {
		chunk, err := rd.r.ReadSlice('\n')
		rd.offset += int64(len(chunk))
		if len(b)+len(chunk) > MaxHeaderBytes {
			return "", fmt.Errorf("line over %d bytes", MaxHeaderBytes)
		}
		b = append(b, chunk...)
		if err == bufio.ErrBufferFull {
			continue
		}
		s := strings.TrimRight(string(b), "\r\n")
		if err == io.EOF && len(b) > 0 {
			return s, io.ErrUnexpectedEOF
		}
		return s, err
	}
}

func unexpected(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}

// clip shortens a string quoted in an error message.
func clip(s string) string {
	if len(s) > 60 {
		return s[:60] + "…"
	}
	return s
}
