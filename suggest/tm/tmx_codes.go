package tm

import (
	"context"
	"database/sql"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/glose-app/glose/suggest/store"
)

// A unit imported from TMX with inline codes keeps its <seg> markup (tm_markup). Inserting the unit's
// translation, a translator expects its codes to come with it, as memoQ, Trados and OmegaT bring a
// match's tags: TargetCodes reads where each code of the unit's target stands in the target's text
// (the text matches are offered with), so that the caller can place the document's own codes there.

// TargetCode is an inline code of a unit's target as its TMX markup has it.
type TargetCode struct {
	Element string // bpt (with its ept), ph, it, ut or hi
	I, X    string // the pair's number (bpt/ept) and the reference to the document's code (x), "" when absent
	Wraps   bool   // a bpt closed by its ept, or a hi: At and End are the words between
	// At and End are the code's bytes in the unit's Target: the words it wraps, or At == End where it
	// stands.
	At, End int
	// Order is the code's place among the codes of the unit's source, whose order is the French's,
	// or, for a code the source lacks, after them in the target's order.
	Order int
}

// TargetCodes returns the inline codes of unit's target, in the target's order; none for a unit
// without codes, or whose stored markup no longer reads as its target (then its codes are unknown).
func (m *Memory) TargetCodes(ctx context.Context, unit int64) ([]TargetCode, error) {
	var target, srcMarkup, tgtMarkup string
	err := m.db.QueryRowContext(ctx, `SELECT u.target, k.source, k.target FROM tm_unit u
		JOIN tm_markup k ON k.unit = u.id WHERE u.id = ?`, unit).Scan(&target, &srcMarkup, &tgtMarkup)
	if errors.Is(err, sql.ErrNoRows) || err == nil && tgtMarkup == "" {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading the inline codes of memory unit %d: %w", unit, store.Explain(m.name, err))
	}
	codes, err := unitCodes(target, srcMarkup, tgtMarkup)
	if err != nil {
		return nil, fmt.Errorf("memory unit %d's target markup: %w", unit, err)
	}
	return codes, nil
}

// unitCodes is TargetCodes on a unit's target text and its two sides' stored markup.
func unitCodes(target, srcMarkup, tgtMarkup string) ([]TargetCode, error) {
	text, codes, err := segCodes(tgtMarkup)
	if err != nil || text != target {
		return nil, err
	}
	var keys []string
	if srcMarkup != "" {
		if _, src, err := segCodes(srcMarkup); err == nil {
			keys = codeKeys(src)
		}
	}
	for i, k := range codeKeys(codes) {
		codes[i].Order = len(keys) + i
		for j, s := range keys {
			if s == k {
				codes[i].Order = j
			}
		}
	}
	return codes, nil
}

// codeKeys names each code so that the same code of a unit's two sides has the same name: a pair by
// its i, another code by its x, else by its element and rank among that element's codes.
func codeKeys(codes []TargetCode) []string {
	out := make([]string, len(codes))
	rank := map[string]int{}
	for i, c := range codes {
		switch {
		case c.Element == "bpt" && c.I != "":
			out[i] = "bpt i=" + c.I
		case c.X != "":
			out[i] = c.Element + " x=" + c.X
		default:
			out[i] = c.Element + " #" + strconv.Itoa(rank[c.Element])
			rank[c.Element]++
		}
	}
	return out
}

// segCodes reads a <seg>'s content as the memory keeps it (tm_markup): its text as segText keeps it
// (codes' content left out, hi's text kept) and its codes with their places in that text, in the
// order they open. A bpt without its ept, or an ept without its bpt, stands where it is.
func segCodes(markup string) (string, []TargetCode, error) {
	dec := xml.NewDecoder(strings.NewReader("<seg>" + markup + "</seg>"))
	var text strings.Builder
	var codes []TargetCode
	var open []int            // codes (hi) whose end is to come, innermost last
	pairs := map[string]int{} // bpt by i, awaiting its ept
	inCode := 0
	if _, err := dec.Token(); err != nil { // the <seg> around the markup; one inside it is a code, as segText has it
		return "", nil, fmt.Errorf("malformed inline markup: %w", err)
	}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return text.String(), codes, nil
		}
		if err != nil {
			return "", nil, fmt.Errorf("malformed inline markup: %w", err)
		}
		switch t := tok.(type) {
		case xml.CharData:
			if inCode == 0 {
				text.Write(t)
			}
		case xml.StartElement:
			if inCode > 0 {
				inCode++
				continue
			}
			c := TargetCode{Element: t.Name.Local, I: attrValue(t, "i"), X: attrValue(t, "x"), At: text.Len(), End: text.Len()}
			switch c.Element {
			case "hi":
				open = append(open, len(codes))
			case "ept":
				if k, ok := pairs[c.I]; ok && c.I != "" {
					codes[k].Wraps, codes[k].End = true, text.Len()
					delete(pairs, c.I)
					inCode = 1
					continue
				}
				inCode = 1
			case "bpt":
				pairs[c.I] = len(codes)
				inCode = 1
			default:
				inCode = 1
			}
			codes = append(codes, c)
		case xml.EndElement:
			switch {
			case inCode > 0:
				inCode--
			case t.Name.Local == "hi" && len(open) > 0:
				k := open[len(open)-1]
				open = open[:len(open)-1]
				codes[k].Wraps, codes[k].End = true, text.Len()
			}
		}
	}
}
