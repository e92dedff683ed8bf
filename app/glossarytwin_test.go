package app

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/suggest/glossary"
)

// TestGlossaryListRefusesCaseTwins: unticking Match case on « PAN » 👍🏽 → PAN while « pan » 👍🏽 →
// pan is found in any case would leave two entries the same but for case, both offered for the same
// words. The dialog says so, naming the other entry, and offers to delete it: No keeps the box
// ticked and both entries as they were; Yes deletes the other and finds PAN in any case.
func TestGlossaryListRefusesCaseTwins(t *testing.T) {
	for _, yes := range []bool{false, true} {
		ui := suggestUI(t, pairDoc(caseText), nil, nil)
		g := ui.sugg.src.eng.Glossary
		must(t, g.Add(context.Background(), glossary.Entry{Source: "« PAN » 👍🏽", Target: "PAN", MatchCase: true},
			glossary.Entry{Source: "« pan » 👍🏽", Target: "pan"}))
		ui.sugg.sourcesChanged()
		var asked string
		ui.opts.Confirm = func(_, msg string, done func(bool)) { asked = msg; done(yes) }
		v := ui.showGlossary()
		row := v.list.CreateItem().(*glossaryRow)
		v.list.UpdateItem(0, row)
		if row.term.Text != "« PAN » 👍🏽 → PAN" || !row.matchCase.Checked {
			t.Fatalf("row 0: %q, match case %v", row.term.Text, row.matchCase.Checked)
		}
		test.Tap(row.matchCase)
		if !strings.Contains(asked, "“« pan » 👍🏽 → pan”") || !strings.Contains(asked, "Delete “« pan » 👍🏽 → pan” and find") {
			t.Errorf("asked %q", asked)
		}
		v.list.UpdateItem(0, row)
		if !yes {
			if !storedEntry(t, ui, "« PAN » 👍🏽").MatchCase || !row.matchCase.Checked || len(v.all) != 2 {
				t.Errorf("No: PAN no longer matches case, or its box is unticked (%v), or the other went (%d entries)", row.matchCase.Checked, len(v.all))
			}
			if got := ui.status.Text; got != "Still matching case: “« PAN » 👍🏽 → PAN”" {
				t.Errorf("status %q", got)
			}
			continue
		}
		es, _ := g.Entries(context.Background())
		if len(es) != 1 || es[0].MatchCase || len(v.all) != 1 || row.matchCase.Checked || row.term.Text != "« PAN » 👍🏽 → PAN" {
			t.Errorf("Yes: entries %+v; the row %q ticked %v", es, row.term.Text, row.matchCase.Checked)
		}
	}
}

// TestImportGlossaryRefusesCaseTwins: a CSV file whose match-case column says no for PAN, while pan
// is stored found in any case, is refused in the user's language, naming its line and the other entry.
func TestImportGlossaryRefusesCaseTwins(t *testing.T) {
	useLanguage(t, "fr")
	ui := suggestUI(t, pairDoc(caseText), nil, nil)
	must(t, ui.sugg.src.eng.Glossary.Add(context.Background(), glossary.Entry{Source: "PAN", Target: "PAN", MatchCase: true},
		glossary.Entry{Source: "pan", Target: "pan"}))
	ui.importGlossary(nopCloser{strings.NewReader("source;target;match case\nCafé;Coffee;non\nPAN;PAN;non\n")}, "sigles.csv")
	want := "Ligne 3\u00a0: «\u00a0PAN → PAN\u00a0», trouvé quelle que soit la casse, serait la même entrée que «\u00a0pan → pan\u00a0»"
	if !strings.Contains(ui.status.Text, want) || !strings.Contains(ui.status.Text, "Rien n’a été importé") {
		t.Errorf("status %q, want it to say %q", ui.status.Text, want)
	}
	if es, err := ui.sugg.src.eng.Glossary.Entries(context.Background()); err != nil || len(es) != 2 {
		t.Errorf("after the refused import: %+v, %v; want the two entries alone (no Café)", es, err)
	}
	if e := storedEntry(t, ui, "PAN"); !e.MatchCase {
		t.Error("the refused import unticked PAN")
	}
}
