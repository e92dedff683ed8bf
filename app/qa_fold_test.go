package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/qa"
)

// TestQAFoldsTheUntranslatedSegments: while the translator is at work, the segments not translated
// yet are one row of the QA list, the first, above the issues that need a look, which keep their rows; the row
// says how many, its detail lists them, and a click goes to the next one after the current segment,
// wrapping around. The checks themselves (what glose-cli qa gives) still find every one.
func TestQAFoldsTheUntranslatedSegments(t *testing.T) {
	d := pairDoc("« Déjà vu », dit-il le 3 mai.", "L’été 👍🏽 à José́.", "Troisième phrase.",
		"Quatrième phrase.", "Cinquième phrase.", "Sixième phrase.")
	ui, _ := newTestUI(t, d, false)
	setTarget(t, ui, 0, "“Déjà vu”, he said on 4 May.") // a number that differs: a warning
	setTarget(t, ui, 3, "Fourth sentence.")
	ui.showQA()
	p := ui.qa
	untranslated := 0
	for _, is := range qa.Run(ui.doc, p.config()) {
		if is.Check == qa.Untranslated {
			untranslated++
		}
	}
	if untranslated != 4 || p.folded != 4 {
		t.Fatalf("the checks find %d untranslated segments, the panel folds %d; want 4 and 4", untranslated, p.folded)
	}
	if p.rows() != p.listed()+1 || p.listed() == 0 {
		t.Fatalf("%d rows for %d issues listed; want them and the folded row", p.rows(), p.listed())
	}
	number := issueRow(p, qa.NumberMismatch, d.Segments[0].ID)
	if k, ok := p.issueOf(p.rowOf(number)); !ok || k != number || p.rowOf(number) == 0 {
		t.Fatalf("the number issue (%d) is at row %d of %d", number, p.rowOf(number), p.rows())
	}
	row := p.list.CreateItem().(*fyne.Container)
	p.bind(p.rowOf(number), row)
	if got := row.Objects[0].(*widget.Label).Text; got != issueMessage(p.issues[number]) {
		t.Errorf("the number issue's row reads %q", got)
	}
	box := p.list.CreateItem().(*fyne.Container)
	p.bind(0, box)
	if got := box.Objects[0].(*widget.Label).Text; got != "4 not translated yet: go to the next" {
		t.Errorf("the folded row reads %q", got)
	}
	if !strings.HasSuffix(p.summary.Text, " · 4\u00a0segments not translated") || strings.HasPrefix(p.summary.Text, "4\u00a0errors") {
		t.Errorf("summary %q: the untranslated segments counted as errors", p.summary.Text)
	}
	ui.focusSegment(2, annotate.Target)
	for _, want := range []int{4, 5, 1, 2} { // after segment 3: 5, 6, then round to 2, 3
		p.list.Select(0)
		if ui.cur != want || ui.win.Canvas().Focused() != fyne.Focusable(ui.rowFor(want).entry) {
			t.Errorf("the folded row went to segment %d, focus %T; want segment %d's English", ui.cur+1, ui.win.Canvas().Focused(), want+1)
		}
	}
	if !strings.HasPrefix(p.detail.Text, "4 segments not translated: 2–3, 5–6.") {
		t.Errorf("detail %q", p.detail.Text)
	}
	setTarget(t, ui, 4, "Fifth sentence.") // the checks run again: the detail follows
	p.runNow()
	if !strings.HasPrefix(p.detail.Text, "3 segments not translated: 2–3, 6.") || p.folded != 3 {
		t.Errorf("after translating segment 5: %d folded, detail %q", p.folded, p.detail.Text)
	}
}
