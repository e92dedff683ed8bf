package app

import (
	"context"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/suggest/tm"
)

// Deleting a pair from the memory by hand (Delete from the memory… on a memory suggestion or a
// concordance hit, or Del on its buttons), as memoQ, Trados and OmegaT let a translator take out a
// pair that keeps coming back at 100 % (a typo confirmed long ago, a client's wrong TMX entry). The
// question names the pair and every source that holds it, since the delete takes them all; the
// memory is shared by every document and is not part of the document's undo history, so the
// question says that it cannot be undone, as memoQ's does. Reading the sources and deleting are
// writes' neighbours in the memory's queue (queueMemory): they see every confirmation made before,
// and a confirmation made after stores the pair again, as new.

// askDeleteFromMemory reads the sources of the memory's pair source → target, after the writes
// begun, and asks whether to delete it; then, once deleted, runs done (the concordance searches
// again).
func (ui *UI) askDeleteFromMemory(source, target string, done func()) {
	p := ui.sugg
	if err := p.unavailable(); err != nil {
		ui.showError(err)
		return
	}
	eng := p.src.eng
	pair := tm.Pair{SourceLang: eng.SourceLang, TargetLang: eng.TargetLang, Source: source, Target: target}
	ui.queueMemory(func() func() {
		hs, err := eng.TM.Units(context.Background(), pair)
		return func() {
			switch {
			case err != nil:
				ui.showError(failed(lang.L("Could not read the translation memory."), err))
			case len(hs) == 0:
				ui.hint(lang.L("No longer in the memory: {{.Pair}}", map[string]any{"Pair": ui.pairWords(source, target)}))
			default:
				ui.confirmDeleteFromMemory(hs[0], func() { ui.deleteFromMemory(pair, done) })
			}
		}
	})
}

// memoryQuestion is a question Delete from the memory… asked: its dialog and text.
type memoryQuestion struct {
	*confirmDialog
	text string
}

// confirmDeleteFromMemory asks whether to delete h, naming it and its sources; Enter answers Delete,
// the default button, as in every question of the app (the Del that asked was deliberate already),
// Escape Cancel.
func (ui *UI) confirmDeleteFromMemory(h tm.Held, yes func()) {
	text := ui.deleteQuestion(h)
	c := ui.newConfirm(lang.L("Delete from the memory"), lang.L("Delete"), lang.L("Cancel"),
		newMessageText(text, false), func(ok bool) {
			if ok {
				yes()
			}
		})
	c.ok.Importance = widget.DangerImportance
	c.ok.SetIcon(theme.DeleteIcon())
	c.Resize(fyne.NewSize(min(560, ui.win.Canvas().Size().Width-warningsMarginX), c.MinSize().Height))
	ui.sugg.deleting = memoryQuestion{c, text}
	ui.present(c, c.Dismiss, c.Confirm)
}

// deleteQuestion is the confirmation's text: the pair, shortened, and what holds it, a line each.
func (ui *UI) deleteQuestion(h tm.Held) string {
	var b strings.Builder
	b.WriteString(lang.L("Delete this pair from the translation memory?") + "\n\n" +
		quoted(oneSpaced(h.Source), 80) + "\n→ " + quoted(oneSpaced(h.Target), 80) + "\n\n" + lang.L("Its sources:"))
	for _, s := range h.Sources {
		b.WriteString("\n– " + ui.sourceWords(s))
	}
	b.WriteString("\n\n" + lang.L("It goes from all of them and is no longer offered, here or in any other document. This cannot be undone; a segment confirmed again with this translation stores it again."))
	return b.String()
}

// oneSpaced puts a text of several lines on one, keeping its other spaces (the no-break ones of
// French punctuation) as they are.
func oneSpaced(s string) string { return lineBreaks.Replace(s) }

// lineBreaks turns line breaks and tabs into spaces.
var lineBreaks = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ", "\t", " ")

// pairWords names a pair on the status line: its French and English, shortened.
func (ui *UI) pairWords(source, target string) string {
	return quoted(oneSpaced(source), 40) + " → " + quoted(oneSpaced(target), 40)
}

// sourceWords names a source of a pair: a TMX file, a segment of this document (by its number), a
// segment of another document (by their IDs), or an earlier version of the memory.
func (ui *UI) sourceWords(s tm.Source) string {
	switch s.Kind {
	case tm.SourceImported:
		return lang.L("the TMX file {{.Name}}", map[string]any{"Name": quoteName(s.Origin)})
	case tm.SourceConfirmed:
		if s.Origin == ui.doc.ID {
			if i := ui.doc.SegmentIndex(s.Segment); s.Segment != "" && i >= 0 {
				return lang.L("segment {{.N}} of this document", map[string]any{"N": i + 1})
			}
			return lang.L("this document")
		}
		if s.Segment == "" {
			return lang.L("the document {{.Name}}", map[string]any{"Name": quoteName(s.Origin)})
		}
		return lang.L("the document {{.Name}}, segment {{.Segment}}", map[string]any{"Name": quoteName(s.Origin), "Segment": s.Segment})
	}
	return lang.L("an earlier version of the memory, which did not record sources")
}

// deleteFromMemory deletes pair from the memory in its queue, lets go of what the undo history noted
// of it, then looks the segment up again and runs done.
func (ui *UI) deleteFromMemory(pair tm.Pair, done func()) {
	p := ui.sugg
	if err := p.unavailable(); err != nil {
		ui.showError(err)
		return
	}
	mem, file := p.src.eng.TM, filepath.Clean(p.src.set.TMPath)
	if p.memo.priors == nil {
		p.memo.priors = &priors{}
	}
	ps := p.memo.priors
	ui.queueMemory(func() func() {
		hs, err := mem.Delete(context.Background(), pair)
		if err == nil {
			ps.forget(file, hs)
		}
		return func() {
			if err != nil {
				ui.showError(failed(lang.L("Could not delete from the translation memory."), err))
				return
			}
			p.memo.deleted(ui.doc, hs)
			ui.setStatus(lang.L("Deleted from the memory: {{.Pair}}", map[string]any{"Pair": ui.pairWords(pair.Source, pair.Target)}))
			p.stored(nil)
			if done != nil {
				done()
			}
		}
	})
}

// forget lets the priors of the memory file let go of the units deleted by hand: undoing a
// confirmation must not bring back a pair the translator deleted since.
func (ps *priors) forget(file string, hs []tm.Held) {
	ps.mu.Lock()
	defer ps.mu.Unlock()
	for _, p := range ps.of[file] {
		for _, h := range hs {
			p.Forget(h.Unit)
		}
	}
}

// deleted forgets that the segments of d whose English was last stored as one of the units hs were
// stored so: confirming such a segment again (Ctrl+Enter, a status key) stores the pair again, where
// it would otherwise be skipped as stored already.
func (m *memoryEdits) deleted(d *annotate.Document, hs []tm.Held) {
	for seg, last := range m.stored {
		for _, h := range hs {
			if last == h.Target && d.SourceText(seg) == h.Source {
				delete(m.stored, seg)
			}
		}
	}
}

// queueMemory runs work off the UI goroutine once the memory's writes begun before it are done, and
// the function it returns on the UI goroutine: a read sees every write asked for before it, a delete
// comes after them.
func (ui *UI) queueMemory(work func() func()) {
	p := ui.sugg
	prev, done := p.memo.written, make(chan struct{})
	p.memo.written = done
	ui.background(func() func() {
		defer close(done)
		if prev != nil {
			<-prev
		}
		return work()
	})
}
