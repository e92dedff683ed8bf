package app

import (
	"image/color"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
)

// palette is the bar above the segments: one button per label (tagging the selection, or relabelling
// the selected span). The actions on the selected span (its speaker chosen among the document's
// people, accept, reject, remove, link a quote's speaker by tapping it) sit in the status bar, beside the
// selected span's description, where they leave the side panel its width.
type palette struct {
	ui      *UI
	labels  *fyne.Container
	accept  *dialogButton // Enter presses them too (newPanelButton)
	reject  *dialogButton
	remove  *dialogButton
	link    *dialogButton
	speaker *choiceSelect
	people  map[string]string // speaker choice → span ID
	picker  *speakerPicker    // the chooser Alt+S opened last, nil before
	actions *fyne.Container   // speaker, accept, reject, remove, link: for the status bar
}

func newPalette(ui *UI) *palette {
	p := &palette{ui: ui}
	p.labels = container.New(&flowLayout{})
	p.accept = ui.newPanelButton(lang.L("Accept"), theme.ConfirmIcon(), func() { ui.run(ui.acceptSelected) })
	p.reject = ui.newPanelButton(lang.L("Reject"), theme.CancelIcon(), func() { ui.run(ui.rejectSelected) })
	p.remove = ui.newPanelButton(lang.L("Remove"), theme.DeleteIcon(), func() { ui.run(ui.removeSelectedSpan) })
	// no icon: its words, which name both things link mode links, keep the span actions beside the
	// status line in a French window 768 wide, where an icon too put them under it
	p.link = ui.newPanelButton(lang.L("Link speaker or verb"), nil, func() { ui.run(ui.startLink) })
	p.speaker = newChoiceSelect(nil, p.chooseSpeaker)
	p.speaker.PlaceHolder = lang.L("Speaker…")
	p.speaker.maxWidth = speakerListWidth
	p.actions = container.NewHBox(p.speaker, p.accept, p.reject, p.remove, p.link)
	return p
}

// speakerListWidth is the widest the status bar's speaker list gets: a name of some sixteen letters
// ("Sergueï Lavrov"). Its words beside the name ("Sergueï Lavrov (le chef de la diplomatie
// russe)") are cut there, and read whole on the status line.
const speakerListWidth = 160

func (p *palette) content() fyne.CanvasObject { return p.labels }

// rebuild makes one button per label of the document's schema.
func (p *palette) rebuild() {
	p.labels.RemoveAll()
	for _, l := range p.ui.schemaLabels() {
		name := l.Name
		sw := canvas.NewRectangle(p.ui.colors[name])
		sw.SetMinSize(fyne.NewSize(10, 10))
		sw.CornerRadius = 3
		text := name
		if l.Key != "" {
			text += " (" + l.Key + ")"
		}
		b := widget.NewButton(text, func() { p.ui.run(func() error { return p.ui.applyLabel(name) }) })
		b.Importance = widget.LowImportance
		p.labels.Add(container.NewHBox(container.NewCenter(sw), b))
	}
	p.update()
}

// update enables the actions that apply to the selected span, and shows the list of people for a
// selected quote.
func (p *palette) update() {
	ui := p.ui
	ui.updateMenus()
	sp := ui.doc.Span(ui.selSpan)
	if sp == nil || !isQuote(sp) {
		p.speaker.Hide()
		return
	}
	p.fillPeople(sp)
	p.speaker.Show()
}

// follow enables Accept, Reject, Remove and Link speaker or verb as the Edit menu does its items:
// when the keys would find a span for them, the selected one or the one the text selection or the
// caret designates (see designated). Greyed buttons beside an Edit menu that offers the same actions for
// the span under the caret said two things at once.
func (p *palette) follow() {
	ui := p.ui
	setEnabled(p.accept, ui.hasDesignatedAcceptable())
	setEnabled(p.reject, ui.hasDesignatedSuggestion())
	setEnabled(p.remove, ui.hasDesignated())
	setEnabled(p.link, ui.hasDesignatedQuote())
	if e, ok := ui.panels[0].(*entitiesPanel); ok {
		_, err := ui.entitySpan()
		setEnabled(e.newEnt, err == nil)
		setEnabled(e.addSpan, err == nil)
	}
}

// holds reports whether o is one of the span bar's controls (the speaker list, Accept, Reject,
// Remove, Link speaker or verb).
func (p *palette) holds(o fyne.Focusable) bool {
	if p == nil || o == nil {
		return false
	}
	for _, c := range p.actions.Objects {
		if f, ok := c.(fyne.Focusable); ok && f == o {
			return true
		}
	}
	return false
}

func setEnabled(w fyne.Disableable, on bool) {
	if on {
		w.Enable()
	} else {
		w.Disable()
	}
}

// fillPeople lists the document's people for the quote's speaker choice: each person entity by
// name, and person names belonging to no entity by their text, with the descriptions of no entity
// next to the quote (see looseSpeaker), each standing for its mention nearest to the quote outside
// quotations, if it has one: "Madame Kerneur" in another man's « … » is who he speaks of, and the
// quote given to her so had her speak in his words in the table export. The people mentioned
// nearest come first, as the speaker is most often named in the quote's sentence or just before it:
// those named in the quote's segments, then in the nearest segments before it, then after it;
// alphabetically when as near. Organisations follow them (see speakingOrgs), so that Enter still
// takes the nearest person.
func (p *palette) fillPeople(quote *annotate.Span) {
	d := p.ui.doc
	first, last := quoteSegments(d, quote)
	orgs := speakingOrgs(d)
	best := map[string]*annotate.Span{}
	rank := map[string]nearness{}
	quoted := map[string]bool{} // best[name] is in a quotation
	inQuote := quotationCover(d)
	for _, sp := range d.Spans {
		if sp.Side != annotate.Source || (sp.Label != annotate.LabelPER && sp.Label != annotate.LabelORG) {
			continue
		}
		e := d.EntityOf(sp.ID)
		seg := d.SegmentAt(sp.Start)
		n := near(seg, first, last, abs(sp.Start-quote.Start))
		if e == nil && !looseSpeaker(sp, n) {
			continue // "il", or "Les membres" far away: words standing for no one named
		}
		if sp.Label == annotate.LabelORG {
			if !orgs[speakerKey(d, sp)] && n.class != 0 {
				continue
			}
			n.class += 3 // after the people
		}
		name := d.SpanText(sp)
		if e != nil && e.Name(d.SourceLang) != "" {
			name = e.Name(d.SourceLang)
		}
		name = strings.Join(strings.Fields(name), " ")
		q := inQuote(sp)
		if b, ok := rank[name]; !ok || quoted[name] && !q || quoted[name] == q && n.less(b) {
			best[name], rank[name], quoted[name] = sp, n, q
		}
	}
	p.people = make(map[string]string, len(best))
	opts := make([]string, 0, len(best))
	for name, sp := range best {
		p.people[name] = sp.ID
		opts = append(opts, name)
	}
	sort.Slice(opts, func(i, j int) bool {
		a, b := rank[opts[i]], rank[opts[j]]
		if a.class != b.class || a.segs != b.segs {
			return a.less(b)
		}
		return opts[i] < opts[j]
	})
	p.speaker.OnChanged = nil
	p.speaker.ClearSelected()
	if l := d.LinkFrom(quote.ID, annotate.LinkSpeaker); l != nil {
		// First, where the list opening over the status bar shows it whatever the number of people.
		opts = append([]string{lang.L("(no speaker)")}, opts...)
		if to := d.Span(l.To); to != nil {
			p.speaker.PlaceHolder = p.ui.speakerWords(to, 30)
		}
	} else {
		p.speaker.PlaceHolder = lang.L("Speaker…")
	}
	p.speaker.Options = opts
	p.speaker.OnChanged = p.chooseSpeaker
	p.speaker.Refresh()
}

// chooseSpeaker links the selected quote to the chosen person's mention, or unlinks its speaker for
// "(no speaker)": a wrong speaker suggestion (an organisation, a namesake) was otherwise kept unless
// the speaker's mention or the quote itself was rejected, losing a right annotation with it.
func (p *palette) chooseSpeaker(name string) {
	if p.ui.selSpan == "" {
		return
	}
	quote := p.ui.selSpan
	if name == lang.L("(no speaker)") {
		p.ui.run(func() error { return p.ui.unlinkSpeaker(quote) })
		return
	}
	id, ok := p.people[name]
	if !ok {
		return
	}
	if words, ent := p.misresolved(quote, id); words != "" {
		p.ui.run(func() error { return p.ui.linkSpeakerFiled(quote, words, ent) })
		return
	}
	p.ui.run(func() error { return p.ui.linkSpeaker(quote, id) })
}

// looseSpeaker reports whether sp, a person's or an organisation's words under no entity, n away
// from a quote, is offered as its speaker: a name, or a description in the quote's segments or the
// two segments before it or the one after it ("Une porte-parole de la Commission a indiqué que « … »",
// "« … », souffle une éleveuse"), where an analyst gives a speaker the article names only so; a
// description farther away, and a pronoun anywhere ("il" stood for every loose "il"), name no one.
func looseSpeaker(sp *annotate.Span, n nearness) bool {
	switch sp.Mention.Norm() {
	case "":
		return true
	case annotate.MentionNominal:
		return n.beside()
	}
	return false
}

// beside reports whether a mention n away from a quote is in its segments, the two before them or
// the one after, where the words attributing it stand.
func (n nearness) beside() bool {
	return n.class == 0 || n.class == 1 && n.segs <= 2 || n.class == 2 && n.segs <= 1
}

// speakingOrgs returns the organisations that speak a quote of d (see speakerKey): the speaker list
// offers them, and the organisations named in the quote's segments ("Le CRIF souligne que « … »"). It
// listed people only, so that the quotations of a communiqué (CRIF, Canal+, l'OMS) took s and a click
// on the name, or typing it, each time, where a person took Alt+S and Enter.
func speakingOrgs(d *annotate.Document) map[string]bool {
	out := map[string]bool{}
	for _, l := range d.Links {
		if l.Type != annotate.LinkSpeaker {
			continue
		}
		if sp := d.Span(l.To); sp != nil && sp.Label == annotate.LabelORG {
			out[speakerKey(d, sp)] = true
		}
	}
	return out
}

// speakerKey names who a mention stands for: its entity, else its own words.
func speakerKey(d *annotate.Document, sp *annotate.Span) string {
	if e := d.EntityOf(sp.ID); e != nil {
		return "entity " + e.ID
	}
	return "words " + strings.Join(strings.Fields(annotate.Fold(d.SpanText(sp))), " ")
}

// nearness is how near a mention is to a quote: in its segments (class 0), before them (1) or after
// them (2), so many segments away, so many characters away.
type nearness struct{ class, segs, chars int }

// near returns the nearness of a mention in segment seg to a quote over segments first to last.
func near(seg, first, last, chars int) nearness {
	switch {
	case seg >= first && seg <= last:
		return nearness{0, 0, chars}
	case seg < first:
		return nearness{1, first - seg, chars}
	}
	return nearness{2, seg - last, chars}
}

func (n nearness) less(o nearness) bool {
	if n.class != o.class {
		return n.class < o.class
	}
	if n.segs != o.segs {
		return n.segs < o.segs
	}
	return n.chars < o.chars
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// swatch is a small square of a label's colour, for lists.
func swatch(c color.Color) *canvas.Rectangle {
	r := canvas.NewRectangle(c)
	r.SetMinSize(fyne.NewSize(10, 10))
	r.CornerRadius = 3
	return r
}
