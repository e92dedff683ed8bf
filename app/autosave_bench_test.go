package app

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/glose-app/glose/internal/cputime"
	"github.com/glose-app/glose/workspace"
)

// BenchmarkAutosave measures one autosave after a keystroke, as the timer runs it (the copy or the
// comparison on the UI goroutine, the writing and its fsync on another), on the sample article and on
// the 4 MB article: the bytes it hands to the system (write calls, from /proc/self/io), the processor
// time it takes (user and system, every goroutine, the garbage collector included) and the time it
// takes from start to end (wall-ms, the fsync's wait for the disk included), per autosave. The -full
// cases write the document in full each time, as after opening or saving (run them with a small
// -benchtime: the 4 MB article's is 24 MB a time).
func BenchmarkAutosave(b *testing.B) {
	for _, c := range []struct {
		name string
		open func(*testing.B) *UI
		full bool
	}{{"sample", sampleBenchUI, false}, {"4MB", wikinewsUI, false}, {"sample-full", sampleBenchUI, true}, {"4MB-full", wikinewsUI, true}} {
		b.Run(c.name, func(b *testing.B) {
			ui := c.open(b)
			seg := ui.doc.Segments[len(ui.doc.Segments)/2].ID
			done := make(chan struct{}, 1)
			ui.autosave.afterWrite = func() { done <- struct{}{} }
			autosave := func() {
				ui.dirty = true
				ui.autosave.inBackground()
				<-done
			}
			autosave() // the first autosave after opening writes the whole document
			var written int64
			var cpu, wall time.Duration
			b.ResetTimer()
			for i := range b.N {
				typeAtEnd(b, ui, seg, i)
				if c.full {
					ui.autosave.forget()
				}
				w0, c0, t0 := ioWritten(b), cputime.Used(), time.Now()
				autosave()
				wall += time.Since(t0)
				written += ioWritten(b) - w0
				cpu += cputime.Used() - c0
			}
			b.ReportMetric(float64(written)/float64(b.N), "written-B/op")
			b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
			b.ReportMetric(float64(wall.Microseconds())/1000/float64(b.N), "wall-ms/op")
		})
	}
}

// typeAtEnd types the i-th letter of a French phrase at the end of segment seg's English.
func typeAtEnd(b *testing.B, ui *UI, seg string, i int) {
	b.Helper()
	letters := []rune("é « à » ")
	s := ui.doc.Segment(seg)
	r := string(letters[i%len(letters)])
	if _, err := ui.ed.ReplaceTarget(seg, len(s.Target), len(s.Target), r); err != nil {
		b.Fatal(err)
	}
}

// sampleBenchUI opens the sample article, pre-annotated, as a file.
func sampleBenchUI(b *testing.B) *UI {
	b.Helper()
	d, err := workspace.SampleDocument()
	if err != nil {
		b.Fatal(err)
	}
	ui, _ := newTestUI(b, nil, false)
	ui.setDocument(d, filepath.Join(b.TempDir(), "sample.glose.json"))
	return ui
}

// ioWritten is how many bytes the process has handed to write calls so far (wchar of /proc/self/io).
func ioWritten(b *testing.B) int64 {
	data, err := os.ReadFile("/proc/self/io")
	if err != nil {
		b.Skipf("no /proc/self/io: %v", err)
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		if v, ok := bytes.CutPrefix(sc.Bytes(), []byte("wchar: ")); ok {
			n, err := strconv.ParseInt(string(v), 10, 64)
			if err != nil {
				b.Fatal(err)
			}
			return n
		}
	}
	b.Skip("no wchar in /proc/self/io")
	return 0
}

// BenchmarkRecover4MB reads back the autosave of the 4 MB article after 100 keystrokes, each
// autosaved: the document written in full, then the 100 changes applied.
func BenchmarkRecover4MB(b *testing.B) {
	ui := wikinewsUI(b)
	seg := ui.doc.Segments[len(ui.doc.Segments)/2].ID
	for i := range 101 {
		if i > 0 {
			typeAtEnd(b, ui, seg, i)
		}
		ui.AutosaveNow()
	}
	side, ok := workspace.Recovery(ui.path, workspace.AutosaveID(ui.doc))
	if !ok {
		b.Fatal("no autosave")
	}
	b.ResetTimer()
	for range b.N {
		d, err := workspace.LoadRecovery(side)
		if err != nil || d.Segment(seg).Target != ui.doc.Segment(seg).Target {
			b.Fatalf("recovered %v", err)
		}
	}
}
