// Command glose is Glose's desktop app: translate and annotate French news articles into English.
//
//	glose [FILE]                        open FILE (any format Glose imports), or the sample article
//	glose --screenshot FILE.png [FILE]  write a PNG of the main window and exit
//	glose --size WxH [FILE]             open the window (or take the screenshot) at this size
//	glose --tab N [FILE]                show this side tab first (its number or title)
package main

import (
	"flag"
	"fmt"
	"log"
	"os"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"github.com/glose-app/glose/app"
	"github.com/glose-app/glose/assets"
	_ "github.com/glose-app/glose/cmd/glose/internal/localeenv" // before Fyne reads the locale: English for LANG=C.UTF-8
)

func main() {
	shot := flag.String("screenshot", "", "write a PNG of the main window, once drawn, to `FILE` and exit")
	size := flag.String("size", "", "open the window at `WxH` pixels (at scale 1), as 1008x700; a screenshot's default is 1280x800")
	tab := flag.String("tab", "", "show side tab `N` first: 1 Entities, 2 Quotes, 3 QA, 4 Proposals (or its title, in English or French)")
	flag.Usage = usage
	flag.Parse()
	win := app.Window{Screenshot: *shot}
	if *size != "" {
		s, err := app.ParseWindowSize(*size)
		if err != nil {
			fmt.Fprintln(os.Stderr, "glose:", err)
			os.Exit(2) // as for a flag the flag package refuses
		}
		win.Size = s
	}
	log.SetOutput(newFyneLogFilter(os.Stderr)) // Fyne's settings reread as it writes them: see fynelog.go
	if err := app.LoadTranslations(); err != nil {
		fmt.Fprintln(os.Stderr, "glose:", err)
	}
	settings := guardSettings() // before Fyne reads them
	a := fyneapp.NewWithID(appID)
	keeper := keepSettings(a.Preferences(), settings, keepSettingsDelay)
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon()))
	ui := app.New(a, app.Options{ScreenArea: screenArea})
	if *tab != "" && !ui.ShowPanel(*tab) {
		fmt.Fprintf(os.Stderr, "glose: no side tab %q: give 1 to 4, or a tab's title (Entities, Quotes, QA, Proposals, or in French)\n", *tab)
	}
	status := ui.Run(flag.Args(), win) // closing the window ends it too
	keptSettings(keeper)
	os.Exit(status)
}

// usage prints the command line, with FILE, and the options as glose-cli writes them.
func usage() {
	w := flag.CommandLine.Output()
	fmt.Fprint(w, "usage: glose [--tab N] [--screenshot FILE] [--size WxH] [FILE]\n\n"+
		"Opens FILE (Glose JSON, text, Markdown, HTML, Word .docx, OpenDocument .odt, subtitles .srt and\n"+
		".vtt, doccano, Label Studio, spaCy, brat, XLIFF or TMX), or the built-in sample article, to translate and annotate.\n\noptions:\n")
	flag.VisitAll(func(f *flag.Flag) {
		placeholder, text := flag.UnquoteUsage(f)
		fmt.Fprintf(w, "  --%s %s\n      %s\n", f.Name, placeholder, text)
	})
}
