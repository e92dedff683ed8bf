package app

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// labelsShownIn returns the texts of the labels shown inside o, widgets walked through their
// renderers, in the live tree.
func labelsShownIn(o fyne.CanvasObject) []string {
	var out []string
	findShown(o, func(o fyne.CanvasObject) bool {
		if l, ok := o.(*widget.Label); ok {
			out = append(out, l.Text)
		}
		return false
	})
	return out
}

// TestFileDialogPlacesInFrench: Fyne's file dialog lists its places (Home, Computer, Desktop…) under
// English names its code gives them through no lang.L; in French they read « Dossier personnel »,
// « Ordinateur », « Bureau », each whole in the list, and the row up reads « (Dossier parent) ».
func TestFileDialogPlacesInFrench(t *testing.T) {
	home := t.TempDir()
	must(t, os.Mkdir(filepath.Join(home, "Desktop"), 0o755))
	t.Setenv("HOME", home)
	useLanguage(t, "fr")
	ui, _ := newTestUI(t, testDoc(t), false)
	ui.win.Resize(fyne.NewSize(1200, 800))
	ui.path = filepath.Join(home, "Desktop", "doc.json")
	ui.openDialog()
	pop := ui.win.Canvas().Overlays().Top()
	split, _ := findShown(pop, func(o fyne.CanvasObject) bool { _, ok := o.(*container.Split); return ok }).(*container.Split)
	if split == nil {
		t.Fatal("no split in the Open dialog: Fyne's layout changed")
	}
	places := split.Leading
	got := labelsShownIn(places)
	for _, want := range []string{"Dossier personnel", "Ordinateur", "Bureau"} {
		if !slices.Contains(got, want) {
			t.Errorf("the places read %q, want %q among them", got, want)
		}
	}
	findShown(places, func(o fyne.CanvasObject) bool {
		if l, ok := o.(*widget.Label); ok && l.MinSize().Width > places.Size().Width+0.5 {
			t.Errorf("%q needs %v, the list of places is %v wide", l.Text, l.MinSize().Width, places.Size().Width)
		}
		return false
	})
	if !slices.Contains(labelsShownIn(split.Trailing), "(Dossier parent)") {
		t.Errorf("the files read %q, want (Dossier parent) first", labelsShownIn(split.Trailing))
	}
	closeAll(ui)
}

// TestFrenchTranslatesFyneDialogs: the words of Fyne's dialogs that Glose shows (file dialogs, their
// New Folder form, confirmations, errors) go through lang, and the French bundle, Fyne's and ours
// together, translates every one.
func TestFrenchTranslatesFyneDialogs(t *testing.T) {
	useLanguage(t, "fr")
	for _, key := range []string{"Open", "Save", "Cancel", "File", "Folder", "Enter filename", "New Folder",
		"Create Folder", "Show Hidden Files", "Yes", "No", "Error", "Confirm"} {
		if got := lang.L(key); got == key {
			t.Errorf("%q is not translated into French", key)
		}
	}
	for _, c := range []struct{ key, english, want string }{
		{"file.name", "Name", "Nom"},
		{"file.parent", "Parent", "Dossier parent"},
	} {
		if got := lang.X(c.key, c.english); got != c.want {
			t.Errorf("%s reads %q in French, want %q", c.key, got, c.want)
		}
	}
}
