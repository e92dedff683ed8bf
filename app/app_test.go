package app

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate"
)

// sampleText has accents, « guillemets », an emoji outside the BMP and a combining accent.
const sampleText = "Sergueï Lavrov a déclaré : « Le dialogue 😀 est libre ». " +
	"Donald Trump a salué une « très bonne rencontre » à la Maison-Blanche.\n\n" +
	"Le ministre était à Washington."

// testDoc builds a three-segment document with one auto QUOTE and one auto PER span.
func testDoc(t *testing.T) *annotate.Document {
	t.Helper()
	d := sampleSegments("test-doc", "Test")
	ed := annotate.NewEditor(d)
	q := strings.Index(sampleText, "« Le")
	qe := strings.Index(sampleText, "». ") + len("»")
	must(t, ed.AddSpan(&annotate.Span{Side: annotate.Source, Start: q, End: qe, Label: annotate.LabelQuote, Origin: annotate.Auto, Confidence: 0.8}))
	must(t, ed.AddSpan(&annotate.Span{Side: annotate.Source, Start: 0, End: len("Sergueï Lavrov"), Label: annotate.LabelPER, Origin: annotate.Auto, Confidence: 0.9}))
	return d
}

// sampleSegments returns sampleText in three segments (two sentences, then a paragraph) with no
// annotation, as the document id titled title.
func sampleSegments(id, title string) *annotate.Document {
	d := annotate.NewDocument(id, title, sampleText, "fr", "en")
	first := strings.Index(sampleText, "Donald")
	para := strings.Index(sampleText, "Le ministre")
	d.AddSegment(0, first-1, 0, annotate.KindSentence)
	d.AddSegment(first, para-2, 0, annotate.KindSentence)
	d.AddSegment(para, len(sampleText), 1, annotate.KindSentence)
	return d
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// newTestUI returns a UI on a test app, showing d, laid out at 1000×700, with recovery questions
// answered by answer, and questions about unsaved changes by Save (true) or Don't save (false).
func newTestUI(t testing.TB, d *annotate.Document, answer bool) (*UI, *[]string) {
	t.Helper()
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	t.Setenv("XDG_DATA_HOME", t.TempDir()) // the translation memory
	keepStateHome(t)
	keepConfigHome(t) // the user's word list
	a := test.NewTempApp(t)
	var asked []string
	ui := New(a, Options{Sync: true, Confirm: func(title, _ string, done func(bool)) {
		asked = append(asked, title)
		done(answer)
	}, Choose: func(title, _ string, _ []string, done func(int)) { // save or not, as answer says
		asked = append(asked, title)
		if answer {
			done(saveFirst)
		} else {
			done(dontSave)
		}
	}})
	ui.win.Resize(fyne.NewSize(1000, 700))
	if d != nil {
		ui.setDocument(d, "")
		layOut(ui)
	}
	t.Cleanup(func() {
		if !ui.closed {
			ui.win.Close()
		}
	})
	return ui, &asked
}

// keepStateHome points XDG_STATE_HOME (autosaves, locks) at a directory of the test's own, the same for
// every window the test opens, so that a second window finds the first one's autosave and lock.
func keepStateHome(t testing.TB) {
	t.Helper()
	own := filepath.Dir(t.TempDir()) // every TempDir of a test is in one directory
	if !strings.HasPrefix(os.Getenv("XDG_STATE_HOME"), own+string(filepath.Separator)) {
		t.Setenv("XDG_STATE_HOME", t.TempDir())
	}
}

// keepConfigHome points XDG_CONFIG_HOME (the user's word list) at a directory of the test's own, the
// same for every window the test opens, as keepStateHome does.
func keepConfigHome(t testing.TB) {
	t.Helper()
	own := filepath.Dir(t.TempDir())
	if !strings.HasPrefix(os.Getenv("XDG_CONFIG_HOME"), own+string(filepath.Separator)) {
		t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	}
}

// layOut gives the list its width, as the first layout of the window does.
func layOut(ui *UI) {
	ui.resizeRows(700)
	ui.list.Resize(fyne.NewSize(700, 600))
}

// visibleRow returns the row showing segment i, failing when there is none.
func visibleRow(t *testing.T, ui *UI, i int) *row {
	t.Helper()
	ui.list.ScrollTo(i)
	ui.list.Refresh()
	r := ui.rowFor(i)
	if r == nil {
		t.Fatalf("segment %d has no row on screen (rows: %d)", i, len(ui.rows))
	}
	return r
}

func TestTypingChangesTargetThroughEditor(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	r := visibleRow(t, ui, 1)
	ui.win.Canvas().Focus(r.entry)
	test.Type(r.entry, "Trump hailed « a very good meeting » 😀")
	seg := ui.doc.Segments[1]
	if want := "Trump hailed « a very good meeting » 😀"; seg.Target != want {
		t.Fatalf("target = %q, want %q", seg.Target, want)
	}
	if seg.Status != annotate.StatusDraft {
		t.Errorf("status = %s, want draft", seg.Status)
	}
	if !ui.dirty || !ui.ed.CanUndo() {
		t.Errorf("dirty %v, can undo %v: the edit did not go through the editor", ui.dirty, ui.ed.CanUndo())
	}
	// Ctrl+Z in the entry undoes through the editor, all the typing at once with the draft status
	// the first keystroke set, and the entry follows.
	r.entry.TypedShortcut(&fyne.ShortcutUndo{})
	if seg.Target != "" {
		t.Errorf("after undo: target %q, want empty", seg.Target)
	}
	if r.entry.Text != "" {
		t.Errorf("entry shows %q after undo", r.entry.Text)
	}
	if seg.Status != annotate.StatusNew || ui.ed.CanUndo() {
		t.Errorf("after undo: status %s (want new), more to undo: %v", seg.Status, ui.ed.CanUndo())
	}
	r.entry.TypedShortcut(&fyne.ShortcutRedo{})
	if r.entry.Text != seg.Target || seg.Target == "" {
		t.Errorf("after redo: entry %q, target %q", r.entry.Text, seg.Target)
	}
}

func TestTagSourceSelectionWithLabelKey(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	r := visibleRow(t, ui, 0)
	src := ui.doc.SourceText(ui.doc.Segments[0])
	word := "dialogue 😀"
	a := strings.Index(src, word)
	ui.win.Canvas().Focus(r.src)
	r.src.SetSelection(a, a+len(word))
	n := len(ui.doc.Spans)
	r.src.TypedRune('m')
	if len(ui.doc.Spans) != n+1 {
		t.Fatalf("%d spans, want %d", len(ui.doc.Spans), n+1)
	}
	sp := ui.doc.Span(ui.selSpan)
	if sp == nil || sp.Label != annotate.LabelMISC || ui.doc.SpanText(sp) != word || sp.Origin != annotate.Human {
		t.Fatalf("new span %+v", sp)
	}
	// The row shows it.
	found := false
	for _, h := range r.src.Highlights() {
		found = found || h.ID == sp.ID
	}
	if !found {
		t.Error("the row does not highlight the new span")
	}
	// Another label key with no text selected relabels the selected span; Delete removes it.
	r.src.TypedRune('o')
	if sp.Label != annotate.LabelORG {
		t.Errorf("label %s after o, want ORG", sp.Label)
	}
	r.src.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDelete})
	if ui.doc.Span(sp.ID) != nil {
		t.Error("Delete did not remove the span")
	}
	// Tagging the exact range of a suggestion confirms it instead of adding a second span.
	per := ui.doc.Spans[1]
	r.src.SetSelection(per.Start, per.End)
	n = len(ui.doc.Spans)
	r.src.TypedRune('p')
	if len(ui.doc.Spans) != n || per.Origin != annotate.Human {
		t.Errorf("tagging a suggestion's range: %d spans (want %d), origin %s", len(ui.doc.Spans), n, per.Origin)
	}
}

// selectInEntry selects n characters of the entry from rune column col, forwards or backwards.
func selectInEntry(e *targetEntry, col, n int, backwards bool) {
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyHome}) // drops any selection
	e.CursorRow, e.CursorColumn = 0, col
	key := fyne.KeyRight
	if backwards {
		e.CursorColumn, key = col+n, fyne.KeyLeft
	}
	e.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	for range n {
		e.TypedKey(&fyne.KeyEvent{Name: key})
	}
	e.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
}

func TestTagTargetSelection(t *testing.T) {
	for _, backwards := range []bool{false, true} {
		ui, _ := newTestUI(t, testDoc(t), false)
		r := visibleRow(t, ui, 0)
		ui.win.Canvas().Focus(r.entry)
		text := "Sergei Lavrov 😀 said: « dialogue é is free »"
		test.Type(r.entry, text)
		word := "dialogue e\u0301" // combining accent inside
		text2 := strings.Replace(text, "dialogue é", word, 1)
		r.entry.SetText(text2)
		col := len([]rune(text2[:strings.Index(text2, word)]))
		selectInEntry(r.entry, col, len([]rune(word)), backwards)
		if got := r.entry.SelectedText(); got != word {
			t.Fatalf("entry selection %q, want %q", got, word)
		}
		if !ui.handleShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyM, Modifier: fyne.KeyModifierAlt}) {
			t.Fatal("Alt+M is not bound")
		}
		spans := ui.doc.TargetSpans(ui.doc.Segments[0].ID)
		if len(spans) != 1 || ui.doc.SpanText(spans[0]) != word || spans[0].Label != annotate.LabelMISC {
			t.Fatalf("backwards %v: target spans %v", backwards, spans)
		}
		if !r.strip.Visible() || len(r.strip.Highlights()) == 0 {
			t.Error("the target strip does not show the span")
		}
		// Typing before the span moves it; the highlight follows.
		r.entry.SetText("The " + r.entry.Text)
		if sp := spans[0]; ui.doc.SpanText(sp) != word {
			t.Errorf("after typing before it the span covers %q", ui.doc.SpanText(sp))
		}
	}
}

func TestEntrySelectionRange(t *testing.T) {
	e := newTargetEntry(&row{ui: &UI{}})
	e.OnChanged = nil
	e.Resize(fyne.NewSize(400, 40))
	e.SetText("aa « aa » aa")
	selectInEntry(e, 3, 4, false)
	a, b, ok := entrySelection(&e.Entry)
	if !ok || e.Text[a:b] != "« aa" {
		t.Errorf("forward: [%d,%d) %v", a, b, ok)
	}
	selectInEntry(e, 3, 4, true)
	a, b, ok = entrySelection(&e.Entry)
	if !ok || e.Text[a:b] != "« aa" {
		t.Errorf("backward: [%d,%d) %v", a, b, ok)
	}
}

func TestLinkSpeaker(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	r := visibleRow(t, ui, 0)
	quote, per := ui.doc.Spans[0].ID, ui.doc.Spans[1].ID
	ui.tapSpan(r, quote)
	ui.win.Canvas().Focus(r.src)
	r.src.TypedRune('s') // link mode
	if ui.linkFrom != quote {
		t.Fatalf("link mode on %q, want %q", ui.linkFrom, quote)
	}
	ui.tapSpan(r, per)
	l := ui.doc.LinkFrom(quote, annotate.LinkSpeaker)
	if l == nil || l.To != per {
		t.Fatalf("speaker link %+v, want to %s", l, per)
	}
	// The palette's people list does the same.
	ui.ed.Undo()
	ui.selectSpan(quote)
	if len(ui.palette.speaker.Options) != 1 {
		t.Fatalf("people %v", ui.palette.speaker.Options)
	}
	ui.palette.speaker.SetSelected(ui.palette.speaker.Options[0])
	if l := ui.doc.LinkFrom(quote, annotate.LinkSpeaker); l == nil || l.To != per {
		t.Fatalf("speaker chosen from the list: %+v", l)
	}
}

func TestAcceptRejectAndUndo(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	r := visibleRow(t, ui, 0)
	quote, per := ui.doc.Spans[0], ui.doc.Spans[1]
	ui.win.Canvas().Focus(r.src)
	ui.tapSpan(r, quote.ID)
	r.src.TypedRune('a')
	if quote.Origin != annotate.Human {
		t.Errorf("quote origin %s after a", quote.Origin)
	}
	ui.tapSpan(r, per.ID)
	r.src.TypedRune('r')
	if ui.doc.Span(per.ID) != nil {
		t.Error("r did not reject the suggestion")
	}
	ui.handleShortcut(&fyne.ShortcutUndo{})
	if ui.doc.Span(per.ID) == nil {
		t.Fatal("undo did not bring the rejected span back")
	}
	ui.handleShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyA, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift})
	if len(ui.doc.Pending()) != 0 {
		t.Errorf("pending after accept all: %v", ui.doc.Pending())
	}
	// The row draws accepted spans solid.
	for _, h := range r.src.Highlights() {
		if h.Style != 0 && h.ID != "" && h.ID != ui.selSpan {
			t.Errorf("highlight %s still drawn as a suggestion", h.ID)
		}
	}
}

func TestStatusAndNavigationKeys(t *testing.T) {
	d := testDoc(t)
	d.Segments[0].Target, d.Segments[1].Target = "Sergei Lavrov said so.", "Donald Trump hailed it."
	ui, _ := newTestUI(t, d, false)
	r := visibleRow(t, ui, 0)
	ui.win.Canvas().Focus(r.entry)
	ui.handleShortcut(&desktop.CustomShortcut{KeyName: fyne.Key4, Modifier: fyne.KeyModifierAlt})
	if st := ui.doc.Segments[0].Status; st != annotate.StatusReviewed {
		t.Errorf("Alt+4: status %s", st)
	}
	r.entry.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyReturn, Modifier: fyne.KeyModifierShortcutDefault})
	if ui.cur != 1 {
		t.Errorf("Ctrl+Enter: current segment %d, want 1", ui.cur)
	}
	if ui.doc.Segments[0].Status != annotate.StatusReviewed {
		t.Error("Ctrl+Enter downgraded a reviewed segment")
	}
	ui.handleShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyReturn, Modifier: fyne.KeyModifierShortcutDefault})
	if ui.doc.Segments[1].Status != annotate.StatusTranslated || ui.cur != 2 {
		t.Errorf("Ctrl+Enter: status %s, current %d", ui.doc.Segments[1].Status, ui.cur)
	}
	ui.handleShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyU, Modifier: fyne.KeyModifierShortcutDefault})
	if ui.cur != 2 {
		t.Errorf("Ctrl+U went to %d, want 2 (the only new segment)", ui.cur)
	}
	ui.handleShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyUp, Modifier: fyne.KeyModifierShortcutDefault})
	if ui.cur != 1 {
		t.Errorf("Ctrl+Up went to %d", ui.cur)
	}
}

func TestAcceptSure(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	quote, per := ui.doc.Spans[0], ui.doc.Spans[1]
	quote.Confidence, per.Confidence = 0.95, 0.6
	pending := len(ui.doc.Pending())
	ui.acceptSure()
	if quote.Origin != annotate.Human || per.Origin != annotate.Auto || len(ui.doc.Pending()) != pending-1 {
		t.Errorf("after accepting the sure suggestions: quote %s, person %s, %d pending", quote.Origin, per.Origin, len(ui.doc.Pending()))
	}
	if want := fmt.Sprintf("Accepted 1 sure suggestion, %d left to review", pending-1); ui.status.Text != want {
		t.Errorf("status %q, want %q", ui.status.Text, want)
	}
	ui.handleShortcut(&fyne.ShortcutUndo{})
	if quote.Origin != annotate.Auto {
		t.Error("undo did not take the acceptance back")
	}
}

// TestPastedControlsCleaned: text pasted with Windows line ends or control characters reaches the
// document as text every export can hold, and the field shows what the document holds.
func TestPastedControlsCleaned(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	r := visibleRow(t, ui, 1)
	ui.win.Canvas().Focus(r.entry)
	r.entry.SetText("« Déjà vu »\r\nsaid\x01 Zoé 😀\uFFFE")
	want := "« Déjà vu »\nsaid Zoé 😀"
	if seg := ui.doc.Segments[1]; seg.Target != want || r.entry.Text != want {
		t.Fatalf("target %q, field %q; want both %q", seg.Target, r.entry.Text, want)
	}
}
