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

// TestOpenDamagedZip: a file that starts as a zip archive but cannot be read is said to be a damaged
// Word document when its name says it is one, a damaged archive and no text otherwise (a .md), and
// a .docx that is no zip at all another kind of file renamed, each naming the file, in English and
// in French: "not a zip archive" was said of all three, and sent people looking for the wrong fault.
func TestOpenDamagedZip(t *testing.T) {
	dir := t.TempDir()
	cut := "PK\x03\x04\x14\x00\x00\x00\x08\x00word/document.xml\xc3\xa9"
	for name, data := range map[string]string{"article.docx": cut, "notes.md": cut, "lettre.docx": "« Bonjour » en texte"} {
		must(t, os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644))
	}
	ui, _ := newTestUI(t, nil, false)
	for _, c := range []struct{ language, name, want string }{
		{"en", "article.docx", "Could not open “article.docx”. Detail: “article.docx” is a damaged Word document: its zip archive cannot be read (was it cut short in a download or a copy?). Open it in your word processor, which may repair it, or get the file again."},
		{"en", "notes.md", "Could not open “notes.md”. Detail: “notes.md” is not a text file but a zip archive (as Word and OpenDocument documents are), and a damaged one, which cannot be read."},
		{"en", "lettre.docx", "Could not open “lettre.docx”. Detail: “lettre.docx” is not a zip archive, as every Word document is: is it another kind of file renamed?"},
		{"fr", "article.docx", "Impossible d’ouvrir «\u00a0article.docx\u00a0». Détail\u00a0: «\u00a0article.docx\u00a0» est un document Word endommagé\u00a0: son archive zip ne peut pas être lue (a-t-il été tronqué lors d’un téléchargement ou d’une copie\u00a0?). Ouvrez-le dans votre traitement de texte, qui pourra peut-être le réparer, ou procurez-vous à nouveau le fichier."},
		{"fr", "notes.md", "Impossible d’ouvrir «\u00a0notes.md\u00a0». Détail\u00a0: «\u00a0notes.md\u00a0» n’est pas un fichier texte mais une archive zip (comme les documents Word et OpenDocument), et endommagée\u00a0: elle ne peut pas être lue."},
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
