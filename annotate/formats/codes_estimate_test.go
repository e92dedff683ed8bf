package formats

import (
	"reflect"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// TestEstimatedCodesFollowEdits: EstimatedCodes keeps placements between runs (QA runs it after each
// pause in typing), yet after each edit that moves a code (a translation link to the English it wraps,
// a new English without it) it finds what a run without anything kept finds.
func TestEstimatedCodesFollowEdits(t *testing.T) {
	_, _, _, d := translateUnits(t, "codes.xlf", "xliff", codesEnglish)
	ed := annotate.NewEditor(d)
	lost := d.Segment(segmentOf(t, d, "lost"))
	var cache EstimateCache
	check := func(step string, wantLost bool) {
		t.Helper()
		got, err := EstimatedCodes(d, &cache)
		if err != nil {
			t.Fatal(err)
		}
		fresh, err := EstimatedCodes(d, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, fresh) {
			t.Errorf("%s: estimated codes %+v, want %+v as found afresh", step, got, fresh)
		}
		if (len(got[lost.ID]) > 0) != wantLost {
			t.Errorf("%s: codes placed at a likely place in unit lost: %+v, want some: %v", step, got[lost.ID], wantLost)
		}
	}
	check("as translated", true)
	check("run again", true)

	src := &annotate.Span{Side: annotate.Source, Start: lost.Start + strings.Index(d.SourceText(lost), "patron"), Label: annotate.LabelMISC}
	src.End = src.Start + len("patron")
	tgt := &annotate.Span{Side: annotate.Target, Segment: lost.ID, Start: strings.Index(lost.Target, "boss"), Label: annotate.LabelMISC}
	tgt.End = tgt.Start + len("boss")
	for _, sp := range []*annotate.Span{src, tgt} {
		if err := ed.AddSpan(sp); err != nil {
			t.Fatal(err)
		}
	}
	if err := ed.AddLink(&annotate.Link{Type: annotate.LinkTranslation, From: src.ID, To: tgt.ID}); err != nil {
		t.Fatal(err)
	}
	check("patron linked to boss", false)

	if _, err := ed.SetTarget(lost.ID, "The chief left."); err != nil {
		t.Fatal(err)
	}
	check("boss retyped as chief", true)
}
