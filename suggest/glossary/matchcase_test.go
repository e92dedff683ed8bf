package glossary

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/suggest/store"
)

// hitList prints Find's hits as "text→target" with the text cut from the searched string at the
// hit's byte offsets, so that a moved offset shows.
func hitList(g *Glossary, text string) string {
	var out []string
	for _, h := range g.Find(text) {
		out = append(out, fmt.Sprintf("%s→%s", text[h.Start:h.End], h.Entry.Target))
	}
	return strings.Join(out, "; ")
}

// TestMatchCaseFindsOnlyItsCase: a term marked match case is found only written in its case, accents
// aside, or in a headline in capitals; the others as before, in any case. Offsets do not move around accents, « », emoji or e+U+0301.
func TestMatchCaseFindsOnlyItsCase(t *testing.T) {
	ctx := context.Background()
	g := openTemp(t)
	if err := g.Add(ctx,
		Entry{Source: "PAN", Target: "PAN", MatchCase: true},
		Entry{Source: "Orange", Target: "Orange", MatchCase: true},
		Entry{Source: "Élysée", Target: "Élysée Palace", MatchCase: true},
		Entry{Source: "États-Unis", Target: "United States", MatchCase: true},
		Entry{Source: "gilets jaunes", Target: "yellow vests"},
		Entry{Source: "Union", Target: "European Union", MatchCase: true},
		Entry{Source: "Pierre", Target: "Pierre", MatchCase: true},
	); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ text, want string }{
		{"Le PAN 👍🏽 gagne.", "PAN→PAN"},
		{"Une pan de mur, un Pan, un pAN.", ""},
		{"« Orange » vend une orange ou une ORANGE.", "Orange→Orange"},
		{"L’E\u0301lyse\u0301e et l’Elysee, pas l’élysée ni l’ÉLYSÉE.", "E\u0301lyse\u0301e→Élysée Palace; Elysee→Élysée Palace"},
		{"les Etats Unis, les états-unis", "Etats Unis→United States"},
		{"Les GILETS JAUNES et les gilets jaunes.", "GILETS JAUNES→yellow vests; gilets jaunes→yellow vests"},
		// in a headline in capitals too, where a capital says nothing; not in one word in capitals
		{"L’UNION EUROPÉENNE A DÉCIDÉ 🙂", "UNION→European Union"},
		{"« L\u2019UNION E\u0301TAIT PRÊTE »", "UNION→European Union"},
		{"UNION EUROPÉENNE", "UNION→European Union"},
		{"PIERRE ET LA PIERRE ANGULAIRE", "PIERRE→Pierre; PIERRE→Pierre"},
		{"Le choix d’une union, d’une UNION sacrée.", ""},
		{"L’Union a dit à Pierre que la pierre…", "Union→European Union; Pierre→Pierre"},
	} {
		if got := hitList(g, tt.text); got != tt.want {
			t.Errorf("Find(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
	for _, tt := range []struct {
		fr   string
		want bool
	}{{"PAN", true}, {"pan", false}, {"Pan", false}, {"ETATS-UNIS", false}, {"Etats-Unis", true}} {
		_, ok := g.EnglishName(tt.fr, "ORG")
		if ok != tt.want || (len(g.Lookup(tt.fr)) > 0) != tt.want {
			t.Errorf("EnglishName(%q), Lookup: found %v, %v; want %v", tt.fr, ok, g.Lookup(tt.fr), tt.want)
		}
	}
	if !g.MatchCase("PAN", "PAN") || g.MatchCase("gilets jaunes", "yellow vests") || g.MatchCase("pan", "PAN") {
		t.Error("MatchCase: want true for PAN → PAN only")
	}
}

// TestMatchCaseEntries: an entry marked match case is no other spelling's entry (the company Orange
// is not the fruit), a flag set by Add or AddTyped stays until cleared, and SetMatchCase changes it.
func TestMatchCaseEntries(t *testing.T) {
	ctx := context.Background()
	g := openTemp(t)
	if err := g.Add(ctx, Entry{Source: "orange", Target: "orange"}, Entry{Source: "PAN", Target: "PAN"}); err != nil {
		t.Fatal(err)
	}
	e, added, err := g.AddTyped(ctx, Entry{Source: "Orange", Target: "Orange", MatchCase: true})
	if err != nil || !added || !e.MatchCase || e.ID == 0 {
		t.Fatalf("AddTyped(Orange, match case) = %+v, %v, %v; want a new entry matching case", e, added, err)
	}
	pan, added, err := g.AddTyped(ctx, Entry{Source: "PAN", Target: "PAN", MatchCase: true})
	if err != nil || added || !pan.MatchCase {
		t.Fatalf("AddTyped(PAN, match case) on the stored PAN = %+v, %v, %v; want it marked, not added", pan, added, err)
	}
	if err := g.Add(ctx, Entry{Source: "PAN", Target: "PAN", Note: "parti"}); err != nil {
		t.Fatal(err)
	}
	if got := hitList(g, "Orange vend une orange à la pan du PAN."); got != "Orange→Orange; orange→orange; PAN→PAN" {
		t.Errorf("Find = %q", got)
	}
	if got, err := g.Get(ctx, pan.ID); err != nil || !got.MatchCase || got.Note != "parti" {
		t.Errorf("PAN after an import without the flag = %+v, %v; want it still matching case", got, err)
	}
	if _, err := g.SetMatchCase(ctx, pan.ID, false); err != nil {
		t.Fatal(err)
	}
	if got := hitList(g, "la pan"); got != "pan→PAN" {
		t.Errorf("after SetMatchCase(false): %q", got)
	}
	if _, err := g.SetMatchCase(ctx, 9999, true); err == nil {
		t.Error("SetMatchCase of a missing entry: no error")
	}
}

// TestMigrateAddsMatchCase opens databases written before entries could match case (with and without
// the origin column): every entry is there as before, found in any case, and can be marked after.
func TestMigrateAddsMatchCase(t *testing.T) {
	for name, origin := range map[string]string{"with origin": ", origin TEXT NOT NULL DEFAULT ''", "before origin": ""} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "tm.db")
			db, err := store.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			_, err = db.Exec(`CREATE TABLE glossary (id INTEGER PRIMARY KEY, src_lang TEXT NOT NULL,
				tgt_lang TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL, type TEXT NOT NULL DEFAULT '',
				note TEXT NOT NULL DEFAULT ''` + origin + `, UNIQUE (src_lang, tgt_lang, source, target));
				INSERT INTO glossary (src_lang, tgt_lang, source, target, note) VALUES
				('fr', 'en', 'PAN', 'PAN', 'parti'), ('fr', 'en', '« Élysée » 👍🏽', 'Elysée', '');`)
			db.Close()
			if err != nil {
				t.Fatal(err)
			}
			g, err := Open(path, "fr", "en")
			if err != nil {
				t.Fatal(err)
			}
			defer g.Close()
			es, err := g.Entries(context.Background())
			if err != nil || len(es) != 2 || es[0].Source != "PAN" || es[0].Note != "parti" || es[0].MatchCase || es[1].MatchCase {
				t.Fatalf("entries after the migration: %+v, %v", es, err)
			}
			if got := hitList(g, "la pan et l’ÉLYSÉE 👍🏽"); got != "pan→PAN; ÉLYSÉE→Elysée" {
				t.Errorf("Find after the migration = %q; want both in any case, as before", got)
			}
			if _, err := g.SetMatchCase(context.Background(), es[0].ID, true); err != nil {
				t.Fatal(err)
			}
			g2, err := Open(path, "fr", "en") // migrated once: opening again changes nothing
			if err != nil {
				t.Fatal(err)
			}
			defer g2.Close()
			if got := hitList(g2, "la pan et le PAN"); got != "PAN→PAN" {
				t.Errorf("reopened, PAN marked: %q", got)
			}
		})
	}
}

// TestMatchCaseCSVRoundTrip: WriteCSV writes the flag in a column of its own, which ImportCSV reads
// back into another glossary; a file that says no clears a flag, one without the column leaves it.
func TestMatchCaseCSVRoundTrip(t *testing.T) {
	ctx := context.Background()
	g := openTemp(t)
	in := []Entry{
		{Source: "PAN", Target: "PAN", Note: "parti, « mexicain »", MatchCase: true},
		{Source: "Cafe\u0301 👍🏽", Target: "coffee", Note: "deux\nlignes"},
		{Source: "Orange", Target: "Orange", MatchCase: true},
	}
	if err := g.Add(ctx, in...); err != nil {
		t.Fatal(err)
	}
	es, err := g.Entries(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var csv bytes.Buffer
	if err := WriteCSV(&csv, es); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(csv.String(), "source,target,note,match case\n") {
		t.Errorf("CSV heading: %q", csv.String())
	}
	g2 := openTemp(t)
	if n, err := g2.ImportCSV(ctx, bytes.NewReader(csv.Bytes())); err != nil || n != 3 {
		t.Fatalf("ImportCSV of WriteCSV = %d, %v:\n%s", n, err, csv.String())
	}
	back, err := g2.Entries(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for i := range back {
		back[i].ID, es[i].ID, back[i].Origin = 0, 0, ""
		if back[i] != es[i] {
			t.Errorf("entry %d read back: %+v, want %+v", i, back[i], es[i])
		}
	}
	for _, tt := range []struct {
		name, csv string
		want      bool
	}{
		{"no column keeps it", "PAN;PAN\n", true},
		{"French heading, flag first, no", "Terme;Traduction;Respecter la casse;Note\nPAN;PAN;non;parti\n", false},
		{"four fields, no heading, oui", "PAN\tPAN\t\toui\n", true},
		{"empty cell in a file with the column", "source,target,match case\nPAN,PAN\nOrange,Orange,x\n", false},
	} {
		if _, err := g2.ImportCSV(ctx, strings.NewReader(tt.csv)); err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if got := hitList(g2, "la pan") == ""; got != tt.want {
			t.Errorf("%s: PAN matches case: %v, want %v", tt.name, got, tt.want)
		}
	}
	_, err = g2.ImportCSV(ctx, strings.NewReader("source;target;match case\nPAN;PAN;oui\nUS;US;peut-être\n"))
	if err == nil || !strings.Contains(err.Error(), `CSV line 3: the match case column holds "peut-être"`) {
		t.Errorf("a bad flag: %v", err)
	}
}

// TestMatchCaseTSV: a heading naming a match-case column makes the third column the flag; without
// one, everything after the first tab is the target, as before.
func TestMatchCaseTSV(t *testing.T) {
	for _, tt := range []struct {
		name, tsv string
		want      []Entry
		exact     bool
	}{
		{"heading after #", "# source\ttarget\tmatch case\nPAN\tPAN\tyes\n« Élysée »\tElysée\n", []Entry{
			{Source: "PAN", Target: "PAN", MatchCase: true}, {Source: "« Élysée »", Target: "Elysée"}}, true},
		{"no heading", "PAN\tPAN\tyes\n", []Entry{{Source: "PAN", Target: "PAN\tyes"}}, false},
	} {
		got, _, exact, err := parseTSV([]byte(tt.tsv))
		if err != nil || exact != tt.exact || fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("%s: %+v, %v, %v; want %+v, %v", tt.name, got, exact, err, tt.want, tt.exact)
		}
	}
	if _, err := ParseTSV([]byte("source\ttarget\tcasse\nPAN\tPAN\tbof\n")); err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("a bad flag: %v, want line 2", err)
	}
}

func TestLooksLikeAcronym(t *testing.T) {
	for s, want := range map[string]bool{"PAN": true, "US": true, "OTAN": true, "G7": true, " ÉU ": true, "UNHCR": true,
		"A": false, "UNESCOS": false, "G": false, "7G": false, "E\u0301U": true, "Pan": false, "PAN PAN": false, "É-U": false, "": false, "pan": false} {
		if got := LooksLikeAcronym(s); got != want {
			t.Errorf("LooksLikeAcronym(%q) = %v, want %v", s, got, want)
		}
	}
}
