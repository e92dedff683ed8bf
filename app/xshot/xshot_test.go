package xshot

import "testing"

func TestToRGBA(t *testing.T) {
	// Two pixels: pure red, then pure blue, as B, G, R, pad.
	img, err := toRGBA([]byte{0, 0, 255, 0, 255, 0, 0, 0}, 2, 1)
	if err != nil {
		t.Fatal(err)
	}
	if r, g, b, _ := img.At(0, 0).RGBA(); r>>8 != 255 || g != 0 || b != 0 {
		t.Errorf("first pixel %v, want red", img.At(0, 0))
	}
	if r, _, b, _ := img.At(1, 0).RGBA(); r != 0 || b>>8 != 255 {
		t.Errorf("second pixel %v, want blue", img.At(1, 0))
	}
	if _, err := toRGBA([]byte{1, 2, 3}, 2, 1); err == nil {
		t.Error("a short buffer was accepted")
	}
}

func TestWindowWithoutServer(t *testing.T) {
	t.Setenv("DISPLAY", ":4242")
	if _, err := Window(); err == nil {
		t.Error("no error without an X server")
	}
}
