package formats

import (
	"strings"
	"testing"
)

// TestReadDocxSymbols: characters inserted with Word's Insert › Symbol (w:sym) are text: of the
// Symbol font, the Unicode character of the glyph (°, −, Greek letters, arrows); of a text font, the
// character of its code; a Wingdings pictogram, a space, so that the words around it stay apart. A
// positional tab (w:ptab) is a tab: "mai.Fin" was one word.
func TestReadDocxSymbols(t *testing.T) {
	sym := func(font, code string) string {
		return `<w:r><w:sym w:font="` + font + `" w:char="` + code + `"/></w:r>`
	}
	body := wpara("", wrun("Il fait 3\u00a0")+sym("Symbol", "F0B0")+wrun("C à Besançon, ")+sym("Symbol", "F061")+wrun(" = 2 ")+
		sym("Symbol", "F0B4")+wrun(" 3 ")+sym("Symbol", "F0AE")+wrun(" «\u00a0stable\u00a0» ")+sym("Times New Roman", "2014")+
		wrun(" cafe\u0301")+sym("Wingdings", "F0E0")+wrun("fin 😀.")) +
		wpara("", wrun("Le 1er mai.")+`<w:r><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/></w:r>`+wrun("Fin"))
	data := zipOf("[Content_Types].xml", `<Types/>`,
		"word/document.xml", `<w:document `+wns+`><w:body>`+body+`</w:body></w:document>`)
	docs, _, err := Read("symboles.docx", data, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := "Il fait 3\u00a0°C à Besançon, α = 2 × 3 → «\u00a0stable\u00a0» — café fin 😀.\n\nLe 1er mai.\tFin"
	if docs[0].Text != want {
		t.Errorf("got\n%q\nwant\n%q", docs[0].Text, want)
	}
}

// BenchmarkReadDocxLarge measures the import of a Word document of 5,000 paragraphs with symbols,
// positional tabs, a footnote call and a table cell in each.
func BenchmarkReadDocxLarge(b *testing.B) {
	var body strings.Builder
	for range 5000 {
		body.WriteString(wpara("", wrun("«\u00a0Nous irons jusqu’au bout\u00a0», a déclaré la syndicaliste à 3\u00a0")+
			`<w:r><w:sym w:font="Symbol" w:char="F0B0"/></w:r>`+wrun("C 😀.")+`<w:r><w:ptab/></w:r>`+wrun("Fin.")))
		body.WriteString(`<w:tbl><w:tr><w:tc>` + wpara("", wrun("Cellule")) + `</w:tc></w:tr></w:tbl>`)
	}
	data := zipOf("[Content_Types].xml", `<Types/>`,
		"word/document.xml", `<w:document `+wns+`><w:body>`+body.String()+`</w:body></w:document>`)
	b.SetBytes(int64(body.Len()))
	for b.Loop() {
		if _, _, err := Read("grand.docx", data, ReadOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}
