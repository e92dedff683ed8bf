package main

import (
	"context"
	"encoding/json"
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
