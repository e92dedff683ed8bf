// Command guibench measures the desktop app as a user meets it, from outside, on a running X server
// (Xvfb): time to the first drawn frame, the screen's response to a scroll step of the mouse wheel, and
// keystroke-to-screen latency in a segment's translation field. It grabs the screen through the X protocol
// (github.com/jezek/xgb) every few milliseconds and sends input through the XTEST extension, so it
// measures what reaches the screen, not what the program believes it did.
//
//	guibench [-runs 20] [-click X,Y] [-goto N] -- ./bin/glose FILE
//
// With -goto N the keystrokes go to segment N's English, reached with Ctrl+G as a user would, so that
// typing at the end of a long document is timed where the list has the most rows above.
package main

import (
	"errors"
	"flag"
	"fmt"
	"hash/fnv"
	"os"
	"os/exec"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/jezek/xgb"
	"github.com/jezek/xgb/xproto"
	"github.com/jezek/xgb/xtest"
)

func main() {
	runs := flag.Int("runs", 20, "scroll steps and keystrokes to time")
	click := flag.String("click", "0.52,0.13", "where to click to focus a translation field, as fractions of the screen `X,Y`")
	scrollAt := flag.String("scroll", "0.25,0.5", "where to put the pointer to scroll, as fractions `X,Y`")
	gotoSeg := flag.Int("goto", 0, "type in segment `N`'s English, reached with Ctrl+G (0: the field at -click)")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: guibench [-runs N] [-click X,Y] -- COMMAND [ARGS...]")
		os.Exit(2)
	}
	if err := run(*runs, *click, *scrollAt, *gotoSeg, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "guibench:", err)
		os.Exit(1)
	}
}

type screen struct {
	c    *xgb.Conn
	root xproto.Window
	w, h int
}

func run(runs int, click, scrollAt string, gotoSeg int, cmdline []string) error {
	c, err := xgb.NewConn()
	if err != nil {
		return fmt.Errorf("connecting to the X server (is DISPLAY set?): %w", err)
	}
	defer c.Close()
	if err := xtest.Init(c); err != nil {
		return fmt.Errorf("the X server has no XTEST extension: %w", err)
	}
	si := xproto.Setup(c).DefaultScreen(c)
	s := &screen{c: c, root: si.Root, w: int(si.WidthInPixels), h: int(si.HeightInPixels)}

	cmd := exec.Command(cmdline[0], cmdline[1:]...)
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return err
	}
	defer func() { _ = cmd.Process.Kill(); _, _ = cmd.Process.Wait() }()

	first, err := s.waitDrawn(start, 60*time.Second)
	if err != nil {
		return err
	}
	settled := s.waitStable(time.Second, 60*time.Second)
	fmt.Printf("first frame: %.3f s after start (settled %.3f s)\n", first.Seconds(), settled.Sub(start).Seconds())

	sx, sy := fraction(scrollAt, s)
	s.move(sx, sy)
	s.waitStable(300*time.Millisecond, 5*time.Second)
	var scroll []time.Duration
	for i := 0; i < runs; i++ {
		button := byte(5) // wheel down; come back up half way through so the list never hits its end
		if i >= runs/2 {
			button = 4
		}
		d, err := s.timed(func() { s.button(button) })
		if err != nil {
			return fmt.Errorf("scroll step %d: %w", i+1, err)
		}
		scroll = append(scroll, d)
		s.waitStable(200*time.Millisecond, 5*time.Second)
	}
	report("scroll step", scroll)

	cx, cy := fraction(click, s)
	s.move(cx, cy)
	s.button(1)
	s.waitStable(500*time.Millisecond, 5*time.Second)
	if gotoSeg > 0 {
		if err := s.goTo(gotoSeg); err != nil {
			return err
		}
	}
	var keys []time.Duration
	for i := 0; i < runs; i++ {
		sym := xproto.Keysym('a' + i%26)
		if i%2 == 1 {
			sym = 0xff08 // BackSpace: keep the text as it was
		}
		d, err := s.timed(func() { s.key(sym) })
		if err != nil {
			return fmt.Errorf("keystroke %d: %w", i+1, err)
		}
		keys = append(keys, d)
		s.waitStable(150*time.Millisecond, 5*time.Second)
	}
	report("keystroke to screen", keys)
	return nil
}

func fraction(spec string, s *screen) (int16, int16) {
	parts := strings.Split(spec, ",")
	fx, _ := strconv.ParseFloat(parts[0], 64)
	fy := 0.5
	if len(parts) > 1 {
		fy, _ = strconv.ParseFloat(parts[1], 64)
	}
	return int16(fx * float64(s.w)), int16(fy * float64(s.h))
}

// grab returns the screen's hash and how many colours a sample of its pixels has.
func (s *screen) grab() (uint64, int, error) {
	img, err := xproto.GetImage(s.c, xproto.ImageFormatZPixmap, xproto.Drawable(s.root), 0, 0, uint16(s.w), uint16(s.h), 0xffffffff).Reply()
	if err != nil {
		return 0, 0, err
	}
	h := fnv.New64a()
	h.Write(img.Data)
	colours := map[uint32]bool{}
	for i := 0; i+3 < len(img.Data); i += 4 * 97 {
		colours[uint32(img.Data[i])|uint32(img.Data[i+1])<<8|uint32(img.Data[i+2])<<16] = true
	}
	return h.Sum64(), len(colours), nil
}

// waitDrawn waits for a screen with text on it (many colours), as opposed to an empty or uniform one.
func (s *screen) waitDrawn(start time.Time, limit time.Duration) (time.Duration, error) {
	for time.Since(start) < limit {
		_, n, err := s.grab()
		if os.Getenv("GUIBENCH_DEBUG") != "" {
			fmt.Fprintf(os.Stderr, "%.3f s: %d colours %v\n", time.Since(start).Seconds(), n, err)
		}
		if err == nil && n >= 40 {
			return time.Since(start), nil
		}
		time.Sleep(2 * time.Millisecond)
	}
	return 0, errors.New("the window did not draw within the time limit")
}

// waitStable waits until the screen has not changed for quiet, and returns when that began.
func (s *screen) waitStable(quiet, limit time.Duration) time.Time {
	deadline := time.Now().Add(limit)
	last, _, _ := s.grab()
	since := time.Now()
	for time.Now().Before(deadline) && time.Since(since) < quiet {
		time.Sleep(5 * time.Millisecond)
		h, _, _ := s.grab()
		if h != last {
			last, since = h, time.Now()
		}
	}
	return since
}

// timed runs act and returns how long the screen took to change.
func (s *screen) timed(act func()) (time.Duration, error) {
	before, _, err := s.grab()
	if err != nil {
		return 0, err
	}
	t := time.Now()
	act()
	for time.Since(t) < 3*time.Second {
		if h, _, err := s.grab(); err == nil && h != before {
			return time.Since(t), nil
		}
	}
	return 0, errors.New("the screen did not change within 3 s")
}

func (s *screen) move(x, y int16) {
	xtest.FakeInput(s.c, xproto.MotionNotify, 0, 0, s.root, x, y, 0)
	s.c.Sync()
}

func (s *screen) button(b byte) {
	xtest.FakeInput(s.c, xproto.ButtonPress, b, 0, s.root, 0, 0, 0)
	xtest.FakeInput(s.c, xproto.ButtonRelease, b, 0, s.root, 0, 0, 0)
	s.c.Sync()
}

func (s *screen) key(sym xproto.Keysym) {
	code := s.keycode(sym)
	xtest.FakeInput(s.c, xproto.KeyPress, byte(code), 0, s.root, 0, 0, 0)
	xtest.FakeInput(s.c, xproto.KeyRelease, byte(code), 0, s.root, 0, 0, 0)
	s.c.Sync()
}

// goTo asks for segment n with Ctrl+G, as a user does, and waits for the screen to settle there.
// Each step waits for the screen to change, then to settle: on a loaded machine the dialog comes
// late, and digits typed before it went to the segment instead.
func (s *screen) goTo(n int) error {
	if _, err := s.timed(func() { s.chord(0xffe3, 'g') }); err != nil { // Control_L+g
		return fmt.Errorf("pressing Ctrl+G opened no dialog: %w", err)
	}
	s.waitStable(300*time.Millisecond, 5*time.Second)
	for _, r := range strconv.Itoa(n) {
		s.key(xproto.Keysym(r))
	}
	s.waitStable(300*time.Millisecond, 5*time.Second)
	if _, err := s.timed(func() { s.key(0xff0d) }); err != nil { // Return
		return fmt.Errorf("pressing Return in the Go to segment dialog: %w", err)
	}
	s.waitStable(500*time.Millisecond, 10*time.Second)
	return nil
}

// chord presses sym with the modifier mod held.
func (s *screen) chord(mod, sym xproto.Keysym) {
	m, k := s.keycode(mod), s.keycode(sym)
	xtest.FakeInput(s.c, xproto.KeyPress, byte(m), 0, s.root, 0, 0, 0)
	xtest.FakeInput(s.c, xproto.KeyPress, byte(k), 0, s.root, 0, 0, 0)
	xtest.FakeInput(s.c, xproto.KeyRelease, byte(k), 0, s.root, 0, 0, 0)
	xtest.FakeInput(s.c, xproto.KeyRelease, byte(m), 0, s.root, 0, 0, 0)
	s.c.Sync()
}

func (s *screen) keycode(sym xproto.Keysym) xproto.Keycode {
	setup := xproto.Setup(s.c)
	first, n := setup.MinKeycode, byte(setup.MaxKeycode-setup.MinKeycode+1)
	m, err := xproto.GetKeyboardMapping(s.c, first, n).Reply()
	if err != nil {
		return 0
	}
	per := int(m.KeysymsPerKeycode)
	for i := 0; i < int(n); i++ {
		for j := 0; j < per; j++ {
			if m.Keysyms[i*per+j] == sym {
				return xproto.Keycode(int(first) + i)
			}
		}
	}
	return 0
}

func report(what string, ds []time.Duration) {
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	q := func(p float64) float64 { return ds[int(p*float64(len(ds)-1))].Seconds() }
	fmt.Printf("%s: median %.3f s, p90 %.3f s, min %.3f s, max %.3f s (%d runs)\n", what, q(0.5), q(0.9), q(0), q(1), len(ds))
}
