package glossary

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"strings"
)

// TSVError is ParseTSV's error for a line that is not a term, a tab and its translation.
type TSVError struct{ Line int }

func (e *TSVError) Error() string {
	return fmt.Sprintf("line %d: expected a term, a tab and its translation", e.Line)
}

// ParseTSV reads a glossary of "source<TAB>target" lines, the plain form glose-cli's --glossary and
// tm import-terms take besides CSV and TBX: blank lines and lines starting with # are skipped, and
// everything after the first tab is the target. A first line that is a heading naming a match-case
// column ("source<TAB>target<TAB>match case", or the same after a #, which earlier versions skip) makes
// the third column the entries' MatchCase (ParseMatchCase; empty or left out: no) and the target the
// second column only. The bytes are decoded as ImportCSV decodes them (UTF-8, UTF-16 with a
// byte-order mark, else Windows-1252). A bad line gives a *TSVError.
func ParseTSV(data []byte) ([]Entry, error) {
	entries, _, _, err := parseTSV(data)
	return entries, err
}

// ImportTSV stores the entries of a TSV glossary (ParseTSV), each with the origin given, and returns
// how many it stored. A file with a match-case column is the truth for its entries' flags, as with CSV.
func (g *Glossary) ImportTSV(ctx context.Context, data []byte, origin string, opts ImportOptions) (int, error) {
	entries, lines, exact, err := parseTSV(data)
	if err != nil {
		return 0, err
	}
	if len(entries) == 0 {
		return 0, fmt.Errorf("TSV: %w", ErrNoTerms)
	}
	return g.store(ctx, entries, lines, exact, origin, opts)
}

// parseTSV is ParseTSV, with each entry's line, saying whether the file has a match-case column.
func parseTSV(data []byte) (out []Entry, lines []int, exact bool, err error) {
	text, err := csvText(data)
	if err != nil {
		return nil, nil, false, fmt.Errorf("TSV: %w", err)
	}
	flagged := false // a heading names a match-case column
	sc := bufio.NewScanner(bytes.NewReader(text))
	sc.Buffer(make([]byte, 0, 64<<10), len(text)+1)
	for line := 1; sc.Scan(); line++ {
		t := strings.TrimSpace(sc.Text())
		if len(out) == 0 && !flagged && tsvHeading(t) {
			flagged = true
			continue
		}
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		e, ok := tsvEntry(t, flagged)
		if !ok {
			return nil, nil, false, &TSVError{Line: line}
		}
		out, lines = append(out, e), append(lines, line)
	}
	if err := sc.Err(); err != nil {
		return nil, nil, false, fmt.Errorf("TSV: %w", err)
	}
	return out, lines, flagged, nil
}

// tsvHeading reports whether a line is a heading naming a third column, the match-case flag.
func tsvHeading(line string) bool {
	rec := strings.Split(strings.TrimSpace(strings.TrimPrefix(line, "#")), "\t")
	return len(rec) == 3 && isCSVHeader(rec) && isMatchCaseHeading(rec[2])
}

// tsvEntry reads one line: the source, then everything after the first tab as the target, or, when
// the file has a match-case column (flagged), the target and the flag, which may be left out (no).
func tsvEntry(line string, flagged bool) (Entry, bool) {
	src, tgt, ok := strings.Cut(line, "\t")
	e := Entry{Source: strings.TrimSpace(src), Target: strings.TrimSpace(tgt)}
	if flagged {
		tgt, flag, _ := strings.Cut(tgt, "\t")
		e.Target = strings.TrimSpace(tgt)
		e.MatchCase, ok = ParseMatchCase(flag)
		ok = ok && !strings.Contains(flag, "\t")
	}
	return e, ok && e.Source != "" && e.Target != ""
}
