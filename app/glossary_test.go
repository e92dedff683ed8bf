package app

import (
	"fmt"
	"maps"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/qa"
)

// TestTapOnGlossaryTermKeepsSelectionAndLinkMode taps a glossary term that is no annotation while
// a quote waits for its speaker: the tap must neither clear the selected span nor leave link mode.
func TestTapOnGlossaryTermKeepsSelectionAndLinkMode(t *testing.T) {
	text := "Maison-Blanche : « Tout va bien », a-t-on dit. 😀"
	d := pairDoc(text)
	q := strings.Index(text, "«")
	qe := strings.Index(text, "»") + len("»")
	quote := &annotate.Span{Side: annotate.Source, Start: q, End: qe, Label: annotate.LabelQuote, Origin: annotate.Auto, Confidence: 0.8}
	must(t, annotate.NewEditor(d).AddSpan(quote))
	ui := suggestUI(t, d, nil, nil)
	ui.importGlossary(nopCloser{strings.NewReader("source,target\nMaison-Blanche,White House\n")}, "terms.csv")
	r := visibleRow(t, ui, 0)
	r.bind(0)
	if hs := r.src.Highlights(); len(hs) == 0 || hs[0].Start != 0 || hs[0].ID != "" {
		t.Fatalf("source highlights %+v: want the glossary mark on Maison-Blanche first", hs)
	}
	ui.win.Canvas().Focus(r.src)
	ui.tapSpan(r, quote.ID)
	r.src.TypedRune('s')
	if ui.linkFrom != quote.ID {
		t.Fatalf("link mode on %q, want %q", ui.linkFrom, quote.ID)
	}
	r.src.Tapped(&fyne.PointEvent{Position: fyne.NewPos(4, 8)}) // on the M of Maison-Blanche
	if ui.linkFrom != quote.ID || ui.selSpan != quote.ID {
		t.Errorf("after tapping the glossary term: link mode %q, selected %q; want both %q", ui.linkFrom, ui.selSpan, quote.ID)
	}
	if l := d.LinkFrom(quote.ID, annotate.LinkSpeaker); l != nil {
		t.Errorf("speaker link %+v made to a glossary term", l)
	}
}

// TestGlossaryOffersNamesKeptAsTheyAre checks that a name spelled the same in English (an
// entity's English name the French one, or a stored pair identical on both sides) is offered, after
// the terms that change, and that inserting it at the cursor completes the word being typed.
func TestGlossaryOffersNamesKeptAsTheyAre(t *testing.T) {
	text := "Le président Emmanuel Macron a salué Donald Trump à la Maison-Blanche « très bonne » 😀."
	d := pairDoc(text)
	ed := annotate.NewEditor(d)
	at := strings.Index(text, "Emmanuel Macron")
	must(t, ed.AddSpan(&annotate.Span{Side: annotate.Source, Start: at, End: at + len("Emmanuel Macron"), Label: annotate.LabelPER}))
	must(t, ed.AddEntity(&annotate.Entity{ID: "e1", Type: "PER", Names: map[string]string{"fr": "Emmanuel Macron", "en": "Emmanuel Macron"},
		Mentions: []string{d.Spans[0].ID}}))
	ui := suggestUI(t, d, nil, nil)
	csv := "source,target\nDonald Trump,Donald Trump\nMaison-Blanche,White House\n"
	ui.importGlossary(nopCloser{strings.NewReader(csv)}, "terms.csv")
	ui.focusSegment(0, annotate.Target)
	ui.sugg.lookUpNow()
	var got []string
	for _, o := range ui.sugg.offers {
		got = append(got, o.Source+" → "+o.Text)
	}
	want := "Maison-Blanche → White House; Emmanuel Macron → Emmanuel Macron; Donald Trump → Donald Trump"
	if strings.Join(got, "; ") != want {
		t.Fatalf("offers %q, want %q", strings.Join(got, "; "), want)
	}
	marks := 0
	for _, h := range visibleRow(t, ui, 0).src.Highlights() {
		if h.ID == "" && h.Color == glossaryColor() {
			marks++
		}
	}
	if marks != 3 {
		t.Errorf("%d glossary marks in the source, want 3", marks)
	}
	r := visibleRow(t, ui, 0)
	ui.win.Canvas().Focus(r.entry)
	typeKeys(ui, "President emm")
	ui.insertSuggestion(1)
	if tgt := d.Segments[0].Target; tgt != "President Emmanuel Macron" {
		t.Errorf("after typing “President emm” and inserting the name: %q", tgt)
	}
}

// TestGlossaryFollowsEntityRename renames an entity in the Entities tab: the Proposals tab must
// offer the new English name at once (not the one stored when the document opened), and Undo brings
// the old one back. The glossary term keeps its hyphen as the entity writes it.
func TestGlossaryFollowsEntityRename(t *testing.T) {
	text := "Reçu à la Maison-Blanche, Sergueï Lavrov a parlé."
	d := pairDoc(text)
	ed := annotate.NewEditor(d)
	for _, name := range []string{"Maison-Blanche", "Sergueï Lavrov"} {
		at := strings.Index(text, name)
		must(t, ed.AddSpan(&annotate.Span{Side: annotate.Source, Start: at, End: at + len(name), Label: annotate.LabelPER}))
	}
	must(t, ed.AddEntity(&annotate.Entity{ID: "e1", Type: "ORG", Names: map[string]string{"fr": "Maison-Blanche", "en": "White House"}, Mentions: []string{d.Spans[0].ID}}))
	must(t, ed.AddEntity(&annotate.Entity{ID: "e2", Type: "PER", Names: map[string]string{"fr": "Sergueï Lavrov", "en": "Sergei Lavrov"}, Mentions: []string{d.Spans[1].ID}}))
	ui := suggestUI(t, d, nil, nil)
	// Another document named the White House without its hyphen.
	ui.importGlossary(nopCloser{strings.NewReader("source,target\nMaison Blanche,White House\n")}, "terms.csv")
	offers := func() string { return glossaryOffers(t, ui) }
	if got, want := offers(), "Maison-Blanche → White House; Sergueï Lavrov → Sergei Lavrov"; got != want {
		t.Fatalf("offers %q, want %q", got, want)
	}
	p := ui.panels[0].(*entitiesPanel)
	ui.tabs.SelectIndex(0)
	p.sel = "e2"
	p.showDetail()
	p.nameTgt.SetText("Sergey Lavrov")
	ui.run(p.renameBoth)
	ui.tabs.SelectIndex(3)
	if got, want := offers(), "Maison-Blanche → White House; Sergueï Lavrov → Sergey Lavrov"; got != want {
		t.Errorf("after the rename: offers %q, want %q", got, want)
	}
	ui.undoStep()
	if got, want := offers(), "Maison-Blanche → White House; Sergueï Lavrov → Sergei Lavrov"; got != want {
		t.Errorf("after undo: offers %q, want %q", got, want)
	}
}

// TestImportedTermBeforeAutomaticName follows the QA's session: a CSV glossary from French Excel
// gives « Parlement gallois » → Senedd, and pre-annotation named the ORG entity "Welsh Parliament",
// which nobody confirmed. That automatic name hid the user's term from Suggestions; now the term
// comes first and the automatic name after it. A name the user types for the entity comes first.
func TestImportedTermBeforeAutomaticName(t *testing.T) {
	useLanguage(t, "fr")
	text := "Le Parlement gallois a voté la loi « Senedd » ! 🏴"
	d := pairDoc(text)
	ed := annotate.NewEditor(d)
	at := strings.Index(text, "Parlement gallois")
	sp := &annotate.Span{Side: annotate.Source, Start: at, End: at + len("Parlement gallois"), Label: annotate.LabelORG, Origin: annotate.Auto, Confidence: 0.8}
	must(t, ed.AddSpan(sp))
	must(t, ed.AddEntity(&annotate.Entity{ID: "e1", Type: "ORG", Names: map[string]string{"fr": "Parlement gallois", "en": "Welsh Parliament"}, Mentions: []string{sp.ID}}))
	ui := suggestUI(t, d, nil, nil)
	ui.importGlossary(nopCloser{strings.NewReader("Terme;Traduction;Note\r\nParlement gallois;Senedd;nom officiel\r\n")}, "glos.csv")
	offers := func() string { return glossaryOffers(t, ui) }
	if got, want := offers(), "Parlement gallois → Senedd; Parlement gallois → Welsh Parliament"; got != want {
		t.Fatalf("offers %q, want %q", got, want)
	}
	renameEnglish(ui, "e1", "Welsh Senedd")
	ui.tabs.SelectIndex(3)
	if got, want := offers(), "Parlement gallois → Welsh Senedd; Parlement gallois → Senedd"; got != want {
		t.Errorf("after the user named the entity: offers %q, want %q", got, want)
	}
}

// TestGlossaryLeavesOutFrenchCopies opens a document whose entities hold their French names as their
// English ones, as a file pre-annotated by an older version (or a person retyped to a place) does, and
// one with no English name: the Proposals tab must not offer "Moscou → Moscou", which a translator
// would copy, nor a Slavic name's French spelling, nor the French name of an entity without English
// ("Trifouillis → Trifouillis", "Paul Vernaison → Paul Vernaison"); a place English writes the same (Washington) and a person's name are
// offered as they are, and so is a place's French name once the user typed it as its English.
func TestGlossaryLeavesOutFrenchCopies(t *testing.T) {
	text := "À Moscou, Oleg Chapochnikov et Hélène Dumarchey ont parlé de Washington et de Trifouillis avec Paul Vernaison. 🙂"
	d := pairDoc(text)
	ed := annotate.NewEditor(d)
	for i, e := range []struct{ typ, name string }{{"LOC", "Moscou"}, {"PER", "Oleg Chapochnikov"},
		{"PER", "Hélène Dumarchey"}, {"LOC", "Washington"}, {"LOC", "Trifouillis"}, {"PER", "Paul Vernaison"}} {
		at := strings.Index(text, e.name)
		sp := &annotate.Span{Side: annotate.Source, Start: at, End: at + len(e.name), Label: e.typ, Origin: annotate.Auto, Confidence: 0.9}
		must(t, ed.AddSpan(sp))
		names := map[string]string{"fr": e.name, "en": e.name}
		if e.name == "Trifouillis" || e.name == "Paul Vernaison" {
			delete(names, "en") // no English name (Trifouillis named later, by the user)
		}
		must(t, ed.AddEntity(&annotate.Entity{ID: fmt.Sprintf("e%d", i+1), Type: e.typ, Names: names, Mentions: []string{sp.ID}}))
	}
	ui := suggestUI(t, d, nil, nil)
	offers := func() string { return glossaryOffers(t, ui) }
	if got, want := offers(), "Hélène Dumarchey → Hélène Dumarchey; Washington → Washington"; got != want {
		t.Fatalf("offers %q, want %q", got, want)
	}
	renameEnglish(ui, "e5", "Trifouillis")
	ui.tabs.SelectIndex(3)
	if got, want := offers(), "Hélène Dumarchey → Hélène Dumarchey; Washington → Washington; Trifouillis → Trifouillis"; got != want {
		t.Errorf("after the user named Trifouillis: offers %q, want %q", got, want)
	}
}

// glossaryOffers lists the glossary's offers for segment 0 while typing its English.
func glossaryOffers(t *testing.T, ui *UI) string {
	t.Helper()
	ui.focusSegment(0, annotate.Target)
	ui.sugg.lookUpNow()
	var got []string
	for _, o := range ui.sugg.offers {
		got = append(got, o.Source+" → "+o.Text)
	}
	return strings.Join(got, "; ")
}

// TestGlossaryTermTakesTheTypedQuotationMarks types “The Bells of ” and inserts the glossary's
// "St. Martin's" (Ctrl+1), then types a quotation, with smart quotes on (the default): the term's
// apostrophe comes in curly as the one typed after it, so that the quotation style check finds
// nothing. The term's straight mark made every segment that used it an issue to fix. With smart
// quotes off, the term goes in as the glossary writes it.
func TestGlossaryTermTakesTheTypedQuotationMarks(t *testing.T) {
	text := "Les cloches de Saint Martin, « l’église des pauvres », se sont tues. 😀"
	for _, on := range []bool{true, false} {
		d := pairDoc(text)
		ui := suggestUI(t, d, nil, nil)
		ui.app.Preferences().SetBool(prefSmartQuotes, on)
		ui.importGlossary(nopCloser{strings.NewReader("source,target\nSaint Martin,St. Martin's\n")}, "terms.csv")
		ui.focusSegment(0, annotate.Target)
		ui.sugg.lookUpNow()
		typeKeys(ui, "The bells of ")
		ui.insertSuggestion(0)
		typeKeys(ui, `, "the poor people's church," fell silent. 😀`)
		want := `The bells of St. Martin's, "the poor people's church," fell silent. 😀`
		if on {
			want = "The bells of St. Martin’s, “the poor people’s church,” fell silent. 😀"
		}
		if got := d.Segments[0].Target; got != want {
			t.Errorf("smart quotes %v: English %q, want %q", on, got, want)
		}
		if fixes := qa.QuoteFixes(d.Segments[0].Target, qa.Curly); on && len(fixes) > 0 {
			t.Errorf("smart quotes on: the quotation style check flags %+v", fixes)
		}
	}
}

// TestEnterOnTheInsertButton: Ctrl+Shift+4 shows the Proposals tab and puts the focus on the first
// suggestion's Insert button; Escape there goes back to the segment's English; Enter inserts it, as
// Space does (Enter, the key a translator presses, did nothing), and gives the focus back to the
// English, where typing goes on after the term (the button kept the focus and dropped the letters).
func TestEnterOnTheInsertButton(t *testing.T) {
	d := pairDoc("M. Merriweather affirme que Saint Martin ne l’a pas « remplacé ». 😀")
	ui := suggestUI(t, d, nil, nil)
	ui.importGlossary(nopCloser{strings.NewReader("source,target\nSaint Martin,St. Martin's\n")}, "terms.csv")
	ui.focusSegment(0, annotate.Target)
	typeKeys(ui, "Mr. Merriweather said that ")
	ui.sugg.lookUpNow()
	c := ui.win.Canvas()
	insertButton := func() *dialogButton {
		t.Helper()
		ui.focusPanel(panelIndex(ui, ui.sugg))
		b, ok := c.Focused().(*dialogButton)
		if !ok {
			t.Fatalf("Ctrl+Shift+4 focused %T, want the Insert button", c.Focused())
		}
		return b
	}
	inEnglish := func(what string) {
		t.Helper()
		if r := ui.rowFor(0); r == nil || c.Focused() != r.entry {
			t.Fatalf("%s: focus on %T, want the segment's English", what, c.Focused())
		}
	}
	insertButton().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	inEnglish("Escape on Insert")
	insertButton().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if got, want := d.Segments[0].Target, "Mr. Merriweather said that St. Martin’s"; got != want {
		t.Fatalf("Enter on Insert: English %q, want %q", got, want)
	}
	inEnglish("Enter on Insert")
	typeKeys(ui, " did not replace him.")
	if got, want := d.Segments[0].Target, "Mr. Merriweather said that St. Martin’s did not replace him."; got != want {
		t.Errorf("typed after inserting: %q, want %q", got, want)
	}
}

// TestGlossaryMarksUnconfirmedCopies: a document's name whose English is its French copied by
// pre-annotation, nobody having confirmed it, is offered only when English writes such a name so, and
// then, when no list gives it, says what it is under it (Washington is the lists' English); "Père Johnson → Père Johnson" (a file pre-annotated before the titles
// had their English) is not offered, as the article writes Father Johnson. A name that changes, or one
// confirmed in a translated segment, is offered as a term, with no such note.
func TestGlossaryMarksUnconfirmedCopies(t *testing.T) {
	text := "Le Père Johnson a reçu Sergueï Lavrov et Hélène Dumarchey à Washington 🙂."
	en := "Father Johnson welcomed Sergei Lavrov and Hélène Dumarchey in Washington 🙂."
	for _, confirmed := range []bool{false, true} {
		d := pairDoc(text)
		ed := annotate.NewEditor(d)
		for i, e := range []struct{ typ, fr, en string }{{"PER", "Père Johnson", "Père Johnson"},
			{"PER", "Sergueï Lavrov", "Sergei Lavrov"}, {"PER", "Hélène Dumarchey", "Hélène Dumarchey"}, {"LOC", "Washington", "Washington"}} {
			at := strings.Index(text, e.fr)
			sp := &annotate.Span{Side: annotate.Source, Start: at, End: at + len(e.fr), Label: e.typ, Origin: annotate.Auto, Confidence: 0.9}
			must(t, ed.AddSpan(sp))
			mentions := []string{sp.ID}
			if confirmed && e.fr == "Hélène Dumarchey" { // its English mention in a confirmed segment
				_, err := ed.SetTarget(d.Segments[0].ID, en)
				must(t, err)
				at := strings.Index(en, e.en)
				tsp := &annotate.Span{Side: annotate.Target, Segment: d.Segments[0].ID, Start: at, End: at + len(e.en), Label: e.typ}
				must(t, ed.AddSpan(tsp))
				must(t, ed.SetStatus(d.Segments[0].ID, annotate.StatusTranslated))
				mentions = append(mentions, tsp.ID)
			}
			must(t, ed.AddEntity(&annotate.Entity{ID: fmt.Sprintf("e%d", i+1), Type: e.typ,
				Names: map[string]string{"fr": e.fr, "en": e.en}, Mentions: mentions}))
		}
		ui := suggestUI(t, d, nil, nil)
		glossaryOffers(t, ui)
		got := map[string]string{}
		for _, o := range ui.sugg.offers {
			got[o.Source+" → "+o.Text] = offerNote(o)
		}
		want := map[string]string{"Sergueï Lavrov → Sergei Lavrov": "", "Hélène Dumarchey → Hélène Dumarchey": keptNote(),
			"Washington → Washington": ""} // the lists' English
		if confirmed {
			want["Hélène Dumarchey → Hélène Dumarchey"] = ""
		}
		if !maps.Equal(got, want) {
			t.Errorf("Hélène Dumarchey confirmed %v: offers and their notes %q, want %q", confirmed, got, want)
		}
	}
}
