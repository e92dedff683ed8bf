package annotate

// Find and Replace over a document's English, shared by the app's Replace and Replace all (Ctrl+H)
// and glose-cli replace, so that both leave the same English, spans and statuses.

// ReplaceOptions say what Replace changes: the search's options, whether confirmed segments
// (translated and reviewed) are left alone, and which segments it may change at all.
type ReplaceOptions struct {
	SearchOptions
	UnconfirmedOnly bool // only new and draft segments
	// Scope, when not nil, marks the segments (by index) Replace may change: the app's segment filter
	// gives those it shows, as Replace All under a display filter acts on the segments displayed in
	// Trados and memoQ. The others' matches are counted apart (ReplacePlan.OutOfScope). Nil is every
	// segment.
	Scope []bool
}

// inScope says whether the segment at index i is one Replace may change (Scope).
func (o ReplaceOptions) inScope(i int) bool {
	return o.Scope == nil || i < len(o.Scope) && o.Scope[i]
}

// Skips says whether replacing leaves seg alone: a locked one, whose English cannot change (a
// client's translate="no", a segment a translator locked), and under UnconfirmedOnly a translated or
// reviewed one.
func (o ReplaceOptions) Skips(seg *Segment) bool {
	return seg.Locked || o.UnconfirmedOnly && seg.Status.Done()
}

// Replacement is what replaces match: with as typed when case counts, else given the match's case
// (KeepCase: "agreement" replaces "Deal" with "Agreement"); either way with the match's no-break
// spaces where it was typed with ordinary ones (KeepNoBreakSpaces).
func (o ReplaceOptions) Replacement(match, with string) string {
	if !o.MatchCase {
		with = KeepCase(match, with)
	}
	return KeepNoBreakSpaces(match, with)
}

// SegmentReplace is what a replacement changes in one segment's English: byte ranges of its target,
// in order, none overlapping, and the words each becomes.
type SegmentReplace struct {
	Index  int // the segment's place in the document
	Ranges [][2]int
	With   []string
}

// ReplacePlan is every replacement of a search in a document's English, and the segments holding a
// match that it leaves alone.
type ReplacePlan struct {
	Segments []SegmentReplace
	Reviewed int // reviewed segments it makes translated (Editor.Replace)
	Skipped  int // confirmed segments left alone under UnconfirmedOnly
	Locked   int // locked segments, always left alone
	// OutOfScope counts the matches in segments outside ReplaceOptions.Scope, left alone whatever
	// their status and lock: the user did not see them (and they are not in Skipped or Locked).
	OutOfScope int
}

// Count returns how many replacements the plan makes.
func (p ReplacePlan) Count() int {
	n := 0
	for _, s := range p.Segments {
		n += len(s.Ranges)
	}
	return n
}

// PlanReplace finds every match of s in the English of d's segments and what replaces it (see
// Replacement); a match that would become the same words is no replacement.
func PlanReplace(d *Document, s *Searcher, with string, opts ReplaceOptions) ReplacePlan {
	var p ReplacePlan
	for i, seg := range d.Segments {
		ms := s.All(seg.Target)
		if len(ms) == 0 {
			continue
		}
		if !opts.inScope(i) {
			p.OutOfScope += len(ms)
			continue
		}
		if opts.Skips(seg) {
			if seg.Locked {
				p.Locked++
			} else {
				p.Skipped++
			}
			continue
		}
		rep := SegmentReplace{Index: i}
		for _, m := range ms {
			old := seg.Target[m[0]:m[1]]
			if w := opts.Replacement(old, with); w != old {
				rep.Ranges, rep.With = append(rep.Ranges, m), append(rep.With, w)
			}
		}
		if len(rep.Ranges) > 0 {
			p.Segments = append(p.Segments, rep)
			if seg.Status == StatusReviewed {
				p.Reviewed++
			}
		}
	}
	return p
}

// Replace makes the replacements reps as one undo step named step, as typing would make them:
// spans follow as ReplaceText says, a new segment becomes a draft and a reviewed one translated (the
// review was of other words), a translated one stays translated (a terminology fix the translator
// stands behind by running it). It returns how many reviewed segments became translated.
func (e *Editor) Replace(step string, reps []SegmentReplace) (reviewed int, err error) {
	if len(reps) == 0 {
		return 0, nil // no empty undo step
	}
	err = e.Batch(step, func() error {
		reviewed = 0
		for _, rep := range reps {
			seg := e.Doc.Segments[rep.Index]
			was, err := e.MarkEdited(seg)
			if err != nil {
				return err
			}
			if was {
				reviewed++
			}
			for k := len(rep.Ranges) - 1; k >= 0; k-- { // from the end: the ranges before stay right
				if _, err := e.ReplaceText(seg.ID, rep.Ranges[k][0], rep.Ranges[k][1], rep.With[k]); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	return reviewed, nil
}
