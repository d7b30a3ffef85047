package warc

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
)

// record writes one WARC record with the given version, fields and body.
func record(version string, fields map[string]string, body string) string {
	var b strings.Builder
	b.WriteString(version + "\r\n")
	for _, k := range []string{"WARC-Type", "WARC-Target-URI", "WARC-Date"} {
		if v, ok := fields[k]; ok {
			b.WriteString(k + ": " + v + "\r\n")
		}
	}
	if _, ok := fields["Content-Length"]; !ok {
		fmt.Fprintf(&b, "Content-Length: %d\r\n", len(body))
	} else {
		b.WriteString("Content-Length: " + fields["Content-Length"] + "\r\n")
	}
	b.WriteString("\r\n" + body + "\r\n\r\n")
	return b.String()
}

func response(uri, body string) string {
	return record("WARC/1.1", map[string]string{"WARC-Type": "response", "WARC-Target-URI": uri}, body)
}

// gzipEach compresses each record as a gzip member of its own.
func gzipEach(records ...string) string {
	var b bytes.Buffer
	for _, r := range records {
		zw := gzip.NewWriter(&b)
		zw.Write([]byte(r))
		zw.Close()
	}
	return b.String()
}

func gzipAll(records ...string) string {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(strings.Join(records, "")))
	zw.Close()
	return b.String()
}

// readAll reads every record, returning the target URIs and bodies it got
// and the first error other than io.EOF.
func readAll(t *testing.T, rd *Reader) (uris, bodies []string, err error) {
	t.Helper()
	for i := 0; i < 1000; i++ {
		rec, err := rd.Next()
		if err == io.EOF {
			return uris, bodies, nil
		}
		if err != nil {
			return uris, bodies, err
		}
		uris = append(uris, rec.TargetURI())
		bodies = append(bodies, string(rec.Body))
	}
	t.Fatal("Next never returned io.EOF")
	return
}

func TestReaderReadsRecordsPlainAndGzipped(t *testing.T) {
	a := response("https://a.example/", "<html>a</html>")
	b := record("WARC/1.0", map[string]string{"WARC-Type": "response", "WARC-Target-URI": "<https://b.example/>"}, "body\r\nwith CRLF\r\n\r\ninside")
	c := record("WARC/1.1", map[string]string{"WARC-Type": "warcinfo"}, "")
	tests := []struct {
		name string
		file string
	}{
		{"uncompressed", a + b + c},
		{"one gzip member per record", gzipEach(a, b, c)},
		{"whole file gzipped", gzipAll(a, b, c)},
		{"records without the closing blank lines", strings.TrimSuffix(a, "\r\n\r\n") + "\n" + b + c},
	}
	wantURIs := []string{"https://a.example/", "https://b.example/", ""}
	wantBodies := []string{"<html>a</html>", "body\r\nwith CRLF\r\n\r\ninside", ""}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			uris, bodies, err := readAll(t, NewReader(strings.NewReader(tt.file)))
			if err != nil {
				t.Fatal(err)
			}
			if fmt.Sprint(uris) != fmt.Sprint(wantURIs) || fmt.Sprint(bodies) != fmt.Sprint(wantBodies) {
				t.Errorf("got URIs %q bodies %q, want %q %q", uris, bodies, wantURIs, wantBodies)
			}
		})
	}
}

func TestReaderExposesHeaderFieldsCaseInsensitively(t *testing.T) {
	file := "WARC/1.1\r\nwarc-type: response\r\nWARC-Date: 2025-12-11T15:00:02Z\r\nX-Folded: one\r\n  two\r\ncontent-length: 2\r\n\r\nok\r\n\r\n"
	rec, err := NewReader(strings.NewReader(file)).Next()
	if err != nil {
		t.Fatal(err)
	}
	if rec.Type() != "response" || rec.Header.Get("warc-date") != "2025-12-11T15:00:02Z" ||
		rec.Header.Get("X-Folded") != "one two" || rec.Version != "WARC/1.1" {
		t.Errorf("record = %+v", rec)
	}
}

func TestReaderEmptyInputIsEOF(t *testing.T) {
	for _, file := range []string{"", "\r\n\r\n", gzipAll()} {
		if _, err := NewReader(strings.NewReader(file)).Next(); err != io.EOF {
			t.Errorf("Next on %q = %v, want io.EOF", file, err)
		}
	}
}

func TestReaderRejectsMalformedRecords(t *testing.T) {
	big := strings.Repeat("X-Pad: "+strings.Repeat("x", 1000)+"\r\n", 70)
	tests := []struct {
		name, file, want string
	}{
		{"not a WARC file", "<html><body>hello</body></html>\n", "unsupported version"},
		{"unknown version", "WARC/0.9\r\nContent-Length: 0\r\n\r\n", "unsupported version"},
		{"missing Content-Length", "WARC/1.0\r\nWARC-Type: response\r\n\r\n", "Content-Length"},
		{"negative Content-Length", "WARC/1.0\r\nContent-Length: -4\r\n\r\n", "Content-Length"},
		{"header over 64 KiB", "WARC/1.0\r\n" + big + "Content-Length: 0\r\n\r\n", "header block over"},
		{"line over 64 KiB", "WARC/1.0\r\nX-Pad: " + strings.Repeat("x", 70000) + "\r\n", "over 65536 bytes"},
		{"header cut short", "WARC/1.0\r\nWARC-Type: response\r\n", "unexpected EOF"},
		{"body cut short", "WARC/1.0\r\nContent-Length: 100\r\n\r\nshort", "truncated after 5 of 100"},
		{"malformed field", "WARC/1.0\r\nno colon here\r\nContent-Length: 0\r\n\r\n", "malformed header line"},
		{"continuation first", "WARC/1.0\r\n folded\r\nContent-Length: 0\r\n\r\n", "continuation line"},
		{"corrupt gzip", "\x1f\x8b\x08\x00garbage", "gzip"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rd := NewReader(strings.NewReader(tt.file))
			_, err := rd.Next()
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Next error = %v, want one containing %q", err, tt.want)
			}
			if _, again := rd.Next(); again == nil || again.Error() != err.Error() {
				t.Errorf("second Next = %v, want the same error again", again)
			}
		})
	}
}

func TestReaderSkipsBodyOverLimitAndGoesOn(t *testing.T) {
	file := response("https://big.example/", strings.Repeat("x", 5000)) + response("https://small.example/", "small")
	rd := NewReader(strings.NewReader(file))
	rd.MaxBody = 1000
	rec, err := rd.Next()
	if !errors.Is(err, ErrTooLarge) || rec == nil || rec.TargetURI() != "https://big.example/" || rec.Body != nil {
		t.Fatalf("first Next = %+v, %v; want the big record's header and ErrTooLarge", rec, err)
	}
	rec, err = rd.Next()
	if err != nil || string(rec.Body) != "small" {
		t.Fatalf("second Next = %+v, %v; want the small record", rec, err)
	}
	if _, err := rd.Next(); err != io.EOF {
		t.Errorf("third Next = %v, want io.EOF", err)
	}
}

func TestReaderIgnoresALyingContentLength(t *testing.T) {
	// A Content-Length of 1 TB on a short file must fail fast, without
	// trying to allocate it.
	_, err := NewReader(strings.NewReader("WARC/1.0\r\nContent-Length: 1000000000000\r\n\r\nabc")).Next()
	if !errors.Is(err, ErrTooLarge) && (err == nil || !strings.Contains(err.Error(), "truncated")) {
		t.Errorf("Next = %v, want a too-large or truncated error", err)
	}
}

func FuzzReader(f *testing.F) {
	a := response("https://a.example/", "<html>a</html>")
	for _, s := range []string{
		"", a, a + a, gzipEach(a, a), gzipAll(a), "WARC/1.0\r\n", "WARC/1.1\r\nContent-Length: 5\r\n\r\nab",
		"WARC/1.0\r\n x\r\n", "\x1f\x8b", "WARC/1.0\r\nContent-Length: 99999999999999999999\r\n\r\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		rd := NewReader(bytes.NewReader(data))
		rd.MaxBody = 1 << 16
		for i := 0; i <= len(data); i++ {
			rec, err := rd.Next()
			if err == io.EOF {
				return
			}
			if err != nil && !errors.Is(err, ErrTooLarge) {
				return
			}
			if err == nil && int64(len(rec.Body)) > rd.MaxBody {
				t.Fatalf("body of %d bytes over MaxBody", len(rec.Body))
			}
		}
		t.Fatalf("more records than input bytes: the reader is not advancing")
	})
}
