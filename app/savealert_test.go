package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/workspace"
)

// The warning of a save that failed goes at the next autosave once the problem is over (here the
// document's folder, moved away, is back), with the status saying the document can be saved again;
// until then it stays. The document is not written by that: only a save writes it.
func TestSaveWarningGoesWhenTheProblemIsOver(t *testing.T) {
	useLanguage(t, "fr")
	dir := filepath.Join(t.TempDir(), "projet")
	must(t, os.Mkdir(dir, 0o755))
	path := filepath.Join(dir, "article.json")
	must(t, workspace.Save(path, testDoc(t)))
	ui, _ := newTestUI(t, nil, false)
	ui.Open(path)
	must(t, os.Rename(dir, dir+"-ancien"))
	typeIn(t, ui, 1, " Tapé après le déplacement.")
	if err := ui.saveTo(path); err == nil {
		t.Fatal("saved into a folder moved away")
	}
	if got := ui.alerts.Text(); !strings.Contains(got, "son dossier n’existe plus") {
		t.Fatalf("the warning says %q", got)
	}
	typeIn(t, ui, 1, " Encore.")
	ui.AutosaveNow()
	if got := ui.alerts.Text(); !strings.Contains(got, "son dossier n’existe plus") {
		t.Errorf("the problem is not over, yet the warning says %q", got)
	}

	must(t, os.Rename(dir+"-ancien", dir))
	typeIn(t, ui, 1, " De retour.")
	ui.AutosaveNow()
	if got := ui.alerts.Text(); got != "" {
		t.Errorf("the folder is back, yet the warning says %q", got)
	}
	if want := "«\u00a0article.json\u00a0» peut de nouveau être enregistré"; !strings.Contains(ui.status.Text, want) {
		t.Errorf("the status says %q, want %q", ui.status.Text, want)
	}
	if data, _ := os.ReadFile(path); strings.Contains(string(data), "De retour.") || !ui.dirty {
		t.Error("the document was written without being saved")
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".*tmp*")); len(left) > 0 {
		t.Errorf("the look left %q behind", left)
	}
}

// An answer that the problem is over, arriving after a newer save failed, does not take away the
// newer warning.
func TestSaveWarningKeepsANewerProblem(t *testing.T) {
	useLanguage(t, "fr")
	dir := filepath.Join(t.TempDir(), "projet")
	must(t, os.Mkdir(dir, 0o755))
	path := filepath.Join(dir, "article.json")
	must(t, workspace.Save(path, testDoc(t)))
	ui, _ := newTestUI(t, nil, false)
	ui.Open(path)
	must(t, os.Rename(dir, dir+"-ancien"))
	typeIn(t, ui, 1, " Tapé.")
	_ = ui.saveTo(path)
	probe := ui.saveProbe(ui.doc)
	must(t, os.Rename(dir+"-ancien", dir))
	answer := probe() // over: a save could succeed now

	readOnly := filepath.Join(dir, "copie.json")
	must(t, os.WriteFile(readOnly, []byte("{}"), 0o444))
	if err := ui.saveTo(readOnly); err == nil {
		t.Fatal("saved over a read-only file")
	}
	answer()
	if got := ui.alerts.Text(); !strings.Contains(got, "«\u00a0copie.json\u00a0»") || !strings.Contains(got, "lecture seule") {
		t.Errorf("the newer warning is gone: %q", got)
	}
}
