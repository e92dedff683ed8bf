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

// ImportCSV reads rows "source,target[,note]" and stores them. The separator is the one the first
// line uses most (a comma, a semicolon as Excel writes CSV in French, or a tab); a first row whose
// cells say "source", "target" (or "terme", "cible"…) is a header and skipped. The bytes are
// UTF-8, with or without a byte-order mark, UTF-16 with one, or else Windows-1252 (Latin-1), as
// Excel saves "CSV" on Windows. It returns how many entries it stored; errors name the line.
func (g *Glossary) ImportCSV(ctx context.Context, r io.Reader) (int, error) {
	return g.importCSV(ctx, r, "")
}

// importCSV is ImportCSV giving the entries an origin.
func (g *Glossary) importCSV(ctx context.Context, r io.Reader, origin string) (int, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return 0, fmt.Errorf("CSV: reading: %w", err)
	}
	text, err := csvText(data)
	if err != nil {
		return 0, fmt.Errorf("CSV: %w", err)
	}
	entries, err := csvEntries(text, csvSeparator(text))
	if err != nil {
		return 0, err
	}
	for i := range entries {
		entries[i].Origin = origin
	}
	if len(entries) == 0 {
		return 0, fmt.Errorf("CSV: %w", errNoTerms)
	}
	return len(entries), g.Add(ctx, entries...)
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
		if _, err := csvEntries(text, sep); err == nil {
			return sep
		}
	}
	return tied[0]
}

// csvEntries reads the rows of text separated by sep; an error names the line.
func csvEntries(text []byte, sep rune) ([]Entry, error) {
	cr := csv.NewReader(bytes.NewReader(text))
	cr.Comma = sep
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = sep != '\t'
	var entries []Entry
	for first := true; ; first = false {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return entries, nil
		}
		if pe := (*csv.ParseError)(nil); errors.As(err, &pe) {
			return nil, fmt.Errorf("CSV line %d, column %d: %v", pe.Line, pe.Column, pe.Err)
		}
		if err != nil {
			return nil, fmt.Errorf("CSV: %w", err)
		}
		line, _ := cr.FieldPos(0)
		for len(rec) > 0 && strings.TrimSpace(rec[len(rec)-1]) == "" {
			rec = rec[:len(rec)-1] // Excel's empty columns, and its empty rows (";;")
		}
		if len(rec) == 0 || first && isCSVHeader(rec) {
			continue
		}
		if len(rec) < 2 || len(rec) > 3 || strings.TrimSpace(rec[0]) == "" || strings.TrimSpace(rec[1]) == "" {
			s := string(sep)
			if sep == '\t' {
				s = "<tab>"
			}
			return nil, fmt.Errorf("CSV line %d: expected source%[2]starget[%[2]snote] with a source and a target, got %d %s: %q",
				line, s, len(rec), plural(len(rec), "field", "fields"), strings.Join(rec, s))
		}
		e := Entry{Source: rec[0], Target: rec[1]}
		if len(rec) == 3 {
			e.Note = rec[2]
		}
		entries = append(entries, e)
	}
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
