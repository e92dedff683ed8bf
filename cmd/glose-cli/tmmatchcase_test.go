package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTMMatchCase sets the match-case flag from the command line: tm add-term --match-case, tm
// import-terms --match-case and a TSV heading naming the column, tm match-case [--off]; tm terms shows
// it, and its --csv carries it into another memory.
func TestTMMatchCase(t *testing.T) {
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "tm.db")
	tsv := filepath.Join(dir, "sigles.txt")
	csv := filepath.Join(dir, "marques.csv")
	must(os.WriteFile(tsv, []byte("# source\ttarget\tmatch case\nUS\tUS\toui\n« Élysée » 👍🏽\tÉlysée\n"), 0o644))
	must(os.WriteFile(csv, []byte("Orange;Orange\nCafe\u0301;Coffee\n"), 0o644))
	steps := []struct {
		args []string
		want string
	}{
		{[]string{"add-term", "--match-case", "PAN", "PAN"}, "added 1: PAN → PAN (match case, typed)\n"},
		{[]string{"import-terms", tsv}, tsv + ": 2 glossary entries imported (fr→en)\n"},
		{[]string{"import-terms", "--match-case", csv}, csv + ": 2 glossary entries imported (fr→en)\n"},
		{[]string{"match-case", "--off", "5"}, "5: Cafe\u0301 → Coffee (marques.csv)\n"},
		{[]string{"terms"}, "     5  Cafe\u0301 → Coffee (marques.csv)\n     4  Orange → Orange (match case, marques.csv)\n" +
			"     1  PAN → PAN (match case, typed)\n     2  US → US (match case, sigles.txt)\n     3  « Élysée » 👍🏽 → Élysée (sigles.txt)\n"},
	}
	for _, s := range steps {
		out, _, err := runTM(t, cmdTM, append([]string{s.args[0], "--tm", db}, s.args[1:]...)...)
		if err != nil || out != s.want {
			t.Errorf("tm %q = %q, %v; want %q", s.args, out, err, s.want)
		}
	}
	out, _, err := runTM(t, cmdTM, "terms", "--tm", db, "--csv")
	if err != nil || !strings.HasPrefix(out, "source,target,note,match case\nCafe\u0301,Coffee,,no\nOrange,Orange,,yes\n") {
		t.Fatalf("tm terms --csv = %q, %v", out, err)
	}
	back := filepath.Join(dir, "back.csv")
	must(os.WriteFile(back, []byte(out), 0o644))
	db2 := filepath.Join(dir, "other.db")
	if _, _, err := runTM(t, cmdTM, "import-terms", "--tm", db2, back); err != nil {
		t.Fatal(err)
	}
	if again, _, err := runTM(t, cmdTM, "terms", "--tm", db2, "--csv"); err != nil || again != out {
		t.Errorf("the CSV of the memory it went into:\n%s\nwant:\n%s", again, out)
	}
	if _, _, err := runTM(t, cmdTM, "match-case", "--tm", db, "x"); err == nil {
		t.Error("tm match-case x succeeded")
	}
	if _, _, err := runTM(t, cmdTM, "match-case", "--tm", db, "99"); err == nil || !strings.Contains(err.Error(), "99 not found") {
		t.Errorf("tm match-case 99: %v", err)
	}
}

// TestFileGlossaryMatchCase: --glossary finds an entry that matches case only in its case, and says
// so to the checks.
func TestFileGlossaryMatchCase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "g.csv")
	if err := os.WriteFile(path, []byte("source,target,match case\nPAN,PAN,yes\nÉtats-Unis,United States\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	g, err := readGlossary(path, "fr", "en")
	if err != nil {
		t.Fatal(err)
	}
	if got := g.Lookup("pan"); len(got) != 0 {
		t.Errorf("Lookup(pan) = %q, want nothing", got)
	}
	if got := g.Lookup("PAN"); len(got) != 1 || !g.MatchCase("PAN", "PAN") {
		t.Errorf("Lookup(PAN) = %q, MatchCase %v", got, g.MatchCase("PAN", "PAN"))
	}
	if got := g.Lookup("ETATS UNIS"); len(got) != 1 || g.MatchCase("ETATS UNIS", "United States") {
		t.Errorf("Lookup(ETATS UNIS) = %q, want United States, found in any case", got)
	}
}

// TestTMMatchCaseOffRefusesCaseTwins: tm match-case --off and tm import-terms refuse, as the app
// does, to leave two entries the same but for case both found in any case, naming the other entry
// (and the file's line); the entry keeps matching case.
func TestTMMatchCaseOffRefusesCaseTwins(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "tm.db")
	for _, args := range [][]string{{"--match-case", "« PAN » 👍🏽", "PAN"}, {"« pan » 👍🏽", "pan"}} {
		if _, _, err := runTM(t, cmdTM, append([]string{"add-term", "--tm", db}, args...)...); err != nil {
			t.Fatal(err)
		}
	}
	_, _, err := runTM(t, cmdTM, "match-case", "--tm", db, "--off", "1")
	if err == nil || !strings.Contains(err.Error(), `"« pan » 👍🏽 → pan" (entry 2)`) || !strings.Contains(err.Error(), "delete one of the two") {
		t.Errorf("tm match-case --off 1: %v", err)
	}
	csv := filepath.Join(dir, "sigles.csv")
	if err := os.WriteFile(csv, []byte("source;target;match case\n« PAN » 👍🏽;PAN;non\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, err = runTM(t, cmdTM, "import-terms", "--tm", db, csv)
	if err == nil || !strings.Contains(err.Error(), "line 2: ") || !strings.Contains(err.Error(), "(entry 2)") {
		t.Errorf("tm import-terms: %v", err)
	}
	out, _, err := runTM(t, cmdTM, "terms", "--tm", db)
	if err != nil || !strings.Contains(out, "1  « PAN » 👍🏽 → PAN (match case, typed)") {
		t.Errorf("tm terms after the refusals = %q, %v", out, err)
	}
	if _, _, err := runTM(t, cmdTM, "delete-term", "--tm", db, "2"); err != nil {
		t.Fatal(err)
	}
	if out, _, err := runTM(t, cmdTM, "match-case", "--tm", db, "--off", "1"); err != nil || out != "1: « PAN » 👍🏽 → PAN (typed)\n" {
		t.Errorf("tm match-case --off 1 with the other deleted = %q, %v", out, err)
	}
}
