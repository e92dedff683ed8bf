// Command pngcheck verifies a screenshot: a PNG of the expected size that is not blank (it has many
// distinct colours, as a window with text does). It exits 1 with a reason otherwise.
package main

import (
	"fmt"
	"image"
	"image/png"
	"os"
	"strconv"
)

func main() {
	if err := check(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "pngcheck:", err)
		os.Exit(1)
	}
}

func check(args []string) error {
	if len(args) != 3 {
		return fmt.Errorf("usage: pngcheck FILE WIDTH HEIGHT")
	}
	w, err1 := strconv.Atoi(args[1])
	h, err2 := strconv.Atoi(args[2])
	if err1 != nil || err2 != nil {
		return fmt.Errorf("WIDTH and HEIGHT must be numbers")
	}
	f, err := os.Open(args[0])
	if err != nil {
		return err
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		return fmt.Errorf("%s: %w", args[0], err)
	}
	b := img.Bounds()
	// The canvas may be captured at a scale; accept any size with the same aspect ratio, at least as big.
	if b.Dx() < w || b.Dy() < h || b.Dx()*h != b.Dy()*w {
		return fmt.Errorf("%s is %dx%d, want %dx%d (or a multiple)", args[0], b.Dx(), b.Dy(), w, h)
	}
	if n := colours(img); n < 50 {
		return fmt.Errorf("%s has only %d colours: the window looks blank", args[0], n)
	}
	fmt.Printf("%s: %dx%d, looks drawn\n", args[0], b.Dx(), b.Dy())
	return nil
}

func colours(img image.Image) int {
	seen := map[uint32]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 3 {
		for x := b.Min.X; x < b.Max.X; x += 3 {
			r, g, bl, _ := img.At(x, y).RGBA()
			seen[(r>>8)<<16|(g>>8)<<8|bl>>8] = true
		}
	}
	return len(seen)
}
