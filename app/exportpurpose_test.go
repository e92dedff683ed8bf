package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate/formats"
)

// purposeButtonOf returns the export dialog's button of purpose p, shown.
func purposeButtonOf(t *testing.T, ui *UI, p string) *purposeButton {
	t.Helper()
	b, _ := findShown(ui.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) bool {
		b, ok := o.(*purposeButton)
		return ok && b.purpose == p
	}).(*purposeButton)
	if b == nil {
		t.Fatalf("no button %q in the export dialog", purposeTitle(p))
	}
	return b
}

// TestExportPurposeTwoClicks: the usual exports are a click on what they are for, then one on
// Export: the document as Glose JSON, XLIFF for a translation tool, the English as a text to
// deliver, doccano to train a recogniser, the quotations as a table; the save dialog then proposes
// the format's name. The button of the format chosen shows chosen.
func TestExportPurposeTwoClicks(t *testing.T) {
	ui, _, _ := savedTestDoc(t)
	for _, c := range []struct{ purpose, format, name string }{
		{purposeCAT, "xliff", "article.xlf"}, {purposeDeliver, "text", "article.en.txt"},
		{purposeTraining, "doccano", "article.doccano.jsonl"}, {purposeTable, "quotes-csv", "article.csv"},
		{purposeGlose, "glose", "article.export.json"},
	} {
		exportDialogSelects(t, ui)
		test.Tap(purposeButtonOf(t, ui, c.purpose))
		if format, _, _ := ui.exportForm.choice(); format.Name != c.format {
			t.Errorf("%s: format %s chosen, want %s", c.purpose, format.Name, c.format)
		}
		for _, b := range ui.exportForm.purposes {
			if chosen := b.Importance == widget.HighImportance; chosen != (b.purpose == c.purpose) {
				t.Errorf("%s: the button %q shows chosen %v", c.purpose, b.Text, chosen)
			}
		}
		ui.exportForm.untr.SetSelectedIndex(int(formats.KeepSource)) // the test document is not translated
		export := shownButton(ui.win.Canvas().Overlays().Top(), lang.L("Export…"))
		if export == nil {
			t.Fatal("no Export button")
		}
		test.Tap(export)
		if box, ok := ui.win.Canvas().Focused().(*nameEntry); !ok || box.Text != c.name {
			t.Fatalf("%s: after two clicks, focus on %T, want the save dialog proposing %s", c.purpose, ui.win.Canvas().Focused(), c.name)
		}
		pressKey(ui, fyne.KeyEscape)
	}
}

// TestExportPurposeRemembersFormat: a purpose's button chooses the format last chosen for it, in
// this session and the next (spaCy for a team that trains with spaCy), not its first.
func TestExportPurposeRemembersFormat(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	format, _ := exportDialogSelects(t, ui)
	test.Tap(purposeButtonOf(t, ui, purposeTraining))
	format.SetSelected(formatTitle(mustLookup(t, "spacy")))
	test.Tap(purposeButtonOf(t, ui, purposeGlose))
	test.Tap(purposeButtonOf(t, ui, purposeTraining))
	if f, _, _ := ui.exportForm.choice(); f.Name != "spacy" {
		t.Errorf("Training data again: %s, want spacy, chosen before", f.Name)
	}
	test.Tap(purposeButtonOf(t, ui, purposeGlose))
	pressKey(ui, fyne.KeyEscape)
	ui.lastExport = nil // a new session, with the same settings
	exportDialogSelects(t, ui)
	test.Tap(purposeButtonOf(t, ui, purposeTraining))
	if f, _, _ := ui.exportForm.choice(); f.Name != "spacy" {
		t.Errorf("a new session's Training data: %s, want spacy", f.Name)
	}
}

// TestExportRowsAgreeWithTheCommandLine: the dialog shows a format's row for an option exactly
// where glose-cli export takes that option for the format (formats.Format.Uses), so that the
// dialog offers nothing the command line refuses, and a format of every purpose is in the list.
func TestExportRowsAgreeWithTheCommandLine(t *testing.T) {
	test.NewTempApp(t)
	f := newExportForm()
	w := test.NewWindow(f.content)
	defer w.Close()
	rows := map[string]fyne.CanvasObject{formats.OptionSide: f.side, formats.OptionMentions: f.mentions, formats.OptionUnit: f.unit,
		formats.OptionConfirmed: f.confirmed, formats.OptionNoMarkers: f.plain, formats.OptionParagraphs: f.paras,
		formats.OptionUntranslated: f.untr, formats.OptionExcel: f.excel}
	purposes := map[string]bool{}
	for i, format := range f.fmts {
		f.format.SetSelectedIndex(i)
		purposes[purposeOf(format)] = true
		for opt, o := range rows {
			if shown := isShown(f.content, o); shown != format.Uses(opt) {
				t.Errorf("%s: the row of --%s shown %v, the command line takes it %v", format.Name, opt, shown, format.Uses(opt))
			}
		}
	}
	if len(purposes) != len(exportPurposes) {
		t.Errorf("the formats are for %d purposes, want %d", len(purposes), len(exportPurposes))
	}
}

// TestExportDialogFitsASmallScreen: in French, whose words are longer, the Export dialog fits a
// 1366×768 screen whatever the format, its buttons in the window; the purposes' buttons stay where
// they are from one format to the next, not moved under the pointer by a click on one.
func TestExportDialogFitsASmallScreen(t *testing.T) {
	useLanguage(t, "fr")
	ui, _ := newTestUI(t, testDoc(t), false)
	ui.win.Resize(fyne.NewSize(1366, 768))
	format, _ := exportDialogSelects(t, ui)
	d := fyne.CurrentApp().Driver()
	win := ui.win.Canvas().Size()
	first := map[fyne.CanvasObject]fyne.Position{}
	for _, name := range format.Options {
		format.SetSelected(name)
		top := ui.win.Canvas().Overlays().Top()
		buttons := []fyne.CanvasObject{findShown(top, func(o fyne.CanvasObject) bool {
			b, ok := o.(*dialogButton)
			return ok && b.Text == lang.L("Export…")
		})}
		for _, b := range ui.exportForm.purposes {
			buttons = append(buttons, b)
		}
		for _, b := range buttons {
			if b == nil {
				t.Fatalf("%s: no Export button", name)
			}
			at, size := d.AbsolutePositionForObject(b), b.Size()
			if was, ok := first[b]; !ok {
				first[b] = at
			} else if was != at {
				t.Errorf("%s: a button (%T) moved from %v to %v", name, b, was, at)
			}
			if at.X < 0 || at.Y < 0 || at.X+size.Width > win.Width || at.Y+size.Height > win.Height || size.Width < b.MinSize().Width {
				t.Errorf("%s: a button (%T) at %v, %v, outside the %v window or cut", name, b, at, size, win)
			}
		}
	}
}
