package app

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/plaintext"
	"github.com/glose-app/glose/annotate/qa"
	"github.com/glose-app/glose/workspace"
)

// decadeUI opens two segments a translator found flagged, "10 ans plus tard" translated "years
// later" (a free translation she judges no fault), in text with accents, « » inside no-break spaces,
// an emoji and e + U+0301, and runs the checks.
func decadeUI(t *testing.T) *UI {
	t.Helper()
	src := "10 ans plus tard, Zoé a dit «\u00a0c’est fini\u00a0» 😀.\n10 ans plus tard, e\u0301lise est partie."
	d := plaintext.Build("décennie.txt", annotate.NFC(src), nil, plaintext.Options{})
	ui, _ := newTestUI(t, d, false)
	setTarget(t, ui, 0, "Years later, Zoé said “it’s over” 😀.")
	setTarget(t, ui, 1, "Years later, e\u0301lise left.")
	ui.showQA()
	return ui
}

// openIssue opens the number issue of segment seg, as a click on its row does.
func openIssue(t *testing.T, p *qaPanel, seg string) {
	t.Helper()
	k := issueRow(p, qa.NumberMismatch, seg)
	if k < 0 {
		t.Fatalf("no number issue of %s in %+v", seg, p.issues)
	}
	p.open(p.rowOf(k))
}

// ignoreButton returns the Ignore (or Un-ignore) button under the opened issue, failing when hidden.
func ignoreButton(t *testing.T, p *qaPanel, want string) *dialogButton {
	t.Helper()
	b := p.ignoring.button
	if !p.ignoring.row.Visible() || b.Text != want {
		t.Fatalf("button %q shown %v, want %q shown", b.Text, p.ignoring.row.Visible(), want)
	}
	return b
}

// TestQAIgnoreIssue: Ignore takes the decade issue out of the QA tab and the "With QA problems"
// filter, counted apart in the summary, as one undo step; Show ignored lists it greyed, with Un-ignore;
// the document keeps it through a save and a new window; a new number in the English raises it again.
func TestQAIgnoreIssue(t *testing.T) {
	ui := decadeUI(t)
	p := ui.qa
	openIssue(t, p, "s1")
	test.Tap(ignoreButton(t, p, "Ignore"))
	if issueRow(p, qa.NumberMismatch, "s1") >= 0 || issueRow(p, qa.NumberMismatch, "s2") < 0 {
		t.Fatalf("after Ignore: %+v, want s2's number issue alone", p.issues)
	}
	if !strings.Contains(p.summary.Text, "1\u00a0ignored") {
		t.Errorf("summary %q does not count the ignored issue", p.summary.Text)
	}
	ui.filter.apply(showQAProblems)
	if !ui.list.hidden(0) || ui.list.hidden(1) {
		t.Errorf("With QA problems shows segment 1 (%v) or hides segment 2 (%v)", !ui.list.hidden(0), ui.list.hidden(1))
	}
	ui.filter.apply(showAll)

	ui.undoStep()
	p.runNow()
	if issueRow(p, qa.NumberMismatch, "s1") < 0 || len(ui.doc.Segments[0].QAIgnored) != 0 {
		t.Fatalf("Ctrl+Z left the issue ignored: %+v", p.issues)
	}
	ui.redoStep()
	p.runNow()
	if issueRow(p, qa.NumberMismatch, "s1") >= 0 {
		t.Fatal("redo did not ignore the issue again")
	}

	p.ignoring.show.SetChecked(true)
	k := issueRow(p, qa.NumberMismatch, "s1")
	if k < 0 || !p.issues[k].Ignored {
		t.Fatalf("Show ignored: %+v, want s1's issue listed ignored", p.issues)
	}
	box := p.list.CreateItem().(*fyne.Container)
	p.bind(p.rowOf(k), box)
	if l := box.Objects[0].(*widget.Label); l.Importance != widget.LowImportance {
		t.Errorf("the ignored issue's row is not greyed: importance %v", l.Importance)
	}
	p.open(p.rowOf(k))
	test.Tap(ignoreButton(t, p, "Un-ignore"))
	if k := issueRow(p, qa.NumberMismatch, "s1"); k < 0 || p.issues[k].Ignored || strings.Contains(p.summary.Text, "ignored") {
		t.Fatalf("Un-ignore: %+v, summary %q", p.issues, p.summary.Text)
	}
	openIssue(t, p, "s1")
	test.Tap(ignoreButton(t, p, "Ignore"))
	p.ignoring.show.SetChecked(false)

	path := filepath.Join(t.TempDir(), "décennie.json")
	must(t, ui.saveTo(path))
	ui2 := reopenIn(t, ui.app, path)
	ui2.showQA()
	if issueRow(ui2.qa, qa.NumberMismatch, "s1") >= 0 || issueRow(ui2.qa, qa.NumberMismatch, "s2") < 0 {
		t.Fatalf("reopened: %+v, want s1's issue still ignored", ui2.qa.issues)
	}
	setTarget(t, ui2, 0, "11 years later, Zoé said “it’s over” 😀.")
	ui2.qa.runNow()
	if k := issueRow(ui2.qa, qa.NumberMismatch, "s1"); k < 0 || ui2.qa.issues[k].Ignored {
		t.Fatalf("a new number in the English: %+v, want s1's issue raised again", ui2.qa.issues)
	}
}

// TestQAIgnoreByKeys: from the list, Tab reaches Ignore under the issue the arrows show, Space
// ignores it, and the keys are back in the list on the next issue.
func TestQAIgnoreByKeys(t *testing.T) {
	ui := decadeUI(t)
	p := ui.qa
	c := ui.win.Canvas()
	c.Focus(p.list)
	p.list.moveTo(p.rowOf(issueRow(p, qa.NumberMismatch, "s1")))
	p.preview(p.list.cursor)
	c.FocusNext()
	if c.Focused() != fyne.Focusable(p.ignoring.button) {
		t.Fatalf("Tab from the list focuses %T, want the Ignore button", c.Focused())
	}
	p.ignoring.button.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	if issueRow(p, qa.NumberMismatch, "s1") >= 0 {
		t.Fatalf("Space on Ignore left the issue: %+v", p.issues)
	}
	if c.Focused() != fyne.Focusable(p.list) || p.opened == nil {
		t.Errorf("after Ignore the keys are on %T, the opened issue %v; want the list, the next issue shown", c.Focused(), p.opened)
	}
}

// TestQAIgnoreByClickShowsNothingNext: a click on Ignore leaves no other issue's button under the
// pointer, where a second click would act on an issue the translator has not read.
func TestQAIgnoreByClickShowsNothingNext(t *testing.T) {
	ui := decadeUI(t)
	p := ui.qa
	openIssue(t, p, "s1")
	test.Tap(ignoreButton(t, p, "Ignore"))
	if p.opened != nil || p.ignoring.row.Visible() || p.spellBox.Visible() {
		t.Errorf("after a click on Ignore: issue %v opened, Ignore shown %v, spelling shown %v", p.opened, p.ignoring.row.Visible(), p.spellBox.Visible())
	}
}

// TestQASummaryKeepsCountsWhole: in French at 1024 units the summary broke "0 | remarque" and
// "2 segments non | traduits" apart, number and noun on two lines, as it did "1 | ignoré": every count
// it gives is joined to its noun by a no-break space. Show ignored says what it shows.
func TestQASummaryKeepsCountsWhole(t *testing.T) {
	useLanguage(t, "fr")
	ui := decadeUI(t)
	p := ui.qa
	setTarget(t, ui, 1, "") // an untranslated segment counted too
	ui.showQA()
	openIssue(t, p, "s1")
	test.Tap(ignoreButton(t, p, "Ignorer"))
	for _, w := range []string{"0\u00a0erreur", "0\u00a0avertissement", "0\u00a0remarque", "1\u00a0segment non traduit", "1\u00a0ignoré"} {
		if !strings.Contains(p.summary.Text, w) {
			t.Errorf("summary %q does not hold %q", p.summary.Text, w)
		}
	}
	if got, w := p.ignoring.show.Text, "Afficher les problèmes ignorés"; got != w {
		t.Errorf("check %q, want %q", got, w)
	}
}

// TestSaveLeavesOutStaleIgnores: once the English no longer raises an ignored issue (its number
// translated), saving after the checks ran leaves the ignore out of the file, while the document
// keeps it, so that Ctrl+Z bringing the English back finds the issue ignored still; saved before
// the checks ran again on the change, the file keeps it.
func TestSaveLeavesOutStaleIgnores(t *testing.T) {
	ui := decadeUI(t)
	p := ui.qa
	openIssue(t, p, "s1")
	test.Tap(ignoreButton(t, p, "Ignore"))
	setTarget(t, ui, 0, "10 years later, Zoé said «\u00a0it’s over\u00a0» 😀.")
	saved := func() []annotate.QAIgnore {
		t.Helper()
		path := filepath.Join(t.TempDir(), "décennie.json")
		must(t, ui.saveTo(path))
		d, _, err := workspace.Load(path)
		must(t, err)
		return d.Segments[0].QAIgnored
	}
	if got := saved(); len(got) != 1 {
		t.Fatalf("saved before the checks ran on the change: %q, want the ignore kept", got)
	}
	p.runNow()
	if got := saved(); len(got) != 0 {
		t.Fatalf("saved after the checks found no number issue: %q, want it left out", got)
	}
	if len(ui.doc.Segments[0].QAIgnored) != 1 {
		t.Fatal("saving took the ignore out of the document")
	}
	ui.undoStep()
	p.runNow()
	if issueRow(p, qa.NumberMismatch, "s1") >= 0 {
		t.Errorf("Ctrl+Z back to “Years later”: %+v, want the issue ignored still", p.issues)
	}
	if got := saved(); len(got) != 1 {
		t.Errorf("saved after Ctrl+Z: %q, want the ignore kept", got)
	}
}
