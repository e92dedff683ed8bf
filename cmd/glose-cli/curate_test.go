package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// reviewAs writes reviewer's copies of files into dir, every span and link confirmed, after
// change has edited each document as that reviewer would.
func reviewAs(t *testing.T, files []string, dir string, change func(d *annotate.Document)) {
	t.Helper()
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d, err := annotate.Unmarshal(data, f)
		if err != nil {
			t.Fatal(err)
		}
		for _, sp := range d.Spans {
			sp.Origin, sp.Confidence = annotate.Human, 1
		}
		for _, l := range d.Links {
			l.Origin, l.Confidence = annotate.Human, 1
		}
		if change != nil {
			change(d)
		}
		out, err := annotate.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, dir, filepath.Base(f), string(out))
	}
}

// relabel gives the span on words another label, as a second reviewer who reads it otherwise.
func relabel(words, label string) func(d *annotate.Document) {
	return func(d *annotate.Document) {
		for _, sp := range d.Spans {
			if d.SpanText(sp) == words {
				sp.Label = label
				if e := d.EntityOf(sp.ID); e != nil {
					e.Type = label
				}
			}
		}
	}
}

func TestCurateTwoReviewersFolders(t *testing.T) {
	t.Setenv("LC_ALL", "C.UTF-8") // the notes in English, whatever the machine's language
	dir := t.TempDir()
	files := annotatedFiles(t, dir, teamTexts)
	alice, bob, out := filepath.Join(dir, "alice"), filepath.Join(dir, "bob"), filepath.Join(dir, "curated")
	reviewAs(t, files, alice, nil)
	reviewAs(t, files, bob, relabel("Berlin", "ORG"))
	code, stdout, stderr := runCLI(t, "curate", "--out-dir", out, alice, bob)
	if code != 0 {
		t.Fatalf("curate: exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "4 documents") || !strings.Contains(stdout, "1 disagreement to settle") {
		t.Errorf("summary: %s; want 4 documents and 1 disagreement", stdout)
	}
	data, err := os.ReadFile(filepath.Join(out, "t1.json"))
	if err != nil {
		t.Fatal(err)
	}
	d, err := annotate.Unmarshal(data, "t1.json")
	if err != nil {
		t.Fatalf("the curated file does not open: %v", err)
	}
	for _, sp := range d.Spans {
		switch text := d.SpanText(sp); {
		case text == "Berlin" && (sp.Origin != annotate.Auto || sp.Disputed() != "alice: LOC; bob: ORG"):
			t.Errorf("Berlin: %s, note %q; want a suggestion saying alice gave LOC, bob ORG", sp.Origin, sp.Note)
		case text != "Berlin" && sp.Origin != annotate.Human:
			t.Errorf("%q, which both confirmed alike, is %s", text, sp.Origin)
		}
	}
	// the QA check lists the disagreement for the adjudicator, then no more once settled
	code, stdout, _ = runCLI(t, "qa", "--json", filepath.Join(out, "t1.json"))
	if !strings.Contains(stdout, `"check": "disputed"`) || !strings.Contains(stdout, "alice: LOC; bob: ORG") {
		t.Errorf("qa: exit %d: %s; want the disputed issue with its reason", code, stdout)
	}
}

// The notes are in the user's language, as the app's: French under a French locale (LC_ALL, else
// LC_MESSAGES, else LANG), as --notes-lang fr writes them; --notes-lang en under it gives English, and
// a language it cannot write is refused before anything is written.
func TestCurateNotesInTheUsersLanguage(t *testing.T) {
	dir := t.TempDir()
	files := annotatedFiles(t, dir, teamTexts[1:2]) // t0.json, Merkel at Berlin
	alice, bob := filepath.Join(dir, "alice"), filepath.Join(dir, "bob")
	reviewAs(t, files, alice, nil)
	reviewAs(t, files, bob, relabel("Berlin", "ORG"))
	berlin := func(out string) string {
		t.Helper()
		data, err := os.ReadFile(filepath.Join(out, "t0.json"))
		if err != nil {
			t.Fatal(err)
		}
		d, err := annotate.Unmarshal(data, "t0.json")
		if err != nil {
			t.Fatal(err)
		}
		for _, sp := range d.Spans {
			if d.SpanText(sp) == "Berlin" {
				return sp.Disputed()
			}
		}
		return ""
	}
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", "fr_FR.UTF-8")
	for _, c := range []struct {
		args []string
		want string
	}{
		{nil, "alice\u00a0: LOC\u00a0; bob\u00a0: ORG"},
		{[]string{"--notes-lang", "en"}, "alice: LOC; bob: ORG"},
	} {
		out := filepath.Join(dir, fmt.Sprint("out", len(c.args)))
		if code, _, stderr := runCLI(t, append(append([]string{"curate", "--out-dir", out}, c.args...), alice, bob)...); code != 0 {
			t.Fatalf("curate %q: exit %d: %s", c.args, code, stderr)
		}
		if got := berlin(out); got != c.want {
			t.Errorf("curate %q under LANG=fr_FR.UTF-8: Berlin's note %q, want %q", c.args, got, c.want)
		}
	}
	// the QA check knows a French note as it knows an English one
	if code, stdout, _ := runCLI(t, "qa", "--json", filepath.Join(dir, "out0", "t0.json")); !strings.Contains(stdout, `"check": "disputed"`) {
		t.Errorf("qa on the French notes: exit %d: %s; want the disputed issue", code, stdout)
	}
	out := filepath.Join(dir, "de")
	code, _, stderr := runCLI(t, "curate", "--notes-lang", "de", "--out-dir", out, alice, bob)
	if _, err := os.Stat(out); code != 2 || !strings.Contains(stderr, `--notes-lang "de": want fr or en`) || err == nil {
		t.Errorf("--notes-lang de: exit %d, %s (out dir written: %v); want exit 2 naming what it takes, nothing written", code, stderr, err == nil)
	}
}

// Two reviewers' files of one document whose texts differ are refused, saying where, and nothing is
// written.
func TestCurateRefusesDifferentTexts(t *testing.T) {
	dir := t.TempDir()
	files := annotatedFiles(t, dir, teamTexts[:1])
	alice, bob, out := filepath.Join(dir, "alice"), filepath.Join(dir, "bob"), filepath.Join(dir, "curated")
	reviewAs(t, files, alice, nil)
	other := annotatedFiles(t, filepath.Join(dir, "x"), []string{strings.Replace(teamTexts[0], "Paris", "Lyon", 1)})
	reviewAs(t, other, bob, nil)
	code, _, stderr := runCLI(t, "curate", "--out-dir", out, alice, bob)
	if code != 1 || !strings.Contains(stderr, "different texts") || !strings.Contains(stderr, "Lyon") {
		t.Fatalf("exit %d: %s; want exit 1 naming where the texts differ", code, stderr)
	}
	if _, err := os.Stat(out); err == nil {
		t.Errorf("curate wrote %s although it refused the texts", out)
	}
}

// agree --json gives Cohen's kappa beside the F1 scores, each with its unit.
func TestAgreeKappaInJSON(t *testing.T) {
	dir := t.TempDir()
	files := annotatedFiles(t, dir, teamTexts)
	alice, bob := filepath.Join(dir, "alice"), filepath.Join(dir, "bob")
	reviewAs(t, files, alice, nil)
	reviewAs(t, files, bob, relabel("Berlin", "ORG"))
	code, stdout, stderr := runCLI(t, "agree", "--task", "ner", "--json", alice, bob)
	if code != 0 {
		t.Fatalf("agree: exit %d: %s", code, stderr)
	}
	var rep struct {
		Kappa struct {
			Overall struct {
				Unit  string  `json:"unit"`
				Kappa float64 `json:"kappa"`
			} `json:"overall"`
			Labels map[string]struct {
				Kappa float64 `json:"kappa"`
			} `json:"labels"`
		} `json:"kappa"`
	}
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatal(err)
	}
	k := rep.Kappa
	if k.Overall.Unit != "token" || k.Overall.Kappa >= 1 || k.Overall.Kappa <= 0 || k.Labels["PER"].Kappa != 1 || k.Labels["LOC"].Kappa >= 1 {
		t.Errorf("kappa %+v; want tokens, below 1 overall and for LOC (Berlin), 1 for PER", k)
	}
	code, stdout, _ = runCLI(t, "agree", alice, bob)
	if code != 0 || !strings.Contains(stdout, "Cohen's kappa, who said it, of the quotations both marked: 1.000 over 4 quotations") {
		t.Errorf("agree quotes: exit %d: %s; want the speakers' kappa over 4 quotations", code, stdout)
	}
}
