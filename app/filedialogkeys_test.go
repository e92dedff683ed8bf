package app

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"
)

// shownFileItem returns the row of the file dialog pop that shows one of names, as Fyne draws it
// (the grid view drops the extension), or nil.
func shownFileItem(pop fyne.CanvasObject, names ...string) fyne.Tappable {
	var item fyne.Tappable
	findShown(pop, func(o fyne.CanvasObject) bool {
		if tp, ok := o.(fyne.Tappable); ok && fmt.Sprintf("%T", o) == "*dialog.fileDialogItem" && findShown(o, func(o fyne.CanvasObject) bool {
			l, ok := o.(*widget.Label)
			return ok && slices.Contains(names, l.Text)
		}) != nil {
			item = tp
		}
		return false
	})
	return item
}

// shownTexts returns every label's and message's text shown over the window, its buttons' too.
func shownTexts(ui *UI) string {
	var texts []string
	for _, o := range ui.win.Canvas().Overlays().List() {
		findShown(o, func(o fyne.CanvasObject) bool {
			switch o := o.(type) {
			case *widget.Label:
				texts = append(texts, o.Text)
			case *messageText:
				texts = append(texts, o.Text)
			default:
				if b := asButton(o); b != nil {
					texts = append(texts, b.Text)
				}
			}
			return false
		})
	}
	return strings.Join(texts, " | ")
}

// TestSaveAsksInFrenchBeforeReplacing: naming a file that exists in Save As asks, in French, whether
// to replace it (Fyne asked "Overwrite?" in English); Escape answers no and leaves the file and the
// dialog as they were, Enter yes and saves, keeping the previous version. A folder's name is
// refused, in French too.
func TestSaveAsksInFrenchBeforeReplacing(t *testing.T) {
	useLanguage(t, "fr")
	ui, txt := openedText(t)
	ui.opts.Confirm = nil // the app's own question, in its dialog
	dir := filepath.Dir(txt)
	saved, old := filepath.Join(dir, "article.json"), `{"what": "le travail d’avant"}`
	must(t, os.WriteFile(saved, []byte(old), 0o644))
	must(t, os.Mkdir(filepath.Join(dir, "Été « 2026 »"), 0o755))

	ui.saveAsDialog()
	box := ui.win.Canvas().Focused().(*nameEntry)
	box.SetText("Été « 2026 »")
	pressKey(ui, fyne.KeyReturn)
	if got := shownTexts(ui); !strings.Contains(got, "Impossible de remplacer un dossier") ||
		!strings.Contains(got, "«\u00a0Été « 2026 »\u00a0» est un dossier\u00a0: donnez un autre nom au fichier.") {
		t.Errorf("a folder's name: shown %q", got)
	}
	pressKey(ui, fyne.KeyEscape) // OK
	if len(ui.modals) != 1 {
		t.Fatalf("%d dialogs open after the refusal, want the Save As dialog", len(ui.modals))
	}

	box.SetText("article.json")
	pressKey(ui, fyne.KeyReturn)
	got := shownTexts(ui)
	for _, want := range []string{"Remplacer le fichier\u00a0?", "«\u00a0article.json\u00a0» existe déjà dans «\u00a0" + filepath.Base(dir) + "\u00a0». Le remplacer\u00a0?", "Oui", "Non"} {
		if !strings.Contains(got, want) {
			t.Errorf("the question does not show %q: %q", want, got)
		}
	}
	if strings.Contains(got, "Overwrite") || strings.Contains(got, "Are you sure") {
		t.Errorf("English shown: %q", got)
	}
	pressKey(ui, fyne.KeyEscape) // no
	if len(ui.modals) != 1 || readFile(saved) != old {
		t.Fatalf("after no: %d dialogs open, the file holds %q", len(ui.modals), readFile(saved))
	}

	pressKey(ui, fyne.KeyReturn) // Save, from the dialog: the focus left the name box for the question
	pressKey(ui, fyne.KeyReturn) // yes
	if len(ui.modals) != 0 || len(ui.win.Canvas().Overlays().List()) != 0 {
		t.Errorf("after yes: %d dialogs open", len(ui.modals))
	}
	if readFile(saved+".bak") != old || !strings.Contains(readFile(saved), "Sergei Lavrov said.") || ui.path != saved {
		t.Errorf("after yes: the document is at %q, the file holds %.60q…, the backup %q", ui.path, readFile(saved), readFile(saved+".bak"))
	}
}

// TestEnterOpensTheFileChosen: in Open, a click on a file then Enter opens it, as the Open button
// does (Fyne's dialog did nothing on Enter), and so does Space then Enter in the list of files;
// Enter with no file chosen does nothing.
func TestEnterOpensTheFileChosen(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	dir := t.TempDir()
	other := filepath.Join(dir, "Sergueï « autre ».txt")
	must(t, os.WriteFile(other, []byte(sampleText), 0o644))
	ui.path = filepath.Join(dir, "doc.json")

	ui.openDialog()
	pressKey(ui, fyne.KeyReturn)
	if len(ui.modals) != 1 {
		t.Fatalf("Enter with no file chosen closed the dialog (%d open)", len(ui.modals))
	}
	pop := ui.win.Canvas().Overlays().Top()
	item := shownFileItem(pop, filepath.Base(other))
	if item == nil {
		t.Fatalf("%s is not shown: %q", filepath.Base(other), shownTexts(ui))
	}
	item.Tapped(&fyne.PointEvent{})
	if f := ui.win.Canvas().Focused(); f != nil {
		t.Fatalf("a click on a file focused %T: Enter would go to it", f)
	}
	pressKey(ui, fyne.KeyReturn)
	if len(ui.modals) != 0 || ui.origin != other {
		t.Fatalf("after Enter: %d dialogs open, the document read from %q, want %q", len(ui.modals), ui.origin, other)
	}

	// From the keyboard: the list of files focused, Down to the first file (under the parent's
	// row), Space chooses it, Enter opens it.
	second := filepath.Join(dir, "b « deux ».txt")
	must(t, os.WriteFile(second, []byte(sampleText), 0o644))
	ui.openDialog()
	files := filesList(ui.win.Canvas().Overlays().Top().(*widget.PopUp).Content)
	if files == nil {
		t.Fatal("no list of files")
	}
	ui.win.Canvas().Focus(files)
	for _, k := range []fyne.KeyName{fyne.KeyDown, fyne.KeyUp, fyne.KeyDown, fyne.KeySpace, fyne.KeyReturn} {
		pressKey(ui, k)
	}
	if len(ui.modals) != 0 || ui.origin != second {
		t.Errorf("Down, Space, Enter in the list: %d dialogs open, the document read from %q, want %q", len(ui.modals), ui.origin, second)
	}
}

// TestArrowsThenEnterOpen: in Open, with nothing focused as it opens, Down moves the list's highlight
// and Enter opens what it is on, as in every system's dialog: a folder, then a file in it (walk32:
// Down, Down, Enter on a file did nothing, Fyne's list taking Enter, and only Space chose it).
func TestArrowsThenEnterOpen(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	dir := t.TempDir()
	sub := filepath.Join(dir, "dossier")
	must(t, os.Mkdir(sub, 0o755))
	inside := filepath.Join(sub, "article « deux ».txt")
	must(t, os.WriteFile(inside, []byte(sampleText), 0o644))
	ui.path = filepath.Join(dir, "doc.json")

	ui.openDialog()
	if f := ui.win.Canvas().Focused(); f != nil {
		t.Fatalf("the Open dialog opens with %T focused", f)
	}
	for _, k := range []fyne.KeyName{fyne.KeyDown, fyne.KeyReturn} { // under the parent's row, the folder
		pressKey(ui, k)
	}
	if len(ui.modals) != 1 || shownFileItem(ui.win.Canvas().Overlays().Top(), filepath.Base(inside)) == nil {
		t.Fatalf("Down, Enter on the folder: %d dialogs open, showing %q", len(ui.modals), shownTexts(ui))
	}
	for _, k := range []fyne.KeyName{fyne.KeyDown, fyne.KeyUp, fyne.KeyDown, fyne.KeyReturn} {
		pressKey(ui, k)
	}
	if len(ui.modals) != 0 || ui.origin != inside {
		t.Errorf("Down, Up, Down, Enter on the file: %d dialogs open, the document read from %q, want %q", len(ui.modals), ui.origin, inside)
	}
}

// TestFileDialogListsTheFoldersFyneDrops: Fyne 2.7.1 drops the user's folder after each one missing
// (with no Desktop folder, Documents; with no Downloads, Music); the list of places has them all, in
// French, and each opens its folder, Fyne's own rows as the app's.
func TestFileDialogListsTheFoldersFyneDrops(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(home, ".config")) // no user-dirs.dirs: the folders are home's
	for _, d := range []string{"Documents", "Music", "Pictures"} {
		must(t, os.Mkdir(filepath.Join(home, d), 0o755))
	}
	useLanguage(t, "fr")
	ui, _ := newTestUI(t, testDoc(t), false)
	ui.path = filepath.Join(home, "Pictures", "doc.json")
	ui.openDialog()
	defer closeAll(ui)
	split, _ := findShown(ui.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) bool {
		_, ok := o.(*container.Split)
		return ok
	}).(*container.Split)
	list, _ := split.Leading.(*widget.List)
	if list == nil {
		t.Fatal("no list of places")
	}
	var names []string
	for _, r := range shownPlaces(list) {
		names = append(names, r.name)
	}
	if want := []string{"Dossier personnel", "Ordinateur", "Documents", "Musique", "Images"}; !slices.Equal(names, want) {
		t.Fatalf("places %q, want %q", names, want)
	}
	for _, c := range []struct {
		row  int
		want string
	}{
		{3, filepath.Join(home, "Music")},     // dropped by Fyne
		{1, "/"},                              // Fyne's
		{2, filepath.Join(home, "Documents")}, // dropped
		{0, home},                             // Fyne's
		{4, filepath.Join(home, "Pictures")},  // Fyne's
	} {
		list.Select(c.row)
		shown := dialogFolder()
		if shown == nil || !storage.EqualURI(shown, storage.NewFileURI(c.want)) {
			t.Errorf("%s opens %v, want %s", names[c.row], shown, c.want)
		}
	}
}
