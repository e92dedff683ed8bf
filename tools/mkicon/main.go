// Command mkicon draws Glose's application icon, assets/icon.png: a white « G » on a blue rounded
// square, underlined by an orange band like a highlighted span. It is our own drawing, made of
// circles, arcs and rectangles, antialiased by supersampling.
//
//	go run ./tools/mkicon -o assets/icon.png
package main

import (
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
)

const size = 512

// shape is a region of the icon, in coordinates from 0 to 1.
type shape func(x, y float64) bool

func main() {
	out := flag.String("o", "assets/icon.png", "output PNG")
	flag.Parse()
	if err := write(*out, draw()); err != nil {
		fmt.Fprintln(os.Stderr, "mkicon:", err)
		os.Exit(1)
	}
}

func draw() *image.NRGBA {
	layers := []struct {
		in shape
		c  color.NRGBA
	}{
		{roundedSquare(0.06, 0.2), color.NRGBA{0x2f, 0x5d, 0x8c, 0xff}},
		{band, color.NRGBA{0xf2, 0x8e, 0x2b, 0xff}},
		{letterG, color.NRGBA{0xff, 0xff, 0xff, 0xff}},
		{guillemet(0.11, 0.47), color.NRGBA{0xf2, 0x8e, 0x2b, 0xff}},
		{guillemet(0.19, 0.47), color.NRGBA{0xf2, 0x8e, 0x2b, 0xff}},
	}
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	const ss = 4 // samples per axis
	for py := range size {
		for px := range size {
			var r, g, b, a float64
			for sy := range ss {
				for sx := range ss {
					x := (float64(px) + (float64(sx)+0.5)/ss) / size
					y := (float64(py) + (float64(sy)+0.5)/ss) / size
					var c color.NRGBA
					for _, l := range layers {
						if l.in(x, y) {
							c = over(c, l.c)
						}
					}
					fa := float64(c.A) / 255
					r, g, b, a = r+float64(c.R)*fa, g+float64(c.G)*fa, b+float64(c.B)*fa, a+fa
				}
			}
			if a > 0 {
				img.SetNRGBA(px, py, color.NRGBA{uint8(r / a), uint8(g / a), uint8(b / a), uint8(a / ss / ss * 255)})
			}
		}
	}
	return img
}

// over composites c on top of base.
func over(base, c color.NRGBA) color.NRGBA {
	fa, ba := float64(c.A)/255, float64(base.A)/255
	oa := fa + ba*(1-fa)
	if oa == 0 {
		return color.NRGBA{}
	}
	mix := func(f, b uint8) uint8 { return uint8((float64(f)*fa + float64(b)*ba*(1-fa)) / oa) }
	return color.NRGBA{mix(c.R, base.R), mix(c.G, base.G), mix(c.B, base.B), uint8(oa * 255)}
}

func roundedSquare(margin, radius float64) shape {
	return func(x, y float64) bool {
		lo, hi := margin+radius, 1-margin-radius
		cx, cy := math.Max(lo, math.Min(hi, x)), math.Max(lo, math.Min(hi, y))
		return math.Hypot(x-cx, y-cy) <= radius
	}
}

// letterG is a thick ring open at the upper right, with a bar into the middle.
func letterG(x, y float64) bool {
	cx, cy := 0.6, 0.47
	d := math.Hypot(x-cx, y-cy)
	ang := math.Atan2(-(y-cy), x-cx) * 180 / math.Pi // degrees, counter-clockwise from the right
	ring := d >= 0.165 && d <= 0.26 && !(ang > 0 && ang < 45)
	bar := x >= cx+0.01 && x <= cx+0.26 && y >= cy-0.005 && y <= cy+0.07 && d <= 0.26
	return ring || bar
}

// guillemet is one chevron of «, its tip at (x0, y0).
func guillemet(x0, y0 float64) shape {
	return func(x, y float64) bool {
		dx, dy := x-x0, math.Abs(y-y0)
		return dx >= 0 && dx <= 0.085 && math.Abs(dx-dy*0.9) <= 0.024 && dy <= 0.085
	}
}

// band is the highlight under the letter.
func band(x, y float64) bool { return x >= 0.16 && x <= 0.84 && y >= 0.78 && y <= 0.84 }

func write(path string, img image.Image) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("writing the icon: %w", err)
	}
	if err := png.Encode(f, img); err != nil {
		f.Close()
		return fmt.Errorf("writing the icon %s: %w", path, err)
	}
	return f.Close()
}
