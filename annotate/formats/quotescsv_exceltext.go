package formats

import (
	"regexp"
	"strings"
)

// Excel reads a CSV cell that looks like a date, a time or a number as one, on a double click and
// with no way to say otherwise in the file: a document ID 2024-03-01 became the date 01/03/2024,
// 1/2 the 1st of February (or 2nd of January), a speaker's name SEPT2 the 2nd of September, and
// 0012 the number 12. Such a text cell of the Excel layout is written as the formula ="2024-03-01",
// whose value is the text: the form Excel 2003 and 2007 showed as text whatever the regional
// settings (French, English, Russian) in SAP's tests of CSV files, and LibreOffice Calc 7.4 reads
// as the same text (its CSV import evaluates formulas). Text in a formula is limited to 255
// characters: a longer cell is no date or number anyway.

// excelNumberLike matches what Excel may read as a number, a date or a time: digits with their
// punctuation, a percentage, an exponent, a currency, AM or PM.
var excelNumberLike = regexp.MustCompile(`^[$£€¥]?[0-9][0-9 \x{00A0}\x{202F}.,:/%+\-eE$£€¥]*(?i:\s*[ap]\.?m\.?)?$`)

// excelMonths are the month names and abbreviations Excel reads in a date, in English and French.
const excelMonths = `jan|janv|january|janvier|feb|fév|févr|fev|fevr|february|février|mar|march|mars|apr|avr|april|avril|` +
	`may|mai|jun|june|juin|jul|juil|july|juillet|aug|august|août|aout|sep|sept|september|septembre|oct|october|octobre|` +
	`nov|november|novembre|dec|déc|december|décembre`

// excelMonthLike matches a day or year with a month's name: 1-Mar, Mar-1, SEPT2, March 2024.
var excelMonthLike = regexp.MustCompile(`^(?i)([0-9]{1,4}[-/ .]?)?(` + excelMonths + `)\.?([-/ .]?[0-9]{1,4})?([-/ .][0-9]{1,4})?$`)

// excelReadsAsNumber reports whether Excel would read the text cell c as a date, time or number.
func excelReadsAsNumber(c string) bool {
	if len(c) > 255 || c == "" {
		return false
	}
	if excelNumberLike.MatchString(c) {
		return true
	}
	m := excelMonthLike.FindStringSubmatch(c)
	return m != nil && (m[1] != "" || m[3] != "")
}

// excelText is the text cell c as Excel keeps it text: ="c" when Excel would read it as a date,
// time or number, else c. A cell the formula guard starts with a tab is text already.
func excelText(c string) string {
	if !excelReadsAsNumber(c) {
		return c
	}
	return `="` + strings.ReplaceAll(c, `"`, `""`) + `"`
}
