package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/workspace"
)

// pastedArticle is the text of the document crashedPaste leaves unsaved.
const pastedArticle = "Crise au Parlement 🇫🇷\n\n« Nous ne voterons pas ce texte », a déclaré Marie Dupont. Le ministre a répondu « non » 👍🏽.\n"

// crashedPaste pastes a document from the clipboard in a window, types in it and autosaves it, as a
// window killed then (kill -9) leaves it: never saved, only its autosave holds it.
func crashedPaste(t *testing.T) (typed string) {
	t.Helper()
	ui, _ := newTestUI(t, nil, false)
	ui.app.Clipboard().SetContent(pastedArticle)
	ui.NewFromClipboard()
	typed = "The crisis in Parliament, « été » 👍🏽"
	typeIn(t, ui, 0, typed)
	ui.AutosaveNow()
	if !ui.dirty || ui.path != "" {
		t.Fatalf("the pasted document: dirty %v, file %q", ui.dirty, ui.path)
	}
	ui.closed = true // crashed: nothing more of it runs
	return typed
}

// crashedFile opens the file path in a window, types typed at the end of segment 3's English and
// autosaves it, as a window killed then (kill -9) leaves it: the file as it was, the typing only in
// its autosave.
func crashedFile(t *testing.T, path, typed string) {
	t.Helper()
	first, _ := newTestUI(t, nil, false)
	first.Open(path)
	typeIn(t, first, 2, typed)
	first.AutosaveNow()
	first.holdLock(nil) // the crashed window's lock: its process is this one, taken for ended
	first.closed = true
}

// TestUnsavedProgress: the list counts as translated only the segments translated or reviewed, says
// the drafts apart, and leaves the locked segments (a client's translate="no") out of those to
// translate, as the QA and the analysis do, in English and French.
func TestUnsavedProgress(t *testing.T) {
	cases := []struct {
		lang string
		u    workspace.Unsaved
		want string
	}{
		{"en", workspace.Unsaved{Segments: 4, Translated: 1, Drafts: 2, Locked: 1}, "1 of 3 segments translated, 2 drafts, 1 locked segment, not to translate"},
		{"en", workspace.Unsaved{Segments: 3, Translated: 3}, "3 of 3 segments translated"},
		{"fr", workspace.Unsaved{Segments: 4, Translated: 1, Drafts: 2, Locked: 1}, "1 segment traduit sur 3, 2 brouillons, 1 segment verrouillé, à ne pas traduire"},
		{"fr", workspace.Unsaved{Segments: 5, Drafts: 1, Locked: 2}, "0 segment traduit sur 3, 1 brouillon, 2 segments verrouillés, à ne pas traduire"},
	}
	for _, c := range cases {
		useLanguage(t, c.lang)
		if got := unsavedProgress(c.u); got != c.want {
			t.Errorf("%s %+v: %q, want %q", c.lang, c.u, got, c.want)
		}
	}
}

// listText is what the Recover unsaved work dialog shows of its items.
func listText(l *unsavedList) string {
	var b strings.Builder
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *widget.Label:
			b.WriteString(w.Text + "\n")
		case *messageText:
			b.WriteString(w.Text + "\n")
		case *fyne.Container:
			for _, c := range w.Objects {
				walk(c)
			}
		}
	}
	walk(l.rows)
	return b.String()
}

// started opens a window as the start does, with the command line args.
func started(t *testing.T, args ...string) (*UI, *[]string) {
	t.Helper()
	ui, asked := newTestUI(t, nil, true)
	ui.Start(args)
	return ui, asked
}

// TestStartOffersUnsavedWork: after a crash of a document pasted from the clipboard, never saved,
// starting Glose with no file opens the sample and lists the work (its first words, "never saved",
// when it was autosaved, how much is translated, in the user's language); Later leaves it to be
// offered at the next start; Recover opens it with the text typed, as unsaved changes, which the
// window autosaves as its own: it is no longer offered there (another Glose does not offer it while
// this one runs: workspace's TestListUnsavedLeavesLiveWindows).
func TestStartOffersUnsavedWork(t *testing.T) {
	useLanguage(t, "fr")
	typed := crashedPaste(t)

	ui, _ := started(t)
	l := ui.unsavedList
	if l == nil || len(l.items) != 1 {
		t.Fatalf("the start listed %v, want the pasted document's work", l)
	}
	shown := listText(l)
	for _, w := range []string{"Crise au Parlement 🇫🇷", "jamais enregistré", "enregistré automatiquement aujourd’hui à ", "0 segment traduit sur 3, 1 brouillon"} {
		if !strings.Contains(shown, w) {
			t.Errorf("the list says %q, without %q", shown, w)
		}
	}
	test.Tap(l.later)
	if ui.doc.Title == "Crise au Parlement 🇫🇷" || !strings.Contains(ui.status.Text, "prochain démarrage") {
		t.Errorf("Later: the document shown is %q, the status says %q", ui.doc.Title, ui.status.Text)
	}

	ui2, _ := started(t)
	if ui2.unsavedList == nil || len(ui2.unsavedList.items) != 1 {
		t.Fatal("the work postponed with Later is not offered at the next start")
	}
	test.Tap(ui2.unsavedList.recover[0])
	if ui2.doc.Text != pastedArticle || !strings.HasSuffix(ui2.doc.Segments[0].Target, typed) || !ui2.dirty || ui2.path != "" {
		t.Fatalf("recovered %q (English %q, dirty %v, file %q), want the pasted text with what was typed",
			ui2.doc.Text, ui2.doc.Segments[0].Target, ui2.dirty, ui2.path)
	}
	if ui2.status.Text != "Enregistrement automatique récupéré" {
		t.Errorf("the status says %q", ui2.status.Text)
	}
	listed := ui2.unsavedList
	menuItem(t, ui2, "Fichier", "Récupérer le travail non enregistré…").Action()
	if ui2.unsavedList != listed || !ui2.dialogOpen() {
		t.Errorf("the work open in the window is offered again: %v", listText(ui2.unsavedList))
	}
}

// TestSetAsideUnsavedWork: Set aside moves the work out of the autosaves into the set-aside folder,
// as it was, and it is offered no more; the dialog closes with its last item.
func TestSetAsideUnsavedWork(t *testing.T) {
	crashedPaste(t)
	all := workspace.ListUnsaved()
	if len(all) != 1 {
		t.Fatalf("listed %v", all)
	}
	before, err := os.ReadFile(all[0].Sidecar)
	must(t, err)

	ui, _ := started(t)
	test.Tap(ui.unsavedList.setAside[0])
	dir, _ := workspace.SetAsideDir()
	moved, _ := filepath.Glob(filepath.Join(dir, "pasted-*.unsaved-*.json"))
	if len(moved) != 1 || !strings.Contains(ui.status.Text, moved[0]) {
		t.Fatalf("set aside as %q; the status says %q", moved, ui.status.Text)
	}
	if after, err := os.ReadFile(moved[0]); err != nil || string(after) != string(before) {
		t.Errorf("the work set aside is not as it was: %v", err)
	}
	if ui.dialogOpen() {
		t.Error("the dialog stayed open with nothing left in it")
	}
	if ui2, _ := started(t); ui2.unsavedList != nil || len(workspace.ListUnsaved()) != 0 {
		t.Error("the work set aside is offered again")
	}
}

// TestStartWithAFileOffersTheOthers: a file named on the command line whose autosave exists is
// offered by its own question, as before; the work of other documents is listed too, without it.
// File › Recover unsaved work… lists them at any time, or says there is none.
func TestStartWithAFileOffersTheOthers(t *testing.T) {
	path := savedDoc(t)
	crashedFile(t, path, " Tapé avant la panne.")
	crashedPaste(t)

	ui, asked := started(t, path)
	if len(*asked) != 1 || (*asked)[0] != "Recover unsaved changes" || !strings.HasSuffix(ui.doc.Segments[2].Target, "Tapé avant la panne.") {
		t.Errorf("asked %q; segment 3 is %q", *asked, ui.doc.Segments[2].Target)
	}
	if l := ui.unsavedList; l == nil || len(l.items) != 1 || l.items[0].DocPath != "" {
		t.Fatalf("listed %+v, want the pasted work only", l)
	}
	test.Tap(ui.unsavedList.later)

	menuItem(t, ui, "File", "Recover unsaved work…").Action()
	if l := ui.unsavedList; len(l.items) != 1 || !ui.dialogOpen() {
		t.Fatalf("the menu listed %+v", l.items)
	}
	test.Tap(ui.unsavedList.setAside[0])
	shown := ui.unsavedList
	menuItem(t, ui, "File", "Recover unsaved work…").Action()
	if !ui.dialogOpen() || ui.unsavedList != shown {
		t.Error("with nothing to recover, the menu says nothing, or lists again")
	}
}

// TestRecoverTheWorkOfAFile: Recover on a document with a file opens the file with the work
// recovered, locked as opening it locks it, without asking again.
func TestRecoverTheWorkOfAFile(t *testing.T) {
	path := savedDoc(t)
	crashedFile(t, path, " Tapé avant la panne.")

	ui, asked := started(t)
	test.Tap(ui.unsavedList.recover[0])
	if ui.path != path || !strings.HasSuffix(ui.doc.Segments[2].Target, "Tapé avant la panne.") || !ui.dirty || len(*asked) != 0 {
		t.Errorf("recovered %q (segment 3 %q, dirty %v, asked %q)", ui.path, ui.doc.Segments[2].Target, ui.dirty, *asked)
	}
	if !ui.lock.Held() {
		t.Error("the file recovered is not locked")
	}
}

// TestStartWithABrokenFileSaysSoFirst: a file named on the command line that cannot be opened is said
// so over the list of unsaved work, so that Escape closes the error first and the list stays, rather
// than the list hiding why the file did not open until it is closed.
func TestStartWithABrokenFileSaysSoFirst(t *testing.T) {
	crashedPaste(t)
	bad := filepath.Join(t.TempDir(), "bad.json")
	must(t, os.WriteFile(bad, []byte(`{"format": "glose/1", "segments": [`), 0o644))

	ui, _ := started(t, bad)
	if ui.unsavedList == nil || len(ui.win.Canvas().Overlays().List()) != 2 {
		t.Fatalf("the start shows %d overlays, list %v; want the error and the unsaved work", len(ui.win.Canvas().Overlays().List()), ui.unsavedList)
	}
	pressKey(ui, fyne.KeyEscape)
	if n := len(ui.win.Canvas().Overlays().List()); n != 1 || strings.Contains(ui.status.Text, "next start") {
		t.Errorf("the first Escape closed the unsaved work's list (status %q, %d overlays left), not the error", ui.status.Text, n)
	}
	if !strings.Contains(ui.status.Text, "bad.json") {
		t.Errorf("the status says %q, not why bad.json did not open", ui.status.Text)
	}
}

// TestStartListTypedOverIsNoDialog: when the list of unsaved work comes after the document is shown
// (reading big autosaves takes seconds) and the translator has begun typing in it, no dialog takes
// the keys (Enter would recover another document); the status line says where the work is, the
// text typed is all there, and File › Recover unsaved work… lists it. Untouched, it shows as before.
func TestStartListTypedOverIsNoDialog(t *testing.T) {
	useLanguage(t, "fr")
	crashedPaste(t)
	path := savedDoc(t)
	for _, typed := range []bool{true, false} {
		ui, _ := newTestUI(t, nil, true)
		s := &startOffer{}
		ui.startWork = s
		ui.Open(path) // shown before the list comes
		if typed {
			typeIn(t, ui, 1, "The minister")
		}
		ui.startListed(s, workspace.ListUnsaved())
		if !typed {
			if ui.unsavedList == nil || !ui.dialogOpen() {
				t.Error("untouched: the start's list is not shown")
			}
			continue
		}
		if ui.dialogOpen() || ui.unsavedList != nil {
			t.Fatal("a dialog came over the typing")
		}
		if !strings.Contains(ui.status.Text, "Fichier › Récupérer le travail non enregistré…") || !strings.Contains(ui.doc.Segments[1].Target, "The minister") {
			t.Errorf("the status says %q; segment 2 is %q", ui.status.Text, ui.doc.Segments[1].Target)
		}
		menuItem(t, ui, "Fichier", "Récupérer le travail non enregistré…").Action()
		if ui.unsavedList == nil || len(ui.unsavedList.items) != 1 {
			t.Error("the menu does not list the work")
		}
	}
}

// TestStartListWaitsForTheQuestion: the list of unsaved work that comes while a question is open
// (the document's own autosave, which reading big autosaves lets come first) waits for it to be
// answered instead of covering it, where Enter would have recovered another document.
func TestStartListWaitsForTheQuestion(t *testing.T) {
	crashedPaste(t)
	path := savedDoc(t)
	ui, _ := newTestUI(t, nil, true)
	s := &startOffer{}
	ui.startWork = s
	ui.Open(path)
	ui.showInfo("Recover unsaved changes", "Recover them?")
	ui.startListed(s, workspace.ListUnsaved())
	if ui.unsavedList != nil {
		t.Fatal("the list came over the question")
	}
	pressKey(ui, fyne.KeyReturn) // answers the question
	if ui.unsavedList == nil || !ui.dialogOpen() {
		t.Fatal("the list is not shown once the question is answered")
	}
}

// TestStartNamesLastDocument: started with no file (its menu entry), Glose shows the sample; after a
// day's work on an article, the status line names the last Glose document and where to find it,
// passing over a text listed before it (which would import anew) and a file gone since; with nothing
// recent, a first start, it says that this is the sample and how to open one's own article.
func TestStartNamesLastDocument(t *testing.T) {
	useLanguage(t, "fr")
	ui, _ := started(t)
	if want := "Voici l’article d’exemple\u00a0: ouvrez le vôtre avec Fichier › Ouvrir… (Ctrl+O) ou déposez-le sur la fenêtre"; ui.status.Text != want {
		t.Errorf("status %q with no recent file, want %q", ui.status.Text, want)
	}
	dir := t.TempDir()
	saved, txt, gone := filepath.Join(dir, "dépêche 😷.json"), filepath.Join(dir, "dépêche 😷.txt"), filepath.Join(dir, "gone.json")
	must(t, workspace.Save(saved, testDoc(t)))
	must(t, os.WriteFile(txt, []byte(sampleText), 0o644))
	setStringList(ui.app.Preferences(), prefRecent, []string{gone, txt, saved})
	ui.Start(nil)
	want := "Voici l’article d’exemple\u00a0; votre dernier document, «\u00a0dépêche 😷.json\u00a0», est dans Fichier › Ouvrir un fichier récent"
	if ui.status.Text != want {
		t.Errorf("status %q, want %q", ui.status.Text, want)
	}
	ui.OpenSample() // from the File menu: no word of the last document
	if strings.Contains(ui.status.Text, "dernier document") {
		t.Errorf("status %q after File › Open the sample article", ui.status.Text)
	}
}

// TestRecoveryFocusesWhereTheWorkWas: accepting the recovery of a document's unsaved changes puts the
// focus in the English of the segment the person was in when the autosave was written, its caret
// where it was, so that typing and the caret keys go on there; the status line still says the
// autosave was recovered.
func TestRecoveryFocusesWhereTheWorkWas(t *testing.T) {
	path := savedDoc(t)
	crashedFile(t, path, " Tapé avant la panne.")
	ui, asked := newTestUI(t, nil, true)
	seg := testDoc(t).Segments[2].ID
	ui.app.Preferences().SetStringList(prefPlaces, []string{place{path: path, cur: seg, top: seg, caret: 3}.String()})
	ui.Start([]string{path})
	if len(*asked) != 1 || !ui.dirty {
		t.Fatalf("asked %q, dirty %v: not recovered", *asked, ui.dirty)
	}
	r := ui.rowFor(2)
	if r == nil || ui.cur != 2 || ui.win.Canvas().Focused() != fyne.Focusable(r.entry) {
		t.Fatalf("segment %d current, focus on %T; want segment 3's English", ui.cur+1, ui.win.Canvas().Focused())
	}
	if r.entry.CursorColumn != 3 || ui.status.Text != "Recovered the autosave" {
		t.Errorf("caret at column %d, status %q; want 3, “Recovered the autosave”", r.entry.CursorColumn, ui.status.Text)
	}
}
