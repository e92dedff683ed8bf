package app

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/glose-app/glose/annotate"
)

// speakerWordsDoc has three quotes whose suggested speakers say more than a name: a pronoun of
// Isabelle Kerneur, Sergueï Lavrov with his English name, and a long description of Haïder al-Abadi.
func speakerWordsDoc(t *testing.T) *annotate.Document {
	t.Helper()
	text := "Isabelle Kerneur est venue. « Nous resterons », a-t-elle dit. « Le dialogue est libre », a dit Lavrov. " +
		"« Nous traquerons les gangs », a déclaré le chef du gouvernement fédéral irakien à Bagdad, Haïder al-Abadi."
	d := annotate.NewDocument("speakerwords", "Speakers", text, "fr", "en")
	d.AddSegment(0, len(text), 0, annotate.KindSentence)
	ed := annotate.NewEditor(d)
	add := func(words, label string, kind annotate.MentionKind) string {
		t.Helper()
		at := strings.Index(text, words)
		must(t, ed.AddSpan(&annotate.Span{Side: annotate.Source, Start: at, End: at + len(words), Label: label, Mention: kind, Origin: annotate.Auto, Confidence: 0.9}))
		return d.Spans[len(d.Spans)-1].ID
	}
	kerneur, elle := add("Isabelle Kerneur", annotate.LabelPER, ""), add("elle", annotate.LabelPER, annotate.MentionPronoun)
	lavrov := add("Lavrov", annotate.LabelPER, "")
	chef := add("le chef du gouvernement fédéral irakien à Bagdad", annotate.LabelPER, annotate.MentionNominal)
	abadi := add("Haïder al-Abadi", annotate.LabelPER, "")
	q1, q2 := add("« Nous resterons »", annotate.LabelQuote, ""), add("« Le dialogue est libre »", annotate.LabelQuote, "")
	q3 := add("« Nous traquerons les gangs »", annotate.LabelQuote, "")
	must(t, ed.AddEntity(&annotate.Entity{Type: annotate.LabelPER, Names: map[string]string{"fr": "Isabelle Kerneur"}, Mentions: []string{kerneur, elle}}))
	must(t, ed.AddEntity(&annotate.Entity{Type: annotate.LabelPER, Names: map[string]string{"fr": "Sergueï Lavrov", "en": "Sergei Lavrov"}, Mentions: []string{lavrov}}))
	must(t, ed.AddEntity(&annotate.Entity{Type: annotate.LabelPER, Names: map[string]string{"fr": "Haïder al-Abadi"}, Mentions: []string{abadi, chef}}))
	for _, l := range [][2]string{{q1, elle}, {q2, lavrov}, {q3, chef}} {
		must(t, ed.AddLink(&annotate.Link{Type: annotate.LinkSpeaker, From: l[0], To: l[1], Origin: annotate.Auto, Confidence: 0.8}))
	}
	return d
}

// TestQuotesRowSpeakerReadable: in the Quotes tab of a 1008-pixel window the speaker's words were cut
// beside "locuteur suggéré" ("Isabelle Kerneur (e…"). At 1008 and 1280 pixels, in French and English,
// a speaker with a pronoun or an English name shows whole, the note going to its question mark where
// the words would cut it; one
// too long for the line (a long description) shows whole in the tip of its text, as a cut quotation
// does, where a whole text has no tip. Every row keeps one height: the list does not jump.
func TestQuotesRowSpeakerReadable(t *testing.T) {
	whole := []string{"Isabelle Kerneur (elle)", "Sergueï Lavrov → Sergei Lavrov"}
	long := "Haïder al-Abadi (le chef du gouvernement fédéral irakien à Bagdad)"
	for _, c := range []struct {
		locale string
		size   fyne.Size
	}{
		{"fr_FR.UTF-8", fyne.NewSize(1008, 700)}, {"en_US.UTF-8", fyne.NewSize(1008, 700)},
		{"fr_FR.UTF-8", fyne.NewSize(1280, 800)}, {"en_US.UTF-8", fyne.NewSize(1280, 800)},
	} {
		t.Run(fmt.Sprintf("%s/%v", c.locale, c.size), func(t *testing.T) {
			useLocale(t, c.locale)
			ui, _ := newTestUI(t, speakerWordsDoc(t), false)
			clock := holdTips(ui)
			ui.win.Resize(c.size)
			ui.tabs.SelectIndex(1)
			p := ui.panels[1].(*quotesPanel)
			p.refresh()
			ui.win.Content().Refresh()
			speakers, quotations := shownNoteLines(t, p)
			if len(speakers) != 3 {
				t.Fatalf("the list shows %d speaker lines, want 3", len(speakers))
			}
			for i, w := range whole {
				if s := speakers[i]; s.label.Text != w || s.text != w || s.note == "" {
					t.Errorf("row %d draws %q beside %q, want %q whole beside its note", i, s.text, s.note, w)
				}
			}
			tipOf := func(l shownLine) string {
				test.MoveMouse(ui.win.Canvas(), centre(l.box.Objects[5]))
				clock.pass()
				defer test.MoveMouse(ui.win.Canvas(), fyne.NewPos(1, 1))
				return ui.tips.showing()
			}
			for _, l := range append(speakers, quotations...) {
				cut := l.text != l.label.Text
				switch tip := tipOf(l); {
				case cut && tip != l.label.Text:
					t.Errorf("%q, drawn %q, has the tip %q, want the whole text", l.label.Text, l.text, tip)
				case !cut && tip != "":
					t.Errorf("%q, drawn whole, has the tip %q", l.label.Text, tip)
				}
			}
			if got := speakers[2].label.Text; !strings.HasPrefix(got, long) {
				t.Errorf("row 2's speaker is %q, want it to begin %q", got, long)
			}
			var heights []float32
			findShown(p.list, func(o fyne.CanvasObject) bool {
				if box, ok := o.(*fyne.Container); ok && p.boxes[box] != "" {
					heights = append(heights, box.Size().Height)
				}
				return false
			})
			for _, h := range heights {
				if h != heights[0] {
					t.Errorf("rows of heights %v: the list jumps", heights)
					break
				}
			}
		})
	}
}
