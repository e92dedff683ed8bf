package app

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/glose-app/glose/workspace"
)

// An autosave that cannot be read (damaged, or written by a newer Glose) is kept, and the user is
// told in their language which document's changes could not come back, why, and where the autosave
// is: the error used to come alone, in English, with no word of the document or of what to do.
func TestDamagedAutosaveIsSaidAndKept(t *testing.T) {
	useLanguage(t, "fr")
	for _, c := range []struct {
		name   string
		damage func([]byte) []byte
		cause  string
	}{
		{"cut short", func(b []byte) []byte { return b[:len(b)/2] }, "tronqué"},
		{"newer Glose", func(b []byte) []byte { return bytes.Replace(b, []byte(`"glose/1"`), []byte(`"glose/2"`), 1) }, "mettez Glose à jour"},
	} {
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
			ui2.Open(path)
			got := ui2.status.Text
			for _, w := range []string{"Impossible de récupérer les modifications de «\u00a0article.json\u00a0»", side, c.cause} {
				if !strings.Contains(got, w) {
					t.Errorf("asked %v; the status says %q, without %q", *asked, got, w)
				}
			}
			if kept, err := os.ReadFile(side); err != nil || !bytes.Equal(kept, damaged) {
				t.Errorf("the damaged autosave was not kept as it was (%v)", err)
			}
		})
	}
}
