package glossary

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/suggest/store"
)

// entryList prints entries as "source → target (origin)", sorted as Entries sorts them.
func entryList(t *testing.T, g *Glossary) string {
	t.Helper()
	es, err := g.Entries(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range es {
		out = append(out, fmt.Sprintf("%s → %s (%s)", e.Source, e.Target, e.Origin))
	}
	return strings.Join(out, "; ")
}

// TestLearnAndForget learns a document's names: what was stored already (an import, another document)
// is not the document's to forget; Forget takes back only what Learn stored and is still as it left it.
func TestLearnAndForget(t *testing.T) {
	ctx := context.Background()
	g := openTemp(t)
	if _, err := g.Import(ctx, strings.NewReader("source,target\nMoscou,Moscow\n"), "/tmp/terms.csv"); err != nil {
		t.Fatal(err)
	}
	learned, err := g.Learn(ctx, []Entity{{Source: "Moscou", Target: "Moscow", Type: "LOC"}, {Source: "Sergueï Lavrov", Target: "Sergey Lavrov", Type: "PER"},
		{Source: "Maison-Blanche", Target: "White House", Type: "ORG"}}, "a1")
	if err != nil || len(learned) != 2 || learned[0].Source != "Sergueï Lavrov" || learned[0].ID == 0 {
		t.Fatalf("Learn = %+v, %v; want the two names not stored yet, with their IDs", learned, err)
	}
	if got, want := entryList(t, g), "Maison-Blanche → White House (a1); Moscou → Moscow (terms.csv); Sergueï Lavrov → Sergey Lavrov (a1)"; got != want {
		t.Fatalf("entries %q, want %q", got, want)
	}
	if hits := g.Find("Sergueï Lavrov"); len(hits) != 1 || hits[0].Entry.Target != "Sergey Lavrov" {
		t.Errorf("the learned name is not found: %+v", hits)
	}
	// The White House is imported since: the import's now, not the document's to forget.
	if _, err := g.Import(ctx, strings.NewReader("Maison-Blanche,White House,the US president's residence\n"), "more.csv"); err != nil {
		t.Fatal(err)
	}
	n, err := g.Forget(ctx, learned...)
	if err != nil || n != 1 {
		t.Fatalf("Forget = %d, %v; want 1", n, err)
	}
	if got, want := entryList(t, g), "Maison-Blanche → White House (more.csv); Moscou → Moscow (terms.csv)"; got != want {
		t.Errorf("after Forget: entries %q, want %q", got, want)
	}
	if hits := g.Find("Sergueï Lavrov"); len(hits) != 0 {
		t.Errorf("the forgotten name is still found: %+v", hits)
	}
	if n, err := g.Forget(ctx, learned...); err != nil || n != 0 {
		t.Errorf("Forget again = %d, %v; want 0, no error", n, err)
	}
}

// TestMigrateDropsLegacyCopies opens a database written before entries had an origin, when every entity
// name went in at once: the copies of the French go, the imported terms and the other names stay.
func TestMigrateDropsLegacyCopies(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "tm.db")
	db, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	_, err = db.Exec(`CREATE TABLE glossary (
	id INTEGER PRIMARY KEY, src_lang TEXT NOT NULL, tgt_lang TEXT NOT NULL, source TEXT NOT NULL,
	target TEXT NOT NULL, type TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '',
	UNIQUE (src_lang, tgt_lang, source, target));
	INSERT INTO glossary (src_lang, tgt_lang, source, target, type) VALUES
	('fr', 'en', 'Al-Fateh de Sinjar', 'Al-Fateh de Sinjar', 'LOC'),
	('fr', 'en', 'Arabie', 'arabie ', 'LOC'),
	('fr', 'en', 'officier de police', 'police officer', 'PER'),
	('fr', 'en', 'Haïder al-Abadi', 'Haider al-Abadi', 'PER'),
	('fr', 'en', 'Wikipédia', 'Wikipédia', ''),
	('fr', 'en', 'Moscou', 'Moscow', '');`)
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	g, err := Open(path, "fr", "en")
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	want := "Haïder al-Abadi → Haider al-Abadi (); Moscou → Moscow (); officier de police → police officer (); Wikipédia → Wikipédia ()"
	if got := entryList(t, g); got != want {
		t.Fatalf("after the migration: %q, want %q", got, want)
	}
	// Done once: a copy a person confirmed since stays.
	if _, err := g.Learn(ctx, []Entity{{Source: "Sinjar", Target: "Sinjar", Type: "LOC"}}, "a1"); err != nil {
		t.Fatal(err)
	}
	g2, err := Open(path, "fr", "en")
	if err != nil {
		t.Fatal(err)
	}
	defer g2.Close()
	if got := entryList(t, g2); !strings.Contains(got, "Sinjar → Sinjar (a1)") {
		t.Errorf("reopened: %q, want the confirmed copy kept", got)
	}
	var n int
	if err := g2.db.QueryRow(`SELECT count(*) FROM pragma_table_info('glossary') WHERE name = 'origin'`).Scan(&n); err != nil || n != 1 {
		t.Errorf("origin columns: %d, %v", n, err)
	}
}

// TestEntriesInDictionaryOrder lists entries as a dictionary does, case and accents aside, as the
// glossary dialog and glose-cli tm terms show them.
func TestEntriesInDictionaryOrder(t *testing.T) {
	g := openTemp(t)
	if err := g.Add(context.Background(), Entry{Source: "États-Unis", Target: "United States"}, Entry{Source: "union", Target: "union"},
		Entry{Source: "Espagne", Target: "Spain"}, Entry{Source: "Allemagne", Target: "Germany"}); err != nil {
		t.Fatal(err)
	}
	want := "Allemagne → Germany (); Espagne → Spain (); États-Unis → United States (); union → union ()"
	if got := entryList(t, g); got != want {
		t.Errorf("entries %q, want %q", got, want)
	}
}

// TestNamesMatchingCase: a name marked MatchCase, a capitalised one whose lower-case form is a common
// word, is found only in its case, as the document's term and once learned (the flag stored with it):
// "Union" is the European one in « l’Union », not the common noun in "d’une union"; a decomposed é
// (e + U+0301) and an emoji beside it change nothing.
func TestNamesMatchingCase(t *testing.T) {
	ctx := context.Background()
	text := "« L’Union 🙂 a parlé d’une union des Verts », dit Élise, à propos des verts pâturages."
	found := func(g *Glossary) string {
		var out []string
		for _, h := range g.Find(text) {
			out = append(out, text[h.Start:h.End])
		}
		return strings.Join(out, "; ")
	}
	names := []Entity{{Source: "Union", Target: "European Union", Type: "ORG", MatchCase: true},
		{Source: "Verts", Target: "Greens", Type: "ORG", MatchCase: true}, {Source: "E\u0301lise", Target: "Élise", Type: "PER"}}
	g := openTemp(t)
	g.SetDocument(names)
	if got, want := found(g), "Union; Verts; Élise"; got != want {
		t.Errorf("as the document's terms: found %q, want %q", got, want)
	}
	g.SetDocument(nil)
	learned, err := g.Learn(ctx, names, "a1")
	if err != nil || len(learned) != 3 || !learned[0].MatchCase || learned[2].MatchCase {
		t.Fatalf("Learn = %+v, %v; want three entries, the first two matching case", learned, err)
	}
	if got, want := found(g), "Union; Verts; Élise"; got != want {
		t.Errorf("learned: found %q, want %q", got, want)
	}
	es, err := g.Entries(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range es {
		if e.MatchCase != (e.Target != "Élise") {
			t.Errorf("stored %s → %s with Match case %v", e.Source, e.Target, e.MatchCase)
		}
	}
}
