package plaintext

import (
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// TestImportPageAndParagraphBreaks: a text converted from a PDF (pdftotext ends each page with a form
// feed, often in mid-sentence) imports, the sentence cut by the page whole; a vertical tab is a line
// break; U+2029 ends a paragraph and U+2028 a line, so that a headline is a segment of its own. Other
// control characters are still refused, at their offset in the file.
func TestImportPageAndParagraphBreaks(t *testing.T) {
	pdf := "Réforme des retraites\n\n«\u00a0Nous irons jusqu’au bout\u00a0», a déclaré la\fsyndicaliste 😀.\n\f"
	d, err := Import("article.txt", []byte(pdf), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := segmentList(d); got != "heading:Réforme des retraites|sentence:«\u00a0Nous irons jusqu’au bout\u00a0», a déclaré la\nsyndicaliste 😀." {
		t.Errorf("pdftotext: %s", got)
	}
	indesign := "Grève à la SNCF\u2029Le trafic est perturbé.\u2028Il reprendra jeudi.\u2029Cafe\u0301 fermé\vce matin."
	if d, err = Import("article.txt", []byte(indesign), Options{}); err != nil {
		t.Fatal(err)
	}
	if got := segmentList(d); got != "heading:Grève à la SNCF|sentence:Le trafic est perturbé.|sentence:Il reprendra jeudi.|sentence:Café fermé\nce matin." {
		t.Errorf("separators: %s", got)
	}
	if _, err := Import("a.txt", []byte("Un\fdeux\x07"), Options{}); err == nil || !strings.Contains(err.Error(), "byte offset 7") {
		t.Errorf("a bell character: %v", err)
	}
}

// segmentList is the kind and text of d's segments, joined by "|".
func segmentList(d *annotate.Document) string {
	var out []string
	for _, s := range d.Segments {
		out = append(out, s.Kind+":"+d.SourceText(s))
	}
	return strings.Join(out, "|")
}
