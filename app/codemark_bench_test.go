package app

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate/formats"
)

// BenchmarkScrollClientCodes scrolls a document of 3,000 units from a client's XLIFF file, each with
// inline codes in its French, by a wheel notch at a time, with a frame's MinSize walk after each: the
// rows bound on the way show their code mark, which must cost about nothing.
func BenchmarkScrollClientCodes(b *testing.B) {
	var x strings.Builder
	x.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr" trgLang="en"><file id="f1">`)
	for i := range 3000 {
		fmt.Fprintf(&x, `<unit id="u%d"><segment><source>Selon <pc id="1">Sergueï Lavrov</pc>, la Russie<ph id="2"/> refuse %d.</source></segment></unit>`, i, i)
	}
	x.WriteString("</file></xliff>\n")
	docs, _, err := formats.Read("client.xlf", []byte(x.String()), formats.ReadOptions{})
	if err != nil {
		b.Fatal(err)
	}
	b.Setenv("XDG_CACHE_HOME", b.TempDir())
	keepStateHome(b)
	b.Setenv("XDG_DATA_HOME", b.TempDir())
	ui := New(test.NewTempApp(b), Options{Sync: true})
	b.Cleanup(ui.win.Close)
	ui.win.Resize(fyne.NewSize(1000, 700))
	ui.setDocument(docs[0], "")
	layOut(ui)
	ui.list.ScrollTo(2000)
	ui.list.Refresh()
	if r := ui.rowFor(2000); r == nil || !r.codes.Visible() {
		b.Fatal("no code mark on the row of segment 2001")
	}
	content := ui.win.Content()
	base := ui.list.GetScrollOffset() - 5000
	b.ResetTimer()
	for i := range b.N {
		ui.list.ScrollToOffset(base + float32(i%100)*50)
		frameMinSizes(content)
	}
}
