package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/plaintext"
	"github.com/glose-app/glose/annotate/preannotate"
)

// writeCorpus writes a JSON Lines corpus of pre-annotated articles, as glose-cli annotate writes one
// for several files, and returns its path.
func writeCorpus(t *testing.T, texts map[string]string, order ...string) string {
	t.Helper()
	var b strings.Builder
	for _, id := range order {
		d, err := plaintext.Import(id+".txt", []byte(texts[id]), plaintext.Options{})
		must(t, err)
		must(t, preannotate.Run(d, preannotate.Options{}))
		line, err := annotate.MarshalLine(d)
		must(t, err)
		b.Write(line)
		b.WriteByte('\n')
	}
	path := filepath.Join(t.TempDir(), "corpus.jsonl")
	must(t, os.WriteFile(path, []byte(b.String()), 0o644))
	return path
}

// TestOpenCorpusAsksWhichDocument: a corpus of three articles opened the first silently. A picker now
// lists each with its spans; typing filters, Enter opens the one highlighted, and Save asks where to
// save it, proposing its own name beside the corpus, which stays as it was.
func TestOpenCorpusAsksWhichDocument(t *testing.T) {
	path := writeCorpus(t, map[string]string{
		"merkel": "« Nous partirons demain », a déclaré Angela Merkel.\n",
		"macron": "Emmanuel Macron a parlé à Paris.\n",
		"lyon":   "Il pleut à Lyon.\n",
	}, "merkel", "macron", "lyon")
	before := readFile(path)
	ui, _ := newTestUI(t, nil, false)
	ui.Open(path)
	m := ui.topModal()
	if m == nil {
		t.Fatal("opening a corpus of three documents asked nothing")
	}
	if ui.doc != nil && ui.doc.ID == "merkel" {
		t.Fatal("the first document opened before the user chose")
	}
	p := findPicker(t, ui)
	if len(p.shown) != 3 || !strings.Contains(p.rows[0], "merkel") || !strings.Contains(p.rows[0], "to confirm") {
		t.Fatalf("picker rows %q, want the three documents with their suggestions to confirm", p.rows)
	}
	test.Type(p.query, "macr")
	if len(p.shown) != 1 || !strings.HasPrefix(p.rows[p.shown[0]], "macron") {
		t.Fatalf("typing macr keeps %d rows", len(p.shown))
	}
	p.query.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if ui.doc == nil || ui.doc.ID != "macron" {
		t.Fatalf("Enter opened %v, want macron", ui.doc)
	}
	if ui.path != "" || ui.suggestedName(".json") != "macron.json" {
		t.Errorf("the document is saved to %q, Save As proposes %q; want none and macron.json", ui.path, ui.suggestedName(".json"))
	}
	ui.save() // no file of its own: Save As
	b := shownButton(ui.win.Canvas().Overlays().Top(), lang.L("Save"))
	if b == nil {
		t.Fatal("Save did not ask where to save")
	}
	test.Tap(b)
	if got := readFile(path); got != before {
		t.Error("saving one document changed the corpus")
	}
	if saved := filepath.Join(filepath.Dir(path), "macron.json"); ui.path != saved || !strings.Contains(readFile(saved), "Macron") {
		t.Errorf("saved to %q, want %s holding the document", ui.path, saved)
	}
}

// TestOpenOneDocumentCorpusAsksNothing: a JSON Lines file of one document opens it directly.
func TestOpenOneDocumentCorpusAsksNothing(t *testing.T) {
	path := writeCorpus(t, map[string]string{"lyon": "Il pleut à Lyon.\n"}, "lyon")
	ui, _ := newTestUI(t, nil, false)
	ui.Open(path)
	if ui.doc == nil || ui.doc.ID != "lyon" {
		t.Fatalf("opened %v, want lyon", ui.doc)
	}
}

// TestCorpusDocumentSaveAsName: Save As proposes a corpus document's ID as its name, as Windows
// too accepts it (a team shares its files between systems), and a valid ID unchanged.
func TestCorpusDocumentSaveAsName(t *testing.T) {
	for _, c := range []struct{ id, want string }{
		{"lyon", "lyon.json"},
		{"« Lyon » é😀", "« Lyon » é😀.json"},
		{"CON", "CON_.json"},
		{"lpt1.fr", "lpt1_.fr.json"},
	} {
		ui, _ := newTestUI(t, nil, false)
		ui.doc, ui.path, ui.origin, ui.fromCorpus = annotate.NewDocument(c.id, "", "Il pleut à Lyon.", "fr", "en"), "", "corpus.jsonl", true
		if got := ui.suggestedName(".json"); got != c.want {
			t.Errorf("%s: Save As proposes %q, want %q", c.id, got, c.want)
		}
	}
}

// findPicker returns the document picker the top dialog shows.
func findPicker(t *testing.T, ui *UI) *docPicker {
	t.Helper()
	top := ui.win.Canvas().Overlays().Top()
	e, _ := findShown(top, func(o fyne.CanvasObject) bool { _, ok := o.(*pickerEntry); return ok }).(*pickerEntry)
	if e == nil || e.onKey == nil {
		t.Fatal("no filter field in the dialog")
	}
	if ui.picker == nil {
		t.Fatal("no picker")
	}
	return ui.picker
}

// openChosen opens the document highlighted in the document picker when one is shown, as Enter does.
func openChosen(ui *UI) {
	if ui.picker != nil && ui.topModal() == ui.picker.modal {
		ui.picker.openCursor()
	}
}
