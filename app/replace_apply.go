package app

import (
	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate"
)

// segReplace is what Replace changes in one segment's English: byte ranges, in order, and the words
// each becomes.
type segReplace struct {
	i      int
	ranges [][2]int
	with   []string
}

// replacement is what replaces match: the words typed, given the match's case when the search
// ignores case (annotate.KeepCase: "agreement" typed replaces "Deal" with "Agreement").
func (r *replacer) replacement(match string) string {
	if r.matchCase.Checked {
		return r.with.Text
	}
	return annotate.KeepCase(match, r.with.Text)
}

// stillMatch says whether at, the match shown, is still a match of s where it was: the English may
// have been typed in since.
func (r *replacer) stillMatch(s *annotate.Searcher, at findPos) bool {
	d := r.f.ui.doc
	if at.seg < 0 || at.seg >= len(d.Segments) || at.side != annotate.Target || r.skips(d.Segments[at.seg]) {
		return false
	}
	a, b, ok := s.Find(d.Segments[at.seg].Target, at.start)
	return ok && a == at.start && b == at.end
}

// replaceOne replaces the match shown and goes to the next one. With no match shown (the first
// press, or after the English or the search changed) it goes to the next match only, to be seen
// before it is replaced.
func (r *replacer) replaceOne() {
	f, ui := r.f, r.f.ui
	s := r.searcher()
	if s == nil {
		return
	}
	at := f.last
	if r.key() != f.query || !r.stillMatch(s, at) {
		r.next()
		return
	}
	seg := ui.doc.Segments[at.seg]
	with := r.replacement(seg.Target[at.start:at.end])
	if _, err := ui.replaceIn(stepReplace, []segReplace{{at.seg, [][2]int{{at.start, at.end}}, []string{with}}}); err != nil {
		ui.showError(err)
		return
	}
	f.last.end = at.start + len(with) // the next search starts after the new words
	msg := lang.L("Replaced in segment {{.N}}", map[string]any{"N": at.seg + 1})
	r.next()
	ui.setStatus(msg + " — " + ui.status.Text)
}

// replaceAll replaces every match in the English, as one undo step, and says how many in how many
// segments, how many reviewed segments that makes translated again, and how many confirmed
// segments were left alone under "Unconfirmed segments only".
func (r *replacer) replaceAll() {
	f, ui := r.f, r.f.ui
	s := r.searcher()
	if s == nil {
		return
	}
	var reps []segReplace
	var skipped, locked int
	for i, seg := range ui.doc.Segments {
		ms := s.All(seg.Target)
		if len(ms) == 0 {
			continue
		}
		if r.skips(seg) {
			if seg.Locked {
				locked++
			} else {
				skipped++
			}
			continue
		}
		rep := segReplace{i: i}
		for _, m := range ms {
			if w := r.replacement(seg.Target[m[0]:m[1]]); w != seg.Target[m[0]:m[1]] {
				rep.ranges, rep.with = append(rep.ranges, m), append(rep.with, w)
			}
		}
		if len(rep.ranges) > 0 {
			reps = append(reps, rep)
		}
	}
	f.last = findPos{seg: -1}
	reviewed, err := ui.replaceIn(stepReplaceAll, reps)
	if err != nil {
		ui.showError(err)
		return
	}
	ui.setStatus(replacedMessage(f.entry.Text, reps, reviewed, skipped, locked))
}

// replacedMessage is the status line after Replace all: skipped confirmed segments were left alone
// ("Unconfirmed segments only"), locked ones always are.
func replacedMessage(query string, reps []segReplace, reviewed, skipped, locked int) string {
	n := 0
	for _, rep := range reps {
		n += len(rep.ranges)
	}
	var msg string
	switch len(reps) {
	case 0:
		msg = lang.L("“{{.Text}}” is nowhere in the English", map[string]any{"Text": query})
	case 1:
		msg = lang.N("{{.N}} replacements in segment {{.Seg}}", n, map[string]any{"N": n, "Seg": reps[0].i + 1})
	default:
		msg = lang.N("{{.N}} replacements in {{.M}} segments", n, map[string]any{"N": n, "M": len(reps)})
	}
	then := lang.X("replace.then", "; ") // French puts a no-break space before the semicolon
	if reviewed > 0 {
		msg += then + lang.N("{{.N}} reviewed segments are translated again: their review was of other words", reviewed, map[string]any{"N": reviewed})
	}
	if skipped > 0 {
		msg += then + lang.N("{{.N}} confirmed segments left alone", skipped, map[string]any{"N": skipped})
	}
	if locked > 0 {
		msg += then + lang.N("{{.N}} locked segments left alone", locked, map[string]any{"N": locked})
	}
	return msg
}

// replaceIn makes the replacements reps in the English as one undo step named step, as typing would
// make them: through the editor, so that the English spans shift, grow or shrink (annotate.Editor.
// ReplaceText), autosave and undo follow; a new segment becomes a draft and a reviewed one translated
// (the review was of other words: typing does the same); a translated segment stays translated, as
// one corrected by typing does, and the memory takes its new English at once; the segments are
// projected again after the pause, as after typing, and the checks run again. It returns how many
// reviewed segments became translated.
func (ui *UI) replaceIn(step string, reps []segReplace) (reviewed int, err error) {
	if len(reps) == 0 {
		return 0, nil
	}
	err = ui.ed.Batch(step, func() error {
		reviewed = 0
		for _, rep := range reps {
			seg := ui.doc.Segments[rep.i]
			was, err := ui.editedStatus(seg)
			if err != nil {
				return err
			}
			if was {
				reviewed++
			}
			for k := len(rep.ranges) - 1; k >= 0; k-- { // from the end: the ranges before stay right
				if _, err := ui.ed.ReplaceText(seg.ID, rep.ranges[k][0], rep.ranges[k][1], rep.with[k]); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	var done []int
	for _, rep := range reps {
		seg := ui.doc.Segments[rep.i]
		ui.projectLater(seg.ID)
		if seg.Status.Done() && ui.sugg.memo.storing(seg) {
			done = append(done, rep.i)
		}
	}
	ui.rememberAll(done)
	return reviewed, nil
}

// replacingOr returns what Ctrl+Enter does: in the Find bar in replace mode, Replace; elsewhere
// other (confirm the segment). The driver gives a menu's shortcut to the menu before the focused
// field, so the field cannot take it itself.
func (ui *UI) replacingOr(other func()) func() {
	return func() {
		f := ui.find
		if f.replacing && f.bar.Visible() && f.rep.owns(ui.win.Canvas().Focused()) {
			f.rep.replaceOne()
			return
		}
		other()
	}
}
