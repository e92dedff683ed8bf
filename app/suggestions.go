package app

import (
	"cmp"
	"context"
	"fmt"
	"os"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/suggest"
	"github.com/glose-app/glose/suggest/tm"
)

// maxDictOffers bounds the dictionary senses offered for a selection.
const maxDictOffers = 8

// offer is a suggestion as the Suggestions panel shows it.
type offer struct {
	suggest.Suggestion
	diffs   tm.Difference   // memory matches: how the memory's source differs from the segment
	missing []string        // memory matches: the segment's numbers the memory's source lacks
	numbers bool            // memory matches: the numbers differ
	whole   bool            // it replaces the whole translation (memory, MT) instead of being inserted
	codes   []tm.TargetCode // memory matches: the unit's inline codes, shown and brought along (codememory.go)
}

// query is what the panel shows suggestions for.
type query struct {
	seg    string   // the segment's ID
	source string   // its source text
	sel    string   // the selected part of the source, looked up in the dictionary
	selAt  [2]int   // where the selection is in source: a word's look-up tries the words after it too
	gen    int      // the sources' generation: it changes with the memory and the glossary
	at     tm.Place // where the segment stands, to rank the memory's matches by context
}

// found is what the look-ups returned for a query (machine translation apart).
type found struct {
	q      query
	offers []offer
	errs   []error
}

// mtResult is a machine translation of one source text, fetched or being fetched.
type mtResult struct {
	offer offer
	err   error
	busy  bool
}

// suggestionsPanel shows, for the current segment, the memory's matches with their differences,
// the glossary's terms, the dictionary's entries for the selected French word and machine
// translation, best first; Ctrl+1…5 or a click inserts one.
type suggestionsPanel struct {
	ui       *UI
	src      *sources // nil while opening
	envErr   error    // a problem with the environment's settings
	gen      int
	marks    glossaryMarks
	terms    glossaryTerms        // the document's names the glossary was given, and what they taught it
	mt       map[string]*mtResult // by source text
	memo     memoryEdits          // what the memory holds of the segments, to store the English corrected
	deleting memoryQuestion       // the last question Delete from the memory… asked (memorydelete.go)

	want   query   // the query last asked for
	shown  found   // the look-up shown
	offers []offer // shown, ranked: offers[n] is inserted by Ctrl+n+1

	head     *messageText // wrapped at ordinary spaces only, as errs and the cards' lines
	errs     *messageText
	cards    *fyne.Container
	mtButton *dialogButton
	// settingsButton opens the settings (machine translation, memory, dictionary)
	settingsButton *dialogButton
	box            fyne.CanvasObject
}

func newSuggestionsPanel(ui *UI) *suggestionsPanel {
	p := &suggestionsPanel{ui: ui, mt: map[string]*mtResult{}}
	p.head = newFluidText("")
	p.errs = newFluidText("").importance(widget.DangerImportance)
	p.cards = newFluidVBox()
	p.mtButton = ui.newPanelButton(lang.L("Machine translation"), theme.MailSendIcon(), func() { ui.askMT() })
	// named, not an icon alone: Fyne 2.7 has no tooltips to say what a bare gear does
	p.settingsButton = ui.newPanelButton(lang.L("Settings…"), theme.SettingsIcon(), ui.settingsDialog)
	bottom := container.New(&besideLayout{}, p.mtButton, p.settingsButton) // Settings… goes under in a narrow panel
	// the problems scroll with the offers: a few long ones (a memory that cannot be read, a service's
	// error) made the window's minimum height more than a small screen's
	p.box = newBars(p.head, bottom, container.NewVScroll(newFluidVBox(p.errs, p.cards)))
	s, err := loadSettings(ui.app.Preferences(), os.Getenv, nil) // the key is read in the background
	p.envErr = err
	p.openWithKey(s, true)
	return p
}

func (p *suggestionsPanel) title() string { return lang.L("Proposals") }

func (p *suggestionsPanel) content() fyne.CanvasObject { return p.box }

// settings returns the settings in use.
func (p *suggestionsPanel) settings() settings {
	if p.src != nil {
		return p.src.set
	}
	s, _ := p.ui.loadUserSettings()
	return s
}

// open (re)opens the sources with s, in the background, for the document's language pair.
func (p *suggestionsPanel) open(s settings) { p.openWithKey(s, false) }

// openWithKey is open that, with readKey, first reads the API key from the system keyring in the
// background: a locked keyring may ask for its password, and the window must not wait for it.
func (p *suggestionsPanel) openWithKey(s settings, readKey bool) {
	old, writing := p.src, p.memo.written
	p.src = nil
	src, tgt := p.ui.doc.SourceLang, p.ui.doc.TargetLang
	p.head.SetText(lang.L("Opening the translation memory…"))
	prefs, keys := p.ui.app.Preferences(), p.ui.keys
	p.ui.background(func() func() {
		if writing != nil { // the writes begun go to the memory they were meant for, then it closes
			<-writing
		}
		old.close()
		if readKey {
			s.Key = keys.load(prefs, s.Provider, s.Key)
		}
		o := openSources(s, src, tgt)
		return func() {
			p.src = o
			clear(p.mt)
			p.fillGlossary() // before looking anything up
			p.sourcesChanged()
		}
	})
}

// sourcesChanged forgets the memory and glossary look-ups and marks, and runs the checks again: they changed.
func (p *suggestionsPanel) sourcesChanged() {
	p.gen++
	p.marks = glossaryMarks{}
	p.ui.rebindRows()
	p.refresh()
	if p.ui.qa != nil {
		p.ui.qa.glossaryChanged() // the QA tab checks names against the glossary too
	}
}

// visible reports whether the panel's tab is the one shown.
func (p *suggestionsPanel) visible() bool {
	t := p.ui.tabs
	return t != nil && t.Selected() != nil && t.Selected().Content == p.box
}

// current returns the query for the current segment; ok is false when there is none.
func (p *suggestionsPanel) current() (q query, ok bool) {
	ui := p.ui
	if ui.cur < 0 || ui.cur >= len(ui.doc.Segments) {
		return query{}, false
	}
	seg := ui.doc.Segments[ui.cur]
	q = query{seg: seg.ID, source: ui.doc.SourceText(seg), gen: p.gen, at: ui.place(ui.cur)}
	if r := ui.rowFor(ui.cur); r != nil {
		// The dictionary is asked about a word or a few: a quotation selected whole (Ctrl+J goes to
		// it) by the words inside its marks, and one too long for a headword not at all, where the
		// panel said the dictionary had no entry for « « très, très bonne rencontre » ».
		if a, b := r.src.Selection(); a < b && b <= len(q.source) {
			a, b = nameRange(q.source, a, b)
			if sel := strings.TrimSpace(q.source[a:b]); p.src != nil && p.src.eng.LooksUp(sel) {
				q.sel, q.selAt = sel, [2]int{a, b}
			}
		}
	}
	return q, true
}

// refresh looks the current segment up when it, its selection or the sources changed. It does
// nothing while the panel is hidden.
func (p *suggestionsPanel) refresh() {
	if !p.visible() {
		return
	}
	q, ok := p.current()
	if !ok {
		p.want, p.shown, p.offers = query{}, found{}, nil
		p.render()
		return
	}
	if q == p.want {
		return
	}
	p.want = q
	if p.src == nil {
		p.render()
		return
	}
	eng, auto := p.src.eng, p.src.set.AutoMT
	p.ui.background(func() func() {
		f := gather(context.Background(), eng, q)
		return func() {
			if p.want == q {
				if p.shown.q != q { // else a key already looked it up (lookUpNow), its cards maybe focused
					p.show(f)
				}
				if auto && eng.MT != nil && p.mt[q.source] == nil {
					p.ui.fetchMT()
				}
			}
		}
	})
}

// show makes f the look-up shown.
func (p *suggestionsPanel) show(f found) {
	p.shown = f
	p.offers = rank(f.offers, p.mt[f.q.source])
	p.render()
}

// lookUpNow makes sure the offers are those of the current segment, looking it up on the UI
// goroutine if needed (a shortcut pressed while the panel is hidden or still looking up).
func (p *suggestionsPanel) lookUpNow() {
	q, ok := p.current()
	if !ok || p.src == nil || p.shown.q == q {
		return
	}
	p.want = q
	p.show(gather(context.Background(), p.src.eng, q))
}

// gather looks q up in the memory, the glossary and, for the selection, the dictionary. It touches
// no widget.
func gather(ctx context.Context, eng *suggest.Engine, q query) found {
	f := found{q: q}
	if eng.TM != nil {
		ms, err := eng.TM.Lookup(ctx, tm.Query{Text: q.source, SourceLang: eng.SourceLang, TargetLang: eng.TargetLang, At: q.at})
		if err != nil {
			f.errs = append(f.errs, fmt.Errorf("%s: %w", lang.L("Translation memory"), err))
		}
		for _, m := range ms {
			codes, _ := eng.TM.TargetCodes(ctx, m.ID) // unreadable: the match is offered and inserted without them
			f.offers = append(f.offers, offer{Suggestion: suggest.Suggestion{Kind: suggest.KindTM, Text: m.Target,
				Score: m.Score, Source: m.Source, Diff: m.SourceDiff}, diffs: m.Differences,
				numbers: m.NumbersDiffer, missing: m.MissingNumbers, whole: true, codes: codes})
		}
	}
	f.offers = append(f.offers, numberOffers(q.source)...) // numbers only: their English (numberonly.go)
	parts := &suggest.Engine{Glossary: eng.Glossary, SourceLang: eng.SourceLang, TargetLang: eng.TargetLang}
	ss, _ := parts.Suggestions(ctx, q.source)
	if q.sel != "" && eng.Dict != nil {
		// a double click selects one word: the compound it starts ("pommes" in "pommes de terre") comes first
		parts = &suggest.Engine{Dict: eng.Dict, SourceLang: eng.SourceLang, TargetLang: eng.TargetLang}
		ds, err := parts.DictionaryAt(q.source, q.selAt[0], q.selAt[1])
		if err != nil {
			f.errs = append(f.errs, err)
		}
		ss = append(ss, ds[:min(len(ds), maxDictOffers)]...)
	}
	for _, s := range ss {
		f.offers = append(f.offers, offer{Suggestion: s}) // names kept as they are too: typing them is what they save
	}
	return f
}

// keptAsIs reports whether a term's translation is the term itself (but for case and spaces): a
// name such as Emmanuel Macron or Paris, offered after the terms that change.
func keptAsIs(source, target string) bool {
	return strings.EqualFold(strings.TrimSpace(source), strings.TrimSpace(target))
}

// rank orders the offers best first, machine translation (when fetched) among them: by score, then
// memory before machine translation before glossary before dictionary.
func rank(offers []offer, m *mtResult) []offer {
	out := slices.Clone(offers)
	if m != nil && !m.busy && m.err == nil {
		out = append(out, m.offer)
	}
	order := map[suggest.Kind]int{suggest.KindNumbers: -1, suggest.KindTM: 0, suggest.KindMT: 1, suggest.KindGlossary: 2, suggest.KindDict: 3}
	slices.SortStableFunc(out, func(a, b offer) int {
		if c := cmp.Compare(b.Score, a.Score); c != 0 {
			return c
		}
		return cmp.Or(cmp.Compare(order[a.Kind], order[b.Kind]), compareKept(a, b))
	})
	return out
}

// compareKept puts glossary names kept as they are after the terms that change, which save more.
func compareKept(a, b offer) int {
	kept := func(o offer) bool { return o.Kind == suggest.KindGlossary && keptAsIs(o.Source, o.Text) }
	switch ka, kb := kept(a), kept(b); {
	case ka == kb:
		return 0
	case ka:
		return 1
	}
	return -1
}

// fetchMT asks the machine translation service for the current segment, in the background.
func (ui *UI) fetchMT() { ui.fetchMTThen(nil) }

// fetchMTThen is fetchMT, then, on the UI goroutine, once the answer is in (at once when it was in
// already), then; nothing while the answer is awaited from an earlier request.
func (ui *UI) fetchMTThen(then func()) {
	p := ui.sugg
	q, ok := p.current()
	switch {
	case !ok:
		return
	case p.src == nil || p.src.eng.MT == nil:
		ui.hint(lang.L("Machine translation is off: choose a service in Tools › Settings"))
		return
	case p.mt[q.source] != nil && (p.mt[q.source].busy || p.mt[q.source].err == nil):
		if then != nil && !p.mt[q.source].busy {
			then()
		}
		return
	}
	r := &mtResult{busy: true}
	p.mt[q.source] = r
	p.render()
	eng := &suggest.Engine{MT: p.src.eng.MT, SourceLang: p.src.eng.SourceLang, TargetLang: p.src.eng.TargetLang}
	ui.background(func() func() {
		ss, err := eng.Suggestions(context.Background(), q.source)
		return func() {
			r.busy, r.err = false, err
			if err == nil && len(ss) > 0 {
				r.offer = offer{Suggestion: ss[0], whole: true}
			}
			if p.shown.q.source == q.source {
				p.show(p.shown)
			}
			if then != nil {
				then()
			}
		}
	})
}

// remember stores segment i's pair in the memory, in the background, once it is translated or
// reviewed.
func (ui *UI) remember(i int) {
	p := ui.sugg
	if i < 0 || i >= len(ui.doc.Segments) || p.src == nil || p.src.eng.TM == nil {
		return
	}
	seg := ui.doc.Segments[i]
	if seg.Status != annotate.StatusTranslated && seg.Status != annotate.StatusReviewed {
		return
	}
	if !p.memo.storing(seg) {
		return // stored as it is already (Ctrl+Enter, then leaving the segment)
	}
	ui.rememberAll([]int{i})
}

// background runs work off the UI goroutine and the function it returns on it (both on the
// caller's goroutine with Options.Sync).
func (ui *UI) background(work func() func()) {
	ui.offUI(caught(lang.L("Proposals"), work, func(err error) { ui.hint(err.Error()) })) // it runs at every pause in typing: no dialog
}

// offUI runs work off the UI goroutine and the function it returns on it (both on the caller's
// goroutine with Options.Sync).
func (ui *UI) offUI(work func() func()) {
	if ui.opts.Sync {
		work()()
		return
	}
	go func() {
		apply := work()
		ui.do(apply)
	}()
}

// remembering returns confirm (an action confirming the current segment) followed by storing the
// segment's pair in the memory.
func (ui *UI) remembering(confirm func()) func() {
	return func() {
		i := ui.cur
		confirm()
		ui.remember(i)
	}
}

// sourceSelected looks the selected French words up when the selection of the current segment's
// source changes.
func (ui *UI) sourceSelected(r *row) {
	if r.seg == ui.cur {
		ui.sugg.refresh()
		ui.selectionMoved()
	}
}

// selectPanel shows p's tab.
func (ui *UI) selectPanel(p panel) {
	for i, q := range ui.panels {
		if q == p {
			ui.tabs.SelectIndex(i)
		}
	}
}

// stored follows a write of segments to the translation memory, on the UI goroutine: the panel looks
// its segment up again, since the memory now holds them, or the failure is said.
func (p *suggestionsPanel) stored(err error) {
	if err != nil {
		p.ui.showError(failed(lang.L("Could not store the segment in the translation memory."), err))
		return
	}
	p.gen++
	p.refresh()
}
