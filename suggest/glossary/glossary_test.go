package glossary

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/suggest/token"
)

func openTemp(t *testing.T) *Glossary {
	t.Helper()
	g, err := Open(filepath.Join(t.TempDir(), "tm.db"), "fr", "en")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { g.Close() })
	return g
}

func TestFind(t *testing.T) {
	ctx := context.Background()
	g := openTemp(t)
	err := g.Add(ctx,
		Entry{Source: "Moscou", Target: "Moscow", Type: "LOC"},
		Entry{Source: "Maison-Blanche", Target: "White House", Type: "ORG"},
		Entry{Source: "Sergueï", Target: "Sergei"},
		Entry{Source: "Sergueï Lavrov", Target: "Sergei Lavrov", Type: "PER"},
		Entry{Source: "États-Unis", Target: "United States"},
		Entry{Source: "Maison", Target: "House"},
	)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want []string // "matched text=target"
	}{
		{"Sergueï Lavrov est arrivé à Moscou.", []string{"Sergueï Lavrov=Sergei Lavrov", "Moscou=Moscow"}},
		{"sergueï a vu la maison blanche 😀 à MOSCOU", []string{"sergueï=Sergei", "maison blanche=White House", "MOSCOU=Moscow"}},
		{"Les Etats-Unis et la Maison, Blanche", []string{"Etats-Unis=United States", "Maison=House"}},
		{"Sergue\u0301i\u0308 Lavrov", []string{"Sergue\u0301i\u0308 Lavrov=Sergei Lavrov"}},
		{"« Moscou » 😀 moscovite", []string{"Moscou=Moscow"}},
		{"rien ici", nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var got []string
			for _, h := range g.Find(tt.text) {
				got = append(got, tt.text[h.Start:h.End]+"="+h.Entry.Target)
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("Find = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestLearnSharedDatabaseAndRemove(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "tm.db")
	g, err := Open(path, "fr-FR", "en")
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	got, err := g.Learn(ctx, []Entity{{Source: "Sergueï Lavrov", Target: "Sergei Lavrov", Type: "PER"}, {Source: "", Target: "x", Type: "LOC"}, {Source: "Kremlin", Target: "Kremlin", Type: "LOC"}}, "doc-1")
	if err != nil || len(got) != 2 {
		t.Fatalf("Learn = %+v, %v", got, err)
	}
	// A second handle on the same file (another program) sees the entries.
	g2, err := Open(path, "fr", "en")
	if err != nil {
		t.Fatal(err)
	}
	defer g2.Close()
	es, err := g2.Entries(ctx)
	if err != nil || len(es) != 2 || es[0].Source != "Kremlin" || es[1].Type != "PER" {
		t.Fatalf("Entries = %+v, %v", es, err)
	}
	if err := g2.Remove(ctx, es[0].ID); err != nil {
		t.Fatal(err)
	}
	if err := g2.Remove(ctx, es[0].ID); err == nil {
		t.Error("second Remove succeeded")
	}
	if hits := g2.Find("au Kremlin"); len(hits) != 0 {
		t.Errorf("removed term still found: %+v", hits)
	}
	if err := g.Add(ctx, Entry{Source: " ", Target: "x"}); err == nil {
		t.Error("Add of an empty source succeeded")
	}
}

const tbxV2 = `<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en"><martifHeader/><text><body>
<termEntry id="t1"><descrip type="definition">capital of Russia</descrip>
  <langSet xml:lang="fr-FR"><tig><term>Moscou</term><termNote type="partOfSpeech">noun</termNote></tig></langSet>
  <langSet xml:lang="en"><tig><term>Moscow</term></tig></langSet></termEntry>
<termEntry id="t2">
  <langSet xml:lang="fr"><ntig><termGrp><term>Maison-Blanche</term></termGrp></ntig><tig><term>Maison Blanche</term></tig></langSet>
  <langSet xml:lang="en"><tig><term>White House</term></tig></langSet></termEntry>
<termEntry id="t3"><langSet xml:lang="de"><tig><term>Haus</term></tig></langSet></termEntry>
</body></text></martif>`

const tbxV3 = `<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Core" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><tbxHeader/><text><body>
<conceptEntry id="c1"><langSec xml:lang="fr"><termSec><term>Sergueï</term></termSec></langSec>
  <langSec xml:lang="en"><termSec><term>Sergei</term></termSec></langSec></conceptEntry>
</body></text></tbx>`

func TestImportTBX(t *testing.T) {
	ctx := context.Background()
	g := openTemp(t)
	for _, doc := range []string{tbxV2, tbxV3} {
		if _, err := g.ImportTBX(ctx, strings.NewReader(doc)); err != nil {
			t.Fatal(err)
		}
	}
	es, _ := g.Entries(ctx)
	var got []string
	for _, e := range es {
		got = append(got, e.Source+"="+e.Target+"/"+e.Note)
	}
	want := []string{"Maison Blanche=White House/", "Maison-Blanche=White House/", "Moscou=Moscow/capital of Russia", "Sergueï=Sergei/"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("entries %q, want %q", got, want)
	}
	for _, bad := range []struct{ doc, want string }{
		{"<martif><text><body>\n<termEntry><langSet></termEntry>", "line 2"},
		{"<martif/>", "no entries"},
	} {
		if _, err := g.ImportTBX(ctx, strings.NewReader(bad.doc)); err == nil || !strings.Contains(err.Error(), bad.want) {
			t.Errorf("ImportTBX(%q) error %v, want %q", bad.doc, err, bad.want)
		}
	}
}

func TestImportCSV(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name, csv string
		n         int
		err       string
	}{
		{"header and note", "source,target,note\nMoscou,Moscow,capitale\n\"Maison-Blanche\",\"White House\"\n", 2, ""},
		{"bom no header", "\ufeffSergueï,Sergei\n", 1, ""},
		{"missing target", "Moscou,Moscow\nParis\n", 0, "line 2"},
		{"too many", "a,b,c,d\n", 0, "line 1"},
		{"bad quote", "a,\"b\n", 0, "CSV"},
		{"empty", "", 0, "no entries"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, err := openTemp(t).ImportCSV(ctx, strings.NewReader(tt.csv))
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Errorf("error %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil || n != tt.n {
				t.Errorf("ImportCSV = %d, %v; want %d", n, err, tt.n)
			}
		})
	}
}

func TestFindPrefersTheDocumentAndTheWrittenForm(t *testing.T) {
	ctx := context.Background()
	g := openTemp(t)
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(g.Add(ctx,
		Entry{Source: "Maison Blanche", Target: "White House", Type: "ORG"},
		Entry{Source: "Maison-Blanche", Target: "White House", Type: "ORG"},
		Entry{Source: "Sergueï Lavrov", Target: "Sergei Lavrov", Type: "PER"},
	))
	text := "Reçu à la Maison-Blanche, Sergueï Lavrov a parlé."
	found := func() []string {
		var got []string
		for _, h := range g.Find(text) {
			got = append(got, h.Entry.Source+"="+h.Entry.Target)
		}
		return got
	}
	// Both Maison entries match once folded: the one written as in the text is shown.
	if got, want := fmt.Sprint(found()), "[Maison-Blanche=White House Sergueï Lavrov=Sergei Lavrov]"; got != want {
		t.Errorf("stored: %s, want %s", got, want)
	}
	// A later entry for the same term wins over an older one.
	must(g.Add(ctx, Entry{Source: "Sergueï Lavrov", Target: "Sergey Lavrov"}))
	if got, want := fmt.Sprint(found()), "[Maison-Blanche=White House Sergueï Lavrov=Sergey Lavrov]"; got != want {
		t.Errorf("newest: %s, want %s", got, want)
	}
	// The document's own names a person stood behind come first, and go when the document forgets them.
	g.SetDocument([]Entity{{Source: "Sergueï Lavrov", Target: "S. Lavrov", Type: "PER", Confirmed: true}, {Source: "Maison Blanche", Target: "the White House", Confirmed: true}})
	if got, want := fmt.Sprint(found()), "[Maison Blanche=the White House Sergueï Lavrov=S. Lavrov]"; got != want {
		t.Errorf("document: %s, want %s", got, want)
	}
	// Those nobody confirmed (pre-annotation's) come after the stored entries, which the user
	// imported or confirmed: offered second, never hiding them. A name the store has already is one.
	g.SetDocument([]Entity{{Source: "Sergueï Lavrov", Target: "S. Lavrov", Type: "PER"}, {Source: "Maison Blanche", Target: "White House"}})
	var all []string
	for _, h := range g.Find(text) {
		all = append(all, h.Entry.Target)
		for _, o := range h.Others {
			all = append(all, "+"+o.Target)
		}
	}
	if got, want := fmt.Sprint(all), "[White House Sergey Lavrov +Sergei Lavrov +S. Lavrov]"; got != want {
		t.Errorf("unconfirmed document names: %s, want %s", got, want)
	}
	g.SetDocument(nil)
	if got, want := fmt.Sprint(found()), "[Maison-Blanche=White House Sergueï Lavrov=Sergey Lavrov]"; got != want {
		t.Errorf("forgotten: %s, want %s", got, want)
	}
}

// TestSearchFindsPhrasesInTerms looks up words in the glossary's terms and translations, case and
// accents aside, and in the open document's names: the term that is the phrase itself first, then
// the shorter ones.
func TestSearchFindsPhrasesInTerms(t *testing.T) {
	ctx := context.Background()
	g := openTemp(t)
	if err := g.Add(ctx,
		Entry{Source: "Parlement gallois", Target: "Welsh Parliament"},
		Entry{Source: "gouvernement du Pays de Galles", Target: "Welsh Government"},
		Entry{Source: "« Élysée »", Target: "Élysée 🇫🇷"},
		Entry{Source: "Parlement", Target: "Parliament"},
	); err != nil {
		t.Fatal(err)
	}
	g.SetDocument([]Entity{{Source: "Sergueï Lavrov", Target: "Sergei Lavrov", Type: "PER"}, {Source: "Parlement", Target: "Parliament"}})
	got := func(q string, src, tgt bool) string {
		hs, err := g.Search(ctx, token.ParsePhrase(q), src, tgt)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, h := range hs {
			out = append(out, fmt.Sprintf("%s %v|%s %v", h.Source, h.SourceHits, h.Target, h.TargetHits))
		}
		return strings.Join(out, "; ")
	}
	for _, tt := range []struct {
		q        string
		src, tgt bool
		want     string
	}{
		{"PARLEMENT", true, true, "Parlement [[0 9]]|Parliament []; Parlement gallois [[0 9]]|Welsh Parliament []"},
		{"welsh", true, true, "Parlement gallois []|Welsh Parliament [[0 5]]; gouvernement du Pays de Galles []|Welsh Government [[0 5]]"},
		{"welsh", true, false, ""},
		{"elysee", true, true, "« Élysée » [[3 11]]|Élysée 🇫🇷 [[0 8]]"},
		{"lavrov", true, true, "Sergueï Lavrov [[9 15]]|Sergei Lavrov [[7 13]]"},
	} {
		if g := got(tt.q, tt.src, tt.tgt); g != tt.want {
			t.Errorf("Search(%q, %v, %v) = %q, want %q", tt.q, tt.src, tt.tgt, g, tt.want)
		}
	}
}
