package main

import (
	"bytes"
	"errors"
	"io"
	"log"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
)

// TestFyneLogFilter: the settings file reread while Fyne rewrites it says nothing (it loses
// nothing), and every other line, and a load error of another cause, goes through whole, in order.
func TestFyneLogFilter(t *testing.T) {
	for _, c := range []struct {
		name string
		log  func()
		want []string // substrings of the output, in order; none when empty
		not  []string
	}{
		{"EOF", func() { fyne.LogError("Preferences load error:", io.EOF) }, nil, []string{"Preferences", "Cause", "At:"}},
		{"cut short", func() { fyne.LogError("Preferences load error:", io.ErrUnexpectedEOF) }, nil, []string{"Preferences"}},
		{"other cause", func() { fyne.LogError("Preferences load error:", errors.New("permission denied")) },
			[]string{"Preferences load error:", "Cause: permission denied", "At: "}, nil},
		{"other error with EOF", func() { fyne.LogError("Failed to load theme", io.EOF) },
			[]string{"Failed to load theme", "Cause: EOF", "At: "}, nil},
		{"lines around", func() {
			log.Println("before")
			fyne.LogError("Preferences load error:", io.EOF)
			log.Println("after")
		}, []string{"before", "after"}, []string{"Preferences", "At:"}},
		{"a line between", func() {
			log.Println("Fyne error:  Preferences load error:")
			log.Println("another goroutine's line")
			log.Println("  Cause: EOF")
		}, []string{"Preferences load error:", "another goroutine's line", "Cause: EOF"}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			var out bytes.Buffer
			restore := log.Writer()
			log.SetOutput(newFyneLogFilter(&out))
			c.log()
			log.SetOutput(restore)
			got := out.String()
			if c.want == nil && got != "" {
				t.Fatalf("logged %q, want nothing", got)
			}
			rest := got
			for _, w := range c.want {
				i := strings.Index(rest, w)
				if i < 0 {
					t.Fatalf("logged %q: want %q (in this order)", got, w)
				}
				rest = rest[i+len(w):]
			}
			for _, n := range c.not {
				if strings.Contains(got, n) {
					t.Errorf("logged %q: want no %q", got, n)
				}
			}
		})
	}
}
