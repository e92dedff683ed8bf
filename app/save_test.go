package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
)

// openedText opens a text file as a new document and types in it, so that it has unsaved changes.
func openedText(t *testing.T) (ui *UI, txt string) {
	t.Helper()
	ui, txt = importedText(t, sampleText)
	r := visibleRow(t, ui, 0)
	ui.win.Canvas().Focus(r.entry)
	test.Type(r.entry, "Sergei Lavrov said.")
	return ui, txt
}

// importedText opens text, written to article.txt in a folder of its own, in a new window, laid out;
// it returns the window and the file's path.
func importedText(t *testing.T, text string) (*UI, string) {
	t.Helper()
	txt := filepath.Join(t.TempDir(), "article.txt")
	must(t, os.WriteFile(txt, []byte(text), 0o644))
	ui, _ := newTestUI(t, nil, false)
	ui.Open(txt)
	layOut(ui)
	return ui, txt
}

// TestQuestionsNameTheFile: the questions about unsaved and recovered changes name a document
// imported from a text by its file, between quotation marks, not by its first sentence.
func TestQuestionsNameTheFile(t *testing.T) {
	ui, txt := openedText(t)
	var question string
	ui.opts.Choose = func(_, msg string, _ []string, done func(int)) { question = msg; done(cancel) }
	ui.onClose()
	if want := "Save the changes to “article.txt” before closing?"; question != want {
		t.Errorf("closing asks %q, want %q", question, want)
	}
	ui.AutosaveNow()

	cache := os.Getenv("XDG_CACHE_HOME") // where the autosave of a document without a file is
	ui2, _ := newTestUI(t, nil, false)
	t.Setenv("XDG_CACHE_HOME", cache)
	ui2.opts.Confirm = func(_, msg string, done func(bool)) { question = msg; done(false) }
	question = ""
	ui2.Open(txt)
	want := "Glose was closed without saving the changes to “article.txt” (autosaved " // then when
	when := strings.TrimPrefix(question, want)
	if !strings.HasPrefix(question, want) || !strings.HasPrefix(when, "today at ") && !strings.HasPrefix(when, "yesterday at ") || // midnight between the two
		!strings.HasSuffix(question, "may be missing). Recover them?") {
		t.Errorf("recovery asks %q, want %q… with the autosave's time and what it may lack", question, want)
	}
}

// locationDialog records where setDialogDir starts a file dialog.
type locationDialog struct{ dir string }

func (d *locationDialog) SetLocation(l fyne.ListableURI) { d.dir = l.Path() }

// TestSaveStartsBesideTheImportedText: saving a document imported from a text proposes the text's
// name with .json, in the text's folder.
func TestSaveStartsBesideTheImportedText(t *testing.T) {
	ui, txt := openedText(t)
	if got := ui.suggestedName(".json"); got != "article.json" {
		t.Errorf("suggested name %q, want article.json", got)
	}
	var d locationDialog
	ui.setDialogDir(&d)
	if d.dir != filepath.Dir(txt) {
		t.Errorf("the save dialog starts in %q, want %q", d.dir, filepath.Dir(txt))
	}
}

// TestSaveDialogAnswers: what the save dialog gives (Fyne creates the file) becomes the file saved,
// with no empty file or backup left behind; a full path typed in the name box is understood; a
// folder that does not exist is said plainly.
func TestSaveDialogAnswers(t *testing.T) {
	ui, _ := openedText(t)
	dir, shown := t.TempDir(), t.TempDir() // shown: the folder the dialog shows
	fyneSave := func(path string) (fyne.URIWriteCloser, error) { return storage.Writer(storage.NewFileURI(path)) }
	exists := func(path string) bool { _, err := os.Stat(path); return err == nil }

	path := filepath.Join(dir, "article.json")
	got := ui.chosenPath(fyneSave(path))
	must(t, ui.saveTo(got))
	if got != path || !exists(path) || exists(path+".bak") {
		t.Errorf("first save: chose %q, saved %v, backup %v; want %q saved, no backup", got, exists(path), exists(path+".bak"), path)
	}

	copyTxt := filepath.Join(dir, "copy.txt")
	must(t, ui.saveTo(ui.chosenPath(fyneSave(copyTxt))))
	if exists(copyTxt) || !exists(copyTxt+".json") || !strings.Contains(ui.status.Text, "Glose JSON") {
		t.Errorf("save as copy.txt: copy.txt left %v, copy.txt.json written %v, status %q", exists(copyTxt), exists(copyTxt+".json"), ui.status.Text)
	}

	typed := filepath.Join(dir, "typed.json")
	if got := ui.chosenPath(fyneSave(shown + typed)); got != typed {
		t.Errorf("a full path typed in the name box gives %q, want %q", got, typed)
	}

	missing := filepath.Join(shown, "no-such-folder", "x.json")
	if got := ui.chosenPath(fyneSave(missing)); got != "" || ui.topModal() == nil ||
		shownMessage(ui.win.Canvas().Overlays().Top(), lang.L("Could not create {{.Name}}: the folder {{.Dir}} does not exist. Type a file name only, and choose the folder in the dialog.",
			map[string]any{"Name": "“x.json”", "Dir": "“" + filepath.Dir(missing) + "”"})) == nil {
		t.Errorf("a missing folder gives %q and no clear error", got)
	}
}

// replacedFile writes a file with the user's previous work in a fresh folder and returns its path, the
// old content and what Fyne's Save dialog hands over once the user agrees to replace the file: the
// chosen file opened with storage.Writer.
func replacedFile(t *testing.T, name string) (path, old string, w fyne.URIWriteCloser, err error) {
	t.Helper()
	path, old = filepath.Join(t.TempDir(), name), `{"what": "the user's previous work"}`
	must(t, os.WriteFile(path, []byte(old), 0o644))
	w, err = storage.Writer(storage.NewFileURI(path))
	return path, old, w, err
}

// readFile returns the content of path, or the error reading it.
func readFile(path string) string {
	data, err := os.ReadFile(path)
	if err != nil {
		return err.Error()
	}
	return string(data)
}

// TestSaveAsOverAFileKeepsItsContent: saving as an existing file, which the user agreed to replace,
// keeps the file's previous content in the backup.
func TestSaveAsOverAFileKeepsItsContent(t *testing.T) {
	ui, _ := openedText(t)
	saved, old, w, err := replacedFile(t, "article.json")
	path := ui.chosenPath(w, err)
	if path != saved {
		t.Fatalf("the dialog's answer gives %q, want %q", path, saved)
	}
	if got := readFile(saved); got != old {
		t.Errorf("before the save, the file holds %q, want the previous content %q", got, old)
	}
	must(t, ui.saveTo(path))
	if got := readFile(saved + ".bak"); got != old {
		t.Errorf("the backup holds %q, want the previous content %q", got, old)
	}
	if got := readFile(saved); !strings.Contains(got, "Sergei Lavrov said.") {
		t.Errorf("the file holds %.80q…, want the document", got)
	}
}

// TestSaveAsDialogOverAFile drives Fyne's own Save dialog: the user names a file that exists (the
// dialog proposes a free name, see TestSaveOfAnImportDoesNotProposeAnExistingFile), presses Save,
// then Yes to the app's question whether to replace it; the previous content is in the backup.
func TestSaveAsDialogOverAFile(t *testing.T) {
	ui, txt := openedText(t)
	saved, old := filepath.Join(filepath.Dir(txt), "article.json"), `{"what": "the user's previous work"}`
	must(t, os.WriteFile(saved, []byte(old), 0o644))
	ui.saveAsDialog()
	box, ok := ui.win.Canvas().Focused().(*nameEntry)
	if !ok {
		t.Fatalf("focus on %T, want the Save As name box", ui.win.Canvas().Focused())
	}
	box.SetText("article.json")
	ui.opts.Confirm = nil // the app's own question before replacing the file, answered in its dialog
	press := func(label string) {
		t.Helper()
		b := shownButton(ui.win.Canvas().Overlays().Top(), label)
		if b == nil {
			t.Fatalf("no %q button shown", label)
		}
		test.Tap(b)
	}
	press(lang.L("Save"))
	press(lang.L("Yes")) // Replace the file?
	if got := readFile(saved + ".bak"); got != old {
		t.Errorf("the backup holds %q, want the previous content %q", got, old)
	}
	if got := readFile(saved); !strings.Contains(got, "Sergei Lavrov said.") {
		t.Errorf("the file holds %.80q…, want the document", got)
	}
	if ui.path != saved || ui.dirty {
		t.Errorf("the document is saved at %q (unsaved changes %v), want %q", ui.path, ui.dirty, saved)
	}
}

// TestAutosaveKeepsTheStatusLine: an autosave says so in the window title, not in the status line,
// where it used to replace the message of the person's last action three seconds later.
func TestAutosaveKeepsTheStatusLine(t *testing.T) {
	ui, _ := openedText(t)
	ui.setStatus("Accepted PER “Sergueï Lavrov”")
	ui.AutosaveNow()
	if ui.status.Text != "Accepted PER “Sergueï Lavrov”" {
		t.Errorf("after the autosave the status line says %q", ui.status.Text)
	}
	if !strings.HasPrefix(ui.title, "• ") || !strings.Contains(ui.title, "(autosaved at ") {
		t.Errorf("title %q, want the unsaved mark and the autosave's time", ui.title)
	}
}
