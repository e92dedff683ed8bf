package app

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
)

// savedTestDoc is testDoc, saved as article.json in a folder of its own, with a person's PER span
// over Donald Trump beside its two suggestions; it returns the file's path and content.
func savedTestDoc(t *testing.T) (ui *UI, path, saved string) {
	t.Helper()
	ui, _ = newTestUI(t, testDoc(t), false)
	name := strings.Index(ui.doc.Text, "Donald Trump")
	must(t, ui.ed.AddSpan(&annotate.Span{Side: annotate.Source, Start: name, End: name + len("Donald Trump"), Label: annotate.LabelPER}))
	data, err := annotate.Marshal(ui.doc)
	must(t, err)
	path = filepath.Join(t.TempDir(), "article.json")
	must(t, os.WriteFile(path, data, 0o644))
	ui.path = path
	ui.markSaved()
	return ui, path, string(data)
}

// exportChoices opens the export dialog, chooses format and sets the "confirmed only" box, and returns
// the text choice.
func exportChoices(t *testing.T, ui *UI, format string, confirmed bool) (side *formSelect) {
	t.Helper()
	formatSelect, _ := exportDialogSelects(t, ui)
	formatSelect.SetSelected(format)
	top := ui.win.Canvas().Overlays().Top()
	side, _ = findShown(top, func(o fyne.CanvasObject) bool {
		s, ok := o.(*formSelect)
		return ok && slices.Contains(s.Options, bothSidesName())
	}).(*formSelect)
	check, _ := findShown(top, func(o fyne.CanvasObject) bool { _, ok := o.(*formCheck); return ok }).(*formCheck)
	if side == nil || check == nil {
		t.Fatal("the export dialog has no text choice or no confirmed-only box")
	}
	if check.Disabled() || side.Disabled() {
		t.Fatalf("%s: the text choice or the confirmed-only box is disabled", format)
	}
	if check.Checked != confirmed {
		test.Tap(check)
	}
	ui.win.Canvas().Focus(formatSelect)
	return side
}

// exportNameBox presses Return in the export dialog and returns the save dialog's file name box.
func exportNameBox(t *testing.T, ui *UI) *nameEntry {
	t.Helper()
	pressKey(ui, fyne.KeyReturn)
	box, ok := ui.win.Canvas().Focused().(*nameEntry)
	if !ok {
		t.Fatalf("focus on %T after Export, want the save dialog's name box", ui.win.Canvas().Focused())
	}
	return box
}

// saveExport presses the save dialog's Save button, and Yes when Fyne asks whether to replace a file
// an earlier export wrote.
func saveExport(t *testing.T, ui *UI, replace bool) {
	t.Helper()
	labels := []string{lang.L("Save")}
	if replace { // the app's own question, answered in its dialog
		labels = append(labels, lang.L("Yes"))
		confirm := ui.opts.Confirm
		ui.opts.Confirm = nil
		defer func() { ui.opts.Confirm = confirm }()
	}
	for _, label := range labels {
		b := shownButton(ui.win.Canvas().Overlays().Top(), label)
		if b == nil {
			t.Fatalf("no %q button shown", label)
		}
		test.Tap(b)
	}
}

// readExport reads an exported file back as Glose reads it.
func readExport(t *testing.T, path, format string) *annotate.Document {
	t.Helper()
	docs, _, err := formats.ReadFile(path, formats.ReadOptions{Format: format})
	if err != nil || len(docs) != 1 {
		t.Fatalf("reading the export %s: %d documents, %v", path, len(docs), err)
	}
	return docs[0]
}

// TestExportDialogGloseJSONOptions drives the export dialog for Glose JSON: the confirmed-only box
// leaves the suggestions out of the file, the text choice its other side's spans, and the name
// proposed is never the document's own file, which an export would otherwise replace.
func TestExportDialogGloseJSONOptions(t *testing.T) {
	ui, path, saved := savedTestDoc(t)
	side := exportChoices(t, ui, "Glose JSON", true)
	if side.Selected != bothSidesName() {
		t.Errorf("Glose JSON holds both texts, yet the text chosen is %q", side.Selected)
	}
	box := exportNameBox(t, ui)
	if box.Text != "article.confirmed.json" {
		t.Errorf("the confirmed-only export is proposed as %q, want article.confirmed.json", box.Text)
	}
	saveExport(t, ui, false)
	exported := filepath.Join(filepath.Dir(path), "article.confirmed.json")
	d := readExport(t, exported, "glose")
	var spans []string
	for _, sp := range d.Spans {
		spans = append(spans, string(sp.Origin)+" "+sp.Label+" "+d.SpanText(sp))
	}
	if want := []string{"human PER Donald Trump"}; !slices.Equal(spans, want) {
		t.Errorf("the confirmed-only Glose JSON holds %q, want %q", spans, want)
	}
	if got := readFile(path); got != saved {
		t.Error("exporting changed the document's own file")
	}

	// Without the box, the name proposed is still not the document's; the export is the document.
	exportChoices(t, ui, "Glose JSON", false)
	if box := exportNameBox(t, ui); box.Text != "article.export.json" {
		t.Errorf("the Glose JSON export is proposed as %q, want article.export.json", box.Text)
	}
	saveExport(t, ui, false)
	if got := readFile(filepath.Join(filepath.Dir(path), "article.export.json")); got != saved {
		t.Errorf("the full Glose JSON export differs from the document:\n%.300s", got)
	}

	// Label Studio's tasks are .json too, and doccano and spaCy write .jsonl as Glose JSON Lines
	// does: each is proposed under a name of its own, so that exporting to one after the other
	// replaces nothing.
	for format, want := range map[string]string{"Label Studio JSON tasks": "article.labelstudio.json",
		"doccano relation JSONL": "article.doccano.jsonl", "spaCy JSONL (entities + span group sc)": "article.spacy.jsonl",
		"Glose JSON Lines corpus": "article.jsonl", "CoNLL-2003 (IOB2, token<TAB>tag)": "article.conll"} {
		exportChoices(t, ui, format, false)
		if box := exportNameBox(t, ui); box.Text != want {
			t.Errorf("the %s export is proposed as %q, want %s", format, box.Text, want)
		}
		pressKey(ui, fyne.KeyEscape)
	}
	exportChoices(t, ui, "doccano relation JSONL", true)
	if box := exportNameBox(t, ui); box.Text != "article.confirmed.doccano.jsonl" {
		t.Errorf("the confirmed-only doccano export is proposed as %q, want article.confirmed.doccano.jsonl", box.Text)
	}
	pressKey(ui, fyne.KeyEscape)

	// The French only: the English spans are left out, the English text stays, and the dialog says so.
	sp := &annotate.Span{Side: annotate.Target, Segment: ui.doc.Segments[0].ID, Start: 0, End: len("Sergei"), Label: annotate.LabelPER}
	_, err := ui.ed.SetTarget(ui.doc.Segments[0].ID, "Sergei Lavrov said it.")
	must(t, err)
	must(t, ui.ed.AddSpan(sp))
	side = exportChoices(t, ui, "Glose JSON", false)
	side.SetSelected(lang.L("French (source)"))
	ui.win.Canvas().Focus(side)
	exportNameBox(t, ui)
	saveExport(t, ui, true)
	d = readExport(t, filepath.Join(filepath.Dir(path), "article.export.json"), "glose")
	if d.Span(sp.ID) != nil || d.Segments[0].Target != "Sergei Lavrov said it." || len(d.Spans) != 3 {
		t.Errorf("the French-only Glose JSON: %d spans, English span kept %v, target %q", len(d.Spans), d.Span(sp.ID) != nil, d.Segments[0].Target)
	}
	want := "1 span of the English left out: only the French was chosen (choose Both to keep it)."
	if intro, warns := listedWarnings(ui); !slices.Contains(warns, want) || !strings.Contains(intro, "would not hold everything") {
		t.Errorf("the warnings shown are %q: %q, want %q among them", intro, warns, want)
	}
}

// TestAcceptedSpeakerKeptInConfirmedExport: a quote accepted with a, whose speaker was a suggestion,
// keeps its speaker in a confirmed-only export (Label Studio here, through the dialog), as accepting
// confirmed the speaker's mention; a confirmed speaker link to a mention that is still a suggestion,
// as in a file made elsewhere, is said to be left out.
func TestAcceptedSpeakerKeptInConfirmedExport(t *testing.T) {
	ui, path, _ := savedTestDoc(t)
	quote, per := ui.doc.Spans[0], ui.doc.Spans[1]
	must(t, ui.ed.AddLink(&annotate.Link{Type: annotate.LinkSpeaker, From: quote.ID, To: per.ID, Origin: annotate.Human, Confidence: 1}))
	exported := filepath.Join(filepath.Dir(path), "article.confirmed.labelstudio.json")

	exportChoices(t, ui, "Label Studio JSON tasks", true)
	exportNameBox(t, ui)
	saveExport(t, ui, false)
	want := "1 confirmed link joins a suggestion and is left out with it: PER “Sergueï Lavrov” (accept the suggestion, or untick “Only confirmed annotations”)."
	if _, warns := listedWarnings(ui); !slices.Contains(warns, want) {
		t.Errorf("the warnings listed are %q, want %q among them", warns, want)
	}
	if l := readExport(t, exported, "labelstudio").Links; len(l) != 0 {
		t.Fatalf("the speaker link was exported without its mention: %+v", l)
	}

	r := visibleRow(t, ui, 0)
	ui.win.Canvas().Focus(r.src)
	ui.tapSpan(r, quote.ID)
	r.src.TypedRune('a')
	if quote.Origin != annotate.Human || per.Origin != annotate.Human {
		t.Fatalf("after a on the quote: quote %s, speaker %s; want both human", quote.Origin, per.Origin)
	}
	exportChoices(t, ui, "Label Studio JSON tasks", true)
	exportNameBox(t, ui)
	saveExport(t, ui, true)
	if top := ui.win.Canvas().Overlays().Top(); top != nil {
		_, warns := shownWarnings(t, ui)
		t.Errorf("warnings shown: %q", warns)
	}
	d := readExport(t, exported, "labelstudio")
	var links []string
	for _, l := range d.Links {
		links = append(links, l.Type+" "+d.SpanText(d.Span(l.From))+" → "+d.SpanText(d.Span(l.To))+" "+string(l.Origin))
	}
	if want := []string{"speaker « Le dialogue 😀 est libre » → Sergueï Lavrov human"}; !slices.Equal(links, want) {
		t.Errorf("the confirmed-only export's links: %q, want %q", links, want)
	}
}
