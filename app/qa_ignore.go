package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/qa"
)

// A translator judges some warnings no fault ("10 ans plus tard" translated "years later" is no
// missing number) and ignores them, as memoQ and Trados let one do: the opened issue's Ignore button
// keeps it in its segment (annotate.Editor.SetQAIgnored, one undo step; saved with the document), and
// the checks mark it ignored from then on, as long as what it is about stays (qa.About). The tab
// leaves it out of its list, its summary (which counts the ignored apart), its badge and the "With QA
// problems" filter; Show ignored lists them again, greyed, after the others, where Un-ignore raises
// one again. Warnings only (qa.Ignorable).

// stepIgnoreQA and stepUnignoreQA are the editor's names of those undo steps.
const (
	stepIgnoreQA   = "ignore QA issue"
	stepUnignoreQA = "un-ignore QA issue"
)

// qaIgnoring is the QA tab's state of the ignored issues.
type qaIgnoring struct {
	count  int             // the last run's issues ignored
	shown  bool            // they are listed, greyed, after the others
	show   *widget.Check   // Show ignored, there while some are
	button *dialogButton   // Ignore, or Un-ignore, the opened issue
	row    *fyne.Container // holds it, hidden for an issue that cannot be ignored
}

// newShowIgnored makes the Show ignored check, under the summary.
func (p *qaPanel) newShowIgnored() fyne.CanvasObject {
	g := &p.ignoring
	g.show = widget.NewCheck(lang.L("Show ignored"), func(on bool) {
		g.shown = on
		p.relist()
	})
	g.show.Hide()
	return g.show
}

// newIgnoreRow makes the opened issue's Ignore button, under its message.
func (p *qaPanel) newIgnoreRow() fyne.CanvasObject {
	g := &p.ignoring
	g.button = p.ui.newPanelButton(lang.L("Ignore"), theme.VisibilityOffIcon(), func() {
		if p.opened != nil {
			is := *p.opened
			p.ui.run(func() error { return p.setIgnored(is, !is.Ignored) })
		}
	})
	g.row = container.NewHBox(g.button)
	g.row.Hide()
	return g.row
}

// showIgnoreButton shows Ignore under an opened issue that may be ignored, Un-ignore under an ignored
// one, nothing under the others.
func (p *qaPanel) showIgnoreButton(is *qa.Issue) {
	g := &p.ignoring
	if is == nil || !qa.Ignorable(*is) || p.ui.doc.Segment(is.Segment) == nil {
		g.row.Hide()
		return
	}
	text, icon := lang.L("Ignore"), theme.VisibilityOffIcon()
	if is.Ignored {
		text, icon = lang.L("Un-ignore"), theme.VisibilityIcon()
	}
	if g.button.Text != text {
		g.button.SetText(text)
		g.button.SetIcon(icon)
	}
	g.row.Show()
}

// setIgnored ignores issue is (on) or raises it again, as one undo step, marks it so in the last
// run's issues at once (the checks run again a second after the change and find the same) and lists
// them again. Pressed from the keyboard, the keys go back to the list where the issue was and the
// next issue there is shown, so that a run of warnings is gone through with Tab and Space; a click
// shows nothing under the pointer, where the next issue's buttons (a spelling issue's Ignore, which
// ignores the word for the session) would take a second click meant for this one.
func (p *qaPanel) setIgnored(is qa.Issue, on bool) error {
	ui := p.ui
	seg := ui.doc.Segment(is.Segment)
	if seg == nil {
		return nil // gone since the run, which the next one says
	}
	if err := ui.ed.SetQAIgnored(is.Segment, qa.Ignore(is, seg.Target), on); err != nil {
		return err
	}
	for i := range p.all {
		if sameIssue(p.all[i], is) {
			p.all[i].Ignored = on
		}
	}
	row := p.list.cursor
	p.relist()
	n := ui.doc.SegmentIndex(is.Segment) + 1
	if on {
		ui.setStatus(lang.L("Issue of segment {{.N}} ignored: Ctrl+Z takes it back", map[string]any{"N": n}))
	} else {
		ui.setStatus(lang.L("Issue of segment {{.N}} raised again", map[string]any{"N": n}))
	}
	if p.opened == nil && p.rows() > 0 && ui.win.Canvas().Focused() == fyne.Focusable(p.ignoring.button) {
		row = min(row, p.rows()-1) // it left the list: the keys go on from there
		ui.win.Canvas().Focus(p.list)
		p.list.moveTo(row)
		p.preview(row)
	}
	return nil
}

// listedIssues returns the last run's issues the list shows, a copy: all, or those not ignored; it
// counts the ignored ones.
func (p *qaPanel) listedIssues() []qa.Issue {
	out := make([]qa.Issue, 0, len(p.all))
	p.ignoring.count = 0
	for _, is := range p.all {
		if is.Ignored {
			p.ignoring.count++
			if !p.ignoring.shown {
				continue
			}
		}
		out = append(out, is)
	}
	return out
}

// ignoredListed is how many of the rows are ignored issues, which the tab's badge does not count.
func (p *qaPanel) ignoredListed() int {
	if p.ignoring.shown {
		return p.ignoring.count
	}
	return 0
}

// sayIgnored adds the count of the ignored issues to the summary, and shows Show ignored while there
// are some (or they are shown).
func (p *qaPanel) sayIgnored() {
	g := &p.ignoring
	if g.count > 0 {
		p.summary.SetText(p.summary.Text + " · " + lang.N("{{.N}} ignored", g.count, map[string]any{"N": g.count}))
	}
	setVisible(g.show, g.count > 0 || g.shown)
}

// greyIgnored greys the message of an ignored issue's row.
func greyIgnored(l *widget.Label, ignored bool) {
	want := widget.MediumImportance
	if ignored {
		want = widget.LowImportance
	}
	if l.Importance != want {
		l.Importance = want
		l.Refresh()
	}
}

// qaRan is what the last run of the checks shown was made on: saving leaves out of the file the
// ignored issues that run no longer raises (qa.Stale), only when it was made on the document as it
// is, with no change since.
type qaRan struct {
	edits int                // the changes to the document so far (qaPanel.kick)
	at    int                // edits when the run shown was made
	doc   *annotate.Document // the document it was made on; nil before the first
	cfg   qa.Config
}

// record notes a run shown, made with cfg on d when edits was at.
func (r *qaRan) record(d *annotate.Document, cfg qa.Config, at int) {
	r.doc, r.cfg, r.at = d, cfg, at
}

// docToSave is the document as saving writes it: without the ignored issues that the last run of the
// checks, made on the document as it is, no longer raises, which would otherwise stay in the file for
// good; the document in memory keeps them, so that Undo bringing back the English they were about
// finds them ignored still. The document itself when there are none, or no such run.
func (ui *UI) docToSave() *annotate.Document {
	p, d := ui.qa, ui.doc
	if p == nil || p.ran.doc != d || p.ran.at != p.ran.edits {
		return d
	}
	return d.WithoutQAIgnored(qa.Stale(d, p.all, p.ran.cfg))
}
