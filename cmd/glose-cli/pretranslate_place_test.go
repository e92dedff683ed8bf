package main

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/glose-app/glose/suggest"
	"github.com/glose-app/glose/suggest/tm"
	"github.com/glose-app/glose/workspace"
)

// TestPretranslateOffersTheSegmentsOwnEnglish: the memory holds the English confirmed in segment 2
// of the document and, more recently, another English of the same French from another document;
// pretranslate fills segment 2 with its own, as the Suggestions panel offers it first.
func TestPretranslateOffersTheSegmentsOwnEnglish(t *testing.T) {
	doc := writeSampleDoc(t)
	d, _, err := workspace.Load(doc)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "tm.db")
	m, err := tm.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	at, src := suggest.PlaceOf(d, 1), d.SourceText(d.Segments[1])
	old := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, u := range []tm.Unit{
		{Target: "This segment's own English.", Origin: at.Origin, Segment: at.Segment, Context: at.Context, Changed: old},
		{Target: "Another document's English.", Origin: "other-doc", Segment: "s1", Changed: old.Add(time.Hour)},
	} {
		u.SourceLang, u.TargetLang, u.Source, u.Created = "fr", "en", src, u.Changed
		if err := m.Add(context.Background(), u); err != nil {
			t.Fatal(err)
		}
	}
	m.Close()
	out := filepath.Join(t.TempDir(), "out.json")
	if code, _, stderr := runCLI(t, "pretranslate", "--mt", "none", "--tm", path, "-o", out, doc); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	got, _, err := workspace.Load(out)
	if err != nil {
		t.Fatal(err)
	}
	if g := got.Segments[1].Target; g != "This segment's own English." {
		t.Errorf("segment 2 pre-translated %q, want its own English", g)
	}
}
