package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/plaintext"
)

// translatedSample writes the sample article with the hand translation of package project and a few
// source spans to a temporary Glose JSON file.
func translatedSample(t *testing.T) string {
	t.Helper()
	text, err := os.ReadFile("../../assets/sample-article.fr.txt")
	if err != nil {
		t.Fatal(err)
	}
	d, err := plaintext.Import("sample-article.fr.txt", text, plaintext.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var pairs []struct{ Segment, EN string }
	data, err := os.ReadFile("../../annotate/project/testdata/sample-article.en.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &pairs); err != nil {
		t.Fatal(err)
	}
	for i, s := range d.Segments {
		s.Target = pairs[i].EN
	}
	d.Segments[4].Target = "" // one untranslated segment for qa
	e := annotate.NewEditor(d)
	for _, sp := range [][2]string{{"PER", "Sergueï Lavrov"}, {"QUOTE", "« très, très bonne rencontre »"}, {"ORG", "Maison-Blanche"}} {
		a := strings.Index(d.Text, sp[1])
		if err := e.AddSpan(&annotate.Span{Side: annotate.Source, Start: a, End: a + len(sp[1]), Label: sp[0]}); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(t.TempDir(), "sample.glose.json")
	out, err := annotate.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, out, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestProjectThenQA(t *testing.T) {
	in := translatedSample(t)
	out := filepath.Join(t.TempDir(), "projected.json")
	var stdout, stderr bytes.Buffer
	if err := cmdProject([]string{"-o", out, in}, &stdout, &stderr); err != nil {
		t.Fatalf("project: %v\n%s", err, stderr.String())
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	d, err := annotate.Unmarshal(data, out)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range d.Links {
		if l.Type == annotate.LinkTranslation && l.Origin == annotate.Auto {
			got = append(got, d.SpanText(d.Span(l.To)))
		}
	}
	slices.Sort(got)
	if want := "Sergei Lavrov|White House|“very, very good meeting”"; strings.Join(got, "|") != want {
		t.Fatalf("projected %q, want %q", got, want)
	}

	stdout.Reset()
	// name-untagged is off: the sample tags the first of its mentions of Lavrov only.
	err = cmdQA([]string{"--json", "--disable", "pending-suggestions,spelling,name-untagged", out}, &stdout, &stderr)
	var issues []struct{ Check, Severity, Segment, Key string }
	if jerr := json.Unmarshal(stdout.Bytes(), &issues); jerr != nil {
		t.Fatalf("qa --json: %v\n%s", jerr, stdout.String())
	}
	if e, ok := err.(*exitError); !ok || e.code != 1 || len(issues) != 1 || issues[0].Check != "untranslated" || issues[0].Segment != "s5" {
		t.Fatalf("qa: err %v, issues %+v", err, issues)
	}
	if err := cmdQA([]string{"--fail-on", "never", out}, &stdout, &stderr); err != nil {
		t.Fatalf("--fail-on never: %v", err)
	}
	if err := cmdQA([]string{"--disable", "nope", out}, &stdout, &stderr); err == nil || err.(*exitError).code != 2 {
		t.Fatalf("unknown check: %v", err)
	}
}
