package main

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/glose-app/glose/suggest/tm"
)

// TestTMDelete deletes a client's pair, confirmed in a segment too, by hand: --dry-run lists it with
// its sources and keeps it, tm delete takes it out, the French's other English stays until the French
// alone is given, and a French the memory lacks is an error saying how to find the stored one.
func TestTMDelete(t *testing.T) {
	const (
		french = "« Le Président » a salué l’été 👍🏽."     // no-break spaces inside « »
		typo   = "“The President” welcomed the sumer 👍🏽." // the client's typo
		right  = "“The President” welcomed the summer 👍🏽."
	)
	dir := t.TempDir()
	db := filepath.Join(dir, "tm.db")
	tmx := filepath.Join(dir, "client.tmx")
	doc := `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="fr" segtype="sentence" adminlang="en" datatype="plaintext" o-tmf="x" creationtool="x" creationtoolversion="1"/><body>
<tu><tuv xml:lang="fr"><seg>` + strings.ReplaceAll(french, "é", "e\u0301") + `</seg></tuv><tuv xml:lang="en"><seg>` + typo + `</seg></tuv></tu>
</body></tmx>`
	if err := os.WriteFile(tmx, []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := runTM(t, cmdTM, "import", "--tm", db, tmx); err != nil {
		t.Fatal(err)
	}
	m, err := tm.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	confirmed := tm.Unit{SourceLang: "fr", TargetLang: "en", Source: french, Target: typo, Origin: "doc-1", Segment: "s4",
		Changed: time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC)}
	other := confirmed
	other.Target, other.Segment = right, "s9"
	if err := m.AddBatch(context.Background(), []tm.Unit{confirmed, other}); err != nil {
		t.Fatal(err)
	}
	m.Close()

	out, _, err := runTM(t, cmdTM, "delete", "--tm", db, "--dry-run", french, typo)
	if err != nil {
		t.Fatalf("tm delete --dry-run: %v", err)
	}
	for _, want := range []string{"would delete: " + french + " → " + typo + "\n",
		"        held by: client.tmx (TMX file, imported ", "                 document doc-1, segment s4 (confirmed 2026-11-02)\n",
		"dry run: nothing deleted"} {
		if !strings.Contains(out, want) {
			t.Errorf("tm delete --dry-run printed\n%s\nwithout %q", out, want)
		}
	}
	search := func() string {
		out, _, err := runTM(t, cmdTM, "search", "--tm", db, french)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	if !strings.Contains(search(), typo) {
		t.Fatal("--dry-run deleted the unit")
	}
	out, _, err = runTM(t, cmdTM, "delete", "--tm", db, french, typo)
	if err != nil || !strings.HasPrefix(out, "deleted: "+french+" → "+typo+"\n        held by: ") {
		t.Fatalf("tm delete = %q, %v", out, err)
	}
	if s := search(); strings.Contains(s, typo) || !strings.Contains(s, right) {
		t.Errorf("after tm delete, search gives\n%s", s)
	}
	_, _, err = runTM(t, cmdTM, "delete", "--tm", db, french, typo)
	if err == nil || !strings.Contains(err.Error(), "no fr→en unit of") || !strings.Contains(err.Error(), "tm concordance") {
		t.Errorf("deleting it again: %v", err)
	}
	out, _, err = runTM(t, cmdTM, "delete", "--tm", db, french) // every English of the French
	if err != nil || !strings.HasPrefix(out, "deleted: "+french+" → "+right+"\n") {
		t.Errorf("tm delete FRENCH = %q, %v", out, err)
	}
	if s := search(); s != "" {
		t.Errorf("after deleting every English, search gives\n%s", s)
	}
	for _, bad := range [][]string{{"delete", "--tm", db}, {"delete", "--tm", db, "a", "b", "c"}, {"delete", "--tm", db, " "}} {
		var usage *exitError
		if _, _, err := runTM(t, cmdTM, bad...); !errors.As(err, &usage) || usage.code != 2 {
			t.Errorf("tm %q: %v, want a usage error", bad, err)
		}
	}
}
