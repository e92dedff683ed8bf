package app

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
)

// TestExportFormKeepsItsSize: the note under a greyed choice ("Not used by this format") comes and
// goes with the format and with XLIFF's plain text box, and the dialog keeps its size meanwhile:
// the note's line stays, blank, where the choice applies.
func TestExportFormKeepsItsSize(t *testing.T) {
	test.NewTempApp(t)
	f := newExportForm()
	want := f.form.MinSize()
	for i, format := range f.fmts {
		f.format.SetSelectedIndex(i)
		for _, plain := range []bool{false, true} {
			if plain && !hasMarkers(format) {
				continue
			}
			f.plain.SetChecked(plain)
			if got := f.form.MinSize(); got.Height != want.Height {
				t.Errorf("%s (plain text %v): the form is %v high, %v for the first format", format.Name, plain, got.Height, want.Height)
			}
		}
		f.plain.SetChecked(false)
	}
}

// TestExportTMXParagraphs: the Export dialog offers TMX units of whole paragraphs, as glose-cli export
// --to tmx --paragraphs does; the box is greyed, with its note, for the formats that have no such choice.
func TestExportTMXParagraphs(t *testing.T) {
	ui, path, _ := savedTestDoc(t)
	for i, en := range []string{"Sergei Lavrov said it.", "Donald Trump welcomed it.", "The minister was in Washington."} {
		id := ui.doc.Segments[i].ID
		_, err := ui.ed.SetTarget(id, en)
		must(t, err)
		must(t, ui.ed.SetStatus(id, annotate.StatusTranslated))
	}
	format, _ := exportDialogSelects(t, ui)
	top := ui.win.Canvas().Overlays().Top()
	paras, _ := findShown(top, func(o fyne.CanvasObject) bool {
		c, ok := o.(*formCheck)
		return ok && c.Text == paragraphsName()
	}).(*formCheck)
	if paras == nil {
		t.Fatal("the export dialog has no choice of paragraphs")
	}
	for _, name := range []string{"Glose JSON", "XLIFF 2.1", "doccano relation JSONL"} {
		format.SetSelected(name)
		if !paras.Disabled() {
			t.Errorf("%s: the paragraphs box is not greyed", name)
		}
	}
	format.SetSelected(formatTitle(mustLookup(t, "tmx")))
	if paras.Disabled() {
		t.Fatal("TMX: the paragraphs box is greyed")
	}
	test.Tap(paras)
	ui.win.Canvas().Focus(format)
	exportNameBox(t, ui)
	saveExport(t, ui, false)
	got := readFile(filepath.Join(filepath.Dir(path), "article.tmx"))
	if n := strings.Count(got, "<tu>") + strings.Count(got, "<tu "); n != 2 || !strings.Contains(got, "Sergei Lavrov said it. Donald Trump welcomed it.") {
		t.Errorf("the TMX export has %d units, want 2 (one per paragraph):\n%s", n, got)
	}
}

func mustLookup(t *testing.T, name string) formats.Format {
	t.Helper()
	f, ok := formats.Lookup(name)
	if !ok {
		t.Fatalf("no format %s", name)
	}
	return f
}
