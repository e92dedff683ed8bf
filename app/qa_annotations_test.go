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
