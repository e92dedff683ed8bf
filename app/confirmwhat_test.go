package app

import (
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// TestLinkAndAddSayWhat: linking a speaker names who says what (the speaker's entity name and the
// quotation's first words), and Entities › Add selected span names the span added and its entity,
// in English and in French.
func TestLinkAndAddSayWhat(t *testing.T) {
	for _, c := range []struct{ language, linked, again, added string }{
		{"en", "Speaker linked: Sergueï Viktorovitch Lavrov says « Le dialogue 😀 est libre »; quotation accepted",
			"Speaker linked: Donald Trump says « très bonne rencontre »",
			"Added PER “Donald Trump” to the entity “Sergueï Viktorovitch Lavrov”"},
		{"fr", "Locuteur lié\u00a0: Sergueï Viktorovitch Lavrov dit « Le dialogue 😀 est libre »\u00a0; citation acceptée",
			"Locuteur lié\u00a0: Donald Trump dit « très bonne rencontre »",
			"Annotation PER «\u00a0Donald Trump\u00a0» ajoutée à l’entité «\u00a0Sergueï Viktorovitch Lavrov\u00a0»"},
	} {
		t.Run(c.language, func(t *testing.T) {
			useLanguage(t, c.language)
			d := testDoc(t)
			quote, per := d.Spans[0].ID, d.Spans[1].ID
			ed := annotate.NewEditor(d)
			must(t, ed.AddEntity(&annotate.Entity{ID: "e1", Type: "PER", Names: map[string]string{"fr": "Sergueï Viktorovitch Lavrov"}, Mentions: []string{per}}))
			at := strings.Index(d.Text, "« très")
			q2 := &annotate.Span{Side: annotate.Source, Start: at, End: at + len("« très bonne rencontre »"), Label: annotate.LabelQuote, Origin: annotate.Human}
			must(t, ed.AddSpan(q2))
			at = strings.Index(d.Text, "Donald Trump")
			trump := &annotate.Span{Side: annotate.Source, Start: at, End: at + len("Donald Trump"), Label: annotate.LabelPER, Origin: annotate.Human}
			must(t, ed.AddSpan(trump))
			ui, _ := newTestUI(t, d, false)
			ui.run(func() error { return ui.linkSpeaker(quote, per) })
			if ui.status.Text != c.linked {
				t.Errorf("linked:\n got %q\nwant %q", ui.status.Text, c.linked)
			}
			ui.run(func() error { return ui.linkSpeaker(q2.ID, trump.ID) })
			if ui.status.Text != c.again {
				t.Errorf("linked again:\n got %q\nwant %q", ui.status.Text, c.again)
			}
			p := ui.panels[0].(*entitiesPanel)
			ui.tabs.SelectIndex(0)
			ui.selectSpan(trump.ID)
			p.sel = "e1"
			p.showDetail()
			ui.run(p.addSelected)
			if e := d.EntityOf(trump.ID); e == nil || e.ID != "e1" || ui.status.Text != c.added {
				t.Errorf("added to %v:\n got %q\nwant %q", e, ui.status.Text, c.added)
			}
		})
	}
}
