package app

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
)

// manyQuotesDoc builds a document of n paragraphs of two quotes each, « Citation 1a », … « Citation
// 1b », each tagged.
func manyQuotesDoc(t *testing.T, n int) *annotate.Document {
	t.Helper()
	paras := make([]string, n)
	for i := range paras {
		paras[i] = fmt.Sprintf("« Citation %da », a dit Jean, « Citation %db ».", i+1, i+1)
	}
	text := strings.Join(paras, "\n\n")
	d := annotate.NewDocument("quotes", "Quotes", text, "fr", "en")
	ed := annotate.NewEditor(d)
	at := 0
	for i, p := range paras {
		d.AddSegment(at, at+len(p), i, annotate.KindSentence)
		for _, q := range []int{0, strings.LastIndex(p, "«")} {
			end := at + q + strings.Index(p[q:], "»") + len("»")
			must(t, ed.AddSpan(&annotate.Span{Side: annotate.Source, Start: at + q, End: end, Label: annotate.LabelQuote, Origin: annotate.Human}))
		}
		at += len(p) + 2
	}
	return d
}

// shownRows returns the French line of each row the Quotes list shows, and of the rows shown marked.
func shownRows(t *testing.T, p *quotesPanel) (shown, marked []string) {
	t.Helper()
	scroll, ok := test.WidgetRenderer(&p.list.List).Objects()[0].(fyne.Widget)
	if !ok {
		t.Fatal("the Quotes list shows no scroller")
	}
	content, ok := test.WidgetRenderer(scroll).Objects()[0].(*fyne.Container)
	if !ok {
		t.Fatal("the Quotes list's scroller holds no rows")
	}
	for _, o := range content.Objects {
		item, ok := o.(fyne.Widget) // List's item around a row, or a separator
		if !ok || !item.Visible() {
			continue
		}
		var box *fyne.Container
		for _, o := range test.WidgetRenderer(item).Objects() {
			if c, ok := o.(*fyne.Container); ok {
				box = c
			}
		}
		if box == nil {
			continue // a separator
		}
		fr := quotationLineOf(box).Objects[0].(*widget.Label).Text
		shown = append(shown, fr)
		if box.Objects[0].Visible() {
			marked = append(marked, fr)
		}
	}
	return shown, marked
}

// caretInQuote puts the caret in the French of segment i, inside its first or second quote (k = 0,
// 1), as the arrow keys do; the segment gets the focus first if it has not.
func caretInQuote(t *testing.T, ui *UI, i, k int) {
	t.Helper()
	if ui.cur != i {
		ui.focusSegment(i, annotate.Source)
	}
	r := visibleRow(t, ui, i)
	at := 3
	if k == 1 {
		at = strings.LastIndex(ui.doc.SourceText(ui.doc.Segments[i]), "«") + 3
	}
	r.src.SetSelection(at, at)
	r.src.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
}

// TestQuotesMarkFollowsTheCaretOnScreen: on an article with more quotes than the tab shows, the row
// shaded as the current quote is, among the rows on screen, the one of the quote the caret went into,
// scrolled into view when it was not, and only it.
func TestQuotesMarkFollowsTheCaretOnScreen(t *testing.T) {
	ui, _ := newTestUI(t, manyQuotesDoc(t, 80), false)
	p := shownQuotes(t, ui)
	test.WidgetRenderer(&p.list.List).Layout(fyne.NewSize(300, 400)) // as the window lays out the tab
	p.list.Resize(fyne.NewSize(300, 400))
	for _, step := range [][2]int{{60, 0}, {60, 1}, {60, 0}, {2, 1}, {2, 0}, {2, 0}, {75, 1}, {75, 0}} {
		caretInQuote(t, ui, step[0], step[1])
		want := fmt.Sprintf("« Citation %d%c »", step[0]+1, 'a'+step[1])
		shown, marked := shownRows(t, p)
		if len(marked) != 1 || marked[0] != want {
			t.Errorf("caret in %s: rows shown marked %q (of %q shown), want it alone", want, marked, shown)
		}
	}
}
