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

// variantTheme is Fyne's default theme forced to one variant (light or dark) whatever the system says.
type variantTheme struct {
	fyne.Theme
	variant fyne.ThemeVariant
}

// Color is part of fyne.Theme.
func (t variantTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, t.variant)
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
		ui.app.Settings().SetTheme(variantTheme{theme.DefaultTheme(), theme.VariantLight})
	case themeDark:
		ui.app.Settings().SetTheme(variantTheme{theme.DefaultTheme(), theme.VariantDark})
	default:
		ui.app.Settings().SetTheme(theme.DefaultTheme())
	}
	ui.measurer.Reset()
}
