package app

import (
	"os"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
)

// menuShortcutText is how Fyne's own menu writes sc: the texts it draws after the item's label.
func menuShortcutText(t *testing.T, sc fyne.Shortcut) string {
	t.Helper()
	it := fyne.NewMenuItem("x", nil)
	it.Shortcut = sc
	menu := widget.NewMenu(fyne.NewMenu("", it))
	w := test.NewWindow(menu)
	defer w.Close()
	var out string
	for _, txt := range texts(menu) {
		if txt.Text != "x" {
			out += txt.Text
		}
	}
	return out
}

// TestHelpKeysMatchTheMenus: in English and French, the help sheet writes each action's first
// shortcut as the menus show it, so that the two never disagree ("Ctrl+Maj+V" in one,
// "Ctrl+Shift+V" in the other).
func TestHelpKeysMatchTheMenus(t *testing.T) {
	for _, locale := range []string{"en_US.UTF-8", "fr_FR.UTF-8"} {
		t.Run(locale, func(t *testing.T) {
			useLocale(t, locale)
			ui, _ := newTestUI(t, testDoc(t), false)
			n := 0
			for _, a := range ui.acts.all() {
				if len(a.short) == 0 || a.keys == "" {
					continue
				}
				menu := menuShortcutText(t, menuShortcut(a.short[0])) // as the action's menu item shows it
				help := strings.Split(keyNames(a.keys), ", ")[0]
				if menu != help && !strings.HasPrefix(help, menu+" …") { // "Ctrl+1 … Ctrl+5"
					t.Errorf("%q: the menu shows %q, the help sheet %q", a.name, menu, help)
				}
				n++
			}
			if n < 20 {
				t.Errorf("only %d actions with shortcuts compared", n)
			}
			if got := keyNames("Shift+click"); locale == "fr_FR.UTF-8" && got != "Maj+clic" {
				t.Errorf("Shift+click in French: %q", got)
			}
		})
	}
}

// TestHelpSheetShowsEveryKey: the keys' column is as wide as its widest keys and stays inside the
// sheet ("Ctrl+Shift+Z, Ctrl+Y" lost its Y at the right edge), in English and French, in a small
// window too.
func TestHelpSheetShowsEveryKey(t *testing.T) {
	for _, locale := range []string{"en_US.UTF-8", "fr_FR.UTF-8"} {
		t.Run(locale, func(t *testing.T) {
			useLocale(t, locale)
			ui, _ := newTestUI(t, testDoc(t), false) // one window, resized: the sheet is made for the window's size
			for _, size := range []fyne.Size{{Width: 1280, Height: 800}, {Width: 667, Height: 400}} {
				closeAll(ui)
				ui.win.Resize(size)
				ui.showShortcuts()
				list := ui.help
				if list == nil {
					t.Fatal("no help sheet")
				}
				width := list.Size().Width
				if width <= 0 || width > size.Width {
					t.Fatalf("sheet %v wide in a %v window", width, size)
				}
				rows := 0
				for _, o := range list.Objects {
					row, ok := o.(*fyne.Container)
					if !ok {
						continue
					}
					rows++
					keys := row.Objects[1].(*fyne.Container) // the Border's right object
					label := keys.Objects[1].(*widget.Label)
					if end := keys.Position().X + keys.Size().Width; end > row.Size().Width+0.5 || row.Size().Width > width+0.5 {
						t.Errorf("%v: %q ends at %v, past the row's %v (sheet %v)", size, label.Text, end, row.Size().Width, width)
					}
					if label.Size().Width+0.5 < label.MinSize().Width {
						t.Errorf("%v: %q shown %v wide, under its %v", size, label.Text, label.Size().Width, label.MinSize().Width)
					}
				}
				if rows < 30 {
					t.Errorf("%v: %d rows with keys", size, rows)
				}
			}
		})
	}
}

// TestHelpSheetScrollsFromTheKeyboard (QA16 #9): the help sheet scrolled only with the wheel, so a
// keyboard user could not read the shortcuts below the first screen. Down, Page Down, End, Up,
// Page Up and Home now scroll it; Escape still closes it.
func TestHelpSheetScrollsFromTheKeyboard(t *testing.T) {
	useLanguage(t, "fr")
	ui, _ := newTestUI(t, testDoc(t), false)
	ui.win.Canvas().Unfocus()
	pressKey(ui, fyne.KeyF1)
	s, _ := findShown(ui.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) bool {
		_, ok := o.(*container.Scroll)
		return ok
	}).(*container.Scroll)
	if s == nil {
		t.Fatal("F1 shows no scrolling help sheet")
	}
	bottom := s.Content.MinSize().Height - s.Size().Height
	if bottom <= 0 {
		t.Fatalf("the sheet fits (%v in %v): nothing to scroll", s.Content.MinSize(), s.Size())
	}
	var last float32
	for _, step := range []struct {
		key  fyne.KeyName
		want func(y float32) bool
	}{
		{fyne.KeyDown, func(y float32) bool { return y > 0 }},
		{fyne.KeyPageDown, func(y float32) bool { return y > last+s.Size().Height/2 }},
		{fyne.KeyEnd, func(y float32) bool { return y == bottom }},
		{fyne.KeyDown, func(y float32) bool { return y == bottom }},
		{fyne.KeyUp, func(y float32) bool { return y < bottom }},
		{fyne.KeyPageUp, func(y float32) bool { return y < last-s.Size().Height/2 || y == 0 }},
		{fyne.KeyHome, func(y float32) bool { return y == 0 }},
	} {
		pressKey(ui, step.key)
		if !step.want(s.Offset.Y) {
			t.Errorf("%s: offset %v (was %v, bottom %v)", step.key, s.Offset.Y, last, bottom)
		}
		last = s.Offset.Y
	}
	pressKey(ui, fyne.KeyEscape)
	if ui.dialogOpen() {
		t.Error("Escape did not close the help sheet")
	}
}

// TestHelpSheetEntityKeys (QA17 #9): the help sheet left out the Entities tab, keyboard-driven since
// its list became a keyList: its section named the Quotes and QA lists only. The sheet now names the
// Entities list beside them and has a section for the tab's filter, name fields and merge list, in
// English and French; and each row's keys, read from the sheet, do what the row says.
func TestHelpSheetEntityKeys(t *testing.T) {
	for _, c := range []struct{ language, lists, tab string }{
		{"en", "In the Entities, Quotes and QA lists", "In the Entities tab"},
		{"fr", "Dans les listes Entités, Citations et Contrôles", "Dans l’onglet Entités"},
	} {
		t.Run(c.language, func(t *testing.T) {
			useLanguage(t, c.language)
			ui, _ := newTestUI(t, entitiesDoc(t), false)
			ui.focusSegment(0, annotate.Target)
			tabKey(ui, fyne.Key1)
			pressKey(ui, fyne.KeyF1) // in the Entities filter, which kept F1 to itself
			if !ui.dialogOpen() {
				t.Fatal("F1 in the Entities filter shows no help")
			}
			shown := map[string]bool{}
			for _, o := range ui.help.Objects {
				if l, ok := o.(*widget.Label); ok {
					shown[l.Text] = true
				} else if row, ok := o.(*fyne.Container); ok {
					shown[row.Objects[0].(*messageText).Text] = true
				}
			}
			for _, h := range []string{c.lists, c.tab} {
				if !shown[h] {
					t.Errorf("the help sheet has no section %q", h)
				}
			}
			keys := map[string]string{} // by the row's English, in this language's sheet
			for _, r := range helpSection(ui.shortcutRows(), c.lists, c.tab) {
				keys[r[0]] = r[1]
				if !shown[r[0]] {
					t.Errorf("%q is not on the sheet", r[0])
				}
			}
			closeAll(ui)
			if c.language == "en" {
				checkEntityKeys(t, ui, keys)
			}
		})
	}
}

// helpSection returns the rows with keys of the help sheet's sections named.
func helpSection(rows [][2]string, names ...string) [][2]string {
	var out [][2]string
	in := false
	for _, r := range rows {
		if r[1] == "" {
			in = slices.Contains(names, r[0])
		} else if in {
			out = append(out, r)
		}
	}
	return out
}

// checkEntityKeys presses, in the Entities tab, the keys the help sheet gives each of its rows (by
// their English), and checks that they do what the row says.
func checkEntityKeys(t *testing.T, ui *UI, keys map[string]string) {
	t.Helper()
	c := ui.win.Canvas()
	p := ui.panels[0].(*entitiesPanel)
	press := func(row string) []string { // the row's keys, each alone
		ks := strings.FieldsFunc(keys[row], func(r rune) bool { return r == ',' || r == '/' })
		if len(ks) == 0 {
			t.Fatalf("the help sheet has no row %q", row)
		}
		for i := range ks {
			ks[i] = strings.TrimSpace(ks[i])
		}
		return ks
	}
	key := func(k string) {
		t.Helper()
		switch k {
		case "Tab":
			c.FocusNext()
		case "Ctrl+Shift+0":
			tabKey(ui, fyne.Key0)
		default:
			name := map[string]fyne.KeyName{"↓": fyne.KeyDown, "↑": fyne.KeyUp, "Enter": fyne.KeyReturn,
				"Esc": fyne.KeyEscape, "Space": fyne.KeySpace}[k]
			if name == "" {
				t.Fatalf("the test does not know the key %q", k)
			}
			pressKey(ui, name)
		}
	}
	index := func(id string) int {
		return slices.IndexFunc(p.ents, func(e *annotate.Entity) bool { return e.ID == id })
	}

	tabKey(ui, fyne.Key1)
	test.Type(c.Focused(), "a") // « Obama », « Washington », « Donald Trump », « États-Unis »…
	p.reveal("e4")
	for _, k := range press("From the filter to the list, on the selected entity") {
		c.Focus(p.filter)
		key(k)
		if c.Focused() != fyne.Focusable(p.list) || p.list.cursor != index("e4") {
			t.Errorf("%s in the filter: focus on %T, row %d; want the list on Washington (%d)", k, c.Focused(), p.list.cursor, index("e4"))
		}
	}
	row := "Move / go to the item (an entity: show its details)"
	for _, k := range press(row) {
		was, sel := p.list.cursor, p.sel
		key(k)
		switch k {
		case "↓", "↑":
			if want := was + map[string]int{"↓": 1, "↑": -1}[k]; p.list.cursor != want {
				t.Errorf("%s in the list: row %d, want %d", k, p.list.cursor, want)
			}
			key("↓") // away from where the selected entity is, for Enter
		case "Enter":
			if p.sel == sel || p.sel != p.ents[was].ID || !p.detail.Visible() {
				t.Errorf("Enter in the list on row %d: selected %q, want %q with its details", was, p.sel, p.ents[was].ID)
			}
		}
	}
	for _, k := range press("Back to the segment") {
		c.Focus(p.list)
		key(k)
		if focusedSegment(ui) != 0 {
			t.Errorf("%s in the entities list: focus on %T, want segment 1", k, c.Focused())
		}
	}

	p.reveal("e2") // Obama
	c.Focus(p.nameTgt)
	p.nameTgt.SetText("")
	test.Type(c.Focused(), "Barack Obama 👍🏽 Jr.")
	for _, k := range press("Rename: type the name in its field (French or English), then") {
		key(k)
	}
	if got := ui.doc.Entity("e2").Names["en"]; got != "Barack Obama 👍🏽 Jr." {
		t.Errorf("Enter in the English name: %q", got)
	}

	open := func() {
		t.Helper()
		c.Focus(p.merge.button)
		for _, k := range press("Merge into another entity: on the Merge into… button") {
			key(k)
		}
		if !p.merge.isOpen() || c.Focused() != fyne.Focusable(p.merge.query) {
			t.Fatalf("the merge list is not open with its search field focused (focus on %T)", c.Focused())
		}
	}
	open()
	for _, k := range press("Close the merge list without merging") {
		key(k)
		if p.merge.isOpen() || ui.doc.Entity("e2") == nil {
			t.Errorf("%s in the merge list: still open, or merged", k)
		}
	}
	open()
	test.Type(c.Focused(), "obama") // the other Obama, e7, alone
	for _, k := range press("Find the entity to merge into: type part of its name, then") {
		if k == "↓" || k == "↑" {
			key(k)
			if p.merge.cursor != 0 { // one entity found: the cursor stays on it
				t.Errorf("%s in the merge list: row %d of %d", k, p.merge.cursor, len(p.merge.shown))
			}
			continue
		}
		key(k)
	}
	if ui.doc.Entity("e2") != nil || ui.doc.Entity("e7") == nil || p.merge.isOpen() {
		t.Errorf("Enter in the merge list did not merge Obama (e2) into Obama (e7)")
	}
}

// TestHelpSheetKeepsFrenchPunctuation (QA17 #10): Fyne's word wrapping breaks lines at the no-break
// space French puts before « : », so that the help sheet's descriptions (« Renommer : taper le nom… »)
// could start a line with « : ». They now break at ordinary spaces only, for the width they are
// laid out in: in windows of every width, no line starts with « : », and every description is as
// tall as its lines and no wider than its column.
func TestHelpSheetKeepsFrenchPunctuation(t *testing.T) {
	useLanguage(t, "fr")
	ui, _ := newTestUI(t, testDoc(t), false)
	for w := float32(1280); w >= 420; w -= 20 {
		ui.win.Resize(fyne.NewSize(w, 720))
		ui.showShortcuts()
		for _, txt := range texts(ui.win.Canvas().Overlays().Top()) {
			if s := strings.TrimLeft(txt.Text, " \u00a0"); s != "" && strings.ContainsRune(":;!?»", []rune(s)[0]) {
				t.Errorf("%v wide window: a line starts with %q", w, txt.Text)
			}
		}
		for _, o := range ui.help.Objects {
			row, ok := o.(*fyne.Container)
			if !ok {
				continue
			}
			m, ok := row.Objects[0].(*messageText)
			if !ok {
				continue
			}
			if m.Size().Height+0.5 < m.MinSize().Height || m.label.MinSize().Width > m.Size().Width+0.5 {
				t.Errorf("%v wide window: %q (%d lines) is %v, its lines take %v", w, m.Text, strings.Count(m.label.Text, "\n")+1,
					m.Size(), fyne.NewSize(m.label.MinSize().Width, m.MinSize().Height))
				break
			}
		}
		closeAll(ui)
	}
}

// BenchmarkShowShortcuts opens the help sheet in French over the sample article and draws the
// window: its descriptions are broken into lines by messageText, which measures each word, where a
// word-wrapped Label let Fyne do it.
func BenchmarkShowShortcuts(b *testing.B) {
	b.Setenv("LANGUAGE", "fr")
	must2(b, LoadTranslations())
	b.Cleanup(func() { os.Setenv("LANGUAGE", "en"); _ = LoadTranslations() })
	b.Setenv("XDG_CACHE_HOME", b.TempDir())
	keepStateHome(b)
	b.Setenv("XDG_DATA_HOME", b.TempDir())
	ui := New(test.NewTempApp(b), Options{Sync: true})
	ui.win.Resize(fyne.NewSize(1280, 720))
	ui.setDocument(sampleTimes(b, ui, 1), "") // the sample article behind the sheet
	layOut(ui)
	b.Cleanup(ui.win.Close)
	c := ui.win.Canvas()
	for b.Loop() {
		ui.showShortcuts()
		c.Capture()
		closeAll(ui)
	}
}

// must2 is must for a benchmark.
func must2(b *testing.B, err error) {
	if err != nil {
		b.Fatal(err)
	}
}
