package app

import (
	"os"
	"path/filepath"
	"testing"
)

// TestOpenBinaryFile: opening a picture or an archive (under a text name or its own) says that it is
// no text file and what it looks like, with its name, in English and in French, instead of "the file
// mixes UTF-8 with another encoding", which sent people to a text editor.
func TestOpenBinaryFile(t *testing.T) {
	dir := t.TempDir()
	png := "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x02\xc3\xa9\xe9"
	zip := "PK\x03\x04\x14\x00\x00\x00\x08\x00a.txt\xc3\xa9\xe9"
	for name, data := range map[string]string{"photo.txt": png, "photo.png": png, "notes.txt": zip, "data.txt": "Un\x00deux\xe9"} {
		must(t, os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644))
	}
	ui, _ := newTestUI(t, nil, false) // one window tries every file: each says something else
	for _, c := range []struct{ language, name, want string }{
		{"en", "photo.txt", "Could not open “photo.txt”. Detail: “photo.txt” is not a text file (it looks like a PNG image)."},
		{"en", "photo.png", "Could not open “photo.png”. Detail: “photo.png” is not a text file (it looks like a PNG image)."},
		{"en", "data.txt", "Could not open “data.txt”. Detail: “data.txt” is not a text file (it looks like binary data)."},
		{"fr", "photo.txt", "Impossible d’ouvrir «\u00a0photo.txt\u00a0». Détail\u00a0: «\u00a0photo.txt\u00a0» n’est pas un fichier texte (on dirait une image PNG)."},
		{"fr", "notes.txt", "Impossible d’ouvrir «\u00a0notes.txt\u00a0». Détail\u00a0: «\u00a0notes.txt\u00a0» n’est pas un fichier texte (on dirait une archive ZIP\u00a0; un document Word ou OpenDocument en est une\u00a0: donnez-lui son nom en .docx ou .odt)."},
		{"fr", "data.txt", "Impossible d’ouvrir «\u00a0data.txt\u00a0». Détail\u00a0: «\u00a0data.txt\u00a0» n’est pas un fichier texte (on dirait des données binaires)."},
	} {
		t.Run(c.language+"-"+c.name, func(t *testing.T) {
			useLanguage(t, c.language)
			ui.Open(filepath.Join(dir, c.name))
			if ui.status.Text != c.want {
				t.Errorf("\n got %q\nwant %q", ui.status.Text, c.want)
			}
		})
	}
}
