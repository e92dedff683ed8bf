package app

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
)

// previewSays reports whether the Export dialog's preview says text, as its heading or an item.
func previewSays(ui *UI, text string) bool {
	p := ui.exportForm.preview
	if p.head.Text == text {
		return true
	}
	for _, o := range p.list.Objects {
		if m, ok := o.(*messageText); ok && strings.TrimPrefix(m.Text, "• ") == text {
			return true
		}
	}
	return false
}

// listedWarnings returns the heading and the warnings the Export dialog listed last, before the
// file was chosen.
func listedWarnings(ui *UI) (string, []string) {
	p := ui.exportForm.preview
	return p.head.Text, p.msgs
}

// TestExportPreviewBeforeWriting: the Export dialog says what the file would leave out before a file
// is chosen, again at each change of the choices: doccano's suggestions exported as plain spans go
// once "Only confirmed annotations" is ticked. Exported as the dialog said, the warnings are not
// listed again after writing, the status line counting them; when the document changed in between
// (a suggestion accepted, say), the summary after writing lists what the file holds.
func TestExportPreviewBeforeWriting(t *testing.T) {
	ui, path, _ := savedTestDoc(t)
	suggestions := "2 suggestions exported as plain spans: doccano does not tell suggestions apart (tick “Only confirmed annotations” to leave them out)."
	format, _ := exportDialogSelects(t, ui)
	if !previewSays(ui, "Nothing is left out.") {
		t.Errorf("Glose JSON: the preview says %q", ui.exportForm.preview.head.Text)
	}
	format.SetSelected("doccano relation JSONL")
	if !previewSays(ui, "The file would not hold everything:") || !previewSays(ui, suggestions) {
		t.Fatalf("doccano: the preview says %q %q", ui.exportForm.preview.head.Text, ui.exportForm.preview.msgs)
	}
	ui.exportForm.confirmed.SetChecked(true)
	if previewSays(ui, suggestions) {
		t.Error("the suggestions are still said exported with only confirmed annotations chosen")
	}
	ui.exportForm.confirmed.SetChecked(false)
	n := len(ui.exportForm.preview.msgs)
	ui.win.Canvas().Focus(format)
	exportNameBox(t, ui)
	saveExport(t, ui, false)
	if top := ui.win.Canvas().Overlays().Top(); top != nil {
		t.Error("the warnings the dialog listed are listed again after writing")
	}
	dest := filepath.Join(filepath.Dir(path), "article.doccano.jsonl")
	if want := fmt.Sprintf("Exported to %s (%d\u00a0warnings, as the Export dialog listed)", dest, n); ui.status.full != want {
		t.Errorf("status %q, want %q", ui.status.full, want)
	}

	exportDialogSelects(t, ui) // on doccano again, as left
	exportNameBox(t, ui)
	for _, sp := range ui.doc.Spans {
		if sp.Origin == annotate.Auto {
			must(t, ui.ed.Accept(sp.ID)) // meanwhile
			break
		}
	}
	saveExport(t, ui, true)
	if top := ui.win.Canvas().Overlays().Top(); top == nil || shownMessage(top, "1 suggestion exported as a plain span: doccano does not tell suggestions apart (tick “Only confirmed annotations” to leave it out).") == nil {
		t.Error("the summary after writing is not listed though it differs from the dialog's")
	}
}

// TestExportPreviewInFrench: the preview speaks the interface's language, and greys Export while
// the choices refuse the export (the translation as a text with segments left untranslated).
func TestExportPreviewInFrench(t *testing.T) {
	useLanguage(t, "fr")
	ui, _, _ := savedTestDoc(t)
	format, _ := exportDialogSelects(t, ui)
	text, _ := formats.Lookup("text")
	format.SetSelected(formatTitle(text))
	if !ui.exportForm.preview.refused || !strings.HasPrefix(ui.exportForm.preview.head.Text, "3 segments sur 3 n’ont pas d’anglais\u00a0: 1–3.") {
		t.Errorf("the preview says %q (refused %v)", ui.exportForm.preview.head.Text, ui.exportForm.preview.refused)
	}
	untranslatedSelect(t, ui).SetSelectedIndex(int(formats.OmitUntranslated))
	if ui.exportForm.preview.refused || !previewSays(ui, "3 segments sur 3 n’ont pas d’anglais et sont omis\u00a0: 1–3.") {
		t.Errorf("leaving them out: the preview says %q (refused %v)", ui.exportForm.preview.head.Text, ui.exportForm.preview.refused)
	}
}

// TestExportLabelColumnKeepsItsPlace: the choices stay where they are from one format to the next:
// the label column grew when « Segments non traduits » (or Excel's longer label) came with a format,
// moving every choice to the right under the pointer.
func TestExportLabelColumnKeepsItsPlace(t *testing.T) {
	for _, language := range []string{"en", "fr"} {
		t.Run(language, func(t *testing.T) {
			useLanguage(t, language)
			ui, _ := newTestUI(t, testDoc(t), false)
			ui.win.Resize(fyne.NewSize(1366, 768))
			format, _ := exportDialogSelects(t, ui)
			var x []float32
			for _, o := range format.Options {
				format.SetSelected(o)
				ui.win.Content().Refresh()
				test.WidgetRenderer(ui.exportForm.form).Layout(ui.exportForm.form.Size())
				x = append(x, fyne.CurrentApp().Driver().AbsolutePositionForObject(format).X)
				if x[len(x)-1] != x[0] {
					t.Errorf("%s: the format's choice at x=%v, at %v for %s", o, x[len(x)-1], x[0], format.Options[0])
				}
			}
		})
	}
}
