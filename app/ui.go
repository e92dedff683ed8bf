// Package app is Glose's desktop user interface, built with Fyne: a virtualised list of segments (the
// French source with its spans highlighted on the left, the editable English on the right), a label
// palette, side panels (entities, quotes), menus with keyboard shortcuts, files, autosave and recovery.
// Every change to the document goes through an annotate.Editor, so that everything can be undone. Only
// this package touches widgets, and goroutines reach them only through fyne.Do.
package app

import (
	"context"
	"image/color"
	"net/url"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/app/textview"
	"github.com/glose-app/glose/workspace"
)

// Options tune a UI. The zero value gives the real dialogs and a three-second autosave delay.
type Options struct {
	// Confirm asks the user a yes/no question and calls done with the answer; nil means a Fyne
	// confirmation dialog. Tests set it to answer without a dialog.
	Confirm func(title, message string, done func(bool))
	// Choose asks the user a question with several answers and calls done with the index of the
	// answer chosen (the last one, Cancel, when the question is closed); nil means a Fyne dialog.
	// Tests set it.
	Choose func(title, message string, choices []string, done func(int))
	// AutosaveDelay is how long after the last change the autosave is written; 0 means 3 seconds.
	AutosaveDelay time.Duration
	// Sync runs long work (loading, pre-annotation, export) on the calling goroutine instead of in the
	// background, for tests.
	Sync bool
	// ScreenArea returns the room the screen gives windows (the primary monitor less the desktop's
	// panels) in the screen's units, or false when it cannot tell; the window is made to fit it.
	// nil means unknown. It is called on the main thread, before the window shows and when the app
	// has started.
	ScreenArea func() (width, height int, ok bool)
	// secrets keeps the API keys; nil means the system keyring. Tests set it.
	secrets secretStore
	// openURL opens an address in the browser; nil means the app's OpenURL. Tests set it.
	openURL func(*url.URL) error
	// annotateWait is how long opening a text waits for its pre-annotation before showing it without
	// (see openAnnotation); 0 means the app's default (annotateBudget, or the whole of it with Sync), a
	// negative value not at all. Tests and benchmarks set it.
	annotateWait time.Duration
	// landProposals, when set (tests), is handed the function that adds a text's pre-annotation to it
	// once done, on the goroutine that ran it, instead of fyne.Do: the test runs it when it chooses.
	landProposals func(apply func())
	// previewRun, when set (tests), is handed the Export dialog preview's work (see exportPreview.start)
	// instead of a goroutine that waits previewWait first: the test runs it when it chooses.
	previewRun func(work func())
}

// UI is the main window with its widgets and the document being edited.
type UI struct {
	app  fyne.App
	win  fyne.Window
	opts Options
	keys *keyStore // the machine translation API keys

	cancelProgress context.CancelFunc // cancels the work behind the progress dialog (see withProgress)

	doc  *annotate.Document
	ed   *annotate.Editor
	path string // the file the document is saved to, "" when it has none yet
	// origin is the file an imported document (text, Markdown…) was read from, "" for none: it names
	// the document, and saving starts beside it.
	origin string
	// fromCorpus says that the document was chosen among the several of origin (a JSON Lines corpus):
	// Save As and exports are then named after the document, not after the corpus.
	fromCorpus bool
	picker     *docPicker // the last document picker shown (chooseDocument), for tests
	// lastExportDir is the folder the last export of this session went to, "" before one: the Export
	// dialogs start there, not in the document's folder.
	lastExportDir string
	lastExport    *exportChoice // the Export dialog's choices when it last closed, nil before
	exportForm    *exportForm   // the Export dialog's choices, once it was opened (its widgets, for tests too)

	modals []*modal // the dialogs shown, the top one last (Escape and Enter act on it)
	// closeAsked is the question about unsaved changes that closing the window asked last
	closeAsked *modal
	// afterModals run once the last of modals closes (see whenNoDialog).
	afterModals []func()

	dirty  bool
	closed bool   // the window was closed
	ending ending // the app has stopped: what goroutines hand over no longer runs (run.go)
	typing bool   // a keystroke's edit is being applied: skip the full refresh
	// unchanged says the edit under way leaves the document as opening its file gives it: the
	// proposals of the pre-annotation of an untouched text, landing (see openAnnotation).
	unchanged bool
	// annotating is the pre-annotation of the text last opened, while it runs; it is the document
	// shown's when its d is ui.doc.
	annotating *openAnnotation

	// disk is the version of the file at path the document was read from or last saved as, the zero
	// Version when unknown; diskSeen the changed version the user was last told about (disk.go).
	disk, diskSeen workspace.Version
	lock           *workspace.Lock // held on path while the document is shown, or nil
	readOnly       bool            // opened read-only: Save asks for another file
	langs          [2]string       // the document's languages the tabs last followed (languagesFollow)
	second         bool            // another window has the document open: autosave apart
	alerts         *alertBar       // lasting warnings: the work is not protected, or cannot be saved
	annotateOffer  *annotateOffer  // offers to pre-annotate a document opened without any annotation
	relabelOffer   *relabelOffer   // offers to relabel all the mentions of an entity after one
	saveBlock      *saveBlock      // why the save warning is up, for the autosave to look whether it is over; or nil
	goneSeen       bool            // the file was seen gone (deleted or moved) since it was read or saved
	afterReload    func()          // runs once reload has shown the document again

	qa   *qaPanel          // the quality-check tab
	sugg *suggestionsPanel // the Proposals tab and the translation-help sources
	conc *concordanceView  // the Concordance dialog last opened
	term *addTermForm      // the Add to the glossary dialog last opened
	proj projection        // projection of the English as it is typed; undo pairs

	cache    rowCache
	colors   map[string]color.Color
	measurer *textview.Measurer

	list       *segList
	rows       []*row         // the rows showing a segment, on screen or kept by the list for reuse
	parked     parkedField    // the field whose row the list took to show another segment
	xsel       crossSelection // a French selection over several segments (crosssel.go)
	palette    *palette
	panels     []panel
	tabs       *container.AppTabs
	tabBadges  []string        // the count shown after each side tab's title ("(3)"), or ""
	tabMode    int             // how much of the tabs' titles shows (tabsFull…)
	sideSplit  *fyne.Container // the split between the segments and the side panel (sideRoom)
	tabByApp   bool            // the app, not the person, is choosing the side tab: not kept as their choice (lasttab.go)
	tips       *tipLayer       // the hover tips of the controls that show an icon or a colour alone
	codes      codeCache       // the inline codes of the French in the client's file (codemark.go)
	status     *statusLine
	trackBadge *tipButton      // says that changes are tracked (trackchanges.go)
	untracked  untrackedHint   // says once that edits of confirmed segments go untracked (trackchanges.go)
	trackBar   *fyne.Container // the badge and the status line
	progress   *progress

	cur      int            // index of the current segment
	side     annotate.Side  // the side that last had the focus
	selSpan  string         // the selected span's ID, or ""
	selMark  caretMark      // where the caret was when it was selected (see designated)
	lastText fyne.Focusable // the text column that had the focus last, whose caret and selection the span bar's buttons act on
	linkFrom string         // a quote waiting for its speaker ("link speaker" mode), or ""

	placeCaret caretPlace // the English caret of the document just opened, until a field takes the focus (place.go)

	acts       actionTable
	menu       *fyne.MainMenu
	recentItem *fyne.MenuItem
	afterLoad  func(err error)   // called once a document has been shown, or could not be (err, or a question over it): screenshots
	warnOffer  *dialogButton     // the button beside the warnings' OK ("Reopen with UTF-16 offsets"), last shown (tests)
	notesShown *notesShown       // the last notes dialog and note form shown (tests)
	trace      func(what string) // reports timings (screenshots), or nil
	title      string            // the window title last set

	autosave    *autosaver
	autosavedAt string          // when the unsaved changes last went to the autosave, for the title
	recovered   string          // the autosave the document was recovered from, removed with this window's own
	startWork   *startOffer     // the unsaved work the start offers once its document is shown (recoverwork.go)
	unsavedList *unsavedList    // the Recover unsaved work dialog last shown (tests)
	width       float32         // row width the heights were computed for
	watch       *fyne.Container // holds the list, watches its width
	fitted      fyne.Size       // the size fitScreen shrank the window to: the screen's choice, not the person's
	resize      struct {
		timer *time.Timer // pending height recomputation after a resize
		due   func()      // the same, in synchronous mode (see resizeDue)
	}
	heights lazyHeights // the rows' heights measured in the background (lazyheights.go)

	models entityModels // the entity model the settings name, loaded once

	themeItems  map[string]*fyne.MenuItem // the View menu's theme choices, by theme
	tagLines    tagLines                  // which rows show the line of their English's tags (taglines.go)
	find        *finder                   // the Find bar
	bars        *topBars                  // the bars above the segments, Find bar included
	filter      *filterBar                // the segment filter's control (segfilter.go)
	blank       *annotate.Document        // the empty document shown before any is opened
	emptyHint   *messageText              // where the segments are, what to do when there are none
	start       *startView                // emptyHint, and the buttons that open a document when none is
	help        *fyne.Container           // the help sheet's rows, once shown
	pending     pendingState              // whether suggestions are left, for the menus
	menuRedraws int                       // how often the menus' state redrew the menu bar
}

// New builds the main window for a; call Open, OpenSample or Start to give it a document.
func New(a fyne.App, opts Options) *UI {
	if opts.AutosaveDelay <= 0 {
		opts.AutosaveDelay = 3 * time.Second
	}
	protectReplacedFiles()
	ui := &UI{app: a, opts: opts, keys: newKeyStore(opts.secrets), measurer: textview.NewMeasurer(0), doc: emptyDocument()}
	ui.win = a.NewWindow("Glose")
	ui.tagLines.current = !a.Preferences().BoolWithFallback(prefTagLines, true)
	ui.autosave = newAutosaver(ui)
	ui.progress = &progress{ui: ui}
	ui.applyTheme() // before the widgets are made: the side tabs lay themselves out at once
	ui.tips = newTipLayer()
	ui.win.SetContent(ui.build())
	ui.buildActions()
	ui.win.SetMainMenu(ui.mainMenu())
	ui.registerShortcuts()
	ui.win.SetCloseIntercept(ui.onClose)
	ui.win.SetOnDropped(ui.onDropped)
	ui.win.Resize(ui.rememberedSize())
	ui.blank = emptyDocument()
	ui.setDocument(ui.blank, "")
	return ui
}

// Window returns the main window.
func (ui *UI) Window() fyne.Window { return ui.win }

// Document returns the document being edited.
func (ui *UI) Document() *annotate.Document { return ui.doc }

// Editor returns the editor every change goes through.
func (ui *UI) Editor() *annotate.Editor { return ui.ed }

// build lays out the window: palette on top, segments in the middle, side panels on the right,
// status line at the bottom.
func (ui *UI) build() fyne.CanvasObject {
	ui.list = ui.newSegmentList()
	ui.filter = newFilterBar(ui)
	ui.list.OnReveal = ui.filter.revealed
	ui.palette = newPalette(ui)
	ui.alerts = newAlertBar(func() { ui.saveAsDialog() })
	ui.annotateOffer = ui.newAnnotateOffer()
	ui.relabelOffer = ui.newRelabelOffer()
	ui.status = newStatusLine(ui.tips, ui.showWholeStatus)
	ui.qa = newQAPanel(ui)
	ui.sugg = newSuggestionsPanel(ui)
	ui.panels = []panel{newEntitiesPanel(ui), newQuotesPanel(ui), ui.qa, ui.sugg}
	ui.tabs = container.NewAppTabs()
	for _, p := range ui.panels {
		ui.tabs.Append(container.NewTabItemWithIcon(p.title(), panelIcon(p), p.content()))
	}
	ui.tabBadges = make([]string, len(ui.panels))
	ui.tabs.OnSelected = func(*container.TabItem) {
		ui.tips.hide() // a click on a tab: Fyne's buttons are under the tips' area, which takes no tap
		if ui.tabMode == tabsSelected {
			ui.refitTabs()
		}
		ui.refreshPanels()
		ui.tabChosen()
	}
	ui.selectByApp(ui.sugg) // Proposals before any document: not the person's choice
	ui.watch = container.New(&widthWatch{ui: ui}, ui.list)
	ui.find = newFinder(ui)
	ui.emptyHint = newFluidText("").aligned(fyne.TextAlignCenter) // wrapped at ordinary spaces only
	ui.start = ui.newStartView()
	hint := ui.start.box
	labels := container.New(&paletteRow{labels: ui.palette.labels}, ui.palette.content(), ui.filter.box)
	top := container.NewVBox(ui.alerts.box, ui.annotateOffer.box, ui.relabelOffer.box, labels, ui.find.bar)
	bars, main := newTopBars(top, ui.find.bar, container.NewStack(ui.watch, hint))
	ui.bars = bars
	// A bar shown or hidden: the bars laid out again, then their scroll and the segments under it
	// (the bars' own layout alone left the room of a bar gone above the segments).
	relaid := func() { top.Refresh(); bars.box.Refresh() }
	ui.alerts.relaid, ui.annotateOffer.relaid, ui.find.relaid = relaid, relaid, relaid
	ui.relabelOffer.relaid = relaid
	tabTips := newTipArea(ui.tips, func(at fyne.Position) string { return ui.tabTip(at.X) })
	ui.sideSplit = newSideRoom(ui, container.NewHSplit(main, container.New(&tabFit{ui: ui}, ui.tabs, tabTips)))
	bottom := container.New(&besideLayout{room: statusRoom}, ui.statusBar(), ui.palette.actions)
	return container.NewStack(newBars(nil, bottom, ui.sideSplit), ui.tips.box)
}

// sideSplit is the share of the window's width left of the side panel: at the default 1280 pixels the
// panel gets about 400, enough for its four tabs in English; sideRoom widens it for French's longer
// titles (TestSideTabsFitTheDefaultWindow).
const sideSplit = 0.68

// emptyDocument is what the window shows before a document is opened.
func emptyDocument() *annotate.Document {
	return annotate.NewDocument("untitled", lang.L("Untitled"), "", "fr", "en")
}

// setDocument shows d, saved at path ("" for none), with a fresh undo history.
func (ui *UI) setDocument(d *annotate.Document, path string) {
	ui.autosave.stop()
	ui.abandon(d)
	ui.rememberPlace()    // of the document leaving the window
	d.DropEmptyEntities() // left behind by older versions: nothing in the text refers to them
	ui.doc, ui.path = d, path
	ui.ed = annotate.NewEditor(d)
	ui.ed.OnChange = ui.onEdit
	ui.untracked = newUntrackedHint(d)
	ui.pending.known = false
	ui.dirty, ui.cur, ui.selSpan, ui.linkFrom = false, 0, "", ""
	ui.placeCaret = caretPlace{} // of the document left; restorePlace gives this one's
	// No column has had the focus yet, and typing goes to the English (typingHome): so do the first
	// Ctrl+Down and Up, which went to the French, where the words typed next ran as commands.
	ui.side = annotate.Target
	ui.colors = labelColors(d)
	ui.refreshTagMenu()
	ui.resetProjection()
	if ui.sugg != nil {
		ui.sugg.memo.forget()
	}
	ui.cache.reset(ui)
	ui.filter.reset() // a filter is of the document it was applied to
	ui.panelsForgetDocument()
	ui.documentOpened()
	w := ui.width
	ui.width = 0
	ui.resizeRows(w)
	ui.palette.rebuild()
	ui.list.Refresh()
	if len(d.Segments) > 0 {
		ui.list.ScrollToTop()
	}
	ui.showOpeningTab(ui.restorePlace())
	ui.refreshPanels()
	ui.qa.runNow()
	ui.updateTitle()
	ui.showEmptyHint()
	ui.updateMenus()   // the actions on a document are greyed while none is open
	if d == ui.blank { // the hint says no document is open: no "0 segments, 0 spans" of one
		ui.setStatus("")
		return
	}
	status := lang.N("{{.N}} segments", len(d.Segments), map[string]any{"N": len(d.Segments)}) + ", " +
		lang.N("{{.N}} spans", len(d.Spans), map[string]any{"N": len(d.Spans)})
	if n := documentNotesState(d); n != "" {
		status += ", " + n
	}
	if share, ok := translatedShare(d); ok {
		status += " · " + lang.L("{{.Percent}} translated", map[string]any{"Percent": wholePercent(share)})
		if share, ok := reviewedShare(d); ok {
			status += ", " + lang.L("{{.Percent}} reviewed", map[string]any{"Percent": wholePercent(share)})
		}
	}
	ui.setStatus(status)
}

// showEmptyHint says, where the segments would be, what to do when there are none: open a document
// when none is (at the start, or after the one asked for failed to open), or another one when the
// one open has no text.
func (ui *UI) showEmptyHint() {
	ui.showStartButtons(ui.doc == ui.blank && ui.filter.emptyText() == "")
	switch {
	case ui.filter.emptyText() != "":
		ui.emptyHint.SetText(ui.filter.emptyText())
	case len(ui.doc.Segments) > 0:
		ui.emptyHint.Hide()
		return
	case ui.doc == ui.blank:
		ui.emptyHint.SetText(lang.L("No document open. Open one with File › Open… (Ctrl+O) or by dropping it on the window, or try File › Open the sample article."))
	default:
		ui.emptyHint.SetText(lang.L("This document has no text to translate. Open another with File › Open… (Ctrl+O)."))
	}
	ui.emptyHint.Show()
}

// onEdit runs after every change the editor makes (and after undo and redo).
func (ui *UI) onEdit() {
	if ui.unchanged { // the document as opening its file gives it: the state to come back to
		ui.ed.MarkSaved()
	} else {
		ui.editedAtStart()
	}
	ui.followSavePoint()
	ui.updateTitle()
	ui.afterEdit()
	ui.annotateOffer.follow(ui.doc) // the first tag makes it needless
	ui.relabelOffer.follow()        // offered for the change just made, not after another
	if !ui.typing {
		ui.pending.known = false
	}
	if ui.typing {
		ui.showState()
		return // the row being typed in updates itself
	}
	ui.sugg.syncGlossary() // a renamed entity is offered by its new name
	ui.languagesFollow()
	ui.refreshAll()
	ui.showState()
}

// refreshAll redraws everything after a change whose extent is unknown (tagging, undo, redo): the
// per-row caches are rebuilt from the document, the visible rows refreshed, the heights of rows whose
// text changed recomputed.
func (ui *UI) refreshAll() {
	if ui.selSpan != "" && ui.doc.Span(ui.selSpan) == nil {
		ui.selSpan = ""
	}
	if ui.linkFrom != "" && ui.doc.Span(ui.linkFrom) == nil {
		ui.linkFrom = ""
	}
	ui.cache.invalidate(ui)
	ui.updateHeights(false)
	ui.redrawRows()
	if ui.selSpan != "" && ui.selMark.span != ui.selSpan { // selected by tagging
		ui.markCaret(ui.selSpan)
	}
	ui.palette.update()
	ui.refreshPanels()
}

// redrawRows redraws the rows on screen with their segments, keeping their carets. Giving a TextView
// its text again puts its caret back at the start, and the row keeps only a selection; but the caret
// is where a keyboard user points at a span (see designated), and must not jump to the start of the
// sentence whenever a span is accepted or selected.
func (ui *UI) redrawRows() {
	for _, r := range ui.rows {
		if r.seg < 0 {
			continue
		}
		a, b := r.src.Selection()
		sa, sb := r.strip.Selection()
		strip := r.strip.Text()
		r.bind(r.seg)
		if x, y := r.src.Selection(); a == b && x == y && x != a {
			r.src.SetSelection(a, a)
		}
		if x, y := r.strip.Selection(); r.strip.Text() == strip && (x != sa || y != sb) {
			r.strip.SetSelection(sa, sb)
		}
	}
}

// refreshPanels refreshes the side panel on show.
func (ui *UI) refreshPanels() {
	if ui.tabs == nil {
		return
	}
	i := ui.tabs.SelectedIndex()
	if i >= 0 && i < len(ui.panels) {
		ui.panels[i].refresh()
	}
	if q := ui.quotesPanel(); q != nil && (i < 0 || ui.panels[i] != q) {
		q.showCounts() // the tab's title counts the quotes, shown or not
	}
}

// updateTitle names the document in the window title by its file (two windows on two documents with
// the same first sentence must be told apart), marking unsaved changes and a read-only document.
func (ui *UI) updateTitle() {
	t := ui.documentName()
	if ui.doc == ui.blank { // no document: the app's name alone, as LibreOffice's Start Center has it
		t = ""
	}
	if ui.readOnly {
		t += " " + lang.L("(read-only)")
	}
	if ui.dirty {
		t = "• " + t
		if ui.autosavedAt != "" {
			t += " " + lang.L("(autosaved at {{.Time}})", map[string]any{"Time": ui.autosavedAt})
		}
	} else {
		ui.autosavedAt = ""
	}
	if t = strings.TrimPrefix(t+" — Glose", " — "); t != ui.title {
		ui.title = t
		ui.win.SetTitle(t)
	}
}

func (ui *UI) setStatus(msg string) { ui.setStatusShort(msg, "") }

// setStatusShort shows msg on the status line, or short in its place while msg is cut (see statusLine).
func (ui *UI) setStatusShort(msg, short string) {
	if ui.status.full != msg || ui.status.short != short {
		ui.status.setTexts(msg, short)
	}
}

// do runs fn on the UI goroutine from a background one, unless the app has stopped (see ending).
func (ui *UI) do(fn func()) {
	if ui.opts.Sync {
		fn()
		return
	}
	fyne.Do(ui.ending.guard(fn))
}
