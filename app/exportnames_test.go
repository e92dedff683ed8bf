package app

import (
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
)

// TestExportInTheUsersLanguage: the export dialog's format titles and the common export warnings are
// translated, and the warnings an export really gives are recognised.
func TestExportInTheUsersLanguage(t *testing.T) {
	d := testDoc(t)
	ed := annotate.NewEditor(d)
	must(t, ed.SetSpeaker(d.Spans[0].ID, d.Spans[1].ID))
	_, warns, err := formats.Write("xliff", []*annotate.Document{d}, formats.WriteOptions{Side: formats.SourceSide})
	must(t, err)
	if len(warns) == 0 {
		t.Fatal("no warning from an XLIFF export with a link")
	}
	for _, w := range warns {
		if warningText(w) == w.Msg {
			t.Errorf("warning %q not recognised", w.Msg)
		}
	}

	useLanguage(t, "fr")
	tmx, ok := formats.Lookup("tmx")
	if !ok {
		t.Fatal("no TMX format")
	}
	if got := formatTitle(tmx); got != "Mémoire de traduction TMX 1.4b" {
		t.Errorf("TMX is called %q in French", got)
	}
	for msg, want := range map[string]string{
		"XLIFF keeps no links: 35 links left out": "XLIFF ne garde pas les liens\u00a0: 35 liens omis",
		"XLIFF keeps no links: 1 links left out":  "XLIFF ne garde pas les liens\u00a0: 1 lien omis",
		"something new":                           "something new",
	} {
		if got := warningText(formats.Warning{Doc: "article", Msg: msg}); got != want {
			t.Errorf("%q in French: %q, want %q", msg, got, want)
		}
	}
}

// TestHelpNamesKeysInFrench: the help sheet names keys as a French keyboard does.
func TestHelpNamesKeysInFrench(t *testing.T) {
	useLanguage(t, "fr")
	for in, want := range map[string]string{
		"Ctrl+Down, Alt+Down":  "Ctrl+Bas, Alt+Bas",
		"Alt+Delete, Delete":   "Alt+Suppr, Suppr",
		"Ctrl+Enter":           "Ctrl+Entrée",
		"Ctrl+Shift+Z, Ctrl+Y": "Ctrl+Maj+Z, Ctrl+Y",
		"p o l m q c":          "p o l m q c",
	} {
		if got := keyNames(in); got != want {
			t.Errorf("%q: %q, want %q", in, got, want)
		}
	}
}
