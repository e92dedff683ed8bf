package annotate

// Retyped is what a run of typing in a segment's English removed of a person's spans: Lost, whose
// words are not typed again yet, and Back, those put back as their words came (KeepRetyped), From
// the byte where the run began.
type Retyped struct {
	Lost, Back []LostSpan
	From       int
}

// KeepRetyped puts back, in the typing step that removed them (the newest), the spans of r.Lost
// whose words their segment's English now says once, as whole words ending after byte r.From and
// before the English's end (a word still being typed at the end may go on; done, the run is over,
// lets a word at the end count): the whole English selected and typed again key by key gives the
// translator's tags back as their words come. A span of r.Back that the typing no longer leaves a
// whole word ("Moscow" typed on to "Moscowite") goes again, to r.Lost, in the same step. It reports
// whether it changed the document.
func (e *Editor) KeepRetyped(r *Retyped, done bool) bool {
	s := e.top()
	if s == nil || s == e.saved || e.batch != nil || len(e.redo) > 0 || len(r.Lost)+len(r.Back) == 0 {
		return false
	}
	e.batch = s // the changes join the typing's step
	changed := e.dropUnwhole(r)
	var left []LostSpan
	for _, l := range r.Lost {
		seg := e.Doc.Segment(l.span.Segment)
		within := func(a, b int) bool { return seg != nil && b > r.From && (b < len(seg.Target) || done) }
		if e.keepAt(&l.span, l.Text, l.links, l.entity, within) {
			r.Back = append(r.Back, l)
			changed = true
		} else {
			left = append(left, l)
		}
	}
	r.Lost = left
	e.batch = nil
	if changed {
		e.changed()
	}
	return changed
}

// dropUnwhole removes the spans of r.Back whose words the typing made part of a longer word, moving
// them to r.Lost; those removed otherwise (typed over) are no longer the run's to give back.
func (e *Editor) dropUnwhole(r *Retyped) (changed bool) {
	var kept []LostSpan
	for _, l := range r.Back {
		sp := e.Doc.Span(l.span.ID)
		seg := e.Doc.Segment(l.span.Segment)
		switch {
		case sp == nil || seg == nil:
		case wholeWords(seg.Target, sp.Start, sp.End):
			kept = append(kept, l)
		default:
			_ = e.RemoveSpan(sp.ID) // it exists: no error
			r.Lost = append(r.Lost, l)
			changed = true
		}
	}
	r.Back = kept
	return changed
}
