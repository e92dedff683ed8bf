package app

import (
	"path/filepath"
	"slices"
	"testing"
)

// A settings file edited by hand or by another program may hold a number where Glose keeps a list
// ("recent": 5): Fyne panicked replacing it, and Glose crashed at every start once the document was
// shown. The list replaces such a value.
func TestSettingsOfTheWrongTypeAreReplaced(t *testing.T) {
	path := savedDoc(t)
	ui, _ := newTestUI(t, nil, false)
	prefs := ui.app.Preferences()
	for _, key := range []string{prefRecent, prefPlaces, prefQADisabled} {
		prefs.SetFloat(key, 5)
	}
	ui.Open(path)
	ui.rememberPlace()
	ui.qa.checksChanged(nil)
	abs, err := filepath.Abs(path)
	must(t, err)
	if got := ui.recentFiles(); !slices.Contains(got, abs) {
		t.Errorf("recent files %q, want %s in them", got, abs)
	}
	if got := prefs.StringList(prefPlaces); len(got) != 1 {
		t.Errorf("places %q, want this document's", got)
	}
	if got := prefs.StringList(prefQADisabled); len(got) == 0 {
		t.Errorf("checks turned off %q, want every check", got)
	}
}
