package app

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/glose-app/glose/annotate/formats"
)

// TestBratExportSaysFolder: brat writes a folder of .txt and .ann files, so its export's status and
// warnings speak of the folder and its files, not of "the file", in English and in French.
func TestBratExportSaysFolder(t *testing.T) {
	for _, c := range []struct{ language, status, intro string }{
		{"en", "Exported to the folder %s", "Exported to the folder “brat”, but its files do not hold everything:"},
		{"fr", "Exporté dans le dossier %s", "Exporté dans le dossier «\u00a0brat\u00a0», mais ses fichiers ne contiennent pas tout\u00a0:"},
	} {
		t.Run(c.language, func(t *testing.T) {
			useLanguage(t, c.language)
			ui, _ := newTestUI(t, testDoc(t), false) // its suggestions have confidences, which brat does not keep
			brat, _ := formats.Lookup("brat")
			dir := filepath.Join(t.TempDir(), "brat") // a folder the dialog chose
			must(t, os.Mkdir(dir, 0o755))
			ui.export(brat, formats.WriteOptions{}, dir, true)
			if want := fmt.Sprintf(c.status, dir); ui.status.Text != want {
				t.Errorf("status %q, want %q", ui.status.Text, want)
			}
			if intro, warns := shownWarnings(t, ui); intro != c.intro || len(warns) == 0 {
				t.Errorf("warnings introduced by %q, want %q (%d warnings)", intro, c.intro, len(warns))
			}
		})
	}
}
