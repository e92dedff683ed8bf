package app

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// savedWorkText is an article with accents, guillemets with no-break spaces, an emoji and a
// combining accent (e + U+0301), as a wire story is pasted into a .txt.
const savedWorkText = "Ebola : l’OMS déclare l’épidémie terminée 😷.\n\n" +
	"Mohammed Belhocine a annoncé que «\u00a0la transmission du virus est terminée\u00a0» en Guine\u0301e.\n"

// TestReopenedTextOffersSavedWork: an analyst opened article.txt, translated a segment, saved as
// article.json, and reopened the article as they first opened it (its name in Open Recent, the
// same command): the text was imported afresh, pre-annotated, and none of their work showed, with
// nothing saying where it was. Now the import says, first among its warnings, that the work is in
// article.json, and a button beside OK opens it, with the translation.
func TestReopenedTextOffersSavedWork(t *testing.T) {
	useLanguage(t, "fr")
	ui, txt := importedText(t, savedWorkText)
	dir := filepath.Dir(txt)
	r := visibleRow(t, ui, 0)
	ui.win.Canvas().Focus(r.entry)
	test.Type(r.entry, "Ebola: WHO declares the epidemic over 😷.")
	saved := filepath.Join(dir, "article.json")
	must(t, ui.saveTo(saved))
	// Open Recent lists the Glose file in place of the text, whose entry imported it anew: the
	// analyst picked "article.txt (new import)", first in the list.
	if got := ui.recentFiles(); len(got) == 0 || got[0] != saved || slices.Contains(got, txt) {
		t.Errorf("recent files %q after saving: want %s first and the text no more", got, saved)
	}

	ui.Open(txt)
	if ui.path != "" {
		t.Fatalf("opening the text opened %q: want a new import", ui.path)
	}
	_, warns := shownWarnings(t, ui)
	want := "Ceci est un nouvel import de «\u00a0article.txt\u00a0», sans le travail enregistré depuis dans «\u00a0article.json\u00a0»"
	if len(warns) == 0 || !strings.HasPrefix(warns[0], want) {
		t.Fatalf("warnings %q: want first %q…", warns, want)
	}
	if ui.warnOffer == nil || ui.warnOffer.Text != "Ouvrir article.json" {
		t.Fatalf("the warnings offer no button to open the saved work: %v", ui.warnOffer)
	}
	test.Tap(ui.warnOffer)
	if ui.path != saved || ui.doc.Segments[0].Target != "Ebola: WHO declares the epidemic over 😷." {
		t.Errorf("after the button: path %q, first English %q", ui.path, ui.doc.Segments[0].Target)
	}
	if got := ui.recentFiles(); len(got) == 0 || got[0] != saved || slices.Contains(got, txt) {
		t.Errorf("recent files %q after the button: want %s first and the text no more", got, saved)
	}
}

// TestSavedWorkNeedsTheSameText: a Glose file beside the text that another text was saved to (the
// .txt was replaced by a new story of the same name), or that came from another file, holds no work
// on this text: nothing is offered.
func TestSavedWorkNeedsTheSameText(t *testing.T) {
	ui, txt := importedText(t, savedWorkText)
	dir := filepath.Dir(txt)
	saved := filepath.Join(dir, "article.json")
	must(t, ui.saveTo(saved))
	must(t, os.WriteFile(txt, []byte(strings.Replace(savedWorkText, "terminée", "finie", 1)), 0o644))

	ui.Open(txt)
	if top := ui.win.Canvas().Overlays().Top(); top != nil {
		_, warns := shownWarnings(t, ui)
		t.Errorf("a changed text was offered the work on the old one: %q", warns)
	}
	if got := savedWork(filepath.Join(dir, "other.txt"), ui.doc, []string{saved}); got != "" {
		t.Errorf("a text of another name was offered %q", got)
	}
}

// TestSavedWorkUnderAnotherName: a second import saved where Save As proposed it, "article (2).json"
// beside the first, is found through Open Recent when it is the newer; a document of another name in
// the folder is not read.
func TestSavedWorkUnderAnotherName(t *testing.T) {
	ui, txt := importedText(t, savedWorkText)
	dir := filepath.Dir(txt)
	second := filepath.Join(dir, "article (2).json")
	must(t, ui.saveTo(second))
	other := filepath.Join(dir, "notes.json")
	must(t, ui.saveTo(other)) // the same text and origin, under a name that is not the text's
	must(t, os.Remove(second))
	if got := savedWork(txt, ui.doc, []string{other}); got != "" {
		t.Errorf("savedWork read %q, a document of another name", got)
	}
	must(t, ui.saveTo(second))
	if got := savedWork(txt, ui.doc, []string{other, second}); got != second {
		t.Errorf("savedWork = %q, want %q", got, second)
	}
}

// TestEnterOpensTheSavedWork: the warning that a text was imported anew, its work being in a
// Glose file, is closed by Enter, pressed by reflex; Enter then opens the work, the highlighted
// button, and Esc keeps the new import.
func TestEnterOpensTheSavedWork(t *testing.T) {
	useLanguage(t, "fr")
	for _, tc := range []struct {
		key      fyne.KeyName
		wantSave bool
	}{{fyne.KeyReturn, true}, {fyne.KeyEscape, false}} {
		ui, txt := importedText(t, savedWorkText)
		saved := filepath.Join(filepath.Dir(txt), "article.json")
		must(t, ui.saveTo(saved))
		ui.Open(txt)
		if ui.warnOffer == nil || ui.warnOffer.Importance != widget.HighImportance {
			t.Fatalf("the button opening the saved work is not the highlighted one: %v", ui.warnOffer)
		}
		pressKey(ui, tc.key)
		if got := ui.path == saved; got != tc.wantSave {
			t.Errorf("%s on the warning: path %q, want the saved work opened: %v", tc.key, ui.path, tc.wantSave)
		}
		if top := ui.win.Canvas().Overlays().Top(); top != nil {
			t.Errorf("%s left the warning open", tc.key)
		}
	}
}
