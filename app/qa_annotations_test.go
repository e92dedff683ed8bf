package app

import (
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/qa"
)

// The QA tab lists the checks of the tags as the others: a reporting verb left without its
// quotation is listed, worded, and clicking it selects the verb; every check of the tags has a name.
func TestQAAnnotationIssuesListedAndJump(t *testing.T) {
	d := testDoc(t)
	ed := annotate.NewEditor(d)
	a := strings.Index(sampleText, "salué")
	cue := &annotate.Span{Side: annotate.Source, Start: a, End: a + len("salué"), Label: annotate.LabelCue}
	must(t, ed.AddSpan(cue))
	w := strings.Index(sampleText, "Washington")
	must(t, ed.AddSpan(&annotate.Span{Side: annotate.Source, Start: w, End: w + len("Washington"), Label: annotate.LabelLOC}))
	ui, _ := newTestUI(t, d, false)
	ui.qa.runNow()
	k := issueRow(ui.qa, qa.CueAlone, d.Segments[1].ID)
	if k < 0 {
		t.Fatalf("no cue-alone issue in %+v", ui.qa.issues)
	}
	if msg := issueMessage(ui.qa.issues[k]); !strings.Contains(msg, "“salué” belongs to no quotation") {
		t.Errorf("message %q", msg)
	}
	ui.qa.list.Select(ui.qa.rowOf(k))
	if ui.selSpan != cue.ID {
		t.Errorf("selected span %q, want the verb %q", ui.selSpan, cue.ID)
	}
	if checkName(qa.CueAlone) == qa.CueAlone || checkName(qa.NameUntagged) == qa.NameUntagged {
		t.Errorf("a check of the tags has no name: %q, %q", checkName(qa.CueAlone), checkName(qa.NameUntagged))
	}
}

// A person's name typed in lower case in the English is worded in the interface's language, with
// the word and the person's name (qa's own message names the segment by its ID instead).
func TestQALowerCasePersonWorded(t *testing.T) {
	d := pairDoc("Emmanuel Macron a parlé.")
	d.Segments[0].Target = "President macron spoke."
	must(t, annotate.NewEditor(d).AddSpan(&annotate.Span{Side: annotate.Source, Start: 0, End: len("Emmanuel Macron"), Label: annotate.LabelPER, Origin: annotate.Human}))
	var is *qa.Issue
	for _, found := range qa.Run(d, qa.Config{}) {
		if found.Key == "qa.name-untagged.lower" {
			is = &found
		}
	}
	if is == nil {
		t.Fatalf("no issue on “macron” in %+v", qa.Run(d, qa.Config{}))
	}
	for language, want := range map[string]string{
		"en": "“macron” is in lower case and untagged, but the French of this segment tags the person “Emmanuel Macron”.",
		"fr": "«\u00a0macron\u00a0» est en minuscules et sans étiquette, mais le français de ce segment étiquette la personne «\u00a0Emmanuel Macron\u00a0».",
	} {
		useLanguage(t, language)
		if got := issueMessage(*is); got != want {
			t.Errorf("%s: %q, want %q", language, got, want)
		}
	}
}
