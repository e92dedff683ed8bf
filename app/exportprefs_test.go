package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate"
)

// TestExportChoicesKeptInTheSettings: the Export dialog's format and options were remembered for the
// session only; an analyst exporting confirmed doccano with all mentions each evening chose them again
// after each start. They are kept in the settings, so that a new session (no choice of its own yet)
// opens on them; a setting that is no such choice (edited by hand, from another version) opens the
// dialog on its defaults.
func TestExportChoicesKeptInTheSettings(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	format, unit := exportDialogSelects(t, ui)
	format.SetSelected("doccano relation JSONL")
	unit.SetSelected(utf16Name())
	confirmedCheck := func() *formCheck { // in the dialog shown
		c, _ := findShown(ui.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) bool {
			c, ok := o.(*formCheck)
			return ok && c.Text == confirmedOnlyName()
		}).(*formCheck)
		return c
	}
	confirmed := confirmedCheck()
	if confirmed == nil {
		t.Fatal("no Only confirmed annotations in the dialog")
	}
	test.Tap(confirmed)
	pressKey(ui, fyne.KeyEscape)
	if ui.app.Preferences().String(prefExport) == "" {
		t.Fatal("the choices are not in the settings")
	}

	ui.lastExport = nil // a new session, with the same settings
	format, unit = exportDialogSelects(t, ui)
	confirmed = confirmedCheck()
	if format.Selected != "doccano relation JSONL" || unit.Selected != utf16Name() || confirmed == nil || !confirmed.Checked {
		t.Errorf("a new session opens on %q, offsets %q, confirmed %v; want the choices of the last", format.Selected, unit.Selected, confirmed != nil && confirmed.Checked)
	}
	pressKey(ui, fyne.KeyEscape)

	// a client's XLIFF document opens on its merge-back all the same: the choice kept is another
	// document's
	ui.lastExport = nil
	ui.doc.Meta.Original = &annotate.Original{Format: annotate.OriginalXLIFF, Name: "client.xlf", Data: []byte("<xliff/>")}
	if format, _ = exportDialogSelects(t, ui); format.Selected != "XLIFF 2.1" {
		t.Errorf("a client's XLIFF document opens Export on %q, want its own format", format.Selected)
	}
	pressKey(ui, fyne.KeyEscape)
	ui.doc.Meta.Original = nil

	for _, bad := range []string{"{", `{"format":"doccano","side":99}`, `{"format":"none"}`} {
		ui.app.Preferences().SetString(prefExport, bad)
		ui.lastExport = nil
		format, _ = exportDialogSelects(t, ui)
		if format.Selected != "Glose JSON" {
			t.Errorf("setting %s: the dialog opens on %q, want the default", bad, format.Selected)
		}
		pressKey(ui, fyne.KeyEscape)
	}
}
