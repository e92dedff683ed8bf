package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate"
)

// action is something the user can do from a menu and the keyboard. The first shortcut shows in the
// menu; the others work too (the help sheet lists them all).
type action struct {
	name      string
	keys      string // how the help sheet writes the shortcuts: as Fyne's menus do, keyNames translating
	short     []fyne.Shortcut
	run       func()
	sepBefore bool // a separator comes before it in its menu
	// submenu, when set, names the submenu it goes in, with the actions next to it of the same
	// submenu: rarely used items, so that the menu fits a 720-px-high window.
	submenu string
	parent  *fyne.MenuItem // the submenu's item, greyed when all of its actions are
	// applies reports whether the action can do anything now; nil means always. Its menu item is
	// greyed when not (its shortcut still runs it, and it says why on the status line).
	applies func() bool
	item    *fyne.MenuItem // its menu item, once made
	// checked, when set, says whether its menu item shows a check mark: a switch (Track changes).
	checked func() bool
	// overDialogs makes it run while a dialog is open too, where the others wait: Quit, which asks
	// about unsaved changes over the dialog, as the window's close button does.
	overDialogs bool
}

// waits reports whether a runs not now, a dialog being open.
func (ui *UI) waits(a *action) bool { return !a.overDialogs && ui.dialogOpen() }

// menuItem returns a menu item running the action, showing its first shortcut.
func (a *action) menuItem() *fyne.MenuItem {
	it := fyne.NewMenuItem(a.name, a.run)
	if len(a.short) > 0 {
		it.Shortcut = menuShortcut(a.short[0]) // its keys in the interface's language
	}
	if a.checked != nil {
		it.Checked = a.checked()
	}
	a.item = it // updateMenus greys it
	return it
}

func custom(k fyne.KeyName, m fyne.KeyModifier) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: k, Modifier: m}
}

const (
	ctrl  = fyne.KeyModifierShortcutDefault
	alt   = fyne.KeyModifierAlt
	shift = fyne.KeyModifierShift
)

// actionTable lists the app's actions by group, in menu order.
type actionTable struct {
	file, edit, segment, tag, tools, view, help []*action
}

// buildActions makes the action table and indexes the shortcuts.
func (ui *UI) buildActions() {
	t := &ui.acts
	act := func(name, keys string, run func(), sc ...fyne.Shortcut) *action {
		return &action{name: name, keys: keys, short: sc, run: run}
	}
	doc := ui.needsDocument
	t.file = []*action{
		act(lang.L("Open…"), "Ctrl+O", ui.openDialog, custom(fyne.KeyO, ctrl)),
		act(lang.L("New document from the clipboard"), "Ctrl+Shift+V", ui.NewFromClipboard, custom(fyne.KeyV, ctrl|shift)),
		doc(act(lang.L("Close"), "Ctrl+W", ui.closeDocument, custom(fyne.KeyW, ctrl))),
		doc(act(lang.L("Save"), "Ctrl+S", ui.save, custom(fyne.KeyS, ctrl))),
		doc(act(lang.L("Save As…"), "Ctrl+Shift+S", ui.saveAsDialog, custom(fyne.KeyS, ctrl|shift))),
		doc(act(lang.L("Export…"), "Ctrl+E", ui.exportDialog, custom(fyne.KeyE, ctrl))),
		doc(act(lang.L("Update the translation from a file…"), "", ui.updateDialog)),
		doc(act(lang.L("Notes…"), "Ctrl+Shift+N", ui.showNotes, custom(fyne.KeyN, ctrl|shift))),
		doc(act(lang.L("Document properties…"), "", ui.propertiesDialog)),
		act(lang.L("Open the sample article"), "", ui.OpenSample),
		act(lang.L("Recover unsaved work…"), "", ui.recoverUnsavedWork),
		act(lang.L("Quit"), "Ctrl+Q", ui.onClose, custom(fyne.KeyQ, ctrl)), // asks about unsaved changes, as closing does
	}
	t.file[len(t.file)-1].overDialogs = true // a user quits from a dialog as with the close button
	when := func(a *action, applies func() bool) *action { a.applies = applies; return a }
	in := func(submenu string, a *action) *action { a.submenu = submenu; return a }
	switched := func(a *action, on func() bool) *action { a.checked, a.sepBefore = on, true; return a }
	allSuggestions := lang.L("All suggestions")
	reviewChanges := lang.L("Changes since the translator")
	t.edit = []*action{
		when(act(lang.L("Undo"), "Ctrl+Z", ui.undoStep, &fyne.ShortcutUndo{}), ui.canUndo),
		when(act(lang.L("Redo"), "Ctrl+Shift+Z, Ctrl+Y", ui.redoStep, custom(fyne.KeyZ, ctrl|shift), &fyne.ShortcutRedo{}), ui.canRedo),
		when(act(lang.L("Accept the selected suggestion"), "Alt+A, a", func() { ui.run(ui.acceptSelected) }, custom(fyne.KeyA, alt)), ui.hasDesignatedAcceptable),
		when(act(lang.L("Reject the selected suggestion"), "Alt+R, r", func() { ui.run(ui.rejectSelected) }, custom(fyne.KeyR, alt)), ui.hasDesignatedSuggestion),
		when(act(lang.L("Remove the selected span"), "Alt+Del, Del", func() { ui.run(ui.removeSelectedSpan) }, custom(fyne.KeyDelete, alt)), ui.hasDesignated),
		when(act(lang.L("Change the mention's kind: name, description, pronoun"), "Alt+K, k", func() { ui.run(ui.cycleMentionKind) }, custom(fyne.KeyK, alt)), ui.hasDesignatedMention),
		when(act(lang.L("Show the mention's entity"), "Alt+E", func() { ui.run(ui.showMentionEntity) }, custom(fyne.KeyE, alt)), ui.hasDesignatedEntity),
		when(act(lang.L("Link the quote to its speaker or reporting verb"), "Ctrl+L, s", func() { ui.run(ui.startLink) }, custom(fyne.KeyL, ctrl)), ui.hasDesignatedQuote),
		when(act(lang.L("Choose the quote's speaker from the people"), "Alt+S", func() { ui.run(ui.pickSpeaker) }, custom(fyne.KeyS, alt)), ui.hasDesignatedQuote),
		when(act(lang.L("Next annotation to confirm"), "Ctrl+J", func() { ui.reviewNext(false, false) }, custom(fyne.KeyJ, ctrl)), ui.hasToReview),
		when(act(lang.L("Previous annotation to confirm"), "Ctrl+Shift+J", func() { ui.reviewNext(true, false) }, custom(fyne.KeyJ, ctrl|shift)), ui.hasToReview),
		when(act(lang.L("Next quote to confirm"), "Alt+J", func() { ui.reviewNext(false, true) }, custom(fyne.KeyJ, alt)), ui.hasQuoteToReview),
		when(act(lang.L("Previous quote to confirm"), "Alt+Shift+J", func() { ui.reviewNext(true, true) }, custom(fyne.KeyJ, alt|shift)), ui.hasQuoteToReview),
		in(allSuggestions, when(act(lang.L("Accept all suggestions"), "Ctrl+Shift+A", ui.acceptAll, custom(fyne.KeyA, ctrl|shift)), ui.hasPending)),
		in(allSuggestions, when(act(lang.L("Accept the sure suggestions (90% and more)"), "", ui.acceptSure), ui.hasSure)),
		in(allSuggestions, when(act(lang.L("Reject all suggestions"), "Ctrl+Shift+R", ui.rejectAll, custom(fyne.KeyR, ctrl|shift)), ui.hasPending)),
		act(lang.L("Find…"), "Ctrl+F", func() { ui.find.showFind() }, custom(fyne.KeyF, ctrl)),
		act(lang.L("Find and Replace…"), "Ctrl+H", func() { ui.find.showReplace() }, custom(fyne.KeyH, ctrl)),
		switched(act(lang.L("Track changes"), "Ctrl+Shift+E", ui.toggleTrackChanges, custom(fyne.KeyE, ctrl|shift)), ui.trackingChanges),
	}
	ui.needDocument(t.edit)
	t.segment = []*action{
		act(lang.L("Next segment"), "Ctrl+↓, Alt+↓", func() { ui.move(1) }, custom(fyne.KeyDown, ctrl), custom(fyne.KeyDown, alt)),
		act(lang.L("Previous segment"), "Ctrl+↑, Alt+↑", func() { ui.move(-1) }, custom(fyne.KeyUp, ctrl), custom(fyne.KeyUp, alt)),
		act(lang.L("Next untranslated segment"), "Ctrl+U", ui.nextUntranslated, custom(fyne.KeyU, ctrl)),
		act(lang.L("Go to segment…"), "Ctrl+G", ui.goToSegmentDialog, custom(fyne.KeyG, ctrl)),
		act(lang.L("Confirm and go to the next segment"), "Ctrl+Enter", ui.replacingOr(ui.remembering(ui.confirmAndProject)),
			custom(fyne.KeyReturn, ctrl), custom(fyne.KeyEnter, ctrl)),
		act(lang.L("Mark reviewed and go to the next segment"), "Alt+Enter", ui.replacingOr(ui.remembering(ui.reviewAndNext)),
			custom(fyne.KeyReturn, alt), custom(fyne.KeyEnter, alt)),
		act(lang.L("Copy the French into the English (at the cursor)"), "Ctrl+Shift+I", ui.insertSource, custom(fyne.KeyI, ctrl|shift)),
		act(lang.L("Add a note…"), "Alt+N", ui.addNoteHere, custom(fyne.KeyN, alt)),
		when(act(lang.L("Place the next inline code at the cursor or selection"), "F9", func() { ui.run(ui.placeNextCode) }, custom(fyne.KeyF9, 0)), ui.currentHasCodes),
		when(act(lang.L("Remove the inline codes placed by hand"), "", func() { ui.run(ui.unplaceCodes) }), ui.currentPlacedCodes),
		when(act(lang.L("Lock segment"), "Ctrl+Shift+L", func() { ui.setLocked(true) }, custom(fyne.KeyL, ctrl|shift)), ui.currentUnlocked),
		when(act(lang.L("Unlock segment"), "", func() { ui.setLocked(false) }), ui.currentLocked),
		in(reviewChanges, when(act(lang.L("Accept changes"), "", func() { ui.acceptChanges(false) }), ui.currentHasChanges)),
		in(reviewChanges, when(act(lang.L("Accept all changes"), "", func() { ui.acceptChanges(true) }), ui.anyChanged)),
		in(reviewChanges, when(act(lang.L("Reject changes"), "", func() { ui.rejectChanges(false) }), ui.currentHasChanges)),
		in(reviewChanges, when(act(lang.L("Reject all changes"), "", func() { ui.rejectChanges(true) }), ui.anyChanged)),
	}
	for i, st := range annotate.Statuses {
		key := fyne.KeyName(string(rune('1' + i)))
		t.segment = append(t.segment, act(lang.L("Status: {{.Status}}", map[string]any{"Status": statusName(st)}),
			"Alt+"+string(key), func() { ui.setStatusKept(st) }, custom(key, alt)))
	}
	ui.needDocument(t.segment)
	ui.buildTagActions()
	t.tools = append(ui.needDocument(ui.suggestionActions()), ui.concordanceAction(), ui.addTermAction(), ui.needsDocument(ui.analysisAction()))
	annotation := ui.needDocument([]*action{ // the tools that work on the whole document's annotations
		act(lang.L("Pre-annotate the document"), "Ctrl+Shift+D", ui.preannotateDocument, custom(fyne.KeyD, ctrl|shift)), // Detect, Détecter
		act(lang.L("Project all translated segments"), "Ctrl+Shift+P", ui.projectAll, custom(fyne.KeyP, ctrl|shift)),
		act(lang.L("Run the quality checks"), "Ctrl+Shift+Q", ui.showQA, custom(fyne.KeyQ, ctrl|shift)),
	})
	annotation[0].sepBefore = true
	settings := act(lang.L("Settings…"), "Ctrl+,", ui.settingsDialog, custom(fyne.KeyComma, ctrl)) // as GNOME apps and browsers
	settings.sepBefore = true
	t.tools = append(append(t.tools, annotation...), settings) // Settings… last: toolsMenu puts the files' items before it
	t.view = ui.panelActions()
	filter := ui.filterActions()
	filter[0].sepBefore = true
	read := act(lang.L("Read the whole status message"), "Ctrl+I", ui.readStatus, custom(fyne.KeyI, ctrl)) // as the "…" at its end
	read.sepBefore = true
	t.view = append(append(t.view, filter...), read)
	t.help = []*action{
		act(lang.L("Keyboard shortcuts"), "Ctrl+/, F1", ui.showShortcuts, custom(fyne.KeySlash, ctrl)),
		act(lang.L("User guide (in the browser)"), "", ui.openGuide),
		act(lang.L("About Glose"), "", ui.showAbout),
	}
}

// needsDocument makes a an action on the open document: with none open (at the start, or after a
// file failed to open) its menu item is greyed and its shortcut says so on the status line, instead
// of acting on the empty placeholder (an Export dialog for nothing, "every segment has its English").
// The condition a already had, if any, must hold too. Every action of the Edit, Segment and Tag
// menus needs one, and the Tools that work on a segment or the document (all but the concordance,
// a look-up in the memory, and the settings).
func (ui *UI) needsDocument(a *action) *action {
	run, applies := a.run, a.applies
	a.run = func() {
		if !ui.hasDocument() {
			ui.setStatus(lang.L("No document is open."))
			return
		}
		run()
	}
	a.applies = ui.hasDocument
	if applies != nil {
		a.applies = func() bool { return ui.hasDocument() && applies() }
	}
	return a
}

// needDocument makes every action of as an action on the open document (needsDocument).
func (ui *UI) needDocument(as []*action) []*action {
	for _, a := range as {
		ui.needsDocument(a)
	}
	return as
}

// hasDocument reports whether a document is open, even one without text.
func (ui *UI) hasDocument() bool { return ui.doc != nil && ui.doc != ui.blank }

// buildTagActions makes one action per label of the schema: Alt and its key tags the selection (in
// the source view, the key alone does); then Move the mention to another entity… (movemention.go).
func (ui *UI) buildTagActions() {
	ui.acts.tag = nil
	for _, l := range ui.schemaLabels() {
		name := l.Name
		a := &action{name: lang.L("Tag as {{.Label}}", map[string]any{"Label": name}),
			run: func() { ui.run(func() error { return ui.applyLabel(name) }) }}
		if l.Key != "" {
			k := fyne.KeyName(strings.ToUpper(l.Key))
			a.keys = "Alt+" + string(k) + ", " + l.Key
			a.short = []fyne.Shortcut{custom(k, alt)}
		}
		ui.acts.tag = append(ui.acts.tag, a)
	}
	// after the labels, what files a tagged name under an entity (the Edit menu has no room left at 720 pixels)
	ui.acts.tag = append(ui.acts.tag, &action{name: lang.L("Move the mention to another entity…"), keys: "Alt+G",
		short: []fyne.Shortcut{custom(fyne.KeyG, alt)}, run: func() { ui.run(ui.moveMention) },
		applies: ui.hasDesignatedMention, sepBefore: true})
	ui.needDocument(ui.acts.tag)
}

// all returns every action.
func (t *actionTable) all() []*action {
	var out []*action
	for _, g := range [][]*action{t.file, t.edit, t.segment, t.tag, t.tools, t.view, t.help} {
		out = append(out, g...)
	}
	return out
}

// handleShortcut runs the action bound to sc; it reports whether there was one. Focused widgets call
// it first, so that the app's shortcuts work wherever the focus is.
func (ui *UI) handleShortcut(sc fyne.Shortcut) bool {
	name := sc.ShortcutName()
	for _, a := range ui.acts.all() {
		for _, s := range a.short {
			if s.ShortcutName() == name {
				if ui.waits(a) {
					return false // the key goes to the dialog's widget (Ctrl+Z in a file name undoes there)
				}
				a.run()
				return true
			}
		}
	}
	return false
}

// registerShortcuts puts every shortcut on the canvas too, for when no widget has the focus, and
// catches F1 there, and Escape and Enter while a dialog is open. While a dialog is open the shortcuts
// do nothing; otherwise other keys, characters, pastes and the caret's shortcuts go to the field the
// list took the row of, else to the current segment's English (see listfocus.go).
func (ui *UI) registerShortcuts() {
	c := ui.win.Canvas()
	for _, a := range ui.acts.all() {
		for _, s := range a.short {
			c.AddShortcut(s, func(fyne.Shortcut) {
				if !ui.waits(a) {
					a.run()
				}
			})
		}
	}
	c.SetOnTypedKey(ui.onTypedKey)
	c.SetOnTypedRune(func(r rune) {
		if !ui.dialogOpen() {
			ui.runeWithoutFocus(r)
		}
	})
	c.AddShortcut(&fyne.ShortcutPaste{}, func(sc fyne.Shortcut) {
		if !ui.dialogOpen() {
			ui.shortcutWithoutFocus(sc)
		}
	})
	for _, sc := range caretShortcutsWithoutFocus() {
		c.AddShortcut(sc, func(sc fyne.Shortcut) {
			if !ui.dialogOpen() {
				ui.shortcutWithoutFocus(sc)
			}
		})
	}
}

// acceptAll and rejectAll settle every suggestion at once.
func (ui *UI) acceptAll() {
	n := len(ui.doc.Pending())
	ui.run(ui.ed.AcceptAll)
	ui.setStatus(lang.N("Accepted {{.N}} suggestions", n, map[string]any{"N": n}))
}

// sureConfidence is the confidence from which a suggestion counts as sure: pre-annotation's
// quotations and entities that score it are right nine times in ten or more (docs/quality.md).
const sureConfidence = 0.9

// acceptSure confirms the sure suggestions at once and says how many are left to review.
func (ui *UI) acceptSure() {
	var n int
	ui.run(func() (err error) {
		n, err = ui.ed.AcceptSure(sureConfidence)
		return err
	})
	left := len(ui.doc.Pending())
	ui.setStatus(lang.N("Accepted {{.N}} sure suggestions", n, map[string]any{"N": n}) + ", " +
		lang.N("{{.N}} left to review", left, map[string]any{"N": left}))
}

func (ui *UI) rejectAll() {
	n := len(ui.doc.Pending())
	ui.run(ui.ed.RejectAll)
	ui.setStatus(lang.N("Rejected {{.N}} suggestions", n, map[string]any{"N": n}))
}
