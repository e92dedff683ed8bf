package app

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/workspace"
)

// tipClock holds the tip's timer back: the test says when the delay has passed.
type tipClock struct {
	due   []func()
	delay time.Duration
}

func holdTips(ui *UI) *tipClock {
	c := &tipClock{}
	ui.tips.after = func(d time.Duration, f func()) { c.delay = d; c.due = append(c.due, f) }
	return c
}

// pass runs the timers started so far, as if the delay had passed.
func (c *tipClock) pass() {
	due := c.due
	c.due = nil
	for _, f := range due {
		f()
	}
}

// centre is the middle of o in the window.
func centre(o fyne.CanvasObject) fyne.Position {
	return fyne.CurrentApp().Driver().AbsolutePositionForObject(o).Add(fyne.NewPos(o.Size().Width/2, o.Size().Height/2))
}

// tabButtons returns Fyne's side tab buttons (its own type).
func tabButtons(t *testing.T, ui *UI) []fyne.CanvasObject {
	t.Helper()
	bar := test.WidgetRenderer(ui.tabs).Objects()[0].(*fyne.Container)
	return bar.Objects[0].(*fyne.Container).Objects
}

// TestHoverTips (tips #1): the controls that show an icon or a colour alone (the Find bar's buttons,
// a row's status mark and note mark, the side tabs once narrow) show a tip, in the interface's
// language, once the pointer has rested on them for the delay; the tip stays inside the window,
// leaves the focus where it was, and hides when the pointer leaves, on a click and on a key.
func TestHoverTips(t *testing.T) {
	for _, c := range []struct {
		locale string
		find   [2]string // the tips of Find's Next and Close
		status string    // of the first row's status mark
		notes  string
	}{
		{"en_US.UTF-8", [2]string{"Next match (Enter)", "Close the Find bar (Esc)"}, "Status: new",
			"This segment has notes: click to read them or add one (Ctrl+Shift+N)"},
		{"fr_FR.UTF-8", [2]string{"Occurrence suivante (Entrée)", "Fermer la barre de recherche (Échap)"}, "Statut\u00a0: nouveau",
			"Ce segment a des notes\u00a0: cliquez pour les lire ou en ajouter une (Ctrl+Maj+N)"},
	} {
		t.Run(c.locale, func(t *testing.T) {
			useLocale(t, c.locale)
			d := testDoc(t)
			d.Segments[0].Notes = []annotate.Note{{Text: "« Sergueï » 👍🏽 🇫🇷 José\u0301"}}
			ui, _ := newTestUI(t, d, false)
			clock := holdTips(ui)
			cv := ui.win.Canvas()
			r := visibleRow(t, ui, 0)
			ui.find.show()
			cv.Content().Refresh()
			focus := cv.Focused()
			hbox := ui.find.nav
			away := fyne.NewPos(1, 1)

			hover := func(what string, at fyne.Position, want string) {
				t.Helper()
				test.MoveMouse(cv, away)
				clock.pass()
				test.MoveMouse(cv, at)
				if got := ui.tips.showing(); got != "" {
					t.Fatalf("%s: tip %q before the delay", what, got)
				}
				if clock.delay != tipDelay || len(clock.due) == 0 {
					t.Fatalf("%s: no tip due (delay %v)", what, clock.delay)
				}
				clock.pass()
				if got := ui.tips.showing(); got != want {
					t.Fatalf("%s: tip %q, want %q", what, got, want)
				}
				p, s, win := ui.tips.bg.Position(), ui.tips.bg.Size(), cv.Size()
				if p.X < 0 || p.Y < 0 || p.X+s.Width > win.Width || p.Y+s.Height > win.Height {
					t.Errorf("%s: tip at %v size %v outside the %v window", what, p, s, win)
				}
				if cv.Focused() != focus {
					t.Errorf("%s: the tip moved the focus to %T", what, cv.Focused())
				}
			}
			hover("Next", centre(hbox.Objects[0]), c.find[0])
			test.MoveMouse(cv, away)
			if got := ui.tips.showing(); got != "" {
				t.Errorf("tip %q left after the pointer left", got)
			}

			hover("Close", centre(hbox.Objects[1]), c.find[1])
			test.Type(ui.find.entry, "«")
			if got := ui.tips.showing(); got != "" {
				t.Errorf("tip %q left after a key in the Find field", got)
			}
			// leaving before the delay: nothing shows
			test.MoveMouse(cv, away)
			test.MoveMouse(cv, centre(hbox.Objects[1]))
			test.MoveMouse(cv, away)
			clock.pass()
			if got := ui.tips.showing(); got != "" {
				t.Errorf("tip %q shown after the pointer left before the delay", got)
			}

			// a click hides it, and the button does its work
			hover("Close", centre(hbox.Objects[1]), c.find[1])
			test.Tap(hbox.Objects[1].(fyne.Tappable))
			if got := ui.tips.showing(); got != "" || ui.find.bar.Visible() {
				t.Errorf("after a click on Close: tip %q, Find bar shown %v", got, ui.find.bar.Visible())
			}

			cv.Focus(r.entry)
			focus = r.entry
			hover("status mark", centre(r.status), c.status)
			// a key typed in the segment hides it
			test.Type(r.entry, "x")
			if got := ui.tips.showing(); got != "" {
				t.Errorf("tip %q left after a key", got)
			}

			hover("note mark", centre(r.notes), c.notes)
			test.Tap(r.notes)
			if got := ui.tips.showing(); got != "" {
				t.Errorf("tip %q left after a click on the note mark", got)
			}
		})
	}
}

// TestTabTips: once the side panel is too narrow for the tabs' titles, each tab that shows its icon
// alone has its title, with its count, as its tip; with the titles shown there is none.
func TestTabTips(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	clock := holdTips(ui)
	cv := ui.win.Canvas()
	ui.setPanelBadge(ui.qa, 3)
	ui.win.Resize(fyne.NewSize(500, 400))
	cv.Content().Refresh()
	if ui.tabMode == tabsFull {
		t.Fatalf("the tabs show their titles in a %v-wide panel", ui.tabs.Size().Width)
	}
	sel := ui.tabs.SelectedIndex()
	for k, b := range tabButtons(t, ui) {
		test.MoveMouse(cv, fyne.NewPos(1, 1))
		test.MoveMouse(cv, centre(b))
		clock.pass()
		want := ui.tabTitle(k)
		if ui.tabMode == tabsSelected && k == sel {
			want = "" // its title shows
		}
		if got := ui.tips.showing(); got != want {
			t.Errorf("tab %d (%q shown): tip %q, want %q", k, ui.tabs.Items[k].Text, got, want)
		}
	}
	// a click goes through to the tab, and hides the tip
	last := len(ui.panels) - 1
	if last == sel {
		last = 0
	}
	b := tabButtons(t, ui)[last]
	test.MoveMouse(cv, centre(b))
	clock.pass()
	if ui.tips.showing() == "" {
		t.Fatal("no tip before the click")
	}
	test.TapCanvas(cv, centre(b))
	if ui.tabs.SelectedIndex() != last || ui.tips.showing() != "" {
		t.Errorf("a click on tab %d: tab %d selected, tip %q", last, ui.tabs.SelectedIndex(), ui.tips.showing())
	}
	test.MoveMouse(cv, fyne.NewPos(1, 1))
	ui.win.Resize(fyne.NewSize(1920, 1000))
	cv.Content().Refresh()
	test.MoveMouse(cv, centre(tabButtons(t, ui)[0]))
	clock.pass()
	if got := ui.tips.showing(); got != "" {
		t.Errorf("with the titles shown, tip %q", got)
	}
}

// BenchmarkHoverTip measures a tip's whole life: the pointer onto a row's status mark, the delay
// passing, the tip drawn, the pointer off.
func BenchmarkHoverTip(b *testing.B) {
	b.Setenv("XDG_CACHE_HOME", b.TempDir())
	keepStateHome(b)
	b.Setenv("XDG_DATA_HOME", b.TempDir()) // not the user's translation memory
	ui := New(test.NewTempApp(b), Options{Sync: true})
	ui.win.Resize(fyne.NewSize(1000, 700))
	d, err := workspace.SampleDocument()
	if err != nil {
		b.Fatal(err)
	}
	ui.setDocument(d, "")
	layOut(ui)
	clock := holdTips(ui)
	cv := ui.win.Canvas()
	r := ui.rowFor(0)
	at, away := centre(r.status), fyne.NewPos(1, 1)
	b.ResetTimer()
	for b.Loop() {
		test.MoveMouse(cv, at)
		clock.pass()
		test.MoveMouse(cv, away)
	}
	if ui.tips.showing() != "" {
		b.Fatal("tip left")
	}
}

// TestLongTipsWrapInsideTheWindow: a tip longer than the window is wide wraps inside it, whatever it
// holds: French with « » and : behind no-break spaces, which stay with their words, and a path with
// no space at all, cut between characters as a reader sees them (é written e + U+0301, 👍🏽), never
// inside one. Shown by the right or bottom edge, it stays inside the window.
func TestLongTipsWrapInsideTheWindow(t *testing.T) {
	useLocale(t, "fr_FR.UTF-8")
	ui, _ := newTestUI(t, testDoc(t), false)
	ui.win.Resize(fyne.NewSize(300, 400))
	ui.win.Content().Refresh()
	win := ui.win.Canvas().Size()
	base := fyne.CurrentApp().Driver().AbsolutePositionForObject(ui.tips.box)
	for _, text := range []string{
		lockTip(annotate.LockMemoQ),
		"Le ministre a dit\u00a0: «\u00a0nous verrons\u00a0» et «\u00a0peut-être\u00a0» ; Sergueï 👍🏽 José\u0301 🇫🇷 à confirmer",
		"/home/élise/Documents/" + strings.Repeat("re\u0301sume\u0301-👍🏽-", 12) + "fin.json",
	} {
		for _, at := range []fyne.Position{{X: 10, Y: 40}, {X: win.Width - 5, Y: 40}, {X: win.Width - 5, Y: win.Height - 10}} {
			ui.tips.hideNow()
			ui.tips.show(text, base.Add(at), fyne.NewSize(10, 10), base.Add(at))
			bg := ui.tips.bg
			p, s := bg.Position(), bg.Size()
			if p.X < 0 || p.Y < 0 || p.X+s.Width > win.Width || p.Y+s.Height > win.Height {
				t.Errorf("%.20q at %v: tip at %v size %v outside the %v window", text, at, p, s, win)
			}
			var lines []string
			for _, l := range ui.tips.lines {
				if !l.Visible() {
					continue
				}
				lines = append(lines, l.Text)
				if w := fyne.MeasureText(l.Text, l.TextSize, l.TextStyle).Width; l.Position().X+w > p.X+s.Width+0.5 {
					t.Errorf("%.20q: line %q ends past its tip", text, l.Text)
				}
				if r, _ := utf8.DecodeRuneInString(l.Text); r == '\u0301' || r == '\U0001F3FD' {
					t.Errorf("%.20q: line %q starts inside a character", text, l.Text)
				}
				if why := badFrenchBreak(l.Text); why != "" {
					t.Errorf("%.20q: line %q %s", text, l.Text, why)
				}
			}
			if len(lines) < 2 {
				t.Errorf("%.20q: %d line in a %v window", text, len(lines), win)
			}
			if got, want := strings.ReplaceAll(strings.Join(lines, ""), " ", ""), strings.ReplaceAll(text, " ", ""); got != want {
				t.Errorf("the tip's lines %q do not say %q", lines, text)
			}
		}
	}
}
