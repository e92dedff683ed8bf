package app

import (
	"strings"

	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
	"github.com/glose-app/glose/annotate/qa"
	"github.com/glose-app/glose/suggest/tm"
)

// A memory match or a machine translation replacing the English brings text without codes (a memory
// unit with TMX codes of its own brings the segment's codes where it has them, when they match: see
// codememory.go; failing that, it is as any other). The codes come along where they surely belong:
// each code that wraps words the English holds as the French writes them (a name written alike, a
// number, a brand), once, as whole words, goes around them; one wrapping the whole French wraps the
// whole English; one standing at the French's start or end stands at the English's. Only when every
// code of the segment is so placed are they placed, in the insertion's undo step: a code left out
// while others are placed would be flagged (codes-hand), and the export's estimate does better with
// none placed. Otherwise the English has no codes placed by hand, as before, and the status line
// says so.

// sharedCodes returns the markers of every code of codes (of french) in english by the words they
// share, or false when one of them cannot be placed so, or two would cross.
func sharedCodes(french, english string, codes []formats.Code) ([]annotate.CodePlace, bool) {
	return formats.CodeMarks(codes, english, func(_ int, c formats.Code) (int, int, bool) { return sharedPlace(french, english, c) })
}

// sharedPlace is where code c of french goes in english: around the same words, or at the same end.
func sharedPlace(french, english string, c formats.Code) (a, b int, ok bool) {
	switch {
	case c.At == 0 && (c.End == len(french) || !c.Wraps && c.End == 0):
		if c.Wraps {
			return 0, len(english), true
		}
		return 0, 0, true
	case !c.Wraps && c.At == len(french):
		return len(english), len(english), true
	case !c.Wraps || c.End <= c.At || c.End > len(french):
		return 0, 0, false
	}
	words := strings.TrimSpace(french[c.At:c.End])
	i := strings.Index(english, words)
	if words == "" || i < 0 || strings.Count(english, words) != 1 || !annotate.WholeWord(english, i, i+len(words)) {
		return 0, 0, false
	}
	return i, i + len(words), true
}

// placeSharedCodes places in seg's English, just replaced by a memory match or a machine translation,
// the codes of its French by the words the two share (sharedCodes), in place of the markers the
// replacement left at its ends. It reports whether it placed them; the segment's French having no
// codes, it does nothing.
func (ui *UI) placeSharedCodes(seg *annotate.Segment) (bool, error) {
	codes := ui.codesOf(seg)
	if len(codes) == 0 {
		return false, nil
	}
	marks, ok := sharedCodes(ui.doc.SourceText(seg), seg.Target, codes)
	if !ok {
		return false, nil
	}
	return true, ui.replaceCodes(seg, len(codes), marks)
}

// replaceCodes places marks in seg's English in place of the markers of its n codes.
func (ui *UI) replaceCodes(seg *annotate.Segment, n int, marks []annotate.CodePlace) error {
	for k := range n {
		if err := ui.ed.UnplaceCode(seg.ID, k); err != nil {
			return err
		}
	}
	return ui.ed.PlaceCodes(seg.ID, marks...)
}

// codesPlaced is how an insertion placed the segment's inline codes.
type codesPlaced int

const (
	notPlaced    codesPlaced = iota
	placedShared             // by the words the English shares with the French (sharedCodes)
	placedMemory             // where the memory unit's codes stand (tm.PlaceCodes)
)

// placeInsertedCodes places seg's codes in its English, just replaced by a memory match or a machine
// translation: where the memory unit's codes, from, stand (with fixes, its style's, made), else by
// the words it shares with the French.
func (ui *UI) placeInsertedCodes(seg *annotate.Segment, from []tm.TargetCode, fixes []qa.Fix) (codesPlaced, error) {
	if len(from) > 0 {
		if ok, err := ui.placeMemoryCodes(seg, from, fixes); ok || err != nil {
			return placedMemory, err
		}
	}
	if ok, err := ui.placeSharedCodes(seg); ok || err != nil {
		return placedShared, err
	}
	return notPlaced, nil
}

// sayInserted says on the status line what went into seg's English, text, and, for a segment whose
// French has inline codes, whether and how the insertion placed them.
func (ui *UI) sayInserted(seg *annotate.Segment, text string, placed codesPlaced) {
	args := map[string]any{"Text": quoted(strings.TrimSpace(text), 80)}
	codes := ui.codesOf(seg)
	switch {
	case placed == placedMemory:
		args["English"] = quoted(markedEnglish(seg, codes), 80)
		ui.setStatus(lang.L("Inserted with its codes, placed where the memory’s unit has them: {{.English}}", args))
	case placed == placedShared:
		args["English"] = quoted(markedEnglish(seg, codes), 80)
		ui.setStatus(lang.L("Inserted with its codes, placed by the words the French shares: {{.English}}", args))
	case len(codes) > 0 && len(seg.Codes) == 0:
		ui.setStatus(lang.L("Inserted: {{.Text}} — without inline codes (their words differ from the French’s): F9 places them, or the export estimates them", args))
	default:
		ui.setStatus(lang.L("Inserted: {{.Text}}", args))
	}
}
