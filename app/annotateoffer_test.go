package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
)

// blankFile writes sampleText, segmented and with no annotation, as `glose-cli import` writes a
// Glose JSON file, and returns its path.
func blankFile(t *testing.T) string {
	t.Helper()
	data, err := annotate.Marshal(sampleSegments("blank-doc", "Blank"))
	must(t, err)
	path := filepath.Join(t.TempDir(), "blank.glose.json")
	must(t, os.WriteFile(path, data, 0o644))
	return path
}

// TestBlankDocumentOffersPreannotation: a Glose JSON document with no annotation opens as it is,
// nothing proposed behind the translator's back, with a bar offering pre-annotation; its button (or
// Ctrl+Shift+D, Tools › Pre-annotate's shortcut) pre-annotates, and the bar goes.
func TestBlankDocumentOffersPreannotation(t *testing.T) {
	for _, c := range []struct {
		name string
		run  func(ui *UI)
	}{
		{"the bar's button", func(ui *UI) {
			b := findShown(ui.annotateOffer.box, func(o fyne.CanvasObject) bool {
				b, ok := o.(*dialogButton)
				return ok && strings.HasPrefix(b.Text, "Pre-annotate")
			})
			if b == nil {
				t.Fatal("the bar has no Pre-annotate button")
			}
			test.Tap(b.(*dialogButton))
		}},
		{"Ctrl+Shift+D", func(ui *UI) { ui.handleShortcut(custom(fyne.KeyD, ctrl|shift)) }},
	} {
		t.Run(c.name, func(t *testing.T) {
			ui, _ := newTestUI(t, nil, false)
			ui.Open(blankFile(t))
			if len(ui.doc.Spans) != 0 || !ui.annotateOffer.shown() {
				t.Fatalf("blank document opened: %d spans, offer shown %v; want 0 spans and the offer", len(ui.doc.Spans), ui.annotateOffer.shown())
			}
			c.run(ui)
			if len(ui.doc.Spans) == 0 || ui.annotateOffer.shown() {
				t.Errorf("after %s: %d spans, offer shown %v; want spans proposed and the offer gone", c.name, len(ui.doc.Spans), ui.annotateOffer.shown())
			}
		})
	}
}

// TestPreannotationOfferGoes: no offer for a document with annotations or a text pre-annotated as it
// opened; the offer goes with the first tag made by hand, and Not now keeps it away for the document
// when it is opened again.
func TestPreannotationOfferGoes(t *testing.T) {
	ui, _ := newTestUI(t, nil, false)
	_, annotated, _ := savedTestDoc(t)
	ui.Open(annotated)
	if ui.annotateOffer.shown() {
		t.Error("a document with annotations: pre-annotation offered")
	}
	text := filepath.Join(t.TempDir(), "article.txt")
	must(t, os.WriteFile(text, []byte("Il pleut à verse depuis hier soir.\n"), 0o644))
	ui.Open(text)
	if ui.annotateOffer.shown() {
		t.Errorf("a text pre-annotated as it opened (%d spans): pre-annotation offered again", len(ui.doc.Spans))
	}

	blank := blankFile(t)
	ui.Open(blank)
	if !ui.annotateOffer.shown() {
		t.Fatal("blank document: no offer")
	}
	must(t, ui.ed.AddSpan(&annotate.Span{Side: annotate.Source, Start: 0, End: len("Sergueï Lavrov"), Label: annotate.LabelPER}))
	if ui.annotateOffer.shown() {
		t.Error("a span tagged by hand: the offer stays")
	}

	ui, _ = newTestUI(t, nil, false)
	ui.Open(blank)
	later := findShown(ui.annotateOffer.box, func(o fyne.CanvasObject) bool {
		b, ok := o.(*dialogButton)
		return ok && b.Text == "Not now"
	})
	if later == nil {
		t.Fatal("the bar has no Not now button")
	}
	test.Tap(later.(*dialogButton))
	ui.Open(blankFile(t)) // another file of the same document
	if ui.annotateOffer.shown() || len(ui.doc.Spans) != 0 {
		t.Errorf("Not now, then the document opened again: offer shown %v, %d spans", ui.annotateOffer.shown(), len(ui.doc.Spans))
	}
}

// TestPreannotationOfferIsCompact: the bar took three lines of French (73 units) beside its buttons
// in a 1280-unit window, five at 1024, above the segments it is about. Its text now takes one line,
// the bar no higher than its buttons, at 1280 units in French and English, and two lines at most at
// 1024.
func TestPreannotationOfferIsCompact(t *testing.T) {
	for _, language := range []string{"fr", "en"} {
		t.Run(language, func(t *testing.T) {
			useLanguage(t, language)
			ui, _ := newTestUI(t, nil, false)
			ui.Open(blankFile(t))
			if !ui.annotateOffer.shown() {
				t.Fatal("blank document: no offer")
			}
			buttons := ui.annotateOffer.box.Objects[2].MinSize().Height
			twoLines := widget.NewLabel("1\n2").MinSize().Height
			for _, c := range []struct {
				width, most float32
			}{
				{1280, buttons},
				{1024, max(buttons, twoLines)},
			} {
				ui.win.Resize(fyne.NewSize(c.width, 800*c.width/1280))
				if h := ui.annotateOffer.box.Size().Height; h > c.most {
					t.Errorf("%.0f units wide: the bar is %.0f units high (%q on %d lines), want %.0f at most",
						c.width, h, ui.annotateOffer.text.Text, strings.Count(ui.annotateOffer.text.label.Text, "\n")+1, c.most)
				}
			}
		})
	}
}

// nothingFile writes a Glose JSON document with no annotation whose French pre-annotation finds
// nothing in (accents, an emoji, e + U+0301, no name, no quotation), and returns its path.
func nothingFile(t *testing.T) string {
	t.Helper()
	text := annotate.NFC("Il pleut à verse depuis hier soir 😀 : e\u0301videmment, c’est l’automne.")
	d := annotate.NewDocument("pluie", "Pluie", text, "fr", "en")
	d.AddSegment(0, len(text), 0, annotate.KindSentence)
	data, err := annotate.Marshal(d)
	must(t, err)
	path := filepath.Join(t.TempDir(), "pluie.json")
	must(t, os.WriteFile(path, data, 0o644))
	return path
}

// TestPreannotationOfferNotAgain: a document on which pre-annotation found nothing, saved, is not
// offered it again when opened in another session, and neither is one whose suggestions the
// translator all deleted; a file on which it never ran still is.
func TestPreannotationOfferNotAgain(t *testing.T) {
	ui, _ := newTestUI(t, nil, false)
	ui.Open(nothingFile(t))
	if !ui.annotateOffer.shown() {
		t.Fatal("a document never pre-annotated: no offer")
	}
	ui.handleShortcut(custom(fyne.KeyD, ctrl|shift))
	if len(ui.doc.Spans) != 0 || ui.doc.Meta.Preannotated == nil || !ui.dirty {
		t.Fatalf("pre-annotation found %d spans, recorded %+v, document modified %v; want nothing found, recorded, to save",
			len(ui.doc.Spans), ui.doc.Meta.Preannotated, ui.dirty)
	}
	nothing := filepath.Join(t.TempDir(), "pluie.json")
	must(t, ui.saveTo(nothing))

	ui, _ = newTestUI(t, nil, false)
	ui.Open(blankFile(t))
	ui.preannotateDocument()
	if len(ui.doc.Spans) == 0 {
		t.Fatal("the sample found nothing")
	}
	for len(ui.doc.Spans) > 0 {
		must(t, ui.ed.RemoveSpan(ui.doc.Spans[0].ID))
	}
	deleted := filepath.Join(t.TempDir(), "vide.json")
	must(t, ui.saveTo(deleted))

	for _, c := range []struct {
		name, path string
		offer      bool
	}{
		{"nothing found", nothing, false},
		{"every suggestion deleted", deleted, false},
		{"never pre-annotated", nothingFile(t), true},
	} {
		ui, _ := newTestUI(t, nil, false) // another session: Not now would be forgotten
		ui.Open(c.path)
		if ui.annotateOffer.shown() != c.offer {
			t.Errorf("%s: offer shown %v, want %v", c.name, ui.annotateOffer.shown(), c.offer)
		}
	}
}

// TestPreannotationOfferGivesItsRoomBack: once the offer goes (here with Ctrl+Shift+D), the segments
// move up into its room at once. The bars' scroll kept its height: an empty band of the offer's
// height stayed above the segments until a dialog had the window laid out again.
func TestPreannotationOfferGivesItsRoomBack(t *testing.T) {
	ui, _ := newTestUI(t, nil, false)
	ui.Open(blankFile(t))
	ui.win.Content().Refresh()
	with, _ := rect(ui.list)
	ui.handleShortcut(custom(fyne.KeyD, ctrl|shift))
	if ui.annotateOffer.shown() {
		t.Fatal("the offer is still shown")
	}
	after, _ := rect(ui.list)
	ui.win.Content().Refresh()
	want, _ := rect(ui.list)
	if after.Y != want.Y || want.Y >= with.Y {
		t.Errorf("the segments start at y=%v once the offer went (at %v with it), want %v", after.Y, with.Y, want.Y)
	}
}
