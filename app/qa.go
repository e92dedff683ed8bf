package app

import (
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/project"
	"github.com/glose-app/glose/annotate/qa"
)

// prefQADisabled is the preferences key of the list of QA checks switched off.
const prefQADisabled = "qa.disabled"

// qaDelay is how long after the last change the checks run again.
const qaDelay = time.Second

// qaPanel is the quality-check tab: the issues qa.Run finds, worst first, each jumping to its segment
// (and span) when tapped, and the list of checks to switch off. The checks run again about a second
// after the last change, on a snapshot of the document off the UI goroutine (they take some 0.2 s on
// a 1 MB translated article), and when the Run button is pressed.
type qaPanel struct {
	ui      *UI
	all     []qa.Issue // the last run's issues, the ignored ones among them (qa_ignore.go)
	issues  []qa.Issue // listed: found, worst first, then in document order, the ignored ones after (when shown), the folded checks' last
	folds   []qaFold   // the rows standing for those, one a check (qa_fold.go)
	list    *keyList
	summary *messageText
	// summaryRow puts Run the checks beside the summary, or under it where a word would be cut
	summaryRow *besideLayout
	detail     *messageText // the whole message of the issue opened last, which the list shortens
	opened     *qa.Issue    // that issue, or nil
	foldOpen   string       // the check whose folded row's detail is shown, or "" (qa_fold.go)
	checks     *widget.CheckGroup
	box        fyne.CanvasObject
	boundAt    qaBinding // what the rows on screen were last given

	english     *choiceSelect // the English spelling read in documents in plain English
	englishNote *messageText  // which documents it applies to, or the document's language deciding

	words     *userWords      // the user's word list and the words ignored, loaded at the first run
	spellBar  *fyne.Container // the opened spelling issue's suggestions
	spellActs *fyne.Container // its Add to dictionary and Ignore
	spellBox  *fyne.Container // holds both, hidden for other issues

	spelling     map[string][]qa.Issue // the spelling issues of each segment, for the rows' marks
	spellIndexed int                   // the run spelling is of

	timer   *time.Timer
	running bool // a run is on its way
	again   bool // the document changed during the run: run once more when it ends
	runs    int  // completed runs, for tests and the status

	found qa.Cache // what the checks keep from run to run on this window's document

	ignoring qaIgnoring // the issues ignored, the Ignore button and Show ignored (qa_ignore.go)
	ran      qaRan      // what the last run shown was made on, for saving to prune (qa_ignore.go)
}

func newQAPanel(ui *UI) *qaPanel {
	p := &qaPanel{ui: ui}
	p.list = newKeyList(ui,
		p.rows,
		func() fyne.CanvasObject {
			icon := widget.NewIcon(theme.InfoIcon())
			seg := widget.NewLabelWithStyle(segmentShort(9999), fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
			msg := widget.NewLabel("")
			msg.Truncation = fyne.TextTruncateEllipsis
			fixed := container.New(layout.NewGridWrapLayout(seg.MinSize()), seg) // the messages line up
			return container.NewBorder(nil, nil, container.NewHBox(icon, fixed), nil, msg)
		},
		func(id widget.ListItemID, o fyne.CanvasObject) { p.bind(id, o.(*fyne.Container)) },
		func(id widget.ListItemID) {
			p.list.Unselect(id)
			p.open(id)
		},
	)
	p.list.moved = p.preview
	p.summary = newFluidText("") // wrapped at ordinary spaces only, as the others below
	var names []string
	for _, c := range qa.Checks() {
		names = append(names, checkName(c.ID))
	}
	p.checks = widget.NewCheckGroup(names, nil)
	p.checks.SetSelected(p.enabledNames())
	p.checks.OnChanged = p.checksChanged
	run := p.ui.newPanelButton(lang.L("Run the checks"), theme.ViewRefreshIcon(), p.runNow)
	// the checks' names and the English spelling scroll sideways in a narrow panel: a closed accordion
	// still asks for their width, which took the segments 300 units of a small window; and up and down
	// in a low one (qa_layout.go)
	checks := newCappedScroll(container.NewScroll(container.NewVBox(p.checks, p.newVarietyRow())), checksCap)
	acc := widget.NewAccordion(widget.NewAccordionItem(lang.L("Checks"), checks.box))
	// Run the checks goes under the summary where a word of it would be cut beside: "avertissements,"
	// read "avertissement" and "s" in the narrowest panel
	p.summaryRow = &besideLayout{}
	top := container.NewBorder(container.NewVBox(container.New(p.summaryRow, p.summary, run), p.newShowIgnored()), nil, nil, nil, acc)
	// a fluid messageText, not a wrapping Label: Fyne's wrapping breaks at no-break spaces too, which
	// put the « » and : of a French message at the start of a line
	p.detail = newFluidText("")
	detail := newCappedScroll(container.NewVScroll(p.detail), detailCap)
	bar := container.NewVBox(p.newSpellBar(), p.newIgnoreRow())
	p.showDetail(nil)
	p.box = newQALayout(top, p.list, container.NewBorder(nil, bar, nil, nil, detail.box), checks, detail)
	return p
}

func (p *qaPanel) title() string { return lang.L("QA") }

func (p *qaPanel) content() fyne.CanvasObject { return p.box }

// refresh redraws the issues found last; the checks themselves run on changes (kick) and on demand.
// The rows show the issues and their segments' numbers: refreshPanels runs as the person types, which
// changes neither, and giving every row its labels again cost some 5 ms a keystroke with the tab shown
// on a 4 MB article (BenchmarkKeystrokeTabs4MB/qa).
func (p *qaPanel) refresh() {
	if at := p.binding(); at != p.boundAt {
		p.boundAt = at
		p.list.Refresh()
	}
}

// qaBinding is what the QA rows show depends on: the document and its structure (the row cache's
// generation, see rowCache.gen), and the issues, which show replaces at each run of the checks.
type qaBinding struct {
	doc  *annotate.Document
	gen  uint64
	runs int
}

func (p *qaPanel) binding() qaBinding { return qaBinding{p.ui.doc, p.ui.cache.gen, p.runs} }

// config is the run's configuration: the checks the user left on, projection's options, with which
// the name check finds the English of French mentions not linked yet, and the user's glossary. Names
// are checked against the document's entities, as qa.Run finds them in the snapshot (a rename in the
// Entities tab is an edit, so the checks run again and flag the English still reading the old name),
// and against the terms the user imported or confirmed in the glossary, as glose-cli qa --glossary
// checks them: the checks run again when the glossary changes (glossaryChanged).
func (p *qaPanel) config() qa.Config {
	cfg := qa.Config{Disabled: map[string]bool{}}
	for _, id := range p.ui.app.Preferences().StringList(prefQADisabled) {
		cfg.Disabled[id] = true
	}
	cfg.Project = p.ui.projectOptions()
	if g := p.ui.qaGlossary(); g != nil {
		cfg.Glossary = g
	}
	cfg.Quotes, cfg.Cache = p.quoteStyle(), &p.found
	p.showVariety()
	if !cfg.Disabled[qa.Spelling] {
		cfg.English, _ = p.variety()
		cfg.Words, cfg.IgnoreWords = p.userWords(), p.ignoredWords()
	}
	return cfg
}

// qaGlossary is the user's glossary for the open document's language pair: the glossary of the memory
// the Proposals tab has open for it, or, for French to English while that memory is still opening,
// the one the settings name (userGlossary). It is nil when there is none.
func (ui *UI) qaGlossary() project.Glossary {
	d, p := ui.doc, ui.sugg
	if d == nil || p == nil {
		return nil
	}
	if primaryLanguage(d.SourceLang) == "fr" && primaryLanguage(orEnglish(d.TargetLang)) == "en" {
		return ui.userGlossary()
	}
	if p.src != nil && p.src.eng.Glossary != nil && p.src.eng.SourceLang == d.SourceLang && p.src.eng.TargetLang == d.TargetLang {
		return p.src.eng.Glossary
	}
	return nil
}

// orEnglish is a target language tag, English when the document names none.
func orEnglish(tag string) string {
	if strings.TrimSpace(tag) == "" {
		return "en"
	}
	return tag
}

// glossaryChanged runs the checks again when the user's glossary changed (imported, edited, opened with
// another memory) after they ran on the document: a name may now read against it, or no longer.
func (p *qaPanel) glossaryChanged() {
	if p.runs > 0 || p.running {
		p.runNow()
	}
}

// enabledNames returns the names of the checks not switched off, for the check group.
func (p *qaPanel) enabledNames() []string {
	off := p.ui.app.Preferences().StringList(prefQADisabled)
	var on []string
	for _, c := range qa.Checks() {
		if !slices.Contains(off, c.ID) {
			on = append(on, checkName(c.ID))
		}
	}
	return on
}

// checksChanged stores the checks switched off and runs the others.
func (p *qaPanel) checksChanged(on []string) {
	var off []string
	for _, c := range qa.Checks() {
		if !slices.Contains(on, checkName(c.ID)) {
			off = append(off, c.ID)
		}
	}
	setStringList(p.ui.app.Preferences(), prefQADisabled, off)
	p.runNow()
}

// kick schedules a run qaDelay after the last change. In synchronous mode (tests) nothing is
// scheduled: tests call runNow.
func (p *qaPanel) kick() {
	p.ran.edits++
	if p.ui.opts.Sync {
		return
	}
	if p.timer != nil {
		p.timer.Stop()
	}
	p.timer = time.AfterFunc(qaDelay, func() { p.ui.do(p.runNow) })
}

// runNow runs the checks: on a snapshot of the document in the background, or right here in
// synchronous mode. Results arriving for a document that is no longer open are dropped.
func (p *qaPanel) runNow() {
	if p.timer != nil {
		p.timer.Stop()
	}
	cfg, d, at := p.config(), p.ui.doc, p.ran.edits
	if p.ui.opts.Sync {
		p.show(qa.Run(d, cfg))
		p.ran.record(d, cfg, at)
		return
	}
	if p.running {
		p.again = true
		return
	}
	p.running = true
	snap := d.Clone()
	go func() {
		var issues []qa.Issue
		err := catch(lang.L("Checks"), func() { issues = qa.Run(snap, cfg) })
		p.ui.do(func() {
			p.running = false
			if err != nil {
				p.ui.hint(err.Error()) // the checks run again at every change: no dialog each time
			}
			if p.ui.doc == d {
				p.show(issues)
				p.ran.record(d, cfg, at)
			}
			if p.again {
				p.again = false
				p.runNow()
			}
		})
	}()
}

// show lists the issues of a run of the checks (relist).
func (p *qaPanel) show(issues []qa.Issue) {
	numberSegments(p.ui.doc, issues)
	p.all = issues
	p.runs++
	p.relist()
}

// relist lists the issues of the last run, worst first, the ignored ones after the others or left out
// (qa_ignore.go), the untranslated segments' and the suggestions' notes folded into a row each, and
// sums them up.
func (p *qaPanel) relist() {
	issues := p.listedIssues()
	p.folds = foldIssues(issues)
	p.issues = issues
	counts := map[qa.Severity]int{}
	for _, is := range issues[:p.listed()] {
		if !is.Ignored {
			counts[is.Severity]++
		}
	}
	switch {
	case len(p.all) == 0 && !p.ui.hasDocument(): // not "no problems" in a document that is not there
		p.summary.SetText(lang.L("Nothing to check: no document is open"))
	case len(p.all) == p.ignoring.count:
		p.summary.SetText(lang.L("No problems found"))
	default:
		p.summary.SetText(strings.Join([]string{
			lang.N("{{.N}} errors", counts[qa.Error], map[string]any{"N": counts[qa.Error]}),
			lang.N("{{.N}} warnings", counts[qa.Warning], map[string]any{"N": counts[qa.Warning]}),
			lang.N("{{.N}} notes", counts[qa.Info], map[string]any{"N": counts[qa.Info]}),
		}, ", "))
		if n := p.folded(qa.Untranslated); n > 0 {
			p.summary.SetText(p.summary.Text + " · " + lang.N("{{.N}} segments not translated", n, map[string]any{"N": n}))
		}
		if n := p.folded(qa.PendingSuggestions); n > 0 {
			p.summary.SetText(p.summary.Text + " · " + lang.N("{{.N}} segments with suggestions awaiting review", n, map[string]any{"N": n}))
		}
	}
	p.sayIgnored()
	p.summaryRow.room = p.summary.widestWord()
	p.boundAt = p.binding()
	p.list.Refresh()
	p.ui.setPanelBadge(p, p.rows()-p.ignoredListed())
	p.ui.spellingShown()
	k := -1
	if p.opened != nil {
		k = slices.IndexFunc(issues, func(is qa.Issue) bool { return sameIssue(is, *p.opened) })
	}
	switch {
	case p.opened != nil && k < 0:
		p.showDetail(nil) // fixed, or ignored
	case p.opened != nil && issues[k].Ignored != p.opened.Ignored:
		p.showDetail(&issues[k]) // ignored, or raised again: the detail and its button say so
	case p.foldOpen != "" && p.foldOf(p.foldOpen) != nil:
		p.showFoldDetail(p.foldOf(p.foldOpen)) // the numbers as they are now
	case p.foldOpen != "":
		p.showDetail(nil) // every segment translated, or every suggestion reviewed
	}
}

// showDetail shows an issue's whole message under the list, or, for nil, how to see one.
func (p *qaPanel) showDetail(is *qa.Issue) {
	p.opened, p.foldOpen = is, ""
	p.showSpellBar(is)
	p.showIgnoreButton(is)
	if is == nil {
		// a hint, in italics: the greyed LowImportance text measured 1.55:1 in the dark theme
		p.detail.styled(fyne.TextStyle{Italic: true}).SetText(lang.L("Click an issue to go to it and read it whole here"))
		return
	}
	text := issueMessage(*is)
	if i := p.ui.doc.SegmentIndex(is.Segment); i >= 0 {
		text = segmentName(i+1) + " · " + text
	}
	if is.Check == qa.Spelling {
		text += "\n" + p.spellingNote()
	}
	if is.Ignored {
		text += "\n" + lang.L("Ignored: it stays so until what it is about changes in the segment")
	}
	p.detail.styled(fyne.TextStyle{}).SetText(text)
}

// sameIssue reports whether a and b are the same problem found by two runs.
func sameIssue(a, b qa.Issue) bool {
	return a.Check == b.Check && a.Segment == b.Segment && a.Span == b.Span && a.Message == b.Message
}

func (p *qaPanel) bind(id int, box *fyne.Container) {
	if f := p.foldAt(id); f != nil {
		p.bindFold(f, box)
		return
	}
	k, ok := p.issueOf(id)
	if !ok {
		return
	}
	is := p.issues[k]
	left := box.Objects[1].(*fyne.Container)
	showSegmentColumn(box, true)
	if icon, res := left.Objects[0].(*widget.Icon), severityIcon(is.Severity); icon.Resource == nil || icon.Resource.Name() != res.Name() {
		icon.SetResource(res)
	}
	seg := ""
	if i := p.ui.doc.SegmentIndex(is.Segment); i >= 0 {
		seg = segmentShort(i + 1)
	}
	// only the texts that differ: a label shortens its text anew at every SetText (see setLabel)
	setLabel(left.Objects[1].(*fyne.Container).Objects[0].(*widget.Label), seg)
	setLabel(box.Objects[0].(*widget.Label), issueMessage(is))
	greyIgnored(box.Objects[0].(*widget.Label), is.Ignored)
}

// preview shows the whole message of issue id, which the arrows reached in the list, as a click
// does, but leaves the keys in the list and the segments where they are: a message cut short in its
// row could be read only by going to its segment, which took the keys out of the list.
func (p *qaPanel) preview(id widget.ListItemID) {
	if f := p.foldAt(id); f != nil {
		p.showFoldDetail(f)
		p.box.Refresh()
		p.list.showRow(id)
		return
	}
	k, ok := p.issueOf(id)
	if !ok {
		return
	}
	is := p.issues[k]
	p.showDetail(&is)
	p.box.Refresh() // the message takes the list's room from below: keep the row in sight
	p.list.showRow(id)
}

// open jumps to issue id's segment, selecting its span when it has one, and shows the whole message.
func (p *qaPanel) open(id int) {
	if f := p.foldAt(id); f != nil {
		p.openFold(f)
		return
	}
	k, ok := p.issueOf(id)
	if !ok {
		return
	}
	is, ui := p.issues[k], p.ui
	p.showDetail(&is)
	// the message and a spelling issue's buttons take the list's room from below: lay it out now and
	// keep the row clicked in sight (it was hidden under them when near the list's foot)
	p.box.Refresh()
	p.list.showRow(id)
	i := ui.doc.SegmentIndex(is.Segment)
	if i < 0 {
		return
	}
	switch {
	case is.Span != "" && ui.doc.Span(is.Span) != nil:
		ui.jumpToSpan(is.Span)
	case is.Check == qa.Spelling:
		ui.focusSegment(i, annotate.Target)
		p.selectWord(i, is)
	default:
		ui.focusSegment(i, annotate.Target)
		if r := ui.rowFor(i); r != nil { // an old selection there has nothing to do with the issue
			r.entry.setCaret(r.entry.caret())
			ui.updateMenus()
		}
	}
	ui.setStatus(issueMessage(is) + ui.filter.note(i))
}

// severityIcon is an issue's icon, coloured by severity.
func severityIcon(s qa.Severity) fyne.Resource {
	switch s {
	case qa.Error:
		return theme.NewErrorThemedResource(theme.ErrorIcon())
	case qa.Warning:
		return theme.NewWarningThemedResource(theme.WarningIcon())
	}
	return theme.NewPrimaryThemedResource(theme.InfoIcon())
}

// showQA runs the checks, selects the QA tab and puts the keyboard focus in its list, as
// Ctrl+Shift+3 does: the checks run by themselves after each change, so running them on demand
// (Ctrl+Shift+Q) is to go through what they find, and the focus left in the English made Down move
// its caret rather than to the next issue.
func (ui *UI) showQA() {
	ui.qa.runNow()
	for k, p := range ui.panels {
		if p == panel(ui.qa) {
			ui.focusPanel(k)
		}
	}
}
