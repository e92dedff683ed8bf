package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/glose-app/glose/suggest/glossary"
)

// TestTMTermsAndDeleteTerm lists the glossary kept in the memory's file, as imported and learned
// from a document, and deletes an entry by its ID.
func TestTMTermsAndDeleteTerm(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "tm.db")
	g, err := glossary.Open(db, "fr", "en")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := g.Import(ctx, strings.NewReader("Moscou,Moscow\n"), "terms.csv"); err != nil {
		t.Fatal(err)
	}
	learned, err := g.Learn(ctx, []glossary.Entity{{Source: "officier de police", Target: "police oficer", Type: "PER"}}, "a1")
	if err != nil || len(learned) != 1 {
		t.Fatalf("Learn = %v, %v", learned, err)
	}
	g.Close()

	out, _, err := runTM(t, cmdTM, "terms", "--tm", db)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "Moscou → Moscow (terms.csv)\n") || !strings.Contains(out, "officier de police → police oficer (PER, a1)\n") {
		t.Errorf("tm terms:\n%s", out)
	}
	out, _, err = runTM(t, cmdTM, "terms", "--tm", db, "--json")
	var terms []tmTerm
	if err != nil || json.Unmarshal([]byte(out), &terms) != nil || len(terms) != 2 || terms[1].ID != learned[0].ID || terms[1].Origin != "a1" {
		t.Fatalf("tm terms --json: %s %v", out, err)
	}
	out, _, err = runTM(t, cmdTM, "delete-term", "--tm", db, strconv.FormatInt(terms[1].ID, 10))
	if err != nil || out != "deleted "+strconv.FormatInt(terms[1].ID, 10)+": officier de police → police oficer (PER, a1)\n" {
		t.Fatalf("tm delete-term: %q %v", out, err)
	}
	if out, _, _ := runTM(t, cmdTM, "terms", "--tm", db); strings.Contains(out, "officier") {
		t.Errorf("after delete-term:\n%s", out)
	}
	if _, _, err := runTM(t, cmdTM, "delete-term", "--tm", db, strconv.FormatInt(terms[1].ID, 10)); err == nil || !strings.Contains(err.Error(), "not found") {
		t.Errorf("deleting it again: %v", err)
	}
	for _, bad := range [][]string{{"delete-term", "--tm", db}, {"delete-term", "--tm", db, "x12"}, {"terms", "--tm", db, "extra"}} {
		if _, _, err := runTM(t, cmdTM, bad...); err == nil {
			t.Errorf("tm %q succeeded", bad)
		} else if e, ok := err.(*exitError); !ok || e.code != 2 {
			t.Errorf("tm %q: %v, want a usage error", bad, err)
		}
	}
	if _, _, err := runTM(t, cmdTM, "terms", "--tm", filepath.Join(t.TempDir(), "none.db")); err == nil || !strings.Contains(err.Error(), "no translation memory") {
		t.Errorf("tm terms on a missing file: %v", err)
	}
}

// TestTMTermsCSVGoesBackIn: tm terms --csv writes the glossary as the CSV tm import-terms (and the
// app's Import a glossary) reads, so that a translator can deliver the termbase built during a job
// to the client's tool or to another machine: accents, a multi-word term, a comma and quotes in a
// note come back the same.
func TestTMTermsCSVGoesBackIn(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db := filepath.Join(dir, "tm.db")
	g, err := glossary.Open(db, "fr", "en")
	if err != nil {
		t.Fatal(err)
	}
	in := "source;target;note\nministre nord-coréen des Affaires étrangères;North Korean Foreign Minister;\"titre « complet », \"\"officiel\"\"\"\nÉtats-Unis;United States;\n"
	if _, err := g.Import(ctx, strings.NewReader(in), "client.csv"); err != nil {
		t.Fatal(err)
	}
	g.Close()
	out, _, err := runTM(t, cmdTM, "terms", "--tm", db, "--csv")
	if err != nil {
		t.Fatal(err)
	}
	csvPath := filepath.Join(dir, "terms.csv")
	if err := os.WriteFile(csvPath, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	db2 := filepath.Join(dir, "other.db")
	if _, _, err := runTM(t, cmdTM, "import-terms", "--tm", db2, csvPath); err != nil {
		t.Fatalf("import-terms of tm terms --csv:\n%s\n%v", out, err)
	}
	list := func(db string) string {
		out, _, err := runTM(t, cmdTM, "terms", "--tm", db, "--json")
		var terms []tmTerm
		if err != nil || json.Unmarshal([]byte(out), &terms) != nil {
			t.Fatalf("tm terms --json: %s %v", out, err)
		}
		var s []string
		for _, tt := range terms {
			s = append(s, tt.Source+"|"+tt.Target+"|"+tt.Note)
		}
		return strings.Join(s, "\n")
	}
	if a, b := list(db), list(db2); a != b || !strings.Contains(a, "titre « complet », \"officiel\"") {
		t.Errorf("the glossary read back from --csv:\n%s\nwant:\n%s", b, a)
	}
	if _, _, err := runTM(t, cmdTM, "terms", "--tm", db, "--csv", "--json"); err == nil {
		t.Error("--csv with --json succeeded")
	}
}

// TestTMTermsTextShowsNotes: the text listing shows each entry's note under it, as --json and --csv
// give it, so that a translator reading the glossary in a terminal sees what the client said about
// a term; an entry without a note has no note line, and a note of several lines stays under its
// entry.
func TestTMTermsTextShowsNotes(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "tm.db")
	g, err := glossary.Open(db, "fr", "en")
	if err != nil {
		t.Fatal(err)
	}
	in := "source,target,note\nMoscou,Moscow,\nministère des Affaires étrangères,Foreign Ministry,\"titre « officiel »\nnever \"\"Ministry of Foreign Affairs\"\"\"\n"
	if _, err := g.Import(ctx, strings.NewReader(in), "client.csv"); err != nil {
		t.Fatal(err)
	}
	g.Close()
	out, _, err := runTM(t, cmdTM, "terms", "--tm", db)
	if err != nil {
		t.Fatal(err)
	}
	want := "  Moscou → Moscow (client.csv)\n"
	if !strings.Contains(out, want) {
		t.Errorf("tm terms: no %q in\n%s", want, out)
	}
	want = "ministère des Affaires étrangères → Foreign Ministry (client.csv)\n" +
		"        note: titre « officiel »\n" +
		"              never \"Ministry of Foreign Affairs\"\n"
	if !strings.Contains(out, want) {
		t.Errorf("tm terms: the note is not under its entry; want\n%s\nin\n%s", want, out)
	}
	if n := strings.Count(out, "note:"); n != 1 {
		t.Errorf("tm terms: %d note lines, want 1:\n%s", n, out)
	}
}
