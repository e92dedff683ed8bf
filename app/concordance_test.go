package app

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/suggest/tm"
)

// hitText shows a concordance hit's side with its highlights in [brackets].
func hitText(h *concordanceHit, target bool) string {
	tv := h.src
	if target {
		tv = h.tgt
	}
	s, at := tv.Text(), 0
	var b strings.Builder
	for _, hl := range tv.Highlights() {
		b.WriteString(s[at:hl.Start] + "[" + s[hl.Start:hl.End] + "]")
		at = hl.End
	}
	return b.String() + s[at:]
}

// TestConcordanceFromTheSelection selects « Parlement gallois » in the French, presses Ctrl+K, and
// finds it in the glossary and the memory (whatever its case), then looks up the English, copies a
// translation and inserts the part of another selected at the cursor of the segment's English.
func TestConcordanceFromTheSelection(t *testing.T) {
	pairs := ntrex(t)
	text := "Le PARLEMENT gallois 👍🏽 a voté « hier »."
	ui := suggestUI(t, pairDoc(text), pairs, nil)
	ui.importGlossary(nopCloser{strings.NewReader("Terme;Traduction\nParlement gallois;Senedd\n")}, "termes.csv")
	ui.focusSegment(0, annotate.Source)
	r := visibleRow(t, ui, 0)
	a := strings.Index(text, "PARLEMENT")
	r.src.SetSelection(a, a+len("PARLEMENT gallois"))
	if !ui.handleShortcut(ctrlKey(fyne.KeyK)) || ui.conc == nil || ui.topModal() == nil {
		t.Fatal("Ctrl+K opened no concordance dialog")
	}
	v := ui.conc
	if v.query.Text != "PARLEMENT gallois" {
		t.Errorf("query %q, want the selection", v.query.Text)
	}
	if v.count.Text != "1 unit in the memory · 1 glossary entry" {
		t.Errorf("count %q", v.count.Text)
	}
	if len(v.hits) != 2 || !v.hits[0].glossary || hitText(v.hits[0], false) != "[Parlement gallois]" {
		t.Fatalf("%d hits, the first %q: want the glossary's, then the memory's", len(v.hits), hitText(v.hits[0], false))
	}
	for _, h := range v.hits[1:] {
		if !strings.Contains(hitText(h, false), "[Parlement gallois]") || h.origin != "" || h.glossary {
			t.Errorf("memory hit %q", hitText(h, false))
		}
	}

	v.side.SetSelected("In the translation")
	v.query.SetText("welsh parliament")
	if len(v.hits) == 0 || !strings.Contains(hitText(v.hits[0], true), "[Welsh Parliament]") || len(v.hits[0].src.Highlights()) != 0 {
		t.Fatalf("searching the English: %d hits", len(v.hits))
	}
	h := v.hits[0]
	test.Tap(h.copyText)
	if got := ui.app.Clipboard().Content(); got != h.tgt.Text() {
		t.Errorf("copied %q, want the whole English %q", got, h.tgt.Text())
	}
	ui.focusSegment(0, annotate.Target)
	r = visibleRow(t, ui, 0)
	r.entry.SetText("The")
	r.entry.CursorColumn = len("The")
	at := strings.Index(h.tgt.Text(), "Welsh Parliament")
	h.tgt.SetSelection(at, at+len("Welsh Parliament"))
	test.Tap(h.insert)
	if got := ui.doc.Segments[0].Target; got != "The Welsh Parliament" {
		t.Errorf("after Insert: %q, want the selected words at the cursor", got)
	}
	if ui.topModal() != nil {
		t.Error("the dialog is still open after Insert")
	}
	ui.undoStep()
	if got := ui.doc.Segments[0].Target; got != "The" {
		t.Errorf("after one undo: %q", got)
	}
}

// TestConcordanceMenuAndEmptySearch opens the dialog from the Tools menu with nothing selected:
// it asks for a word, and Escape in the search field closes it.
func TestConcordanceMenuAndEmptySearch(t *testing.T) {
	ui := suggestUI(t, pairDoc("Le chat dort."), nil, nil)
	var item *fyne.MenuItem
	for _, it := range ui.toolsMenu().Items {
		if it.Label == "Concordance…" {
			item = it
		}
	}
	if item == nil || !strings.Contains(item.Shortcut.ShortcutName(), "K") {
		t.Fatalf("Tools menu item %+v", item)
	}
	item.Action()
	v := ui.conc
	if v == nil || v.query.Text != "" || len(v.hits) != 0 || !strings.HasPrefix(v.count.Text, "Type a word") {
		t.Fatalf("dialog without a selection: %+v", v)
	}
	v.query.SetText(" « » ")
	if !strings.HasPrefix(v.count.Text, "Type a word") {
		t.Errorf("punctuation only: %q", v.count.Text)
	}
	v.query.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if ui.topModal() != nil {
		t.Error("Escape left the dialog open")
	}
}

// TestMemoryImportSaysInlineCodesAreKept imports a TMX file with formatting codes in French: the
// status line says, in French, how many were kept for export.
func TestMemoryImportSaysInlineCodesAreKept(t *testing.T) {
	ui := suggestUI(t, pairDoc("Le chat dort."), nil, nil)
	useLanguage(t, "fr")
	tmx := `<tmx version="1.4"><header srclang="fr"/><body>
<tu><tuv xml:lang="fr"><seg>Le <bpt i="1">&lt;b&gt;</bpt>chat<ept i="1">&lt;/b&gt;</ept> dort 👍🏽.</seg></tuv><tuv xml:lang="en"><seg>The <bpt i="1">&lt;b&gt;</bpt>cat<ept i="1">&lt;/b&gt;</ept> sleeps 👍🏽.</seg></tuv></tu>
</body></tmx>`
	ui.importTMX(nopCloser{strings.NewReader(tmx)}, "balises.tmx")
	want := "1 unité de traduction contient des codes en ligne (4 en tout\u00a0: mise en forme, substituts)\u00a0: ils sont gardés pour l’export TMX de la mémoire"
	if !strings.Contains(ui.status.Text, want) {
		t.Errorf("status %q, want it to say %q", ui.status.Text, want)
	}
}

// TestConcordanceTypingKeepsTheLastText types « membres de l’Assemblée » as a fast typist does, with
// one pause after « membres »: each key restarts the pause and nothing is looked up before it ends,
// and the answer for « membres », landing after the one for the whole text, is dropped. The test
// ends the pauses and lands the searches itself, in the order it chooses.
func TestConcordanceTypingKeepsTheLastText(t *testing.T) {
	ui := suggestUI(t, pairDoc("Le chat dort."), ntrex(t), nil)
	v := ui.showConcordance()
	var pauses []func()          // the pauses asked for, nil once stopped or ended
	var searches []func() func() // the searches started, in order
	v.after = func(_ time.Duration, fn func()) func() {
		i := len(pauses)
		pauses = append(pauses, fn)
		return func() { pauses[i] = nil }
	}
	v.off = func(work func() func()) { searches = append(searches, work) }
	endPause := func() {
		t.Helper()
		var left []func()
		for i, fn := range pauses {
			if fn != nil {
				left, pauses[i] = append(left, fn), nil
			}
		}
		if len(left) != 1 {
			t.Fatalf("%d pauses under way, want the last key's alone", len(left))
		}
		left[0]()
	}

	test.Type(v.query, "membres")
	if len(searches) != 0 {
		t.Fatalf("%d searches while typing, want none before the pause", len(searches))
	}
	endPause()
	test.Type(v.query, " de l’Assemblée")
	if len(searches) != 1 {
		t.Fatalf("%d searches, want the one after the pause", len(searches))
	}
	endPause()
	if len(searches) != 2 {
		t.Fatalf("%d searches, want a second one for the whole text", len(searches))
	}
	searches[1]()() // the whole text's answer lands first…
	searches[0]()() // …then the one for « membres », late
	want, err := v.eng.Concordance(context.Background(), "membres de l’Assemblée", tm.BothSides, concordanceLimit)
	if err != nil || len(want.Memory.Hits) != 2 {
		t.Fatalf("the whole text finds %d units, %v; the test wants 2", len(want.Memory.Hits), err)
	}
	if v.count.Text != concordanceCount(want) || len(v.hits) != 2 {
		t.Fatalf("%d hits, %q: want the whole text's, %q", len(v.hits), v.count.Text, concordanceCount(want))
	}
	for _, h := range v.hits {
		if !strings.Contains(hitText(h, false), "[membres de l’Assemblée]") {
			t.Errorf("hit %q does not mark the whole text", hitText(h, false))
		}
	}

	// Cards are reused: a search that finds fewer hides the rest, and an empty field all of them.
	made := len(v.pool)
	test.Type(v.query, "zzz")
	endPause()
	searches[2]()()
	v.query.SetText("")
	for i, h := range v.pool {
		if h.box.Visible() {
			t.Errorf("card %d still shown for an empty field", i)
		}
	}
	if len(v.hits) != 0 || len(v.pool) != made || !strings.HasPrefix(v.count.Text, "Type a word") {
		t.Errorf("empty field: %d hits, %d cards (were %d), %q", len(v.hits), len(v.pool), made, v.count.Text)
	}
}

// TestConcordanceSearchesInTheBackground types as the app runs, on a real timer, with searches on
// goroutines of their own, the test's goroutine acting as the UI's (the test driver's fyne.Do runs
// functions on the goroutine that calls it, where the app's runs them on the UI goroutine). The
// search for « membres », running when the rest is typed, is cancelled or dropped: once the whole
// text is typed, only its answer is ever shown. Run with -race.
func TestConcordanceSearchesInTheBackground(t *testing.T) {
	ui := suggestUI(t, pairDoc("Le chat dort."), ntrex(t), nil)
	v := ui.showConcordance()
	onUI := make(chan func(), 16)
	started := make(chan struct{}, 16)
	v.after = func(d time.Duration, fn func()) func() {
		timer := time.AfterFunc(d, func() { onUI <- fn })
		return func() { timer.Stop() }
	}
	v.off = func(work func() func()) {
		started <- struct{}{}
		go func() { onUI <- work() }()
	}
	run := func(until func() bool) {
		t.Helper()
		for !until() {
			select {
			case fn := <-onUI:
				fn()
			case <-time.After(time.Minute): // a hang, not a measure
				t.Fatalf("nothing came back; the count reads %q", v.count.Text)
			}
		}
	}
	test.Type(v.query, "membres")
	run(func() bool { return len(started) > 0 }) // the pause has ended: « membres » is being looked up
	test.Type(v.query, " de l’Assemblée")
	want := "2 units in the memory · 0 glossary entries"
	run(func() bool {
		if strings.HasPrefix(v.count.Text, "3 units") {
			t.Fatalf("the answer for « membres » was shown after the whole text was typed")
		}
		return v.count.Text == want
	})
	if len(v.hits) != 2 || !strings.Contains(hitText(v.hits[0], false), "[membres de l’Assemblée]") {
		t.Errorf("%d hits shown after the answer for the whole text", len(v.hits))
	}
}

// TestConcordanceHitsFromTheKeyboard: Down in the search field goes to the first hit's Insert
// button (it took Tab five times, past the three choices of language and Copy), Down and Up go from
// hit to hit and back to the field, and Enter inserts the hit at the cursor of the segment's English,
// where the keys go back.
func TestConcordanceHitsFromTheKeyboard(t *testing.T) {
	pairs := ntrex(t)
	ui := suggestUI(t, pairDoc("Le Parlement gallois a voté."), pairs, nil)
	ui.importGlossary(nopCloser{strings.NewReader("Parlement gallois;Senedd\n")}, "termes.csv")
	ui.focusSegment(0, annotate.Target)
	if !ui.handleShortcut(ctrlKey(fyne.KeyK)) || ui.conc == nil {
		t.Fatal("Ctrl+K opened no concordance dialog")
	}
	v, c := ui.conc, ui.win.Canvas()
	v.query.SetText("parlement gallois")
	if len(v.hits) < 2 {
		t.Fatalf("%d hits, want the glossary's and the memory's", len(v.hits))
	}
	press(t, ui, fyne.KeyDown)
	if c.Focused() != fyne.Focusable(v.hits[0].insert) {
		t.Fatalf("Down in the search field: focus on %T, want the first hit's Insert", c.Focused())
	}
	press(t, ui, fyne.KeyDown)
	if c.Focused() != fyne.Focusable(v.hits[1].insert) {
		t.Fatalf("Down on the first hit: focus on %T, want the second hit's Insert", c.Focused())
	}
	press(t, ui, fyne.KeyUp)
	press(t, ui, fyne.KeyUp)
	if c.Focused() != fyne.Focusable(v.query) {
		t.Fatalf("Up on the first hit: focus on %T, want the search field", c.Focused())
	}
	press(t, ui, fyne.KeyDown)
	press(t, ui, fyne.KeyReturn)
	if got := ui.doc.Segments[0].Target; got != "Senedd" {
		t.Errorf("Enter on the glossary's hit: English %q, want Senedd", got)
	}
	if r := ui.rowFor(0); ui.topModal() != nil || r == nil || c.Focused() != fyne.Focusable(r.entry) {
		t.Errorf("after Enter: dialog open %v, focus on %T; want the segment's English", ui.topModal() != nil, c.Focused())
	}
}

// TestConcordanceWithoutHitsSaysWhatToTry: a search that finds nothing says what the search supports
// and was not used: fewer words (a phrase's words are found side by side), the start of the last word
// and a star for its other forms, both languages; a one-word prefix search in both finds nothing more
// to try.
func TestConcordanceWithoutHitsSaysWhatToTry(t *testing.T) {
	ui := suggestUI(t, pairDoc("Le Parlement gallois 👍🏽 a voté « hier »."), ntrex(t), nil)
	v := ui.showConcordance()
	for _, c := range []struct {
		query, side string
		want        []string
	}{
		{"parlementaires zzzgallois", lang.L("In the source"), []string{"0 units in the memory · 0 glossary entries\nNothing found; try:",
			"\n· fewer words (they are found side by side, in this order)", "\n· the start of the word and a star, for its other forms: zzzgall*", "\n· both languages"}},
		{"Zzzéé", lang.L("Both languages"), []string{"for its other forms: Zzzé*"}},
		{"zzz*", lang.L("Both languages"), []string{"\nNeither the memory nor the glossary holds it."}},
	} {
		v.side.SetSelected(c.side)
		v.query.SetText(c.query)
		for _, want := range c.want {
			if !strings.Contains(v.count.Text, want) {
				t.Errorf("%q: %q lacks %q", c.query, v.count.Text, want)
			}
		}
	}
	v.query.SetText("gallois") // a hit: no hint
	if strings.Contains(v.count.Text, "try") || strings.Contains(v.count.Text, "\n") {
		t.Errorf("with hits: %q", v.count.Text)
	}
}
