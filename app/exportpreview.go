package app

import (
	"slices"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
)

// The Export dialog says, under the choices and before anything is asked or written, what the file
// would leave out or change (segments without English, suggestions not confirmed, offsets' unit, spans
// a format cannot hold…), as the export itself would say it: the format is written in memory with the
// choices shown, again at each change of them. A refusal (the translation as a text with untranslated
// segments, refused) is said there too, and greys Export. The summary after writing is shown only
// when it differs from what the dialog last listed (the document changed meanwhile).

// previewWait is how long the preview waits after a change of the choices before writing the format:
// choosing a format sets the other choices one by one, each a change.
const previewWait = 80 * time.Millisecond

// previewBig is the length of a document's French text from which the preview says it is being
// made: writing a 4 MB article takes a second or two, long enough for the list of the format before
// to be read as this one's.
const previewBig = 512 << 10

// previewHeight is the least room the preview takes, whatever it says, so that the dialog keeps its
// size: its heading and about four lines of warnings, which scroll.
const previewHeight = 150

// exportPreview is the Export dialog's list of what the file would leave out. One preview is made at
// a time, off the UI goroutine, of the choices last made: a person going through the formats of a
// long article does not start one write of it per format.
type exportPreview struct {
	ui        *UI
	doc       *annotate.Document // a copy of the document as the dialog opened, never changed
	head      *messageText
	list      *fyne.Container
	box       fyne.CanvasObject
	seq       atomic.Int64   // the latest change of the choices; a preview of an older one is dropped
	running   bool           // a preview is being made
	want      previewRequest // the choices last made
	refused   bool           // the choices make no export: Export is greyed
	onRefused func()         // called when refused changes
	// format and msgs are the format and warnings listed last, which the export's are compared with.
	format string
	msgs   []string
}

// previewRequest is the choices a preview is made of.
type previewRequest struct {
	seq    int64
	format formats.Format
	opts   formats.WriteOptions
}

// newExportPreview returns an empty preview of the document shown.
func (ui *UI) newExportPreview() *exportPreview {
	p := &exportPreview{ui: ui, doc: ui.doc.Clone(), head: newFluidText("").bold(), list: container.NewVBox()}
	scroll := container.NewVScroll(p.list)
	p.box = container.New(previewLayout{}, container.NewBorder(p.head, nil, nil, nil, scroll))
	return p
}

// previewLayout gives the preview its least height.
type previewLayout struct{}

func (previewLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(size)
}

func (previewLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(0, previewHeight)
}

// update lists what the export chosen in f would leave out, once the choices have stopped changing
// for previewWait and the preview under way, if any, is done (at once in synchronous mode).
func (p *exportPreview) update(f *exportForm) {
	format, opts, chosen := f.choice()
	if !chosen {
		return
	}
	r := previewRequest{seq: p.seq.Add(1), format: format, opts: opts}
	if len(p.doc.Text) > previewBig {
		p.setHead(lang.L("Checking what the file would hold…"), widget.MediumImportance)
		p.setList(nil)
	}
	p.want = r
	if !p.running {
		p.start()
	}
}

// start makes the preview of the choices last made, in the background (at once in synchronous mode,
// when the test chooses with Options.previewRun).
func (p *exportPreview) start() {
	r := p.want
	p.running = true
	p.runner()(func() {
		var pv previewed
		if p.seq.Load() == r.seq {
			pv = previewExport(r.format, p.doc.Clone(), r.opts) // its own copy: the writers may change it
		}
		p.ui.do(func() {
			p.running = false
			if p.seq.Load() == r.seq {
				p.show(r.format.Name, pv)
			} else {
				p.start() // the choices changed meanwhile
			}
		})
	})
}

// runner returns what runs the preview's work: a goroutine that waits previewWait first, for the
// choices to stop changing.
func (p *exportPreview) runner() func(work func()) {
	switch {
	case p.ui.opts.previewRun != nil:
		return p.ui.opts.previewRun
	case p.ui.opts.Sync:
		return func(work func()) { work() }
	}
	return func(work func()) {
		go func() {
			time.Sleep(previewWait)
			work()
		}()
	}
}

// previewed is what an export with the dialog's choices would say: why it is refused, else its
// warnings, as writeExport gives them.
type previewed struct {
	refusal string
	notes   []string // what the dialog says that the export does not: segments delivered in French
	out     exported
	isDir   bool
}

// previewExport writes d in format with opts, in memory, and returns what it says.
func previewExport(format formats.Format, d *annotate.Document, opts formats.WriteOptions) previewed {
	pv := previewed{isDir: format.MultiFile}
	if pv.refusal = translationRefusal(d, format, opts); pv.refusal != "" {
		return pv
	}
	_, warns, err := formats.Write(format.Name, []*annotate.Document{d}, opts)
	if err != nil {
		pv.refusal = exportError(err).Error()
		return pv
	}
	pv.out = exportMessages(d, warns)
	if note := untranslatedNote(d, format, opts); note != "" {
		pv.notes = []string{note}
		pv.out.toCheck = false
		// segments delivered in French are there all the same; left out, they are not
		pv.out.whole = (pv.out.whole || len(pv.out.msgs) == 0) && opts.Untranslated == formats.KeepSource
	}
	return pv
}

// untranslatedNote says which segments the translation as a text delivers in French, or leaves out,
// as opts chose; "" when none, or for another format.
func untranslatedNote(d *annotate.Document, format formats.Format, opts formats.WriteOptions) string {
	missing := formats.UntranslatedSegments(d, opts.Confirmed)
	if !format.Translation || len(missing) == 0 {
		return ""
	}
	a := map[string]any{"N": len(missing), "Total": len(d.Segments), "Numbers": numberList(missing)}
	switch opts.Untranslated {
	case formats.KeepSource:
		return lang.N("{{.N}} of {{.Total}} segments have no English and are delivered in French: {{.Numbers}}.", len(missing), a)
	case formats.OmitUntranslated:
		return lang.N("{{.N}} of {{.Total}} segments have no English and are left out: {{.Numbers}}.", len(missing), a)
	}
	return ""
}

// show lists pv, the preview of an export to format.
func (p *exportPreview) show(format string, pv previewed) {
	p.format, p.msgs = format, pv.out.msgs
	refused := pv.refusal != ""
	switch {
	case refused:
		p.setHead(pv.refusal, widget.DangerImportance)
		p.msgs = nil
	case len(pv.out.msgs)+len(pv.notes) == 0:
		p.setHead(lang.L("Nothing is left out."), widget.SuccessImportance)
	case pv.out.toCheck:
		p.setHead(lang.L("Nothing is left out; to check in the translation tool:"), widget.MediumImportance)
	case pv.out.whole:
		p.setHead(lang.L("Nothing is left out, but:"), widget.MediumImportance)
	case pv.isDir:
		p.setHead(lang.L("The files would not hold everything:"), widget.WarningImportance)
	default:
		p.setHead(lang.L("The file would not hold everything:"), widget.WarningImportance)
	}
	p.setList(append(pv.notes, p.msgs...))
	if refused != p.refused {
		p.refused = refused
		if p.onRefused != nil {
			p.onRefused()
		}
	}
}

func (p *exportPreview) setHead(text string, imp widget.Importance) {
	p.head.importance(imp)
	p.head.SetText(text)
}

// setList lists msgs, each a paragraph.
func (p *exportPreview) setList(msgs []string) {
	objs := make([]fyne.CanvasObject, len(msgs))
	for i, m := range msgs {
		objs[i] = newFluidText("• " + m)
	}
	p.list.Objects = objs
	p.list.Refresh()
	p.box.Refresh()
}

// watch calls changed after every change of the choices.
func (f *exportForm) watch(changed func()) {
	for _, s := range []*formSelect{f.format, f.side, f.mentions, f.unit, f.untr, f.excel} {
		was := s.OnChanged
		s.OnChanged = func(v string) {
			if was != nil {
				was(v)
			}
			changed()
		}
	}
	for _, c := range []*formCheck{f.confirmed, f.plain, f.paras} {
		was := c.OnChanged
		c.OnChanged = func(v bool) {
			if was != nil {
				was(v)
			}
			changed()
		}
	}
}

// seen reports whether msgs, the warnings of an export to format, are those the Export dialog listed
// last; false with no dialog.
func (f *exportForm) seen(format string, msgs []string) bool {
	return f != nil && f.preview.saw(format, msgs)
}

// saw reports whether msgs, the warnings of an export to format, are those the dialog listed last:
// the person read them before choosing to write.
func (p *exportPreview) saw(format string, msgs []string) bool {
	return p != nil && p.format == format && slices.Equal(p.msgs, msgs)
}
