package app

import (
	"errors"
	"strings"
	"testing"

	"github.com/glose-app/glose/workspace"
)

// TestChangesLostCountsChanges: the message on changes an autosave could not give back counts them as
// the autosave numbers them, in English and French, singular and plural, and names no line of the
// file (a 24 MB autosave has a million of them).
func TestChangesLostCountsChanges(t *testing.T) {
	for _, c := range []struct {
		language      string
		applied, lost int
		cutShort      bool
		want          []string
	}{
		{"en", 41, 1, true, []string{"“Test” was recovered with 41 of the 42 changes", "the last one, change 42, cannot be read", "cut short", "/kept/a.json"}},
		{"en", 0, 3, false, []string{"with 0 of the 3 changes", "the last 3, from change 1 on, cannot be read", "It is damaged: checksum bad.", "/kept/a.json"}},
		{"fr", 41, 1, true, []string{"«\u00a0Test\u00a0» a été récupéré avec 41 des 42 modifications", "la dernière, la modification nº\u00a042, est illisible", "/kept/a.json"}},
		{"fr", 9, 2, false, []string{"avec 9 des 11 modifications", "les 2 dernières, à partir de la modification nº\u00a010, sont illisibles", "endommagé\u00a0: checksum bad.", "/kept/a.json"}},
	} {
		useLanguage(t, c.language)
		ui, _ := newTestUI(t, nil, false)
		ui.setDocument(testDoc(t), "")
		ui.doc.Title = "Test"
		lost := &workspace.ChangesLost{Sidecar: "/auto/a.json", Line: 979629, Offset: 24_000_000, Applied: c.applied, Lost: c.lost, CutShort: c.cutShort, Err: errors.New("checksum bad")}
		ui.tellLost(&lostChanges{err: lost, aside: "/kept/a.json"})
		msg := dialogMessage(t, ui)
		for _, w := range c.want {
			if !strings.Contains(msg, w) {
				t.Errorf("%s, %d changes lost after %d: %q lacks %q", c.language, c.lost, c.applied, msg, w)
			}
		}
		if strings.Contains(msg, "979629") {
			t.Errorf("%s: the message names the file's line: %q", c.language, msg)
		}
	}
}
