package app

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
	"github.com/glose-app/glose/workspace"
)

// Benchmarks of opening the QA's 4 MB article (wikinewsText) from each kind of file, through the
// app's own open path (UI.Open, synchronous), until the window could draw it: the text imported,
// segmented and pre-annotated (.txt), Glose JSON already annotated, Glose's XLIFF 2 of it, and the
// JSON reopened after a crash with its autosave recovered. Each ends with the first layout's row
// heights and the MinSize walk of a frame.

// openFiles holds the article's files, written once for every benchmark of the run.
var openFiles struct {
	once sync.Once
	dir  string
	err  error
}

// wikinewsFiles writes big.txt, big.json (pre-annotated) and big.xlf in a directory of the run.
func wikinewsFiles(b *testing.B) string {
	b.Helper()
	text := wikinewsText(b, wikinewsBytes)
	openFiles.once.Do(func() {
		dir, err := os.MkdirTemp("", "glose-open-bench")
		if err != nil {
			openFiles.err = err
			return
		}
		openFiles.dir, openFiles.err = dir, writeWikinewsFiles(openBenchUI(b), dir, text)
	})
	if openFiles.err != nil {
		b.Fatal(openFiles.err)
	}
	return openFiles.dir
}

func writeWikinewsFiles(ui *UI, dir, text string) error {
	defer ui.win.Close()
	txt := filepath.Join(dir, "big.txt")
	if err := os.WriteFile(txt, []byte(text), 0o644); err != nil {
		return err
	}
	d, _, err := workspace.LoadBytes(txt, []byte(text))
	if err != nil {
		return err
	}
	ui.preannotateImport(d, nil, nil)
	data, err := annotate.Marshal(d)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "big.json"), data, 0o644); err != nil {
		return err
	}
	files, _, err := formats.Write("xliff", []*annotate.Document{d}, formats.WriteOptions{})
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "big.xlf"), files[0].Data, 0o644)
}

// openBenchUI returns a window of the app's size, with no document, whose recovery questions are
// answered yes.
func openBenchUI(b *testing.B) *UI {
	b.Helper()
	ui := New(test.NewTempApp(b), Options{Sync: true, Confirm: func(_, _ string, done func(bool)) { done(true) }})
	ui.win.Resize(fyne.NewSize(1280, 800))
	return ui
}

// openAndShow opens path in ui, whose list has its width as after the window's first layout, and
// walks the window as before a frame. It returns how long the UI goroutine worked meanwhile, what
// freezes the window: the time taken, less what the app does off the UI goroutine, behind the progress
// dialog (progress.run, which tells ui.trace when it starts and ends).
func openAndShow(b *testing.B, ui *UI, path string) time.Duration {
	b.Helper()
	var off time.Duration
	var began time.Time
	ui.trace = func(what string) {
		switch {
		case strings.HasSuffix(what, traceStarted):
			began = time.Now()
		case strings.HasSuffix(what, traceDone):
			off += time.Since(began)
		}
	}
	start := time.Now()
	ui.width = 896
	ui.Open(path)
	frameMinSizes(ui.win.Canvas().Content())
	if len(ui.doc.Segments) < 10000 || ui.width != 896 {
		b.Fatalf("%s: %d segments, rows %v wide", path, len(ui.doc.Segments), ui.width)
	}
	return time.Since(start) - off
}

func BenchmarkOpen4MB(b *testing.B) {
	dir := wikinewsFiles(b)
	for _, name := range []string{"big.txt", "big.json", "big.xlf"} {
		b.Run(filepath.Ext(name)[1:], func(b *testing.B) {
			b.Setenv("XDG_CACHE_HOME", b.TempDir())
			b.Setenv("XDG_DATA_HOME", b.TempDir())
			b.Setenv("XDG_STATE_HOME", b.TempDir())
			b.Setenv("XDG_CONFIG_HOME", b.TempDir())
			var onUI time.Duration
			defer func() { b.ReportMetric(float64(onUI.Milliseconds())/float64(b.N), "ms-on-UI/op") }()
			for b.Loop() {
				b.StopTimer()
				ui := openBenchUI(b)
				b.StartTimer()
				onUI += openAndShow(b, ui, filepath.Join(dir, name))
				b.StopTimer()
				ui.holdLock(nil)
				ui.win.Close()
				b.StartTimer()
			}
		})
	}
	b.Run("autosave", func(b *testing.B) {
		b.Setenv("XDG_CACHE_HOME", b.TempDir())
		b.Setenv("XDG_DATA_HOME", b.TempDir())
		b.Setenv("XDG_STATE_HOME", b.TempDir())
		b.Setenv("XDG_CONFIG_HOME", b.TempDir())
		var onUI time.Duration
		defer func() { b.ReportMetric(float64(onUI.Milliseconds())/float64(b.N), "ms-on-UI/op") }()
		for b.Loop() {
			b.StopTimer()
			path := filepath.Join(b.TempDir(), "big.json")
			data, err := os.ReadFile(filepath.Join(dir, "big.json"))
			if err == nil {
				err = os.WriteFile(path, data, 0o644)
			}
			if err != nil {
				b.Fatal(err)
			}
			crashed := openBenchUI(b)
			crashed.Open(path)
			if _, err := crashed.ed.SetTarget(crashed.doc.Segments[0].ID, "Edited before the crash."); err != nil {
				b.Fatal(err)
			}
			crashed.AutosaveNow()
			crashed.holdLock(nil) // as a crash leaves it: the lock of an ended process
			ui := openBenchUI(b)
			b.StartTimer()
			onUI += openAndShow(b, ui, path)
			b.StopTimer()
			if ui.doc.Segments[0].Target != "Edited before the crash." {
				b.Fatal("the autosave was not recovered")
			}
			ui.holdLock(nil)
			ui.win.Close()
			crashed.win.Close()
			b.StartTimer()
		}
	})
}
