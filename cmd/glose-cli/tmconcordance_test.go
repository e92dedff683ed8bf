package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/suggest/glossary"
	"github.com/glose-app/glose/suggest/tm"
)

// TestTMConcordance looks a phrase up in the memory and the glossary, as text and as JSON with
// code-point ranges, on one side or both.
func TestTMConcordance(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "tm.db")
	m, err := tm.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	err = m.AddBatch(ctx, []tm.Unit{
		{SourceLang: "fr", TargetLang: "en", Source: "« Le Parlement gallois 👍🏽 » a voté.", Target: "“The Welsh Parliament 👍🏽” voted."},
		{SourceLang: "fr", TargetLang: "en", Source: "Le chat dort.", Target: "The cat sleeps."},
	})
	if err != nil {
		t.Fatal(err)
	}
	m.Close()
	g, err := glossary.Open(db, "fr", "en")
	if err != nil {
		t.Fatal(err)
	}
	if err := g.Add(ctx, glossary.Entry{Source: "Parlement gallois", Target: "Senedd"}); err != nil {
		t.Fatal(err)
	}
	g.Close()

	out, _, err := runTM(t, cmdTM, "concordance", "--tm", db, "PARLEMENT  galloís")
	if err != nil {
		t.Fatal(err)
	}
	want := "Translation memory: 1 unit holds \"PARLEMENT  galloís\"\n" +
		"  « Le [Parlement gallois] 👍🏽 » a voté.\n  “The Welsh Parliament 👍🏽” voted.\n\n" +
		"Glossary: 1 entry\n  [Parlement gallois] → Senedd\n"
	if out != want {
		t.Errorf("tm concordance:\n%s\nwant\n%s", out, want)
	}
	out, _, err = runTM(t, cmdTM, "concordance", "--tm", db, "--json", "--side", "target", "welsh")
	var c concordanceJSON
	if err != nil || json.Unmarshal([]byte(out), &c) != nil {
		t.Fatalf("--json: %s %v", out, err)
	}
	if c.Total != 1 || len(c.Units) != 1 || len(c.Units[0].SourceHits) != 0 || len(c.Glossary) != 0 {
		t.Fatalf("--json --side target: %+v", c)
	}
	if r := c.Units[0].TargetHits; len(r) != 1 || string([]rune(c.Units[0].Target)[r[0][0]:r[0][1]]) != "Welsh" {
		t.Errorf("target hits %v in %q: want Welsh, in code points", r, c.Units[0].Target)
	}
	for _, bad := range [][]string{
		{"concordance", "--tm", db},
		{"concordance", "--tm", db, "--side", "left", "chat"},
		{"concordance", "--tm", db, " « » "},
	} {
		if _, _, err := runTM(t, cmdTM, bad...); err == nil {
			t.Errorf("tm %q succeeded", bad)
		} else if e, ok := err.(*exitError); !ok || e.code != 2 {
			t.Errorf("tm %q: %v, want a usage error", bad, err)
		}
	}
	if out, _, _ := runTM(t, cmdTM, "concordance", "--tm", db, "chien"); !strings.HasPrefix(out, "Translation memory: 0 units hold") {
		t.Errorf("no hit: %q", out)
	}
}

// TestTMImportKeepsInlineCodes imports a TMX file with formatting codes: the import says how many it
// kept, and the export writes them back.
func TestTMImportKeepsInlineCodes(t *testing.T) {
	dir := t.TempDir()
	db, in := filepath.Join(dir, "tm.db"), filepath.Join(dir, "tags.tmx")
	tmx := `<tmx version="1.4"><header srclang="fr"/><body>
<tu><tuv xml:lang="fr"><seg>Voir la figure<ph x="1">&lt;img/&gt;</ph> : « très <hi>important</hi> » 🇫🇷.</seg></tuv><tuv xml:lang="en"><seg>See the figure<ph x="1">&lt;img/&gt;</ph>: “very <hi>important</hi>” 🇫🇷.</seg></tuv></tu>
</body></tmx>`
	if err := os.WriteFile(in, []byte(tmx), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, err := runTM(t, cmdTM, "import", "--tm", db, in)
	if err != nil || !strings.Contains(out, "warning: 4 inline codes (formatting, placeholders) in 1 unit: kept for TMX export; matches are found on the text without them, and a match Glose inserts or pre-translates into a segment with the same codes brings them") {
		t.Fatalf("tm import: %q %v", out, err)
	}
	out, _, err = runTM(t, cmdTM, "export", "--tm", db)
	if err != nil || !strings.Contains(out, `<seg>Voir la figure<ph x="1">&lt;img/&gt;</ph> : « très <hi>important</hi> » 🇫🇷.</seg>`) {
		t.Errorf("tm export: %s %v", out, err)
	}
}
