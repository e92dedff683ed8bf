package app

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/glose-app/glose/workspace"
)

// TestNewerAutosaveIsKept: the autosave of a document that a newer Glose wrote (a higher major
// version, or a minor revision with a key this Glose does not know) is neither called damaged nor
// offered for recovery (which would drop what this Glose does not know) nor for discarding: a
// message says, in the user's language, that a newer Glose wrote it, in which version, which one this
// Glose reads, where it is kept and what to do. Typing, autosaving and saving the document here
// then leave it byte for byte; the start's list of unsaved work says so too, and offers neither
// Recover nor Set aside.
func TestNewerAutosaveIsKept(t *testing.T) {
	for _, c := range []struct{ lang, format, says, damaged string }{
		{"fr", "glose/2", "version plus récente de Glose", "endommagé"},
		{"en", "glose/1.3", "newer version of Glose", "damaged"},
	} {
		t.Run(c.lang+" "+c.format, func(t *testing.T) {
			useLanguage(t, c.lang)
			path := savedDoc(t)
			ui, _ := newTestUI(t, nil, false)
			ui.Open(path)
			typeIn(t, ui, 2, "« Tapé » par un Glose plus récent 😀 e\u0301")
			ui.AutosaveNow()
			ui.closed = true // crashed
			side, ok := workspace.Recovery(path, ui.doc.ID)
			if !ok {
				t.Fatal("no autosave")
			}
			data, err := os.ReadFile(side)
			must(t, err)
			newer := bytes.Replace(data, []byte(`"format": "glose/1",`), []byte(`"format": "`+c.format+`",
  "newerKey": true,`), 1)
			must(t, os.WriteFile(side, newer, 0o600))

			ui3, _ := started(t)
			l := ui3.unsavedList
			if l == nil || len(l.items) != 1 || !l.recover[0].Disabled() || !l.setAside[0].Disabled() {
				t.Fatalf("the start's list: %v", l)
			}
			if listed := shownTexts(ui3); !strings.Contains(listed, c.says) || !strings.Contains(listed, c.format) {
				t.Errorf("the start's list says %q: want %q and %q", listed, c.says, c.format)
			}
			ui3.win.Close()
			ui3.closed = true

			ui2, asked := newTestUI(t, nil, true)
			ui2.Open(path)
			shown := shownTexts(ui2)
			for _, w := range []string{c.says, c.format, "glose/1", side, "article.json"} {
				if !strings.Contains(shown, w) {
					t.Errorf("shown %q: want %q in it", shown, w)
				}
			}
			if len(*asked) > 0 || strings.Contains(strings.ToLower(shown), c.damaged) {
				t.Errorf("asked %q, shown %q: want no question, and nothing called damaged", *asked, shown)
			}
			if strings.Contains(ui2.doc.Segments[2].Target, "Tapé") {
				t.Error("the newer autosave was recovered here")
			}
			tapDialogButton(t, ui2, "OK")
			typeIn(t, ui2, 1, "typed in this Glose")
			ui2.AutosaveNow()
			ui2.save()
			if got, err := os.ReadFile(side); err != nil || !bytes.Equal(got, newer) {
				t.Fatalf("the newer autosave was changed or removed (%v)", err)
			}

		})
	}
}

// TestNewerDocumentOpensReadOnly: a document a newer Glose wrote in a minor revision of the format,
// with a key this Glose does not know, opens (this Glose reads it) but says, in the user's
// language, that a newer Glose wrote it, in which version, and that it opens read-only; Save then
// asks for another file, and the file is left byte for byte as the newer Glose wrote it. A newer
// major version is refused as written by a newer Glose (TestOpenGloseErrorsInFrench).
func TestNewerDocumentOpensReadOnly(t *testing.T) {
	for _, c := range []struct{ lang, says string }{
		{"fr", "écrit par une version plus récente de Glose"},
		{"en", "written by a newer version of Glose"},
	} {
		t.Run(c.lang, func(t *testing.T) {
			useLanguage(t, c.lang)
			path := savedDoc(t)
			data, err := os.ReadFile(path)
			must(t, err)
			newer := bytes.Replace(data, []byte(`"format": "glose/1",`), []byte(`"format": "glose/1.4",
  "newerKey": "« kept » 😀 e\u0301",`), 1)
			must(t, os.WriteFile(path, newer, 0o644))
			ui, _ := newTestUI(t, nil, false)
			ui.Open(path)
			shown := shownTexts(ui)
			for _, w := range []string{c.says, "glose/1.4", "glose/1"} {
				if !strings.Contains(shown, w) {
					t.Errorf("shown %q: want %q in it", shown, w)
				}
			}
			if ui.path != path || !ui.readOnly {
				t.Fatalf("opened %q, read-only %v: want %q, read-only", ui.path, ui.readOnly, path)
			}
			tapDialogButton(t, ui, "OK")
			typeIn(t, ui, 1, "typed here")
			ui.save()
			if got, err := os.ReadFile(path); err != nil || !bytes.Equal(got, newer) {
				t.Fatalf("the newer document was written over (%v)", err)
			}
		})
	}
}
