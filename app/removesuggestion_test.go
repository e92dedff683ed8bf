package app

import (
	"testing"

	"fyne.io/fyne/v2"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/plaintext"
)

// TestDeletingASuggestionRejectsIt: Delete (or Backspace) on a wrong suggestion rejects it, as r
// does, with r's status wording, so that pre-annotating the document again, as a team does with a
// retrained model, does not propose it again (it removed it without remembering a rejection, and
// the reviewer who took Delete for r could not know). One Ctrl+Z gives it back, rejection undone; a
// span the person made is removed as before.
func TestDeletingASuggestionRejectsIt(t *testing.T) {
	d, err := plaintext.Import("a.txt", []byte(sampleText), plaintext.Options{})
	must(t, err)
	ui, _ := newTestUI(t, d, false)
	ui.preannotateDocument()
	per := suggestedAt(d, "Donald Trump")
	if per == nil {
		t.Fatal("the test expects a suggested “Donald Trump”")
	}
	r := ui.rowFor(0)
	for i, key := range []fyne.KeyName{fyne.KeyDelete, fyne.KeyBackspace} {
		ui.selectSpan(per.ID)
		r.src.TypedKey(&fyne.KeyEvent{Name: key})
		if want := "Rejected " + per.Label + " “Donald Trump”"; ui.status.Text != want || len(d.Rejected) != 1 || d.Span(per.ID) != nil {
			t.Fatalf("%s: status %q, %d rejections; want %q and one", key, ui.status.Text, len(d.Rejected), want)
		}
		if i == 0 {
			ui.handleShortcut(&fyne.ShortcutUndo{})
			if d.Span(per.ID) == nil || len(d.Rejected) != 0 {
				t.Fatal("one Ctrl+Z did not give the suggestion back without its rejection")
			}
		}
	}
	ui.preannotateDocument()
	if sp := suggestedAt(d, "Donald Trump"); sp != nil {
		t.Errorf("pre-annotating again proposed the deleted %s “Donald Trump” again", sp.Label)
	}
	mine := &annotate.Span{Side: annotate.Source, Start: 0, End: len("Sergueï"), Label: annotate.LabelMISC, Origin: annotate.Human, Confidence: 1}
	must(t, ui.ed.AddSpan(mine))
	ui.selectSpan(mine.ID)
	must(t, ui.removeSelectedSpan())
	if want := "Removed MISC “Sergueï”"; ui.status.Text != want || len(d.Rejected) != 1 {
		t.Errorf("a span the person made: status %q, %d rejections; want %q, still one", ui.status.Text, len(d.Rejected), want)
	}
}

// suggestedAt returns the French suggestion over text, if any.
func suggestedAt(d *annotate.Document, text string) *annotate.Span {
	for _, sp := range d.Spans {
		if sp.Side == annotate.Source && sp.Origin == annotate.Auto && d.SpanText(sp) == text {
			return sp
		}
	}
	return nil
}
