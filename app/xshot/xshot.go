// Package xshot takes a picture of this process's window from the X server, for `glose --screenshot`.
// Fyne's GL capture reads the front buffer, which Mesa's software GL under Xvfb leaves empty; the X
// server, though, holds the pixels that are really on screen, menu bar included. Pure Go (X protocol
// through github.com/jezek/xgb): it fails cleanly where there is no X server.
package xshot

import (
	"encoding/binary"
	"errors"
	"fmt"
	"image"
	"image/color"
	"os"

	"github.com/jezek/xgb"
	"github.com/jezek/xgb/xproto"
)

// Window returns the pixels of the largest mapped window that belongs to this process.
func Window() (image.Image, error) {
	c, err := xgb.NewConn()
	if err != nil {
		return nil, fmt.Errorf("connecting to the X server: %w", err)
	}
	defer c.Close()
	pidAtom, err := xproto.InternAtom(c, true, uint16(len("_NET_WM_PID")), "_NET_WM_PID").Reply()
	if err != nil {
		return nil, err
	}
	root := xproto.Setup(c).DefaultScreen(c).Root
	win, w, h, err := ownWindow(c, root, pidAtom.Atom, uint32(os.Getpid()), 3)
	if err != nil {
		return nil, err
	}
	if w == 0 {
		return nil, errors.New("no window of this process is on screen")
	}
	reply, err := xproto.GetImage(c, xproto.ImageFormatZPixmap, xproto.Drawable(win), 0, 0, w, h, 0xffffffff).Reply()
	if err != nil {
		return nil, fmt.Errorf("reading the window's pixels: %w", err)
	}
	return toRGBA(reply.Data, int(w), int(h))
}

// ownWindow searches the window tree (to depth levels) for the largest viewable window whose
// _NET_WM_PID is pid.
func ownWindow(c *xgb.Conn, parent xproto.Window, atom xproto.Atom, pid uint32, depth int) (xproto.Window, uint16, uint16, error) {
	tree, err := xproto.QueryTree(c, parent).Reply()
	if err != nil {
		return 0, 0, 0, fmt.Errorf("listing windows: %w", err)
	}
	var best xproto.Window
	var bw, bh uint16
	for _, child := range tree.Children {
		if ownedBy(c, child, atom, pid) && viewable(c, child) {
			if g, err := xproto.GetGeometry(c, xproto.Drawable(child)).Reply(); err == nil && int(g.Width)*int(g.Height) > int(bw)*int(bh) {
				best, bw, bh = child, g.Width, g.Height
			}
		}
		if depth > 1 {
			if win, w, h, err := ownWindow(c, child, atom, pid, depth-1); err == nil && int(w)*int(h) > int(bw)*int(bh) {
				best, bw, bh = win, w, h
			}
		}
	}
	return best, bw, bh, nil
}

func ownedBy(c *xgb.Conn, w xproto.Window, atom xproto.Atom, pid uint32) bool {
	p, err := xproto.GetProperty(c, false, w, atom, xproto.AtomCardinal, 0, 1).Reply()
	return err == nil && len(p.Value) >= 4 && binary.LittleEndian.Uint32(p.Value) == pid
}

func viewable(c *xgb.Conn, w xproto.Window) bool {
	a, err := xproto.GetWindowAttributes(c, w).Reply()
	return err == nil && a.MapState == xproto.MapStateViewable
}

// toRGBA converts a 24/32-bit ZPixmap (B, G, R, pad per pixel, as X servers on little-endian machines
// send it) into an image.
func toRGBA(data []byte, w, h int) (image.Image, error) {
	if len(data) < w*h*4 {
		return nil, fmt.Errorf("the X server sent %d bytes for %dx%d pixels: not a 32-bit image", len(data), w, h)
	}
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for i := 0; i < w*h; i++ {
		img.Set(i%w, i/w, color.RGBA{R: data[4*i+2], G: data[4*i+1], B: data[4*i], A: 0xff})
	}
	return img, nil
}
