package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
)

// speakerDoc has Sergueï Lavrov, then a quote attributed to him by the pronoun of "a-t-il", both
// mentions of his entity.
func speakerDoc(t *testing.T) (*annotate.Document, *annotate.Span) {
	t.Helper()
	d := pairDoc("Sergueï Lavrov 👍🏽 est arrivé.", "« C'est fini », a-t-il dit.")
	ed := annotate.NewEditor(d)
	name := strings.Index(d.Text, "Sergueï Lavrov")
	per := &annotate.Span{Side: annotate.Source, Start: name, End: name + len("Sergueï Lavrov"), Label: annotate.LabelPER}
	il := strings.Index(d.Text, "-il") + 1
	pro := &annotate.Span{Side: annotate.Source, Start: il, End: il + 2, Label: annotate.LabelPER, Origin: annotate.Auto, Confidence: 0.6,
		Mention: annotate.MentionPronoun}
	must(t, ed.AddSpan(per))
	must(t, ed.AddSpan(pro))
	must(t, ed.AddEntity(&annotate.Entity{ID: "e1", Type: annotate.LabelPER, Names: map[string]string{"fr": "Sergueï Lavrov"}, Mentions: []string{per.ID, pro.ID}}))
	return d, pro
}

// shownMentions returns the texts of the mention buttons the Entities tab shows.
func shownMentions(p *entitiesPanel) (texts []string, byText map[string]*widget.Button) {
	byText = map[string]*widget.Button{}
	for _, b := range mentionButtons(p) {
		texts = append(texts, b.b.Text)
		byText[b.b.Text] = b.b
	}
	return texts, byText
}

// TestMentionKindInEntitiesTab: the Entities tab says which mention is a pronoun; a right click on it
// offers the kinds, its own checked; choosing "name" makes it one, says so, and one undo takes it back.
func TestMentionKindInEntitiesTab(t *testing.T) {
	d, pro := speakerDoc(t)
	ui, _ := newTestUI(t, d, false)
	ui.win.Resize(fyne.NewSize(1000, 1400)) // tall enough for the details to show both mentions
	layOut(ui)
	p := entitiesTab(ui)
	pickEntity(t, p, "e1")
	texts, buttons := shownMentions(p)
	if strings.Join(texts, " | ") != "Seg. 1 · Sergueï Lavrov | Seg. 2 · il · pronoun" {
		t.Fatalf("mentions shown %q", texts)
	}
	btn := buttons["Seg. 2 · il · pronoun"]
	// The list's buttons are mentionButtons: the walk gives their Button; tap the whole widget.
	var mb *mentionButton
	for _, o := range test.WidgetRenderer(p.mentions).Objects() {
		if b, ok := o.(*mentionButton); ok && &b.Button == btn {
			mb = b
		}
	}
	if mb == nil {
		t.Fatal("the pronoun's button is no mentionButton")
	}
	test.TapSecondary(mb)
	if ui.win.Canvas().Overlays().Top() == nil || p.mentions.menu == nil {
		t.Fatalf("a right click on a mention shows %T, want its kinds", ui.win.Canvas().Overlays().Top())
	}
	var offered []string
	name := -1
	for i, it := range p.mentions.menu.Items {
		mark := ""
		if it.Checked {
			mark = "✓"
		}
		offered = append(offered, mark+it.Label)
		if it.Label == "name" {
			name = i
		}
	}
	if strings.Join(offered, " ") != "name description ✓pronoun" || name < 0 || len(p.mentions.popup.Items) != 3 {
		t.Fatalf("kinds offered %q", offered)
	}
	test.Tap(p.mentions.popup.Items[name].(fyne.Tappable))
	if ui.win.Canvas().Overlays().Top() != nil {
		t.Error("the kinds stay shown once one is chosen")
	}
	if !pro.IsName() || pro.Origin != annotate.Auto {
		t.Errorf("after choosing name: kind %q, origin %s; want a name, still a suggestion", pro.Mention, pro.Origin)
	}
	if want := "“il” is now marked as a name"; ui.status.Text != want {
		t.Errorf("status %q, want %q", ui.status.Text, want)
	}
	if texts, _ := shownMentions(p); strings.Join(texts, " | ") != "Seg. 1 · Sergueï Lavrov | Seg. 2 · il" {
		t.Errorf("after choosing name, mentions shown %q", texts)
	}
	ui.handleShortcut(&fyne.ShortcutUndo{})
	if pro.Mention != annotate.MentionPronoun {
		t.Errorf("one undo gives kind %q, want pronoun", pro.Mention)
	}
	if texts, _ := shownMentions(p); strings.Join(texts, " | ") != "Seg. 1 · Sergueï Lavrov | Seg. 2 · il · pronoun" {
		t.Errorf("after undo, mentions shown %q", texts)
	}
}

// TestMentionKindInFrench: the kind is said in the interface's language.
func TestMentionKindInFrench(t *testing.T) {
	useLanguage(t, "fr")
	d, _ := speakerDoc(t)
	ui, _ := newTestUI(t, d, false)
	ui.win.Resize(fyne.NewSize(1000, 1400)) // tall enough for the details to show both mentions
	layOut(ui)
	p := entitiesTab(ui)
	pickEntity(t, p, "e1")
	if texts, _ := shownMentions(p); strings.Join(texts, " | ") != "Seg. 1 · Sergueï Lavrov | Seg. 2 · il · pronom" {
		t.Errorf("mentions shown %q", texts)
	}
}
