package app

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate"
)

// browserDoccano writes a doccano record of text whose entities (names, each with its label) are
// counted in UTF-16 code units, as doccano in a web browser counts them, and returns its path.
func browserDoccano(t *testing.T, text string, names ...string) string {
	t.Helper()
	var ents [][]any
	for i := 0; i < len(names); i += 2 {
		at := strings.Index(text, names[i])
		u := len(utf16.Encode([]rune(text[:at])))
		ents = append(ents, []any{u, u + len(utf16.Encode([]rune(names[i]))), names[i+1]})
	}
	b, err := json.Marshal(map[string]any{"id": 1, "text": text, "label": ents})
	must(t, err)
	path := filepath.Join(t.TempDir(), "navigateur.jsonl")
	must(t, os.WriteFile(path, b, 0o644))
	return path
}

// spanTexts returns the label and text of every span of d, as "LABEL text".
func spanTexts(d *annotate.Document) []string {
	var out []string
	for _, sp := range d.Spans {
		out = append(out, sp.Label+" "+d.SpanText(sp))
	}
	return out
}

// TestOpenDoccanoUTF16Detected: a doccano file from a browser, whose last entity ends past the text
// counted in code points (👍🏽 and 🇫🇷 are two UTF-16 code units each), was refused with an error
// speaking of --unit utf16. The app now reads it in UTF-16 code units, every span on its words
// (accents and a combining diaeresis included), and says so first among the warnings, in French.
func TestOpenDoccanoUTF16Detected(t *testing.T) {
	text := "Anne Hidalgo 👍🏽 a dit « à bientôt » à Noe\u0308l 🇫🇷 à Lyon."
	path := browserDoccano(t, text, "Anne Hidalgo", "PER", "Noe\u0308l", "MISC", "Lyon", "LOC")
	useLanguage(t, "fr")
	ui, _ := newTestUI(t, nil, false)
	ui.Open(path)
	if ui.doc == nil {
		t.Fatal("the file did not open")
	}
	want := []string{"PER Anne Hidalgo", "MISC Noël", "LOC Lyon"}
	if got := spanTexts(ui.doc); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("spans %q, want %q", got, want)
	}
	_, warns := shownWarnings(t, ui)
	if len(warns) == 0 || !strings.Contains(warns[0], "unités de code UTF-16") || strings.Contains(warns[0], "--unit") {
		t.Errorf("warnings %q: want first that the offsets were read as UTF-16 code units, in French", warns)
	}
	if ui.warnOffer != nil {
		t.Error("the warnings offer to reopen a file already read in UTF-16 code units")
	}
}

// TestOpenDoccanoReopenUTF16: a doccano file from a browser whose offsets also fit the text as code
// points opens with its spans shifted after the emoji, and the warning says they may be; the button
// beside OK reads it again in UTF-16 code units, every span on its words, and the status line says so.
func TestOpenDoccanoReopenUTF16(t *testing.T) {
	text := "👍🏽 🇫🇷 Anne Hidalgo a dit « à bientôt » à Lyon, Noe\u0308l venu."
	path := browserDoccano(t, text, "Anne Hidalgo", "PER", "Lyon", "LOC")
	useLanguage(t, "fr")
	ui, _ := newTestUI(t, nil, false)
	ui.Open(path)
	if ui.doc == nil {
		t.Fatal("the file did not open")
	}
	if got := spanTexts(ui.doc); got[0] == "PER Anne Hidalgo" {
		t.Fatalf("spans %q: read as code points, they should be shifted", got)
	}
	if ui.warnOffer == nil || ui.warnOffer.Text != "Rouvrir avec des positions en UTF-16" {
		t.Fatalf("the warnings offer no reopening in French: %v", ui.warnOffer)
	}
	test.Tap(ui.warnOffer)
	want := []string{"PER Anne Hidalgo", "LOC Lyon"}
	if got := spanTexts(ui.doc); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("reopened: spans %q, want %q", got, want)
	}
	if ui.win.Canvas().Overlays().Top() != nil {
		t.Error("a dialog is still shown after reopening")
	}
	if !strings.Contains(ui.status.Text, "UTF-16") {
		t.Errorf("status %q: want it to say the offsets were read in UTF-16 code units", ui.status.Text)
	}
}

// TestOpenDoccanoCodePointsSure: offsets that would cut 👍🏽 in the middle of a character if they
// counted UTF-16 code units can only be code points: the file opens without a warning about units.
func TestOpenDoccanoCodePointsSure(t *testing.T) {
	path := filepath.Join(t.TempDir(), "python.jsonl")
	must(t, os.WriteFile(path, []byte(`{"text": "👍🏽 Lyon, é.", "label": [[3, 7, "LOC"]]}`), 0o644))
	ui, _ := newTestUI(t, nil, false)
	ui.Open(path)
	if ui.doc == nil || spanTexts(ui.doc)[0] != "LOC Lyon" {
		t.Fatalf("spans %q", spanTexts(ui.doc))
	}
	if top := ui.win.Canvas().Overlays().Top(); top != nil {
		_, warns := shownWarnings(t, ui)
		t.Errorf("warnings %q, want none", warns)
	}
}
