package app

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate"
)

// The status bar says what the person is working on: the selected span or, with none, the current
// segment and its status. It is brought up to date after every change and every move to another
// segment; an action's own message ("Tagged …", "Accepted …") stands until the next one.

// showState sets the status line to the selected span's description or, with none, the current
// segment's number and status.
func (ui *UI) showState() {
	ui.updateMenus()
	if sp := ui.doc.Span(ui.selSpan); sp != nil {
		ui.setStatusShort(ui.describeSpan(sp))
		return
	}
	if ui.cur < 0 || ui.cur >= len(ui.doc.Segments) {
		return
	}
	seg := ui.doc.Segments[ui.cur]
	s := lang.L("Segment {{.N}} of {{.Total}} — {{.Status}}", map[string]any{"N": ui.cur + 1, "Total": len(ui.doc.Segments), "Status": statusName(seg.Status)})
	if seg.Locked {
		s += " — " + lang.L("locked")
	}
	if seg.Changed() { // said in words too, for whoever does not see the line of changes
		if m := marksNote(seg); m != "" { // a comma or a space, which the line shows small
			s += " — " + lang.L("changed since the translator’s version: {{.Changes}}", map[string]any{"Changes": m})
		} else {
			s += " — " + lang.L("changed since the translator’s version")
		}
	}
	s += ui.untrackedNote(seg)
	s += ui.filter.note(ui.cur)
	if n := segmentNoteState(seg); n != "" {
		s += " — " + n
	}
	if a := ui.annotating; a != nil && a.d == ui.doc { // said until the proposals land
		s += " — " + lang.L("pre-annotating in the background")
	}
	ui.setStatus(s)
}

// segmentName names segment n (counted from 1) in a sentence: "Segment 12", as the status line
// does. "§12" read as a paragraph in French, where segment 12 may be paragraph 9.
func segmentName(n int) string { return lang.L("Segment {{.N}}", map[string]any{"N": n}) }

// segmentShort names segment n in lists short of room: "Seg. 12".
func segmentShort(n int) string { return lang.L("Seg. {{.N}}", map[string]any{"N": n}) }

// currentChanged runs when segment i has become the current one. A span selected in another segment
// is let go: the span actions (Accept, Remove, the keys) act on the selected span, and one the person
// left behind, out of sight, must not be their target.
func (ui *UI) currentChanged(i int) {
	if sp := ui.doc.Span(ui.selSpan); sp != nil && !selectionShownOn(sp, sp.Side, ui.doc.Segments[i]) {
		ui.deselectSpan()
	}
	ui.showState()
}

// spanName names a span for people: its label and its text, quoted as quoted does.
func (ui *UI) spanName(sp *annotate.Span) string {
	short, own := shortText(ui.doc.SpanText(sp))
	if !own {
		return lang.L("{{.Label}} “{{.Text}}”", map[string]any{"Label": sp.Label, "Text": short})
	}
	return lang.L("{{.Label}} {{.Text}}", map[string]any{"Label": sp.Label, "Text": short})
}

// quotedWords gives the first words of span id's text, quoted as quoted does, as spanName does
// without the label.
func (ui *UI) quotedWords(id string) string {
	sp := ui.doc.Span(id)
	if sp == nil {
		return ""
	}
	return quoted(ui.doc.SpanText(sp), shortLen)
}

// quoted gives text the status line shows of what the user selected, typed or inserted: shortened to
// max characters, in the interface language's quotation marks (“a” in English, « a » with no-break
// spaces in French) unless it brings its own (see showsOwnMarks), whose closing mark stays when the
// text is shortened.
func quoted(text string, max int) string {
	short, own := shortTo(text, max)
	if own {
		return short
	}
	return lang.L("“{{.Text}}”", map[string]any{"Text": short})
}

// speakerWords names a quote's speaker as the Quotes tab does: its entity's French name, followed by
// the words its speaker link points to (shortened to max characters) where they say more than the
// name, "Jean Dupond (il)", "Haïder al-Abadi (le chef du gouvernement)", "Sergueï Lavrov" for
// "Lavrov"; the words alone for a mention of no entity. The name comes first: it says who, and a
// line cut short keeps it.
func (ui *UI) speakerWords(to *annotate.Span, max int) string {
	d := ui.doc
	words := annotate.Shorten(strings.Join(strings.Fields(d.SpanText(to)), " "), max)
	switch name := speakerWho(d, to); {
	case name == "":
		return words
	case strings.EqualFold(words, name), to.IsName() && wordsWithin(words, name):
		// the words again say nothing: "Le président (Le président)" once a description became
		// an entity of its own, split off a wrong merge
		return name
	default:
		return name + " (" + words + ")"
	}
}

// speakerName names the person span id mentions: its entity's French name, or else its text.
func (ui *UI) speakerName(id string) string {
	if e := ui.doc.EntityOf(id); e != nil && e.Name(ui.doc.SourceLang) != "" {
		return e.Name(ui.doc.SourceLang)
	}
	if sp := ui.doc.Span(id); sp != nil {
		return annotate.Shorten(strings.Join(strings.Fields(ui.doc.SpanText(sp)), " "), 40)
	}
	return ""
}

// correctionNames names a span whose bounds were corrected, as spanName does, and the text it had. A
// text that brings its own quotation marks is shown with them alone (see showsOwnMarks), never inside
// the interface's (the French interface would show « « a » »). When only one of the two texts has its
// own marks and they look like the interface's, the other text goes bare: "QUOTE « professionnels »
// (au lieu de « professionnels »)" would not say what changed, "(au lieu de professionnels)" does.
func correctionNames(label, now, was string) (span, old string) {
	nowShort, nowOwn := edgesText(now)
	wasShort, wasOwn := edgesText(was)
	old = wasShort
	if !wasOwn && !(nowOwn && marksLikeInterface(nowShort)) {
		old = lang.L("“{{.Text}}”", map[string]any{"Text": wasShort})
	}
	if nowOwn || wasOwn && marksLikeInterface(wasShort) {
		return lang.L("{{.Label}} {{.Text}}", map[string]any{"Label": label, "Text": nowShort}), old
	}
	return lang.L("{{.Label}} “{{.Text}}”", map[string]any{"Label": label, "Text": nowShort}), old
}

// marksLikeInterface reports whether text, which brings its own quotation marks, uses the marks the
// interface language quotes with (« » in French, “ ” in English): its opening one, or its closing one
// alone, as the half of a quotation cut by an incise brings ("car la loi est claire. »").
func marksLikeInterface(text string) bool {
	marks := strings.TrimSpace(lang.L("“{{.Text}}”", map[string]any{"Text": ""}))
	open, _ := utf8.DecodeRuneInString(marks)
	closing, _ := utf8.DecodeLastRuneInString(marks)
	return strings.ContainsRune(text, open) || strings.ContainsRune(text, closing)
}

// showsOwnMarks reports whether text, which brings its own quotation marks, is shown with them alone:
// when they are the interface language's, or the guillemets of a French quotation, which read as one
// in either language. The English's “ ” or straight quotes are quoted as any text is on the French
// status line, « “sooner” » as French nests quotations, never “sooner” alone beside its « ».
func showsOwnMarks(text string) bool {
	const guillemets = "«»‹›"
	first, _ := utf8.DecodeRuneInString(text)
	last, _ := utf8.DecodeLastRuneInString(text)
	return marksLikeInterface(text) || strings.ContainsRune(guillemets, first) || strings.ContainsRune(guillemets, last)
}

// shortText shortens a span's text for the status line, keeping its closing quotation mark, and says
// whether it brings its own quotation marks, to be shown alone (see showsOwnMarks).
func shortText(text string) (short string, own bool) { return shortTo(text, shortLen) }

// shortLen is how many characters of a span's text the status line shows.
const shortLen = 40

// shortTo is shortText to max characters.
func shortTo(text string, max int) (short string, own bool) {
	short = annotate.Shorten(text, max)
	opens, closes := ownMarks(text)
	if !opens && !closes {
		return short, false
	}
	if short != text && closes { // add the closing mark and the space before it
		_, n := utf8.DecodeLastRuneInString(text)
		short += text[len(strings.TrimRightFunc(text[:len(text)-n], unicode.IsSpace)):]
	}
	return short, showsOwnMarks(text)
}

// edgesText is shortText for a span whose bounds were corrected: a long text keeps its first and last
// words, what a correction moves, and loses its middle. Shortened at the end, the quotation an
// analyst had made end four words earlier read as before: "Corrected QUOTE “être prêt à renoncer à
// sa candidature s'…” (was “tre prêt à renoncer à sa candidature s'i…”)".
func edgesText(text string) (short string, own bool) {
	short = text
	if runes := []rune(strings.Join(strings.Fields(text), " ")); len(runes) > shortEdges {
		head, tail := string(runes[:shortEdges/2]), string(runes[len(runes)-shortEdges/2:])
		if i := strings.LastIndexByte(head, ' '); i > 0 {
			head = head[:i]
		}
		if i := strings.IndexByte(tail, ' '); i >= 0 && i < len(tail)-1 {
			tail = tail[i+1:]
		}
		short = strings.TrimSpace(head) + "…" + strings.TrimSpace(tail)
	}
	opens, closes := ownMarks(text)
	return short, (opens || closes) && showsOwnMarks(text)
}

// shortEdges is how many characters a corrected span's text keeps on the status line, half at each end.
const shortEdges = 40

// ownMarks reports whether text brings its own quotation marks: whether it opens with one, and
// whether it closes with one. The half of a quotation that runs on into the next segment, or began
// in the previous one, brings only one mark, and holds none of the other kind ("dit : « a »" ends
// with a mark it does not open with).
func ownMarks(text string) (opens, closes bool) {
	if len(text) < 2 {
		return false, false
	}
	const opening, closing = "«“„‹\"", "»”“›\""
	first, _ := utf8.DecodeRuneInString(text)
	last, _ := utf8.DecodeLastRuneInString(text)
	opens, closes = strings.ContainsRune(opening, first), strings.ContainsRune(closing, last)
	switch {
	case opens && !closes:
		opens = !strings.ContainsAny(text, closing)
	case closes && !opens:
		closes = !strings.ContainsAny(text, opening)
	}
	return opens, closes
}

// describeSpan says what a span is, for the status line: its name, an entity mention's kind (in
// words: the panes show a mention that is no name only by brackets), whether it is a suggestion, and
// a quote's speaker. A quote with a speaker starts with the speaker, "Sergueï Lavrov says « … »": it
// came last, after the quotation's words and the suggestion's note, and the line cut it off at 1280
// pixels when Alt+J stopped on a long quote, though who says it is what the analyst confirms. Its
// short form, shown while the line cuts the whole (at 1024 pixels, the span actions beside it), keeps
// the speaker first, fewer of the quotation's words (selected in the text) and how sure the
// suggestion is in short: "Sergueï Lavrov says « Ceux qui… » (80%)". The whole lost all but the
// speaker there.
func (ui *UI) describeSpan(sp *annotate.Span) (whole, short string) {
	s, speaker := ui.spanName(sp), ui.speakerOf(sp)
	if speaker != "" {
		says := func(who string, n int) string {
			return lang.L("{{.Speaker}} says {{.Quote}}", map[string]any{"Speaker": who, "Quote": quoted(ui.doc.SpanText(sp), n)})
		}
		// in short, the speaker's name without the words that say more ("François Molins", not
		// "… (le procureur de Paris)"), which the Quotes tab shows
		who := ui.speakerName(ui.doc.LinkFrom(sp.ID, annotate.LinkSpeaker).To)
		s, short = says(speaker, shortLen), says(who, wholeWordsTo(ui.doc.SpanText(sp), shortSaid))
		switch said := map[string]any{"Said": short, "Percent": int(sp.Confidence*100 + 0.5)}; {
		case sp.Origin == annotate.Auto && sp.Confidence > 0:
			short = lang.L("{{.Said}} ({{.Percent}}%)", said)
		case sp.Origin == annotate.Auto:
			short = lang.L("{{.Said}} (suggestion)", said)
		}
	}
	dispute := ui.disputeNote(sp)
	switch {
	case dispute != "": // a suggestion still, and the reason it is one
		s += " — " + dispute
	case sp.Origin == annotate.Auto:
		s += " — " + suggestionNote(sp).long
	}
	if isMention(sp) {
		whole, short := ui.mentionNotes(sp, dispute)
		return s + whole, ui.spanName(sp) + short
	}
	return s, withDispute(short, ui.spanName(sp), dispute)
}

// mentionNotes says, after a mention's name, who its words stand for and its kind with the key that
// changes it, whole and in short: the key came last, and the line cut it off at 1024 pixels after an
// entity's name ("PER « Lavrov » — suggestion — entité : Sergueï Lavrov — mention : nom, …"). The
// short form follows the span's name: "PER « Lavrov » (Sergueï Lavrov) — suggestion — nom, Alt+K".
// A disputed suggestion says why in place of "suggestion" (dispute, see disputeNote).
func (ui *UI) mentionNotes(sp *annotate.Span, dispute string) (whole, short string) {
	if e := ui.doc.EntityOf(sp.ID); e != nil {
		// who the words stand for: "Il" is François Fillon, and the "Fillon" pre-annotation filed
		// under Penelope Fillon said so nowhere but in the Entities tab
		tag := ui.doc.SourceLang
		if sp.Side == annotate.Target {
			tag = ui.doc.TargetLang
		}
		if name := e.Name(tag); name != "" && annotate.Fold(name) != annotate.Fold(ui.doc.SpanText(sp)) {
			whole = " — " + lang.L("entity: {{.Name}}", map[string]any{"Name": name})
			short = " (" + name + ")"
		}
	}
	switch {
	case dispute != "":
		short += " — " + dispute
	case sp.Origin == annotate.Auto:
		short += " — " + lang.L("suggestion")
	}
	kind := map[string]any{"Kind": mentionKindName(sp.Mention)}
	whole += " — " + lang.L("mention: {{.Kind}}, Alt+K to change", kind)
	short += " — " + lang.L("{{.Kind}}, Alt+K", kind)
	return whole, short
}

// shortSaid is how many characters of a quotation the short form of a quote's description shows at most.
const shortSaid = 14

// wholeWordsTo returns how many characters of text, its spaces made one (as annotate.Shorten makes
// them), its whole words up to max characters make: cut in a word, a quotation this short read as
// another one ("« Actuellement n… »").
func wholeWordsTo(text string, max int) int {
	runes := []rune(strings.Join(strings.Fields(text), " "))
	if len(runes) <= max {
		return max
	}
	for i := max; i > 0; i-- {
		if runes[i] == ' ' {
			return i
		}
	}
	return max
}

// speakerOf names the speaker sp's speaker link points to as the Quotes tab does, "" for none.
func (ui *UI) speakerOf(sp *annotate.Span) string {
	if l := ui.doc.LinkFrom(sp.ID, annotate.LinkSpeaker); l != nil {
		if to := ui.doc.Span(l.To); to != nil {
			return ui.speakerWords(to, 40)
		}
	}
	return ""
}
