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
		{"en", 9, 3, false, []string{"with 9 of the 12 changes", "the last 3, from change 10 on, cannot be read", "It is damaged: checksum bad.", "/kept/a.json"}},
		{"en", 0, 3, false, []string{"“Test” was recovered as its autosave last wrote it in full, without any of the 3 changes recorded after that: none of them can be read.", "/kept/a.json"}},
		{"en", 0, 1, true, []string{"without the one change recorded after that, which cannot be read. It is cut short"}},
		{"fr", 0, 3, false, []string{"«\u00a0Test\u00a0» a été récupéré tel que son enregistrement automatique l’avait écrit en entier pour la dernière fois, sans aucune des 3 modifications notées ensuite\u00a0: aucune n’est lisible.", "/kept/a.json"}},
		{"fr", 0, 1, true, []string{"sans la seule modification notée ensuite, qui est illisible. Il est tronqué"}},
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
		if strings.Contains(msg, "979629") || strings.Contains(msg, " 0 ") {
			t.Errorf("%s: the message names the file's line: %q", c.language, msg)
		}
	}
}

// TestLostChangesSaidInTheLanguage: the message about changes an autosave could not give back says why
// in the interface's language: the French message read "Il est endommagé : change 2 is damaged
// (checksum 9242b57d, expected 0045fca4)".
func TestLostChangesSaidInTheLanguage(t *testing.T) {
	checksum := &workspace.ChecksumError{Change: 2, Sum: "9242b57d", Want: "0045fca4"}
	for _, c := range []struct {
		name, language string
		lost           workspace.ChangesLost
		want, not      []string
	}{
		{"checksum, English", "en", workspace.ChangesLost{Line: 394, Applied: 1, Lost: 1, Err: checksum},
			[]string{"Change 2 is damaged: what it records does not match its checksum (CRC-32 9242b57d, 0045fca4 expected)", "kept as /aside/a.json"},
			[]string{"change 2 is damaged (", "394"}},
		{"checksum, French", "fr", workspace.ChangesLost{Line: 394, Applied: 1, Lost: 1, Err: checksum},
			[]string{"La modification nº\u00a02 est endommagée\u00a0: ce qu’elle contient ne correspond pas à sa somme de contrôle (CRC-32 9242b57d, 0045fca4 attendue)", "conservé sous /aside/a.json"},
			[]string{"damaged", "checksum", "394"}},
		{"cut short, French", "fr", workspace.ChangesLost{Line: 12, Applied: 1, Lost: 1, CutShort: true, Err: errors.New("the line is cut short")},
			[]string{"Il est tronqué"}, []string{"cut short"}},
		{"a garbled line, French", "fr", workspace.ChangesLost{Line: 7, Applied: 1, Lost: 2, Err: &workspace.ChangeError{Change: 2, Kind: workspace.NotAChange, Err: errors.New("invalid character 'g'")}},
			[]string{"La modification nº\u00a02 est endommagée\u00a0: sa ligne n’est pas une modification telle que Glose les écrit."}, []string{"invalid", "not a change"}},
		{"a change missing, English", "en", workspace.ChangesLost{Line: 7, Applied: 1, Lost: 1, Err: &workspace.ChangeError{Change: 2, Kind: workspace.ChangeOutOfPlace, Found: 3}},
			[]string{"Change 2 is missing: the line where it should be holds change 3."}, []string{"expected"}},
		{"a change missing, French", "fr", workspace.ChangesLost{Line: 7, Applied: 1, Lost: 1, Err: &workspace.ChangeError{Change: 2, Kind: workspace.ChangeOutOfPlace, Found: 3}},
			[]string{"La modification nº\u00a02 manque\u00a0: la ligne où elle devrait être porte la modification nº\u00a03."}, []string{"expected"}},
		{"a change repeated, French", "fr", workspace.ChangesLost{Line: 7, Applied: 2, Lost: 1, Err: &workspace.ChangeError{Change: 3, Kind: workspace.ChangeOutOfPlace, Found: 2}},
			[]string{"La modification nº\u00a03 n’est pas à sa place\u00a0: la ligne où elle devrait être porte la modification nº\u00a02."}, []string{"manque"}},
		{"a change that does not apply, French", "fr", workspace.ChangesLost{Line: 7, Applied: 1, Lost: 1, Err: &workspace.ChangeError{Change: 2, Kind: workspace.ChangeDoesNotApply, Err: errors.New(`span "nowhere", which is not there`)}},
			[]string{"La modification nº\u00a02 ne s’applique pas au document tel que l’ont laissé les modifications précédentes."}, []string{"nowhere"}},
		{"other damage, English", "en", workspace.ChangesLost{Line: 7, Applied: 1, Lost: 1, Err: errors.New("something unforeseen")},
			[]string{"It is damaged: something unforeseen."}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			useLanguage(t, c.language)
			ui, _ := newTestUI(t, nil, false)
			ui.tellLost(&lostChanges{err: &c.lost, aside: "/aside/a.json"})
			got := dialogMessage(t, ui)
			for _, w := range c.want {
				if !strings.Contains(got, w) {
					t.Errorf("message %q lacks %q", got, w)
				}
			}
			for _, n := range c.not {
				if strings.Contains(got, n) {
					t.Errorf("message %q says %q", got, n)
				}
			}
		})
	}
}
