package formats

import (
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// TestReadDocxHiddenText: Word's hidden text (w:vanish on a run, or through its character or
// paragraph style) is left out, as Word neither prints nor shows it; a hidden paragraph mark
// (w:vanish or w:specVanish, a style separator) runs the paragraph into the next one, as Word shows
// it, and so does one whose mark a tracked change deleted; text hidden in Web Layout only
// (w:webHidden) is printed, and read; w:vanish w:val="0" shows.
func TestReadDocxHiddenText(t *testing.T) {
	hiddenRun := func(rPr, text string) string {
		return `<w:r><w:rPr>` + rPr + `</w:rPr><w:t xml:space="preserve">` + text + `</w:t></w:r>`
	}
	markHidden := func(tag, text string) string {
		return `<w:p><w:pPr><w:rPr>` + tag + `</w:rPr></w:pPr>` + wrun(text) + `</w:p>`
	}
	body := wpara("", wrun("Le ministre")+hiddenRun(`<w:vanish/>`, " [à vérifier]")+wrun(" a parlé.")) +
		wpara("", wrun("Style")+hiddenRun(`<w:rStyle w:val="Cache"/>`, " CACHÉ")+hiddenRun(`<w:rStyle w:val="Cache"/><w:vanish w:val="0"/>`, " montré")+wrun(".")) +
		wpara("NoteRedaction", wrun("Paragraphe caché de la rédaction.")) +
		markHidden(`<w:vanish/>`, "Encadré. ") + wpara("", wrun("Suite du même paragraphe.")) +
		markHidden(`<w:specVanish/>`, "Intertitre.") + wpara("", wrun(" Le texte qui le suit.")) +
		wpara("", wrun("Page ")+hiddenRun(`<w:webHidden/>`, "12")+wrun(".")) +
		markHidden(`<w:del w:id="9" w:author="X"/>`, "Marque supprimée, ") + wpara("", wrun("même paragraphe.")) +
		wpara("", wrun("Note")+`<w:r><w:rPr><w:vanish/></w:rPr><w:footnoteReference w:id="2"/></w:r>`+wrun(" cachée."))
	data := zipOf(
		"word/document.xml", `<w:document `+wns+`><w:body>`+body+`</w:body></w:document>`,
		"word/styles.xml", `<w:styles `+wns+`><w:style w:type="character" w:styleId="Cache0"><w:rPr><w:vanish/></w:rPr></w:style>`+
			`<w:style w:type="character" w:styleId="Cache"><w:basedOn w:val="Cache0"/></w:style>`+
			`<w:style w:type="paragraph" w:styleId="NoteRedaction"><w:rPr><w:vanish/></w:rPr></w:style></w:styles>`,
		"word/footnotes.xml", `<w:footnotes `+wns+`><w:footnote w:id="2"><w:p>`+wrun("Note d’un appel caché")+`</w:p></w:footnote></w:footnotes>`)
	docs, _, err := Read("cache.docx", data, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := "Le ministre a parlé.\n\nStyle montré.\n\nEncadré. Suite du même paragraphe.\n\nIntertitre. Le texte qui le suit.\n\nPage 12.\n\nMarque supprimée, même paragraphe.\n\nNote cachée."
	if docs[0].Text != want {
		t.Errorf("text:\n%q\nwant\n%q", docs[0].Text, want)
	}
}

// TestReadLibreOfficeHiddenAndStyles: testdata/office/hidden.fodt, converted by LibreOffice 7.4 to
// .docx and .odt, has hidden text (an automatic style and a character style of styles.xml hide it),
// a comment, a text box, a header and a footer, a footnote, a table, and headings in custom styles
// whose parent is a heading style ("Intertitre" based on Heading 2, "Rubrique" on "Intertitre"),
// which the .odt keeps in styles.xml.
func TestReadLibreOfficeHiddenAndStyles(t *testing.T) {
	for _, name := range []string{"testdata/office/hidden.docx", "testdata/office/hidden.odt"} {
		docs, _, err := ReadFile(name, ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		d := docs[0]
		for _, bad := range []string{"vérifier", "CACHÉE", "COMMENTAIRE", "EN-TÊTE", "Pied"} {
			if strings.Contains(d.Text, bad) {
				t.Errorf("%s: kept %q: %q", name, bad, d.Text)
			}
		}
		for _, good := range []string{"a déclaré la ministre.\n\nTexte visible puis la suite.", "Encadré : les chiffres clés", "Cellule", "[1] Source : AFP."} {
			if !strings.Contains(d.Text, good) {
				t.Errorf("%s: lost %q: %q", name, good, d.Text)
			}
		}
		kinds := paragraphKinds(d)
		if kinds["Politique"] != annotate.KindHeading || kinds["Qui paiera ?"] != annotate.KindHeading || kinds["Cellule"] == annotate.KindHeading ||
			kinds["Par Jean Dupont"] != annotate.KindSentence { // a byline, in a style of its own
			t.Errorf("%s: kinds %v", name, kinds)
		}
		for text, k := range kinds {
			if strings.HasSuffix(text, ".[1]") && k != annotate.KindSentence {
				t.Errorf("%s: %q, ending with a note call, is a %s", name, text, k)
			}
		}
	}
}

// TestReadLibreOfficeDeletedParagraphMark: a paragraph break deleted in tracked changes
// (testdata/office/delmark.fodt, converted by LibreOffice 7.4, which writes w:del in the mark's
// properties in .docx and the paragraphs joined in .odt) reads as one paragraph, as printed.
func TestReadLibreOfficeDeletedParagraphMark(t *testing.T) {
	for _, name := range []string{"testdata/office/delmark.docx", "testdata/office/delmark.odt"} {
		docs, _, err := ReadFile(name, ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if want := "Premier paragraphe, même paragraphe.\n\nFin."; docs[0].Text != want {
			t.Errorf("%s: %q, want %q", name, docs[0].Text, want)
		}
	}
}
