package textview

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// benchText is a typical segment: about 200 characters of French news.
const benchText = "Le président russe a affirmé jeudi, lors d’une conférence de presse à Moscou, que «\u00a0les " +
	"négociations avec Washington\u00a0» avançaient, tout en accusant l’Union européenne de saboter le processus."

func BenchmarkMeasure(b *testing.B) {
	test.NewTempApp(b)
	m := NewMeasurer(0)
	m.Height(benchText, 500) // warm the cache
	b.ReportAllocs()
	for b.Loop() {
		m.Height(benchText, 500)
	}
}

func BenchmarkMeasureCold(b *testing.B) {
	test.NewTempApp(b)
	b.ReportAllocs()
	for b.Loop() {
		Measure(benchText, 500, 0)
	}
}

// BenchmarkLayout recycles a row the way a list does on scroll: new text and
// highlights, then a layout of every canvas object; bracketed, with two
// mentions that are no names.
func BenchmarkLayout(b *testing.B) {
	b.Run("plain", func(b *testing.B) { benchLayout(b, false) })
	b.Run("bracketed", func(b *testing.B) { benchLayout(b, true) })
}

func benchLayout(b *testing.B, bracket bool) {
	test.NewTempApp(b)
	tv := New()
	m := NewMeasurer(0)
	tv.SetMeasurer(m)
	w := test.NewTempWindow(b, tv)
	w.Resize(fyne.NewSize(500, 120))
	hs := []Highlight{
		{Start: 3, End: 19, Color: color.NRGBA{R: 0xff, A: 0xff}, ID: "a"},
		{Start: 90, End: 150, Color: color.NRGBA{B: 0xff, A: 0xff}, ID: "quote"},
		{Start: 100, End: 120, Color: color.NRGBA{G: 0xff, A: 0xff}, Style: Pending, ID: "b", Bracket: bracket},
		{Start: 25, End: 40, Color: color.NRGBA{G: 0xff, A: 0xff}, ID: "c", Bracket: bracket},
	}
	texts := [2]string{benchText, benchText[:120]}
	r := test.WidgetRenderer(tv)
	size := tv.Size()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		tv.Set(texts[i%2], hs)
		r.Layout(size)
		i++
	}
}
