package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cotejo/cotejo/internal/golden"
)

const examples = "../../examples/maduro-belarus"

func TestAnalyzeExampleSetMatchesGoldenFiles(t *testing.T) {
	for _, format := range []string{"text", "markdown", "json"} {
		t.Run(format, func(t *testing.T) {
			var out, errs bytes.Buffer
			if code := run([]string{"analyze", "--format", format, examples}, &out, &errs); code != exitOK {
				t.Fatalf("exit %d, stderr:\n%s", code, errs.String())
			}
			golden.Check(t, "maduro-belarus."+format, out.Bytes())
		})
	}
}

func TestAnalyzeGroupsTheExampleSetIntoOneStory(t *testing.T) {
	var out, errs bytes.Buffer
	if code := run([]string{"analyze", "--format", "json", examples}, &out, &errs); code != exitOK {
		t.Fatalf("exit %d, stderr:\n%s", code, errs.String())
	}
	var doc struct {
		Stories []struct {
			Articles []struct {
				Source string `json:"source"`
			} `json:"articles"`
		} `json:"stories"`
	}
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Stories) != 1 || len(doc.Stories[0].Articles) != 5 {
		t.Errorf("want the five articles in one story, got %d stories", len(doc.Stories))
	}
}

func TestAnalyzeExitStatus(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	binary := filepath.Join(dir, "image.bin")
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(empty, nil, 0o644)
	os.WriteFile(binary, []byte{0x89, 'P', 'N', 'G', 0, 0, 0, 0x0d, 0xff, 0xfe}, 0o644)
	os.WriteFile(good, []byte("El ayuntamiento aprobó ayer el presupuesto municipal para el año próximo, según informó el alcalde en rueda de prensa.\n"), 0o644)
	tests := []struct {
		name      string
		args      []string
		want      int
		stderrHas string
	}{
		{"an article read", []string{"analyze", "--format", "json", good}, exitOK, ""},
		{"bad input beside good input", []string{"analyze", "--format", "json", binary, good}, exitOK, "image.bin"},
		{"nothing readable", []string{"analyze", "--format", "json", empty, binary}, exitNone, "empty.txt"},
		{"missing path", []string{"analyze", "--format", "json", filepath.Join(dir, "nope")}, exitNone, "nope"},
		{"no path", []string{"analyze"}, exitUsage, "arg"},
		{"unknown flag", []string{"analyze", "--colour", good}, exitUsage, "colour"},
		{"unknown format", []string{"analyze", "--format", "yaml", good}, exitUsage, "yaml"},
		{"unknown command", []string{"analyse", good}, exitUsage, "unknown command"},
		{"no command", nil, exitUsage, "a command is needed"},
		{"no summary", []string{"analyze", "--sentences", "0", good}, exitUsage, "--sentences"},
		{"a missing file is named once", []string{"analyze", "--format", "json", filepath.Join(dir, "nope.txt"), good}, exitOK, "not read: " + filepath.Join(dir, "nope.txt") + ": no such file"},
		{"eval ner on an empty file", []string{"eval", "ner", empty}, exitNone, "no sentences"},
		{"bench checks its format first", []string{"bench", "--format", "xml", "--sizes", "10", "--pages", "0"}, exitUsage, "xml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errs bytes.Buffer
			if got := run(tt.args, &out, &errs); got != tt.want {
				t.Errorf("exit %d, want %d; stderr:\n%s", got, tt.want, errs.String())
			}
			if !strings.Contains(errs.String(), tt.stderrHas) {
				t.Errorf("stderr does not mention %q:\n%s", tt.stderrHas, errs.String())
			}
		})
	}
}

func TestAnalyzeListsRejectedInputsInTheJSON(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.txt")
	os.WriteFile(bad, []byte("caf\xe9 con leche y medialunas en el desayuno del domingo\n"), 0o644)
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte("El ayuntamiento aprobó ayer el presupuesto municipal para el año próximo, según informó el alcalde.\n"), 0o644)
	var out, errs bytes.Buffer
	run([]string{"analyze", "--format", "json", bad, good}, &out, &errs)
	var doc struct {
		Rejected []struct{ Source, Error string } `json:"rejected"`
	}
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Rejected) != 1 || doc.Rejected[0].Source != bad || !strings.Contains(strings.ToLower(doc.Rejected[0].Error), "utf-8") {
		t.Errorf("rejected = %+v, want bad.txt rejected for invalid UTF-8", doc.Rejected)
	}
}
