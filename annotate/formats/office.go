package formats

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/plaintext"
)

// Word (.docx) and OpenDocument (.odt) files are zips of XML parts; only the parts that hold the
// article's text are read (the body, then footnotes and endnotes), with archive/zip and encoding/xml.

// oleMagic starts an OLE compound file: an old binary Word .doc, or a .docx or .odt that a password
// encrypts (Office then wraps the zip in an OLE file).
var oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// officeDoc is what a reader of an office format gathers: paragraphs in order, and which are headings
// (true) or list items (false), as plaintext.Build takes them.
type officeDoc struct {
	paras    []string
	headings map[int]bool
}

func (o *officeDoc) add(text string, heading, listItem bool) {
	text = strings.TrimRight(strings.TrimLeft(text, " \n"), " \t\n")
	if text == "" {
		return
	}
	if o.headings == nil {
		o.headings = map[int]bool{}
	}
	if heading || listItem {
		o.headings[len(o.paras)] = heading
	}
	o.paras = append(o.paras, text)
}

// openOffice opens data as the zip of a document of kind ("Word", "OpenDocument"), telling an OLE
// file (old .doc, or an encrypted document) and what is no zip at all apart.
func openOffice(name string, data []byte, kind string) (*zip.Reader, error) {
	if bytes.HasPrefix(data, oleMagic) {
		if strings.EqualFold(filepath.Ext(name), ".doc") {
			return nil, readErr(ErrOfficeDoc, nil, "%s: an old binary Word document (.doc), which Glose does not read: open it in Word or LibreOffice and save it as .docx (or .odt)", name)
		}
		return nil, readErr(ErrOfficeEncrypted, map[string]any{"Kind": kind},
			"%s: a password-protected (encrypted) %s document: it is an OLE file, not a zip; open it, remove the password and save it again", name, kind)
	}
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, unreadableZip(name, data, kind, err)
	}
	return z, nil
}

// unreadableZip says why data, which archive/zip cannot open (err), is no document of kind. A file
// that starts as a zip archive is a damaged one (cut short in a download or a copy), which a file
// whose name does not say it is an office document (a .md, a .bak, no extension) is not called; one
// that does not start as one is no zip at all, another kind of file renamed.
func unreadableZip(name string, data []byte, kind string, err error) error {
	args := map[string]any{"Kind": kind, "Name": filepath.Base(name), "Part": ""}
	switch {
	case !zipStart(data):
		return readErr(ErrOfficeNotZip, args,
			"%s: the file is not a zip archive, as every %s document is (%v): is it another kind of file renamed?", name, kind, err)
	case !officeName(name):
		args["Kind"] = ""
		return readErr(ErrOfficeDamaged, args,
			"%s: not a text file but a zip archive (as Word and OpenDocument documents are), and a damaged one, which cannot be read (%v)", name, err)
	}
	return readErr(ErrOfficeDamaged, args,
		"%s: a damaged %s document: its zip archive cannot be read (%v); was it cut short in a download or a copy? Open it in Word or LibreOffice, which may repair it, or get the file again", name, kind, err)
}

// zipStart reports whether data starts with a zip archive's signature: a file's entry, the end of an
// empty archive, or a split archive's marker.
func zipStart(data []byte) bool {
	for _, sig := range []string{"PK\x03\x04", "PK\x05\x06", "PK\x07\x08"} {
		if bytes.HasPrefix(data, []byte(sig)) {
			return true
		}
	}
	return false
}

// zipNotText refuses a zip archive named as text (a .md, a .bak, no extension) that holds no Word or
// OpenDocument document: "a zip without word/document.xml" sent people looking for a Word document
// they never had. What names what the name promised: "markdown", or "text".
func zipNotText(name string, z *zip.Reader) error {
	what, said := "text", "text"
	if plaintext.IsMarkdown(name) {
		what, said = "markdown", "Markdown text"
	}
	var first []string
	for _, f := range z.File {
		if len(first) < 3 && !strings.HasSuffix(f.Name, "/") {
			first = append(first, f.Name)
		}
	}
	holds := "nothing"
	if len(first) > 0 {
		holds = strings.Join(first, ", ")
		if n := len(z.File) - len(first); n > 0 {
			holds += fmt.Sprintf("… (%d files)", len(z.File))
		}
	}
	return readErr(ErrOfficeNoPart, map[string]any{"Kind": "", "Part": "", "Name": filepath.Base(name), "What": what, "Holds": holds},
		"%s: a zip archive, not %s, nor a Word or OpenDocument document (it holds %s): unpack it and open the file it holds", name, said, holds)
}

// officeName reports whether name's extension says it is a Word or OpenDocument document.
func officeName(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".docx", ".docm", ".doc", ".odt":
		return true
	}
	return false
}

// officePart returns the XML of the part called part, or nil when the zip has none and optional.
func officePart(name string, z *zip.Reader, part, kind string, optional bool) ([]byte, error) {
	var f *zip.File
	for _, e := range z.File {
		if e.Name == part {
			f = e
			break
		}
	}
	if f == nil {
		if optional {
			return nil, nil
		}
		if !officeName(name) {
			return nil, zipNotText(name, z)
		}
		return nil, readErr(ErrOfficeNoPart, map[string]any{"Kind": kind, "Part": part},
			"%s: a zip without %s, so not a %s document", name, part, kind)
	}
	if f.Flags&1 != 0 {
		return nil, readErr(ErrOfficeEncrypted, map[string]any{"Kind": kind},
			"%s: %s is encrypted: open the document, remove the password and save it again", name, part)
	}
	if f.UncompressedSize64 > MaxInputSize {
		return nil, readErr(ErrTooLarge, map[string]any{"MB": int(f.UncompressedSize64 >> 20), "Max": MaxInputSize >> 20},
			"%s: %s is %d MB, more than Glose imports (%d MB)", name, part, f.UncompressedSize64>>20, MaxInputSize>>20)
	}
	r, err := f.Open()
	if err != nil {
		return nil, officeZipErr(name, part, kind, err)
	}
	defer r.Close()
	data, err := io.ReadAll(io.LimitReader(r, MaxInputSize+1)) // the size a zip states may lie
	if err != nil {
		return nil, officeZipErr(name, part, kind, err)
	}
	if len(data) > MaxInputSize {
		return nil, readErr(ErrTooLarge, map[string]any{"MB": len(data) >> 20, "Max": MaxInputSize >> 20},
			"%s: %s is more than Glose imports (%d MB)", name, part, MaxInputSize>>20)
	}
	return data, nil
}

// officeZipErr says that part of the zip cannot be unpacked (err): the document is damaged.
func officeZipErr(name, part, kind string, err error) error {
	return readErr(ErrOfficeDamaged, map[string]any{"Kind": kind, "Name": filepath.Base(name), "Part": part},
		"%s: %s cannot be unpacked (%w): the %s document is damaged; open it in Word or LibreOffice, which may repair it, or get the file again", name, part, err, kind)
}

// officeXMLErr says where the XML of a part is not well-formed: the part, its line and its byte.
func officeXMLErr(name, part string, d *xml.Decoder, err error) error {
	line, _ := d.InputPos()
	var se *xml.SyntaxError
	detail := err.Error()
	if errors.As(err, &se) {
		line, detail = se.Line, se.Msg
	}
	if strings.Contains(detail, "CharsetReader") { // encoding/xml reads UTF-8 alone
		detail = "the part declares an encoding other than UTF-8, which Word and LibreOffice never write: save the document again from one of them"
	}
	if errors.Is(err, io.ErrUnexpectedEOF) {
		detail = "the XML ends before it is complete"
	}
	off := d.InputOffset()
	return readErr(ErrOfficeXML, map[string]any{"Part": part, "PartLine": line, "PartOffset": off, "Detail": detail},
		"%s: %s, line %d (byte %d): not well-formed XML: %s", name, part, line, off, detail)
}

// buildOffice makes the document of the paragraphs gathered, as the HTML import does.
func buildOffice(name string, o *officeDoc, opts ReadOptions) ([]*annotate.Document, []Warning, error) {
	if len(o.paras) == 0 {
		return nil, nil, readErr(ErrOfficeNoText, nil, "%s: the document holds no text", name)
	}
	joined := []byte(strings.Join(o.paras, "\n\n"))
	text, err := annotate.NormalizeInput(name, joined)
	if err != nil {
		return nil, nil, err
	}
	d := plaintext.Build(name, text, o.headings, plaintext.Options{SourceLang: opts.SourceLang, TargetLang: opts.TargetLang})
	return []*annotate.Document{d}, nil, nil
}

// skipElement reads past the element whose start d just gave.
func skipElement(name, part string, d *xml.Decoder) error {
	if err := d.Skip(); err != nil {
		return officeXMLErr(name, part, d, err)
	}
	return nil
}

// roman writes n (from 1) in small roman numerals, as Word numbers endnotes.
func roman(n int) string {
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}

// sniffZip tells a Word document from an OpenDocument one by the parts of the zip (docx when neither,
// whose reader then says what is missing).
func sniffZip(data []byte) string {
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return "docx"
	}
	for _, f := range z.File {
		if f.Name == "content.xml" {
			return "odt"
		}
	}
	return "docx"
}
