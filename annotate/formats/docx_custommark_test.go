package formats

import "testing"

// TestDocxCustomFootnoteMark: a footnote whose call is a mark of the author's own (Word's Insert ›
// Footnote with a custom mark, w:customMarkFollows) reads as Word shows it, the mark once where it is
// called and at the note's start, without a number; the numbered note after it is [1], as in Word.
func TestDocxCustomFootnoteMark(t *testing.T) {
	ref := `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:customMarkFollows="1" w:id="2"/><w:t>†</w:t></w:r>`
	body := wpara("", wrun("«\u00a0Nous resterons\u00a0», dit le maire.")+ref) +
		wpara("", wrun("Puis la fête 🎉 commença.")+`<w:r><w:footnoteReference w:id="3"/></w:r>`)
	data := zipOf("word/document.xml", `<w:document `+wns+`><w:body>`+body+`</w:body></w:document>`,
		"word/footnotes.xml", `<w:footnotes `+wns+`>`+
			`<w:footnote w:id="2"><w:p><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:t>†</w:t></w:r>`+wrun(" Propos recueillis par Zoe\u0301.")+`</w:p></w:footnote>`+
			`<w:footnote w:id="3"><w:p><w:r><w:footnoteRef/></w:r>`+wrun(" Note numérotée.")+`</w:p></w:footnote></w:footnotes>`)
	docs, _, err := Read("marque.docx", data, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := "«\u00a0Nous resterons\u00a0», dit le maire.†\n\nPuis la fête 🎉 commença.[1]\n\n† Propos recueillis par Zoé.\n\n[1] Note numérotée."
	if got := docs[0].Text; got != want {
		t.Errorf("text:\n%q\nwant\n%q", got, want)
	}
}
