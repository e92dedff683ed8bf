package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"

	"github.com/glose-app/glose/annotate/formats"
	"github.com/glose-app/glose/workspace"
)

// TestMergeBackExportNeverProposesTheClientsFile: a document imported from a client's XLIFF, saved
// as Glose JSON beside it and opened again, proposes its XLIFF export as client.export.xlf, not as
// client.xlf, the client's file, which Enter then Yes would have replaced.
func TestMergeBackExportNeverProposesTheClientsFile(t *testing.T) {
	src := filepath.Join("..", "annotate", "formats", "testdata", "merge", "client.xlf")
	data, err := os.ReadFile(src)
	must(t, err)
	docs, _, err := formats.Read(src, data, formats.ReadOptions{})
	must(t, err)
	dir := t.TempDir()
	must(t, os.WriteFile(filepath.Join(dir, "client.xlf"), data, 0o644))
	path := filepath.Join(dir, "client.json")
	must(t, workspace.Save(path, docs[0]))
	ui, _ := newTestUI(t, nil, false)
	ui.Open(path)
	format, _ := exportDialogSelects(t, ui)
	format.SetSelected("XLIFF 2.1")
	if box := exportNameBox(t, ui); box.Text != "client.export.xlf" {
		t.Errorf("the merge-back export is proposed as %q, want client.export.xlf", box.Text)
	}
	pressKey(ui, fyne.KeyEscape)
}

// TestMergeBackExportDialog: for a document from a client's XLIFF, the export dialog opens on that
// XLIFF version, leaves out the choices of annotations (text, mentions, confirmed only) and greys
// plain text, with a note saying that the translations go back into the client's file without
// them; the other formats keep their choices.
func TestMergeBackExportDialog(t *testing.T) {
	ui, _ := clientUI(t)
	format, _ := exportDialogSelects(t, ui)
	if format.Selected != "XLIFF 2.1" {
		t.Errorf("the export dialog opens on %q, want XLIFF 2.1, the client's file's", format.Selected)
	}
	f, top := ui.exportForm, ui.win.Canvas().Overlays().Top()
	spans := []fyne.CanvasObject{f.side, f.mentions, f.confirmed}
	for i, o := range spans {
		if isShown(top, o) {
			t.Errorf("choice %d of annotations shown for the merge-back export", i+1)
		}
	}
	if !isShown(top, f.plain) || !f.plain.Disabled() {
		t.Errorf("plain text shown %v, greyed %v; want shown greyed", isShown(top, f.plain), f.plain.Disabled())
	}
	if findShown(top, func(o fyne.CanvasObject) bool { l, ok := o.(*canvas.Text); return ok && l.Text == mergeHint() }) == nil {
		t.Error("no note says why the choices are greyed")
	}
	format.SetSelected("Glose JSON")
	top = ui.win.Canvas().Overlays().Top()
	for i, o := range spans {
		if !isShown(top, o) || o.(fyne.Disableable).Disabled() {
			t.Errorf("Glose JSON: choice %d of annotations shown %v, greyed %v", i+1, isShown(top, o), o.(fyne.Disableable).Disabled())
		}
	}
}

// TestExportHintsShowWhole: every note under a choice of the Export dialog shows whole, in English
// and French, for every format: Fyne's form draws them as one line of text, clipped at the
// dialog's edge, and “…the client's file, without annotations” under a merge-back's greyed
// choices, as “…confirmed segments only (translated or reviewed)” under a translation's, lost
// their last words at 1280×800.
func TestExportHintsShowWhole(t *testing.T) {
	for _, language := range []string{"en", "fr"} {
		useLanguage(t, language)
		ui, _ := clientUI(t)
		ui.win.Resize(fyne.NewSize(1280, 800))
		format, _ := exportDialogSelects(t, ui)
		for _, name := range format.Options {
			format.SetSelected(name)
			top := ui.win.Canvas().Overlays().Top()
			view, _ := findShown(top, func(o fyne.CanvasObject) bool {
				s, ok := o.(*container.Scroll)
				return ok && s.Content == ui.exportForm.content
			}).(*container.Scroll)
			if view == nil {
				t.Fatal("no form in the export dialog")
			}
			d := fyne.CurrentApp().Driver()
			right := d.AbsolutePositionForObject(view).X + view.Size().Width
			findShown(view.Content, func(o fyne.CanvasObject) bool {
				x, ok := o.(*canvas.Text)
				if ok && strings.TrimSpace(x.Text) != "" && d.AbsolutePositionForObject(x).X+x.MinSize().Width > right+0.5 {
					t.Errorf("%s, %s: %q ends %.0f units past the dialog's edge", language, name, x.Text,
						d.AbsolutePositionForObject(x).X+x.MinSize().Width-right)
				}
				return false
			})
		}
		pressKey(ui, fyne.KeyEscape)
	}
}
