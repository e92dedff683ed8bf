package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate/formats"
)

// TestExportDialogGreysMarkdownOfAPlainText: for an article imported from a .txt file, the Export
// dialog's Markdown option says it is for Markdown articles only, and chosen, the note under the
// format says why and the Export button is greyed, so that Return exports nothing and no refusal
// comes after the form was filled in; choosing plain text brings the button back. In French too.
func TestExportDialogGreysMarkdownOfAPlainText(t *testing.T) {
	for _, language := range []string{"en", "fr"} {
		t.Run(language, func(t *testing.T) {
			useLanguage(t, language)
			d := testDoc(t) // French « guillemets », an emoji, e + U+0301: not Markdown
			for _, s := range d.Segments {
				s.Target = "Translated." // plain text is not refused for segments without English
			}
			ui, _ := newTestUI(t, d, false)
			markdown, _ := formats.Lookup("markdown")
			text, _ := formats.Lookup("text")
			format, _ := exportDialogSelects(t, ui)
			top := ui.win.Canvas().Overlays().Top()
			form, _ := findShown(top, func(o fyne.CanvasObject) bool { _, ok := o.(*widget.Form); return ok }).(*widget.Form)
			export, _ := findShown(top, func(o fyne.CanvasObject) bool {
				b, ok := o.(*dialogButton)
				return ok && b.Text == lang.L("Export…")
			}).(*dialogButton)
			if form == nil || export == nil {
				t.Fatalf("no form (%v) or Export button (%v) in the dialog", form, export)
			}
			option := lang.L("{{.Format}} — of a Markdown article only", map[string]any{"Format": formatTitle(markdown)})
			if !strings.Contains(strings.Join(format.Options, "|"), option) {
				t.Fatalf("the formats offered %q lack %q", format.Options, option)
			}
			format.SetSelected(option)
			if !export.Disabled() || form.Items[formatItem].HintText != notMarkdownHint() {
				t.Errorf("Markdown of a plain text: Export greyed %v, note %q", export.Disabled(), form.Items[formatItem].HintText)
			}
			ui.win.Canvas().Focus(format)
			pressKey(ui, fyne.KeyReturn)
			if ui.win.Canvas().Overlays().Top() != top {
				t.Errorf("Return over a greyed Export closed the dialog: %T on top", ui.win.Canvas().Overlays().Top())
			}
			format.SetSelected(formatTitle(text))
			if export.Disabled() || strings.TrimSpace(form.Items[formatItem].HintText) != "" {
				t.Errorf("plain text: Export greyed %v, note %q", export.Disabled(), form.Items[formatItem].HintText)
			}
		})
	}
}
