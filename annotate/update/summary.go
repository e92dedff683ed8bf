package update

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/glose-app/glose/annotate"
)

// Summary says what the plan would do, in English, one line per kind of outcome (the CLI prints it;
// the app says it in the user's language from the counts).
func (p *Plan) Summary() []string {
	n := len(p.Changes)
	lines := []string{fmt.Sprintf("%s changed, %d unchanged, %d not found in this document, %d whose French differs (refused)",
		annotate.Plural(n, "segment", "segments"), p.Unchanged, len(p.NotFound), len(p.Refused))}
	for _, c := range p.Changes {
		lines = append(lines, "  changed: "+c.describe())
	}
	for _, r := range p.Refused {
		lines = append(lines, fmt.Sprintf("  refused: segment %s: the file's French %q differs from the document's %q",
			r.Segment, annotate.Shorten(r.Returned, 60), annotate.Shorten(r.Source, 60)))
	}
	if len(p.NotFound) > 0 {
		lines = append(lines, "  not found: "+strings.Join(p.NotFound, ", "))
	}
	if len(p.Kept) > 0 {
		lines = append(lines, fmt.Sprintf("  kept: %s (the file has no translation for %s)", strings.Join(p.Kept, ", "), pick(len(p.Kept), "it", "them")))
	}
	if len(p.Locked) > 0 {
		lines = append(lines, fmt.Sprintf("  locked: %s (left as %s; unlock to take the file's)", strings.Join(p.Locked, ", "), pick(len(p.Locked), "it is", "they are")))
	}
	if p.BySource > 0 {
		lines = append(lines, fmt.Sprintf("  %s found by %s French, not by ID", annotate.Plural(p.BySource, "segment", "segments"), pick(p.BySource, "its", "their")))
	}
	if n := len(p.Ignores); n > 0 {
		lines = append(lines, fmt.Sprintf("  %s of the checks ignored in the file, ignored in the document too", annotate.Plural(n, "warning", "warnings")))
	}
	if l := p.originalLine(); l != "" {
		lines = append(lines, "  "+l)
	}
	return append(lines, p.noteLines()...)
}

// noteLines names the file's notes added in Glose whose ID a note of the document has with other
// words, and counts those the translator deleted since the export.
func (p *Plan) noteLines() []string {
	var lines []string
	for _, n := range p.NotesDiffer {
		where := "the document"
		if n.Segment != "" {
			where = "segment " + n.Segment
		}
		lines = append(lines, fmt.Sprintf("  note %s on %s differs in the file (%q), the document keeps its own (%q)",
			n.ID, where, annotate.Shorten(n.File, 50), annotate.Shorten(n.Mine, 50)))
	}
	if n := p.NotesRemoved; n > 0 {
		lines = append(lines, fmt.Sprintf("  %s deleted since the export left out", annotate.Plural(n, "note", "notes")))
	}
	return lines
}

// originalLine says whether the returned file becomes the document's original file, and why not;
// for a document with none, how many of the file's notes it takes.
func (p *Plan) originalLine() string {
	if p.NewOriginal == nil && p.NotesFromFile > 0 {
		return fmt.Sprintf("%s from the file taken (those added in Glose editable, the others read-only)", annotate.Plural(p.NotesFromFile, "new note", "new notes"))
	}
	if p.NewOriginal != nil {
		return fmt.Sprintf("%s replaces %s as the file the next XLIFF export merges into (with %s of its own)",
			filepath.Base(p.File), p.OriginalName, annotate.Plural(p.NotesFromFile, "new note", "new notes"))
	}
	if p.OriginalKept == "" {
		return ""
	}
	return fmt.Sprintf("%s does not replace %s, which the next XLIFF export still merges into: %s", filepath.Base(p.File), p.OriginalName, p.KeptReason())
}

// KeptReason says in English why the returned file does not replace the document's original.
func (p *Plan) KeptReason() string {
	switch p.OriginalKept {
	case KeptTMX:
		return "a TMX file is not the translation tool's XLIFF"
	case KeptVersion:
		return "its XLIFF version is not the original's"
	case KeptGlose:
		return "it is Glose's own XLIFF, not the translation tool's file"
	case KeptUnits:
		return "its units are not the document's (IDs, French or segments differ)"
	case KeptSize:
		return fmt.Sprintf("it is larger than %d MB", p.OriginalMaxMB)
	case KeptEncoding:
		return "it is not UTF-8"
	}
	return p.OriginalKept
}

// describe says what changes in one segment.
func (c Change) describe() string {
	s := "segment " + c.Segment + ": "
	if !c.StatOnly {
		old, new := Excerpts(c.OldTarget, c.Target, 50)
		s += fmt.Sprintf("%q → %q", old, new)
	}
	if !c.TargetOnly {
		if !c.StatOnly {
			s += ", "
		}
		s += fmt.Sprintf("%s → %s", c.OldStatus, c.Status)
	}
	return s
}

// Summary says what Apply did to the English spans, in English.
func (r Result) Summary() string {
	s := fmt.Sprintf("%s updated; English spans: %d kept, %d dropped (their text changed), %d added from the file's markers",
		annotate.Plural(r.Changed, "segment", "segments"), r.SpansKept, r.SpansDropped, r.SpansAdded)
	if r.MarkersSkipped > 0 {
		s += fmt.Sprintf(", %d markers of labels the document does not have left out", r.MarkersSkipped)
	}
	s += fmt.Sprintf(", %d proposed again by projection", r.Projected)
	if r.TookFile {
		s += fmt.Sprintf("; the returned file is the original now, with %s of its own", annotate.Plural(r.NotesFromFile, "new note", "new notes"))
	} else if r.NotesFromFile > 0 {
		s += fmt.Sprintf("; %s from the file taken", annotate.Plural(r.NotesFromFile, "new note", "new notes"))
	}
	return s
}

func pick(n int, one, other string) string {
	if n == 1 {
		return one
	}
	return other
}

// Excerpts shortens a segment's English before and after a change to about n characters each, from
// the word where they start to differ when that is further in: a reviewer's correction at the end of
// a long sentence showed as the same cut beginning twice ("Grégory Doucet presented his project to
// the city c…" → the same).
func Excerpts(old, new string, n int) (string, string) {
	a, b := []rune(old), []rune(new)
	p := 0
	for p < len(a) && p < len(b) && a[p] == b[p] {
		p++
	}
	if p <= n/2 {
		return annotate.Shorten(old, n), annotate.Shorten(new, n)
	}
	from := p - n/4 // some context before the change, from the start of a word
	for from > 0 && a[from-1] != ' ' {
		from--
	}
	return "…" + annotate.Shorten(string(a[from:]), n), "…" + annotate.Shorten(string(b[from:]), n)
}
