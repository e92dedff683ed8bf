package update

import (
	"fmt"
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
		p.reviewerNotes(d, r)
		return
	}
	if o == nil {
		if f == "xliff" {
			p.reviewerNotes(d, r)
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
	p.fileNotes(d, r)
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

// key tells notes apart as merge-back does: what notes of either XLIFF version keep.
func key(n annotate.Note) string {
	return fmt.Sprintf("%t\x00%s\x00%s\x00%s", n.Glose, n.Text, n.AppliesTo, strconv.Itoa(n.Priority))
}
