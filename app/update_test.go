package app

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
)

// translatedUI is the test document with its first two segments translated, the first with an
// English PER span linked to the French one, shown in a test UI.
func translatedUI(t *testing.T) *UI {
	t.Helper()
	d := testDoc(t)
	e := annotate.NewEditor(d)
	for id, en := range map[string]string{"s1": "Sergei Lavrov said: “Dialogue 😀 is free”.", "s2": "Donald Trump welcomed a “very good meeting” at the White House."} {
		_, err := e.SetTarget(id, en)
		must(t, err)
		must(t, e.SetStatus(id, annotate.StatusTranslated))
	}
	per := d.SourceSpans(0, len("Sergueï Lavrov"))[0]
	must(t, e.AddSpan(&annotate.Span{ID: "en1", Side: annotate.Target, Segment: "s1", Start: 0, End: len("Sergei Lavrov"), Label: annotate.LabelPER}))
	must(t, e.AddLink(&annotate.Link{Type: annotate.LinkTranslation, From: per.ID, To: "en1"}))
	ui, _ := newTestUI(t, d, false)
	return ui
}

// returnedXLIFF writes the document's XLIFF 2 export, as a reviewer returns it with replace applied
// (old, new pairs), into a file and returns its path.
func returnedXLIFF(t *testing.T, d *annotate.Document, replace ...string) string {
	t.Helper()
	files, _, err := formats.Write("xliff", []*annotate.Document{d}, formats.WriteOptions{})
	must(t, err)
	text := string(files[0].Data)
	for i := 0; i+1 < len(replace); i += 2 {
		if !strings.Contains(text, replace[i]) {
			t.Fatalf("the export has no %q", replace[i])
		}
		text = strings.Replace(text, replace[i], replace[i+1], 1)
	}
	path := filepath.Join(t.TempDir(), "relu.xlf")
	must(t, os.WriteFile(path, []byte(text), 0o644))
	return path
}

// summaryLine fails unless the dialog on top shows want as a line of the update's summary, after its first.
func summaryLine(t *testing.T, ui *UI, want string) {
	t.Helper()
	if findShown(ui.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) bool {
		m, ok := o.(*messageText)
		return ok && strings.Contains(m.Text, "\n"+want)
	}) == nil {
		t.Fatalf("no summary saying %q", want)
	}
}

// tapDialogButton taps the button reading label in the dialog on top of the window.
func tapDialogButton(t *testing.T, ui *UI, label string) {
	t.Helper()
	b := shownButton(ui.win.Canvas().Overlays().Top(), label)
	if b == nil {
		t.Fatalf("no %q button in the dialog on top", label)
	}
	test.Tap(b)
}

// TestUpdateFromReturnedFile: File › Update the translation from a file asks for a file; the summary
// of a returned XLIFF says what changes, Apply takes the corrected English and the new status while
// the link of the English span kept stays, and one Undo brings the document back.
func TestUpdateFromReturnedFile(t *testing.T) {
	ui := translatedUI(t)
	before, err := annotate.Marshal(ui.doc)
	must(t, err)
	menuItem(t, ui, "File", "Update the translation from a file…").Action()
	if !ui.dialogOpen() {
		t.Fatal("the menu item opens no file dialog")
	}
	closeAll(ui)
	path := returnedXLIFF(t, ui.doc, "“very good meeting”", "« very good meeting »",
		`<segment id="s1" state="translated">`, `<segment id="s1" state="final">`)
	ui.updateFrom(path)
	top := ui.win.Canvas().Overlays().Top()
	if shown := findShown(top, func(o fyne.CanvasObject) bool {
		m, ok := o.(*messageText)
		return ok && strings.HasPrefix(m.Text, "2 segments changed, 1 unchanged, 0 not found in this document, 0 whose French differs: refused.") &&
			strings.Contains(m.Text, "\nSegment 1: translated → reviewed\nSegment 2: “Donald Trump welcomed a « very good meeting »")
	}); shown == nil {
		t.Fatal("no summary saying 2 segments changed, 1 unchanged, and which")
	}
	tapDialogButton(t, ui, "Apply")
	if ui.dialogOpen() {
		t.Fatal("the dialog stays open after Apply")
	}
	if got := ui.doc.Segment("s2").Target; got != "Donald Trump welcomed a « very good meeting » at the White House." {
		t.Errorf("segment 2 reads %q", got)
	}
	if st := ui.doc.Segment("s1").Status; st != annotate.StatusReviewed {
		t.Errorf("segment 1 is %s, want reviewed", st)
	}
	linked := false
	for _, l := range ui.doc.Links {
		linked = linked || l.To == "en1" && l.Type == annotate.LinkTranslation
	}
	if ui.doc.Span("en1") == nil || !linked {
		t.Errorf("the English span en1 or its translation link is gone: %v, links %v", ui.doc.Span("en1"), ui.doc.Links)
	}
	if !strings.HasPrefix(ui.status.Text, "Updated 2 segments from “relu.xlf”") {
		t.Errorf("status line %q", ui.status.Text)
	}
	ui.undoStep()
	after, err := annotate.Marshal(ui.doc)
	must(t, err)
	if string(after) != string(before) {
		t.Errorf("one Undo does not restore the document:\n%s\nwant\n%s", after, before)
	}
}

// TestUpdateRefusesAnotherDocumentsFile: a file returned for another document is refused with a
// message naming it, and the document does not change.
func TestUpdateRefusesAnotherDocumentsFile(t *testing.T) {
	ui := translatedUI(t)
	other := annotate.NewDocument("other", "Other", "Bonjour tout le monde.", "fr", "en")
	other.AddSegment(0, len(other.Text), 0, annotate.KindSentence)
	path := returnedXLIFF(t, other)
	ui.updateFrom(path)
	want := "“relu.xlf” is not a translation of this document: none of its segments has the French of one of the document’s segments."
	if shownMessage(ui.win.Canvas().Overlays().Top(), want) == nil {
		t.Errorf("no message %q", want)
	}
	if ui.ed.CanUndo() && ui.ed.UndoName() == "update from a returned file" {
		t.Error("the refused file changed the document")
	}
}

// TestUpdateSummaryInFrench: a French user reads the summary in French, counts in the singular for 0
// and 1 as French does.
func TestUpdateSummaryInFrench(t *testing.T) {
	useLanguage(t, "fr")
	ui := translatedUI(t)
	ui.updateFrom(returnedXLIFF(t, ui.doc, `<segment id="s1" state="translated">`, `<segment id="s1" state="final">`))
	want := "1 segment modifié, 2 inchangés, 0 introuvable dans ce document, 0 dont le français diffère\u00a0: refusé.\nSegment 1\u00a0: traduit → relu\n"
	if findShown(ui.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) bool {
		m, ok := o.(*messageText)
		return ok && strings.HasPrefix(m.Text, want)
	}) == nil {
		t.Errorf("no summary starting %q", want)
	}
}

// clientUI is a document imported from a translation tool's XLIFF 2 file (merge-back), its last
// segment translated, shown in a test UI, with the file's merged export.
func clientUI(t *testing.T) (*UI, []byte) {
	t.Helper()
	path := filepath.Join("..", "annotate", "formats", "testdata", "merge", "client.xlf")
	data, err := os.ReadFile(path)
	must(t, err)
	docs, _, err := formats.Read(path, data, formats.ReadOptions{})
	must(t, err)
	d := docs[0]
	last := d.Segments[len(d.Segments)-1]
	e := annotate.NewEditor(d)
	_, err = e.SetTarget(last.ID, "The end.")
	must(t, err)
	files, _, err := formats.Write("xliff", docs, formats.WriteOptions{})
	must(t, err)
	ui, _ := newTestUI(t, d, false)
	return ui, files[0].Data
}

// TestUpdateTakesTheReviewersFile: the summary says that the reviewer's XLIFF replaces the client's
// as the file the export merges into, with its new note; after Apply the note shows in the Notes
// dialog, read-only, the status line says so, and one Undo gives the client's file back.
func TestUpdateTakesTheReviewersFile(t *testing.T) {
	ui, merged := clientUI(t)
	client := ui.doc.Meta.Original
	text := strings.Replace(string(merged), "<target>The end.</target>", "<target>The end « 😀 ».</target>", 1)
	text = strings.Replace(text, `<unit id="tu5" name="empty">`, `<unit id="tu5" name="empty"><notes><note category="review">Reviewer: « fine » 😀</note></notes>`, 1)
	path := filepath.Join(t.TempDir(), "reviewed.xlf")
	must(t, os.WriteFile(path, []byte(text), 0o644))
	ui.updateFrom(path)
	want := "“reviewed.xlf” then replaces “client.xlf” as the file the XLIFF export merges into, with its notes (1 new)"
	if findShown(ui.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) bool {
		m, ok := o.(*messageText)
		return ok && strings.Contains(m.Text, "\nSegment 7: “The end « 😀 ».”\n"+want+"\n")
	}) == nil {
		t.Fatalf("no summary saying %q", want)
	}
	tapDialogButton(t, ui, "Apply")
	if o := ui.doc.Meta.Original; o == nil || string(o.Data) != text {
		t.Fatal("the reviewer's file is not the document's original")
	}
	if !strings.HasSuffix(ui.status.Text, "“reviewed.xlf” is now the file the XLIFF export merges into.") {
		t.Errorf("status line %q", ui.status.Text)
	}
	ui.setCurrent(len(ui.doc.Segments) - 1)
	ui.showNotes()
	if got := ui.notesShown.texts; !slices.Contains(got, "(from the file, review) Reviewer: « fine » 😀") || len(ui.notesShown.edit) != 0 {
		t.Errorf("the Notes dialog lists %q with %d Edit buttons; want the reviewer's note, read-only", got, len(ui.notesShown.edit))
	}
	closeAll(ui)
	ui.undoStep()
	if ui.doc.Meta.Original != client || len(ui.doc.Segments[len(ui.doc.Segments)-1].Notes) != 0 {
		t.Error("Undo does not give back the client's file and notes")
	}
}

// TestUpdateSaysWhyTheOriginalStays: a TMX returned for a client's document leaves the client's file
// as the one the export merges into, and the summary says why, in French for a French user.
func TestUpdateSaysWhyTheOriginalStays(t *testing.T) {
	useLanguage(t, "fr")
	ui, _ := clientUI(t)
	d := ui.doc.Clone()
	d.Segments[len(d.Segments)-1].Target = "The end, reviewed."
	d.Segments[len(d.Segments)-1].Status = annotate.StatusTranslated
	files, _, err := formats.Write("tmx", []*annotate.Document{d}, formats.WriteOptions{})
	must(t, err)
	path := filepath.Join(t.TempDir(), "relu.tmx")
	must(t, os.WriteFile(path, files[0].Data, 0o644))
	ui.updateFrom(path)
	want := "«\u00a0relu.tmx\u00a0» ne remplace pas «\u00a0client.xlf\u00a0», dans lequel l’export XLIFF écrit toujours les traductions\u00a0: un fichier TMX n’est pas le XLIFF de l’outil de traduction."
	if findShown(ui.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) bool {
		m, ok := o.(*messageText)
		return ok && strings.Contains(m.Text, want)
	}) == nil {
		t.Fatalf("no summary saying %q", want)
	}
	tapDialogButton(t, ui, "Appliquer")
	if o := ui.doc.Meta.Original; o == nil || o.Name != "client.xlf" {
		t.Errorf("the original is now %+v", o)
	}
}

// TestUpdateTakesTheReviewersNoteAlone: a reviewer who only adds a note to Glose's own XLIFF of a
// plain document is not told that there is nothing to update: the French summary counts the note,
// Apply takes it, the Notes dialog shows it read-only, and the status line says so.
func TestUpdateTakesTheReviewersNoteAlone(t *testing.T) {
	useLanguage(t, "fr")
	ui := translatedUI(t)
	ui.updateFrom(returnedXLIFF(t, ui.doc, `<unit id="u2">`, `<unit id="u2"><notes><note category="review">Relecteur : « ministre » ?</note></notes>`))
	want := "1 nouvelle note du fichier (celle du relecteur) : modifiable si ajoutée dans Glose, sinon en lecture seule"
	summaryLine(t, ui, want)
	tapDialogButton(t, ui, "Appliquer")
	if !strings.HasPrefix(ui.status.Text, "1 nouvelle note du fichier. 0 segment mis à jour") {
		t.Errorf("status line %q", ui.status.Text)
	}
	ui.setCurrent(2)
	ui.showNotes()
	if got := ui.notesShown.texts; !slices.ContainsFunc(got, func(s string) bool { return strings.HasSuffix(s, "Relecteur : « ministre » ?") }) || len(ui.notesShown.edit) != 0 {
		t.Errorf("the Notes dialog lists %q with %d Edit buttons; want the reviewer's note, read-only", got, len(ui.notesShown.edit))
	}
}

// TestUpdateTeachesTheMemory: the English a reviewer corrected reaches the translation memory with the
// update, as confirming the segment would have stored it: the memory offers the reviewer's version of
// the sentence as a whole match, in place of the translator's first one (one English per segment of
// a document, as OmegaT, memoQ and Trados keep).
func TestUpdateTeachesTheMemory(t *testing.T) {
	d := pairDoc("Le ministre était à Washington hier.", "Il est reparti jeudi.")
	ui := suggestUI(t, d, nil, nil)
	ui.focusSegment(0, annotate.Target)
	r := visibleRow(t, ui, 0)
	r.entry.SetText("The minister was in Washington yesterday.")
	r.entry.TypedShortcut(ctrlKey(fyne.KeyReturn))
	ui.updateFrom(returnedXLIFF(t, ui.doc, "in Washington yesterday.", "in Washington on Tuesday."))
	tapDialogButton(t, ui, "Apply")
	if got := d.Segments[0].Target; got != "The minister was in Washington on Tuesday." {
		t.Fatalf("after the update segment 1 reads %q", got)
	}
	ui.focusSegment(1, annotate.Target)
	ui.focusSegment(0, annotate.Target)
	if !offered(ui, "The minister was in Washington on Tuesday.") {
		t.Errorf("the memory offers %+v, not the reviewer's English", ui.sugg.offers)
	}
	if offered(ui, "The minister was in Washington yesterday.") {
		t.Errorf("the memory still offers the English the reviewer corrected: %+v", ui.sugg.offers)
	}
}

// TestUpdateTakesTheReviewersIgnoredWarning: a returned Glose XLIFF whose only change is a warning the
// reviewer ignored in Glose is no "nothing to update": the summary says it, and Apply ignores it in the
// document too.
func TestUpdateTakesTheReviewersIgnoredWarning(t *testing.T) {
	useLanguage(t, "fr")
	ui := translatedUI(t)
	ig := annotate.QAIgnore{Check: "quote-style", About: "english: « Élan »\u00a0😀 e\u0301"}
	ui.updateFrom(returnedXLIFF(t, ui.doc, `<unit id="u1">`,
		`<unit id="u1">`+"\n"+`<glose:qaIgnored segment="s2" check="quote-style" about="english: « Élan »&#xA0;😀 e`+"\u0301"+`"/>`))
	want := "1 avertissement des contrôles ignoré dans le fichier\u00a0: ignoré aussi dans le document"
	summaryLine(t, ui, want)
	tapDialogButton(t, ui, "Appliquer")
	if s := ui.doc.Segment("s2"); !s.IgnoresQA(ig) {
		t.Errorf("segment 2 ignores %q, want %q", s.QAIgnored, ig)
	}
}
