package app

import (
	"context"
	"errors"
	"image/color"
	"io"
	"path/filepath"
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
// its entities' names in the glossary.
func (ui *UI) documentOpened() {
	p := ui.sugg
	if p == nil {
		return
	}
	p.want, p.shown, p.offers = query{}, found{}, nil
	p.marks = glossaryMarks{}
	if p.src != nil && (p.src.eng.SourceLang != ui.doc.SourceLang || p.src.eng.TargetLang != ui.doc.TargetLang) {
		p.open(p.src.set)
		return
	}
	p.fillGlossary()
}

// documentEntities returns the document's entities named in both languages.
func documentEntities(d *annotate.Document) []glossary.Entity {
	var out []glossary.Entity
	for _, e := range d.Entities {
		src, tgt := strings.TrimSpace(e.Name(d.SourceLang)), strings.TrimSpace(e.Name(d.TargetLang))
		if src != "" && tgt != "" {
			out = append(out, glossary.Entity{Source: src, Target: tgt, Type: e.Type})
		}
	}
	return out
}

// fillGlossary makes the document's entities (French and English names) the glossary's document
// terms, found before the stored entries, and stores those not stored yet in the background, for the
// documents to come.
func (p *suggestionsPanel) fillGlossary() {
	p.docTerms = nil
	p.syncGlossary()
}

// syncGlossary follows the document's entity names after a change (a rename, a merge, an undo): the
// glossary finds the names as they are now, and the suggestions and marks are to be looked up again
// (the caller redraws). It does nothing when no name changed, which is the case of most edits.
func (p *suggestionsPanel) syncGlossary() {
	ents := documentEntities(p.ui.doc)
	if p.src == nil || p.src.eng.Glossary == nil || p.docTerms != nil && slices.Equal(ents, p.docTerms) {
		return
	}
	added := newTerms(ents, p.docTerms)
	p.docTerms = append([]glossary.Entity{}, ents...) // not nil: given
	src := p.src
	src.eng.Glossary.SetDocument(ents)
	p.gen++
	p.marks = glossaryMarks{}
	if len(added) == 0 {
		return
	}
	p.ui.background(func() func() {
		_, err := src.eng.Glossary.AddEntities(context.Background(), added)
		return func() {
			if err != nil {
				p.ui.setStatus(lang.L("Glossary: {{.Error}}", map[string]any{"Error": err.Error()}))
			}
		}
	})
}

// newTerms returns the entities of now that were not in before.
func newTerms(now, before []glossary.Entity) []glossary.Entity {
	old := make(map[glossary.Entity]bool, len(before))
	for _, e := range before {
		old[e] = true
	}
	var out []glossary.Entity
	for _, e := range now {
		if !old[e] {
			out = append(out, e)
		}
	}
	return out
}

// unavailable says why the memory and glossary cannot be used, or returns nil.
func (p *suggestionsPanel) unavailable() error {
	switch {
	case p.src == nil:
		return errors.New(lang.L("The translation memory is still opening"))
	case p.src.memErr != nil:
		return errors.New(lang.L("Translation memory unavailable: {{.Error}}", map[string]any{"Error": p.src.memErr.Error()}))
	}
	return nil
}

// importGlossaryDialog asks for a TBX or CSV file to add to the glossary.
func (ui *UI) importGlossaryDialog() {
	ui.chooseFile([]string{".tbx", ".csv", ".xml"}, func(r fyne.URIReadCloser) { ui.importGlossary(r, r.URI().Name()) })
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
		var n int
		var err error
		if strings.EqualFold(filepath.Ext(name), ".csv") {
			n, err = src.eng.Glossary.ImportCSV(context.Background(), r)
		} else {
			n, err = src.eng.Glossary.ImportTBX(context.Background(), r)
		}
		return func() {
			if n > 0 && p.src == src {
				p.sourcesChanged()
			}
			if err != nil {
				ui.showError(failed(lang.L("Could not import the glossary {{.Name}}.", map[string]any{"Name": quoteName(name)}), err))
				return
			}
			ui.setStatus(lang.N("Imported {{.N}} glossary entries from {{.Name}}", n, map[string]any{"N": n, "Name": name}))
		}
	})
}
