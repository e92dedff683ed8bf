package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
	"github.com/glose-app/glose/annotate/qa"
)

// clientCodesXLIFF is a client's XLIFF 2 file whose French holds inline codes in two units of three.
const clientCodesXLIFF = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr" trgLang="en">
 <file id="f1">
  <unit id="name"><segment><source>Selon <pc id="1">Sergueï Lavrov</pc>, la Russie refuse.</source></segment></unit>
  <unit id="plain"><segment><source>Le ministre est parti.</source></segment></unit>
  <unit id="lost"><segment><source>Le <pc id="1">patron</pc> dit :<ph id="2"/> « Nous restons ! »</source></segment></unit>
 </file>
</xliff>
`

// clientCodesDoc is the document imported from clientCodesXLIFF.
func clientCodesDoc(t *testing.T) *annotate.Document {
	t.Helper()
	docs, _, err := formats.Read("client.xlf", []byte(clientCodesXLIFF), formats.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return docs[0]
}

// TestCodeMark: a row whose French has inline codes of the client's file shows a mark, whose tip,
// in the interface's language, names the codes and the French they wrap or stand by; a row without
// codes, and a document from elsewhere, show none.
func TestCodeMark(t *testing.T) {
	const enClick, frClick = "\nClick to place them in the English, or press F9 there", "\nCliquez pour les placer dans l’anglais, ou appuyez sur F9 dans l’anglais"
	for _, c := range []struct{ locale, name, lost string }{
		{"en_US.UTF-8", `Inline codes of the file, which the export puts into the English: <pc id="1"> around “Sergueï Lavrov”` + enClick,
			`Inline codes of the file, which the export puts into the English: <pc id="1"> around “patron”, <ph id="2"/> by « Nous restons ! »` + enClick},
		{"fr_FR.UTF-8", "Codes en ligne du fichier, que l’export reporte dans l’anglais\u00a0: <pc id=\"1\"> autour de «\u00a0Sergueï Lavrov\u00a0»" + frClick,
			"Codes en ligne du fichier, que l’export reporte dans l’anglais\u00a0: <pc id=\"1\"> autour de «\u00a0patron\u00a0», <ph id=\"2\"/> près de « Nous restons ! »" + frClick},
	} {
		t.Run(c.locale, func(t *testing.T) {
			useLocale(t, c.locale)
			ui, _ := newTestUI(t, clientCodesDoc(t), false)
			clock := holdTips(ui)
			cv := ui.win.Canvas()
			for i, want := range []string{c.name, "", c.lost} {
				r := visibleRow(t, ui, i)
				if r.codes.Visible() != (want != "") {
					t.Fatalf("row %d: code mark shown %v", i+1, r.codes.Visible())
				}
				if want == "" {
					continue
				}
				test.MoveMouse(cv, fyne.NewPos(1, 1))
				clock.pass()
				test.MoveMouse(cv, centre(r.codes))
				clock.pass()
				if got := ui.tips.showing(); got != want {
					t.Errorf("row %d: tip %q, want %q", i+1, got, want)
				}
			}
		})
	}
	ui, _ := newTestUI(t, testDoc(t), false)
	if r := visibleRow(t, ui, 0); r.codes.Visible() {
		t.Errorf("a document from elsewhere shows a code mark")
	}
}

// TestQACodesPlaced: the QA tab lists, in the interface's language, the inline codes of a document
// from a client's file that the export could only place by estimate, with the French they wrap.
func TestQACodesPlaced(t *testing.T) {
	useLocale(t, "fr_FR.UTF-8")
	d := clientCodesDoc(t)
	ui, _ := newTestUI(t, d, false)
	setTarget(t, ui, 0, "According to Sergei Lavrov, Russia refuses.")
	setTarget(t, ui, 2, "The boss says: “We are staying!”")
	ui.showQA()
	var got []string
	for _, is := range ui.qa.issues {
		if is.Check == qa.CodesPlaced {
			got = append(got, is.Segment+" "+issueMessage(is))
		}
	}
	want := d.Segments[2].ID + " <pc id=\"1\"> autour de «\u00a0patron\u00a0»\u00a0: son anglais est introuvable\u00a0; liez ces mots à leur anglais, ou vérifiez l’anglais."
	if len(got) != 1 || got[0] != want {
		t.Errorf("issues %q, want [%q]", got, want)
	}
	if name := checkName(qa.CodesPlaced); !strings.Contains(name, "estimation") {
		t.Errorf("check name %q", name)
	}
}
