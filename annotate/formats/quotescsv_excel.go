package formats

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
)

// Excel is the layout of a table (quotes-csv) for Excel, which opens a CSV file on a double click
// in the Windows code page, unless it starts with a UTF-8 byte-order mark, and splits its rows on
// the list separator of its regional settings: ";" where numbers are written with a decimal comma
// (French, German and most of continental Europe), "," elsewhere (English).
type Excel int

// Excel layouts: plain CSV for programs (RFC 4180: commas, LF, no byte-order mark), or for Excel
// (byte-order mark, CRLF record ends and LF line breaks inside a cell, as Excel writes them) set for
// a language writing decimal commas (";" between cells, confidences as 0,85), or decimal points.
const (
	NoExcel Excel = iota
	ExcelSemicolon
	ExcelComma
)

// ExcelChoices are the names ParseExcel reads, in the order of the constants after NoExcel.
var ExcelChoices = []string{"semicolon", "comma"}

// ParseExcel reads "semicolon" (or ";") and "comma" (or ","); "" is NoExcel.
func ParseExcel(s string) (Excel, error) {
	switch s {
	case "":
		return NoExcel, nil
	case "semicolon", ";":
		return ExcelSemicolon, nil
	case "comma", ",":
		return ExcelComma, nil
	}
	return 0, fmt.Errorf("%q: expected semicolon (Excel set for French, German…: decimal commas) or comma (Excel set for English)", s)
}

// excelBOM is UTF-8's byte-order mark, by which Excel reads a CSV file as UTF-8.
const excelBOM = "\uFEFF"

// writeExcelTable writes rows for Excel x: the byte-order mark, each cell quoted when it holds the
// separator, a quotation mark or a line break, records ended by CRLF; a line break inside a cell
// stays LF, as Excel writes a cell's Alt+Enter (encoding/csv's UseCRLF would make it CRLF, which
// Excel keeps as a stray carriage return). With decimal commas, the cells named in decimals get
// them. The cells of the columns not in numbers are text, kept so (excelText).
func writeExcelTable(rows [][]string, x Excel, decimals, numbers []int) []byte {
	sep := ","
	if x == ExcelSemicolon {
		sep = ";"
	}
	var b bytes.Buffer
	b.WriteString(excelBOM)
	for r, row := range rows {
		for i, c := range row {
			if i > 0 {
				b.WriteString(sep)
			}
			if x == ExcelSemicolon && r > 0 && slices.Contains(decimals, i) {
				c = strings.Replace(c, ".", ",", 1)
			}
			if r > 0 && !slices.Contains(numbers, i) {
				c = excelText(c)
			}
			if strings.ContainsAny(c, sep+"\"\r\n") {
				c = `"` + strings.ReplaceAll(c, `"`, `""`) + `"`
			}
			b.WriteString(c)
		}
		b.WriteString("\r\n")
	}
	return b.Bytes()
}
