package formats

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// zipOf writes a zip of the parts given as name, content pairs.
func zipOf(parts ...string) []byte {
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for i := 0; i+1 < len(parts); i += 2 {
		w, err := z.Create(parts[i])
		if err == nil {
			_, err = w.Write([]byte(parts[i+1]))
		}
		if err != nil {
			panic(err) // a zip in memory does not fail
		}
	}
	if err := z.Close(); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

const wns = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`

func wpara(style, runs string) string {
	if style != "" {
		style = `<w:pPr><w:pStyle w:val="` + style + `"/></w:pPr>`
	}
	return `<w:p>` + style + runs + `</w:p>`
}

func wrun(text string) string { return `<w:r><w:t xml:space="preserve">` + text + `</w:t></w:r>` }

// testDocx is an article as Word saves one: a heading of a French Word's style "Titre1", quotes with
// no-break spaces, an emoji and a combining accent, a list, a table, tracked changes, a field, a
// footnote, a comment, a header.
func testDocx() []byte {
	body := wpara("Titre1", wrun("Paris se prépare")) +
		wpara("", wrun("«\u00a0Nous sommes prêts\u00a0», a déclaré Anne Hidalgo.")+
			`<w:r><w:footnoteReference w:id="2"/></w:r>`) +
		wpara("", wrun("Emoji 😀 et e\u0301")+`<w:r><w:tab/></w:r>`+wrun("tab")+`<w:r><w:br/></w:r>`+wrun("ligne")) +
		`<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>` + wrun("Premier point") + `</w:p>` +
		`<w:tbl><w:tr><w:tc>` + wpara("", wrun("Cellule A")) + `</w:tc><w:tc>` + wpara("", wrun("Cellule B")) + `</w:tc></w:tr></w:tbl>` +
		wpara("", wrun("Le maire ")+`<w:del w:id="1" w:author="X"><w:r><w:delText>a dit</w:delText></w:r></w:del>`+
			`<w:ins w:id="2" w:author="X">`+wrun("affirme")+`</w:ins>`+
			`<w:commentRangeStart w:id="0"/>`+wrun(" que")+`<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>`+
			wrun(" page ")+`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>`+
			`<w:r><w:fldChar w:fldCharType="separate"/></w:r>`+wrun("3")+`<w:r><w:fldChar w:fldCharType="end"/></w:r>`+wrun("."))
	return zipOf(
		"[Content_Types].xml", `<Types/>`,
		"word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document `+wns+`><w:body>`+body+`<w:sectPr/></w:body></w:document>`,
		"word/styles.xml", `<w:styles `+wns+`><w:style w:type="paragraph" w:styleId="Titre1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/></w:style></w:styles>`,
		"word/footnotes.xml", `<w:footnotes `+wns+`><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>`+
			`<w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r>`+wrun(" Propos recueillis à l’Hôtel de Ville.")+`</w:p></w:footnote>`+
			`<w:footnote w:id="3"><w:p>`+wrun("Note sans renvoi")+`</w:p></w:footnote></w:footnotes>`,
		"word/comments.xml", `<w:comments `+wns+`><w:comment w:id="0"><w:p>`+wrun("COMMENTAIRE")+`</w:p></w:comment></w:comments>`,
		"word/header1.xml", `<w:hdr `+wns+`><w:p>`+wrun("EN-TÊTE")+`</w:p></w:hdr>`)
}

const wantOffice = "Paris se prépare\n\n«\u00a0Nous sommes prêts\u00a0», a déclaré Anne Hidalgo.[1]\n\n" +
	"Emoji 😀 et \u00e9\ttab\nligne\n\nPremier point\n\nCellule A\n\nCellule B\n\nLe maire affirme que page 3.\n\n" +
	"[1] Propos recueillis à l’Hôtel de Ville."

func paragraphKinds(d *annotate.Document) map[string]string {
	kinds := map[string]string{}
	for _, s := range d.Segments {
		kinds[d.SourceText(s)] = s.Kind
	}
	return kinds
}

// TestReadDocx: a Word article reads as its text, as typed, in the order a reader sees it.
func TestReadDocx(t *testing.T) {
	docs, _, err := Read("article.docx", testDocx(), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	if d.Text != wantOffice {
		t.Errorf("text:\n%q\nwant\n%q", d.Text, wantOffice)
	}
	kinds := paragraphKinds(d)
	if d.Title != "Paris se prépare" || kinds["Paris se prépare"] != annotate.KindHeading || kinds["Cellule A"] == annotate.KindHeading || kinds["Premier point"] == annotate.KindHeading {
		t.Errorf("the heading alone should be one: title %q, kinds %v", d.Title, kinds)
	}
	if d.SourceLang != "fr" || d.TargetLang != "en" {
		t.Errorf("languages %s→%s", d.SourceLang, d.TargetLang)
	}
}

func testODT() []byte {
	const ns = `xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"`
	body := `<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>a dit</text:p></text:deletion></text:changed-region></text:tracked-changes>` +
		`<text:p text:style-name="P1">Paris se prépare</text:p>` +
		"<text:p>«\u00a0Nous sommes   prêts\u00a0»,\n a déclaré <text:span>Anne Hidalgo</text:span>.<text:note text:note-class=\"footnote\"><text:note-citation>1</text:note-citation>" +
		`<text:note-body><text:p>Propos recueillis à l’Hôtel de Ville.</text:p></text:note-body></text:note></text:p>` +
		`<text:p text:style-name="Subtitle">Sous-titre</text:p>` +
		"<text:p>Emoji 😀 et e\u0301<text:tab/>tab<text:line-break/>ligne</text:p>" +
		`<text:list><text:list-item><text:p>Premier point</text:p></text:list-item></text:list>` +
		`<table:table><table:table-row><table:table-cell><text:p>Cellule A</text:p></table:table-cell><table:table-cell><text:p>Cellule B</text:p></table:table-cell></table:table-row></table:table>` +
		`<text:p>Le maire <text:change text:change-id="c1"/><text:change-start text:change-id="c2"/>affirme<text:change-end text:change-id="c2"/>` +
		`<office:annotation><text:p>COMMENTAIRE</text:p></office:annotation> que page<text:s/><text:page-number>3</text:page-number>.</text:p>`
	return zipOf("mimetype", "application/vnd.oasis.opendocument.text",
		"content.xml", `<?xml version="1.0" encoding="UTF-8"?><office:document-content `+ns+`><office:automatic-styles>`+
			`<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Heading_20_1"/></office:automatic-styles>`+
			`<office:body><office:text>`+body+`</office:text></office:body></office:document-content>`,
		"styles.xml", `<office:document-styles `+ns+`><office:master-styles><style:master-page><style:header><text:p>EN-TÊTE</text:p></style:header></style:master-page></office:master-styles></office:document-styles>`)
}

// TestReadODT: an OpenDocument article reads as the same text as its Word twin.
func TestReadODT(t *testing.T) {
	docs, _, err := Read("article.odt", testODT(), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	if want := strings.Replace(wantOffice, "\n\nEmoji", "\n\nSous-titre\n\nEmoji", 1); d.Text != want {
		t.Errorf("text:\n%q\nwant\n%q", d.Text, want)
	}
	kinds := paragraphKinds(d)
	if kinds["Paris se prépare"] != annotate.KindHeading || kinds["Sous-titre"] != annotate.KindHeading || kinds["Cellule A"] == annotate.KindHeading || kinds["Premier point"] == annotate.KindHeading {
		t.Errorf("the heading alone should be one: %v", kinds)
	}
}

// TestReadOfficeByContent: a document whose name does not say its format (standard input, a backup)
// is read by its content.
func TestReadOfficeByContent(t *testing.T) {
	for name, data := range map[string][]byte{"docx": testDocx(), "odt": testODT()} {
		docs, _, err := Read("article.bak", data, ReadOptions{})
		if err != nil || !strings.HasPrefix(docs[0].Text, "Paris se prépare") || !strings.HasSuffix(docs[0].Text, "Hôtel de Ville.") {
			t.Errorf("%s by content: %v", name, err)
		}
	}
}

// officeCases are bad Word and OpenDocument files, each with the error it gets and what the error says.
var officeCases = []struct {
	name string
	data []byte
	code ErrorCode
	says string
	args map[string]any
}{
	{"a.docx", []byte("« Bonjour » en texte"), ErrOfficeNotZip, "not a zip archive, as every Word document is", map[string]any{"Kind": "Word", "Name": "a.docx"}},
	{"a.odt", []byte("PK\x03\x04 abîmé"), ErrOfficeDamaged, "a damaged OpenDocument document: its zip archive cannot be read",
		map[string]any{"Kind": "OpenDocument", "Name": "a.odt", "Part": ""}},
	{"dir/a.docx", testDocx()[:len(testDocx())/2], ErrOfficeDamaged, "a damaged Word document: its zip archive cannot be read",
		map[string]any{"Kind": "Word", "Name": "a.docx", "Part": ""}},
	{"a.md", []byte("PK\x03\x04 # Titre\n\nBonjour."), ErrOfficeDamaged, "a.md: not a text file but a zip archive (as Word and OpenDocument documents are), and a damaged one",
		map[string]any{"Kind": "", "Name": "a.md"}},
	{"a.docx", damagedPart(), ErrOfficeDamaged, "word/document.xml cannot be unpacked",
		map[string]any{"Kind": "Word", "Name": "a.docx", "Part": "word/document.xml"}},
	{"a.docx", zipOf("content.xml", "<x/>"), ErrOfficeNoPart, "without word/document.xml", map[string]any{"Part": "word/document.xml"}},
	{"a.odt", zipOf("word/document.xml", "<x/>"), ErrOfficeNoPart, "without content.xml", map[string]any{"Part": "content.xml"}},
	{"notes.md", zipOf("notes/article.md", "# Titre", "photo.jpg", "x"), ErrOfficeNoPart,
		"notes.md: a zip archive, not Markdown text, nor a Word or OpenDocument document (it holds notes/article.md, photo.jpg)",
		map[string]any{"Kind": "", "Name": "notes.md", "What": "markdown"}},
	{"dir/sauvegarde", zipOf("a.txt", "Zoé", "b.txt", "", "c.txt", "", "d.txt", ""), ErrOfficeNoPart,
		"a zip archive, not text, nor a Word or OpenDocument document (it holds a.txt, b.txt, c.txt… (4 files))",
		map[string]any{"Kind": "", "Name": "sauvegarde", "What": "text"}},
	{"a.docx", append(append([]byte{}, oleMagic...), make([]byte, 512)...), ErrOfficeEncrypted, "password-protected", nil},
	{"a.doc", append(append([]byte{}, oleMagic...), make([]byte, 512)...), ErrOfficeDoc, "save it as .docx", nil},
	{"a.odt", zipOf("META-INF/manifest.xml", `<m><manifest:encryption-data/></m>`, "content.xml", "x"), ErrOfficeEncrypted, "password", nil},
	{"a.docx", wordDoc(wpara("", wrun("Zoé")) + "\n<w:p></w:r>"), ErrOfficeXML, "word/document.xml, line 2 (byte",
		map[string]any{"Part": "word/document.xml", "PartLine": 2}},
	{"a.docx", zipOf("word/document.xml", `<?xml version="1.0" encoding="ISO-8859-1"?><w:document/>`), ErrOfficeXML, "declares an encoding other than UTF-8",
		map[string]any{"Part": "word/document.xml"}},
	{"a.docx", wordDoc(""), ErrOfficeNoText, "holds no text", nil},
	{"a.odt", zipOf("content.xml", "<office:document-content/>", "styles.xml", "<office:document-styles>\n<style:style></office:document-styles>"),
		ErrOfficeXML, "styles.xml, line 2 (byte", map[string]any{"Part": "styles.xml", "PartLine": 2}},
}

// damagedPart is a Word document whose zip opens but whose word/document.xml cannot be unpacked: its
// compressed bytes were changed, as a bad copy changes them.
func damagedPart() []byte {
	data := wordDoc(strings.Repeat(wpara("", wrun("Le conseil municipal se réunit à l’Hôtel de Ville. ")), 40))
	const at = 30 + len("word/document.xml") + 8 // inside the compressed bytes, after the local header
	for i := at; i < at+16; i++ {
		data[i] ^= 0xFF
	}
	return data
}

func wordDoc(body string) []byte {
	return zipOf("word/document.xml", `<w:document `+wns+`><w:body>`+body+`</w:body></w:document>`)
}

// TestOfficeErrors: a file that is no document Glose reads is refused with what it is instead.
func TestOfficeErrors(t *testing.T) {
	for _, c := range officeCases {
		_, _, err := Read(c.name, c.data, ReadOptions{})
		checkReadError(t, c.name+" "+string(c.code), err, c.code, c.args)
		if err != nil && !strings.Contains(err.Error(), c.says) {
			t.Errorf("%s: %v, want it to say %q", c.name, err, c.says)
		}
	}
}

// TestReadLibreOfficeFiles: documents a real word processor wrote (LibreOffice 7.4 converting
// testdata/office/art.html to .docx and .odt) read as the article's text, headings marked.
func TestReadLibreOfficeFiles(t *testing.T) {
	const want = "Grève à la SNCF\n\n« Nous ne céderons pas 😀 », a déclaré Laurent Brun à Paris, devant la gare de l’Est. Café noir \u00e9.\n\n" +
		"Les syndicats\n\nPremier point\n\nSecond point\n\nCellule A\n\nCellule B\n\n" +
		"La ministre Élisabeth Borne a répondu qu’elle recevrait les syndicats jeudi.\nNouvelle ligne avec tab."
	for _, name := range []string{"testdata/office/art.docx", "testdata/office/art.odt"} {
		docs, _, err := ReadFile(name, ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if docs[0].Text != want {
			t.Errorf("%s:\n%q\nwant\n%q", name, docs[0].Text, want)
		}
		kinds := paragraphKinds(docs[0])
		if kinds["Grève à la SNCF"] != annotate.KindHeading || kinds["Les syndicats"] != annotate.KindHeading || kinds["Cellule A"] == annotate.KindHeading {
			t.Errorf("%s: kinds %v", name, kinds)
		}
	}
}

// TestReadLibreOfficeChanges: a tracked deletion and insertion, a footnote, text:s and a tab, as
// LibreOffice 7.4 writes them converting testdata/office/notes.fodt (deleted "hier soir", inserted
// "ce matin") to .docx and .odt.
func TestReadLibreOfficeChanges(t *testing.T) {
	const want = "Grève à la SNCF\n\n« Nous ne céderons pas », a déclaré Laurent Brun ce matin à Paris.[1]\n\n" +
		"Trois   espaces\tet tab.\n\n[1] Propos recueillis par téléphone."
	for _, name := range []string{"testdata/office/notes.docx", "testdata/office/notes.odt"} {
		docs, _, err := ReadFile(name, ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if docs[0].Text != want {
			t.Errorf("%s:\n%q\nwant\n%q", name, docs[0].Text, want)
		}
	}
}
