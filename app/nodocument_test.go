package app

import (
	"slices"
	"strings"
	"testing"
)

// TestNoDocumentOpen: with no document open (at the start, or after a file failed to open), the
// actions on the document are greyed in their menus and, from their shortcuts, say on the status
// line that no document is open, in the interface's language: no Export dialog for an empty
// document, no "all segments have their English", no notes of a segment 1 that does not exist.
func TestNoDocumentOpen(t *testing.T) {
	useLanguage(t, "fr")
	ui, _ := newTestUI(t, nil, false)
	for _, a := range []*action{ui.acts.file[2], ui.acts.file[3], ui.acts.file[4], ui.acts.file[5], ui.acts.file[6]} {
		if a.item == nil || !a.item.Disabled {
			t.Errorf("File › %s is not greyed with no document open", a.name)
		}
		ui.setStatus("")
		a.run()
		if ui.dialogOpen() {
			t.Fatalf("%s opened a dialog with no document open", a.name)
		}
		if got, want := ui.status.Text, "Aucun document n’est ouvert."; got != want {
			t.Errorf("%s says %q, want %q", a.name, got, want)
		}
	}
	for _, a := range ui.acts.tools {
		if a.name != "Prétraduire le document…" && a.name != "Préannoter le document" {
			continue
		}
		ui.setStatus("")
		a.run()
		if ui.dialogOpen() || ui.status.Text != "Aucun document n’est ouvert." {
			t.Errorf("%s: dialog %v, status %q", a.name, ui.dialogOpen(), ui.status.Text)
		}
	}
	ui.Open(savedDoc(t))
	if ui.acts.file[4].item.Disabled {
		t.Error("Export is still greyed with a document open")
	}
}

// TestEveryDocumentItemGreyedWithoutDocument lists, menu by menu, the items that stay offered with
// no document open: opening one (Recover unsaved work… included), the memory and glossary files (Add to the
// glossary… included, its dialog empty), the settings, the view (Read the whole status message too: the
// start's message) and the help.
// Every other item acts on the document or its segments and is greyed (Tools › Project all
// translated segments and Run the quality checks were offered, and acted on the empty placeholder);
// with a document open they are offered again.
func TestEveryDocumentItemGreyedWithoutDocument(t *testing.T) {
	ui, _ := newTestUI(t, nil, false)
	offered := func() map[string][]string {
		out := map[string][]string{}
		for _, m := range ui.menu.Items {
			for _, it := range m.Items {
				if !it.IsSeparator && !it.Disabled {
					out[m.Label] = append(out[m.Label], it.Label)
				}
			}
		}
		return out
	}
	want := map[string][]string{
		"File": {"Open…", "Open Recent", "New document from the clipboard", "Open the sample article", "Recover unsaved work…", "Quit"},
		"Tools": {"Concordance…", "Add to the glossary…", "Import a translation memory (TMX)…", "Export the translation memory (TMX)…",
			"Import a glossary (TBX, CSV)…", "Glossary…", "Settings…"},
		"View": {"Side tab: Entities", "Side tab: Quotes", "Side tab: QA", "Side tab: Proposals", "Back to the segment",
			"Read the whole status message", "The English’s tags under every segment",
			"Theme: follow the system", "Theme: light", "Theme: dark"},
		"Help": {"Keyboard shortcuts", "User guide (in the browser)", "About Glose"},
	}
	got := offered()
	for _, menu := range []string{"File", "Edit", "Tag", "Segment", "Tools", "View", "Help"} {
		if g, w := strings.Join(got[menu], " | "), strings.Join(want[menu], " | "); g != w {
			t.Errorf("%s offers, with no document open:\n  %s\nwant\n  %s", menu, g, w)
		}
	}
	ui.Open(savedDoc(t))
	got = offered()
	for _, name := range []string{"Project all translated segments", "Run the quality checks", "Pre-annotate the document"} {
		if !slices.Contains(got["Tools"], name) {
			t.Errorf("Tools › %s greyed with a document open", name)
		}
	}
	if len(got["Segment"]) == 0 || len(got["Tag"]) == 0 || !slices.Contains(got["Edit"], "Find…") {
		t.Errorf("with a document open, offered: Segment %q, Tag %q, Edit %q", got["Segment"], got["Tag"], got["Edit"])
	}
}
