package app

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
)

// panel is a tab of the side panel. Panels are refreshed when shown and after changes; each keeps its
// own widgets. Suggestions and QA panels slot in by implementing it and joining UI.panels.
type panel interface {
	title() string
	content() fyne.CanvasObject
	refresh()
}

// quotesPanel lists the document's quotes: state, speaker and French, one per row (see newQuoteRow);
// tapping a row jumps to the quote.
type quotesPanel struct {
	ui          *UI
	all         []*annotate.Span // the document's quotes, in order
	quotes      []*annotate.Span // those listed: all, or those with something to confirm (onlyPending)
	pos         []int            // the place in all of each listed quote
	onlyPending bool
	pending     *widget.Check
	signTips    map[*fyne.Container]string // the tip of each row's sign
	list        *keyList
	empty       *messageText
	summary     *messageText               // "48 quotes · 12 without a speaker", on as many lines as it takes
	marked      string                     // the quote the list marks: the last one jumped to or the caret was in
	reveal      bool                       // the list is to scroll to the marked quote
	listed      *annotate.Document         // the document quotes are of
	listGen     uint64                     // the row cache's generation quotes were listed at
	boxes       map[*fyne.Container]string // the rows the list made, and the quote each was last filled with
	tally       quoteTally                 // the counts in the tab's title, kept while the spans do not change
}

func newQuotesPanel(ui *UI) *quotesPanel {
	p := &quotesPanel{ui: ui, boxes: map[*fyne.Container]string{}, signTips: map[*fyne.Container]string{}}
	p.list = newKeyList(ui,
		func() int { return len(p.quotes) },
		p.newQuoteRow,
		func(id widget.ListItemID, o fyne.CanvasObject) { p.bind(id, o.(*fyne.Container)) },
		func(id widget.ListItemID) {
			// The list's own selection is let go at once, so that a second tap on the same row
			// jumps again; the row stays marked as the current quote (see mark).
			p.list.UnselectAll()
			if id < len(p.quotes) {
				p.marked = p.quotes[id].ID
				p.remark()
				ui.jumpToSpan(p.quotes[id].ID)
			}
		},
	)
	p.list.letter = p.listLetter
	// wrapped rather than cut: "· 8 with something to con…" in English at the panel's usual width
	p.summary = newFluidText("")
	p.empty = newFluidText(lang.L("No quotes yet: select a quotation and press q")) // no « : » alone on a line
	p.pending = p.newPendingFilter()
	return p
}

func (p *quotesPanel) title() string { return lang.L("Quotes") }

func (p *quotesPanel) content() fyne.CanvasObject {
	return newBars(container.NewVBox(p.summary, p.pending), nil, container.NewStack(p.list, p.empty))
}

// refresh lists the quotes again, after a change to the spans or links (see rowCache.gen): typing in
// the English changes none, only what the rows show.
func (p *quotesPanel) refresh() {
	if p.listed != p.ui.doc || p.listGen != p.ui.cache.gen {
		p.listed, p.listGen = p.ui.doc, p.ui.cache.gen
		p.listQuotes()
	}
	p.pending.Hidden = len(p.all) == 0
	if t := p.emptyText(); p.empty.Text != t {
		p.empty.SetText(t)
	}
	p.empty.Hidden = len(p.quotes) > 0
	p.empty.Refresh()
	p.showCounts()
	p.follow()
	if !p.revealMarked() { // scrolling fills the rows anew
		p.list.Refresh()
	}
}

func (p *quotesPanel) bind(id int, box *fyne.Container) {
	if id >= len(p.quotes) || p.listed != p.ui.doc { // the quotes of the document before: shown at the refresh to come
		return
	}
	d, q := p.ui.doc, p.quotes[id]
	p.boxes[box] = q.ID
	showMark(box, q.ID == p.marked)
	speaker := lang.L("(no speaker)")
	if fr, _, en := p.speakers(q); fr != "" {
		speaker = fr
		if en != "" && en != fr {
			speaker += " → " + en
		}
	}
	english, segStatus := p.english(q)
	showNote(speakerLineOf(box), speaker, speakerNote(d.LinkFrom(q.ID, annotate.LinkSpeaker)))
	text := annotate.Shorten(d.SpanText(q), 200)
	if p.continued(p.pos[id]) {
		text = lang.L("(continued)") + " " + text
	}
	showNote(quotationLineOf(box), text, quoteNote(d, q))
	p.showSign(box, q, p.segments(q)+" · "+segStatus+" · "+english)
}

// setLabel gives l the text s unless it has it already: a Label shortens its text anew at every
// SetText, and filling the rows on screen again with the same texts cost some 5 ms at each refresh of
// the Quotes tab of a 4 MB article (refreshPanels runs as the person types).
func setLabel(l *widget.Label, s string) {
	if l.Text != s {
		l.SetText(s)
	}
}

// nearCurrent returns the row of the first quote that ends in or after the current segment, else the
// last row: where the keyboard enters the list.
func (p *quotesPanel) nearCurrent() int {
	d := p.ui.doc
	if p.ui.cur >= len(d.Segments) {
		return 0
	}
	start := d.Segments[p.ui.cur].Start
	for i, q := range p.quotes {
		if q.End > start {
			return i
		}
	}
	return len(p.quotes) - 1
}

// continued reports whether quote k of p.all goes on with the words of the row before (see
// continues), which must open a quotation: begin with an opening mark, or be itself the continuation
// of one, as the part between two incises is. A quotation without marks (indirect speech tagged by
// hand) ends with no closing mark but opens nothing: the next quotation of its speaker read
// "(continued)".
func (p *quotesPanel) continued(id int) bool {
	for k := id; k > 0; k-- {
		if !p.continues(p.all[k-1], p.all[k]) {
			return false
		}
		if opensQuotation(p.ui.doc.SpanText(p.all[k-1])) {
			return true
		}
	}
	return false
}

// continues reports whether quote b, listed right after a, goes on with a's words: the second part of
// a quotation cut by an incise (« La situation est grave, a affirmé Jean Dupont, mais nous gardons
// espoir. ») or continued further on. a must not end with a closing quotation mark, and both must be
// linked alike: to the same reporting verb (pre-annotation links both parts to the incise's), else,
// when they have no two different verbs, to the same speaker (mention or entity).
func (p *quotesPanel) continues(a, b *annotate.Span) bool {
	d := p.ui.doc
	if closesQuotation(d.SpanText(a)) {
		return false
	}
	ca, cb := d.LinkFrom(a.ID, annotate.LinkCue), d.LinkFrom(b.ID, annotate.LinkCue)
	if ca != nil && cb != nil {
		return ca.To == cb.To
	}
	sa, sb := d.LinkFrom(a.ID, annotate.LinkSpeaker), d.LinkFrom(b.ID, annotate.LinkSpeaker)
	if sa == nil || sb == nil {
		return false
	}
	if sa.To == sb.To {
		return true
	}
	ea, eb := d.EntityOf(sa.To), d.EntityOf(sb.To)
	return ea != nil && ea == eb
}

// speakerNote says when a quote's speaker is a suggestion; a speaker a person linked (Human origin,
// as the editor gives every link made in the app) needs no note. It has no short form in words: its
// French one, "suggéré" after "Élise Ménard", read as a mistake of gender, and "à confirmer" leaves
// no room for a name in the narrowest panel, where a question mark after the name says it.
func speakerNote(l *annotate.Link) pendingNote {
	if l == nil || l.Origin != annotate.Auto {
		return pendingNote{}
	}
	return pendingNote{long: lang.L("suggested speaker")}
}

// speakers returns the quote's speaker in French (speakerWords: its entity's French name, and the
// words its speaker link points to where they say more, "Jean Dupond (il)"), the part of it naming
// the person (who), and in English (see speakerEnglish; "" when
// that is the French name given already).
func (p *quotesPanel) speakers(q *annotate.Span) (fr, who, en string) {
	d := p.ui.doc
	l := d.LinkFrom(q.ID, annotate.LinkSpeaker)
	if l == nil {
		return "", "", ""
	}
	to := d.Span(l.To)
	if to == nil {
		return "", "", ""
	}
	fr, who = p.ui.speakerWords(to, 80), speakerWho(d, to)
	if who == "" {
		who = fr
	}
	if en = p.speakerEnglish(q, to); en == who {
		en = "" // an English name alike is said already
	}
	return fr, who, en
}

// speakerEnglish names in English the speaker whose French mention is to. For a mention of an entity
// with a French name, which the French side shows: its English name, else its English name mention
// nearest the quote's segment ("he" for "il" would say not who). Otherwise: the target span
// translating to.
func (p *quotesPanel) speakerEnglish(q, to *annotate.Span) string {
	d := p.ui.doc
	e := d.EntityOf(to.ID)
	if e == nil || e.Name(d.SourceLang) == "" {
		if t := d.LinkFrom(to.ID, annotate.LinkTranslation); t != nil {
			if ts := d.Span(t.To); ts != nil && ts.Side == annotate.Target {
				return d.SpanText(ts)
			}
		}
		return ""
	}
	if n := e.Names[d.TargetLang]; n != "" {
		return n
	}
	at, best, dist := d.SegmentAt(q.Start), "", -1
	for _, m := range e.Mentions {
		sp := d.Span(m)
		if sp == nil || sp.Side != annotate.Target || !sp.IsName() {
			continue
		}
		if k := abs(d.SegmentIndex(sp.Segment) - at); dist < 0 || k < dist {
			best, dist = d.SpanText(sp), k
		}
	}
	return best
}

// english returns the quote's translation: the target span it is linked to, else its segment's
// target text; and that segment's status.
func (p *quotesPanel) english(q *annotate.Span) (string, string) {
	d := p.ui.doc
	i := d.SegmentAt(q.Start)
	if i < 0 {
		return "", ""
	}
	seg := d.Segments[i]
	if l := d.LinkFrom(q.ID, annotate.LinkTranslation); l != nil {
		if to := d.Span(l.To); to != nil {
			return annotate.Shorten(d.SpanText(to), 200), statusName(seg.Status)
		}
	}
	if seg.Target == "" {
		return lang.L("(not translated)"), statusName(seg.Status)
	}
	return annotate.Shorten(seg.Target, 200), statusName(seg.Status)
}

// sortByStart orders spans by position, outer before inner.
func sortByStart(s []*annotate.Span) {
	slices.SortStableFunc(s, func(a, b *annotate.Span) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return b.End - a.End
	})
}

// suggestionNote names a suggestion; a quotation's says how sure it is, its confidence being how often
// such quotations are right (docs/quality.md), and is that percentage alone in short.
func suggestionNote(sp *annotate.Span) pendingNote {
	if sp.Label != annotate.LabelQuote || sp.Confidence <= 0 {
		return pendingNote{long: lang.L("suggestion")}
	}
	pc := map[string]any{"Percent": int(sp.Confidence*100 + 0.5)}
	return pendingNote{lang.L("suggestion, {{.Percent}}% sure", pc), lang.L("{{.Percent}}%", pc)}
}

// opensQuotation reports whether text begins with an opening quotation mark, leading spaces aside.
func opensQuotation(text string) bool {
	first, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(text, unicode.IsSpace))
	return strings.ContainsRune("«“„‹\"", first)
}

// closesQuotation reports whether text ends with a closing quotation mark, trailing spaces aside: a
// quotation part that does not was cut by an incise, or goes on further.
func closesQuotation(text string) bool {
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRightFunc(text, unicode.IsSpace))
	return strings.ContainsRune("»”›\"", last)
}
