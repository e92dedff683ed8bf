package glossary

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/glose-app/glose/annotate/infile"
	"github.com/glose-app/glose/suggest/token"
)

// ImportCSV reads rows "source,target[,note[,match case]]" and stores them. The separator is the one
// the first line uses most (a comma, a semicolon as Excel writes CSV in French, or a tab); a first row
// whose cells say "source", "target" (or "terme", "cible"…) is a header and skipped; a column of it
// headed "match case" says which entries match case (ParseMatchCase), for each entry of the file. The
// bytes are UTF-8, with or without a byte-order mark, UTF-16 with one, or else Windows-1252 (Latin-1),
// as Excel saves "CSV" on Windows. It returns how many entries it stored; errors name the line.
func (g *Glossary) ImportCSV(ctx context.Context, r io.Reader) (int, error) {
	return g.importCSV(ctx, r, "", ImportOptions{})
}

// importCSV is ImportCSV giving the entries an origin.
func (g *Glossary) importCSV(ctx context.Context, r io.Reader, origin string, opts ImportOptions) (int, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return 0, fmt.Errorf("CSV: reading: %w", err)
	}
	text, err := csvText(data)
	if err != nil {
		return 0, fmt.Errorf("CSV: %w", err)
	}
	entries, lines, exact, err := csvEntries(text, csvSeparator(text))
	if err != nil {
		return 0, err
	}
	if len(entries) == 0 {
		return 0, fmt.Errorf("CSV: %w", ErrNoTerms)
	}
	return g.store(ctx, entries, lines, exact, origin, opts)
}

// csvText returns a CSV file's text in UTF-8: UTF-8 (its byte-order mark dropped) and UTF-16 with
// a mark as they are, other bytes read as Windows-1252, or Latin-1 where Windows-1252 leaves a byte
// undefined. A file mixing UTF-8 with another encoding is refused, as converting it would garble
// the characters already in UTF-8.
func csvText(data []byte) ([]byte, error) {
	t, err := infile.Decode("CSV", data)
	if err != nil {
		return nil, err
	}
	if t.Charset != "UTF-8" || utf8.Valid(t.Data) {
		return t.Data, nil
	}
	if bytes.ContainsFunc(t.Data, func(r rune) bool { return r >= utf8.RuneSelf && r != utf8.RuneError }) {
		_, err := infile.UTF8("CSV", data) // says where, and what to do
		return nil, err
	}
	if w, err := infile.DecodeAs("CSV", t.Data, 0, charmap.Windows1252, "Windows-1252"); err == nil {
		return w.Data, nil
	}
	l, err := infile.DecodeAs("CSV", t.Data, 0, charmap.ISO8859_1, "ISO-8859-1")
	if err != nil {
		return nil, err
	}
	return l.Data, nil
}

// csvSeparators are the separators a glossary may use, in the order preferred on a tie.
var csvSeparators = []rune{',', ';', '\t'}

// csvSeparator returns the separator the first line uses most outside quotes; on a tie, the first
// of the tied ones with which every row has a source and a target; a comma when the line has none.
func csvSeparator(text []byte) rune {
	line, _, _ := bytes.Cut(text, []byte("\n"))
	counts := map[rune]int{}
	quoted := false
	for _, r := range string(line) {
		switch {
		case r == '"':
			quoted = !quoted
		case !quoted:
			counts[r]++
		}
	}
	var tied []rune
	most := 0
	for _, sep := range csvSeparators {
		switch n := counts[sep]; {
		case n > most:
			most, tied = n, []rune{sep}
		case n == most && n > 0:
			tied = append(tied, sep)
		}
	}
	if len(tied) == 0 {
		return ','
	}
	for _, sep := range tied {
		if _, _, _, err := csvEntries(text, sep); err == nil {
			return sep
		}
	}
	return tied[0]
}

// csvEntries reads the rows of text separated by sep, and the line of each; an error names the line. exact says the file
// has a match-case column (named in its heading row, or a fourth field in a row), which is then the
// truth for each of its entries: an empty cell there is "no".
func csvEntries(text []byte, sep rune) (entries []Entry, lines []int, exact bool, err error) {
	cr := csv.NewReader(bytes.NewReader(text))
	cr.Comma = sep
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = sep != '\t'
	cols := csvColumns{note: 2, matchCase: 3}
	for first := true; ; first = false {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return entries, lines, exact, nil
		}
		if pe := (*csv.ParseError)(nil); errors.As(err, &pe) {
			return nil, nil, false, fmt.Errorf("CSV line %d, column %d: %v", pe.Line, pe.Column, pe.Err)
		}
		if err != nil {
			return nil, nil, false, fmt.Errorf("CSV: %w", err)
		}
		line, _ := cr.FieldPos(0)
		for len(rec) > 0 && strings.TrimSpace(rec[len(rec)-1]) == "" {
			rec = rec[:len(rec)-1] // Excel's empty columns, and its empty rows (";;")
		}
		if len(rec) == 0 {
			continue
		}
		if first && isCSVHeader(rec) {
			cols = headerColumns(rec)
			exact = cols.matchCase >= 0
			continue
		}
		e, err := cols.entry(rec, line, sep)
		if err != nil {
			return nil, nil, false, err
		}
		exact = exact || cols.matchCase >= 0 && len(rec) > cols.matchCase
		entries, lines = append(entries, e), append(lines, line)
	}
}

// csvColumns says where a row's optional cells are: the note's and the match-case flag's, -1 for
// none. Without a heading row they are the third and the fourth, as tm terms --csv writes them.
type csvColumns struct{ note, matchCase int }

// headerColumns reads a heading row: after the source and the target, a column headed "match case"
// (or "match_case", "case sensitive", "respecter la casse", "casse"…) holds the flag, and the other
// one the note, in either order; a note may follow the cells that have headings.
func headerColumns(rec []string) csvColumns {
	cols := csvColumns{note: -1, matchCase: -1}
	for i := 2; i < len(rec); i++ {
		switch {
		case isMatchCaseHeading(rec[i]) && cols.matchCase < 0:
			cols.matchCase = i
		case cols.note < 0:
			cols.note = i
		}
	}
	if cols.note < 0 { // a note without a heading, as before there were flags
		cols.note = 2
		if cols.matchCase == 2 {
			cols.note = 3
		}
	}
	return cols
}

// isMatchCaseHeading reports whether a column's heading names the match-case flag.
func isMatchCaseHeading(h string) bool {
	h = strings.Join(strings.FieldsFunc(token.Fold(h), func(r rune) bool { return r == ' ' || r == '_' || r == '-' }), " ")
	switch h {
	case "match case", "matchcase", "case sensitive", "case", "respecter la casse", "casse", "sensible a la casse":
		return true
	}
	return false
}

// entry reads one row: a source and a target, then the note and the flag where cols puts them.
func (cols csvColumns) entry(rec []string, line int, sep rune) (Entry, error) {
	s := string(sep)
	if sep == '\t' {
		s = "<tab>"
	}
	if len(rec) < 2 || len(rec) > max(2, cols.note+1, cols.matchCase+1) || strings.TrimSpace(rec[0]) == "" || strings.TrimSpace(rec[1]) == "" {
		return Entry{}, fmt.Errorf("CSV line %d: expected source%[2]starget[%[2]snote[%[2]smatch case]] with a source and a target, got %d %s: %q",
			line, s, len(rec), plural(len(rec), "field", "fields"), strings.Join(rec, s))
	}
	e := Entry{Source: rec[0], Target: rec[1]}
	if cols.note >= 0 && cols.note < len(rec) {
		e.Note = rec[cols.note]
	}
	if cols.matchCase >= 0 && cols.matchCase < len(rec) {
		on, ok := ParseMatchCase(rec[cols.matchCase])
		if !ok {
			return Entry{}, fmt.Errorf("CSV line %d: the match case column holds %q: expected yes or no (oui, non, true, false, 1, 0, x, or empty for no)",
				line, rec[cols.matchCase])
		}
		e.MatchCase = on
	}
	return e, nil
}

// ParseMatchCase reads a match-case cell or flag value: yes, oui, true, 1, x, y, o (and "match case")
// say yes; no, non, false, 0, n and an empty cell say no; ok is false for anything else.
func ParseMatchCase(v string) (on, ok bool) {
	switch strings.Join(strings.Fields(token.Fold(v)), " ") {
	case "yes", "oui", "true", "vrai", "1", "x", "y", "o", "match case":
		return true, true
	case "", "no", "non", "false", "faux", "0", "n":
		return false, true
	}
	return false, false
}

// WriteCSV writes entries as the CSV glossaries ImportCSV reads: a heading row, then
// source,target,note,match case ("yes" or "no"), quoted where a field needs it, so that a glossary
// goes out (to deliver a job's terms, to edit in a spreadsheet) and back in with its flags.
func WriteCSV(w io.Writer, entries []Entry) error {
	cw := csv.NewWriter(w)
	_ = cw.Write([]string{"source", "target", "note", "match case"})
	for _, e := range entries {
		flag := "no"
		if e.MatchCase {
			flag = "yes"
		}
		_ = cw.Write([]string{e.Source, e.Target, e.Note, flag})
	}
	cw.Flush()
	return cw.Error()
}

func plural(n int, one, other string) string {
	if n == 1 {
		return one
	}
	return other
}

// isCSVHeader reports whether a first row names the columns rather than holding a term: "source"
// first, as before, or a source heading with a target heading after it, in English or French.
func isCSVHeader(rec []string) bool {
	src := map[string]bool{"source": true, "term": true, "terme": true, "francais": true, "french": true, "fr": true}
	tgt := map[string]bool{"target": true, "cible": true, "anglais": true, "english": true, "en": true,
		"translation": true, "traduction": true}
	first := token.Fold(strings.TrimSpace(rec[0]))
	return first == "source" || src[first] && len(rec) > 1 && tgt[token.Fold(strings.TrimSpace(rec[1]))]
}
