// Command glose is Glose's desktop app: translate and annotate French news articles into English.
//
//	glose [FILE]                       open FILE (Glose JSON, text or Markdown), or the sample article
//	glose --screenshot OUT.png [FILE]  write a PNG of the main window and exit
package main

import (
	"flag"
	"fmt"
	"os"

	fyneapp "fyne.io/fyne/v2/app"

	"github.com/glose-app/glose/app"
)

func main() {
	shot := flag.String("screenshot", "", "write a PNG of the main window to this file and exit")
	flag.Parse()
	if err := app.LoadTranslations(); err != nil {
		fmt.Fprintln(os.Stderr, "glose:", err)
	}
	ui := app.New(fyneapp.NewWithID("app.glose.Glose"), app.Options{})
	os.Exit(ui.Run(flag.Args(), *shot))
}
