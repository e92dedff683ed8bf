package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"github.com/glose-app/glose/annotate"
)

// TestLinkModeCue: in link mode (s on a quotation), clicking the reporting verb made the verb the
// quotation's speaker, and a quotation tagged by hand had no way to get a cue. The verb clicked, or
// designated by the caret with s, is now the quotation's cue (in place of the one it had), both
// confirmed, in one undo step; clicking another quotation is refused, link mode staying on, and the
// speaker is then linked as before.
func TestLinkModeCue(t *testing.T) {
	d := testDoc(t) // QUOTE « Le dialogue 😀 est libre », PER Sergueï Lavrov
	ed := annotate.NewEditor(d)
	verb := strings.Index(sampleText, "déclaré")
	cue := &annotate.Span{Side: annotate.Source, Start: verb, End: verb + len("déclaré"), Label: annotate.LabelCue, Origin: annotate.Auto, Confidence: 0.7}
	must(t, ed.AddSpan(cue))
	q2 := strings.Index(sampleText, "« très")
	other := &annotate.Span{Side: annotate.Source, Start: q2, End: q2 + len("« très bonne rencontre »"), Label: annotate.LabelQuote, Origin: annotate.Human}
	must(t, ed.AddSpan(other))
	ui, _ := newTestUI(t, d, false)
	r := visibleRow(t, ui, 0)
	quote, per := d.Spans[0], d.Spans[1]
	ui.win.Canvas().Focus(r.src)
	ui.tapSpan(r, quote.ID)
	r.src.TypedRune('s')
	ui.tapSpan(r, cue.ID)
	if l := d.LinkFrom(quote.ID, annotate.LinkCue); l == nil || l.To != cue.ID || l.Origin != annotate.Human {
		t.Fatalf("cue link %+v, want a person's to the verb", l)
	}
	if d.LinkFrom(quote.ID, annotate.LinkSpeaker) != nil || quote.Origin != annotate.Human || cue.Origin != annotate.Human || ui.linkFrom != "" {
		t.Errorf("speaker %v, quote %s, verb %s, link mode %q", d.LinkFrom(quote.ID, annotate.LinkSpeaker), quote.Origin, cue.Origin, ui.linkFrom)
	}
	if want := "Cue linked: “déclaré” reports « Le dialogue 😀 est libre »"; ui.status.Text != want {
		t.Errorf("status %q, want %q", ui.status.Text, want)
	}
	ui.handleShortcut(&fyne.ShortcutUndo{})
	if d.LinkFrom(quote.ID, annotate.LinkCue) != nil || quote.Origin != annotate.Auto || cue.Origin != annotate.Auto {
		t.Errorf("after Ctrl+Z: cue %v, quote %s, verb %s", d.LinkFrom(quote.ID, annotate.LinkCue), quote.Origin, cue.Origin)
	}

	// Another quotation clicked in link mode: refused, link mode stays; then the speaker.
	ui.tapSpan(r, quote.ID)
	r.src.TypedRune('s')
	ui.tapSpan(r, other.ID)
	if d.LinkFrom(quote.ID, annotate.LinkSpeaker) != nil || ui.linkFrom != quote.ID || !strings.Contains(ui.status.Text, "cannot say the quotation") {
		t.Errorf("a quotation clicked: speaker %v, link mode %q, status %q", d.LinkFrom(quote.ID, annotate.LinkSpeaker), ui.linkFrom, ui.status.Text)
	}
	ui.tapSpan(r, per.ID)
	if l := d.LinkFrom(quote.ID, annotate.LinkSpeaker); l == nil || l.To != per.ID {
		t.Errorf("speaker link %+v", l)
	}
}

// TestLinkModePromptSaysTheCue: link mode takes the reporting verb as the quote's cue, but its
// prompt, the message for s on no span and the shortcut sheet spoke of the speaker alone, so the way
// to give a hand-tagged quote its cue was found by chance. Each now names both, in both languages.
func TestLinkModePromptSaysTheCue(t *testing.T) {
	for _, tc := range []struct{ lang, verb string }{{"en", "reporting verb"}, {"fr", "verbe introducteur"}} {
		t.Run(tc.lang, func(t *testing.T) {
			useLanguage(t, tc.lang)
			ui, _ := newTestUI(t, testDoc(t), false)
			d := ui.doc
			r := visibleRow(t, ui, 0)
			ui.win.Canvas().Focus(r.src)
			caretTo(t, r, strings.Index(d.Text, "dialogue"))
			r.src.TypedRune('s')
			if ui.linkFrom == "" || !strings.Contains(ui.status.Text, tc.verb) {
				t.Errorf("link mode's prompt %q does not name the %s", ui.status.Text, tc.verb)
			}
			caretTo(t, r, strings.Index(d.Text, "déclaré")) // tagged as nothing
			r.src.TypedRune('s')
			if !strings.Contains(ui.status.Text, tc.verb) {
				t.Errorf("s on no span says %q, naming no %s", ui.status.Text, tc.verb)
			}
			var help strings.Builder
			for _, row := range ui.shortcutRows() {
				help.WriteString(row[0] + "\n")
			}
			if !strings.Contains(help.String(), tc.verb) {
				t.Errorf("the shortcut sheet names no %s for s", tc.verb)
			}
		})
	}
}

// TestLinkButtonNamesSpeakerAndCue: link mode (s, Ctrl+L, the status bar's button) links the
// quotation to the speaker or to the reporting verb clicked, yet the button read "Link speaker" and
// the Edit menu "Link the quote to its speaker". Both now name the verb too, in English and French,
// and the button stays short enough for the span actions to keep to the status line's row in a
// window 768 wide, and at 1280 wide with a quotation selected (its speaker list shown).
func TestLinkButtonNamesSpeakerAndCue(t *testing.T) {
	for _, c := range []struct{ locale, edit, speaker, cue string }{
		{"en_US.UTF-8", "Edit", "speaker", "verb"},
		{"fr_FR.UTF-8", "Édition", "locuteur", "verbe"},
	} {
		t.Run(c.locale, func(t *testing.T) {
			useLocale(t, c.locale)
			ui, _ := newTestUI(t, testDoc(t), false)
			var item string
			for _, it := range menuNamed(t, ui, c.edit).Items {
				if s, ok := typedShortcut(it.Shortcut).(*desktop.CustomShortcut); ok && s.KeyName == fyne.KeyL && s.Modifier == fyne.KeyModifierShortcutDefault {
					item = it.Label
				}
			}
			for what, s := range map[string]string{"button": ui.palette.link.Text, "menu item": item} {
				if !strings.Contains(s, c.speaker) || !strings.Contains(s, c.cue) {
					t.Errorf("the link %s reads %q: it names not both the %s and the %s (link mode links either)", what, s, c.speaker, c.cue)
				}
			}
			for _, c := range []struct {
				width float32
				quote bool // a quotation selected: its speaker list shown too
			}{{768, false}, {1280, true}} {
				ui.win.Resize(fyne.NewSize(c.width, 600))
				if c.quote {
					ui.selectSpan(ui.doc.Spans[0].ID)
				}
				ui.win.Content().Refresh()
				if ui.palette.speaker.Visible() != c.quote {
					t.Fatalf("speaker list shown %v, want %v", ui.palette.speaker.Visible(), c.quote)
				}
				stStart, _ := rect(ui.status)
				linkStart, linkEnd := rect(ui.palette.link)
				if linkStart.Y > stStart.Y+0.5 || linkEnd.X > c.width+0.5 {
					t.Errorf("at %v wide the link button lies at %v–%v, not on the status line's row at y=%v", c.width, linkStart, linkEnd, stStart.Y)
				}
			}
		})
	}
}
