package update

import (
	"fmt"
	"slices"
	"strconv"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
)

// Why a returned file does not replace the document's original file (Plan.OriginalKept).
const (
	KeptTMX      = "tmx"      // a TMX file, not the translation tool's XLIFF
	KeptVersion  = "version"  // an XLIFF of the other version
	KeptGlose    = "glose"    // Glose's own XLIFF, not the tool's file
	KeptUnits    = "units"    // its units or segments are not the document's
	KeptSize     = "size"     // larger than a document keeps (Plan.OriginalMaxMB)
	KeptEncoding = "encoding" // not UTF-8
)

// takeFile decides whether the returned file r, read from a file of format f (xliff, tmx or glose) with the
// reader's warnings, becomes the original file of d, which has one (merge-back): only an XLIFF of the
// same version whose segments are the document's, as the reader kept it. The reviewer's tool wrote
// into it what Glose has no place for (its notes, states, attributes, the targets of units Glose does
// not change), which the next export then keeps. The document then takes the file's notes.
func (p *Plan) takeFile(d, r *annotate.Document, f string, warns []formats.Warning) {
	o := d.Meta.Original
	if f == "glose" { // the document itself: its notes, never a client's file to merge into
		p.notes, p.NotesFromFile = reviewerNotes(d, r, p.pairs)
		return
	}
	if o == nil {
		if f == "xliff" {
			p.notes, p.NotesFromFile = reviewerNotes(d, r, p.pairs)
		}
		return
	}
	p.OriginalName = o.Name
	reason := ""
	for _, w := range warns {
		if w.Code == formats.WarnOriginalNotKept {
			reason, _ = w.Args["Reason"].(string)
			p.OriginalMaxMB, _ = w.Args["Max"].(int)
		}
	}
	switch n := r.Meta.Original; {
	case f == "tmx":
		reason = KeptTMX
	case reason != "":
	case n == nil:
		reason = KeptGlose
	case n.Format != o.Format:
		reason = KeptVersion
	case n.File != o.File || !sameUnits(d, r):
		reason = KeptUnits
	case string(n.Data) == string(o.Data):
		return // the file Glose has: nothing to take
	}
	if reason != "" {
		p.OriginalKept = reason
		return
	}
	p.NewOriginal = r.Meta.Original
	p.notes, p.NotesFromFile = fileNotes(d, r)
}

// sameUnits says whether r has the segments of d, as the reader made them from the same file: same
// French, same IDs, units and places; merge-back pairs them so.
func sameUnits(d, r *annotate.Document) bool {
	if d.Text != r.Text || len(d.Segments) != len(r.Segments) {
		return false
	}
	for i, s := range d.Segments {
		t := r.Segments[i]
		if s.ID != t.ID || s.Unit != t.Unit || s.UnitSegment != t.UnitSegment || s.Start != t.Start || s.End != t.End {
			return false
		}
	}
	return true
}

// fileNotes returns the notes that d's segments ("" the document) have once r's file is theirs, for
// those that change: the file's notes (the client's and the reviewer's, read-only), then Glose's own,
// as d has them (those the file holds from an earlier export and that were edited or deleted since
// are replaced or taken out by the next export). n is how many of the file's notes d did not have.
func fileNotes(d, r *annotate.Document) (map[string][]annotate.Note, int) {
	out := map[string][]annotate.Note{}
	added := 0
	merge := func(id string, mine, file []annotate.Note) {
		next, n := mergeNotes(mine, file)
		added += n
		if !slices.Equal(next, mine) {
			out[id] = next
		}
	}
	merge("", d.Notes, r.Notes)
	for i, s := range d.Segments {
		merge(s.ID, s.Notes, r.Segments[i].Notes)
	}
	return out, added
}

// reviewerNotes returns the notes that d ("" the document) and its segments found in r (pairs) have
// once they take the notes of r that they lack (a reviewer's comments on Glose's own XLIFF export),
// added after their own, read-only; n counts them. A note of Glose's is taken too: a reviewer working
// in Glose writes theirs so, and dropping it would lose it without a word (a note the translator deleted
// after the export comes back, which is seen). Used for a document with no original file: nothing else
// would keep them.
func reviewerNotes(d, r *annotate.Document, pairs []pair) (map[string][]annotate.Note, int) {
	out := map[string][]annotate.Note{}
	added := 0
	take := func(id string, mine, file []annotate.Note) {
		had := map[string]int{}
		for _, x := range mine {
			had[key(x)]++
		}
		next := slices.Clone(mine)
		for _, x := range file {
			if k := key(x); had[k] > 0 {
				had[k]--
				continue
			}
			next = append(next, x)
			added++
		}
		if len(next) > len(mine) {
			out[id] = next
		}
	}
	take("", d.Notes, r.Notes)
	for _, q := range pairs {
		take(d.Segments[q.Index].ID, d.Segments[q.Index].Notes, r.Segments[q.Returned].Notes)
	}
	return out, added
}

// mergeNotes is the file's notes not Glose's, then Glose's notes of mine; n counts the file's notes
// that mine lacks.
func mergeNotes(mine, file []annotate.Note) (next []annotate.Note, n int) {
	had := map[string]int{}
	for _, x := range mine {
		had[key(x)]++
	}
	for _, x := range file {
		if x.Glose {
			continue
		}
		if k := key(x); had[k] > 0 {
			had[k]--
		} else {
			n++
		}
		next = append(next, x)
	}
	for _, x := range mine {
		if x.Glose {
			next = append(next, x)
		}
	}
	return next, n
}

// key tells notes apart as merge-back does: what notes of either XLIFF version keep.
func key(n annotate.Note) string {
	return fmt.Sprintf("%t\x00%s\x00%s\x00%s", n.Glose, n.Text, n.AppliesTo, strconv.Itoa(n.Priority))
}
