// Package shared finds the development data sets that live beside the
// repository in ../shared/data, for tests and evaluations. The data is
// never committed; a test that needs it skips, saying so, when it is absent.
package shared

import (
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Root returns the repository root: the nearest folder above the working
// directory that holds go.mod.
func Root() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", os.ErrNotExist
		}
		dir = parent
	}
}

// DataPath returns the path of rel under ../shared/data beside the
// repository root, or "" when it does not exist. COTEJO_SHARED overrides
// where the shared folder is.
func DataPath(rel string) string {
	base := os.Getenv("COTEJO_SHARED")
	if base == "" {
		root, err := Root()
		if err != nil {
			return ""
		}
		base = filepath.Join(root, "..", "shared")
	}
	p := filepath.Join(base, "data", rel)
	if _, err := os.Stat(p); err != nil {
		return ""
	}
	return p
}

// Data returns the path of rel under the shared data folder, or skips the
// test with a message naming what is missing.
func Data(tb testing.TB, rel string) string {
	tb.Helper()
	p := DataPath(rel)
	if p == "" {
		tb.Skipf("development data ../shared/data/%s is absent (set COTEJO_SHARED to the shared folder): skipping", rel)
	}
	return p
}

// ReadGzip reads a gzip-compressed file of the data sets whole, refusing
// more than max bytes once decompressed.
func ReadGzip(path string, max int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	data, err := io.ReadAll(io.LimitReader(z, max+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("read %s: over %d bytes decompressed", path, max)
	}
	return data, nil
}

// Open opens a data file for reading, decompressing it when its name ends
// in .gz. Closing the reader closes the file.
func Open(path string) (io.ReadCloser, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	if !strings.HasSuffix(path, ".gz") {
		return f, nil
	}
	z, err := gzip.NewReader(f)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return gzipFile{z, f}, nil
}

type gzipFile struct {
	*gzip.Reader
	f *os.File
}

func (g gzipFile) Close() error {
	g.Reader.Close()
	return g.f.Close()
}
