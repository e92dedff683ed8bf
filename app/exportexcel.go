package app

import (
	"fyne.io/fyne/v2/lang"
	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"github.com/glose-app/glose/annotate/formats"
)

// excelChoices are what exportForm.excel offers, in its order: the table laid out for Excel set for
// decimal commas (";" between cells), for decimal points (","), or as plain CSV for programs.
var excelChoices = []formats.Excel{formats.ExcelSemicolon, formats.ExcelComma, formats.NoExcel}

// excelNames are the options of exportForm.excel, in the order of excelChoices.
func excelNames() []string {
	return []string{lang.L("Excel, semicolons (French settings)"), lang.L("Excel, commas (English settings)"),
		lang.L("Other programs (plain CSV)")}
}

// excelName is the label of the export dialog's choice of table layout.
func excelName() string { return lang.L("Open with") }

// excelUse is the note under that choice where it applies.
func excelUse() string {
	return lang.L("The settings of the Excel that will open it, for a double click")
}

// excelDefault is the place in excelChoices of the layout Excel reads on this computer, as far as
// Glose can tell: Excel cuts a CSV file at the list separator of the system's regional settings,
// which is ";" wherever numbers take a decimal comma (French, German, Spanish…), "," elsewhere.
// The system's locale, not the interface's language: a German system shows Glose in English, and
// its Excel wants semicolons.
func excelDefault() int {
	tag, err := language.Parse(lang.SystemLocale().String())
	if err != nil {
		tag = language.English
	}
	if message.NewPrinter(tag).Sprint(0.5) == "0,5" {
		return 0
	}
	return 1
}

// newExcelSelect makes the choice of table layout, set to what this computer's Excel reads.
func newExcelSelect() *formSelect {
	s := newFormSelect(excelNames())
	s.SetSelectedIndex(excelDefault())
	return s
}

// excelChosen shows the choice of table layout for the formats that use it, with the layout
// chosen before, which it keeps while another format is chosen.
func (f *exportForm) excelChosen(format formats.Format) {
	f.shown[excelItem] = format.Uses(formats.OptionExcel)
	if f.shown[excelItem] {
		f.excel.SetSelectedIndex(f.excelIndex)
		f.hint(excelItem, excelUse())
	}
}

// excelOption is the layout chosen, for formats that use it.
func (f *exportForm) excelOption(format formats.Format) formats.Excel {
	if !format.Uses(formats.OptionExcel) || f.excelIndex < 0 || f.excelIndex >= len(excelChoices) {
		return formats.NoExcel
	}
	return excelChoices[f.excelIndex]
}
