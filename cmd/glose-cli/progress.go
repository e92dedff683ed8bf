package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"golang.org/x/term"

	"github.com/glose-app/glose/annotate"
)

// progress draws, on a terminal and nowhere else, a bar of the bytes done with the files done, the
// rate and the time left: "annotate ██████░░░░░░ 52% 13/25 files · 2.4 MB/s · 3 s left · name.txt".
type progress struct {
	w             io.Writer
	on            bool
	files, nfiles int
	docs          bool // counting the documents of corpora rather than files
	bytes, total  int64
	start, shown  time.Time
	now           func() time.Time
}

// progressWidth is the number of cells of the bar.
const progressWidth = 20

// newProgress counts inputs in files, or in documents when one is a line of a corpus.
func newProgress(w io.Writer, inputs []annotateInput) *progress {
	f, ok := w.(*os.File)
	p := &progress{w: w, nfiles: len(inputs), now: time.Now, on: ok && term.IsTerminal(int(f.Fd()))}
	for _, u := range inputs {
		p.total += u.size
		p.docs = p.docs || u.line > 0
	}
	p.start = p.now()
	if p.on {
		fmt.Fprint(p.w, "\r\033[K"+p.line(""))
	}
	return p
}

// add records a file of size bytes done and redraws the bar, at most ten times a second.
func (p *progress) add(size int64, name string) {
	p.files++
	p.bytes += size
	if !p.on {
		return
	}
	if t := p.now(); t.Sub(p.shown) >= 100*time.Millisecond || p.files == p.nfiles {
		p.shown = t
		fmt.Fprint(p.w, "\r\033[K"+p.line(name))
	}
}

// line is the progress line after the file name was done.
func (p *progress) line(name string) string {
	frac := float64(p.files) / float64(max(p.nfiles, 1))
	if p.total > 0 {
		frac = float64(p.bytes) / float64(p.total)
	}
	cells := int(frac * progressWidth)
	var b strings.Builder
	fmt.Fprintf(&b, "annotate %s%s %3.0f%% %d/%s", strings.Repeat("█", cells), strings.Repeat("░", progressWidth-cells),
		100*frac, p.files, p.noun())
	if secs := p.now().Sub(p.start).Seconds(); p.bytes > 0 && secs >= 1 { // earlier, loading the model weighs too much
		rate := float64(p.bytes) / secs
		fmt.Fprintf(&b, " · %.1f MB/s", rate/1e6)
		if p.files < p.nfiles {
			fmt.Fprintf(&b, " · %.0f s left", float64(p.total-p.bytes)/rate)
		}
	}
	if name != "" {
		b.WriteString(" · " + annotate.Shorten(filepath.Base(name), 30))
	}
	return b.String()
}

// noun is what the bar counts: "887 files", or "500 documents" of a corpus.
func (p *progress) noun() string {
	if p.docs {
		return annotate.Plural(p.nfiles, "document", "documents")
	}
	return annotate.Plural(p.nfiles, "file", "files")
}

func (p *progress) done() {
	if p.on {
		fmt.Fprint(p.w, "\r\033[K")
	}
}
