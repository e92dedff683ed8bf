package app

import (
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
)

// previewQueue holds the Export dialog preview's work, handed to it by Options.previewRun, for the
// test to run when it chooses, as the goroutine would after previewWait.
type previewQueue struct{ work []func() }

func (q *previewQueue) add(work func()) { q.work = append(q.work, work) }

// runNext runs the work handed first and not run yet; false when there is none.
func (q *previewQueue) runNext() bool {
	if len(q.work) == 0 {
		return false
	}
	w := q.work[0]
	q.work = q.work[1:]
	w()
	return true
}

// queuedPreview returns a UI on d whose Export dialog previews are made when the test runs them.
func queuedPreview(t *testing.T, d *annotate.Document) (*UI, *previewQueue) {
	t.Helper()
	ui, _ := newTestUI(t, d, false)
	q := &previewQueue{}
	ui.opts.previewRun = q.add
	return ui, q
}

// TestExportPreviewInTheBackground: the preview is made off the UI goroutine, one at a time, of the
// choices last made: going through the formats while one is being made starts no write per format,
// the preview of choices since changed is never shown, and Export greys only once the preview made
// of the choices shown says the export is refused.
func TestExportPreviewInTheBackground(t *testing.T) {
	ui, q := queuedPreview(t, testDoc(t))
	format, _ := exportDialogSelects(t, ui) // Glose JSON: a preview handed, not yet made
	p := ui.exportForm.preview
	if len(q.work) != 1 || p.head.Text != "" {
		t.Fatalf("on opening: %d previews handed, heading %q; want one, nothing said yet", len(q.work), p.head.Text)
	}
	text, _ := formats.Lookup("text")
	format.SetSelected("doccano relation JSONL")
	format.SetSelected(formatTitle(text)) // refused: no segment has English
	if len(q.work) != 1 {
		t.Fatalf("%d previews handed while one was being made, want that one alone", len(q.work))
	}
	export := shownButton(ui.win.Canvas().Overlays().Top(), "Export…")
	q.runNext() // Glose JSON's, made after the choices changed: dropped, the latest handed instead
	if p.head.Text != "" || p.refused || export.Disabled() || len(q.work) != 1 {
		t.Fatalf("a preview of choices since changed: heading %q, refused %v, Export greyed %v, %d handed after",
			p.head.Text, p.refused, export.Disabled(), len(q.work))
	}
	q.runNext()
	if !strings.HasPrefix(p.head.Text, "3 of 3 segments have no English") || !p.refused || !export.Disabled() {
		t.Fatalf("plain text: heading %q, refused %v, Export greyed %v", p.head.Text, p.refused, export.Disabled())
	}
	untranslatedSelect(t, ui).SetSelectedIndex(int(formats.OmitUntranslated))
	if !export.Disabled() {
		t.Error("Export enabled before the preview of the new choice said it may")
	}
	if q.runNext(); p.refused || export.Disabled() || !previewSays(ui, "3 of 3 segments have no English and are left out: 1–3.") {
		t.Errorf("leaving them out: heading %q, refused %v, Export greyed %v", p.head.Text, p.refused, export.Disabled())
	}
	if q.runNext() {
		t.Error("a preview handed with no choice changed")
	}
}

// TestExportPreviewOfALongArticle: writing a long article takes a second or two, so the preview says
// it is checking, the list of the choice before gone, rather than show that list as this one's.
func TestExportPreviewOfALongArticle(t *testing.T) {
	text := strings.Repeat("Le ministre a parlé longuement de la réforme des retraites. ", previewBig/60+1)
	d := annotate.NewDocument("long", "Long", text, "fr", "en")
	d.AddSegment(0, len(text), 0, annotate.KindSentence)
	ui, q := queuedPreview(t, d)
	format, _ := exportDialogSelects(t, ui)
	p := ui.exportForm.preview
	q.runNext()
	format.SetSelected("doccano relation JSONL")
	if p.head.Text != "Checking what the file would hold…" || len(p.list.Objects) != 0 {
		t.Errorf("while the preview is made: heading %q, %d items", p.head.Text, len(p.list.Objects))
	}
	for q.runNext() { // the previews of the choices the format set one by one, dropped, then its own
	}
	if p.head.Text == "Checking what the file would hold…" || p.head.Text == "" {
		t.Errorf("the preview made says %q", p.head.Text)
	}
}

// TestExportPreviewHeadingByChoice: the heading over the translation's warnings says what the file
// does with the segments without English, in each language: delivered in French, nothing is left
// out ("The file would not hold everything" read as if they were lost); left out, the file does not
// hold everything; refused, the heading is the refusal.
func TestExportPreviewHeadingByChoice(t *testing.T) {
	for _, c := range []struct {
		language, refuse, keep, leaveOut string
	}{
		{"en", "2 of 3 segments have no English: 2–3.", "Nothing is left out, but:", "The file would not hold everything:"},
		{"fr", "2 segments sur 3 n’ont pas d’anglais\u00a0: 2–3.", "Rien n’est laissé de côté, mais\u00a0:", "Le fichier ne contiendrait pas tout\u00a0:"},
	} {
		t.Run(c.language, func(t *testing.T) {
			useLanguage(t, c.language)
			ui, _, _ := savedTestDoc(t)
			ui.doc.Segments[0].Target, ui.doc.Segments[0].Status = "Hello.", annotate.StatusTranslated
			format, _ := exportDialogSelects(t, ui)
			text, _ := formats.Lookup("text")
			format.SetSelected(formatTitle(text))
			p, untr := ui.exportForm.preview, untranslatedSelect(t, ui)
			for _, want := range []struct {
				choice formats.Untranslated
				head   string
			}{{formats.RefuseUntranslated, c.refuse}, {formats.KeepSource, c.keep}, {formats.OmitUntranslated, c.leaveOut}} {
				untr.SetSelectedIndex(int(want.choice))
				if !strings.HasPrefix(p.head.Text, want.head) {
					t.Errorf("%s: heading %q, want %q", untr.Selected, p.head.Text, want.head)
				}
			}
		})
	}
}

// TestExportDraftsHeading: drafts delivered as the translation are in the file: the heading over that
// warning, before and after writing, says nothing is left out.
func TestExportDraftsHeading(t *testing.T) {
	ui, _, _ := savedTestDoc(t)
	for _, s := range ui.doc.Segments {
		s.Target, s.Status = "Some English.", annotate.StatusDraft
	}
	format, _ := exportDialogSelects(t, ui)
	text, _ := formats.Lookup("text")
	format.SetSelected(formatTitle(text))
	if p := ui.exportForm.preview; p.head.Text != "Nothing is left out, but:" || len(p.msgs) != 1 {
		t.Errorf("drafts alone: heading %q over %q", p.head.Text, p.msgs)
	}
	out := exportMessages(ui.doc, []formats.Warning{{Code: formats.WarnDraftsDelivered, Doc: ui.doc.ID,
		Args: map[string]any{"N": 3, "Total": 3, "Numbers": "1–3"}}})
	ui.exportedStatus("/tmp/article.en.txt", false, out, false)
	if top := ui.win.Canvas().Overlays().Top(); top == nil || shownMessage(top, "Exported to “article.en.txt”, nothing left out, but:") == nil {
		t.Error("after writing, the drafts are not said to be in the file")
	}
}
