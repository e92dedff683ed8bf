package app

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/glose-app/glose/annotate"
)

// mentionsChoice returns the export dialog's choice of mentions, shown.
func mentionsChoice(t *testing.T, ui *UI) *formSelect {
	t.Helper()
	return shownChoice(t, ui, allMentionsName())
}

// shownChoice returns the choice of the dialog on top that offers option.
func shownChoice(t *testing.T, ui *UI, option string) *formSelect {
	t.Helper()
	s, _ := findShown(ui.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) bool {
		s, ok := o.(*formSelect)
		return ok && slices.Contains(s.Options, option)
	}).(*formSelect)
	if s == nil {
		t.Fatalf("the dialog shown has no choice offering %q", option)
	}
	return s
}

// TestExportDialogMentions: CoNLL, a format for named-entity recognisers, keeps names only unless the
// user chooses all mentions, and the warning shown says which choice keeps them; with all of them,
// it warns that CoNLL has no place for their kind; Glose JSON keeps all.
func TestExportDialogMentions(t *testing.T) {
	d, _ := speakerDoc(t)
	ui, _ := newTestUI(t, d, false)
	data, err := annotate.Marshal(ui.doc)
	must(t, err)
	ui.path = filepath.Join(t.TempDir(), "lavrov.json")
	must(t, os.WriteFile(ui.path, data, 0o644))
	exported := filepath.Join(filepath.Dir(ui.path), "lavrov.conll")

	exportChoices(t, ui, "CoNLL-2003 (IOB2, token<TAB>tag)", false)
	if m := mentionsChoice(t, ui); m.Selected != namesOnlyName() {
		t.Errorf("CoNLL exports %q by default, want %q", m.Selected, namesOnlyName())
	}
	exportNameBox(t, ui)
	saveExport(t, ui, false)
	if got := readFile(exported); strings.Contains(got, "-il\tB-PER") || !strings.Contains(got, "Sergueï\tB-PER") {
		t.Errorf("the names-only CoNLL:\n%s", got)
	}
	want := "1 entity mention that is not a name left out (1 pronoun): named-entity data would learn it as a name (choose Mentions “All mentions (pronouns and descriptions too)” to keep it)."
	if _, warns := listedWarnings(ui); !slices.Contains(warns, want) {
		t.Errorf("the warnings listed are %q, want %q among them", warns, want)
	}

	exportChoices(t, ui, "Glose JSON", false)
	if m := mentionsChoice(t, ui); m.Selected != allMentionsName() {
		t.Errorf("Glose JSON exports %q by default, want %q", m.Selected, allMentionsName())
	}
	pressKey(ui, fyne.KeyEscape)
	exportChoices(t, ui, "CoNLL-2003 (IOB2, token<TAB>tag)", false)
	m := mentionsChoice(t, ui)
	m.SetSelected(allMentionsName())
	ui.win.Canvas().Focus(m)
	exportNameBox(t, ui)
	saveExport(t, ui, true)
	if got := readFile(exported); !strings.Contains(got, "a\tO\n-t\tO\n-il\tB-PER\n") {
		t.Errorf("the CoNLL of all mentions:\n%s", got)
	}
	// Nothing is left out, but CoNLL's tags cannot tell the pronoun from a name, and the dialog says so.
	_, warns := listedWarnings(ui)
	lost := "CoNLL keeps no mention kinds: 1 entity mention that is not a name (1 pronoun) is tagged as a name, which named-entity data would learn (choose Mentions “Names only” to leave it out, or spaCy, brat, Label Studio or doccano to keep its kind)."
	if !slices.Contains(warns, lost) {
		t.Errorf("the warnings shown are %q, want %q among them", warns, lost)
	}
	for _, w := range warns {
		if strings.Contains(w, "not a name left out") || strings.Contains(w, "cut") {
			t.Errorf("warning shown: %q", w)
		}
	}
}
