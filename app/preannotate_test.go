package app

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/ner"
	"github.com/glose-app/glose/annotate/plaintext"
	"github.com/glose-app/glose/annotate/preannotate"
)

// TestPreannotateThreshold: the settings' threshold decides what pre-annotation proposes; lowered,
// it brings the short « … » nobody is reported as saying, which the default leaves out.
func TestPreannotateThreshold(t *testing.T) {
	text := "Le projet de « ville intelligente » avance à Lyon depuis deux ans."
	quoteAt := func(d *annotate.Document) bool {
		return slices.ContainsFunc(d.Spans, func(sp *annotate.Span) bool {
			return sp.Label == annotate.LabelQuote && strings.Contains(d.SpanText(sp), "ville intelligente")
		})
	}
	d, err := plaintext.Import("a.txt", []byte(text), plaintext.Options{})
	must(t, err)
	ui, _ := newTestUI(t, d, false)
	ui.preannotateDocument()
	if quoteAt(d) {
		t.Fatal("the default threshold proposes the term « ville intelligente » as a quotation")
	}
	ui.undoStep()
	ui.app.Preferences().SetFloat(prefPropose, 10)
	ui.preannotateDocument()
	if !quoteAt(d) {
		t.Errorf("at 10 %% the term is not proposed: %d spans", len(d.Spans))
	}
	for _, sp := range d.Spans {
		if sp.Confidence < 0.1 {
			t.Errorf("%s %q proposed at %.2f, under the threshold", sp.Label, d.SpanText(sp), sp.Confidence)
		}
	}
}

// TestPreannotateWithUserModel: the entity model the settings name (one from glose-cli train) is the
// one pre-annotation uses, in Tools › Pre-annotate and on opening a text; a file that is no model is
// reported, and opening a text then falls back on the built-in model with a warning.
func TestPreannotateWithUserModel(t *testing.T) {
	f, err := os.Open("../annotate/ner/testdata/wikinews-sample.jsonl")
	must(t, err)
	exs, err := ner.ReadDoccano(f, "wikinews-sample.jsonl")
	f.Close()
	must(t, err)
	m, err := ner.Train(exs, nil, ner.TrainOptions{Epochs: 2}, nil)
	must(t, err)
	dir := t.TempDir()
	model := filepath.Join(dir, "mine.model")
	out, err := os.Create(model)
	must(t, err)
	must(t, m.Save(out))
	must(t, out.Close())
	entities := func(res []ner.Mention, min float64) []string {
		var out []string
		for _, x := range res {
			if x.Confidence >= min {
				out = append(out, fmt.Sprint(x.Start, x.End, x.Label))
			}
		}
		return out
	}
	spans := func(d *annotate.Document) []string {
		var out []string
		for _, sp := range d.Spans {
			if sp.Label != annotate.LabelQuote && sp.Label != annotate.LabelCue {
				out = append(out, fmt.Sprint(sp.Start, sp.End, sp.Label))
			}
		}
		sort.Strings(out)
		return out
	}
	d, err := plaintext.Import("a.txt", []byte(sampleText), plaintext.Options{})
	must(t, err)
	ui, _ := newTestUI(t, d, false)
	ui.app.Preferences().SetString(prefModel, model)
	ui.preannotateDocument()
	want := entities(m.Recognize(d.Text), preannotate.DefaultMinConfidence)
	builtIn, err := ner.Default()
	must(t, err)
	if slices.Equal(want, entities(builtIn.Recognize(d.Text), preannotate.DefaultMinConfidence)) {
		t.Fatal("the trained model finds what the built-in one finds: the test shows nothing")
	}
	got := spans(d)
	sort.Strings(want)
	// speakers the quote finder adds are spans too; every name the model found must be there
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("the user's model found %s, which pre-annotation did not propose (got %v)", w, got)
		}
	}

	junk := filepath.Join(dir, "junk.model")
	must(t, os.WriteFile(junk, []byte("not a model"), 0o644))
	ui.app.Preferences().SetString(prefModel, junk)
	ui.undoStep()
	ui.preannotateDocument()
	if len(d.Spans) != 0 || !strings.Contains(ui.status.Text, "junk.model") {
		t.Errorf("with a file that is no model: %d spans, status %q", len(d.Spans), ui.status.Text)
	}
	txt := filepath.Join(dir, "article.txt")
	must(t, os.WriteFile(txt, []byte(sampleText), 0o644))
	ui.Open(txt)
	_, loadErr := ui.models.get(junk)
	warning := loadErr.Error() + "\n" + lang.L("The built-in entity model was used instead.")
	if len(ui.doc.Spans) == 0 || shownMessage(ui.win.Canvas().Overlays().Top(), warning) == nil {
		t.Errorf("opening a text with a bad model: %d spans, and no warning %q", len(ui.doc.Spans), warning)
	}
}

// TestPreannotateAgainSaysNothingNew: Tools › Pre-annotate on a document it has already pre-annotated
// says that it found nothing new, not "proposed 0 spans" (which read as a failure); the first run
// gives its count with the plural of each language.
func TestPreannotateAgainSaysNothingNew(t *testing.T) {
	for _, c := range []struct{ language, first, again string }{
		{"en", "Pre-annotation proposed %d spans", "Pre-annotation found nothing new to propose"},
		{"fr", "La préannotation a proposé %d annotations", "La préannotation n’a rien trouvé de nouveau à proposer"},
	} {
		t.Run(c.language, func(t *testing.T) {
			useLanguage(t, c.language)
			text := "Le président Emmanuel Macron a déclaré à Paris : « Nous allons continuer. » Angela Merkel est arrivée à Berlin."
			d, err := plaintext.Import("a.txt", []byte(text), plaintext.Options{})
			must(t, err)
			ui, _ := newTestUI(t, d, false)
			ui.preannotateDocument()
			if n := len(d.Spans); n < 2 || ui.status.Text != fmt.Sprintf(c.first, n) {
				t.Errorf("first run, %d spans: the status says %q", n, ui.status.Text)
			}
			ui.preannotateDocument()
			if ui.status.Text != c.again {
				t.Errorf("second run: the status says %q, want %q", ui.status.Text, c.again)
			}
		})
	}
}

// TestPreannotateKeepsMentionKinds: Tools › Pre-annotate (as lowering the threshold and running it
// again) copied its proposals into the document without their mention kind, so the pronoun of
// "a-t-elle ajouté" and the description "le diplomate russe" became names: the Quotes tab showed the
// speaker as "elle" alone, not "elle (Élise Ménard)", and every named-entity export (CoNLL, spaCy,
// doccano, brat) gave "elle" as a PER name. Opening the text, which pre-annotates in place, kept them.
func TestPreannotateKeepsMentionKinds(t *testing.T) {
	text := "Élise Ménard a parlé. « Nous irons vite », a-t-elle ajouté. " +
		"Sergueï Lavrov est arrivé. « Rien n’est décidé », a dit le diplomate russe."
	want := map[string]annotate.MentionKind{"elle": annotate.MentionPronoun, "le diplomate russe": annotate.MentionNominal}
	inPlace, err := plaintext.Import("a.txt", []byte(text), plaintext.Options{})
	must(t, err)
	must(t, preannotate.Run(inPlace, preannotate.Options{}))
	d, err := plaintext.Import("a.txt", []byte(text), plaintext.Options{})
	must(t, err)
	ui, _ := newTestUI(t, d, false)
	ui.preannotateDocument()
	for _, doc := range []*annotate.Document{inPlace, d} {
		got := map[string]annotate.MentionKind{}
		for _, sp := range doc.Spans {
			if _, ok := want[doc.SpanText(sp)]; ok {
				got[doc.SpanText(sp)] = sp.Mention.Norm()
			}
		}
		for words, kind := range want {
			if got[words] != kind {
				t.Errorf("%q: mention kind %q, want %q (in place: %v)", words, got[words], kind, doc == inPlace)
			}
		}
	}
	q := ui.quotesPanel()
	q.refresh()
	if fr, _, _ := q.speakers(q.quotes[0]); fr != "Élise Ménard (elle)" {
		t.Errorf("the Quotes tab names the speaker %q, want %q", fr, "Élise Ménard (elle)")
	}
}
