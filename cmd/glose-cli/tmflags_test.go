package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTMLanguageFlags: tm's subcommands name the language pair --source-lang and --target-lang, as
// import, annotate and set do; --source and --target, their names in earlier versions, still work
// (scripts use them), as --top and --min do for tm search's --limit and --threshold; -h lists only
// the new names, saying the old ones on their lines.
func TestTMLanguageFlags(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "tm.db")
	tmx := filepath.Join(dir, "in.tmx")
	if err := os.WriteFile(tmx, []byte(cliTMX), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := runTM(t, cmdTM, "import", "--tm", db, "--source-lang", "fr", "--target-lang", "en", tmx); err != nil {
		t.Fatal(err)
	}
	const query = "Sergueï Lavrov est arrivé à Moscou lundi."
	for _, tt := range []struct {
		flags []string
		hits  int
	}{
		{[]string{"--source-lang", "fr", "--target-lang", "en", "--limit", "3", "--threshold", "50"}, 1},
		{[]string{"--source", "fr", "--target", "en", "--top", "3", "--min", "50"}, 1},
		{[]string{"--source-lang", "de"}, 0},    // the pair is read: no German in the memory
		{[]string{"--target", "es"}, 0},         // so is the old name
		{[]string{"--min", "90"}, 0},            // 85.7 is under it
		{[]string{"--threshold", "90"}, 0},      //
		{[]string{"--source=fr", "--top=1"}, 1}, // the other way of giving a value
	} {
		args := append(append([]string{"search", "--tm", db, "--json"}, tt.flags...), query)
		out, _, err := runTM(t, cmdTM, args...)
		if err != nil {
			t.Errorf("%v: %v", tt.flags, err)
			continue
		}
		if got := strings.Count(out, `"target"`); got != tt.hits {
			t.Errorf("%v: %d matches, want %d: %s", tt.flags, got, tt.hits, out)
		}
	}
	for _, sub := range []string{"search", "concordance", "add-term"} {
		h := helpOf(t, "tm", sub)
		for _, f := range h.flags {
			if f.name == "--source" || f.name == "--target" || f.name == "--top" || f.name == "--min" {
				t.Errorf("tm %s -h lists %s on its own line", sub, f.name)
			}
		}
		_, usage, _ := runCLI(t, "tm", sub, "-h")
		if !strings.Contains(usage, "--source is another name for it") {
			t.Errorf("tm %s -h does not say --source still works:\n%s", sub, usage)
		}
	}
}
