package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Theme choices, stored in the preferences under prefTheme.
const (
	themeSystem = "system"
	themeLight  = "light"
	themeDark   = "dark"
	prefTheme   = "theme"
)

// gloseTheme is Fyne's default theme, forced to one variant (light or dark) or following the system
// (follow), with the colours whose text fell short of WCAG's 4.5:1 contrast raised.
type gloseTheme struct {
	fyne.Theme
	variant fyne.ThemeVariant
	follow  bool // use the variant Fyne asks for, the system's
}

// lightPlaceholder replaces Fyne's #888888 placeholder of the light theme, 3.2:1 on the light input
// background #f3f3f3; this grey gives 4.9:1.
var lightPlaceholder = color.NRGBA{R: 0x6b, G: 0x6b, B: 0x6b, A: 0xff}

// lightWarning and lightError replace Fyne's #ff9800 and #f44336 in the light theme, where they
// colour text (the settings' note on the API key, a suggestion's note, the alert bar, a service's
// error) at 2.2:1 and 3.7:1 on white; these give 5.0:1 and 5.6:1. The dark theme's are legible.
var (
	lightWarning = color.NRGBA{R: 0xb4, G: 0x53, B: 0x09, A: 0xff}
	lightError   = color.NRGBA{R: 0xc6, G: 0x28, B: 0x28, A: 0xff}
)

// Color is part of fyne.Theme.
func (t gloseTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if !t.follow {
		v = t.variant
	}
	c := t.Theme.Color(n, v)
	switch n {
	case theme.ColorNamePlaceHolder:
		if v == theme.VariantLight {
			return lightPlaceholder
		}
	case theme.ColorNameWarning:
		if v == theme.VariantLight {
			return lightWarning
		}
	case theme.ColorNameError:
		if v == theme.VariantLight {
			return lightError
		}
	case theme.ColorNameForeground:
		return menuSafe(c)
	}
	return c
}

// menuSafe returns c in a form that Fyne's menus can fade without losing it. Fyne 2.7.1 draws the
// menus' shortcut hints in the foreground colour at 95% alpha, but truncates the 16-bit alpha to its
// low byte (widget/menu_item.go shortcutColor: uint8(a)): 0xffff × 0.95 = 0xf332 becomes 0x32, 20%
// alpha, which measured 1.35:1 in the light theme and 1.80:1 in the dark one. Given as premultiplied
// 16-bit values with an alpha of 0xffca, 99.9% opaque, the colour draws the same everywhere else,
// while 0xffca × 0.95 = 0xf2ff keeps the menus' alpha at 0xff, and the low byte of each component
// is the 8-bit value the menus then take. Should Fyne take the high bytes instead, it gets the same
// colour at 95%.
func menuSafe(c color.Color) color.Color {
	const alpha = 0xffca
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	if n.A != 0xff {
		return c
	}
	ch := func(v uint8) uint16 {
		x := uint16(v)<<8 | uint16(v)
		if x > alpha { // 0xff: its high byte one lower
			x = 0xfe00 | uint16(v)
		}
		return x
	}
	return color.RGBA64{R: ch(n.R), G: ch(n.G), B: ch(n.B), A: alpha}
}

// setTheme applies and remembers a theme choice.
func (ui *UI) setTheme(choice string) {
	ui.app.Preferences().SetString(prefTheme, choice)
	ui.applyTheme()
	ui.markTheme()
}

// applyTheme applies the theme stored in the preferences (following the system by default).
func (ui *UI) applyTheme() {
	switch ui.app.Preferences().StringWithFallback(prefTheme, themeSystem) {
	case themeLight:
		ui.app.Settings().SetTheme(gloseTheme{Theme: theme.DefaultTheme(), variant: theme.VariantLight})
	case themeDark:
		ui.app.Settings().SetTheme(gloseTheme{Theme: theme.DefaultTheme(), variant: theme.VariantDark})
	default:
		ui.app.Settings().SetTheme(gloseTheme{Theme: theme.DefaultTheme(), follow: true})
	}
	ui.measurer.Reset()
}
