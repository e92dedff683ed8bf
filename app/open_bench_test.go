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
// app's own open path (UI.Open, synchronous), until the window could draw it: the text imported and
// segmented (.txt; its pre-annotation, started meanwhile, then waited for and its proposals added),
// Glose JSON already annotated, Glose's XLIFF 2 of it, and the JSON reopened after a crash with its
// autosave recovered. Each ends with the first layout's row heights (estimated, those on screen
// measured) and the MinSize walk of a frame; then the other rows are measured a chunk at a time, as
// the app does between its frames (ms-rest/op, and the longest chunk: longest-chunk-ms).

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
	ui.heights.steps = true
	return ui
}

// openAndShow opens path in ui, whose list has its width as after the window's first layout, and
// walks the window as before a frame. It returns how long the UI goroutine worked meanwhile, what
// freezes the window: the time taken, less what the app does off the UI goroutine, behind the progress
// dialog (progress.run, which tells ui.trace when it starts and ends); and the time taken.
func openAndShow(b *testing.B, ui *UI, path string) (onUI, shown time.Duration) {
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
	shown = time.Since(start)
	return shown - off, shown
}

// measureRest measures the rows left, a chunk at a time, each chunk as the app runs it (measureChunk),
// and returns the time taken and the longest chunk.
func measureRest(b *testing.B, ui *UI) (all, longest time.Duration) {
	b.Helper()
	ui.heights.steps = false // the app's chunks, not the tests' small ones
	ui.heights.queued = false
	ui.heights.due = nil
	for ui.cache.left > 0 {
		start := time.Now()
		more := ui.measureSome(measureChunk)
		d := time.Since(start)
		all, longest = all+d, max(longest, d)
		if !more {
			break
		}
	}
	if ui.cache.left != 0 {
		b.Fatalf("%d rows left to measure", ui.cache.left)
	}
	return all, longest
}

// openMetrics reports the time until the document could be drawn (ms-to-shown) and what the UI
// goroutine worked meanwhile, what measuring the other rows took after it; and for a text
// pre-annotated in the background, the time from the start until its proposals were ready
// (ms-to-proposals) and what adding them took on the UI goroutine (ms-proposals-on-UI).
type openMetrics struct {
	onUI, shown, rest, longest time.Duration
	proposed, landing          time.Duration
}

func (m *openMetrics) report(b *testing.B) {
	n := float64(b.N)
	b.ReportMetric(float64(m.shown.Milliseconds())/n, "ms-to-shown/op")
	b.ReportMetric(float64(m.onUI.Milliseconds())/n, "ms-on-UI/op")
	b.ReportMetric(float64(m.rest.Milliseconds())/n, "ms-rest/op")
	b.ReportMetric(float64(m.longest.Microseconds())/1000, "longest-chunk-ms")
	if m.proposed > 0 {
		b.ReportMetric(float64(m.proposed.Milliseconds())/n, "ms-to-proposals/op")
		b.ReportMetric(float64(m.landing.Milliseconds())/n, "ms-proposals-on-UI/op")
	}
}

// open opens path in ui, then measures the rows left; a text's pre-annotation, run in the background
// as the app does (annotateWait, without Sync), lands before the rows are measured.
func (m *openMetrics) open(b *testing.B, ui *UI, path string) {
	lands := make(chan func(), 1)
	si, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	ui.opts.annotateWait = (&UI{}).annotateWait(int(si.Size()))
	ui.opts.landProposals = func(apply func()) { lands <- apply }
	start := time.Now()
	onUI, shown := openAndShow(b, ui, path)
	m.onUI, m.shown = m.onUI+onUI, m.shown+shown
	if len(ui.doc.Spans) == 0 { // shown before its pre-annotation ended: wait for the proposals
		apply := <-lands
		m.proposed += time.Since(start)
		began := time.Now()
		apply()
		m.landing += time.Since(began)
		if len(ui.doc.Spans) == 0 {
			b.Fatal("the pre-annotation proposed nothing")
		}
	}
	rest, longest := measureRest(b, ui)
	m.rest += rest
	m.longest = max(m.longest, longest)
}

// privateDirs gives the benchmark's windows their own cache, data, state and settings folders.
func privateDirs(b *testing.B) {
	for _, v := range []string{"XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME"} {
		b.Setenv(v, b.TempDir())
	}
}

func BenchmarkOpen4MB(b *testing.B) {
	dir := wikinewsFiles(b)
	for _, name := range []string{"big.txt", "big.json", "big.xlf"} {
		b.Run(filepath.Ext(name)[1:], func(b *testing.B) {
			privateDirs(b)
			var m openMetrics
			defer m.report(b)
			for b.Loop() {
				b.StopTimer()
				ui := openBenchUI(b)
				b.StartTimer()
				m.open(b, ui, filepath.Join(dir, name))
				b.StopTimer()
				ui.holdLock(nil)
				ui.win.Close()
				b.StartTimer()
			}
		})
	}
	b.Run("autosave", func(b *testing.B) {
		privateDirs(b)
		var m openMetrics
		defer m.report(b)
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
			m.open(b, ui, path)
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
