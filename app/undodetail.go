package app

import (
	"strings"

	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate"
)

// Undo and Redo say what they took back or brought again in the user's terms, "Undone: quote « Ceux
// qui pensent… » accepted", "Undone: speaker of « … » set to Sergueï Lavrov": "Undone: new
// annotation" left the analyst to look for what had changed. The editor's steps are named by kind
// only (stepWhat), so the annotations before and after are compared: a step that changed one thing
// (with the quote accepted, its speaker and verb) is told by what it changed; any other by its kind.

// annoState is what an annotation step may change, as it was at one moment.
type annoState struct {
	spans    map[string]annotate.Span // by ID, copies
	speakers map[string]string        // a quote's ID → its speaker's span ID
	cues     map[string]string        // a quote's ID → its reporting verb's span ID
	entityOf map[string]string        // a mention's ID → its entity's ID
	entities map[string]entityState   // by ID
}

// entityState is what a step may change of an entity: its type, its French name and its English name.
type entityState struct{ typ, name, english string }

// stepsToldByChange are the steps whose undo or redo is said by what changed (see changeWhat).
var stepsToldByChange = map[string]bool{
	"tag": true, "remove span": true, "accept": true, "reject": true, "relabel": true, "correct span": true,
	"mention kind": true, "link": true, "link speaker": true, "unlink": true, "new entity": true,
	"merge entities": true, stepRenameEntity: true, "entity type": true, "set entity": true, stepProject: true,
}

// annoStateOf takes the annotations of d now.
func annoStateOf(d *annotate.Document) *annoState {
	s := &annoState{spans: make(map[string]annotate.Span, len(d.Spans)), speakers: map[string]string{},
		cues: map[string]string{}, entityOf: map[string]string{}, entities: make(map[string]entityState, len(d.Entities))}
	for _, sp := range d.Spans {
		s.spans[sp.ID] = *sp
	}
	for _, l := range d.Links {
		switch l.Type {
		case annotate.LinkSpeaker:
			s.speakers[l.From] = l.To
		case annotate.LinkCue:
			s.cues[l.From] = l.To
		}
	}
	for _, e := range d.Entities {
		s.entities[e.ID] = entityState{typ: e.Type, name: e.Name(d.SourceLang), english: e.Names[d.TargetLang]}
		for _, m := range e.Mentions {
			s.entityOf[m] = e.ID
		}
	}
	return s
}

// stepState takes the annotations before undoing or redoing step name, nil when the step is told by
// its kind alone.
func (ui *UI) stepState(name string) *annoState {
	if !stepsToldByChange[name] {
		return nil
	}
	return annoStateOf(ui.doc)
}

// stepSaid names step name for "Undone: …" and "Redone: …": what it changed from from to to (the
// state without the step, then with it), else its kind.
func (ui *UI) stepSaid(name string, from, to *annoState) string {
	if name == annotate.StepTrackChanges { // the badge alone would tell the switch's new state
		if ui.trackingChanges() {
			return lang.L("track changes switch (now on)")
		}
		return lang.L("track changes switch (now off)")
	}
	if from != nil && to != nil {
		if s := ui.changeWhat(name, from, to); s != "" {
			return s
		}
	}
	return stepWhat(name)
}

// changeWhat says the one change a step made, from from to to, "" when it made none or several; a
// projection, how many annotations it made.
func (ui *UI) changeWhat(name string, from, to *annoState) string {
	if name == stepProject {
		return projectedSaid(from, to)
	}
	for _, f := range []func(string, *annoState, *annoState) string{ui.speakerChange, ui.entityChange, ui.spanChange} {
		if s := f(name, from, to); s != "" {
			return s
		}
	}
	return ""
}

// projectedSaid says how many annotations a projection put on the English, "" for none. Made after a
// pause in typing, once another step came between (an annotation accepted), the projection is a step
// of its own that Ctrl+Z takes back first: "Undone: annotation projection" did not say that the
// accepted annotation was still there, nor what went.
func projectedSaid(from, to *annoState) string {
	n := 0
	for id, sp := range to.spans {
		if _, ok := from.spans[id]; !ok && sp.Side == annotate.Target {
			n++
		}
	}
	if n == 0 {
		return ""
	}
	return lang.N("{{.N}} annotations projected onto the English", n, map[string]any{"N": n})
}

// speakerChange says a quote's speaker set or taken away; a link that went with its quote or its
// speaker's words is told by them (spanChange).
func (ui *UI) speakerChange(_ string, from, to *annoState) string {
	var said []string
	for q, sp := range to.speakers {
		if from.speakers[q] != sp {
			said = append(said, lang.L("speaker of {{.Quote}} set to {{.Speaker}}",
				map[string]any{"Quote": ui.stateWords(to, q), "Speaker": ui.stateSpeaker(to, sp)}))
		}
	}
	for q, sp := range from.speakers {
		_, quote := to.spans[q]
		_, speaker := to.spans[sp]
		if _, ok := to.speakers[q]; !ok && quote && speaker {
			said = append(said, lang.L("speaker {{.Speaker}} taken from {{.Quote}}",
				map[string]any{"Quote": ui.stateWords(from, q), "Speaker": ui.stateSpeaker(from, sp)}))
		}
	}
	return onlyOne(said)
}

// entityChange says a mention split off its entity or filed under another, two entities merged, an
// entity renamed or retyped.
func (ui *UI) entityChange(_ string, from, to *annoState) string {
	var said []string
	for id, e := range from.entities {
		n, ok := to.entities[id]
		switch {
		case !ok:
			if keep := to.entities[mergedInto(id, from, to)].name; distinct(e.name, keep) {
				said = append(said, lang.L("“{{.Drop}}” merged into “{{.Keep}}”", map[string]any{"Drop": e.name, "Keep": keep}))
			} else {
				said = append(said, "") // namesakes: the kind says more (stepWhat)
			}
		case n.name != e.name:
			said = append(said, "")
			if distinct(e.name, n.name) {
				said[len(said)-1] = lang.L("“{{.Old}}” renamed “{{.New}}”", map[string]any{"Old": e.name, "New": n.name})
			}
		case n.typ != e.typ && n.name != "":
			said = append(said, lang.L("“{{.Name}}” made {{.Type}}", map[string]any{"Name": n.name, "Type": n.typ}))
		case n.english != e.english:
			said = append(said, englishRenameSaid(n.name, e.english, n.english))
		}
	}
	if len(said) > 0 {
		return onlyOne(said)
	}
	for m, id := range to.entityOf {
		old, had := from.entityOf[m]
		if !had || old == id {
			continue
		}
		args := map[string]any{"Span": ui.stateName(to, m), "Entity": from.entities[old].name}
		_, existed := from.entities[id]
		switch {
		case existed && to.entities[id].name != "":
			args["Entity"] = to.entities[id].name
			said = append(said, lang.L("{{.Span}} filed under “{{.Entity}}”", args))
		case !existed && from.entities[old].name != "":
			said = append(said, lang.L("{{.Span}} split off “{{.Entity}}”", args))
		default:
			said = append(said, "")
		}
	}
	return onlyOne(said)
}

// englishRenameSaid says entity name's English name changed from old to now: a rename of the English
// alone was "entity rename", the one change the Entities tab's Rename makes most, the French being
// the article's own. An entity with no French name is told by the step's kind ("").
func englishRenameSaid(name, old, now string) string {
	args := map[string]any{"Name": name, "Old": old, "New": now}
	switch {
	case name == "":
		return ""
	case now == "":
		return lang.L("English name “{{.Old}}” of “{{.Name}}” removed", args)
	case old == "":
		return lang.L("English name of “{{.Name}}” set to “{{.New}}”", args)
	}
	return lang.L("English name of “{{.Name}}” changed from “{{.Old}}” to “{{.New}}”", args)
}

// distinct reports whether two entity names tell the entities apart: both given and not the same.
func distinct(a, b string) bool { return a != "" && b != "" && a != b }

// mergedInto returns the entity that took the mentions of entity id, gone from to, "" for none.
func mergedInto(id string, from, to *annoState) string {
	for m, e := range from.entityOf {
		if e == id && to.entityOf[m] != "" {
			return to.entityOf[m]
		}
	}
	return ""
}

// spanChange says a span tagged, removed, rejected, accepted, relabelled, its bounds or mention kind
// changed; for a quote accepted with its speaker and verb, the quote.
func (ui *UI) spanChange(name string, from, to *annoState) string {
	var added, gone, accepted, changed []string
	for id, sp := range to.spans {
		old, ok := from.spans[id]
		switch {
		case !ok:
			added = append(added, id)
		case old.Label != sp.Label || old.Start != sp.Start || old.End != sp.End || old.Mention != sp.Mention:
			changed = append(changed, id) // relabelling a suggestion accepts it too: the label is the news
		case old.Origin != annotate.Human && sp.Origin == annotate.Human:
			accepted = append(accepted, id)
		}
	}
	for id := range from.spans {
		if _, ok := to.spans[id]; !ok {
			gone = append(gone, id)
		}
	}
	switch {
	case len(added) == 1 && len(gone)+len(accepted)+len(changed) == 0:
		return lang.L("{{.Span}} tagged", map[string]any{"Span": ui.stateName(to, added[0])})
	case len(gone) > 0 && len(added)+len(accepted)+len(changed) == 0:
		return ui.goneSaid(name, from, gone)
	case len(accepted) > 0 && len(added)+len(gone)+len(changed) == 0:
		return ui.acceptedSaid(to, accepted)
	case len(changed) == 1 && len(added)+len(gone)+len(accepted) == 0:
		return ui.changedSaid(from.spans[changed[0]], to, changed[0])
	}
	return ""
}

// goneSaid says spans removed or rejected: one, or a quote with its speaker and verb.
func (ui *UI) goneSaid(name string, from *annoState, gone []string) string {
	id := mainSpan(from, gone)
	if id == "" {
		return ""
	}
	if name == "reject" {
		if isQuote(ptr(from.spans[id])) {
			return lang.L("quote {{.Text}} rejected", map[string]any{"Text": ui.stateWords(from, id)})
		}
		return lang.L("{{.Span}} rejected", map[string]any{"Span": ui.stateName(from, id)})
	}
	return lang.L("{{.Span}} removed", map[string]any{"Span": ui.stateName(from, id)})
}

// acceptedSaid says spans accepted: one, or a quote with its speaker and verb.
func (ui *UI) acceptedSaid(to *annoState, accepted []string) string {
	id := mainSpan(to, accepted)
	switch {
	case id == "":
		return ""
	case isQuote(ptr(to.spans[id])):
		return lang.L("quote {{.Text}} accepted", map[string]any{"Text": ui.stateWords(to, id)})
	}
	return lang.L("{{.Span}} accepted", map[string]any{"Span": ui.stateName(to, id)})
}

// changedSaid says what changed of span id, old before the step.
func (ui *UI) changedSaid(old annotate.Span, to *annoState, id string) string {
	now := to.spans[id]
	was := map[string]any{"Span": ui.spanName(&old)}
	switch {
	case old.Label != now.Label:
		was["Label"] = now.Label
		return lang.L("{{.Span}} relabelled {{.Label}}", was)
	case old.Mention != now.Mention:
		was["Kind"] = mentionKindName(now.Mention)
		return lang.L("{{.Span}} marked as {{.Kind}}", was)
	}
	was["Span"] = ui.stateName(to, id)
	return lang.L("bounds of {{.Span}} corrected", was)
}

// mainSpan returns the one span of ids a step is about: the only one, or the quote among them when
// the others are its speaker and verb; "" when there is no such span.
func mainSpan(s *annoState, ids []string) string {
	if len(ids) == 1 {
		return ids[0]
	}
	for _, q := range ids {
		if isQuote(ptr(s.spans[q])) && alongQuote(s, q, ids) {
			return q
		}
	}
	return ""
}

// alongQuote reports whether every span of ids but quote q is its speaker or its verb.
func alongQuote(s *annoState, q string, ids []string) bool {
	for _, id := range ids {
		if id != q && id != s.speakers[q] && id != s.cues[q] {
			return false
		}
	}
	return true
}

// ptr returns a pointer to a copy of sp.
func ptr(sp annotate.Span) *annotate.Span { return &sp }

// stateName names span id of s as the status line does ("PER “Le président”").
func (ui *UI) stateName(s *annoState, id string) string {
	sp := s.spans[id]
	return ui.spanName(&sp)
}

// stateWords gives the first words of span id of s, quoted as quoted does.
func (ui *UI) stateWords(s *annoState, id string) string {
	sp := s.spans[id]
	return quoted(ui.doc.SpanText(&sp), shortLen)
}

// stateSpeaker names the speaker span id of s stands for: its entity's name, else its words.
func (ui *UI) stateSpeaker(s *annoState, id string) string {
	if e, ok := s.entities[s.entityOf[id]]; ok && e.name != "" {
		return e.name
	}
	sp := s.spans[id]
	return annotate.Shorten(strings.Join(strings.Fields(ui.doc.SpanText(&sp)), " "), 40)
}

// onlyOne returns the one thing said, "" for none or several.
func onlyOne(said []string) string {
	if len(said) != 1 {
		return ""
	}
	return said[0]
}
