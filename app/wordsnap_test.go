package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"github.com/glose-app/glose/annotate"
)

func TestSnapWords(t *testing.T) {
	s := "la présidente de la région d'Auvergne-Rhône-Alpes, 12 000 e\u0301lus"
	cases := []struct{ sel, want string }{
		{"sidente de la rég", "présidente de la région"},
		{"présidente", "présidente"},
		{"Auvergne", "Auvergne"},    // the apostrophe and the hyphen part words
		{"hône", "Rhône"},           // a multi-byte letter inside
		{"Alpes,", "Alpes,"},        // punctuation selected stays
		{"000 e", "000 e\u0301lus"}, // a combining mark is part of its word
		{"la pré", "la présidente"}, // the selection's first word is whole already
		{"", ""},
	}
	for _, c := range cases {
		a := strings.Index(s, c.sel)
		if a < 0 {
			t.Fatalf("%q is not in the text", c.sel)
		}
		x, y := snapWords(s, a, a+len(c.sel))
		if got := s[x:y]; got != c.want {
			t.Errorf("%q widened to %q, want %q", c.sel, got, c.want)
		}
	}
}

// TestLabelKeyTagsWholeWords: a translator drags over "aison-Blan" in the French and presses l, then
// over "hite Hou" in the English and presses Alt+L: the spans are the whole words, "Maison-Blanche"
// and "White House", not the letters the mouse happened to cover.
func TestLabelKeyTagsWholeWords(t *testing.T) {
	d := sampleSegments("snap", "Snap")
	d.Segments[1].Target = "At the White House."
	ui, _ := newTestUI(t, d, false)
	r := visibleRow(t, ui, 1)
	ui.win.Canvas().Focus(r.src)
	seg := d.Segments[1]
	src := d.SourceText(seg)
	a := strings.Index(src, "aison-Blan")
	r.src.SetSelection(a, a+len("aison-Blan"))
	r.src.TypedRune('l')
	if got := locTexts(d, annotate.Source); got != "Maison-Blanche" {
		t.Fatalf("French LOC spans %q, want the whole name", got)
	}
	ui.win.Canvas().Focus(r.entry)
	a = strings.Index(seg.Target, "hite Hou")
	selectInEntry(r.entry, a, len("hite Hou"), false)
	if !ui.handleShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyL, Modifier: fyne.KeyModifierAlt}) {
		t.Fatal("Alt+L is not bound")
	}
	if got := locTexts(d, annotate.Target); got != "White House" {
		t.Fatalf("English LOC spans %q, want the whole name", got)
	}
}

// locTexts is the text of the LOC spans on side, joined by " | ".
func locTexts(d *annotate.Document, side annotate.Side) string {
	var out []string
	for _, sp := range d.Spans {
		if sp.Side == side && sp.Label == annotate.LabelLOC {
			out = append(out, d.SpanText(sp))
		}
	}
	return strings.Join(out, " | ")
}
