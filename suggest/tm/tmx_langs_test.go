package tm

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/suggest/store"
)

// regionalTMX is a memory of en-US → fr-CA, as OmegaT and memoQ name their languages, one unit with
// codes, one whose French is named by its language alone.
const regionalTMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
<header creationtool="X" creationtoolversion="1" segtype="sentence" o-tmf="X" adminlang="en" srclang="en-US" datatype="plaintext"/>
<body>
<tu><tuv xml:lang="en-US"><seg>The <bpt i="1">&lt;b&gt;</bpt>White House<ept i="1">&lt;/b&gt;</ept> said 😀.</seg></tuv>
    <tuv xml:lang="fr-CA"><seg>La <bpt i="1">&lt;b&gt;</bpt>Maison-Blanche<ept i="1">&lt;/b&gt;</ept> a dit « oui » 😀.</seg></tuv></tu>
<tu><tuv xml:lang="en-US"><seg>Coffee</seg></tuv><tuv xml:lang="fr-CA"><seg>Cafe` + "\u0301" + `</seg></tuv></tu>
<tu><tuv xml:lang="en-US"><seg>Yes</seg></tuv><tuv xml:lang="fr"><seg>Oui</seg></tuv></tu>
</body></tmx>`

// The languages of a memory imported from TMX go back out as the file named them (en-US, fr-CA), not
// reduced to the language the memory pairs units by; an export read again gives the same.
func TestTMXKeepsRegionalLanguages(t *testing.T) {
	ctx := context.Background()
	m := openTemp(t)
	if _, err := m.Import(ctx, strings.NewReader(regionalTMX), ImportOptions{SourceLang: "en-US", TargetLang: "fr-CA"}); err != nil {
		t.Fatal(err)
	}
	got := exportTMX(t, m)
	validateTMX(t, []byte(got))
	for _, w := range []string{
		`srclang="en-US" datatype`,
		`<tu tuid="1" srclang="en-US"`,
		`<tuv xml:lang="fr-CA"><seg>La <bpt i="1">&lt;b&gt;</bpt>Maison-Blanche`,
		`<tuv xml:lang="fr-CA"><seg>Café</seg>`,
		`<tuv xml:lang="fr"><seg>Oui</seg>`,
	} {
		if !strings.Contains(got, w) {
			t.Errorf("the export lacks %s:\n%s", w, got)
		}
	}
	m2 := openTemp(t)
	if _, err := m2.Import(ctx, strings.NewReader(got), ImportOptions{SourceLang: "en", TargetLang: "fr"}); err != nil {
		t.Fatal(err)
	}
	if again := exportTMX(t, m2); strings.Count(again, `xml:lang="fr-CA"`) != 2 || strings.Count(again, `xml:lang="en-US"`) != 3 {
		t.Errorf("exported again:\n%s", again)
	}
	if ms, err := m2.Lookup(ctx, Query{Text: "Coffee", SourceLang: "en", TargetLang: "fr"}); err != nil || len(ms) != 1 || ms[0].Target != "Café" {
		t.Errorf("Lookup = %+v, %v", ms, err)
	}
}

// A memory made before the languages were kept gets their columns when opened, and imports keep them.
func TestTMXLanguagesInAnOlderMemory(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "tm.db")
	m, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	m.Close()
	db, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range markupColumns {
		if _, err := db.Exec(`ALTER TABLE tm_markup DROP COLUMN ` + c); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	m, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	if _, err := m.Import(ctx, strings.NewReader(regionalTMX), ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	if got := exportTMX(t, m); !strings.Contains(got, `<tuv xml:lang="fr-CA"><seg>Café</seg>`) {
		t.Errorf("export:\n%s", got)
	}
}

func exportTMX(t *testing.T, m *Memory) string {
	t.Helper()
	var buf bytes.Buffer
	if err := m.Export(context.Background(), &buf); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}
