package main

import (
	"context"
	"encoding/xml"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/suggest"
	"github.com/glose-app/glose/suggest/tm"
	"github.com/glose-app/glose/workspace"
)

// TestUpdateRemembersTheReviewersEnglish: with --tm, the English a reviewer corrected replaces, in
// the memory, the English the translator confirmed in that segment: a look-up of its French offers
// the reviewer's alone. A missing memory is refused before anything is written.
func TestUpdateRemembersTheReviewersEnglish(t *testing.T) {
	doc, d := confirmedSample(t)
	old, src := d.Segments[1].Target, d.SourceText(d.Segments[1])
	path := filepath.Join(t.TempDir(), "tm.db")
	m, err := tm.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	at := suggest.PlaceOf(d, 1)
	if err := m.Add(context.Background(), tm.Unit{SourceLang: "fr", TargetLang: "en", Source: src, Target: old,
		Origin: at.Origin, Segment: at.Segment, Context: at.Context}); err != nil {
		t.Fatal(err)
	}
	m.Close()
	from := returnedFile(t, doc, old, "Corrected by the reviewer.")
	out := filepath.Join(t.TempDir(), "updated.json")
	code, _, stderr := runCLI(t, "update", "--from", from, "--tm", filepath.Join(t.TempDir(), "none.db"), "-o", out, doc)
	if code != 1 || !strings.Contains(stderr, "none.db") {
		t.Errorf("a missing memory: exit %d, %s; want 1 naming it", code, stderr)
	}
	if code, _, stderr = runCLI(t, "update", "--from", from, "--tm", path, "-o", out, doc); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, "1 translation stored in the translation memory") {
		t.Errorf("the summary does not say the memory took the English:\n%s", stderr)
	}
	got, _, err := workspace.Load(out)
	if err != nil || got.Segments[1].Status != annotate.StatusTranslated && got.Segments[1].Status != annotate.StatusReviewed {
		t.Fatalf("updated document: %v, %v", err, got.Segments[1].Status)
	}
	if m, err = tm.Open(path); err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	ms, err := m.Lookup(context.Background(), tm.Query{Text: src, SourceLang: "fr", TargetLang: "en"})
	if err != nil || len(ms) != 1 || ms[0].Target != "Corrected by the reviewer." {
		t.Errorf("the memory offers %+v, %v; want the reviewer's English alone", ms, err)
	}
}

// TestUpdateToDraftLeavesTheMemory: a reviewer's file that sets a translated segment back to draft
// (needs-translation) takes that segment's English out of the memory given with --tm, as the app's
// update does; the other segments' English and the same French's English from elsewhere stay.
func TestUpdateToDraftLeavesTheMemory(t *testing.T) {
	doc, d := confirmedSample(t)
	path := filepath.Join(t.TempDir(), "tm.db")
	m, err := tm.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	unit := func(i int, target, origin string) tm.Unit {
		at := suggest.PlaceOf(d, i)
		if origin != "" {
			at = tm.Place{Origin: origin, Segment: "s99"}
		}
		return tm.Unit{SourceLang: "fr", TargetLang: "en", Source: d.SourceText(d.Segments[i]), Target: target,
			Origin: at.Origin, Segment: at.Segment, Context: at.Context}
	}
	kept := []tm.Unit{unit(2, d.Segments[2].Target, ""), unit(1, "Elsewhere’s English, é 👍🏽.", "autre-doc")}
	if err := m.AddBatch(context.Background(), append(kept, unit(1, d.Segments[1].Target, ""))); err != nil {
		t.Fatal(err)
	}
	m.Close()
	old := d.Segments[1].Target
	var esc strings.Builder
	if err := xml.EscapeText(&esc, []byte(old)); err != nil {
		t.Fatal(err)
	}
	from := returnedFile(t, doc, `state="translated">`+esc.String(), `state="needs-translation">`+esc.String())
	out := filepath.Join(t.TempDir(), "updated.json")
	code, _, stderr := runCLI(t, "update", "--from", from, "--tm", path, "-o", out, doc)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, "the confirmations of 1 segment set back to draft taken back from the translation memory") {
		t.Errorf("the summary does not say the memory lost the English:\n%s", stderr)
	}
	if m, err = tm.Open(path); err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	var got []string
	if err := m.Each(context.Background(), func(u tm.Unit) error {
		got = append(got, u.Origin+": "+u.Target)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	want := []string{d.ID + ": " + kept[0].Target, "autre-doc: " + kept[1].Target}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("the memory holds %q, want %q", got, want)
	}
}

// TestUpdateToDraftKeepsAClientsPair: the pair of a segment the reviewer sets back to draft is also
// in a client's TMX file imported into the memory: the update takes the segment's confirmation out,
// and the client's pair stays, offered at 100 % and placed as the file's. Before, the memory kept one
// unit per pair, placed at the segment, and the update deleted it.
func TestUpdateToDraftKeepsAClientsPair(t *testing.T) {
	doc, d := confirmedSample(t)
	src, en := d.SourceText(d.Segments[1]), d.Segments[1].Target
	path := filepath.Join(t.TempDir(), "tm.db")
	m, err := tm.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	var src1, en1 strings.Builder
	if err := errors.Join(xml.EscapeText(&src1, []byte(src)), xml.EscapeText(&en1, []byte(en))); err != nil {
		t.Fatal(err)
	}
	tmx := `<tmx version="1.4"><header srclang="fr"/><body><tu><tuv xml:lang="fr"><seg>` + src1.String() +
		`</seg></tuv><tuv xml:lang="en"><seg>` + en1.String() + `</seg></tuv></tu></body></tmx>`
	if _, err := m.Import(context.Background(), strings.NewReader(tmx), tm.ImportOptions{Origin: "client.tmx"}); err != nil {
		t.Fatal(err)
	}
	if err := m.AddBatch(context.Background(), suggest.SegmentUnits(d, []int{1}, "fr", "en")); err != nil {
		t.Fatal(err)
	}
	m.Close()
	from := returnedFile(t, doc, `state="translated">`+en1.String(), `state="needs-translation">`+en1.String())
	if code, _, stderr := runCLI(t, "update", "--from", from, "--tm", path, "-o", filepath.Join(t.TempDir(), "u.json"), doc); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if m, err = tm.Open(path); err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	ms, err := m.Lookup(context.Background(), tm.Query{Text: src, SourceLang: "fr", TargetLang: "en"})
	if err != nil || len(ms) != 1 || ms[0].Target != en || ms[0].Score != 100 || ms[0].Origin != "client.tmx" {
		t.Errorf("the memory offers %+v, %v; want the client's pair at 100 %%, the file's", ms, err)
	}
}

// confirmedSample is translatedSample with every segment that has English translated (confirmed by
// the translator, then sent for review), saved, and its document.
func confirmedSample(t *testing.T) (string, *annotate.Document) {
	t.Helper()
	doc := translatedSample(t)
	d, _, err := workspace.Load(doc)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range d.Segments {
		if s.Target != "" {
			s.Status = annotate.StatusTranslated
		}
	}
	if err := workspace.Save(doc, d); err != nil {
		t.Fatal(err)
	}
	return doc, d
}
