package preannotate

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/infile"
	"github.com/glose-app/glose/annotate/ner"
)

// GoldDoc is one document of a quotation gold file, offsets in bytes.
type GoldDoc struct {
	ID     string
	Text   string
	Quotes []GoldQuote
}

// GoldQuote is a gold quotation with its speaker, byte offsets.
type GoldQuote struct {
	Start, End int
	// Speaker is the gold SPEAKER mention; End == Start when the quote has none.
	SpeakerStart, SpeakerEnd int
	// SpeakerName is the resolved name the gold may give ("" if none).
	SpeakerName string
}

// HasSpeaker reports whether the gold names a speaker for the quote.
func (q GoldQuote) HasSpeaker() bool { return q.SpeakerEnd > q.SpeakerStart || q.SpeakerName != "" }

type doccanoDoc struct {
	ID        json.RawMessage `json:"id"`
	Text      string          `json:"text"`
	Entities  json.RawMessage `json:"entities"`
	Label     json.RawMessage `json:"label"` // doccano's sequence-labelling export: ner.DoccanoEntities
	Relations []struct {
		From        int    `json:"from_id"`
		To          int    `json:"to_id"`
		Type        string `json:"type"`
		SpeakerName string `json:"speaker_name"`
	} `json:"relations"`
	OffsetUnit *string         `json:"offset_unit"`
	Meta       json.RawMessage `json:"meta"`
}

// ReadGold reads doccano relation-JSONL (code-point offsets, or UTF-16 code units where a record's
// "offset_unit" says so, as annotate.RecordUnit reads it) with QUOTE and SPEAKER entities and
// "speaker" relations from QUOTE to SPEAKER. name is used in messages.
func ReadGold(r io.Reader, name string) ([]GoldDoc, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	// Gold files must be UTF-8, like every JSON Glose reads: refused with the line and offset of the
	// first bad byte, never read with U+FFFD in place of the letters.
	t, err := infile.UTF8Lines(name, data)
	if err != nil {
		return nil, err
	}
	sc := bufio.NewScanner(bytes.NewReader(t.Data))
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	var out []GoldDoc
	for line := 1; sc.Scan(); line++ {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var d doccanoDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return nil, fmt.Errorf("%s:%d: expected a doccano JSON object: %w", name, line, err)
		}
		g, err := goldDoc(d)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		out = append(out, g)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	return out, nil
}

func goldDoc(d doccanoDoc) (GoldDoc, error) {
	g := GoldDoc{ID: string(d.ID), Text: d.Text}
	if s := ""; json.Unmarshal(d.ID, &s) == nil {
		g.ID = s
	}
	off := annotate.NewOffsets(d.Text)
	unit, err := annotate.RecordUnit(d.OffsetUnit, d.Meta)
	if err != nil {
		return g, err
	}
	conv := func(cp int, what string, id int) (int, error) {
		b, err := off.Convert(cp, unit, annotate.Bytes)
		if err != nil {
			return 0, fmt.Errorf("entity %d %s offset %d: %w", id, what, cp, err)
		}
		return b, nil
	}
	ents, err := ner.DoccanoEntities(d.Entities, d.Label)
	if err != nil {
		return g, err
	}
	spans := map[int][2]int{}
	labels := map[int]string{}
	for _, e := range ents {
		s, err := conv(e.Start, "start", e.ID)
		if err != nil {
			return g, err
		}
		t, err := conv(e.End, "end", e.ID)
		if err != nil && unit == annotate.CodePoints {
			err = fmt.Errorf("%w%s", err, annotate.UTF16Hint(off, e.Start, e.End))
		}
		if err != nil {
			return g, err
		}
		spans[e.ID], labels[e.ID] = [2]int{s, t}, e.Label
	}
	idx := map[int]int{}
	for _, e := range ents {
		if e.Label == "QUOTE" {
			idx[e.ID] = len(g.Quotes)
			g.Quotes = append(g.Quotes, GoldQuote{Start: spans[e.ID][0], End: spans[e.ID][1]})
		}
	}
	for _, r := range d.Relations {
		i, ok := idx[r.From]
		if r.Type != "speaker" || !ok {
			continue
		}
		sp, ok := spans[r.To]
		if !ok {
			return g, fmt.Errorf("relation %d→%d: no entity %d", r.From, r.To, r.To)
		}
		q := &g.Quotes[i]
		q.SpeakerStart, q.SpeakerEnd, q.SpeakerName = sp[0], sp[1], r.SpeakerName
	}
	return g, nil
}
