package app

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/workspace"
)

// An autosave that cannot be read (cut short by a crash) is said in an
// autosave's words, in the user's language, with the document's name and where the autosave is, and
// the user may set it aside: it is moved out of the autosaves, byte for byte, and no longer offered at
// each opening; kept, it stays where it is. It used to come with the import's wording ("the download
// or copy was probably interrupted") and no way to stop it being offered.
func TestDamagedAutosaveIsSaidAndSetAside(t *testing.T) {
	useLanguage(t, "fr")
	for _, c := range []struct {
		name   string
		damage func([]byte) []byte
		cause  string
	}{
		{"cut short", func(b []byte) []byte { return b[:len(b)/2] }, "Il est tronqué\u00a0: Glose ou l’ordinateur s’est arrêté pendant qu’il était écrit."},
	} {
		for _, setAside := range []bool{true, false} {
			t.Run(c.name, func(t *testing.T) {
				path := savedDoc(t)
				ui, _ := newTestUI(t, nil, false)
				ui.Open(path)
				typeIn(t, ui, 2, "Tapé avant la panne.")
				ui.AutosaveNow()
				side, ok := workspace.Recovery(path, ui.doc.ID)
				if !ok {
					t.Fatal("no autosave to damage")
				}
				data, err := os.ReadFile(side)
				must(t, err)
				damaged := c.damage(data)
				must(t, os.WriteFile(side, damaged, 0o600))

				ui2, asked := newTestUI(t, nil, true)
				var msg string
				var choices []string
				ui2.opts.Choose = func(title, m string, ch []string, done func(int)) {
					*asked = append(*asked, title)
					msg, choices = m, ch
					if setAside {
						done(0)
					} else {
						done(1)
					}
				}
				ui2.Open(path)
				for _, w := range []string{"Les modifications de «\u00a0article.json\u00a0» ne peuvent pas être récupérées", c.cause, side, "Mettre de côté\u00a0: "} {
					if !strings.Contains(msg, w) {
						t.Errorf("asked %v; the question says %q, without %q", *asked, msg, w)
					}
				}
				if strings.Contains(msg, "téléchargement") || len(choices) != 2 || choices[0] != "Mettre de côté" || choices[1] != "Garder" {
					t.Errorf("the question %q offers %q", msg, choices)
				}
				got := ui2.status.Text
				if !setAside {
					if kept, err := os.ReadFile(side); err != nil || !bytes.Equal(kept, damaged) || !strings.Contains(got, "est gardé sous "+side) {
						t.Errorf("kept: the autosave was not kept as it was (%v), or not said so: %q", err, got)
					}
					return
				}
				dir, _ := workspace.SetAsideDir()
				moved, _ := filepath.Glob(filepath.Join(dir, "article.json-*.damaged-*.json"))
				if len(moved) != 1 || !strings.Contains(got, "est mis de côté sous "+moved[0]) {
					t.Fatalf("set aside as %q; the status says %q", moved, got)
				}
				if kept, err := os.ReadFile(moved[0]); err != nil || !bytes.Equal(kept, damaged) {
					t.Errorf("the autosave set aside is not as it was (%v)", err)
				}
				if _, again := workspace.Recovery(path, ui.doc.ID); again {
					t.Error("the autosave set aside is still offered")
				}
			})
		}
	}
}
