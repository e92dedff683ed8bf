package app

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/glose-app/glose/annotate"
)

// reviewKey is Alt+Enter: mark the segment reviewed and go to the next.
var reviewKey fyne.Shortcut = custom(fyne.KeyReturn, alt)

// translatorsDoc returns a translator's file as a reviewer receives it: translated segments (accents,
// « » with no-break spaces, emoji, a combining accent), a draft, one without English, one already
// reviewed and one locked.
func translatorsDoc() *annotate.Document {
	d := pairDoc("« Déjà vu » 👍🏽.", "José\u0301 répond.", "Il pleut.", "La loi 2007.", "Rien encore.", "Déjà relu.", "Fin.")
	set := func(i int, en string, st annotate.Status) { d.Segments[i].Target, d.Segments[i].Status = en, st }
	set(0, "“Déjà vu” 👍🏽.", annotate.StatusTranslated)
	set(1, "José\u0301 answers.", annotate.StatusTranslated)
	set(2, "It is raining", annotate.StatusDraft)
	set(3, "The 2007 law.", annotate.StatusTranslated)
	d.Segments[3].Locked = true
	set(5, "Already reviewed.", annotate.StatusReviewed)
	set(6, "The end.", annotate.StatusTranslated)
	return d
}

// TestNotReviewedFilterShowsTheReviewersWork: "Not reviewed" keeps every segment a reviewer has
// left, drafts and segments without English included, but not the reviewed ones nor the locked one.
func TestNotReviewedFilterShowsTheReviewersWork(t *testing.T) {
	ui, _ := newTestUI(t, translatorsDoc(), false)
	ui.filter.apply(showToReview)
	if got, want := shownSegments(ui), []int{0, 1, 2, 4, 6}; !slices.Equal(got, want) {
		t.Fatalf("Not reviewed shows segments %v, want %v", got, want)
	}
	if got, want := ui.filter.count.Text, "5 of 7 segments shown"; got != want {
		t.Errorf("count %q, want %q", got, want)
	}
	if got := ui.filter.choice.Selected; got != "Not reviewed" {
		t.Errorf("the filter's choice shows %q, want Not reviewed", got)
	}
}

// TestAltEnterMarksReviewedAndMovesOn: Alt+Enter is the reviewer's Ctrl+Enter. It marks a translated
// segment (or a draft with English) reviewed and goes to the next segment shown, passing the locked
// one; the reviewed segment stays in the "Not reviewed" list until the filter is applied again; one
// Ctrl+Z gives its status back. On a segment with no English it marks nothing and stays. On the last
// segment it says how many are left to review.
func TestAltEnterMarksReviewedAndMovesOn(t *testing.T) {
	ui, _ := newTestUI(t, translatorsDoc(), false)
	ui.filter.apply(showToReview)
	segs := ui.doc.Segments
	steps := []struct {
		at, next int
		want     annotate.Status
	}{
		{0, 1, annotate.StatusReviewed},
		{1, 2, annotate.StatusReviewed},
		{2, 4, annotate.StatusReviewed}, // a draft with English; the locked segment 4 is passed by
		{4, 4, annotate.StatusNew},      // no English: nothing to review yet
	}
	for _, s := range steps {
		ui.focusSegment(s.at, annotate.Target)
		pressShortcut(ui, reviewKey)
		if got := segs[s.at].Status; got != s.want {
			t.Errorf("segment %d is %s after Alt+Enter, want %s", s.at+1, got, s.want)
		}
		if ui.cur != s.next || focusedSegment(ui) != s.next {
			t.Errorf("after Alt+Enter on segment %d: segment %d current, %d focused; want %d",
				s.at+1, ui.cur+1, focusedSegment(ui)+1, s.next+1)
		}
	}
	if !slices.Contains(shownSegments(ui), 0) {
		t.Errorf("reviewed segment 1 left the list before the filter was applied again: %v", shownSegments(ui))
	}
	ui.focusSegment(6, annotate.Target)
	pressShortcut(ui, reviewKey)
	if want := "Segment 7 reviewed, the last: 1 segment is left to review (the filter “Not reviewed” shows it)"; ui.status.Text != want {
		t.Errorf("status %q, want %q", ui.status.Text, want)
	}
	pressShortcut(ui, undoKey)
	if got := segs[6].Status; got != annotate.StatusTranslated {
		t.Errorf("segment 7 is %s after Ctrl+Z, want translated again", got)
	}
	ui.filter.apply(showToReview)
	if got, want := shownSegments(ui), []int{4, 6}; !slices.Equal(got, want) {
		t.Errorf("applied again, Not reviewed shows %v, want %v", got, want)
	}
}

// TestCtrlEnterKeepsAReviewedSegmentReviewed: Ctrl+Enter on a reviewed segment confirms without
// taking the review back, as before Alt+Enter existed.
func TestCtrlEnterKeepsAReviewedSegmentReviewed(t *testing.T) {
	ui, _ := newTestUI(t, translatorsDoc(), false)
	ui.focusSegment(5, annotate.Target)
	pressShortcut(ui, custom(fyne.KeyReturn, ctrl))
	if got := ui.doc.Segments[5].Status; got != annotate.StatusReviewed {
		t.Errorf("segment 6 is %s after Ctrl+Enter, want still reviewed", got)
	}
}

// TestAltEnterSaysWhatIsLeftToConfirm: a segment marked reviewed that still holds suggestions (a
// name the pre-annotation proposed, and its English, which the confirmation projects) says so on the
// status line, with the key that goes to them, rather than moving on without a word; Ctrl+J then
// selects the first, in the French. A segment with none says nothing of the kind.
func TestAltEnterSaysWhatIsLeftToConfirm(t *testing.T) {
	d := translatorsDoc()
	at := strings.Index(d.Text, "José\u0301")
	sp := &annotate.Span{Side: annotate.Source, Start: at, End: at + len("José\u0301"), Label: annotate.LabelPER,
		Origin: annotate.Auto, Confidence: 0.7}
	ui, _ := newTestUI(t, d, false)
	must(t, ui.ed.AddSpan(sp))
	ui.focusSegment(1, annotate.Target)
	pressShortcut(ui, reviewKey)
	if want := "Segment 2 reviewed, but 2 annotations in it are left to confirm (Ctrl+J goes to the next)"; ui.status.Text != want {
		t.Errorf("status %q, want %q", ui.status.Text, want)
	}
	ui.focusSegment(1, annotate.Target)
	pressShortcut(ui, custom(fyne.KeyJ, ctrl))
	if ui.selSpan != sp.ID {
		t.Errorf("Ctrl+J selected span %q, want the suggestion %q", ui.selSpan, sp.ID)
	}
	ui.focusSegment(0, annotate.Target)
	pressShortcut(ui, reviewKey)
	if strings.Contains(ui.status.Text, "left to confirm") {
		t.Errorf("status %q after reviewing a segment with nothing to confirm", ui.status.Text)
	}
}

// TestWithNotesFilterListsTheCommentedSegments: "With notes" shows the segments holding a note, the
// file's and those added in Glose (Alt+N); File › Notes… shows one segment's at a time, so a
// translator taking back a reviewed file, or a reviewer answering the translator's questions, went
// through the whole article to find them. It says so in French too.
func TestWithNotesFilterListsTheCommentedSegments(t *testing.T) {
	d := translatorsDoc()
	d.Segments[5].Notes = []annotate.Note{{Text: "« Déjà » : the client's term 👍🏽"}}
	ui, _ := newTestUI(t, d, false)
	ui.focusSegment(1, annotate.Target)
	if !ui.handleShortcut(custom(fyne.KeyN, alt)) {
		t.Fatal("Alt+N is no shortcut")
	}
	typeNote(t, ui, "José\u0301 or José? Checked with the desk.")
	ui.filter.apply(showNotes)
	if got, want := shownSegments(ui), []int{1, 5}; !slices.Equal(got, want) {
		t.Errorf("With notes shows segments %v, want %v", got, want)
	}
	useLanguage(t, "fr")
	if got := showNotes.name(); got != "Avec des notes" {
		t.Errorf("the filter's French name is %q", got)
	}
}

// TestStatusSaysHowMuchIsReviewed: opening a file part of which is reviewed says so after the share
// translated, in words as the analysis counts them (the locked segment aside); a file with nothing
// reviewed says only what is translated.
func TestStatusSaysHowMuchIsReviewed(t *testing.T) {
	ui, _ := newTestUI(t, translatorsDoc(), false)
	// words to translate, the locked "La loi 2007." aside: 2 + 2 + 2 + 2 + 2 + 1 = 11; translated or
	// reviewed: segments 1, 2, 6 and 7, 7 words; reviewed: segment 6, 2 words
	if want := "· 64% translated, 18% reviewed"; !strings.HasSuffix(ui.status.Text, want) {
		t.Errorf("status %q, want it to end with %q", ui.status.Text, want)
	}
	d := translatorsDoc()
	d.Segments[5].Status = annotate.StatusTranslated
	ui.setDocument(d, "")
	if strings.Contains(ui.status.Text, "reviewed") {
		t.Errorf("status %q of a file with nothing reviewed", ui.status.Text)
	}
}
