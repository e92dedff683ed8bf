package app

import (
	"slices"

	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/preannotate"
	"github.com/glose-app/glose/annotate/project"
)

// inBackground runs work on a snapshot of the document off the UI goroutine, behind the progress
// dialog (the document itself is only ever changed on the UI goroutine); then what work added to the
// snapshot (spans, links, entities and their mentions, entity names) is added to the document through
// the editor as one undo step named step, with fresh IDs in case the user tagged meanwhile, and done
// is called with the number of spans added and of suggestions the job removed from the snapshot
// (pre-annotation run again replaces its untouched suggestions), removed from the document too.
func (ui *UI) inBackground(what, step string, work func(snap *annotate.Document) error, done func(added, removed int)) {
	d := ui.doc
	snap, before := snapshot(d)
	ui.progress.run(what, func() func() {
		err := work(snap)
		return func() {
			if err != nil {
				ui.showError(err)
				return
			}
			if ui.doc != d {
				return // another document was opened meanwhile
			}
			var n, removed int
			ui.run(func() (err error) {
				n, removed, err = ui.addProposals(step, snap, before)
				return err
			})
			done(n, removed)
		}
	})
}

// snapshot returns a copy of d for a background job, and the IDs of its spans, links and entities.
func snapshot(d *annotate.Document) (*annotate.Document, map[string]bool) {
	snap := d.Clone()
	before := make(map[string]bool, len(snap.Spans)+len(snap.Links)+len(snap.Entities)) // span, link and entity IDs
	for _, sp := range snap.Spans {
		before[sp.ID] = true
	}
	for _, l := range snap.Links {
		before[l.ID] = true
	}
	for _, e := range snap.Entities {
		before[e.ID] = true
	}
	return snap, before
}

// preannotateDocument proposes entities, quotations and speakers for the open document (useful for a
// text opened without them), in the background; entities the user's glossary names take its English.
func (ui *UI) preannotateDocument() {
	ui.annotateOffer.hide() // asked for, by the bar or not
	terms := ui.userGlossary()
	ui.inBackground(lang.L("Pre-annotating…"), "pre-annotate", func(snap *annotate.Document) error {
		opts, err := ui.annotateOptions()
		if err != nil {
			return err
		}
		opts.Glossary = terms
		return preannotate.Run(snap, opts)
	}, func(n, removed int) {
		ui.setStatus(preannotatedMessage(n, removed))
	})
}

// preannotatedMessage says what pre-annotation changed: the spans it added and the earlier
// suggestions it removed (untouched, no longer proposed), or that there was nothing new (on a
// document already pre-annotated, "proposed 0 spans" read as a failure).
func preannotatedMessage(n, removed int) string {
	if n == 0 && removed == 0 {
		return lang.L("Pre-annotation found nothing new to propose")
	}
	msg := lang.N("Pre-annotation proposed {{.N}} spans", n, map[string]any{"N": n})
	if removed > 0 {
		msg += lang.N("; it removed {{.N}} earlier suggestions that nobody had touched and that it no longer proposes", removed, map[string]any{"N": removed})
	}
	return msg
}

// projectAll projects every translated segment, in the background (some seconds for a 1 MB article),
// as one undo step.
func (ui *UI) projectAll() {
	ui.proj.pending = nil
	opts := ui.projectOptions()
	ui.inBackground(lang.L("Projecting…"), stepProject, func(snap *annotate.Document) error {
		_, err := project.Document(annotate.NewEditor(snap), opts)
		return err
	}, func(n, _ int) {
		ui.setStatus(lang.N("Projected {{.N}} spans onto the English", n, map[string]any{"N": n}))
	})
}

// rejectedMeanwhile reports whether the person rejected sp's place and label in the document while the
// background job that proposed it was running on its copy.
func rejectedMeanwhile(d *annotate.Document, sp *annotate.Span) bool {
	if sp.Side == annotate.Source {
		return d.RejectedSource(sp.Start, sp.End, sp.Label)
	}
	return d.RejectedTarget(sp.Segment, sp.Start, sp.End, sp.Label)
}

// addProposals adds to the document, as one undo step, the spans of snap not in before, their links,
// the entities that group them, and the record of a run of pre-annotation on snap. A proposed span
// whose place and label the document already has is not added twice: the existing span takes its
// place in links and entities. A target span is added only if its segment's English has not changed
// since the snapshot.
func (ui *UI) addProposals(step string, snap *annotate.Document, before map[string]bool) (int, int, error) {
	d, ed := ui.doc, ui.ed
	ids := map[string]string{} // snapshot span ID → document span ID
	n, removed := 0, 0
	err := ed.Batch(step, func() error {
		replaced, err := ui.removeReplaced(snap, before)
		if err != nil {
			return err
		}
		for id := range replaced {
			if snap.Span(id) == nil { // gone, not moved
				removed++
			}
		}
		existing := map[spanKey]string{}
		for _, sp := range d.Spans {
			existing[keyOf(sp)] = sp.ID
		}
		for _, sp := range snap.Spans {
			if before[sp.ID] && !replaced[sp.ID] {
				ids[sp.ID] = sp.ID
				continue
			}
			if id, ok := existing[keyOf(sp)]; ok {
				ids[sp.ID] = id
				continue
			}
			if sp.Side == annotate.Target && !sameTarget(d, snap, sp.Segment) {
				continue
			}
			if rejectedMeanwhile(d, sp) {
				continue
			}
			// the whole span but its ID: a field named one by one was once left behind (the mention
			// kind, which turned every speaker's pronoun into a name)
			add := *sp
			add.ID = "" // a fresh one, in case the user tagged meanwhile
			if err := ed.AddSpan(&add); err != nil {
				return err
			}
			ids[sp.ID] = add.ID
			n++
		}
		if err := ui.addProposedLinks(snap, ids); err != nil {
			return err
		}
		if p := snap.Meta.Preannotated; laterRun(p, d.Meta.Preannotated) {
			ed.SetPreannotated(*p) // the run on the copy, recorded even when it found nothing
		}
		return ui.addProposedEntities(snap, ids, before)
	})
	return n, removed, err
}

// laterRun reports whether p, the record of a run of pre-annotation on a background job's copy, is to
// replace old, the document's: it has none, or p is of a later run, or of another model at the same
// time. A run that began before one the translator started meanwhile and lands after it changes
// nothing.
func laterRun(p, old *annotate.Preannotation) bool {
	switch {
	case p == nil || p == old:
		return false
	case old == nil:
		return true
	}
	return p.At.After(old.At) || p.At.Equal(old.At) && p.Model != old.Model
}

// removeReplaced removes from the document the suggestions that the background job removed from its
// copy or moved: projection replaces its own unconfirmed suggestions on the English when the English
// no longer gives them the same place (see package project), and the new span may get the old one's
// ID; pre-annotation run again replaces the source suggestions nobody touched, with their speaker and
// cue links. One is removed only while it is still a suggestion (and on the English, in an English
// unchanged since the copy was taken, so still where it was). It returns the IDs of the spans removed.
func (ui *UI) removeReplaced(snap *annotate.Document, before map[string]bool) (map[string]bool, error) {
	d := ui.doc
	if err := ui.removeReplacedLinks(snap, before); err != nil {
		return nil, err
	}
	var gone []string
	for _, sp := range d.Spans {
		if !before[sp.ID] || sp.Origin != annotate.Auto || sp.Side == annotate.Target && !sameTarget(d, snap, sp.Segment) {
			continue
		}
		if now := snap.Span(sp.ID); now == nil || keyOf(now) != keyOf(sp) {
			gone = append(gone, sp.ID)
		}
	}
	replaced := make(map[string]bool, len(gone))
	for _, id := range gone {
		if err := ui.ed.RemoveSpan(id); err != nil {
			return nil, err
		}
		replaced[id] = true
	}
	return replaced, nil
}

// removeReplacedLinks removes the speaker and cue suggestions the job removed from its copy.
func (ui *UI) removeReplacedLinks(snap *annotate.Document, before map[string]bool) error {
	kept := make(map[string]bool, len(snap.Links))
	for _, l := range snap.Links {
		kept[l.ID] = true
	}
	var gone []string
	for _, l := range ui.doc.Links {
		if before[l.ID] && !kept[l.ID] && l.Origin == annotate.Auto && (l.Type == annotate.LinkSpeaker || l.Type == annotate.LinkCue) {
			gone = append(gone, l.ID)
		}
	}
	for _, id := range gone {
		if err := ui.ed.RemoveLink(id); err != nil {
			return err
		}
	}
	return nil
}

// spanKey is a span's place and label.
type spanKey struct {
	side       annotate.Side
	segment    string
	start, end int
	label      string
}

func keyOf(sp *annotate.Span) spanKey {
	return spanKey{sp.Side, sp.Segment, sp.Start, sp.End, sp.Label}
}

// sameTarget reports whether a segment's English is the same in d and snap.
func sameTarget(d, snap *annotate.Document, segID string) bool {
	a, b := d.Segment(segID), snap.Segment(segID)
	return a != nil && b != nil && a.Target == b.Target
}

// addProposedLinks adds the snapshot's links between spans the document has, unless it has them.
func (ui *UI) addProposedLinks(snap *annotate.Document, ids map[string]string) error {
	d := ui.doc
	for _, l := range snap.Links {
		from, to := ids[l.From], ids[l.To]
		if from == "" || to == "" || d.Span(from) == nil || d.Span(to) == nil {
			continue
		}
		if slices.ContainsFunc(d.LinksOf(from), func(x *annotate.Link) bool {
			return x.Type == l.Type && x.From == from && (x.To == to || l.Type != annotate.LinkTranslation)
		}) {
			continue // the same link, or another speaker or cue: the document's stays
		}
		if err := ui.ed.AddLink(&annotate.Link{Type: l.Type, From: from, To: to, Origin: l.Origin, Confidence: l.Confidence}); err != nil {
			return err
		}
	}
	return nil
}

// addProposedEntities adds the snapshot's new entities, the new mentions of existing ones and the
// names they lacked, leaving mentions that already belong to an entity where they are.
func (ui *UI) addProposedEntities(snap *annotate.Document, ids map[string]string, before map[string]bool) error {
	d, ed := ui.doc, ui.ed
	for _, e := range snap.Entities {
		var free []string
		for _, m := range e.Mentions {
			if id := ids[m]; id != "" && d.Span(id) != nil && d.EntityOf(id) == nil {
				free = append(free, id)
			}
		}
		if old := d.Entity(e.ID); before[e.ID] && old != nil {
			if err := ui.growEntity(old, e, free); err != nil {
				return err
			}
			continue
		}
		if len(free) == 0 {
			continue
		}
		names := map[string]string{}
		for k, v := range e.Names {
			names[k] = v
		}
		proposed := slices.Clone(e.Proposed) // the English a rename of the French replaces
		if err := ed.AddEntity(&annotate.Entity{Type: e.Type, Names: names, Mentions: free, Proposed: proposed}); err != nil {
			return err
		}
	}
	return nil
}

// growEntity gives an entity of the document new mentions, and the names the snapshot's copy of it
// found where it had none.
func (ui *UI) growEntity(old, found *annotate.Entity, mentions []string) error {
	for _, m := range mentions {
		if err := ui.ed.SetMentionEntity(m, old.ID); err != nil {
			return err
		}
	}
	for tag, name := range found.Names {
		if old.Names[tag] == "" && name != "" {
			set := ui.ed.RenameEntity
			if found.IsProposed(tag) {
				set = ui.ed.ProposeName
			}
			if err := set(old.ID, tag, name); err != nil {
				return err
			}
		}
	}
	return nil
}
