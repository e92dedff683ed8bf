package app

import (
	"fyne.io/fyne/v2/lang"
)

// binaryErrorText says that a file is no text, naming what it looks like (infile.ErrBinary: Name,
// Kind): people open a picture or an archive by mistake, and "the file mixes UTF-8 with another
// encoding" sent them to a text editor.
func binaryErrorText(a map[string]any) string {
	kind, _ := a["Kind"].(string)
	a["Kind"] = binaryKindName(kind)
	return lang.X("import.error.binary", "“{{.Name}}” is not a text file (it looks like {{.Kind}})", a)
}

// binaryKindName says what a file that is no text looks like, by infile.BinaryKinds's kind.
func binaryKindName(kind string) string {
	switch kind {
	case "png":
		return lang.X("import.binary.png", "a PNG image")
	case "jpeg":
		return lang.X("import.binary.jpeg", "a JPEG image")
	case "gif":
		return lang.X("import.binary.gif", "a GIF image")
	case "webp":
		return lang.X("import.binary.webp", "a WebP image")
	case "pdf":
		return lang.X("import.binary.pdf", "a PDF document")
	case "zip":
		return lang.X("import.binary.zip", "a ZIP archive; a Word or OpenDocument document is one: give it its .docx or .odt name")
	case "gzip":
		return lang.X("import.binary.gzip", "a gzip archive")
	case "sqlite":
		return lang.X("import.binary.sqlite", "an SQLite database")
	case "office":
		return lang.X("import.binary.office", "an old Microsoft Office document: save it as .docx or .odt")
	case "program":
		return lang.X("import.binary.program", "a program")
	}
	return lang.X("import.binary.data", "binary data")
}
