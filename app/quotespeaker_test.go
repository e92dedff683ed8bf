package app

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
)

// speakersDoc has two quotes whose suggested speakers are a description of Haïder al-Abadi and a
// short name of Sergueï Lavrov, as pre-annotation of Wikinews articles gives them.
func speakersDoc(t *testing.T) *annotate.Document {
	t.Helper()
	text := "Haïder al-Abadi a parlé 👍🏽. « Nous traquerons les gangs », a déclaré le chef du gouvernement sur Twitter. " +
		"« Le dialogue est libre », a dit Lavrov."
	d := annotate.NewDocument("speakers", "Speakers", text, "fr", "en")
	d.AddSegment(0, len(text), 0, annotate.KindSentence)
	ed := annotate.NewEditor(d)
	add := func(words, label string, kind annotate.MentionKind) string {
		t.Helper()
		at := strings.Index(text, words)
		must(t, ed.AddSpan(&annotate.Span{Side: annotate.Source, Start: at, End: at + len(words), Label: label, Mention: kind, Origin: annotate.Auto, Confidence: 0.9}))
		return d.Spans[len(d.Spans)-1].ID
	}
	abadi, chef := add("Haïder al-Abadi", annotate.LabelPER, ""), add("le chef du gouvernement", annotate.LabelPER, annotate.MentionNominal)
	lavrov := add("Lavrov", annotate.LabelPER, "")
	q1, q2 := add("« Nous traquerons les gangs »", annotate.LabelQuote, ""), add("« Le dialogue est libre »", annotate.LabelQuote, "")
	must(t, ed.AddEntity(&annotate.Entity{Type: annotate.LabelPER, Names: map[string]string{"fr": "Haïder al-Abadi", "en": "Haider al-Abadi"}, Mentions: []string{abadi, chef}}))
	must(t, ed.AddEntity(&annotate.Entity{Type: annotate.LabelPER, Names: map[string]string{"fr": "Sergueï Lavrov", "en": "Sergei Lavrov"}, Mentions: []string{lavrov}}))
	for _, l := range [][2]string{{q1, chef}, {q2, lavrov}} {
		must(t, ed.AddLink(&annotate.Link{Type: annotate.LinkSpeaker, From: l[0], To: l[1], Origin: annotate.Auto, Confidence: 0.8}))
	}
	return d
}

// shownLine is a Quotes row's line as drawn: its text (shortened to the room it has), the note shown
// beside it, and the line.
type shownLine struct {
	text, note string
	label      *widget.Label // the text's
	box        *fyne.Container
}

// shownNoteLines returns the speaker lines and quotation lines of the rows the Quotes list shows.
func shownNoteLines(t *testing.T, p *quotesPanel) (speakers, quotations []shownLine) {
	t.Helper()
	drawn := func(o fyne.CanvasObject) string {
		var s []string
		findShown(o, func(o fyne.CanvasObject) bool {
			if tx, ok := o.(*canvas.Text); ok {
				s = append(s, tx.Text)
			}
			return false
		})
		return strings.Join(s, "")
	}
	findShown(p.list, func(o fyne.CanvasObject) bool {
		c, ok := o.(*fyne.Container)
		if !ok {
			return false
		}
		l, ok := c.Layout.(*noteLine)
		if !ok {
			return false
		}
		c.Refresh() // lays the line out again for the texts bind gave it, as the driver does
		line := shownLine{text: drawn(c.Objects[0]), label: c.Objects[0].(*widget.Label), box: c}
		for _, n := range c.Objects[1:3] {
			if n.Visible() {
				line.note = n.(*widget.Label).Text
			}
		}
		if c.Objects[3].Visible() {
			line.note += "(?)" // the question mark
		}
		if l.share == 0 {
			speakers = append(speakers, line)
		} else {
			quotations = append(quotations, line)
		}
		return false
	})
	return speakers, quotations
}

// TestQuotesTabNamesTheSpeakerInANarrowPanel: a description's speaker read "le chef du gouvernement
// (Haïder a…" in the side panel, the name cut off; a short name, "Lavrov → Sergei Lavrov", never
// gave the French name. The person's French name now comes first, the words after it where they say
// more, and in the narrowest panel the note goes short so that the name shows whole, in English and
// in French: a question mark, where the short note, "suggéré", after a woman's name read as a mistake.
// So does it at 1280 pixels for a speaker the words would cut ("Haïder al-Abadi (le chef du gouv…"),
// not for one they leave whole.
// The quotation, which its note "suggestion, sûre à 90 %" shortened to "« N…", keeps half its line or
// shows whole, the note going to the percentage alone. A short note's tip says the whole note.
func TestQuotesTabNamesTheSpeakerInANarrowPanel(t *testing.T) {
	want := []string{"Haïder al-Abadi (le chef du gouvernement) → Haider al-Abadi", "Sergueï Lavrov → Sergei Lavrov"}
	who := []string{"Haïder al-Abadi", "Sergueï Lavrov"}
	for _, c := range []struct {
		locale                string
		size                  fyne.Size
		long                  string   // the speaker's note
		notes                 []string // as shown in each row
		quoteLong, quoteShown string
	}{
		{"en_US.UTF-8", fyne.NewSize(667, 400), "suggested speaker", []string{"(?)", "(?)"}, "suggestion, 90% sure", "90%"},
		{"fr_FR.UTF-8", fyne.NewSize(667, 400), "locuteur suggéré", []string{"(?)", "(?)"}, "suggestion, sûre à 90\u00a0%", "90\u00a0%"},
		{"en_US.UTF-8", fyne.NewSize(1280, 800), "suggested speaker", []string{"(?)", "suggested speaker"}, "suggestion, 90% sure", "suggestion, 90% sure"},
		{"fr_FR.UTF-8", fyne.NewSize(1280, 800), "locuteur suggéré", []string{"(?)", "locuteur suggéré"}, "suggestion, sûre à 90\u00a0%", "suggestion, sûre à 90\u00a0%"},
	} {
		t.Run(fmt.Sprintf("%s/%v", c.locale, c.size), func(t *testing.T) {
			useLocale(t, c.locale)
			ui, _ := newTestUI(t, speakersDoc(t), false)
			clock := holdTips(ui)
			ui.win.Resize(c.size)
			ui.tabs.SelectIndex(1)
			p := ui.panels[1].(*quotesPanel)
			p.refresh()
			ui.win.Content().Refresh()
			for i := range p.quotes {
				got, note, _, qnote, _ := quoteRow(p, i)
				if got != want[i] || note != c.long || qnote != c.quoteLong {
					t.Errorf("row %d: speaker %q, notes %q, %q; want %q, %q, %q", i, got, note, qnote, want[i], c.long, c.quoteLong)
				}
			}
			speakers, quotations := shownNoteLines(t, p)
			if len(speakers) != len(want) || len(quotations) != len(want) {
				t.Fatalf("the list shows %d speaker lines and %d quotation lines, want %d", len(speakers), len(quotations), len(want))
			}
			side := ui.tabs.Size().Width
			for i, s := range speakers {
				if !strings.HasPrefix(s.text, who[i]) {
					t.Errorf("panel %v wide: row %d draws %q, which does not name %q whole", side, i, s.text, who[i])
				}
				if s.note != c.notes[i] {
					t.Errorf("panel %v wide: row %d's note reads %q, want %q", side, i, s.note, c.notes[i])
				}
			}
			for i, q := range quotations {
				whole := q.text == q.label.Text
				if w, half := q.label.Size().Width, q.box.Size().Width/2; !whole && w+0.5 < half {
					t.Errorf("panel %v wide: row %d draws its quotation %q in %v of the line's %v", side, i, q.text, w, q.box.Size().Width)
				}
				if q.note != c.quoteShown {
					t.Errorf("panel %v wide: row %d's quotation note reads %q, want %q", side, i, q.note, c.quoteShown)
				}
			}
			for _, l := range []shownLine{speakers[0], quotations[0]} {
				if tip := l.box.Objects[4]; tip.Visible() {
					test.MoveMouse(ui.win.Canvas(), centre(tip))
					clock.pass()
					if got, long := ui.tips.showing(), l.box.Objects[1].(*widget.Label).Text; got != long {
						t.Errorf("the short note %q's tip says %q, want %q", l.note, got, long)
					}
					test.MoveMouse(ui.win.Canvas(), fyne.NewPos(1, 1))
					// a click on the note goes through to the row: it jumps to the quote
					p.marked = ""
					test.TapCanvas(ui.win.Canvas(), centre(tip))
					if p.marked == "" {
						t.Errorf("a click on the short note %q did not go to its quote", l.note)
					}
				}
			}
		})
	}
}

// TestSpeakerChooserListsPeopleNotLooseWords: Alt+S's list is the document's people: each person
// entity by its name, and a name tagged under no entity by its words. A description or a pronoun
// under no entity ("Les membres", "Le ministre", "il") is no one's name, and "il" stood for every
// loose "il" at once; they are left out (a click on the words in link mode still links them).
func TestSpeakerChooserListsPeopleNotLooseWords(t *testing.T) {
	d := testDoc(t) // QUOTE « Le dialogue 😀 est libre », PER Sergueï Lavrov
	ed := annotate.NewEditor(d)
	for _, m := range []struct {
		words string
		kind  annotate.MentionKind
	}{{"Donald Trump", ""}, {"Le ministre", annotate.MentionNominal}} {
		at := strings.Index(sampleText, m.words)
		must(t, ed.AddSpan(&annotate.Span{Side: annotate.Source, Start: at, End: at + len(m.words), Label: annotate.LabelPER, Mention: m.kind}))
	}
	ui, _ := newTestUI(t, d, false)
	ui.selectSpan(d.Spans[0].ID)
	if got := strings.Join(ui.palette.speaker.Options, ", "); got != "Sergueï Lavrov, Donald Trump" {
		t.Errorf("speaker choices %q, want the two people named, not the description", got)
	}
}

// TestSplitOffSpeakerNotNamedTwice: a description split off a wrong merge (New entity from selected
// span on "le chef du gouvernement") is an entity named by its own words; the Quotes tab and the
// status bar's list of people read "le chef du gouvernement (le chef du gouvernement)", the words
// said again where they say nothing more.
func TestSplitOffSpeakerNotNamedTwice(t *testing.T) {
	d := speakersDoc(t)
	ui, _ := newTestUI(t, d, false)
	var chef *annotate.Span
	for _, sp := range d.Spans {
		if d.SpanText(sp) == "le chef du gouvernement" {
			chef = sp
		}
	}
	ui.selectSpan(chef.ID)
	must(t, ui.panels[0].(*entitiesPanel).newFromSelected())
	p := ui.panels[1].(*quotesPanel)
	p.refresh()
	if got, _, _, _, _ := quoteRow(p, 0); got != "le chef du gouvernement" {
		t.Errorf("speaker split off into an entity of its own reads %q, want %q", got, "le chef du gouvernement")
	}
	if got := ui.speakerWords(chef, 80); got != "le chef du gouvernement" {
		t.Errorf("the status bar names that speaker %q, want %q", got, "le chef du gouvernement")
	}
}
