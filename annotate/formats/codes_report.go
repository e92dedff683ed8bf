package formats

import (
	"encoding/xml"
	"fmt"
	"strings"
	"unicode"

	"github.com/glose-app/glose/annotate"
)

// What the translator sees of the inline codes of a client's XLIFF file before exporting: the codes of
// each segment's French (the app marks the segments that have some), and those that merge-back would
// place in the English at a likely place only (a quality check), found by merge-back itself, its
// placement run without writing.

// Code is an inline code of a segment, as the app and the quality checks name it.
type Code struct {
	Tag   string // its start tag, short: <pc id="1">, <ph id="2"/>
	Words string // the words it wraps, or (Wraps false) the word beside it; "" when none
	Wraps bool
	// At and End are the code's place in the text it was named from (bytes): the words it wraps, or
	// At == End where it stands. In the French, where copying the French into the English puts it.
	At, End int
}

// PlacedCode is a code that merging a document back into its client's file would place in a new
// target at a likely place only.
type PlacedCode struct {
	Code
	Former bool // a code of the segment's former target (Words are its English), placed by the English the two targets share
	Order  bool // kept in the source's order, away from its English, as the file asks (canReorder); else its English was not found
	// Hand is what is wrong with the markers the translator placed of the code (annotate.CodePlace),
	// or "" for a code placed by estimate; the code is then placed by estimate.
	Hand HandProblem
}

// EstimatedCodes are, by segment ID, the codes that exporting d to its client's XLIFF file
// (Meta.Original) would place at a likely place only in the new translations, or, for subtitles, that
// the text export would place so of their tags: nil for a document with neither. Segments whose
// translation is as the file has it are left as they are, so have none. With a cache c, a run after
// an edit costs what changed; nil keeps nothing.
func EstimatedCodes(d *annotate.Document, c *EstimateCache) (map[string][]PlacedCode, error) {
	o := d.Meta.Original
	if o == nil {
		if len(d.Layout.Tags) > 0 {
			return subtitleEstimates(d), nil
		}
		return nil, nil
	}
	out := map[string][]PlacedCode{}
	probe := func(s *annotate.Segment, p placement) {
		said := map[int]bool{}
		for _, h := range p.hand {
			c := Code{Tag: h.tag}
			if h.i >= 0 {
				c, said[h.i] = p.code(h.i), true
			}
			out[s.ID] = append(out[s.ID], PlacedCode{Code: c, Hand: h.problem})
		}
		for _, i := range p.moved {
			if !said[i] {
				out[s.ID] = append(out[s.ID], PlacedCode{Code: p.code(i), Former: p.former, Order: true})
			}
		}
		for _, i := range p.guessed {
			_, byHand := p.fixed[i]
			switch {
			case said[i]: // a code whose markers are wrong is said so, not that it goes at a likely place
			case byHand:
				out[s.ID] = append(out[s.ID], PlacedCode{Code: p.code(i), Hand: HandMoved})
			default:
				out[s.ID] = append(out[s.ID], PlacedCode{Code: p.code(i), Former: p.former})
			}
		}
	}
	if o.Format != annotate.OriginalXLIFF && o.Format != annotate.OriginalXLIFF12 {
		return nil, nil
	}
	if c == nil {
		c = &EstimateCache{} // what one run reads of the file, kept for this run only
	} else {
		c.mu.Lock()
		defer c.mu.Unlock()
		if c.placed == nil {
			c.placed = map[string]placement{}
		}
	}
	b, err := c.baseFor(o)
	if err == nil {
		err = b.estimate(d, c.placed, probe)
	}
	if err != nil {
		return nil, err
	}
	return out, nil
}

// code is code i of the placement, named by the text it was placed from.
func (p placement) code(i int) Code {
	if c, ok := p.names[i]; ok {
		return c
	}
	c := p.in.codes[i]
	return codeOf(c, p.text, p.mapTo)
}

// codeOf names the code c of a content whose text, as the document has it, is text (mapTo maps
// places of the content's own text there).
func codeOf(c icode, text string, mapTo func(int) int) Code {
	out := Code{Tag: shortTag(c.open), Wraps: c.wrapping(), At: mapTo(c.at), End: mapTo(c.end)}
	if out.Wraps {
		a, b := out.At, out.End
		if 0 <= a && a <= b && b <= len(text) {
			out.Words = strings.TrimFunc(text[a:b], unicode.IsSpace)
		}
		return out
	}
	if p := mapTo(c.at); 0 <= p && p <= len(text) {
		w := wordBeside(text, p)
		out.Words = text[w[0]:w[1]]
	}
	return out
}

// shortTag is the start tag of a code's raw element with its identifying attribute only (id, else
// startRef or rid): <pc id="1">, <ph id="2"/>, <ec startRef="1"/>.
func shortTag(raw string) string {
	dec := xml.NewDecoder(strings.NewReader(raw))
	dec.Strict = false
	tok, err := dec.RawToken()
	t, ok := tok.(xml.StartElement)
	if err != nil || !ok {
		return raw
	}
	end := ">"
	if first := raw[:dec.InputOffset()]; strings.HasSuffix(first, "/>") {
		end = "/>"
	}
	for _, name := range []string{"id", "startRef", "rid"} {
		if v := rawAttr(t, name); v != "" {
			return "<" + t.Name.Local + " " + name + `="` + xmlAttr(v) + `"` + end
		}
	}
	return "<" + t.Name.Local + end
}

// FrenchCodes are the inline codes of a segment's French, in their order, and that French as a
// document has it (normalised): a document whose segment reads otherwise (split or joined in Glose
// since) has other codes.
type FrenchCodes struct {
	French string
	Codes  []Code
}

// SourceCodes are, by the ID of the document's segment each became on import, the inline codes of the
// segments' French in the client's XLIFF file o, for those that have some: nil for no such file. It
// reads the file alone, not the document, so that it may run beside the document's edits.
func SourceCodes(o *annotate.Original) (map[string]FrenchCodes, error) {
	if o == nil || o.Format != annotate.OriginalXLIFF && o.Format != annotate.OriginalXLIFF12 {
		return nil, nil
	}
	out := map[string]FrenchCodes{}
	err := sourceContents(o, func(made string, inner, data []byte) {
		in, err := parseUnitCodes(inner, data)
		if made == "" || err != nil || len(in.codes) == 0 {
			return
		}
		in.trimLayout() // as the segment is read
		text, mapTo := nfcText(in.text, codePlaces(in))
		ends := map[int]bool{}
		for _, c := range in.codes {
			if c.pair >= 0 {
				ends[c.pair] = true
			}
		}
		fc := FrenchCodes{French: text}
		for i, c := range in.codes {
			if !ends[i] { // the end of a pair is named with its start
				fc.Codes = append(fc.Codes, codeOf(c, text, mapTo))
			}
		}
		out[made] = fc
	})
	return out, err
}

// sourceContents calls fn with the content of the source of each segment of the original's <file>
// that holds inline codes, the ID of the document's segment it became, and its unit's <originalData>
// (XLIFF 2; nil in 1.2).
func sourceContents(o *annotate.Original, fn func(made string, inner, data []byte)) error {
	var discard warnings
	if o.Format == annotate.OriginalXLIFF {
		places, err := scanXLIFF2(o.Data)
		if err != nil {
			return fmt.Errorf("reading the original file %s again: %w", o.Name, err)
		}
		sds, err := rereadOriginal(o, len(places.files), xliff2Docs)
		if err != nil || o.File >= len(sds) || len(sds[o.File].Segs) != len(places.files[o.File]) {
			return fmt.Errorf("reading the original file %s again: its <file> %d does not match (%v)", o.Name, o.File+1, err)
		}
		if _, err := buildSegmented(o.Name, sds[o.File], ReadOptions{}, &discard); err != nil {
			return fmt.Errorf("reading the original file %s again: %w", o.Name, err)
		}
		for i, s := range sds[o.File].Segs {
			if p := places.files[o.File][i]; p.codes {
				fn(s.Made, innerOf(o.Data[p.source[0]:p.source[1]]), o.Data[p.data[0]:p.data[1]])
			}
		}
		return nil
	}
	places, err := scanXLIFF12(o.Data)
	if err != nil {
		return fmt.Errorf("reading the original file %s again: %w", o.Name, err)
	}
	sds, err := rereadOriginal(o, len(places.files), xliff12Docs)
	if err != nil || o.File >= len(sds) || len(sds[o.File].Segs) != places.files[o.File].segments() {
		return fmt.Errorf("reading the original file %s again: its <file> %d does not match (%v)", o.Name, o.File+1, err)
	}
	if _, err := buildSegmented(o.Name, sds[o.File], ReadOptions{}, &discard); err != nil {
		return fmt.Errorf("reading the original file %s again: %w", o.Name, err)
	}
	k := 0
	for _, u := range places.files[o.File].units {
		raws := sds[o.File].Segs[k : k+max(1, len(u.segs))]
		k += len(raws)
		if u.segs == nil && u.srcCodes {
			fn(raws[0].Made, innerOf(o.Data[u.source[0]:u.source[1]]), nil)
		}
		for j, sg := range u.segs {
			if sg.codes {
				fn(raws[j].Made, innerOf(o.Data[sg.at[0]:sg.at[1]]), nil)
			}
		}
	}
	return nil
}
