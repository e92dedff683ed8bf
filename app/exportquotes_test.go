package app

import (
	"encoding/csv"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/glose-app/glose/annotate"
)

// TestExportQuotesCSVDialog: the Export dialog offers the quotations table, named in French in the
// French interface; chosen, it leaves out the text and mentions choices (a row is always a French
// quotation) and keeps the offsets and confirmed-only ones; exported, it proposes a .csv file whose
// rows a CSV reader reads back, the quotation with its speaker.
func TestExportQuotesCSVDialog(t *testing.T) {
	useLanguage(t, "fr")
	ui, path, _ := savedTestDoc(t)
	must(t, ui.ed.SetSpeaker(ui.doc.Spans[0].ID, ui.doc.Spans[1].ID))
	format, unit := exportDialogSelects(t, ui)
	title := formatTitle(mustLookup(t, "quotes-csv"))
	if title != "Citations en CSV (qui a dit quoi)" {
		t.Errorf("quotes-csv is called %q in French", title)
	}
	format.SetSelected(title)
	if format.Selected != title {
		t.Fatalf("the export dialog does not offer %q: %q", title, format.Options)
	}
	f, top := ui.exportForm, ui.win.Canvas().Overlays().Top()
	for _, c := range []struct {
		name  string
		o     fyne.CanvasObject
		shown bool
	}{{"text", f.side, false}, {"mentions", f.mentions, false}, {"offsets", unit, true}, {"confirmed only", f.confirmed, true}} {
		if isShown(top, c.o) != c.shown || c.shown && c.o.(fyne.Disableable).Disabled() {
			t.Errorf("quotes-csv: the %s choice shown %v, greyed %v; want shown %v, not greyed", c.name, isShown(top, c.o),
				c.o.(fyne.Disableable).Disabled(), c.shown)
		}
	}
	excelSelect(t, ui).SetSelected("Autres logiciels (CSV simple)") // for programs: see TestExportQuotesForExcelDialog
	ui.win.Canvas().Focus(format)
	if box := exportNameBox(t, ui); box.Text != "article.csv" {
		t.Errorf("the export is proposed as %q, want article.csv", box.Text)
	}
	saveExport(t, ui, false)
	rows, err := csv.NewReader(strings.NewReader(readFile(filepath.Join(filepath.Dir(path), "article.csv")))).ReadAll()
	if err != nil || len(rows) != 2 {
		t.Fatalf("reading the export back: %d rows, %v", len(rows), err)
	}
	q := ui.doc.Spans[0]
	if rows[0][2] != "start_cp" || rows[1][4] != ui.doc.SpanText(q) || rows[1][6] != "Sergueï Lavrov" || rows[1][12] != "confirmed" {
		t.Errorf("the quotation's row: %q (header %q)", rows[1], rows[0])
	}
	if q.Label != annotate.LabelQuote {
		t.Fatalf("the first span is %s, not the quotation", q.Label)
	}
}
