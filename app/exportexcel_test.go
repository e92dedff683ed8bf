package app

import (
	"encoding/csv"
	"path/filepath"
	"strings"
	"testing"
)

// excelSelect returns the export dialog's choice of table layout.
func excelSelect(t *testing.T, ui *UI) *formSelect {
	t.Helper()
	if ui.exportForm == nil {
		t.Fatal("no export dialog")
	}
	return ui.exportForm.excel
}

// TestExportQuotesForExcelDialog: in French, the Export dialog offers the quotations table for
// Excel set for French, chosen by default (a French computer's Excel cuts at semicolons), the file
// then starting with a byte-order mark (Excel reads the accents in the Windows code page without),
// its records ended by CRLF and cut at semicolons; the choice is left out for another format, and
// "Other programs" gives the plain CSV again. The next dialog of the session starts from the layout
// chosen.
func TestExportQuotesForExcelDialog(t *testing.T) {
	useLanguage(t, "fr")
	ui, path, _ := savedTestDoc(t)
	must(t, ui.ed.SetSpeaker(ui.doc.Spans[0].ID, ui.doc.Spans[1].ID))
	format, _ := exportDialogSelects(t, ui)
	excel := excelSelect(t, ui)
	format.SetSelected("doccano relation JSONL")
	if isShown(ui.win.Canvas().Overlays().Top(), excel) {
		t.Errorf("doccano: the table layout is shown (%q)", excel.Selected)
	}
	format.SetSelected(formatTitle(mustLookup(t, "quotes-csv")))
	if excel.Disabled() || excel.Selected != "Excel, points-virgules (réglages français)" {
		t.Fatalf("quotes-csv in French: table layout %q, greyed %v; want Excel with semicolons", excel.Selected, excel.Disabled())
	}
	ui.win.Canvas().Focus(format)
	exportNameBox(t, ui)
	saveExport(t, ui, false)
	data := readFile(filepath.Join(filepath.Dir(path), "article.csv"))
	body, bom := strings.CutPrefix(data, "\uFEFF")
	if !bom || strings.Count(body, "\r\n") != 2 {
		t.Fatalf("for Excel: byte-order mark %v, %d CRLF for 2 records:\n%q", bom, strings.Count(body, "\r\n"), data)
	}
	r := csv.NewReader(strings.NewReader(body))
	r.Comma = ';'
	rows, err := r.ReadAll()
	if err != nil || len(rows) != 2 || rows[1][4] != ui.doc.SpanText(ui.doc.Spans[0]) || rows[1][6] != "Sergueï Lavrov" {
		t.Fatalf("read back with ';': %v, %q", err, rows)
	}

	format, _ = exportDialogSelects(t, ui)
	excel = excelSelect(t, ui)
	if format.Selected != formatTitle(mustLookup(t, "quotes-csv")) || excel.Selected != excelNames()[0] {
		t.Errorf("the next dialog starts from %q, %q", format.Selected, excel.Selected)
	}
	excel.SetSelected("Autres logiciels (CSV simple)")
	ui.win.Canvas().Focus(format)
	exportNameBox(t, ui)
	saveExport(t, ui, true)
	data = readFile(filepath.Join(filepath.Dir(path), "article.csv"))
	if strings.HasPrefix(data, "\uFEFF") || strings.Contains(data, "\r") || !strings.HasPrefix(data, "document_id,segment,") {
		t.Errorf("for other programs, plain CSV: %q", data)
	}
}

// TestExcelDefault: the table's layout follows the system's locale, not the interface's language:
// semicolons wherever numbers take a decimal comma (French, German: Glose in English, Excel wanting
// semicolons), commas otherwise.
func TestExcelDefault(t *testing.T) {
	for locale, want := range map[string]int{"fr_FR.UTF-8": 0, "fr_CA.UTF-8": 0, "de_DE.UTF-8": 0, "en_US.UTF-8": 1, "en_GB.UTF-8": 1, "ja_JP.UTF-8": 1} {
		t.Setenv("LANGUAGE", "")
		t.Setenv("LC_ALL", "")
		t.Setenv("LC_MESSAGES", "")
		t.Setenv("LANG", locale)
		if got := excelDefault(); got != want {
			t.Errorf("%s: %q by default, want %q", locale, excelNames()[got], excelNames()[want])
		}
	}
}
