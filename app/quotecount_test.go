package app

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

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
		s := strconv.Itoa(n) + " quotes · " + strconv.Itoa(silent) + " without a speaker"
		if k := quotesToConfirm(ui.doc); k > 0 {
			s += " · " + strconv.Itoa(k) + " with something to confirm"
		}
		return s
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

// TestQuotesListFollowsEditsWhileShown: with the Quotes tab shown, the rows show the English as it is
// typed, a quotation tagged is listed and goes away again with Undo, and a row the list reuses for
// another quote shows that quote's texts and notes only (rows keep the texts they are given again).
func TestQuotesListFollowsEditsWhileShown(t *testing.T) {
	d, quotes := reviewDoc(t)
	d.Span(quotes[2]).Origin = annotate.Auto
	ui, _ := newTestUI(t, d, false)
	p := shownQuotes(t, ui)
	shown := func(id string) string { // the English line of the row the list shows quote id in
		t.Helper()
		for box, q := range p.boxes {
			if q == id {
				return p.signTips[box]
			}
		}
		t.Fatalf("no row of the list shows quote %s", id)
		return ""
	}

	ui.focusSegment(4, annotate.Target)
	test.Type(visibleRow(t, ui, 4).entry, "We remain")
	if got := shown(quotes[0]); !strings.HasSuffix(got, " · We remain") {
		t.Errorf("after typing, the quote's row reads %q", got)
	}

	ui.focusSegment(0, annotate.Source)
	r := visibleRow(t, ui, 0)
	r.src.SetSelection(0, len("Une phrase"))
	r.src.TypedRune('q')
	if len(p.quotes) != 4 || ui.doc.SpanText(p.quotes[0]) != "Une phrase" {
		t.Fatalf("after tagging a quotation the tab lists %d quotes", len(p.quotes))
	}
	ui.undoStep()
	if len(p.quotes) != 3 || p.quotes[0].ID != quotes[0] {
		t.Fatalf("after Undo the tab lists %d quotes", len(p.quotes))
	}

	box := p.list.CreateItem().(*fyne.Container)
	p.bind(2, box)
	if _, _, _, note, _ := quoteRow(p, 2); note == "" {
		t.Fatal("the test expects the third quote to be a suggestion")
	}
	p.bind(0, box)
	speaker, speakerNote, french, note, english := quoteRow(p, 0)
	want := []string{speaker, speakerNote, french, note, english}
	line := func(k int) (string, string) {
		c := quoteLine(box, k)
		return c.Objects[0].(*widget.Label).Text, c.Objects[1].(*widget.Label).Text
	}
	s, sn := line(0)
	f, n := line(1)
	got := []string{s, sn, f, n, p.signTips[box]}
	if !slices.Equal(got, want) {
		t.Errorf("a row reused for the first quote shows %q, want %q", got, want)
	}
}
