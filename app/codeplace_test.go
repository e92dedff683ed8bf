package app

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
)

// typeCodedEnglish opens the client's document with codes and types en into the English of row i.
func typeCodedEnglish(t *testing.T, i int, en string) (*UI, *row) {
	t.Helper()
	useLocale(t, "en_US.UTF-8")
	ui, _ := newTestUI(t, clientCodesDoc(t), false)
	r := visibleRow(t, ui, i)
	ui.win.Canvas().Focus(r.entry)
	test.Type(r.entry, en)
	return ui, r
}

// pressF9 sends F9 to the row's English, as the keyboard does.
func pressF9(r *row) { r.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyF9}) }

// exportedTarget merges the document back into its client's XLIFF and returns the target of unit.
func exportedTarget(t *testing.T, d *annotate.Document, unit string) string {
	t.Helper()
	files, _, err := formats.Write("xliff", []*annotate.Document{d}, formats.WriteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	out := string(files[0].Data)
	i := strings.Index(out, `<unit id="`+unit+`">`)
	a := strings.Index(out[i:], "<target>") + i + len("<target>")
	return out[a : a+strings.Index(out[a:], "</target>")]
}

// TestF9PlacesCodes: F9 in the English of a row whose French has inline codes places the next code at
// the cursor, its opening then its closing, and says the English with its codes on the status line;
// typing before the code shifts it, undo takes the placement back and redo gives it again; the export
// writes the code exactly there and QA no longer names it; saved and opened again, it is still there.
func TestF9PlacesCodes(t *testing.T) {
	en := "According to «\u00a0Sergei Lavrov\u00a0» 😀, Russia refuses."
	ui, r := typeCodedEnglish(t, 0, en)
	seg := ui.doc.Segments[0]
	r.entry.setCaret(len([]rune(en[:strings.Index(en, "Sergei")])))
	pressF9(r)
	r.entry.setCaret(len([]rune(en[:strings.Index(en, "\u00a0»")])))
	pressF9(r)
	want := "According to «\u00a0<1>Sergei Lavrov</1>\u00a0» 😀, Russia refuses."
	if got := markedEnglish(seg, ui.codesOf(seg)); got != want {
		t.Fatalf("the English with its codes %q, want %q", got, want)
	}
	if s := ui.status.Text; !strings.Contains(s, "With its codes, all placed") || !strings.Contains(s, "<1>Sergei Lavrov</1>") {
		t.Errorf("status line %q", s)
	}
	if r.codes.Resource != codeMarkPlaced {
		t.Error("the code mark does not say every code is placed")
	}
	pressF9(r)
	if s := ui.status.Text; !strings.Contains(s, "Every inline code of this segment is placed") {
		t.Errorf("F9 with every code placed: status %q", s)
	}
	r.entry.setCaret(0)
	test.Type(r.entry, "É. ")
	if got := markedEnglish(seg, ui.codesOf(seg)); got != "É. "+want {
		t.Errorf("after typing before the code: %q", got)
	}
	if got, w := exportedTarget(t, ui.doc, "name"), "É. According to «\u00a0<pc id=\"1\">Sergei Lavrov</pc>\u00a0» 😀, Russia refuses."; got != w {
		t.Errorf("exported target %q, want %q", got, w)
	}
	est, err := formats.EstimatedCodes(ui.doc, nil)
	if err != nil || len(est[seg.ID]) > 0 {
		t.Errorf("codes placed by hand still said estimated: %v %v", est[seg.ID], err)
	}
	path := filepath.Join(t.TempDir(), "placed.json")
	if err := ui.saveTo(path); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	back, err := annotate.Unmarshal(data, path)
	if err != nil {
		t.Fatal(err)
	}
	if got := markedEnglish(back.Segments[0], ui.codesOf(seg)); got != "É. "+want {
		t.Errorf("saved and read again: %q", got)
	}
	ui.undoStep() // the typing
	ui.undoStep() // the closing
	if got := markedEnglish(seg, ui.codesOf(seg)); got != "According to «\u00a0<1>Sergei Lavrov\u00a0» 😀, Russia refuses." {
		t.Errorf("undo: %q", got)
	}
	ui.redoStep()
	if got := markedEnglish(seg, ui.codesOf(seg)); got != want {
		t.Errorf("redo: %q", got)
	}
}

// TestF9WrapsSelection: F9 over a selection wraps it in the first code that wraps words, then the
// next F9 places the placeholder at the cursor; a segment without codes says so.
func TestF9WrapsSelection(t *testing.T) {
	en := "The boss says: « We are staying! »"
	ui, r := typeCodedEnglish(t, 2, en)
	selectInEntry(r.entry, len("The "), len("boss"), false)
	pressF9(r)
	r.entry.setCaret(len([]rune(en[:strings.Index(en, " «")])))
	pressF9(r)
	seg := ui.doc.Segments[2]
	if got, want := markedEnglish(seg, ui.codesOf(seg)), "The <1>boss</1> says:<2/> « We are staying! »"; got != want {
		t.Errorf("the English with its codes %q, want %q", got, want)
	}
	if got, want := exportedTarget(t, ui.doc, "lost"), `The <pc id="1">boss</pc> says:<ph id="2"/> « We are staying! »`; got != want {
		t.Errorf("exported %q, want %q", got, want)
	}
	plain := visibleRow(t, ui, 1)
	ui.win.Canvas().Focus(plain.entry)
	pressF9(plain)
	if s := ui.status.Text; !strings.Contains(s, "no inline codes") {
		t.Errorf("F9 in a segment without codes: status %q", s)
	}
}

// TestCodeMenuPlacesCode: clicking the code mark opens the menu of the row's codes; choosing one
// places it at the cursor the English had; the menu then offers to remove that code alone (one undo
// step, the other code staying), and its last item removes every code placed.
func TestCodeMenuPlacesCode(t *testing.T) {
	en := "The boss said: « We are staying! »"
	ui, r := typeCodedEnglish(t, 2, en)
	r.entry.setCaret(len([]rune(en[:strings.Index(en, " «")])))
	seg := ui.doc.Segments[2]
	sel := englishSel(r, seg)
	items := ui.codeMenu(seg, sel).Items
	if len(items) != 4 || !strings.HasPrefix(items[1].Label, "<2/>  <ph id=\"2\"/>") || items[3].Disabled != true {
		t.Fatalf("menu items: %v", menuLabels(items))
	}
	test.Tap(r.codes)
	test.Tap(topMenu(t, ui).Items[1].(fyne.Tappable)) // the click on <2/>
	if got, want := markedEnglish(seg, ui.codesOf(seg)), "The boss said:<2/> « We are staying! »"; got != want {
		t.Errorf("after choosing <2/>: %q, want %q", got, want)
	}
	r.entry.setCaret(len("The "))
	pressF9(r)
	r.entry.setCaret(len("The boss"))
	pressF9(r)
	if got, want := markedEnglish(seg, ui.codesOf(seg)), "The <1>boss</1> said:<2/> « We are staying! »"; got != want {
		t.Fatalf("after F9 twice: %q, want %q", got, want)
	}
	items = ui.codeMenu(seg, sel).Items
	if got, want := menuLabels(items[3:]), []string{"Remove <1>", "Remove <2/>", "Remove the inline codes placed by hand"}; !slices.Equal(got, want) || !items[1].Checked || !items[0].Checked || items[5].Disabled {
		t.Fatalf("after placing both: %v, checked %v %v", menuLabels(items), items[0].Checked, items[1].Checked)
	}
	items[4].Action() // Remove <2/>
	if got, want := markedEnglish(seg, ui.codesOf(seg)), "The <1>boss</1> said: « We are staying! »"; got != want {
		t.Errorf("after removing <2/>: %q, want %q", got, want)
	}
	if s := ui.status.Text; !strings.Contains(s, "F9 places <2/>") {
		t.Errorf("status after removing <2/>: %q", s)
	}
	if !slices.Equal(menuLabels(ui.codeMenu(seg, sel).Items[3:]), []string{"Remove <1>", "Remove the inline codes placed by hand"}) {
		t.Errorf("menu after removing <2/>: %v", menuLabels(ui.codeMenu(seg, sel).Items))
	}
	ui.undoStep()
	if got, want := markedEnglish(seg, ui.codesOf(seg)), "The <1>boss</1> said:<2/> « We are staying! »"; got != want {
		t.Errorf("after undoing the removal: %q, want %q", got, want)
	}
	items = ui.codeMenu(seg, sel).Items
	items[len(items)-1].Action()
	if len(seg.Codes) != 0 {
		t.Errorf("after removing all: %+v", seg.Codes)
	}
}

// topMenu is the pop-up menu on top of the window's canvas.
func topMenu(t *testing.T, ui *UI) *widget.PopUpMenu {
	t.Helper()
	m := popUpMenuIn(ui.win.Canvas().Overlays().Top())
	if m == nil {
		t.Fatal("no pop-up menu on top")
	}
	return m
}

func menuLabels(items []*fyne.MenuItem) []string {
	var out []string
	for _, it := range items {
		out = append(out, it.Label)
	}
	return out
}

// TestCopySourceBringsCodes: copying the French into an empty English places its codes where the
// French has them, as OmegaT and memoQ copy tags; a machine translation replacing the whole English
// then leaves no marker out of it, and undo brings the copy and its codes back.
func TestCopySourceBringsCodes(t *testing.T) {
	useLocale(t, "en_US.UTF-8")
	ui, _ := newTestUI(t, clientCodesDoc(t), false)
	r := visibleRow(t, ui, 0)
	ui.win.Canvas().Focus(r.entry)
	ui.insertSource()
	seg := ui.doc.Segments[0]
	want := "Selon <1>Sergueï Lavrov</1>, la Russie refuse."
	if got := markedEnglish(seg, ui.codesOf(seg)); got != want {
		t.Fatalf("copied French with its codes %q, want %q", got, want)
	}
	if err := ui.insertText(stepInsertMT, "According to Sergei Lavrov, Russia refuses.", true); err != nil {
		t.Fatal(err)
	}
	for _, c := range seg.Codes {
		if c.At < 0 || c.At > len(seg.Target) {
			t.Errorf("marker %+v out of %q", c, seg.Target)
		}
	}
	if err := ui.doc.Validate(); err != nil {
		t.Error(err)
	}
	ui.undoStep()
	if got := markedEnglish(seg, ui.codesOf(seg)); got != want {
		t.Errorf("undoing the machine translation: %q", got)
	}
}

// TestF9LeavesOutTheSpacesSelected: words selected with Ctrl+Shift+Right, which takes the space before
// each word, are wrapped without it, as the French's code wraps its words (walk32: F9 gave "According
// to<1> Elin Jones</1>"); the space after them too; a code the English has only spaces for keeps them.
func TestF9LeavesOutTheSpacesSelected(t *testing.T) {
	en := "The boss says: « We are staying! »"
	ui, r := typeCodedEnglish(t, 2, en)
	selectInEntry(r.entry, len("The"), len(" boss "), false)
	pressF9(r)
	seg := ui.doc.Segments[2]
	if got, want := markedEnglish(seg, ui.codesOf(seg)), "The <1>boss</1> says: « We are staying! »"; got != want {
		t.Errorf("the English with its codes %q, want %q", got, want)
	}
	for _, c := range []struct {
		sel         codeSel
		words, want string
	}{
		{codeSel{3, 9}, "patron", "boss"},
		{codeSel{3, 9}, " patron", " boss"},
		{codeSel{3, 4}, "patron", " "},
		{codeSel{0, 3}, "patron", "The"},
	} {
		if s := wordsOf(en, c.sel, c.words); en[s.a:s.b] != c.want {
			t.Errorf("wordsOf(%q, %q) = %q, want %q", en[c.sel.a:c.sel.b], c.words, en[s.a:s.b], c.want)
		}
	}
}
