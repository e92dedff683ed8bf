package app

import (
	"context"
	"errors"
	"image/color"
	"io"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/app/textview"
	"github.com/glose-app/glose/suggest/glossary"
)

// glossaryMarks caches, per segment of one document, the glossary terms found in its source, as
// highlights relative to the segment.
type glossaryMarks struct {
	doc *annotate.Document
	hs  [][]textview.Highlight
	ok  []bool
}

// glossaryColor draws the line under glossary terms: a neutral grey, quieter than the labels'
// colours and distinct from the selection's blue and the speaker's red.
func glossaryColor() color.Color { return color.NRGBA{R: 0x80, G: 0x80, B: 0x80, A: 0xb0} }

// withGlossary returns segment i's source highlights hs with its glossary terms underlined. The
// terms come first, so that an annotation covering the same words is the inner span a click selects.
func (ui *UI) withGlossary(i int, hs []textview.Highlight) []textview.Highlight {
	p := ui.sugg
	if p == nil || p.src == nil || p.src.eng.Glossary == nil || i < 0 || i >= len(ui.doc.Segments) {
		return hs
	}
	m := &p.marks
	if m.doc != ui.doc || len(m.ok) != len(ui.doc.Segments) {
		n := len(ui.doc.Segments)
		*m = glossaryMarks{doc: ui.doc, hs: make([][]textview.Highlight, n), ok: make([]bool, n)}
	}
	if !m.ok[i] {
		var marks []textview.Highlight
		for _, h := range p.src.eng.Glossary.Find(ui.doc.SourceText(ui.doc.Segments[i])) {
			marks = append(marks, textview.Highlight{Start: h.Start, End: h.End, Color: glossaryColor(), Style: textview.Underline})
		}
		m.hs[i], m.ok[i] = marks, true
	}
	if len(m.hs[i]) == 0 {
		return hs
	}
	return append(slices.Clone(m.hs[i]), hs...)
}

// rebindRows redraws the rows on screen from the document.
func (ui *UI) rebindRows() {
	for _, r := range ui.rows {
		if r.seg >= 0 {
			r.bind(r.seg)
		}
	}
}

// documentOpened prepares the suggestions for a new document: the sources for its language pair,
// its entities' names in the glossary. What the previous document taught the shared glossary stays.
func (ui *UI) documentOpened() {
	p := ui.sugg
	if p == nil {
		return
	}
	p.want, p.shown, p.offers = query{}, found{}, nil
	p.marks = glossaryMarks{}
	p.terms = glossaryTerms{}
	if p.src != nil && (p.src.eng.SourceLang != ui.doc.SourceLang || p.src.eng.TargetLang != ui.doc.TargetLang) {
		p.open(p.src.set)
		return
	}
	p.fillGlossary()
}

// documentEntities returns the document's entities named in both languages, each saying whether a
// person stood behind its English name (typed it in the Entities tab, or confirmed it in a
// translated segment): an automatic name, pre-annotation's, must not hide a term the user imported
// or confirmed for the same words. The names are the entity's own in each language: Entity.Name, which
// stands in another language's name for a missing one, made every entity without an English name
// ("Bristol", "Assemblée") a term offering its French name as its English. An English name that only
// repeats the French one, nobody having stood behind it, is left out too unless English writes the
// name so (ner.KeptInEnglish: a person's name, Washington; not Moscou, which a file pre-annotated by
// an older version, or an entity retyped from a person to a place, may hold as its own English):
// offered, it would be copied into the translation. One English writes so is offered, as Insert saves
// typing a name letter by letter; a person's name that no list gives says what it is: the French
// copied by pre-annotation, which nobody checked (keptNote), not a term someone translated ("Père Johnson → Père Johnson" read as
// one, where the article wrote Father Johnson). A capitalised name whose lower-case form is a common
// word matches case (nameCase): "Union" is not "une union".
func documentEntities(d *annotate.Document, t *glossaryTerms, facts []mentionFacts) []glossary.Entity {
	var out []glossary.Entity
	note := ""
	for i, e := range d.Entities {
		src, tgt := strings.TrimSpace(e.Names[d.SourceLang]), strings.TrimSpace(e.Names[d.TargetLang])
		if src == "" || tgt == "" {
			continue
		}
		confirmed := t.named[namedName{e.ID, tgt}] || confirmedTarget(d, facts[i].targets, tgt, nil)
		ent := glossary.Entity{Source: src, Target: tgt, Type: e.Type, Confirmed: confirmed, MatchCase: t.cases.matchCase(src)}
		if !confirmed && keptAsIs(src, tgt) {
			v := t.lists.of(src, e.Type)
			if !v.keptInEnglish {
				continue
			}
			if !v.listed { // Washington is the lists' English
				if note == "" {
					note = keptNote()
				}
				ent.Note = note
			}
		}
		out = append(out, ent)
	}
	return out
}

// keptNote is said under a document's name offered as the French copied, nobody having confirmed it.
func keptNote() string {
	return lang.L("A name kept as in French by pre-annotation, not confirmed: check how the English writes it")
}

// fillGlossary gives the glossary, newly opened or for a new document, the document's names.
func (p *suggestionsPanel) fillGlossary() {
	p.terms.doc, p.terms.sent = nil, false
	p.syncGlossary()
}

// syncGlossary follows the document's entity names after a change (a rename, a merge, an undo). The
// glossary finds all of them, as they are now, before its stored entries, and the suggestions and
// marks are to be looked up again (the caller redraws). The shared store, which every document
// consults, follows only the names a person stood behind (learnable): it learns them, and forgets
// those this document taught it once nothing in the document supports them any more (the step that
// taught one was undone, the English name was corrected). It does nothing when nothing changed,
// which is the case of most edits.
func (p *suggestionsPanel) syncGlossary() {
	d, t := p.ui.doc, &p.terms
	if t.lists == nil {
		t.lists = listVerdicts{}
	}
	facts := entityMentionFacts(d)
	t.noteRenames(p.ui.ed, d)
	if p.src == nil || p.src.eng.Glossary == nil {
		return
	}
	g := p.src.eng.Glossary
	if t.cases == nil || t.cases.dict != p.src.eng.Dict || t.casesIn != g {
		t.cases, t.casesIn = newNameCase(d, p.src.eng.Dict), g
		g.SetNameCase(t.cases.matchCase) // the names learned elsewhere, as this document reads them
	}
	if ents := documentEntities(d, t, facts); t.doc == nil || !slices.Equal(ents, t.doc) {
		t.doc = append([]glossary.Entity{}, ents...) // not nil: given
		g.SetDocument(ents)
		p.gen++
		p.marks = glossaryMarks{}
	}
	want := learnable(d, t, facts)
	if t.sent && slices.Equal(want, t.want) {
		return
	}
	if t.taught == nil {
		t.taught = &taught{}
	}
	t.want, t.sent = want, true
	t.gen++
	tt, gen, origin := t.taught, t.gen, d.ID
	p.ui.background(func() func() {
		forgot, learned, err := tt.update(context.Background(), g, gen, want, origin)
		return func() {
			if err != nil {
				p.ui.setStatus(lang.L("Glossary: {{.Error}}", map[string]any{"Error": err.Error()}))
			}
			switch current := p.src != nil && p.src.eng.Glossary == g; {
			case forgot && current:
				p.sourcesChanged() // a forgotten name may have been found where the document has none now
			case learned && current && p.ui.qa != nil:
				p.ui.qa.glossaryChanged() // the checks hold the English to what was learned, in its case
			}
		}
	})
}

// unavailable says why the memory and glossary cannot be used, or returns nil.
func (p *suggestionsPanel) unavailable() error {
	switch {
	case p.src == nil:
		return errors.New(lang.L("The translation memory is still opening"))
	case p.src.memErr != nil:
		return errors.New(memoryProblem(p.src.memErr))
	}
	return nil
}

// importGlossaryDialog asks for a TBX or CSV file to add to the glossary.
func (ui *UI) importGlossaryDialog() {
	ui.chooseFile(fileDialogTitle(lang.L("Import a glossary (TBX, CSV)…")), []string{".tbx", ".csv", ".xml"}, func(r fyne.URIReadCloser) { ui.importGlossary(r, r.URI().Name()) })
}

// importGlossary reads a glossary file (CSV when its name ends in .csv, TBX otherwise) into the
// glossary, then closes r.
func (ui *UI) importGlossary(r io.ReadCloser, name string) {
	p := ui.sugg
	if err := p.unavailable(); err != nil {
		_ = r.Close()
		ui.showError(err)
		return
	}
	src := p.src
	ui.progress.run(lang.L("Importing {{.Name}}…", map[string]any{"Name": name}), func() func() {
		defer r.Close()
		n, err := src.eng.Glossary.Import(context.Background(), r, name)
		return func() {
			if n > 0 && p.src == src {
				p.sourcesChanged()
			}
			msg := lang.L("Could not import the glossary {{.Name}}.", map[string]any{"Name": quoteName(name)})
			if twin := (*glossary.CaseTwinError)(nil); errors.As(err, &twin) { // said in the user's language
				ui.showError(failed(msg+"\n"+caseTwinText(twin)+" "+lang.L("Nothing was imported: mark that line's entry as matching case, or delete one of the two entries first."), nil))
				return
			}
			if err != nil {
				ui.showError(failed(msg, err))
				return
			}
			ui.setStatus(lang.N("Imported {{.N}} glossary entries from {{.Name}}", n, map[string]any{"N": n, "Name": name}))
		}
	})
}
