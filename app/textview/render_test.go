package textview

import (
	"bytes"
	"flag"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

var (
	update = flag.Bool("update", false, "rewrite the golden files in testdata/")
	shots  = flag.String("shots", "", "directory to write enlarged PNG renders into, to look at")
)

const sceneText = "Le ministre a déclaré : «\u00a0Nous ne céderons pas\u00a0», a rapporté Sergueï Lavrov " +
	"à la Maison-Blanche, le 10\u202f000e jour 😀 de l’année, e\u0301te\u0301 compris."

// scene shows sceneText with nested, pending and underlined highlights, a
// selection and focus, in theme th at the given canvas scale.
func scene(t *testing.T, th fyne.Theme, scale float32) fyne.Window {
	t.Helper()
	test.NewTempApp(t)
	test.ApplyTheme(t, th)
	tv := New()
	span := func(sub string, c color.Color, st Style, id string) Highlight {
		s, e := rangeOf(t, sceneText, sub)
		return Highlight{Start: s, End: e, Color: c, Style: st, ID: id}
	}
	tv.Set(sceneText, []Highlight{
		span("«\u00a0Nous ne céderons pas\u00a0»", color.NRGBA{0x29, 0x79, 0xff, 0xff}, Solid, "quote"),
		span("Nous", color.NRGBA{0xf4, 0x43, 0x36, 0xff}, Solid, "per-nested"),
		span("a déclaré", color.NRGBA{0x9c, 0x27, 0xb0, 0xff}, Underline, "cue"),
		span("Sergueï Lavrov", color.NRGBA{0xff, 0x98, 0x00, 0xff}, Solid, "per"),
		span("Maison-Blanche", color.NRGBA{0x4c, 0xaf, 0x50, 0xff}, Pending, "loc"),
		span("😀 de l’année", color.NRGBA{0x00, 0x96, 0x88, 0xff}, Solid, "misc"),
		span("e\u0301te\u0301", color.NRGBA{0xf4, 0x43, 0x36, 0xff}, Pending, "combining"),
	})
	w := test.NewTempWindow(t, tv)
	w.SetPadded(false)
	w.Canvas().(test.WindowlessCanvas).SetScale(scale)
	w.Resize(fyne.NewSize(420, tv.HeightFor(420)))
	w.Canvas().Focus(tv)
	s, e := rangeOf(t, sceneText, "rapporté")
	tv.SetSelection(s, e)
	return w
}

func TestRender(t *testing.T) {
	for _, tt := range []struct {
		name string
		th   fyne.Theme
	}{{"light", variantTheme{theme.VariantLight}}, {"dark", variantTheme{theme.VariantDark}}} {
		t.Run(tt.name, func(t *testing.T) {
			w := scene(t, tt.th, 1)
			golden(t, "textview_"+tt.name+".xml", []byte(test.RenderToMarkup(w.Canvas())), bytes.Equal)
			var buf bytes.Buffer
			if err := png.Encode(&buf, w.Canvas().Capture()); err != nil {
				t.Fatal(err)
			}
			golden(t, "textview_"+tt.name+".png", buf.Bytes(), samePixels)
			if *shots != "" {
				big := scene(t, tt.th, 2)
				writeShot(t, filepath.Join(*shots, "textview_"+tt.name+"@2x.png"), big.Canvas().Capture())
			}
		})
	}
}

// variantTheme is the default theme in one variant, whatever the settings say.
type variantTheme struct{ v fyne.ThemeVariant }

func (vt variantTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return theme.DefaultTheme().Color(n, vt.v)
}
func (vt variantTheme) Font(s fyne.TextStyle) fyne.Resource     { return theme.DefaultTheme().Font(s) }
func (vt variantTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }
func (vt variantTheme) Size(n fyne.ThemeSizeName) float32       { return theme.DefaultTheme().Size(n) }

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte, equal func(a, b []byte) bool) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatalf("writing %s: %v", path, err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reading golden file (run with -update to create it): %v", err)
	}
	if !equal(got, want) {
		failed := filepath.Join(t.TempDir(), name)
		_ = os.WriteFile(failed, got, 0o644)
		t.Errorf("render differs from %s; got written to %s (rerun with -update if intended)", path, failed)
	}
}

// samePixels compares two PNG files by their decoded pixels.
func samePixels(a, b []byte) bool {
	ia, err1 := png.Decode(bytes.NewReader(a))
	ib, err2 := png.Decode(bytes.NewReader(b))
	if err1 != nil || err2 != nil || ia.Bounds() != ib.Bounds() {
		return false
	}
	na, nb := imageNRGBA(ia), imageNRGBA(ib)
	return bytes.Equal(na.Pix, nb.Pix)
}

func imageNRGBA(img image.Image) *image.NRGBA {
	out := image.NewNRGBA(img.Bounds())
	draw.Draw(out, out.Bounds(), img, img.Bounds().Min, draw.Src)
	return out
}

func writeShot(t *testing.T, path string, img image.Image) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatalf("creating %s: %v", path, err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatalf("writing %s: %v", path, err)
	}
}

func TestRenderReusesObjects(t *testing.T) {
	w := scene(t, variantTheme{theme.VariantLight}, 1)
	tv := w.Content().(*TextView)
	r := test.WidgetRenderer(tv).(*renderer)
	texts, rects := len(r.texts), len(r.rects)
	hs := tv.Highlights()
	for i := 0; i < 20; i++ {
		tv.Set(strings.Repeat("mot ", i%5+1), nil)
		tv.Set(sceneText, hs)
	}
	if len(r.texts) != texts || len(r.rects) != rects {
		t.Errorf("pools grew from %d texts, %d rects to %d, %d", texts, rects, len(r.texts), len(r.rects))
	}
	if n := len(r.Objects()); n == 0 || n > len(r.texts)+len(r.rects)+len(r.dashes)+2 {
		t.Errorf("%d objects for %d pooled", n, len(r.texts)+len(r.rects)+len(r.dashes))
	}
}
