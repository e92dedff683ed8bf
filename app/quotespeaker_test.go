package app

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
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

// shownSpeakerLines returns, for each row the Quotes list shows, the speaker as drawn (shortened to
// the room it has) and the note shown beside it.
func shownSpeakerLines(t *testing.T, p *quotesPanel) (speakers, notes []string) {
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
		if _, ok := c.Layout.(*speakerLine); !ok {
			return false
		}
		c.Refresh() // lays the line out again for the texts bind gave it, as the driver does
		speakers = append(speakers, drawn(c.Objects[0]))
		note := ""
		for _, n := range c.Objects[1:] {
			if n.Visible() {
				note = n.(*widget.Label).Text
			}
		}
		notes = append(notes, note)
		return false
	})
	return speakers, notes
}

// TestQuotesTabNamesTheSpeakerInANarrowPanel: a description's speaker read "le chef du gouvernement
// (Haïder a…" in the side panel, the name cut off; a short name, "Lavrov → Sergei Lavrov", never
// gave the French name. The person's French name now comes first, the words after it where they say
// more, and in the narrowest panel the note goes short so that the name shows whole, in English and
// in French.
func TestQuotesTabNamesTheSpeakerInANarrowPanel(t *testing.T) {
	want := []string{"Haïder al-Abadi (le chef du gouvernement) → Haider al-Abadi", "Sergueï Lavrov → Sergei Lavrov"}
	who := []string{"Haïder al-Abadi", "Sergueï Lavrov"}
	for _, c := range []struct {
		locale     string
		size       fyne.Size
		long, note string
	}{
		{"en_US.UTF-8", fyne.NewSize(667, 400), "suggested speaker", "suggested"},
		{"fr_FR.UTF-8", fyne.NewSize(667, 400), "locuteur suggéré", "suggéré"},
		{"en_US.UTF-8", fyne.NewSize(1280, 800), "suggested speaker", "suggested speaker"},
		{"fr_FR.UTF-8", fyne.NewSize(1280, 800), "locuteur suggéré", "locuteur suggéré"},
	} {
		t.Run(fmt.Sprintf("%s/%v", c.locale, c.size), func(t *testing.T) {
			useLocale(t, c.locale)
			ui, _ := newTestUI(t, speakersDoc(t), false)
			ui.win.Resize(c.size)
			ui.tabs.SelectIndex(1)
			p := ui.panels[1].(*quotesPanel)
			p.refresh()
			ui.win.Content().Refresh()
			for i := range p.quotes {
				if got, note, _, _, _ := quoteRow(p, i); got != want[i] || note != c.long {
					t.Errorf("row %d: speaker %q, note %q; want %q, %q", i, got, note, want[i], c.long)
				}
			}
			speakers, notes := shownSpeakerLines(t, p)
			if len(speakers) != len(want) {
				t.Fatalf("the list shows %d speaker lines %q, want %d", len(speakers), speakers, len(want))
			}
			for i, s := range speakers {
				if !strings.HasPrefix(s, who[i]) {
					t.Errorf("panel %v wide: row %d draws %q, which does not name %q whole", ui.tabs.Size().Width, i, s, who[i])
				}
				if notes[i] != c.note {
					t.Errorf("panel %v wide: row %d's note reads %q, want %q", ui.tabs.Size().Width, i, notes[i], c.note)
				}
			}
		})
	}
}
