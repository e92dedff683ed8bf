package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate/formats"
)

// TestCloseQuestionNamesTheClientsFile: the question asked on closing a document imported from a
// client's XLIFF (2 or 1.2) with unsaved changes names it by its file, as the window title does, not
// by its first French words.
func TestCloseQuestionNamesTheClientsFile(t *testing.T) {
	for name, xlf := range map[string]string{
		"client.xlf": `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="fr" trgLang="en"><file id="f" original="article.html">` +
			`<unit id="u1"><segment id="s1"><source>« Déjà vu », dit José́ 👍🏽.</source></segment></unit></file></xliff>`,
		"client12.xlf": `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="article.html" source-language="fr" target-language="en" datatype="html"><body>` +
			`<trans-unit id="6"><source>« Déjà vu », dit José́ 👍🏽.</source></trans-unit></body></file></xliff>`,
	} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), name)
			must(t, os.WriteFile(path, []byte(xlf), 0o644))
			ui, _ := newTestUI(t, nil, false)
			ui.Open(path)
			question := typeThenClose(t, ui)
			if want := "Save the changes to “" + name + "” before closing?"; question != want {
				t.Errorf("closing asks %q, want %q", question, want)
			}
			if title := ui.win.Title(); !strings.Contains(title, name) {
				t.Errorf("window title %q", title)
			}
		})
	}
}

// TestRecoveredClientDocumentNamedByItsFile: a document from a client's XLIFF shown without the file
// it was opened from (its unsaved work recovered through File › Recover unsaved work…, which reads the
// autosave) is named by the client's file it keeps for merge-back, in the window title and in the
// question on closing, not by its first French words.
func TestRecoveredClientDocumentNamedByItsFile(t *testing.T) {
	xlf := `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="fr" trgLang="en"><file id="f">` +
		`<unit id="u1"><segment id="s1"><source>« Déjà vu », dit José́ 👍🏽 à Paris.</source></segment></unit></file></xliff>`
	docs, _, err := formats.Read("client.xlf", []byte(xlf), formats.ReadOptions{})
	must(t, err)
	ui, _ := newTestUI(t, docs[0], false)
	question := typeThenClose(t, ui)
	if want := "Save the changes to “client.xlf” before closing?"; question != want {
		t.Errorf("closing asks %q, want %q (title %q)", question, want, docs[0].Title)
	}
	if title := ui.win.Title(); !strings.Contains(title, "client.xlf") {
		t.Errorf("window title %q", title)
	}
}

// typeThenClose types in the first segment's English, closes the window and returns the question it
// asks, answered Cancel.
func typeThenClose(t *testing.T, ui *UI) string {
	t.Helper()
	layOut(ui)
	r := visibleRow(t, ui, 0)
	ui.win.Canvas().Focus(r.entry)
	test.Type(r.entry, "Déjà vu.")
	var question string
	ui.opts.Choose = func(_, msg string, _ []string, done func(int)) { question = msg; done(cancel) }
	ui.onClose()
	return question
}
