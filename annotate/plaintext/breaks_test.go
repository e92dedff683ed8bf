package plaintext

import (
	"fmt"
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

// BenchmarkImportSubtitles1MB measures the import of a megabyte of SubRip subtitles: about 12,000
// cues of two lines, their numbers and timings blanked out before segmenting.
func BenchmarkImportSubtitles1MB(b *testing.B) {
	var sb strings.Builder
	for i := 1; sb.Len() < 1<<20; i++ {
		fmt.Fprintf(&sb, "%d\r\n00:%02d:%02d,000 --> 00:%02d:%02d,500\r\n«\u00a0Nous irons jusqu’au bout\u00a0»,\r\na déclaré la syndicaliste 😀.\r\n\r\n", i, i/60%60, i%60, i/60%60, i%60)
	}
	data := []byte(sb.String())
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Import("journal.srt", data, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
