package app

import (
	"strings"
	"testing"
	"time"

	"github.com/glose-app/glose/annotate"
)

// TestBackgroundPanicKeepsTheWindow: a fault of Glose's code in background work (here pre-annotation
// panicking on its snapshot) used to end the process with the person's unsaved changes. The job now
// fails with a message saying so, in the interface's language, and the window goes on with the
// document as it was, typing included.
func TestBackgroundPanicKeepsTheWindow(t *testing.T) {
	for _, l := range []string{"en", "fr"} {
		t.Run(l, func(t *testing.T) {
			useLanguage(t, l)
			ui, _ := newTestUI(t, testDoc(t), false)
			layOut(ui)
			typeEnglish(t, ui, 0, "Typed « avant » 👍🏽 Jose\u0301")
			before := len(ui.Document().Spans)
			ui.inBackground("Pre-annotating…", "pre-annotate", func(snap *annotate.Document) error {
				snap.Spans = nil                      // half done: the window must not see it
				_ = snap.Segments[len(snap.Segments)] // the kind of fault unexpected input reaches
				return nil
			}, func(int, int) { t.Error("the job's end ran after its panic") })
			if got := len(ui.Document().Spans); got != before {
				t.Errorf("%d spans after the failed job, want %d", got, before)
			}
			if got := ui.Document().Segments[0].Target; got != "Typed « avant » 👍🏽 Jose\u0301" {
				t.Errorf("the typing became %q", got)
			}
			want := map[string]string{"en": "Pre-annotating: an internal error of Glose stopped the work; your document is as it was before.",
				"fr": "une erreur interne de Glose a arrêté le travail\u00a0; votre document est tel qu’il était."}[l]
			if !strings.Contains(ui.status.Text, want) || !strings.Contains(ui.status.Text, "index out of range") {
				t.Errorf("status %q, want it to hold %q and the cause", ui.status.Text, want)
			}
		})
	}
}

// TestAutosavePanicIsAFailure: a panic while writing the autosave is an autosave failure, shown as
// such, and the next autosave runs (the writer's lock was released).
func TestAutosavePanicIsAFailure(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	ui.path = t.TempDir() + "/doc.json"
	layOut(ui)
	typeEnglish(t, ui, 0, "Typed.")
	calls := 0
	ui.autosave.write = func(string, *annotate.Document) error {
		calls++
		if calls == 1 {
			panic("encoding failed")
		}
		return nil
	}
	for range 2 {
		written := make(chan struct{})
		ui.autosave.afterWrite = func() { close(written) }
		ui.autosave.inBackground()
		select {
		case <-written:
		case <-time.After(10 * time.Second):
			t.Fatal("the autosave did not finish within 10 s (its lock kept by the panic?)")
		}
		if calls == 1 {
			if !strings.Contains(ui.alerts.msgs[alertAutosave], "encoding failed") {
				t.Errorf("alert %q, want the autosave failure with its cause", ui.alerts.msgs[alertAutosave])
			}
		}
	}
	if calls != 2 || ui.alerts.msgs[alertAutosave] != "" {
		t.Errorf("%d writes, alert %q after the second", calls, ui.alerts.msgs[alertAutosave])
	}
}
