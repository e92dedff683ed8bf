package app

import (
	"strconv"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate"
)

// TestQuotesCountStaysRight: the Quotes tab's title counts the quotes, shown or not, through every
// kind of change (it is no longer counted at every refresh): typing, tagging a quotation, deleting
// one, undo, redo, pre-annotation, an update from a returned file, another document opened; and
// the panel's summary follows a speaker linked.
func TestQuotesCountStaysRight(t *testing.T) {
	d, quotes := reviewDoc(t)
	ui, _ := newTestUI(t, d, false)
	ui.selectPanel(ui.sugg) // the Quotes tab hidden: its title counts all the same
	title := func(step string, want int) {
		t.Helper()
		if n, _ := quoteCounts(ui.doc); n != want {
			t.Fatalf("after %s the document has %d quotes, the test expects %d", step, n, want)
		}
		if got, w := ui.tabTitle(1), "Quotes ("+strconv.Itoa(want)+")"; got != w {
			t.Errorf("after %s the tab reads %q, want %q", step, got, w)
		}
	}
	title("opening", 3)

	ui.focusSegment(4, annotate.Target)
	test.Type(visibleRow(t, ui, 4).entry, "We remain confident")
	title("typing", 3)

	ui.focusSegment(0, annotate.Source)
	r := visibleRow(t, ui, 0)
	r.src.SetSelection(0, len("Une phrase"))
	r.src.TypedRune('q')
	title("tagging a quotation", 4)

	ui.jumpToSpan(quotes[2])
	r = visibleRow(t, ui, 30)
	r.src.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDelete})
	if ui.doc.Span(quotes[2]) != nil {
		t.Fatal("Delete left the selected quote")
	}
	title("deleting a quote", 3)
	ui.undoStep()
	title("undo", 4)
	ui.redoStep()
	title("redo", 3)

	ui.preannotateDocument() // proposes the quotation deleted again: « La science avance. »
	n, _ := quoteCounts(ui.doc)
	if n <= 3 {
		t.Fatalf("pre-annotation proposed no quote: %d", n)
	}
	title("pre-annotation", n)

	path := returnedXLIFF(t, ui.doc, "We remain confident", "We are confident")
	ui.updateFrom(path)
	tapDialogButton(t, ui, "Apply")
	if got := ui.doc.Segments[4].Target; got != "We are confident" {
		t.Fatalf("the update left segment 5 reading %q", got)
	}
	title("an update from a file", n)

	p := shownQuotes(t, ui)
	_, silent := quoteCounts(ui.doc)
	if ui.doc.LinkFrom(quotes[1], annotate.LinkSpeaker) != nil {
		t.Fatal("the test expects the quote over segments 21–23 without a speaker")
	}
	summary := func(silent int) string {
		return strconv.Itoa(n) + " quotes · " + strconv.Itoa(silent) + " without a speaker"
	}
	if got := p.summary.Text; got != summary(silent) {
		t.Errorf("summary %q, want %q", got, summary(silent))
	}
	for _, sp := range ui.doc.Spans {
		if sp.Label == annotate.LabelPER && ui.doc.SpanText(sp) == "Élise Ménard" {
			must(t, ui.linkSpeaker(quotes[1], sp.ID))
		}
	}
	if got := p.summary.Text; got != summary(silent-1) {
		t.Errorf("after a speaker is linked the summary reads %q, want %q", got, summary(silent-1))
	}

	ui.selectPanel(ui.sugg)
	other, _ := reviewDoc(t)
	ed := annotate.NewEditor(other)
	must(t, ed.RemoveSpan(other.Spans[0].ID))
	ui.setDocument(other, "")
	title("opening another document", 2)
}
