package app

import (
	"os"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/glose-app/glose/workspace"
)

// A document's file deleted by another program while it is open: the window says so across its
// top within its next look at the file, and Save asks before writing the file again (Save here
// again, Save As, Cancel); Cancel writes nothing and keeps the typing, Save here again writes it all
// and the warning goes. A file moved back takes the warning away.
func TestFileDeletedWhileOpen(t *testing.T) {
	useLanguage(t, "fr")
	path := savedDoc(t)
	ui, _ := newTestUI(t, nil, false)
	ui.Open(path)
	typeIn(t, ui, 1, " Tapé avant la suppression.")
	must(t, os.Remove(path))
	ui.checkDisk(true)
	gone := "«\u00a0article.json\u00a0» a été supprimé ou déplacé par un autre programme. Votre travail est toujours là"
	if got := ui.alerts.Text(); !strings.Contains(got, gone) {
		t.Fatalf("the warning says %q, want %q", got, gone)
	}
	// The bar has its room at once, above the labels: not only once something else lays the window out.
	drv := fyne.CurrentApp().Driver() // the labels are in the row they share with the segment filter
	y := drv.AbsolutePositionForObject(ui.palette.content()).Y - drv.AbsolutePositionForObject(ui.alerts.box).Y
	if h := ui.alerts.box.Size().Height; h == 0 || y < h {
		t.Errorf("the labels are at %v, inside the warning (%v high)", y, h)
	}

	answer := goneCancel
	var asked, msg string
	var choices []string
	ui.opts.Choose = func(title, m string, ch []string, done func(int)) { asked, msg, choices = title, m, ch; done(answer) }
	ui.save()
	if asked != "Fichier supprimé ou déplacé" || strings.Join(choices, " | ") != "Réenregistrer ici | Enregistrer sous… | Annuler" || !strings.Contains(msg, path) {
		t.Errorf("Save asked %q %q, offering %q", asked, msg, choices)
	}
	if _, err := os.Stat(path); err == nil || !ui.dirty || !strings.Contains(ui.alerts.Text(), gone) {
		t.Fatalf("Cancel: the file is back (%v), or the changes are taken as saved (dirty %v), or the warning went", err, ui.dirty)
	}

	answer = goneSaveHere
	ui.save()
	d, _, err := workspace.Load(path)
	if err != nil || !strings.Contains(d.Segments[1].Target, "Tapé avant la suppression.") {
		t.Fatalf("Save here again: %v, the English %q", err, d.Segments[1].Target)
	}
	if ui.dirty || ui.alerts.Text() != "" {
		t.Errorf("after the save: dirty %v, the warning %q", ui.dirty, ui.alerts.Text())
	}

	must(t, os.Rename(path, path+".moved"))
	ui.checkDisk(true)
	if !strings.Contains(ui.alerts.Text(), gone) {
		t.Fatalf("moved away: the warning says %q", ui.alerts.Text())
	}
	must(t, os.Rename(path+".moved", path))
	ui.checkDisk(true)
	if got := ui.alerts.Text(); got != "" {
		t.Errorf("moved back: the warning still says %q", got)
	}
}
