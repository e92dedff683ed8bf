package app

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate"
)

// addTagged adds sp, a span the person just tagged, in one undo step with what pre-annotation would
// have given it and the person would otherwise have to add by hand, unseen:
//   - a French quotation continuing one cut by an incise (« Nous ne céderons pas, a-t-il dit, car la
//     loi est claire. »: its first part corrected to end before the incise, then its second part
//     tagged) takes the first part's cue link to the incise's reporting verb, as pre-annotation links
//     both parts; without it the second part had a speaker but no cue, and the Quotes tab did not
//     read it as "(continued)";
//   - another French quotation is proposed the reporting verb the quote detector finds for it (see
//     proposeCue), as a suggestion;
//   - a name is filed under the entity of its type named so (ignoring case and accents) when exactly
//     one is, as pre-annotation groups mentions; namesakes are left to the person;
//   - a name tagged over suggested names it overlaps takes their place (see supersede);
//   - a bare personal pronoun ("il", "elle" selected then p, or s to link it as a speaker) is a pronoun
//     mention, not a name: tagged as one, the exports for named-entity recognisers took it for a name
//     and validate warned of it, unless the person pressed k twice; a person's description ("la
//     présidente de la région", see isDescription) is a description mention likewise.
func (ui *UI) addTagged(sp *annotate.Span) (added taggedWith, err error) {
	if annotate.IsEntityLabel(sp.Label) && sp.Mention.Norm() == "" && annotate.IsPronoun(ui.sideLang(sp), ui.doc.SpanText(sp)) {
		sp.Mention = annotate.MentionPronoun
	} else if sp.Label == annotate.LabelPER && sp.Mention.Norm() == "" && isDescription(ui.sideLang(sp), ui.doc.SpanText(sp)) {
		sp.Mention = annotate.MentionNominal
	}
	err = ui.ed.Batch("tag", func() error {
		if err := ui.ed.AddSpan(sp); err != nil {
			return err
		}
		var err error
		if added.replaced, err = ui.supersede(sp); err != nil {
			return err
		}
		if c := ui.inciseCue(sp); c != nil {
			added.cue, added.incise = &annotate.Link{Type: annotate.LinkCue, From: sp.ID, To: c.To, Origin: c.Origin, Confidence: c.Confidence}, true
			if err := ui.ed.AddLink(added.cue); err != nil {
				return err
			}
		} else if isQuote(sp) {
			if added.cue, err = ui.proposeCue(sp); err != nil {
				return err
			}
		}
		if ent := ui.soleNamesake(sp); ent != nil {
			added.filed = ent
			return ui.ed.SetMentionEntity(sp.ID, ent.ID)
		}
		return nil
	})
	return added, err
}

// taggedWith is what addTagged added with a span: the cue link of a quotation (incise: the first
// part's, else one proposed) and the entity a name was filed under, either nil.
type taggedWith struct {
	cue      *annotate.Link
	incise   bool
	filed    *annotate.Entity
	replaced []string // the names of the suggestions it took the place of
}

// supersede rejects the suggested names that name, a name just tagged, overlaps on its side, and
// gives name the quotations they were suggested as the speaker of, still as suggestions: tagging ORG
// "Conseil représentatif des institutions juives de France" over PER "le Conseil" and LOC "France"
// left both, "le Conseil" the speaker of the council's quotations until each was put right by hand.
// It returns the names of the suggestions rejected, for the status line.
func (ui *UI) supersede(name *annotate.Span) ([]string, error) {
	d := ui.doc
	if !annotate.IsEntityLabel(name.Label) {
		return nil, nil
	}
	var over []*annotate.Span
	for _, o := range d.Spans {
		if o != name && o.Origin == annotate.Auto && o.Side == name.Side && annotate.IsEntityLabel(o.Label) &&
			(o.Side == annotate.Source || o.Segment == name.Segment) && o.Start < name.End && name.Start < o.End {
			over = append(over, o)
		}
	}
	var names []string
	for _, o := range over {
		var speaking []annotate.Link
		for _, l := range d.LinksOf(o.ID) {
			if l.Type == annotate.LinkSpeaker && l.To == o.ID {
				speaking = append(speaking, *l)
			}
		}
		names = append(names, ui.spanName(o))
		if err := ui.ed.Reject(o.ID); err != nil {
			return nil, err
		}
		for _, l := range speaking {
			if d.Span(l.From) == nil || d.LinkFrom(l.From, annotate.LinkSpeaker) != nil {
				continue
			}
			moved := &annotate.Link{Type: l.Type, From: l.From, To: name.ID, Origin: l.Origin, Confidence: l.Confidence}
			if err := ui.ed.AddLink(moved); err != nil {
				return nil, err
			}
		}
	}
	return names, nil
}

// inciseCue returns the cue link of the French quotation that quote continues after an incise: the
// quotation ending last before it, which has no closing mark and whose reporting verb lies between the
// two; nil when quote opens a quotation of its own (begins with a mark) or there is none such.
func (ui *UI) inciseCue(quote *annotate.Span) *annotate.Link {
	d := ui.doc
	if !isQuote(quote) || opensQuotation(d.SpanText(quote)) {
		return nil
	}
	var prev *annotate.Span
	for _, o := range d.Spans {
		if isQuote(o) && o != quote && o.End <= quote.Start && (prev == nil || o.End > prev.End) {
			prev = o
		}
	}
	if prev == nil || closesQuotation(d.SpanText(prev)) {
		return nil
	}
	c := d.LinkFrom(prev.ID, annotate.LinkCue)
	if c == nil {
		return nil
	}
	if v := d.Span(c.To); v == nil || v.Side != annotate.Source || v.Start < prev.End || v.End > quote.Start {
		return nil
	}
	return c
}

// soleNamesake returns the one entity of sp's type named as sp reads in its language, ignoring case
// and accents, or nil when sp is no name, or none or several are.
func (ui *UI) soleNamesake(sp *annotate.Span) *annotate.Entity {
	d := ui.doc
	if !annotate.IsEntityLabel(sp.Label) {
		return nil
	}
	tag := d.SourceLang
	if sp.Side == annotate.Target {
		tag = d.TargetLang
	}
	if same := d.Namesakes(sp.Label, tag, d.SpanText(sp)); len(same) == 1 {
		return same[0]
	}
	return nil
}

// taggedNew says in the status bar what tagging sp did: the quotation part linked to the incise's
// verb, the quotation proposed a cue, the name filed under its entity, or, for a name filed under none, how to make one or add it
// to one (the Entities tab lists entities, not names: a name tagged by hand was missing from it with
// nothing saying why).
func (ui *UI) taggedNew(sp *annotate.Span, added taggedWith) {
	d := ui.doc
	args := map[string]any{"Span": ui.spanName(sp)}
	filed := added.filed
	var msg string
	switch {
	case added.cue != nil && added.incise:
		args["Cue"] = ui.quotedWords(added.cue.To)
		msg = lang.L("Tagged {{.Span}}, the quotation's part after the incise: cue {{.Cue}}, as its first part", args)
	case added.cue != nil:
		args["Cue"] = ui.quotedWords(added.cue.To)
		msg = ui.taggedText(sp) + " — " + lang.L("reporting verb {{.Cue}} proposed as its cue: a accepts both, r on the verb rejects it", args)
	case filed != nil:
		args["Entity"] = filed.Name(d.SourceLang)
		msg = lang.L("Tagged {{.Span}}, a mention of the entity “{{.Entity}}” named so", args)
	case annotate.IsEntityLabel(sp.Label) && d.EntityOf(sp.ID) == nil:
		msg = lang.L("Tagged {{.Span}}, of no entity yet: Entities › New entity from selected span makes one, Add selected span files it under the entity shown", args)
	default:
		msg = ui.taggedText(sp)
	}
	if len(added.replaced) > 0 {
		msg += " — " + lang.L("in place of the suggestion {{.Names}}", map[string]any{"Names": strings.Join(added.replaced, ", ")})
	}
	ui.setStatus(msg)
}

// determiners open a description of a person rather than a name, by language: "la présidente de la
// région", "un porte-parole du ministère", "the mayor".
var determiners = map[string][]string{
	"fr": {"le", "la", "les", "l'", "l’", "un", "une", "des", "son", "sa", "ses", "leur", "leurs", "ce", "cet", "cette", "ces", "notre", "votre"},
	"en": {"the", "a", "an", "his", "her", "its", "their", "this", "that", "our", "your"},
}

// isDescription reports whether text, in the language of BCP 47 tag, describes a person rather than
// naming them: a determiner then a word in lower case ("la présidente de la région", "l'hydrogéologue",
// "Un porte-parole"); a name keeps its capital after the article ("La Rochelle", "Le Pen", "l'Élysée").
func isDescription(tag, text string) bool {
	base, _, _ := strings.Cut(strings.ToLower(tag), "-")
	text = strings.TrimSpace(text)
	for _, det := range determiners[base] {
		if len(text) <= len(det) || !strings.EqualFold(text[:len(det)], det) {
			continue
		}
		rest := text[len(det):]
		if !strings.HasSuffix(det, "'") && !strings.HasSuffix(det, "’") {
			if !strings.HasPrefix(rest, " ") {
				continue
			}
			rest = strings.TrimLeft(rest, " ")
		}
		r, _ := utf8.DecodeRuneInString(rest)
		return unicode.IsLower(r)
	}
	return false
}
