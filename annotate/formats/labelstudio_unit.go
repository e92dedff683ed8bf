package formats

import (
	"fmt"

	"github.com/glose-app/glose/annotate"
)

// lsTextCheck is what comparing the regions' value.text with the text at their offsets found, for one unit.
type lsTextCheck struct {
	first     *lsMismatch // the first region that disagrees, nil when none does
	bad       int         // regions that disagree
	checked   int         // regions that state a value.text
	unchecked int         // regions without value.text in a text where the two units differ
}

// lsMismatch is a labels region whose value.text is not the text at its offsets.
type lsMismatch struct {
	at         place // task, result set and region
	start, end int
	stated     string
	found      string // the text at the offsets; "" when err says why there is none
	err        error
	otherOK    bool // counted in the other unit, the offsets give the stated text
}

// lsTaskAt is the place of a task: in messages, its position in the file and, when it has one, its
// Label Studio ID; in Args, the place keys Task and TaskID.
func lsTaskAt(name string, i int, t lsTask) place {
	if t.ID != 0 {
		return place{text: fmt.Sprintf("%s: task %d (id %d)", name, i+1, t.ID), task: i + 1, taskID: t.ID}
	}
	return place{text: fmt.Sprintf("%s: task %d", name, i+1), task: i + 1}
}

// lsResultAt is the place of result j of a result set of a task at task.
func lsResultAt(task place, set lsNamedSet, j int) place {
	p := task
	p.text = fmt.Sprintf("%s: %s result[%d]", task.text, set.name, j)
	p.set, p.setN, p.result = set.kind, set.n, j
	return p
}

// lsUnit decides which unit the file's offsets count. Label Studio repeats each region's text in
// value.text, so offsets can be checked: the unit asked for (code points by default) must give that
// text. When it does not but the other unit gives it for every region, and no unit was forced, the file
// comes from an older Label Studio (or glose-cli export --unit utf16): it is read in that unit, with a
// warning. Otherwise the first region that disagrees is an error.
func lsUnit(name string, tasks []lsTask, asked string, w *warnings) (annotate.Unit, error) {
	unit, _ := parseUnit(asked, annotate.CodePoints)
	c := lsCheckTexts(name, tasks, unit)
	if c.first == nil {
		if asked == "" && c.unchecked > 0 {
			w.say(name, WarnOffsetsUnchecked, map[string]any{"N": c.unchecked, "Unit": unitFlag(unit)},
				"%s no value.text, so the offsets could not be checked, in texts with characters outside the BMP (e.g. emoji): they were read as %s; if the file comes from a Label Studio older than 1.6, which counted UTF-16 code units, import it with --unit utf16", plural(c.unchecked, "region has", "regions have"), unit)
		}
		return unit, nil
	}
	other := otherUnit(unit)
	if asked == "" {
		if o := lsCheckTexts(name, tasks, other); o.first == nil {
			w.say(name, WarnOffsetsOtherUnit, map[string]any{"Unit": unitFlag(other), "N": c.bad, "Regions": c.checked},
				"offsets read as %s, not %s: the value.text of %d of %s is the text at the offsets only when counted that way (Label Studio before 1.6 and glose-cli export --unit utf16 count UTF-16 code units); import with --unit %s to say so", other, unit, c.bad, plural(c.checked, "region", "regions"), unitFlag(other))
			return other, nil
		}
	}
	return unit, c.first.error(unit, asked != "")
}

// lsCheckTexts compares the value.text of every labels region of every result set with the text at its
// offsets counted in u.
func lsCheckTexts(name string, tasks []lsTask, u annotate.Unit) lsTextCheck {
	var c lsTextCheck
	for i, t := range tasks {
		text := t.text
		off := annotate.NewOffsets(text)
		wide := outsideBMP(text)
		for _, set := range lsAllSets(t) {
			for j, reg := range set.Result {
				if reg.Type != "labels" || reg.Value == nil || lsBadValue(reg.Value) {
					continue // the reader says what is wrong with the value
				}
				if reg.Value.Text == "" {
					if wide {
						c.unchecked++
					}
					continue
				}
				c.checked++
				at := lsTaskAt(name, i, t)
				at.text = fmt.Sprintf("%s: %s result[%d] (region %q)", at.text, set.name, j, reg.ID)
				at.set, at.setN, at.result = set.kind, set.n, j
				if m := lsCheckRegion(at, text, off, reg.Value, u); m != nil {
					c.bad++
					if c.first == nil {
						c.first = m
					}
				}
			}
		}
	}
	return c
}

// lsNamedSet is a result set with its name in messages ("annotation 1", "prediction 2"): its kind,
// "annotation" or "prediction", and which of them it is in the task, from 1.
type lsNamedSet struct {
	name string
	kind string
	n    int
	lsResultSet
}

// lsSetOf names the k-th (from 0) result set of a kind.
func lsSetOf(kind string, k int, set lsResultSet) lsNamedSet {
	return lsNamedSet{fmt.Sprintf("%s %d", kind, k+1), kind, k + 1, set}
}

// lsAllSets lists the result sets of a task that may be imported, annotations first, in file order:
// a cancelled annotation is left out, so its regions cannot fail the import.
func lsAllSets(t lsTask) []lsNamedSet {
	sets := make([]lsNamedSet, 0, len(t.Annotations)+len(t.Predictions))
	for k, a := range t.Annotations {
		if !a.WasCancelled {
			sets = append(sets, lsSetOf("annotation", k, a))
		}
	}
	for k, p := range t.Predictions {
		sets = append(sets, lsSetOf("prediction", k, p))
	}
	return sets
}

// lsCheckRegion returns how a region's value.text disagrees with the text at its offsets, or nil.
func lsCheckRegion(at place, text string, off *annotate.Offsets, v *lsValue, u annotate.Unit) *lsMismatch {
	found, err := textAt(text, off, v.Start, v.End, u, at)
	if err == nil && sameText(v.Text, found) {
		return nil
	}
	m := &lsMismatch{at: at, start: v.Start, end: v.End, stated: v.Text, found: found, err: err}
	if o, err := textAt(text, off, v.Start, v.End, otherUnit(u), at); err == nil && sameText(v.Text, o) {
		m.otherOK = true
	}
	return m
}

// textAt returns the text over [start, end) counted in u.
func textAt(text string, off *annotate.Offsets, start, end int, u annotate.Unit, where place) (string, error) {
	a, b, err := toBytes(off, start, end, u, where)
	if err != nil {
		return "", err
	}
	return text[a:b], nil
}

func (m *lsMismatch) error(u annotate.Unit, forced bool) error {
	other := otherUnit(u)
	var hint, code string
	switch {
	case m.otherOK && forced:
		code = "other-unit"
		hint = fmt.Sprintf("counted in %s, the offsets give the stated text: import with --unit %s", other, unitFlag(other))
	case m.otherOK:
		code = "mixed"
		hint = fmt.Sprintf("counted in %s they would, but then other regions would not: the file mixes units, or its texts were edited after annotation", other)
	default:
		code = "edited"
		hint = "the task's text was probably edited after annotation, or the offsets belong to another text"
	}
	if m.err != nil {
		return m.at.err(ErrRegionOutside, map[string]any{"Stated": annotate.Shorten(m.stated, 40), "Hint": code},
			"%w, and value.text is %q; %s", m.err, m.stated, hint)
	}
	args := map[string]any{"Stated": annotate.Shorten(m.stated, 40), "Found": annotate.Shorten(m.found, 40), "Start": m.start, "End": m.end, "Unit": unitFlag(u), "Hint": code}
	return m.at.err(ErrRegionText, args, "%s: value.text is %q but the text at [%d, %d) (%s) is %q; %s", m.at, m.stated, m.start, m.end, u, m.found, hint)
}
