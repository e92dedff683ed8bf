// Package update brings the translation of a document up to date from a file returned by a reviewer or
// a translation tool (OmegaT, memoQ): an XLIFF 2, XLIFF 1.2 or TMX file that holds the document's
// segments with corrected English. CAT tools call it a reimport ("update from bilingual"). Unlike
// opening the returned file as a new document, it keeps everything the file cannot carry: the links,
// entities, rejections and notes, the French and its spans.
//
// Match compares the returned file with the document and makes a Plan (what would change); Apply makes
// the changes through the document's editor, as one undo step.
package update

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
)

// Marker is an English span that the returned file marks in a segment's new translation, in bytes
// of the new translation.
type Marker struct {
	Start, End int
	Label      string
	Origin     annotate.Origin
	Confidence float64
	Mention    annotate.MentionKind
	Note       string
}

// Change is a segment whose translation or status the returned file changes.
type Change struct {
	Segment              string // the document's segment ID
	Index                int    // its place in the document, from 0
	OldTarget, Target    string
	OldStatus, Status    annotate.Status
	Markers              []Marker
	BySource             bool // found by its French, the file's ID naming no segment with that French
	TargetOnly, StatOnly bool // only the translation, or only the status, changes
}

// Refusal is a segment of the returned file whose ID names a segment of the document but whose French
// differs (and no other segment has its French): the reviewer edited the French, or the file is of
// another version of the document. Its translation is not applied.
type Refusal struct {
	ID       string // the segment's ID in the file
	Segment  string // the document's segment with that ID
	Index    int
	Source   string // the document's French
	Returned string // the file's French
}

// Plan is what updating the document from the returned file would do.
type Plan struct {
	File      string // the returned file, as named to Match
	Changes   []Change
	Unchanged int      // segments found whose translation and status are the document's
	NotFound  []string // the file's segments (IDs, or French when they have none) found in no segment
	Refused   []Refusal
	// Kept are the document's segments whose translation the file leaves empty: their English is kept,
	// as nothing the translator wrote is thrown away by a file that lost it.
	Kept []string
	// Locked are the document's locked segments whose translation or status the file changes: they
	// stay as they are (annotate.ErrLocked) until the translator unlocks them and updates again.
	Locked   []string
	BySource int // segments found by their French, their ID missing or naming another segment
	// Ignores are the quality checks' warnings that the file's segments ignore (Glose's own XLIFF,
	// from a reviewer who ignored them in Glose) and the document's do not yet: Apply ignores them too.
	Ignores []Ignore

	// NewOriginal is the returned file when it becomes the document's original file, which the next
	// XLIFF export merges into (merge-back): an XLIFF of the version of the original whose segments are
	// the document's. nil otherwise; OriginalKept then says why (one of the Kept reasons) when the
	// document has an original, which it keeps. OriginalMaxMB is the size limit, for KeptSize.
	NewOriginal   *annotate.Original
	OriginalKept  string
	OriginalMaxMB int
	OriginalName  string // the name of the document's original file, "" when it has none
	// NotesFromFile counts the notes of the new original that the document did not have (the
	// reviewer's), which it takes, read-only.
	NotesFromFile int
	// NotesDiffer are the file's notes added in Glose whose ID a note of the document has, with other
	// words: the document keeps its own. NotesRemoved counts those whose note the translator removed
	// since the export, which stay removed.
	NotesDiffer  []NoteDiff
	NotesRemoved int
	notes        map[string][]annotate.Note // the notes of the segments that change with it
	from         *annotate.Document         // the returned document matched
	pairs        []pair                     // the returned document's segments found, with the document's
}

// Ignore is a warning of the checks that a segment of the returned file ignores.
type Ignore struct {
	Segment string // the document's segment ID
	annotate.QAIgnore
}

// pair is a segment of the returned document (Returned, its index there) found as the document's
// segment Index.
type pair struct{ Returned, Index int }

// Partial says whether some of the file's segments are not applied: refused or not found.
func (p *Plan) Partial() bool { return len(p.Refused) > 0 || len(p.NotFound) > 0 }

// Found is how many segments of the file were found in the document with the same French.
func (p *Plan) Found() int { return len(p.Changes) + p.Unchanged + len(p.Kept) + len(p.Locked) }

// NotForDocumentError says the returned file matches no segment of the document.
type NotForDocumentError struct {
	File     string // the file's name
	Segments int    // how many segments it holds
}

func (e *NotForDocumentError) Error() string {
	return fmt.Sprintf("%s is not a translation of this document: none of its %s has the French of a segment of the document",
		filepath.Base(e.File), annotate.Plural(e.Segments, "segment", "segments"))
}

// FormatError says the file is not of a format updating reads.
type FormatError struct{ File string }

func (e *FormatError) Error() string {
	return fmt.Sprintf("%s: updating a translation reads XLIFF (.xlf, .xliff), TMX (.tmx) or Glose JSON (.json) files", filepath.Base(e.File))
}

// formatOf is the format of a returned file by its extension: XLIFF (1.2 and 2, which one reader tells
// apart), TMX, or Glose JSON (the document itself, returned by a reviewer who worked in Glose, perhaps
// without tracking changes: updating from it shows what they changed); "" for anything else.
func formatOf(path string) string {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".xlf", ".xliff", ".sdlxliff", ".mqxliff", ".mxliff": // SDL Trados, memoQ and Phrase name their XLIFF 1.2 so
		return "xliff"
	case ".tmx":
		return "tmx"
	case ".json", ".glose":
		return "glose"
	}
	return ""
}

// ReadFile reads the returned file at path and matches it with d. The warnings are the reader's
// (inline codes left out, states read otherwise...).
func ReadFile(d *annotate.Document, path string) (*Plan, []formats.Warning, error) {
	f := formatOf(path)
	if f == "" {
		return nil, nil, &FormatError{File: path}
	}
	docs, warns, err := formats.ReadFile(path, formats.ReadOptions{Format: f, SourceLang: d.SourceLang, TargetLang: d.TargetLang})
	if err != nil {
		return nil, warns, err
	}
	p, err := Match(d, docs, path)
	if err != nil {
		return nil, warns, err
	}
	p.takeFile(d, p.from, f, warns)
	return p, withoutOriginalWarning(warns), nil
}

// withoutOriginalWarning leaves out the reader's warning that the file is not kept for merge-back,
// which the plan says in its own words (OriginalKept): updating keeps the original the document has.
func withoutOriginalWarning(warns []formats.Warning) []formats.Warning {
	return slices.DeleteFunc(warns, func(w formats.Warning) bool { return w.Code == formats.WarnOriginalNotKept })
}

// Match compares the documents read from a returned file with d. A file of several documents (a
// corpus) is matched by the one whose segments match best. It fails with a NotForDocumentError when
// no segment of the file has the French of a segment of d.
func Match(d *annotate.Document, returned []*annotate.Document, name string) (*Plan, error) {
	var best *Plan
	total := 0
	for _, r := range returned {
		total += len(r.Segments)
		p := match(d, r, name)
		p.from = r
		if best == nil || p.Found() > best.Found() || p.Found() == best.Found() && r.ID == d.ID {
			best = p
		}
	}
	if best == nil || best.Found() == 0 {
		return nil, &NotForDocumentError{File: name, Segments: total}
	}
	return best, nil
}

// sameFrench compares two French texts as readers see them (é written as e and U+0301 is é).
func sameFrench(a, b string) bool { return a == b || frenchKey(a) == frenchKey(b) }

// frenchKey is a segment's French as segments are matched: in NFC, without the white space that lays a
// file out at its ends, which a document imported before the XLIFF import left it to the gap kept in
// its segments (Crowdin's line break before </source>).
func frenchKey(s string) string { return strings.Trim(norm.NFC.String(s), " \t\r\n") }

// matcher finds the document's segment for each segment of a returned document.
type matcher struct {
	d      *annotate.Document
	used   []bool
	byText map[string][]int // the document's segments by their French (NFC), in order
}

func newMatcher(d *annotate.Document) *matcher {
	m := &matcher{d: d, used: make([]bool, len(d.Segments)), byText: map[string][]int{}}
	for i, s := range d.Segments {
		k := frenchKey(d.SourceText(s))
		m.byText[k] = append(m.byText[k], i)
	}
	return m
}

// byID returns the index of the document's segment that the returned segment r names, or -1: the
// same unit and segment ID as the export wrote them (a translation tool's IDs, kept by Glose), else
// the same segment ID.
func (m *matcher) byID(r *annotate.Segment) int {
	orig := r.ID
	if r.UnitSegment != "" {
		orig = r.UnitSegment
	}
	if r.Unit != "" {
		for i, s := range m.d.Segments {
			if !m.used[i] && s.Unit == r.Unit && (s.UnitSegment == orig || s.UnitSegment == "" && s.ID == orig) {
				return i
			}
		}
	}
	for _, id := range []string{orig, r.ID} {
		for i, s := range m.d.Segments {
			if !m.used[i] && s.ID == id {
				return i
			}
		}
	}
	return -1
}

// bySource returns the first unused segment of the document with the French text, or -1.
func (m *matcher) bySource(text string) int {
	for _, i := range m.byText[frenchKey(text)] {
		if !m.used[i] {
			return i
		}
	}
	return -1
}

// match makes the plan of one returned document: first the segments its IDs find with the same French,
// then the others by their French; a segment whose ID finds a segment with other French, and whose
// French is nowhere, is refused.
func match(d *annotate.Document, r *annotate.Document, name string) *Plan {
	p := &Plan{File: name}
	m := newMatcher(d)
	found := make([]int, len(r.Segments))
	viaText := make([]bool, len(r.Segments))
	for k, rs := range r.Segments {
		found[k] = -1
		if i := m.byID(rs); i >= 0 && sameFrench(d.SourceText(d.Segments[i]), r.SourceText(rs)) {
			found[k], m.used[i] = i, true
		}
	}
	for k, rs := range r.Segments {
		if found[k] >= 0 {
			continue
		}
		src := r.SourceText(rs)
		if i := m.bySource(src); i >= 0 {
			found[k], m.used[i], viaText[k] = i, true, true
			p.BySource++
			continue
		}
		i := m.byID(rs)
		if i >= 0 && !wholerUnit(d.SourceText(d.Segments[i]), src) {
			m.used[i] = true
			s := d.Segments[i]
			p.Refused = append(p.Refused, Refusal{ID: rs.ID, Segment: s.ID, Index: i, Source: d.SourceText(s), Returned: src})
			continue
		}
		what := rs.ID
		if what == "" || i >= 0 { // its ID names a segment it holds more than: named by its French
			what = annotate.Shorten(src, 40)
		}
		p.NotFound = append(p.NotFound, what)
	}
	for k, rs := range r.Segments {
		if i := found[k]; i >= 0 {
			p.compare(d, i, r, rs, viaText[k])
			p.pairs = append(p.pairs, pair{Returned: k, Index: i})
			p.newIgnores(d.Segments[i], rs)
		}
	}
	slices.SortFunc(p.Changes, func(a, b Change) int { return a.Index - b.Index })
	return p
}

// newIgnores adds the warnings the returned segment rs ignores and the document's segment s does not.
func (p *Plan) newIgnores(s, rs *annotate.Segment) {
	for _, ig := range rs.QAIgnored {
		if !s.IgnoresQA(ig) {
			p.Ignores = append(p.Ignores, Ignore{Segment: s.ID, QAIgnore: ig})
		}
	}
}

// wholerUnit says whether a returned unit's French holds a segment's French and more after it: a
// unit of a whole paragraph (a TMX exported with --paragraphs, OmegaT's paragraph segmentation),
// which names its first segment. Its English cannot be shared out among the paragraph's segments; it
// is not a French the reviewer edited either.
func wholerUnit(segment, unit string) bool {
	segment, unit = norm.NFC.String(strings.TrimSpace(segment)), norm.NFC.String(unit)
	return len(unit) > len(segment) && strings.HasPrefix(unit, segment+" ")
}

// compare files the document's segment i, found for the returned segment rs, as changed, unchanged or
// kept.
func (p *Plan) compare(d *annotate.Document, i int, r *annotate.Document, rs *annotate.Segment, bySource bool) {
	s := d.Segments[i]
	target, status := rs.Target, rs.Status
	if !rs.HasTranslation() {
		if s.HasTranslation() {
			p.Kept = append(p.Kept, s.ID)
		} else {
			p.Unchanged++
		}
		return
	}
	if target != s.Target && target == norm.NFC.String(s.Target) {
		// The reader puts the file in NFC: the document's "Zoe" + U+0301, pasted or from machine
		// translation, read back as "Zoé", is the same English, not a change that moves its spans.
		target = s.Target
	}
	if status == annotate.StatusNew { // a translation is at least a draft (as the XLIFF 1.2 reader reads OmegaT's)
		status = annotate.StatusDraft
	}
	if status == annotate.StatusDraft && s.Status == annotate.StatusNew && s.HasTranslation() {
		status = s.Status // how the export of a new segment with English reads back: no change
	}
	if target == s.Target && status == s.Status {
		p.Unchanged++
		return
	}
	if s.Locked {
		p.Locked = append(p.Locked, s.ID)
		return
	}
	c := Change{Segment: s.ID, Index: i, OldTarget: s.Target, Target: target, OldStatus: s.Status, Status: status,
		BySource: bySource, TargetOnly: status == s.Status, StatOnly: target == s.Target}
	for _, sp := range r.TargetSpans(rs.ID) {
		c.Markers = append(c.Markers, Marker{Start: sp.Start, End: sp.End, Label: sp.Label, Origin: sp.Origin,
			Confidence: sp.Confidence, Mention: sp.Mention, Note: sp.Note})
	}
	p.Changes = append(p.Changes, c)
}
