package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
)

// TestEntitiesTabSaysHowToMakeOne: with no entity the tab says how to get one, instead of an empty
// list; New entity from selected span is greyed until a span is selected.
func TestEntitiesTabSaysHowToMakeOne(t *testing.T) {
	d := testDoc(t)
	d.Entities = nil
	ui, _ := newTestUI(t, d, false)
	p := ui.panels[0].(*entitiesPanel)
	ui.tabs.SelectIndex(0)
	if !p.hint.Visible() || !strings.HasPrefix(p.hint.Text, "No entities yet") {
		t.Errorf("no entity: hint %q (shown %v)", p.hint.Text, p.hint.Visible())
	}
	if !p.newEnt.Disabled() {
		t.Error("nothing selected: New entity enabled")
	}
	per := d.Spans[len(d.Spans)-1]
	for _, sp := range d.Spans {
		if sp.Label == annotate.LabelPER {
			per = sp
		}
	}
	ui.selectSpan(per.ID)
	if p.newEnt.Disabled() {
		t.Fatal("a PER selected: New entity greyed")
	}
	p.newEnt.OnTapped()
	if len(ui.doc.Entities) != 1 {
		t.Fatalf("%d entities after New entity", len(ui.doc.Entities))
	}
	p.sel = ""
	p.showDetail()
	if p.hint.Text != lang.L("Select an entity to rename it, change its type, merge it or see its mentions") {
		t.Errorf("one entity, none selected: hint %q", p.hint.Text)
	}
}

// TestEntityCountsSurviveLongNames: the list shows the counts apart from the name, so truncating a
// long name does not hide them.
func TestEntityCountsSurviveLongNames(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	per := ui.doc.Spans[0]
	for _, sp := range ui.doc.Spans {
		if sp.Label == annotate.LabelPER {
			per = sp
		}
	}
	long := "Jean-Baptiste Marie Alexandre de La Rochefoucauld-Montmorency 🇫🇷"
	must(t, ui.ed.AddEntity(&annotate.Entity{Type: "PER", Names: map[string]string{"fr": long}, Mentions: []string{per.ID}}))
	p := ui.panels[0].(*entitiesPanel)
	ui.tabs.SelectIndex(0)
	p.refresh()
	row := p.list.CreateItem().(*fyne.Container)
	p.bind(0, row)
	row.Resize(fyne.NewSize(260, row.MinSize().Height))
	counts := row.Objects[2].(*widget.Label)
	if counts.Text != "(1 FR, 0 EN)" {
		t.Errorf("counts %q", counts.Text)
	}
	if w, m := counts.Size().Width, counts.MinSize().Width; w < m {
		t.Errorf("counts %v wide, under their %v", w, m)
	}
	if got := p.describe(p.ents[0]); !strings.HasSuffix(got, long+" (1 FR, 0 EN)") {
		t.Errorf("describe gives %q", got)
	}
}

// TestEmptyGlossarySaysHowEntriesArrive: Tools › Glossary… with no entry says how entries come.
func TestEmptyGlossarySaysHowEntriesArrive(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	v := ui.showGlossary()
	if v == nil {
		t.Fatal("no glossary")
	}
	if len(v.all) == 0 && !strings.HasPrefix(v.count.Text, "The glossary is empty.") {
		t.Errorf("empty glossary: %q", v.count.Text)
	}
}

// TestEmptyWindowSaysWhatToDo: before any document, and after one failed to open, the segments'
// place says how to open one; an empty text file opens with a warning saying it holds no text, and
// the hint says so.
func TestEmptyWindowSaysWhatToDo(t *testing.T) {
	ui, _ := newTestUI(t, nil, false)
	noDoc := lang.L("No document open. Open one with File › Open… (Ctrl+O) or by dropping it on the window, or try File › Open the sample article.")
	if !ui.emptyHint.Visible() || ui.emptyHint.Text != noDoc {
		t.Errorf("at the start: hint %q (shown %v)", ui.emptyHint.Text, ui.emptyHint.Visible())
	}
	if ui.status.Text != "" { // no "0 segments, 0 spans" of a document that is not there
		t.Errorf("at the start: status line %q, want it empty", ui.status.Text)
	}
	dir := t.TempDir()
	ui.Open(filepath.Join(dir, "missing.txt"))
	if !ui.dialogOpen() {
		t.Error("no error for a missing file")
	}
	closeAll(ui)
	if !ui.emptyHint.Visible() || ui.emptyHint.Text != noDoc {
		t.Errorf("after a failed open: hint %q (shown %v)", ui.emptyHint.Text, ui.emptyHint.Visible())
	}
	empty := filepath.Join(dir, "empty.txt")
	must(t, os.WriteFile(empty, nil, 0o644))
	ui.Open(empty)
	if len(ui.doc.Segments) != 0 || ui.doc == ui.blank {
		t.Fatalf("empty.txt: %d segments", len(ui.doc.Segments))
	}
	warn := lang.L("It holds no text: there is nothing to translate or annotate.")
	if top := ui.win.Canvas().Overlays().Top(); top == nil || shownMessage(top, warn) == nil {
		t.Errorf("empty.txt opened without saying it holds no text")
	}
	if !ui.emptyHint.Visible() || !strings.HasPrefix(ui.emptyHint.Text, "This document has no text") {
		t.Errorf("empty document: hint %q (shown %v)", ui.emptyHint.Text, ui.emptyHint.Visible())
	}
	closeAll(ui)
	ui.setDocument(testDoc(t), "")
	if ui.emptyHint.Visible() {
		t.Error("hint shown over a document's segments")
	}
}

// TestSideTabsWithoutADocument: with no document open, the QA tab does not say it found no problems
// in it, nor the Proposals tab to click a segment there is not: both say a document must be open.
// Once one is, they speak of it.
func TestSideTabsWithoutADocument(t *testing.T) {
	ui, _ := newTestUI(t, nil, false)
	ui.qa.runNow()
	ui.refreshPanels()
	ui.sugg.refresh()
	if got, want := ui.qa.summary.Text, lang.L("Nothing to check: no document is open"); got != want {
		t.Errorf("QA tab without a document: %q, want %q", got, want)
	}
	if got := ui.sugg.head.Text; !strings.Contains(got, "once a document is open") {
		t.Errorf("Proposals tab without a document: %q", got)
	}
	ui.setDocument(testDoc(t), "")
	ui.qa.runNow()
	ui.sugg.refresh()
	if got := ui.qa.summary.Text; strings.Contains(got, "no document") {
		t.Errorf("QA tab with a document: %q", got)
	}
	if got := ui.sugg.head.Text; strings.Contains(got, "once a document is open") {
		t.Errorf("Proposals tab with a document: %q", got)
	}
}
