package app

import (
	"net/url"
	"runtime/debug"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// guideURL is the README's section on the desktop app, the user guide. The README is not in the
// binary: the Help menu opens it in the browser, and the About box shows the address for when no
// browser can reach it.
const guideURL = "https://github.com/glose-app/glose#the-desktop-app"

// version is Glose's version, as cmd/glose/FyneApp.toml gives it to packages (TestVersionIsFyneApps):
// a plain go build carries no metadata.
const version = "0.1.0"

// appVersion is the version, with the commit it was built from when Go recorded it.
func appVersion(a fyne.App) string {
	v := version
	if m := a.Metadata(); m.ID != "" && m.Version != "" && m.Version != "0.0.1" { // 0.0.1: Fyne's default
		v = m.Version
	}
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 7 {
				v += " (" + s.Value[:7] + ")"
			}
		}
	}
	return v
}

// aboutText is the About box's text: what Glose is, its version, licence and the data it ships.
func aboutText(a fyne.App) string {
	return lang.L("Glose {{.Version}}", map[string]any{"Version": appVersion(a)}) + "\n\n" +
		lang.L("Translate and annotate French news articles into English.") + "\n\n" +
		lang.L("Licence: BSD 3-Clause. © 2026 The Glose authors.") + "\n\n" +
		lang.L("Data: the entity model is trained on WiNER-fr (French Wikinews, CC BY 2.5; annotations CC BY 4.0); country and language names come from the Unicode CLDR (Unicode License v3); the spelling check's word lists are SCOWL's American and British English (© Kevin Atkinson and others, permissive licence); the French–English dictionary, FreeDict (GPL), is read from the system, never shipped. The NOTICE file lists them all.")
}

// showAbout shows the About box.
func (ui *UI) showAbout() {
	width := min(560, ui.win.Canvas().Size().Width-warningsMarginX)
	text := newMessageText(aboutText(ui.app), false).fitDialog(width) // wrapped at ordinary spaces only: « ; » stays on its line
	u, _ := url.Parse(guideURL)
	link := widget.NewHyperlink(lang.L("User guide: {{.URL}}", map[string]any{"URL": guideURL}), u)
	link.Wrapping = fyne.TextWrapBreak
	box := container.NewVBox(text, link)
	d := ui.newCloseDialog(lang.L("About Glose"), lang.L("Close"), box)
	d.Resize(fyne.NewSize(width, 0))
	ui.present(d, d.Hide, d.Hide)
}

// openGuide opens the user guide in the browser, and shows its address if it cannot.
func (ui *UI) openGuide() {
	u, _ := url.Parse(guideURL)
	open := ui.app.OpenURL
	if ui.opts.openURL != nil {
		open = ui.opts.openURL
	}
	if err := open(u); err != nil {
		ui.showGuideAddress()
	}
}

// showGuideAddress shows the user guide's address in full, to select and copy, with a button that
// copies it: the status line cut it off behind the span buttons, and could not be copied (QA16 #8).
func (ui *UI) showGuideAddress() {
	// wrapped at ordinary spaces only: Fyne's wrapping put the French « : » alone on a line (QA17 #10)
	width := min(560, ui.win.Canvas().Size().Width-warningsMarginX)
	msg := newMessageText(lang.L("Could not open the browser. The user guide is at this address:"), false).fitDialog(width)
	addr := widget.NewLabel(guideURL)
	addr.Selectable = true
	addr.Wrapping = fyne.TextWrapBreak
	addr.TextStyle.Monospace = true
	copyURL := ui.newDialogButton(lang.L("Copy the address"), theme.ContentCopyIcon(), func() {
		ui.app.Clipboard().SetContent(guideURL)
		ui.setStatus(lang.L("The user guide's address is copied: paste it into a browser"))
	})
	d := ui.newCloseDialog(lang.L("User guide"), lang.L("Close"), container.NewVBox(msg, addr, container.NewHBox(copyURL)))
	d.Resize(fyne.NewSize(width, 0))
	ui.present(d, d.Hide, d.Hide) // nothing focused: Enter and Escape close it, Tab reaches Copy
}
