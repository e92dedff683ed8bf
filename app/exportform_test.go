package app

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
)

// TestExportFormKeepsItsSize: the rows come and go with the format and with XLIFF's plain text box,
// and the dialog keeps its size meanwhile, that of the tallest form, with its buttons where they were.
func TestExportFormKeepsItsSize(t *testing.T) {
	test.NewTempApp(t)
	f := newExportForm()
	want := f.content.MinSize()
	for i, format := range f.fmts {
		f.format.SetSelectedIndex(i)
		for _, plain := range []bool{false, true} {
			if plain && !hasMarkers(format) {
				continue
			}
			f.plain.SetChecked(plain)
			if got := f.content.MinSize(); got.Height != want.Height || f.form.MinSize().Height > want.Height {
				t.Errorf("%s (plain text %v): the form is %v high, %v for the first format", format.Name, plain, got.Height, want.Height)
			}
		}
		f.plain.SetChecked(false)
	}
}

// TestExportTMXParagraphs: the Export dialog offers TMX units of whole paragraphs, as glose-cli export
// --to tmx --paragraphs does; the box is left out for the formats that have no such choice.
func TestExportTMXParagraphs(t *testing.T) {
	ui, path, _ := savedTestDoc(t)
	for i, en := range []string{"Sergei Lavrov said it.", "Donald Trump welcomed it.", "The minister was in Washington."} {
		id := ui.doc.Segments[i].ID
		_, err := ui.ed.SetTarget(id, en)
		must(t, err)
		must(t, ui.ed.SetStatus(id, annotate.StatusTranslated))
	}
	format, _ := exportDialogSelects(t, ui)
	top := ui.win.Canvas().Overlays().Top()
	paras := ui.exportForm.paras
	for _, name := range []string{"Glose JSON", "XLIFF 2.1", "doccano relation JSONL"} {
		format.SetSelected(name)
		if isShown(top, paras) {
			t.Errorf("%s: the paragraphs box is shown", name)
		}
	}
	format.SetSelected(formatTitle(mustLookup(t, "tmx")))
	if !isShown(top, paras) || paras.Disabled() {
		t.Fatalf("TMX: the paragraphs box shown %v, greyed %v", isShown(top, paras), paras.Disabled())
	}
	test.Tap(paras)
	ui.win.Canvas().Focus(format)
	exportNameBox(t, ui)
	saveExport(t, ui, false)
	got := readFile(filepath.Join(filepath.Dir(path), "article.tmx"))
	if n := strings.Count(got, "<tu>") + strings.Count(got, "<tu "); n != 2 || !strings.Contains(got, "Sergei Lavrov said it. Donald Trump welcomed it.") {
		t.Errorf("the TMX export has %d units, want 2 (one per paragraph):\n%s", n, got)
	}
}

func mustLookup(t *testing.T, name string) formats.Format {
	t.Helper()
	f, ok := formats.Lookup(name)
	if !ok {
		t.Fatalf("no format %s", name)
	}
	return f
}

// TestExportDialogRemembersChoices: the Export dialog opens again on the format and options it was
// left with, after Cancel as after an export, instead of going back to Glose JSON; a choice greyed by
// another (the text, for XLIFF as plain text) comes back when it applies again.
func TestExportDialogRemembersChoices(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	open := func() *exportForm {
		t.Helper()
		exportDialogSelects(t, ui)
		return ui.exportForm
	}
	f := open()
	f.format.SetSelected("doccano relation JSONL")
	f.unit.SetSelected(utf16Name())
	f.mentions.SetSelected(allMentionsName())
	test.Tap(f.confirmed)
	pressKey(ui, fyne.KeyEscape)
	f = open()
	if f.format.Selected != "doccano relation JSONL" || f.unit.Selected != utf16Name() || f.mentions.Selected != allMentionsName() || !f.confirmed.Checked {
		t.Errorf("after Cancel: %q, offsets %q, mentions %q, confirmed only %v; want the choices left", f.format.Selected, f.unit.Selected, f.mentions.Selected, f.confirmed.Checked)
	}
	f.format.SetSelected("XLIFF 2.1")
	f.side.SetSelected(f.side.Options[1])
	test.Tap(f.plain)
	pressKey(ui, fyne.KeyEscape)
	f = open()
	if f.format.Selected != "XLIFF 2.1" || !f.plain.Checked || !f.side.Disabled() {
		t.Errorf("XLIFF as plain text: %q, plain %v, text greyed %v", f.format.Selected, f.plain.Checked, f.side.Disabled())
	}
	test.Tap(f.plain)
	if f.side.Selected != f.side.Options[1] {
		t.Errorf("markers back: the text is %q, want %q", f.side.Selected, f.side.Options[1])
	}
	f.format.SetSelected("TMX 1.4b translation memory")
	test.Tap(f.paras)
	pressKey(ui, fyne.KeyEscape)
	if f = open(); f.format.Selected != "TMX 1.4b translation memory" || !f.paras.Checked {
		t.Errorf("TMX: %q, paragraphs %v", f.format.Selected, f.paras.Checked)
	}
}
