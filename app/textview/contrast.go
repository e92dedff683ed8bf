package textview

import (
	"image/color"
	"math"
)

// minMarkContrast is the contrast an underline or dash keeps against the background: WCAG's 3:1
// for graphics, with a margin for the shades of a selected or hovered row.
const minMarkContrast = 3.3

// legibleMark returns mark, drawn over bg, darkened on a light background or lightened on a dark
// one until it stands out by minMarkContrast. The label colours are chosen for the dark theme:
// in the light one the yellow of CUE and the orange of ORG drew dashes of 1.6:1 and 2.4:1 on white,
// next to invisible. A mark already legible is returned as it is.
func legibleMark(mark color.NRGBA, bg color.Color) color.NRGBA {
	b := toNRGBA(bg)
	if contrast(over(mark, b), b) >= minMarkContrast {
		return mark
	}
	toward := uint8(0)
	if luminance(b) < 0.5 {
		toward = 0xff
	}
	for t := 0.1; t < 1; t += 0.1 {
		c := color.NRGBA{R: mix(mark.R, toward, t), G: mix(mark.G, toward, t), B: mix(mark.B, toward, t), A: 0xff}
		if contrast(c, b) >= minMarkContrast {
			return c
		}
	}
	return color.NRGBA{R: toward, G: toward, B: toward, A: 0xff}
}

// over returns c drawn over the opaque background bg.
func over(c, bg color.NRGBA) color.NRGBA {
	a := float64(c.A) / 0xff
	ch := func(f, b uint8) uint8 { return uint8(math.Round(float64(f)*a + float64(b)*(1-a))) }
	return color.NRGBA{R: ch(c.R, bg.R), G: ch(c.G, bg.G), B: ch(c.B, bg.B), A: 0xff}
}

func mix(v, toward uint8, t float64) uint8 {
	return uint8(math.Round(float64(v)*(1-t) + float64(toward)*t))
}

// contrast is WCAG's contrast ratio between two opaque colours.
func contrast(a, b color.NRGBA) float64 {
	la, lb := luminance(a), luminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

// luminance is WCAG's relative luminance of an sRGB colour.
func luminance(c color.NRGBA) float64 {
	lin := func(v uint8) float64 {
		s := float64(v) / 0xff
		if s <= 0.03928 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(c.R) + 0.7152*lin(c.G) + 0.0722*lin(c.B)
}
