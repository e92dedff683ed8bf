package glossary

import (
	"bufio"
	"bytes"
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
// everything after the first tab is the target. The bytes are decoded as ImportCSV decodes them
// (UTF-8, UTF-16 with a byte-order mark, else Windows-1252). A bad line gives a *TSVError.
func ParseTSV(data []byte) ([]Entry, error) {
	text, err := csvText(data)
	if err != nil {
		return nil, fmt.Errorf("TSV: %w", err)
	}
	var out []Entry
	sc := bufio.NewScanner(bytes.NewReader(text))
	sc.Buffer(make([]byte, 0, 64<<10), len(text)+1)
	for line := 1; sc.Scan(); line++ {
		t := strings.TrimSpace(sc.Text())
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		src, tgt, ok := strings.Cut(t, "\t")
		src, tgt = strings.TrimSpace(src), strings.TrimSpace(tgt)
		if !ok || src == "" || tgt == "" {
			return nil, &TSVError{Line: line}
		}
		out = append(out, Entry{Source: src, Target: tgt})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("TSV: %w", err)
	}
	return out, nil
}
