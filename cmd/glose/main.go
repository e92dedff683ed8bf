// Command glose is Glose's desktop app: translate and annotate French news articles into English.
//
//	glose [FILE]                       open FILE (Glose JSON, text or Markdown), or the sample article
//	glose --screenshot OUT.png [FILE]  write a PNG of the main window and exit
//	glose --tab QA [FILE]              show this side tab first (its title or number)
package main

import (
	"flag"
	"fmt"
	"os"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"github.com/glose-app/glose/app"
	"github.com/glose-app/glose/assets"
)

func main() {
	shot := flag.String("screenshot", "", "write a PNG of the main window to this file and exit")
	tab := flag.String("tab", "", "the side tab to show first, by title or number")
	flag.Parse()
	if err := app.LoadTranslations(); err != nil {
		fmt.Fprintln(os.Stderr, "glose:", err)
	}
	a := fyneapp.NewWithID("app.glose.Glose")
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon()))
	ui := app.New(a, app.Options{})
	if *tab != "" && !ui.ShowPanel(*tab) {
		fmt.Fprintf(os.Stderr, "glose: no side tab %q\n", *tab)
	}
	os.Exit(ui.Run(flag.Args(), *shot))
}
