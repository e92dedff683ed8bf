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
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate/formats"
)

// TestExportDialogSides: choosing XLIFF, which holds the French and the English together, selects both
// texts, so that the translation keeps its spans; a one-text format goes back to the French.
func TestExportDialogSides(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	ui.exportDialog()
	top := ui.win.Canvas().Overlays().Top()
	shownSelect := func(option string) *widget.Select {
		s, _ := findShown(top, func(o fyne.CanvasObject) bool {
			s, ok := o.(*widget.Select)
			return ok && slices.Contains(s.Options, option)
		}).(*widget.Select)
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
// then Yes to overwrite it; the previous content is in the backup.
func TestExportDialogOverAFile(t *testing.T) {
	ui, txt := openedText(t)
	exported, old := filepath.Join(filepath.Dir(txt), "article.jsonl"), "previous corpus\n"
	must(t, os.WriteFile(exported, []byte(old), 0o644))
	jsonl, _ := formats.Lookup("jsonl")
	ui.exportTo(jsonl, formats.WriteOptions{})
	for _, label := range []string{lang.L("Save"), lang.L("Yes")} {
		b := shownButton(ui.win.Canvas().Overlays().Top(), label)
		if b == nil {
			t.Fatalf("no %q button shown", label)
		}
		test.Tap(b)
	}
	if got := readFile(exported + ".bak"); got != old {
		t.Errorf("the backup holds %q, want the previous content %q", got, old)
	}
	if got := readFile(exported); !strings.Contains(got, "Sergei Lavrov said.") {
		t.Errorf("the file holds %.80q…, want the export", got)
	}
}
