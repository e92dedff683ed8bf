package app

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
)

// TestExportDialogSides: choosing XLIFF, which holds the French and the English together, selects both
// texts, so that the translation keeps its spans; a one-text format goes back to the French.
func TestExportDialogSides(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	ui.exportDialog()
	top := ui.win.Canvas().Overlays().Top()
	shownSelect := func(option string) *formSelect {
		s, _ := findShown(top, func(o fyne.CanvasObject) bool {
			s, ok := o.(*formSelect)
			return ok && slices.Contains(s.Options, option)
		}).(*formSelect)
		if s == nil {
			t.Fatalf("no choice offering %q in the export dialog", option)
		}
		return s
	}
	format, side := shownSelect("XLIFF 2.1"), shownSelect("Both")
	for _, c := range []struct{ format, side string }{
		{"XLIFF 2.1", "Both"}, {"doccano relation JSONL", "French (source)"}, {"XLIFF 2.1", "Both"},
	} {
		format.SetSelected(c.format)
		if side.Selected != c.side {
			t.Errorf("format %s: text %q selected, want %q", c.format, side.Selected, c.side)
		}
	}
}

// TestExportOverAFileKeepsItsContent: exporting to an existing file, which the user agreed to
// replace, keeps the file's previous content in the backup, as saving does.
func TestExportOverAFileKeepsItsContent(t *testing.T) {
	ui, _ := openedText(t)
	exported, old, w, err := replacedFile(t, "corpus.jsonl")
	if path := ui.chosenPath(w, err); path != exported {
		t.Fatalf("the dialog's answer gives %q, want %q", path, exported)
	}
	jsonl, ok := formats.Lookup("jsonl")
	if !ok {
		t.Fatal("no jsonl format")
	}
	ui.export(jsonl, formats.WriteOptions{}, exported, false)
	if got := readFile(exported + ".bak"); got != old {
		t.Errorf("the backup holds %q, want the previous content %q", got, old)
	}
	if got := readFile(exported); !strings.Contains(got, "Sergei Lavrov said.") {
		t.Errorf("the file holds %.80q…, want the export", got)
	}
}

// TestExportDialogOverAFile drives Fyne's own Save dialog for an export onto an existing file: Save,
// then Yes to replace it; the previous content is in the backup.
func TestExportDialogOverAFile(t *testing.T) {
	ui, txt := openedText(t)
	exported, old := filepath.Join(filepath.Dir(txt), "article.jsonl"), "previous corpus\n"
	must(t, os.WriteFile(exported, []byte(old), 0o644))
	jsonl, _ := formats.Lookup("jsonl")
	ui.exportTo(jsonl, formats.WriteOptions{})
	saveExport(t, ui, true) // Save, then Yes to the app's question
	if got := readFile(exported + ".bak"); got != old {
		t.Errorf("the backup holds %q, want the previous content %q", got, old)
	}
	if got := readFile(exported); !strings.Contains(got, "Sergei Lavrov said.") {
		t.Errorf("the file holds %.80q…, want the export", got)
	}
}

// exportDialogSelects opens the export dialog and returns its choices of format and of unit.
func exportDialogSelects(t *testing.T, ui *UI) (format, unit *formSelect) {
	t.Helper()
	ui.exportDialog()
	if ui.exportForm == nil {
		t.Fatal("no export form")
	}
	return ui.exportForm.format, ui.exportForm.unit
}

// press sends key to the widget that has the focus, as the window does.
func press(t *testing.T, ui *UI, key fyne.KeyName) {
	t.Helper()
	f := ui.win.Canvas().Focused()
	if f == nil {
		t.Fatal("nothing has the focus")
	}
	f.TypedKey(&fyne.KeyEvent{Name: key})
}

// TestExportDialogKeys: with the focus on one of the export dialog's choices, as after picking a
// format, Return presses "Export…" (the save dialog opens) and Escape cancels.
func TestExportDialogKeys(t *testing.T) {
	ui, _ := openedText(t)
	format, _ := exportDialogSelects(t, ui)
	ui.win.Canvas().Focus(format)
	press(t, ui, fyne.KeyEscape)
	if top := ui.win.Canvas().Overlays().Top(); top != nil {
		t.Fatal("Escape left the export dialog open")
	}

	format, _ = exportDialogSelects(t, ui)
	format.SetSelected("XLIFF 2.1")
	ui.win.Canvas().Focus(format)
	press(t, ui, fyne.KeyReturn)
	if shownButton(ui.win.Canvas().Overlays().Top(), lang.L("Save")) == nil {
		t.Fatal("Return did not go on to the save dialog")
	}
	if n := len(ui.win.Canvas().Overlays().List()); n != 1 {
		t.Errorf("%d dialogs open, want the save dialog alone", n)
	}
}

// TestExportDialogOpensOnTheFormat: Ctrl+E puts the focus on the format, so that Down (opening its
// list), Down, Return chooses the format after the one shown and Return then exports, with no Tab first (the dialog
// opened with nothing focused, and Space, Up and Down did nothing).
func TestExportDialogOpensOnTheFormat(t *testing.T) {
	ui, _ := openedText(t)
	format, _ := exportDialogSelects(t, ui)
	if ui.win.Canvas().Focused() != format {
		t.Fatalf("focus on %T, want the format", ui.win.Canvas().Focused())
	}
	was := format.SelectedIndex()
	for _, k := range []fyne.KeyName{fyne.KeyDown, fyne.KeyDown, fyne.KeyReturn} {
		press(t, ui, k)
	}
	if format.SelectedIndex() != was+1 {
		t.Errorf("format %d after Down, Down, Return, want %d", format.SelectedIndex(), was+1)
	}
	ui.win.Canvas().Focus(format) // as the closed list gives it back
	press(t, ui, fyne.KeyReturn)
	if shownButton(ui.win.Canvas().Overlays().Top(), lang.L("Save")) == nil {
		t.Fatal("Return did not go on to the save dialog")
	}
}

// TestExportDialogUnit: the export dialog shows the offsets' unit for doccano and Label Studio only,
// and an export with UTF-16 chosen counts UTF-16 code units, as doccano's browser does.
func TestExportDialogUnit(t *testing.T) {
	const text = "Donald Trump 👍🏽 a reçu Sergueï Lavrov."
	ui, txt := openedWithLavrov(t, text)

	format, unit := exportDialogSelects(t, ui)
	top := ui.win.Canvas().Overlays().Top()
	for _, c := range []struct {
		format string
		shown  bool
		unit   string
	}{
		{"XLIFF 2.1", false, ""}, {"doccano relation JSONL", true, codePointsName()},
		{"Label Studio JSON tasks", true, codePointsName()}, {"spaCy JSONL (entities + span group sc)", false, ""},
	} {
		format.SetSelected(c.format)
		label := findShown(top, func(o fyne.CanvasObject) bool { l, ok := o.(*canvas.Text); return ok && l.Text == offsetsName() })
		if isShown(top, unit) != c.shown || (label != nil) != c.shown || c.shown && (unit.Disabled() || unit.Selected != c.unit) {
			t.Errorf("%s: the unit shown %v (its label %v), %q, disabled %v; want shown %v, %q", c.format, isShown(top, unit), label != nil,
				unit.Selected, unit.Disabled(), c.shown, c.unit)
		}
	}
	format.SetSelected("doccano relation JSONL")
	unit.SetSelected(utf16Name())
	format.SetSelected("XLIFF 2.1")
	format.SetSelected("doccano relation JSONL") // the unit chosen comes back with the format
	if unit.Selected != utf16Name() {
		t.Fatalf("back to doccano, the unit is %q", unit.Selected)
	}
	ui.win.Canvas().Focus(unit)
	press(t, ui, fyne.KeyReturn)
	save := shownButton(ui.win.Canvas().Overlays().Top(), lang.L("Save"))
	if save == nil {
		t.Fatal("no save dialog")
	}
	test.Tap(save)

	var rec struct {
		Text     string
		Entities []struct {
			Label       string
			StartOffset int `json:"start_offset"`
			EndOffset   int `json:"end_offset"`
		}
	}
	exported := filepath.Join(filepath.Dir(txt), "article.doccano.jsonl")
	must(t, json.Unmarshal([]byte(readFile(exported)), &rec))
	units := utf16.Encode([]rune(rec.Text))
	var got []string
	for _, e := range rec.Entities {
		got = append(got, string(utf16.Decode(units[e.StartOffset:e.EndOffset])))
	}
	if !slices.Contains(got, "Sergueï Lavrov") {
		t.Errorf("counted in UTF-16 code units, the spans are %q, want Sergueï Lavrov among them", got)
	}
}

// TestExportDialogNoMarkers: the export dialog shows XLIFF without span markers for the XLIFF formats
// only, and an export with it chosen has the text without <mrk>.
func TestExportDialogNoMarkers(t *testing.T) {
	const text = "« Bonjour » 👍🏽 a dit Sergueï Lavrov à l'Élysée."
	ui, txt := openedWithLavrov(t, text)

	format, _ := exportDialogSelects(t, ui)
	plain, top := ui.exportForm.plain, ui.win.Canvas().Overlays().Top()
	for _, c := range []struct {
		format string
		shown  bool
	}{{"XLIFF 2.1", true}, {"doccano relation JSONL", false}, {"XLIFF 1.2", true}, {"TMX 1.4b translation memory", false}} {
		format.SetSelected(c.format)
		if isShown(top, plain) != c.shown || plain.Disabled() {
			t.Errorf("%s: plain text shown %v, disabled %v; want shown %v", c.format, isShown(top, plain), plain.Disabled(), c.shown)
		}
	}
	format.SetSelected("XLIFF 2.1")
	test.Tap(plain)
	ui.win.Canvas().Focus(format)
	press(t, ui, fyne.KeyReturn)
	save := shownButton(ui.win.Canvas().Overlays().Top(), lang.L("Save"))
	if save == nil {
		t.Fatal("no save dialog")
	}
	test.Tap(save)
	got := readFile(filepath.Join(filepath.Dir(txt), "article.xlf"))
	if !strings.Contains(got, "a dit Sergueï Lavrov à l&#39;Élysée.") || strings.Contains(got, "<mrk") {
		t.Errorf("the export holds %q, want the text without markers", got)
	}
}

// openedWithLavrov opens text as an imported article.txt and tags "Sergueï Lavrov" in it as a PER a
// person made, for the export dialog's tests; it returns the UI and the text file's path.
func openedWithLavrov(t *testing.T, text string) (*UI, string) {
	t.Helper()
	ui, txt := importedText(t, text)
	name := strings.Index(ui.doc.Text, "Sergueï Lavrov")
	must(t, annotate.NewEditor(ui.doc).AddSpan(&annotate.Span{Side: annotate.Source, Start: name, End: name + len("Sergueï Lavrov"),
		Label: annotate.LabelPER, Origin: annotate.Human, Confidence: 1}))
	return ui, txt
}

// TestLabelStudioConfigNamedAfterTheExport (QA16 #7): the app wrote Label Studio's labeling config
// as label_config.xml, which a second export into the folder replaced, where the CLI (and the docs)
// name it after the tasks file; the result did not mention it. Through the Save dialog, in French.
func TestLabelStudioConfigNamedAfterTheExport(t *testing.T) {
	useLanguage(t, "fr")
	ui, txt := openedText(t)
	dir := filepath.Dir(txt)
	ls, _ := formats.Lookup("labelstudio")
	ui.exportTo(ls, formats.WriteOptions{})
	b := shownButton(ui.win.Canvas().Overlays().Top(), lang.L("Save"))
	if b == nil {
		t.Fatal("no Save button in the export's file dialog")
	}
	test.Tap(b)
	if _, err := os.Stat(filepath.Join(dir, "article.labelstudio.json")); err != nil {
		t.Fatalf("no tasks file: %v", err)
	}
	if got := readFile(filepath.Join(dir, "article.labelstudio.label_config.xml")); !strings.Contains(got, "<View>") {
		t.Errorf("article.labelstudio.label_config.xml holds %.60q, want the labeling config", got)
	}
	if _, err := os.Stat(filepath.Join(dir, "label_config.xml")); err == nil {
		t.Error("label_config.xml written, which another export into the folder would replace")
	}
	if want := "avec «\u00a0article.labelstudio.label_config.xml\u00a0» à côté"; !strings.Contains(ui.status.Text, want) {
		t.Errorf("status %q does not mention %q", ui.status.Text, want)
	}
}

// TestExportDialogStartsWhereTheLastExportWent (QA16 #9): the Export dialogs always started in the
// document's folder. After an export into another folder (a full path typed in the name box), the
// next Export dialog starts there: Save with the name it proposes writes into that folder.
func TestExportDialogStartsWhereTheLastExportWent(t *testing.T) {
	ui, txt := openedText(t)
	out := filepath.Join(filepath.Dir(txt), "exports é « 👍🏽 »")
	must(t, os.Mkdir(out, 0o755))
	jsonl, _ := formats.Lookup("jsonl")
	save := func(name string) {
		t.Helper()
		ui.exportTo(jsonl, formats.WriteOptions{})
		box, ok := ui.win.Canvas().Focused().(*nameEntry)
		if !ok {
			t.Fatalf("focus on %T, want the dialog's name box", ui.win.Canvas().Focused())
		}
		if name != "" {
			box.SetText(name)
		}
		b := shownButton(ui.win.Canvas().Overlays().Top(), lang.L("Save"))
		if b == nil {
			t.Fatal("no Save button")
		}
		test.Tap(b)
	}
	save(filepath.Join(out, "first.jsonl"))
	if _, err := os.Stat(filepath.Join(out, "first.jsonl")); err != nil {
		t.Fatalf("first export: %v", err)
	}
	save("")
	if _, err := os.Stat(filepath.Join(out, "article.jsonl")); err != nil {
		t.Errorf("the second export did not go into the folder of the first: %v", err)
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(txt), "article.jsonl")); err == nil {
		t.Error("the second export went into the document's folder")
	}
}

// TestFolderExportSaysExport: the folder dialog of a format of several files (brat) confirmed with
// Fyne's "Open" ("Ouvrir"), which an analyst exporting for a colleague read as opening something;
// its button says "Export here", and exports into the folder shown.
func TestFolderExportSaysExport(t *testing.T) {
	useLanguage(t, "fr")
	ui, txt := openedText(t)
	brat, _ := formats.Lookup("brat")
	ui.exportTo(brat, formats.WriteOptions{})
	top := ui.win.Canvas().Overlays().Top()
	if b := shownButton(top, "Ouvrir"); b != nil {
		t.Error("the export's folder dialog still says Ouvrir")
	}
	b := shownButton(top, "Exporter ici")
	if b == nil {
		t.Fatal("no Exporter ici button in the export's folder dialog")
	}
	test.Tap(b)
	anns, _ := filepath.Glob(filepath.Join(filepath.Dir(txt), "*.ann"))
	if len(anns) != 1 {
		t.Errorf("brat files written: %q, want one .ann beside the text", anns)
	}
}
