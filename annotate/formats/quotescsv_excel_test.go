package formats

import (
	"bytes"
	"encoding/csv"
	"slices"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// readExcelCSV exports docs as quotes-csv for Excel x and reads the file back as Excel does on a
// double click: a byte-order mark first, then records ended by CRLF and cut at sep, each line break
// inside a quoted cell kept. It returns the raw bytes after the mark too.
func readExcelCSV(t *testing.T, docs []*annotate.Document, x Excel, sep rune) ([][]string, string) {
	t.Helper()
	files, _, err := Write("quotes-csv", docs, WriteOptions{Excel: x})
	if err != nil || len(files) != 1 {
		t.Fatalf("export: %v, %d files", err, len(files))
	}
	body, ok := bytes.CutPrefix(files[0].Data, []byte("\xEF\xBB\xBF"))
	if !ok {
		t.Fatalf("no UTF-8 byte-order mark: Excel would read the accents in the Windows code page: %q", files[0].Data[:min(20, len(files[0].Data))])
	}
	if !bytes.HasSuffix(body, []byte("\r\n")) || bytes.Count(body, []byte("\n")) == bytes.Count(body, []byte("\r\n")) {
		t.Errorf("records must end with CRLF and line breaks inside cells stay LF: %q", body)
	}
	r := csv.NewReader(bytes.NewReader(body))
	r.Comma = sep
	rows, err := r.ReadAll() // every row with the header's number of cells
	if err != nil {
		t.Fatalf("reading the export back with %q: %v\n%s", sep, err, body)
	}
	if n := bytes.Count(body, []byte("\r\n")); n != len(rows) {
		t.Errorf("%d CRLF for %d records: a CRLF inside a cell shows in Excel as a stray character", n, len(rows))
	}
	return rows, string(body)
}

// TestQuotesCSVForExcel: for Excel, the table starts with a byte-order mark, ends its records with
// CRLF and keeps a quotation's line break as LF inside its cell; set for French it is cut at
// semicolons with decimal commas, set for English at commas with decimal points. Every other cell
// is the plain CSV's (« » with no-break spaces, accents), and the formula guard stays.
func TestQuotesCSVForExcel(t *testing.T) {
	d := saidDoc(t)
	for _, c := range []struct {
		x              Excel
		sep            rune
		conf1, conf2   string
		multiParagraph string
	}{
		{ExcelSemicolon, ';', "0,8", "0,7", "\"« Nous irons jusqu'au bout.\nRien ne nous arrêtera »\""},
		{ExcelComma, ',', "0.8", "0.7", "\"« Nous irons jusqu'au bout.\nRien ne nous arrêtera »\""},
	} {
		rows, body := readExcelCSV(t, []*annotate.Document{d}, c.x, c.sep)
		plain := readQuotesCSV(t, []*annotate.Document{d}, WriteOptions{})
		if len(rows) != len(plain) || !slices.Equal(rows[0], plain[0]) {
			t.Fatalf("%c: %d rows, header %q; want the plain CSV's %d rows, header %q", c.sep, len(rows), rows[0], len(plain), plain[0])
		}
		if !strings.Contains(body, c.multiParagraph) {
			t.Errorf("%c: the quotation over two paragraphs is not one quoted cell with an LF: %q", c.sep, body)
		}
		if got := rows[2][14:]; got[0] != c.conf1 || got[1] != c.conf2 {
			t.Errorf("%c: confidences %q, want %s and %s", c.sep, got, c.conf1, c.conf2)
		}
		for i := range rows {
			want := slices.Clone(plain[i])
			if i > 0 {
				want[14], want[15] = rows[i][14], rows[i][15]
			}
			if !slices.Equal(rows[i], want) {
				t.Errorf("%c: row %d\n got %q\nwant %q", c.sep, i, rows[i], want)
			}
		}
		if rows[1][4] != "« Ça coûte 3\u00a0€ »" || rows[3][4] != "\t-20 % sur les prix" {
			t.Errorf("%c: cells %q, %q", c.sep, rows[1][4], rows[3][4])
		}
	}
}

// TestExcelCells: a cell is quoted when it holds the separator, a quotation mark or a line break,
// and only then; a comma is plain text between semicolons.
func TestExcelCells(t *testing.T) {
	rows := [][]string{{"h1", "h2", "h3"}, {"a;b", "a,b", `dit « oui »; "non"`}, {"x\ny", "", "0.5"}}
	for _, c := range []struct {
		x    Excel
		want string
	}{
		{ExcelSemicolon, "\uFEFFh1;h2;h3\r\n\"a;b\";a,b;\"dit « oui »; \"\"non\"\"\"\r\n\"x\ny\";;0,5\r\n"},
		{ExcelComma, "\uFEFFh1,h2,h3\r\na;b,\"a,b\",\"dit « oui »; \"\"non\"\"\"\r\n\"x\ny\",,0.5\r\n"},
	} {
		if got := string(writeExcelTable(rows, c.x, []int{2}, []int{2})); got != c.want {
			t.Errorf("Excel %d:\n got %q\nwant %q", c.x, got, c.want)
		}
	}
}

// TestParseExcel: the names --excel takes, and a specific error for another.
func TestParseExcel(t *testing.T) {
	for in, want := range map[string]Excel{"": NoExcel, "semicolon": ExcelSemicolon, ";": ExcelSemicolon, "comma": ExcelComma, ",": ExcelComma} {
		if got, err := ParseExcel(in); err != nil || got != want {
			t.Errorf("ParseExcel(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	if _, err := ParseExcel("tab"); err == nil || !strings.Contains(err.Error(), `"tab": expected semicolon`) {
		t.Errorf("ParseExcel(tab): %v", err)
	}
}

// TestExcelKeepsTextAsText: a text cell Excel would read as a date, time or number (a document ID
// 2024-03-01 or 1/2, a name SEPT2) is written for Excel as the formula ="…", whose value is the
// text; other text, the cells the formula guard starts with a tab and the numbers' columns are as
// they were, and the plain CSV for programs keeps the text itself.
func TestExcelKeepsTextAsText(t *testing.T) {
	for in, want := range map[string]string{
		"2024-03-01": `="2024-03-01"`, "1/2": `="1/2"`, "0012": `="0012"`, "03:00": `="03:00"`, "1e5": `="1e5"`,
		"20 %": `="20 %"`, "SEPT2": `="SEPT2"`, "1-Mar": `="1-Mar"`, "mars 2024": `="mars 2024"`, "12 PM": `="12 PM"`,
		"article": "article", "Marseille": "Marseille", "mai": "mai", "a1": "a1", "\t-20 %": "\t-20 %", "": "",
		"« Ça coûte 3\u00a0€ »": "« Ça coûte 3\u00a0€ »", strings.Repeat("1", 256): strings.Repeat("1", 256),
	} {
		if got := excelText(in); got != want {
			t.Errorf("excelText(%q) = %q, want %q", in, got, want)
		}
	}
	d := saidDoc(t)
	d.ID = "2024-03-01"
	for _, c := range []struct {
		x   Excel
		sep rune
	}{{ExcelSemicolon, ';'}, {ExcelComma, ','}} {
		rows, _ := readExcelCSV(t, []*annotate.Document{d}, c.x, c.sep)
		if rows[1][0] != `="2024-03-01"` || rows[1][1] != "1" || rows[1][2] == "" || rows[1][2][0] == '=' {
			t.Errorf("%c: row %q, want the ID as =\"2024-03-01\" and the numbers as they are", c.sep, rows[1])
		}
	}
	if rows := readQuotesCSV(t, []*annotate.Document{d}, WriteOptions{}); rows[1][0] != "2024-03-01" {
		t.Errorf("plain CSV: the ID is %q, want the text itself", rows[1][0])
	}
}
