package app

import (
	"image/color"
	"math"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// luminance is WCAG 2's relative luminance of c drawn over bg.
func luminance(c, bg color.Color) float64 {
	n, b := color.NRGBAModel.Convert(c).(color.NRGBA), color.NRGBAModel.Convert(bg).(color.NRGBA)
	a := float64(n.A) / 255
	ch := func(fg, bg uint8) float64 {
		v := (float64(fg)*a + float64(bg)*(1-a)) / 255
		if v <= 0.03928 {
			return v / 12.92
		}
		return math.Pow((v+0.055)/1.055, 2.4)
	}
	return 0.2126*ch(n.R, b.R) + 0.7152*ch(n.G, b.G) + 0.0722*ch(n.B, b.B)
}

// contrast is WCAG 2's contrast ratio of text in colour fg on bg.
func contrast(fg, bg color.Color) float64 {
	l1, l2 := luminance(fg, bg), luminance(bg, bg)
	if l1 < l2 {
		l1, l2 = l2, l1
	}
	return (l1 + 0.05) / (l2 + 0.05)
}

// texts returns the canvas texts under o.
func texts(o fyne.CanvasObject) []*canvas.Text {
	var out []*canvas.Text
	for _, c := range test.LaidOutObjects(o) {
		if t, ok := c.(*canvas.Text); ok {
			out = append(out, t)
		}
	}
	return out
}

// TestThemeContrast checks, in both variants, that the text Fyne draws in the colours the report
// measured reaches WCAG's 4.5:1: the placeholder on an input, and the menus' shortcut hints, which
// Fyne derives from the foreground (drawn here by Fyne's own menu).
func TestThemeContrast(t *testing.T) {
	for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		a := test.NewTempApp(t)
		th := gloseTheme{Theme: theme.DefaultTheme(), variant: v}
		a.Settings().SetTheme(th)
		if r := contrast(th.Color(theme.ColorNamePlaceHolder, v), th.Color(theme.ColorNameInputBackground, v)); r < 4.5 {
			t.Errorf("variant %d: placeholder contrast %.2f", v, r)
		}
		if r := contrast(th.Color(theme.ColorNameForeground, v), th.Color(theme.ColorNameBackground, v)); r < 4.5 {
			t.Errorf("variant %d: foreground contrast %.2f", v, r)
		}
		// Warning and danger labels: the settings' note on the API key, the alert bar.
		for _, n := range []fyne.ThemeColorName{theme.ColorNameWarning, theme.ColorNameError} {
			for _, bg := range []fyne.ThemeColorName{theme.ColorNameBackground, theme.ColorNameOverlayBackground} {
				if r := contrast(th.Color(n, v), th.Color(bg, v)); r < 4.5 {
					t.Errorf("variant %d: %s text on %s: contrast %.2f", v, n, bg, r)
				}
			}
		}
		item := fyne.NewMenuItem("Redo", nil)
		item.Shortcut = custom(fyne.KeyZ, ctrl|shift)
		menu := widget.NewMenu(fyne.NewMenu("", item))
		w := test.NewWindow(menu)
		w.Resize(fyne.NewSize(300, 100))
		found := false
		for _, txt := range texts(menu) {
			if strings.HasPrefix(txt.Text, "Ctrl") || txt.Text == "Z" {
				found = true
				if r := contrast(txt.Color, th.Color(theme.ColorNameMenuBackground, v)); r < 4.5 {
					t.Errorf("variant %d: menu shortcut %q contrast %.2f", v, txt.Text, r)
				}
			}
		}
		if !found {
			t.Errorf("variant %d: no shortcut text in the menu", v)
		}
		w.Close()
	}
}

// TestHintsAreNotGreyed: the QA tab's hint and the export form's note on a choice greyed by another
// (the text, for XLIFF as plain text) are text the person needs, not disabled controls: they are
// drawn in the placeholder colour, not the disabled one (1.55:1 and 1.47:1 in the dark theme).
func TestHintsAreNotGreyed(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	ui.qa.showDetail(nil)
	if ui.qa.detail.label.Importance == widget.LowImportance || ui.qa.detail.Text == "" {
		t.Errorf("QA hint %q drawn with importance %v", ui.qa.detail.Text, ui.qa.detail.label.Importance)
	}
	f := newExportForm()
	f.format.SetSelected("XLIFF 2.1")
	f.plain.SetChecked(true)
	note := lang.L("Not used in plain text")
	if hint := f.items[sideItem].HintText; hint != note || !f.side.Disabled() {
		t.Fatalf("XLIFF as plain text: the text's note %q, greyed %v; want %q", hint, f.side.Disabled(), note)
	}
	w := test.NewWindow(f.content)
	defer w.Close()
	variant := fyne.CurrentApp().Settings().ThemeVariant()
	txt, _ := findShown(f.content, func(o fyne.CanvasObject) bool { x, ok := o.(*canvas.Text); return ok && x.Text == note }).(*canvas.Text)
	if txt == nil || txt.Color == theme.Current().Color(theme.ColorNameDisabled, variant) {
		t.Errorf("the note %q is not shown, or drawn greyed (%v)", note, txt)
	}
}
