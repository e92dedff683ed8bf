package app

import (
	"errors"
	"strings"
	"testing"

	"github.com/glose-app/glose/workspace"
)

// TestLostChangesSaidInTheLanguage: the message about changes an autosave could not give back names
// the first line that cannot be read as the line from which changes are lost (it said "recovered up to
// line 394", line 394 being the unreadable one), and says why in the interface's language: the French
// message read "Il est endommagé : change 2 is damaged (checksum 9242b57d, expected 0045fca4)".
func TestLostChangesSaidInTheLanguage(t *testing.T) {
	checksum := &workspace.ChecksumError{Change: 2, Sum: "9242b57d", Want: "0045fca4"}
	for _, c := range []struct {
		name, language string
		lost           workspace.ChangesLost
		want, not      []string
	}{
		{"checksum, English", "en", workspace.ChangesLost{Line: 394, Err: checksum},
			[]string{"except those their autosave recorded from line 394 on", "does not match its checksum (CRC-32 9242b57d, 0045fca4 expected)", "kept as /aside/a.json"},
			[]string{"up to line", "change 2 is damaged"}},
		{"checksum, French", "fr", workspace.ChangesLost{Line: 394, Err: checksum},
			[]string{"sauf celles que leur enregistrement automatique a notées à partir de la ligne 394", "La ligne est endommagée\u00a0: ce qu’elle contient ne correspond pas à sa somme de contrôle (CRC-32 9242b57d, 0045fca4 attendue)", "conservé sous /aside/a.json"},
			[]string{"damaged", "checksum", "jusqu’à"}},
		{"cut short, French", "fr", workspace.ChangesLost{Line: 12, CutShort: true, Err: errors.New("the line is cut short")},
			[]string{"à partir de la ligne 12", "Il est tronqué"}, []string{"cut short"}},
		{"other damage, English", "en", workspace.ChangesLost{Line: 7, Err: errors.New("change 3 where change 2 was expected")},
			[]string{"from line 7 on", "It is damaged: change 3 where change 2 was expected."}, nil},
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
