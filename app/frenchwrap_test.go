package app

import (
	"cmp"
	"errors"
	"io/fs"
	"slices"
	"strings"
	"syscall"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/qa"
	"github.com/glose-app/glose/app/textview"
	"github.com/glose-app/glose/suggest"
)

// badFrenchBreak says what is wrong with a line of French drawn in a wrapped text, or "": a line
// that ends with « (its quotation on the next line) or starts with » : ; ! ? (a mark cut from the
// word it closes), which Fyne's word wrapping gives, as it breaks at the no-break spaces French
// puts inside « » and before those marks.
func badFrenchBreak(line string) string {
	line = strings.Trim(line, " \u00a0\u202f")
	if strings.HasSuffix(line, "«") {
		return "ends with «"
	}
	if r, _ := utf8.DecodeRuneInString(line); line != "" && strings.ContainsRune("»:;!?", r) {
		return "starts with " + string(r)
	}
	return ""
}

// TestMergePickerTitleKeepsFrenchMarks: the merge picker's title, "Fusionner « PER · NAME » avec :",
// was a Fyne label wrapping at every space, no-break ones included: for some names it showed "»"
// or ":" alone at the start of its second line. Whatever the name's length, no line of it starts
// with a closing mark or ends with «.
func TestMergePickerTitleKeepsFrenchMarks(t *testing.T) {
	useLanguage(t, "fr")
	d := manyPeople(t, 2)
	ui, _ := newTestUI(t, d, false) // one window for every name: a window a name made the race run slow
	p := ui.panels[0].(*entitiesPanel)
	ui.tabs.SelectIndex(0)
	for n := 1; n <= 30; n++ {
		name := "Jean" + strings.Repeat(" Mmm", n/4) + " " + strings.Repeat("m", 1+n%4) // words as short as names have
		d.Entities[0].Names["fr"] = name
		p.refresh()
		p.sel = d.Entities[0].ID
		p.showDetail()
		test.Tap(p.merge.button)
		if !strings.Contains(p.merge.titleText(), name) {
			t.Fatalf("the picker's title %q does not name %q", p.merge.titleText(), name)
		}
		for _, txt := range texts(p.merge.pop.Content) {
			if !strings.Contains(p.merge.titleText(), strings.TrimSpace(txt.Text)) {
				continue // not a line of the title
			}
			if why := badFrenchBreak(txt.Text); why != "" {
				t.Errorf("name %q: a line of the title %s: %q (title %q)", name, why, txt.Text, p.merge.titleText())
			}
		}
		p.merge.close()
	}
}

// fluidPlace is a text of a resizable panel that showed French in a Label wrapping its words: open
// shows it in French and returns the panel and the text.
type fluidPlace struct {
	name     string
	from, to float32 // the widths the panel takes
	open     func(t *testing.T) (panel fyne.CanvasObject, text *messageText)
}

// fluidPlaces are the panels' texts that Fyne's wrapping broke at no-break spaces.
func fluidPlaces() []fluidPlace {
	return []fluidPlace{
		{"QA issue", 100, 480, func(t *testing.T) (fyne.CanvasObject, *messageText) {
			ui, _ := newTestUI(t, testDoc(t), false)
			setTarget(t, ui, 0, "Sergei Lavrov said: « The dialogue is free » in 1, 2, 3, 4, 5, 6, 7, 8 and 9 ways.")
			ui.showQA()
			p := ui.qa
			k := issueRow(p, qa.NumberMismatch, ui.doc.Segments[0].ID)
			if k < 0 {
				t.Fatalf("no number issue in %+v", p.issues)
			}
			p.list.Select(p.rowOf(k))
			return p.box, p.detail
		}},
		{"entity without English", 100, 480, func(t *testing.T) (fyne.CanvasObject, *messageText) {
			d := manyPeople(t, 2)
			ui, _ := newTestUI(t, d, false)
			p := ui.panels[0].(*entitiesPanel)
			ui.tabs.SelectIndex(0)
			p.refresh()
			p.sel = d.Entities[0].ID
			p.showDetail()
			if !p.noneEN.Visible() {
				t.Fatal("the entity has English mentions")
			}
			return p.content(), p.noneEN
		}},
		{"no entity", 100, 480, func(t *testing.T) (fyne.CanvasObject, *messageText) {
			ui, _ := newTestUI(t, testDoc(t), false)
			p := ui.panels[0].(*entitiesPanel)
			ui.tabs.SelectIndex(0)
			p.refresh()
			return p.content(), p.hint
		}},
		{"no quote", 100, 480, func(t *testing.T) (fyne.CanvasObject, *messageText) {
			ui, _ := newTestUI(t, manyPeople(t, 1), false)
			p := ui.panels[1].(*quotesPanel)
			p.refresh()
			return p.content(), p.empty
		}},
		{"alert", 320, 900, func(t *testing.T) (fyne.CanvasObject, *messageText) {
			ui, _ := newTestUI(t, testDoc(t), false)
			ui.alerts.set(alertAutosave, autosaveFailed(&fs.PathError{Op: "write", Path: "/x", Err: syscall.ENOSPC}))
			return ui.alerts.box, ui.alerts.text
		}},
		{"Suggestions error", 100, 480, func(t *testing.T) (fyne.CanvasObject, *messageText) {
			ui, _ := newTestUI(t, testDoc(t), false)
			p := ui.sugg
			p.envErr = errors.New("GLOSE_MT : « deeple » inconnu ; attendu : « deepl » ou « libretranslate »")
			p.render()
			return p.box, p.errs
		}},
	}
}

// TestPanelTextsKeepFrenchMarks: the texts of the side panels and the alert bar were Labels wrapping
// their words, which Fyne breaks at no-break spaces too: a narrow panel showed a line starting with
// « : » or « » », or ending with « « ». At every width the panel may take, and alone at narrower
// ones, no drawn line of them does, each line fits the width, and the text is given the height of its
// lines, as much as a Label of as many lines takes.
func TestPanelTextsKeepFrenchMarks(t *testing.T) {
	useLanguage(t, "fr")
	for _, place := range fluidPlaces() {
		t.Run(place.name, func(t *testing.T) {
			panel, m := place.open(t)
			if !m.Visible() || !strings.ContainsAny(m.Text, "\u00a0\u202f") {
				t.Fatalf("shown %v, %q: no no-break space to keep", m.Visible(), m.Text)
			}
			checkFluidText(t, "panel", panel, m, place.from, place.to)
			alone := newFluidText(m.Text).styled(m.style)
			if most := checkFluidText(t, "alone", container.NewVBox(alone), alone, 80, 480); most < 3 {
				t.Errorf("%q: at most %d lines, at any width: nothing tested", m.Text, most)
			}
		})
	}
}

// checkFluidText lays box out at widths from to to, and checks the lines m draws in it; it returns
// the most lines m drew.
func checkFluidText(t *testing.T, where string, box fyne.CanvasObject, m *messageText, from, to float32) int {
	t.Helper()
	most := 0
	for w := from; w <= to; w += 10 {
		box.Resize(fyne.NewSize(w, 700))
		settle(box)
		lines := drawnLines(m)
		most = max(most, len(lines))
		for _, line := range lines {
			if why := badFrenchBreak(line); why != "" {
				t.Errorf("%s %v wide: a line %s: %q", where, w, why, line)
			}
			if lw := measureStyled(line, m.style); lw > m.Size().Width-2*theme.InnerPadding()+0.5 {
				t.Errorf("%s %v wide: %q is %v wide, in a text %v wide", where, w, line, lw, m.Size().Width)
			}
		}
		want := widget.NewLabel(strings.Repeat("x\n", len(lines)-1) + "x").MinSize().Height
		if h := m.Size().Height; h < want || m.MinSize().Height < want {
			t.Errorf("%s %v wide: %d lines given %v (minimum %v), want %v", where, w, len(lines), h, m.MinSize().Height, want)
		}
	}
	return most
}

// drawnLines returns the lines m draws.
func drawnLines(m *messageText) []string {
	var lines []string
	for _, txt := range texts(m) {
		if strings.TrimSpace(txt.Text) != "" {
			lines = append(lines, txt.Text)
		}
	}
	return lines
}

// settle lays o out as the window's canvas does frame after frame: each container and widget laid
// out again at its size, for the heights its texts take once their lines are broken for their widths.
func settle(o fyne.CanvasObject) {
	for range 3 {
		layOutTree(o)
	}
}

func layOutTree(o fyne.CanvasObject) {
	if !o.Visible() {
		return
	}
	var children []fyne.CanvasObject
	switch o := o.(type) {
	case *fyne.Container:
		if o.Layout != nil {
			o.Layout.Layout(o.Objects, o.Size())
		}
		children = o.Objects
	case fyne.Widget:
		r := test.WidgetRenderer(o)
		r.Layout(o.Size())
		children = r.Objects()
	}
	for _, c := range children {
		layOutTree(c)
	}
}

// TestMemoryDiffKeepsFrenchMarks: a memory match's French shows in the Proposals tab in colours,
// the words that differ from the segment marked (suggestview.go's diffView), in a TextView that breaks
// its lines itself: at no-break spaces never, as Fyne's wrapping does, and not before a closing mark
// nor after « typed with an ordinary space. At every width the panel may take, down to a width at
// which a long word is cut, no drawn line of it starts with » : ; ! ? or ends with «.
func TestMemoryDiffKeepsFrenchMarks(t *testing.T) {
	useLanguage(t, "fr")
	src := "Le ministre a déclaré\u00a0: «\u00a0Nous ne céderons pas\u00a0!\u00a0» Pourquoi\u202f? " +
		"Parce que\u00a0; voilà « la réponse » anticonstitutionnellement : non ! Et « l’intergouvernementalité\u00a0»\u202f?"
	seg := strings.Replace(src, "céderons", "plierons", 1)
	ui := suggestUI(t, pairDoc(seg), []pair{{FR: src, EN: "The minister said: “We shall not give in!”"}}, nil)
	ui.focusSegment(0, annotate.Target)
	card := ui.sugg.cards.Objects[offerOf(t, ui, suggest.KindTM)]
	var tv *textview.TextView
	walkObjects(card, func(o fyne.CanvasObject) {
		if v, ok := o.(*textview.TextView); ok {
			tv = v
		}
	})
	if tv == nil {
		t.Fatal("the memory match shows no French in colours")
	}
	most := 0
	for w := float32(60); w <= 480; w += 10 {
		card.Resize(fyne.NewSize(w, 900))
		settle(card)
		lines := drawnRows(tv)
		most = max(most, len(lines))
		for _, line := range lines {
			if why := badFrenchBreak(line); why != "" {
				t.Errorf("%v wide: a line of the French %s: %q", w, why, line)
			}
		}
		if got := strings.Join(lines, ""); got != src {
			t.Errorf("%v wide: the lines drawn are %q, not the French", w, lines)
		}
	}
	if most < 8 {
		t.Errorf("at most %d lines: nothing tested", most)
	}
}

// drawnRows returns the lines o draws: its texts side by side (each colour is a text of its own)
// joined, top to bottom.
func drawnRows(o fyne.CanvasObject) []string {
	byY := map[float32][]*canvas.Text{}
	var ys []float32
	for _, txt := range texts(o) {
		if !txt.Visible() || txt.Text == "" {
			continue
		}
		y := txt.Position().Y
		if byY[y] == nil {
			ys = append(ys, y)
		}
		byY[y] = append(byY[y], txt)
	}
	slices.Sort(ys)
	lines := make([]string, len(ys))
	for i, y := range ys {
		row := byY[y]
		slices.SortFunc(row, func(a, b *canvas.Text) int { return cmp.Compare(a.Position().X, b.Position().X) })
		for _, txt := range row {
			lines[i] += txt.Text
		}
	}
	return lines
}

// walkObjects calls f for o and everything its containers hold.
func walkObjects(o fyne.CanvasObject, f func(fyne.CanvasObject)) {
	f(o)
	if c, ok := o.(*fyne.Container); ok {
		for _, x := range c.Objects {
			walkObjects(x, f)
		}
	}
}

// TestCutKeepsCharactersWhole: a word too wide for its line is cut between the characters a reader
// sees, never between an e and its combining accent or inside an emoji with its skin tone.
func TestCutKeepsCharactersWhole(t *testing.T) {
	test.NewTempApp(t)
	for _, word := range []string{"Zoe\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301", "👏🏽👏🏽👏🏽👏🏽👏🏽👏🏽👏🏽👏🏽"} {
		for width := float32(1); width < measureStyled(word, fyne.TextStyle{}); width += 3 {
			c := cutAt(word, width, fyne.TextStyle{})
			if c <= 0 || c > len(word) {
				t.Fatalf("%q at %v: cut at %d", word, width, c)
			}
			if rest := word[c:]; strings.HasPrefix(rest, "\u0301") || strings.HasPrefix(rest, "🏽") {
				t.Errorf("%q at %v: cut at %d leaves %q to start the next line", word, width, c, rest)
			}
		}
	}
}
