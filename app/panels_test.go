package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
)

// docWithEntities is testDoc with two PER entities for Lavrov and one for Trump.
func docWithEntities(t *testing.T) *annotate.Document {
	d := testDoc(t)
	ed := annotate.NewEditor(d)
	trump := strings.Index(d.Text, "Donald Trump")
	must(t, ed.AddSpan(&annotate.Span{Side: annotate.Source, Start: trump, End: trump + len("Donald Trump"), Label: annotate.LabelPER}))
	must(t, ed.AddEntity(&annotate.Entity{ID: "e1", Type: "PER", Names: map[string]string{"fr": "Sergueï Lavrov"}, Mentions: []string{d.Spans[1].ID}}))
	// e2 is known by its English name only, and mentioned as "Le ministre" (an entity without
	// mention is dropped on opening).
	minister := strings.Index(d.Text, "Le ministre")
	must(t, ed.AddSpan(&annotate.Span{Side: annotate.Source, Start: minister, End: minister + len("Le ministre"), Label: annotate.LabelPER}))
	must(t, ed.AddEntity(&annotate.Entity{ID: "e2", Type: "PER", Names: map[string]string{"en": "Sergei Lavrov"}, Mentions: []string{d.Spans[3].ID}}))
	must(t, ed.AddEntity(&annotate.Entity{ID: "e3", Type: "PER", Names: map[string]string{"fr": "Donald Trump"}, Mentions: []string{d.Spans[2].ID}}))
	return d
}

func TestEntitiesPanelRenameMergeJump(t *testing.T) {
	ui, _ := newTestUI(t, docWithEntities(t), false)
	p := ui.panels[0].(*entitiesPanel)
	ui.tabs.SelectIndex(0)
	p.refresh()
	if len(p.ents) != 3 {
		t.Fatalf("%d entities listed", len(p.ents))
	}
	p.sel = "e2"
	p.showDetail()
	p.nameTgt.SetText("Sergey Lavrov")
	must(t, p.renameBoth())
	if got := ui.doc.Entity("e2").Names["en"]; got != "Sergey Lavrov" {
		t.Errorf("renamed to %q", got)
	}
	// Merge e2 into e1: e1 keeps its French name and gains the English one.
	p.merge.open()
	for i, id := range p.merge.ids {
		if id == "e1" {
			p.merge.chooseRow(i) // a click on it
		}
	}
	if ui.doc.Entity("e2") != nil || ui.doc.Entity("e1").Names["en"] != "Sergey Lavrov" {
		t.Errorf("merge: e2 %v, e1 names %v", ui.doc.Entity("e2"), ui.doc.Entity("e1").Names)
	}
	// Jumping to a mention selects it.
	p.sel = "e3"
	p.showDetail()
	if p.mentions.len() != 1 {
		t.Fatalf("%d mention buttons", p.mentions.len())
	}
	p.mentions.button(0).OnTapped()
	if ui.selSpan != ui.doc.Entity("e3").Mentions[0] || ui.cur != 1 {
		t.Errorf("jump: selected %q, current segment %d", ui.selSpan, ui.cur)
	}
	// Undo reverts the merge and the rename.
	ui.undoStep()
	ui.undoStep()
	if e := ui.doc.Entity("e2"); e == nil || e.Names["en"] != "Sergei Lavrov" {
		t.Errorf("after undo: e2 %+v", e)
	}
}

func TestQuotesPanelListsQuotesWithSpeakers(t *testing.T) {
	d := testDoc(t)
	ui, _ := newTestUI(t, d, false)
	must(t, ui.ed.SetSpeaker(d.Spans[0].ID, d.Spans[1].ID))
	p := ui.panels[1].(*quotesPanel)
	p.refresh()
	if len(p.quotes) != 1 || !p.empty.Hidden {
		t.Fatalf("%d quotes, hint hidden %v", len(p.quotes), p.empty.Hidden)
	}
	speaker, _, french, _, english := quoteRow(p, 0)
	if !strings.HasPrefix(speaker, "Sergueï Lavrov") || !strings.Contains(french, "dialogue 😀") || !strings.Contains(english, "(not translated)") {
		t.Errorf("row: %q / %q / %q", speaker, french, english)
	}
}

// quoteRow binds row i of the Quotes tab and returns its texts: the speaker and its note, the
// quotation and its note, and its sign's tip (its state, segments and English).
func quoteRow(p *quotesPanel, i int) (speaker, speakerNote, french, quoteNote, english string) {
	box := p.list.CreateItem().(*fyne.Container)
	p.bind(i, box)
	line := func(k int) (string, string) {
		c := quoteLine(box, k)
		return c.Objects[0].(*widget.Label).Text, c.Objects[1].(*widget.Label).Text
	}
	speaker, speakerNote = line(0)
	french, quoteNote = line(1)
	return speaker, speakerNote, french, quoteNote, p.signTips[box]
}

// quoteLine returns line k of a Quotes row: its speaker (0) or its quotation (1).
func quoteLine(box *fyne.Container, k int) *fyne.Container {
	if k == 0 {
		return speakerLineOf(box)
	}
	return quotationLineOf(box)
}

// TestQuotesPanelSpeakerLinkedByHandConfirmsTheQuote replaces pre-annotation's speaker by one the
// user links: linking a speaker is a judgement on the quotation, so the Quotes tab and the status line
// stop calling either a suggestion; one Ctrl+Z brings back both suggestions.
func TestQuotesPanelSpeakerLinkedByHandConfirmsTheQuote(t *testing.T) {
	d := testDoc(t)
	quote, per := d.Spans[0].ID, d.Spans[1].ID
	must(t, annotate.NewEditor(d).AddLink(&annotate.Link{Type: annotate.LinkSpeaker, From: quote, To: per, Origin: annotate.Auto, Confidence: 0.7}))
	ui, _ := newTestUI(t, d, false)
	p := ui.panels[1].(*quotesPanel)
	ui.tabs.SelectIndex(1)
	suggested := func(when string) {
		t.Helper()
		if _, note, _, quoteNote, _ := quoteRow(p, 0); note != "suggested speaker" || quoteNote != "suggestion, 80% sure" {
			t.Errorf("%s: speaker note %q, quotation note %q; want both suggestions", when, note, quoteNote)
		}
		if ui.selectSpan(quote); !strings.Contains(ui.status.Text, "suggestion, 80% sure") {
			t.Errorf("%s: status %q does not call the quote a suggestion", when, ui.status.Text)
		}
	}
	suggested("pre-annotation")
	r := visibleRow(t, ui, 0)
	ui.tapSpan(r, quote)
	ui.win.Canvas().Focus(r.src)
	r.src.TypedRune('s')
	ui.tapSpan(r, per)
	if l := d.LinkFrom(quote, annotate.LinkSpeaker); l == nil || l.Origin != annotate.Human || d.Span(quote).Origin != annotate.Human {
		t.Fatalf("speaker linked by hand: link %+v, quote %s; want both human", l, d.Span(quote).Origin)
	}
	if ui.status.Text != "Speaker linked: Sergueï Lavrov says « Le dialogue 😀 est libre »; quotation accepted" {
		t.Errorf("status after linking: %q", ui.status.Text)
	}
	speaker, speakerNote, _, quoteNote, _ := quoteRow(p, 0)
	if speaker != "Sergueï Lavrov" || speakerNote != "" || quoteNote != "" {
		t.Errorf("linked by hand, the row shows %q with notes %q and %q; want no notes", speaker, speakerNote, quoteNote)
	}
	if ui.selectSpan(quote); strings.Contains(ui.status.Text, "suggestion") || !strings.HasPrefix(ui.status.Text, "Sergueï Lavrov says") {
		t.Errorf("status of the linked quote: %q", ui.status.Text)
	}
	ui.undoStep()
	suggested("after one undo")
}

func TestExportWritesFiles(t *testing.T) {
	data, err := annotate.Marshal(testDoc(t))
	must(t, err)
	dir := t.TempDir()
	for _, name := range []string{"jsonl", "brat"} {
		f, ok := formats.Lookup(name)
		if !ok {
			t.Fatalf("no format %s", name)
		}
		dest := filepath.Join(dir, "out"+f.Extensions[0])
		if f.MultiFile {
			dest = dir
		}
		if _, err := writeExport(name, data, formats.WriteOptions{}, dest, f.MultiFile, nil); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	if b, err := os.ReadFile(filepath.Join(dir, "out.jsonl")); err != nil || !strings.Contains(string(b), "test-doc") {
		t.Errorf("jsonl export: %v %q", err, b)
	}
	if _, err := os.Stat(filepath.Join(dir, "test-doc.ann")); err != nil {
		t.Errorf("brat export: %v", err)
	}
}
