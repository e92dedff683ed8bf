package app

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/suggest"
	"github.com/glose-app/glose/suggest/tm"
)

// deleteDoc is undoDoc with a client's TMX file imported holding its first segment's pair, written
// with e + U+0301 as the client's tool wrote it, and that segment confirmed with the same English.
func deleteDoc(t *testing.T) (*UI, *annotate.Document) {
	t.Helper()
	d := undoDoc()
	ui := suggestUI(t, d, nil, nil)
	tmx := `<tmx version="1.4"><header srclang="fr"/><body>
<tu><tuv xml:lang="fr"><seg>` + strings.ReplaceAll(undoFR, "é", "e\u0301") + `</seg></tuv><tuv xml:lang="en"><seg>` + undoEN + `</seg></tuv></tu>
</body></tmx>`
	ui.importTMX(nopCloser{strings.NewReader(tmx)}, "client.tmx")
	ui.focusSegment(0, annotate.Target)
	visibleRow(t, ui, 0).entry.SetText(undoEN)
	visibleRow(t, ui, 0).entry.TypedShortcut(ctrlKey(fyne.KeyReturn))
	ui.focusSegment(3, annotate.Target) // the same French: its suggestions offer the pair
	if !offered(ui, storedEN) {
		t.Fatalf("the pair is not offered: %+v", ui.sugg.offers)
	}
	return ui, d
}

// memoryCardButtons returns the Insert and Delete… buttons of the first memory suggestion's card.
func memoryCardButtons(t *testing.T, ui *UI) (insert, del *dialogButton) {
	t.Helper()
	n := offerOf(t, ui, suggest.KindTM)
	var buttons []*dialogButton
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch o := o.(type) {
		case *dialogButton:
			buttons = append(buttons, o)
		case *fyne.Container:
			for _, c := range o.Objects {
				walk(c)
			}
		}
	}
	walk(ui.sugg.cards.Objects[n])
	if len(buttons) != 2 {
		t.Fatalf("the memory card has %d buttons, want Insert and Delete…", len(buttons))
	}
	return buttons[0], buttons[1]
}

// TestDeleteFromMemorySuggestion: Del on a memory suggestion's Insert button asks, naming the pair and
// its sources (the TMX file, the segment that confirmed it) and saying it cannot be undone; Cancel
// keeps it; Delete… then Delete takes it out of the memory, for good: the suggestion goes, Ctrl+Z of
// the segment's confirmation does not bring it back, and confirming the segment again stores it again.
func TestDeleteFromMemorySuggestion(t *testing.T) {
	ui, d := deleteDoc(t)
	insert, del := memoryCardButtons(t, ui)
	if insert.Text != "Insert" || del.Text != "Delete…" {
		t.Fatalf("buttons %q and %q", insert.Text, del.Text)
	}
	if f := ui.sugg.focusTarget(); f != fyne.Focusable(insert) {
		t.Errorf("Ctrl+Shift+4 reaches %v, want the Insert button", f)
	}
	insert.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDelete})
	q := ui.sugg.deleting
	if q.confirmDialog == nil || ui.topModal() == nil {
		t.Fatal("Del on the card asked nothing")
	}
	for _, want := range []string{"“" + undoFR + "”", "→ “" + storedEN + "”", "the TMX file “client.tmx”",
		"segment 1 of this document", "This cannot be undone"} {
		if !strings.Contains(q.text, want) {
			t.Errorf("the question\n%s\ndoes not say %q", q.text, want)
		}
	}
	q.Dismiss()
	if ui.focusSegment(3, annotate.Target); !offered(ui, storedEN) {
		t.Fatal("Cancel deleted the pair")
	}
	_, del = memoryCardButtons(t, ui)
	test.Tap(del)
	test.Tap(ui.sugg.deleting.ok)
	if offered(ui, storedEN) || len(wholeMemory(t, ui)) != 0 {
		t.Fatalf("after Delete the memory holds %q and offers %+v", wholeMemory(t, ui), ui.sugg.offers)
	}
	if !strings.HasPrefix(ui.status.Text, "Deleted from the memory: “") {
		t.Errorf("status %q", ui.status.Text)
	}
	seg := d.Segments[0]
	pressUntil(t, ui, undoKey, "Ctrl+Z", func() bool { return !seg.Status.Done() })
	if got := wholeMemory(t, ui); len(got) != 0 {
		t.Errorf("Ctrl+Z of the confirmation brought back %q", got)
	}
	pressUntil(t, ui, redoKey, "Ctrl+Shift+Z", func() bool { return seg.Status.Done() })
	ui.focusSegment(0, annotate.Target)
	visibleRow(t, ui, 0).entry.TypedShortcut(ctrlKey(fyne.KeyReturn))
	want := []string{d.ID + "/" + seg.ID + ": " + undoFR + " → " + storedEN}
	if got := wholeMemory(t, ui); !slices.Equal(got, want) {
		t.Errorf("confirming the segment again: the memory holds %q, want %q", got, want)
	}
}

// TestDeleteFromConcordance deletes a memory hit from the Concordance dialog: the search runs again
// without it; a glossary hit has no Delete… (the glossary's entries are deleted in Tools › Glossary…).
func TestDeleteFromConcordance(t *testing.T) {
	ui, _ := deleteDoc(t)
	ui.importGlossary(nopCloser{strings.NewReader("Terme;Traduction\nministre;minister\n")}, "termes.csv")
	v := ui.showConcordance()
	v.query.SetText("ministre")
	if len(v.hits) != 2 || !v.hits[0].glossary || v.hits[0].del.Visible() || !v.hits[1].del.Visible() {
		t.Fatalf("%d hits: want the glossary's without Delete…, then the memory's with it", len(v.hits))
	}
	v.hits[1].insert.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDelete})
	q := ui.sugg.deleting
	if q.confirmDialog == nil || !strings.Contains(q.text, "the TMX file “client.tmx”") {
		t.Fatalf("Del on the hit asked %q", q.text)
	}
	ui.onTypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) // Enter answers Delete, the default button
	if len(v.hits) != 1 || !v.hits[0].glossary {
		t.Errorf("after Delete, %d hits, want the glossary's alone", len(v.hits))
	}
	if ui.topModal() == nil {
		t.Error("the Concordance dialog closed with the question")
	}
	if got := wholeMemory(t, ui); len(got) != 0 {
		t.Errorf("the memory holds %q", got)
	}
}

// TestDeleteQuestionNamesSources names each kind of source as the question does.
func TestDeleteQuestionNamesSources(t *testing.T) {
	ui, d := deleteDoc(t)
	for _, c := range []struct {
		s    tm.Source
		want string
	}{
		{tm.Source{Kind: tm.SourceImported, Origin: "client.tmx"}, "the TMX file “client.tmx”"},
		{tm.Source{Kind: tm.SourceConfirmed, Origin: d.ID, Segment: d.Segments[3].ID}, "segment 4 of this document"},
		{tm.Source{Kind: tm.SourceConfirmed, Origin: d.ID}, "this document"},
		{tm.Source{Kind: tm.SourceConfirmed, Origin: "autre-doc", Segment: "s9"}, "the document “autre-doc”, segment s9"},
		{tm.Source{Kind: tm.SourceConfirmed, Origin: "autre-doc"}, "the document “autre-doc”"},
		{tm.Source{Kind: tm.SourceUnknown}, "an earlier version of the memory, which did not record sources"},
	} {
		if got := ui.sourceWords(c.s); got != c.want {
			t.Errorf("sourceWords(%+v) = %q, want %q", c.s, got, c.want)
		}
	}
}
