package app

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
)

// largestWindow is the largest size --size takes: a picture of 8K, in Fyne's units.
var largestWindow = fyne.NewSize(7680, 4320)

// ParseWindowSize reads the value of glose's --size, WIDTHxHEIGHT in Fyne's units (pixels at scale
// 1), as "1008x700" (X and × are taken too: README writes 1280×800). A bad value is refused saying
// which part is wrong and what was expected.
func ParseWindowSize(s string) (fyne.Size, error) {
	v := strings.TrimSpace(s)
	w, h, ok := cutSize(v)
	if !ok {
		return fyne.Size{}, fmt.Errorf("--size %q: expected WIDTHxHEIGHT in pixels, as 1008x700", s)
	}
	width, err := sizeSide(s, "width", w, smallestRemembered.Width, largestWindow.Width)
	if err != nil {
		return fyne.Size{}, err
	}
	height, err := sizeSide(s, "height", h, smallestRemembered.Height, largestWindow.Height)
	if err != nil {
		return fyne.Size{}, err
	}
	return fyne.NewSize(width, height), nil
}

// cutSize splits v at its one x (or X, or ×), spaces around it aside.
func cutSize(v string) (w, h string, ok bool) {
	for _, sep := range []string{"x", "X", "×"} {
		if w, h, ok = strings.Cut(v, sep); ok {
			return strings.TrimSpace(w), strings.TrimSpace(h), !strings.ContainsAny(h, "xX×")
		}
	}
	return "", "", false
}

// sizeSide reads one side (what: "width" or "height") of a --size value s: a whole number of pixels
// from least to most.
func sizeSide(s, what, v string, least, most float32) (float32, error) {
	n, err := strconv.Atoi(v)
	switch {
	case v == "":
		return 0, fmt.Errorf("--size %q: the %s is missing: expected WIDTHxHEIGHT in pixels, as 1008x700", s, what)
	case err != nil:
		return 0, fmt.Errorf("--size %q: the %s %q is not a whole number of pixels", s, what, v)
	case float32(n) < least || float32(n) > most:
		return 0, fmt.Errorf("--size %q: the %s %d is out of range: give %v to %v pixels", s, what, n, least, most)
	}
	return float32(n), nil
}
