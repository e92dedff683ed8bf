package tm

import (
	"bufio"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/glose-app/glose/annotate/formats"
	"github.com/glose-app/glose/annotate/infile"
)

// TMX dates are UTC in the ISO 8601 basic format.
const tmxDate = "20060102T150405Z"

// Export writes every unit of the memory as a TMX 1.4b document valid against tmx14.dtd.
func (m *Memory) Export(ctx context.Context, w io.Writer) error {
	srclang, err := m.headerSourceLang(ctx)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n"+
		"<tmx version=\"1.4\">\n  <header creationtool=\"Glose\" creationtoolversion=\"1\" segtype=\"sentence\""+
		" o-tmf=\"Glose\" adminlang=\"en\" srclang=%s datatype=\"plaintext\" creationdate=\"%s\"/>\n  <body>\n",
		attr(srclang), time.Now().UTC().Format(tmxDate))
	err = m.eachMarked(ctx, func(u markedUnit) error {
		writeTU(bw, u)
		return nil
	})
	if err != nil {
		return err
	}
	bw.WriteString("  </body>\n</tmx>\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing TMX: %w", err)
	}
	return nil
}

// headerSourceLang is the one source language of all units (as their TMX named it), or "*all*".
func (m *Memory) headerSourceLang(ctx context.Context) (string, error) {
	rows, err := m.db.QueryContext(ctx, `SELECT DISTINCT coalesce(nullif(k.src_tag, ''), u.src_lang)
		FROM tm_unit u LEFT JOIN tm_markup k ON k.unit = u.id LIMIT 2`)
	if err != nil {
		return "", fmt.Errorf("reading %s: %w", m.name, err)
	}
	ids, err := appendStrings(rows)
	if err != nil || len(ids) != 1 {
		return "*all*", err
	}
	return ids[0], nil
}

func appendStrings(rows rowsScanner) ([]string, error) {
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// writeTU writes a unit, its segments with the inline markup it was imported with.
func writeTU(w *bufio.Writer, u markedUnit) {
	src, tgt := u.langs()
	fmt.Fprintf(w, "    <tu tuid=\"%d\" srclang=%s creationdate=\"%s\" changedate=\"%s\">\n", u.ID, attr(src),
		u.Created.UTC().Format(tmxDate), u.Changed.UTC().Format(tmxDate))
	if u.Note != "" {
		fmt.Fprintf(w, "      <note>%s</note>\n", text(u.Note))
	}
	if u.Origin != "" {
		fmt.Fprintf(w, "      <prop type=\"x-origin\">%s</prop>\n", text(u.Origin))
	}
	fmt.Fprintf(w, "      <tuv xml:lang=%s><seg>%s</seg></tuv>\n", attr(src), segXML(u.Source, u.source))
	fmt.Fprintf(w, "      <tuv xml:lang=%s><seg>%s</seg></tuv>\n    </tu>\n", attr(tgt), segXML(u.Target, u.target))
}

// segXML is a segment's content in TMX: its markup when it has one, else its text escaped.
func segXML(s, markup string) string {
	if markup != "" {
		return markup
	}
	return text(s)
}

func text(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

func attr(s string) string { return `"` + text(s) + `"` }

// ImportOptions choose which languages of a TMX file become the memory's pairs.
type ImportOptions struct {
	SourceLang string // the tuv taken as source; the header's or tu's srclang if empty
	TargetLang string // the tuv taken as target; the first other language if empty
	Origin     string // recorded on each imported unit (e.g. the file name)
}

// ImportStats counts what Import did.
type ImportStats struct {
	Units       int               // translation units stored (new or already present)
	Skipped     int               // units without both languages or with an empty segment
	InlineCodes int               // inline codes (bpt, ept, ph, it, ut, hi) kept in the units stored
	CodedUnits  int               // units stored with inline codes
	Warnings    []formats.Warning // what the user should know: the inline codes kept (WarnTMXInlineCodes)
}

// Import reads a TMX document (1.1 to 1.4b) and stores its units in batches. The segments' inline
// codes (bpt, ept, ph, it, ut; hi, whose text is kept) are left out of the units' text, which
// matches and proposals use, and kept beside them for Export (see tm_markup), with a warning
// counting them. Each unit is held by the file (ImportOptions.Origin, else the unit's x-origin),
// a claim nothing takes back (see claim.go): a segment that confirmed the same pair, then is set
// back to draft or corrected, leaves it. Errors name the line.
func (m *Memory) Import(ctx context.Context, r io.Reader, opts ImportOptions) (ImportStats, error) {
	p := tmxParser{dec: infile.NewXMLDecoder("TMX", r), opts: opts}
	var st ImportStats
	batch := make([]markedUnit, 0, 1000)
	flush := func() error {
		units := make([]Unit, len(batch))
		for i, u := range batch {
			units[i] = u.Unit
		}
		err := m.addBatch(ctx, units, func(u Unit, changed int64) claim {
			return claim{kind: imported, origin: firstNonEmpty(opts.Origin, u.Origin), changed: changed}
		})
		if err == nil {
			err = m.storeMarkup(ctx, batch)
		}
		batch = batch[:0]
		return err
	}
	for {
		tu, err := p.next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return st, err
		}
		u, ok := p.unit(tu)
		if !ok {
			st.Skipped++
			continue
		}
		st.Units++
		if u.codes > 0 {
			st.InlineCodes += u.codes
			st.CodedUnits++
		}
		if batch = append(batch, u); len(batch) == cap(batch) {
			if err := flush(); err != nil {
				return st, err
			}
		}
	}
	if !p.sawTMX {
		return st, errors.New("not a TMX document: no <tmx> element")
	}
	st.Warnings = inlineCodesWarning(opts.Origin, st.InlineCodes, st.CodedUnits)
	return st, flush()
}
