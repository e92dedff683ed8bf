package app

import (
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
)

// hoverTag moves the pointer onto the tag of code n (its closing one when close) of row r, after
// moving it away, lets the tip's delay pass and returns the tip shown.
func hoverTag(t *testing.T, ui *UI, clock *tipClock, r *row, n int, close bool) string {
	t.Helper()
	cv := ui.win.Canvas()
	test.MoveMouse(cv, fyne.NewPos(1, 1))
	clock.pass()
	r.box.Layout.Layout(r.box.Objects, r.box.Size())
	objs := test.WidgetRenderer(r.tags).Objects()
	for k, m := range r.tags.marks {
		if m.n == n && m.close == close && tagParts*k+5 < len(objs) {
			test.MoveMouse(cv, centre(objs[tagParts*k+5]))
			clock.pass()
			return ui.tips.showing()
		}
	}
	t.Fatalf("no tag of code %d (close %v) drawn among %+v", n, close, r.tags.marks)
	return ""
}

// TestCodeTagTip: hovering over a tag in the English field says, in the interface's language, the
// code as the status line writes it, the English it wraps (« » with no-break spaces, an emoji and
// e + U+0301 kept whole) or that its other end is not placed yet, and the client's tag; a code at
// one place says its tag alone. A press in the English hides the tip.
func TestCodeTagTip(t *testing.T) {
	const words = "«\u00a0Sergei 😀 Lavro\u0301v\u00a0»"
	for _, c := range []struct{ locale, wraps, half, one string }{
		{"en_US.UTF-8", `<1> … </1>: ` + words + ` (tag of the file: <pc id="1">)`,
			`<1> … </1>: </1> not placed yet (tag of the file: <pc id="1">)`,
			`<2/> (tag of the file: <ph id="2"/>)`},
		{"fr_FR.UTF-8", "<1> … </1>\u00a0: " + words + " (balise du fichier\u00a0: <pc id=\"1\">)",
			"<1> … </1>\u00a0: </1> pas encore placé (balise du fichier\u00a0: <pc id=\"1\">)",
			"<2/> (balise du fichier\u00a0: <ph id=\"2\"/>)"},
	} {
		t.Run(c.locale, func(t *testing.T) {
			useLocale(t, c.locale)
			ui, _ := newTestUI(t, clientCodesDoc(t), false)
			clock := holdTips(ui)
			en := "According to " + words + ", Russia refuses."
			r := visibleRow(t, ui, 0)
			ui.win.Canvas().Focus(r.entry)
			test.Type(r.entry, en)
			a := utf8.RuneCountInString(en[:strings.Index(en, "«")])
			selectInEntry(r.entry, a, utf8.RuneCountInString(words), false)
			pressF9(r)
			for _, close := range []bool{false, true} {
				if got := hoverTag(t, ui, clock, r, 1, close); got != c.wraps {
					t.Errorf("tag of code 1 (close %v): tip %q, want %q", close, got, c.wraps)
				}
			}
			// the tag's zone lets a press through to the English, which hides the tip
			r.entry.MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(5, 5)}, Button: desktop.MouseButtonPrimary})
			if got := ui.tips.showing(); got != "" {
				t.Errorf("after a press in the English, the tip %q still shows", got)
			}

			r = visibleRow(t, ui, 2)
			ui.win.Canvas().Focus(r.entry)
			test.Type(r.entry, "The boss says: we stay!")
			r.entry.setCaret(4)
			pressF9(r) // <1> alone, at the cursor
			if got := hoverTag(t, ui, clock, r, 1, false); got != c.half {
				t.Errorf("opening alone: tip %q, want %q", got, c.half)
			}
			r.entry.setCaret(8)
			pressF9(r) // </1>
			r.entry.setCaret(14)
			pressF9(r) // <2/>
			if got := hoverTag(t, ui, clock, r, 2, false); got != c.one {
				t.Errorf("code at one place: tip %q, want %q", got, c.one)
			}
		})
	}
}

// TestTipZoneHoldsTheBadge: a tag's tip zone covers its whole badge, a closing's too, whose badge
// rises above the row: the upper half of it found no tip.
func TestTipZoneHoldsTheBadge(t *testing.T) {
	p := tagPlace{x: 40, y: 20, h: 18}
	ns := fyne.NewSize(6, 10)
	for _, m := range []codeTag{{n: 1}, {n: 1, close: true}} {
		b := badgeAt(m, p, ns, 0)
		pos, size := tipZone(p, b)
		if b.pos.X < pos.X || b.pos.Y < pos.Y || b.pos.X+b.size.Width > pos.X+size.Width || b.pos.Y+b.size.Height > pos.Y+size.Height {
			t.Errorf("close %v: badge at %v size %v is not inside the tip zone at %v size %v", m.close, b.pos, b.size, pos, size)
		}
	}
}

// TestOverlappingTagTips: tags a character apart have tip zones that overlap (a bar's reach and the
// badge beside it), and Fyne gives the pointer to the zone on top; the pointer on a tag's bar or
// badge shows that tag's tip whichever of the zones holding it takes the pointer.
func TestOverlappingTagTips(t *testing.T) {
	useLocale(t, "en_US.UTF-8")
	ui, _ := newTestUI(t, clientCodesDoc(t), false)
	r := visibleRow(t, ui, 2)
	ui.win.Canvas().Focus(r.entry)
	test.Type(r.entry, "The b\u00f4ss says: we stay!")
	for _, at := range []int{4, 5, 6} { // <1>, </1> around "b", <2/> after "ô"
		r.entry.setCaret(at)
		pressF9(r)
	}
	r.box.Layout.Layout(r.box.Objects, r.box.Size())
	objs := test.WidgetRenderer(r.tags).Objects()
	if len(r.tags.marks) != 3 || len(r.tags.drawn) != 3 || len(objs) < 3*tagParts {
		t.Fatalf("tags %+v, %d drawn; want 3", r.tags.marks, len(r.tags.drawn))
	}
	overlaps := 0
	for j, d := range r.tags.drawn {
		want := "<1> … </1>: “b”"
		if r.tags.marks[j].n == 2 {
			want = "<2/>"
		}
		b := d.badge
		for part, pt := range map[string]fyne.Position{"bar": fyne.NewPos(d.place.x, d.place.y+d.place.h/2), "badge": b.pos.Add(fyne.NewPos(b.size.Width/2, b.size.Height/2))} {
			for k := range r.tags.drawn {
				zone := objs[tagParts*k+5]
				if !inBox(pt, zone.Position(), zone.Size()) {
					continue
				}
				if k != j {
					overlaps++
				}
				if got := zone.(*tipArea).text(pt.Subtract(zone.Position())); !strings.HasPrefix(got, want) {
					t.Errorf("the %s of tag %+v, in the zone of tag %+v: tip %q, want %q…", part, r.tags.marks[j], r.tags.marks[k], got, want)
				}
			}
		}
	}
	if overlaps == 0 {
		t.Error("no tag's bar or badge is in another tag's zone: the case is not tested")
	}
}

// TestTagNearest: a point in overlapping tip zones belongs to the tag whose badge holds it, else to
// the one whose bar is nearest; a point in no zone to none.
func TestTagNearest(t *testing.T) {
	ns := fyne.NewSize(6, 10)
	marks := []codeTag{{at: 4, n: 1, wraps: true}, {at: 5, n: 1, wraps: true, close: true}, {at: 6, n: 2}}
	places := []tagPlace{{x: 40, y: 20, h: 18}, {x: 47, y: 20, h: 18}, {x: 55, y: 20, h: 18}}
	badges := make([]tagBadge, len(marks))
	for k, m := range marks {
		badges[k] = badgeAt(m, places[k], ns, badgeSlot(marks, k))
	}
	spreadBadges(marks, badges)
	drawn := make([]tagDrawn, len(marks))
	for k := range marks {
		drawn[k] = tagDrawn{places[k], badges[k]}
	}
	in := func(b tagBadge) fyne.Position { return b.pos.Add(fyne.NewPos(b.size.Width/2, b.size.Height/2)) }
	for _, c := range []struct {
		name string
		pt   fyne.Position
		want int
	}{
		{"on the opening's bar", fyne.NewPos(40, 29), 0},
		{"on the closing's bar", fyne.NewPos(47, 29), 1},
		{"on the one-place code's bar", fyne.NewPos(55, 29), 2},
		{"nearer the closing's bar", fyne.NewPos(49, 25), 1},
		{"in the opening's badge", in(badges[0]), 0},
		{"in the closing's badge", in(badges[1]), 1},
		{"in the one-place code's badge", in(badges[2]), 2},
		{"far from every tag", fyne.NewPos(100, 29), -1},
	} {
		if got := tagNearest(drawn, c.pt); got != c.want {
			t.Errorf("%s (%v): tag %d, want %d", c.name, c.pt, got, c.want)
		}
	}
}
