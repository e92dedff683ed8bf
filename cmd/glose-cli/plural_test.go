package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/glose-app/glose/annotate"
)

// rewrite changes the Glose JSON document at path with change and writes it to a new file.
func rewrite(t *testing.T, path string, change func(d *annotate.Document)) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d, err := annotate.Unmarshal(data, path)
	if err != nil {
		t.Fatal(err)
	}
	change(d)
	out, err := annotate.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "changed.glose.json")
	if err := os.WriteFile(p, out, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// tmxOf is a TMX file of n French-English units.
func tmxOf(t *testing.T, n int) string {
	t.Helper()
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="fr" datatype="plaintext"/>
<body>
`)
	for i := range n {
		fmt.Fprintf(&b, "<tu><tuv xml:lang=\"fr\"><seg>Phrase numéro %d.</seg></tuv><tuv xml:lang=\"en\"><seg>Sentence number %d.</seg></tuv></tu>\n", i, i)
	}
	b.WriteString("</body></tmx>")
	p := filepath.Join(t.TempDir(), "in.tmx")
	if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestCountsAgreeWithTheirNouns: what glose-cli says with a count says "1 file" and "2 files", never
// "1 files" or "file(s)".
func TestCountsAgreeWithTheirNouns(t *testing.T) {
	sample := translatedSample(t) // three source spans, segment s5 untranslated
	dir := t.TempDir()
	bad := []string{filepath.Join(dir, "a.json"), filepath.Join(dir, "b.json")}
	for _, p := range bad {
		if err := os.WriteFile(p, []byte(`{"format": "glose/1"}`), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := func(err error, stdout, stderr string) string { return fmt.Sprint(err) + "\n" + stdout + stderr }
	run := func(cmd func([]string, io.Writer, io.Writer) error, args ...string) string {
		var stdout, stderr bytes.Buffer
		err := cmd(args, &stdout, &stderr)
		return out(err, stdout.String(), stderr.String())
	}
	project := func(args []string, stdout, stderr io.Writer) error {
		return cmdProject(append([]string{"-o", filepath.Join(t.TempDir(), "p.json")}, args...), stdout, stderr)
	}
	tmImport := func(args []string, stdout, stderr io.Writer) error {
		return cmdTM(append([]string{"import", "--tm", filepath.Join(t.TempDir(), "tm.db")}, args...), stdout, stderr)
	}
	validate := func(args ...string) string {
		_, stdout, stderr := runCLI(t, append([]string{"validate"}, args...)...)
		return out(nil, stdout, stderr)
	}
	twoUntranslated := rewrite(t, sample, func(d *annotate.Document) { d.Segments[5].Target = "" })
	oneSpan := rewrite(t, sample, func(d *annotate.Document) { d.Spans = d.Spans[:1] })
	line := func(nfiles int) string {
		clock := time.Unix(0, 0)
		return (&progress{nfiles: nfiles, now: func() time.Time { return clock }, start: clock}).line("a.txt")
	}
	tests := []struct {
		name, got, want string
	}{
		{"one issue", run(cmdQA, sample), "1 issue of severity error or worse"},
		{"issues", run(cmdQA, twoUntranslated), "2 issues of severity error or worse"},
		{"one projected span", run(project, oneSpan), "glose-cli project: 1 target span proposed"},
		{"projected spans", run(project, sample), "glose-cli project: 3 target spans proposed"},
		{"one unit imported", run(tmImport, tmxOf(t, 1)), "in.tmx: 1 unit imported, 0 skipped"},
		{"units imported", run(tmImport, tmxOf(t, 2)), "in.tmx: 2 units imported, 0 skipped"},
		{"one file invalid", validate(bad[0]), "1 of 1 file invalid"},
		{"files invalid", validate(bad...), "2 of 2 files invalid"},
		{"progress of one file", line(1), "0/1 file"},
		{"progress of files", line(4), "0/4 files"},
	}
	for _, tt := range tests {
		if !strings.Contains(tt.got, tt.want) {
			t.Errorf("%s: %q does not say %q", tt.name, tt.got, tt.want)
		}
		if strings.Contains(tt.got, "(s)") || strings.Contains(tt.got, " 1 files") || strings.Contains(tt.got, "/1 files") {
			t.Errorf("%s: %q has a count that disagrees with its noun", tt.name, tt.got)
		}
	}
}
