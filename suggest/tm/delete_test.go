package tm

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// sourcesOf lists a Held's sources as "kind origin/segment", the latest first.
func sourcesOf(h Held) []string {
	var out []string
	for _, s := range h.Sources {
		out = append(out, string(s.Kind)+" "+s.Origin+"/"+s.Segment)
	}
	return out
}

// TestDeleteTakesEveryClaim deletes a pair held by a client's TMX file and by two segments: it
// goes with all its claims, from look-ups, concordance and the indexes, and the other English of the
// same French stays unless Target is left empty.
func TestDeleteTakesEveryClaim(t *testing.T) {
	ctx := context.Background()
	m := openTemp(t)
	importClient(t, m)
	at := func(doc, seg, en string) Unit {
		u := fr(clientFR, en)
		u.Origin, u.Segment = doc, seg
		return u
	}
	other := "“The President” greeted the summer in Cardiff 👍🏽."
	if err := m.AddBatch(ctx, []Unit{at("d1", "s3", clientEN), at("d2", "s1", clientEN), at("d3", "s9", other)}); err != nil {
		t.Fatal(err)
	}
	// the French as a client typed it, e + U+0301, is the memory's NFC French
	decomposed := strings.ReplaceAll(clientFR, "é", "e\u0301")
	p := Pair{SourceLang: "fr-FR", TargetLang: "en", Source: decomposed, Target: clientEN}
	listed, err := m.Units(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	if len(listed) != 1 || listed[0].Target != clientEN {
		t.Fatalf("Units = %+v, want the one unit of the pair", listed)
	}
	// the confirmations, stored at once, after the import
	if got := sourcesOf(listed[0]); !slices.Equal(got, []string{"confirmed d1/s3", "confirmed d2/s1", "imported client.tmx/"}) {
		t.Errorf("sources %q, want the two confirmations, then the TMX file", got)
	}
	gone, err := m.Delete(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	if len(gone) != 1 || len(gone[0].Sources) != 3 {
		t.Fatalf("Delete returned %+v, want the unit and its 3 sources", gone)
	}
	if got := exactOffers(t, m, clientFR); !slices.Equal(got, []string{other}) {
		t.Errorf("offered after the delete %q, want only %q", got, other)
	}
	if got := concordanceTargets(t, m, "salué"); !slices.Equal(got, []string{other}) {
		t.Errorf("concordance after the delete %q, want only %q", got, other)
	}
	if got := claims(t, m); !slices.Equal(got, []string{other + ": confirmed d3/s9"}) {
		t.Errorf("claims left %q", got)
	}
	checkIntact(t, m)
	checkTerms(t, m)
	// again: nothing left to delete, no error
	if gone, err := m.Delete(ctx, p); err != nil || len(gone) != 0 {
		t.Errorf("second Delete = %+v, %v; want nothing", gone, err)
	}
	// no English: every English of the French
	gone, err = m.Delete(ctx, Pair{SourceLang: "fr", TargetLang: "en", Source: clientFR})
	if err != nil || len(gone) != 1 || gone[0].Target != other {
		t.Fatalf("Delete of every English = %+v, %v", gone, err)
	}
	if n, _ := m.Count(ctx); n != 0 {
		t.Errorf("%d units left, want 0", n)
	}
	checkIntact(t, m)
	checkTerms(t, m)
}

// TestDeleteThenStoreAgain: a pair deleted by hand comes back when a segment confirms it again, held
// by that segment only; and a Prior that read it before the delete does not bring it back.
func TestDeleteThenStoreAgain(t *testing.T) {
	ctx := context.Background()
	m := openTemp(t)
	typo := fr("Il a dit : « Non ! »", "He said: “Noo!”")
	typo.Origin, typo.Segment = "doc", "s1"
	if err := m.Add(ctx, typo); err != nil {
		t.Fatal(err)
	}
	right := typo
	right.Target = "He said: “No!”"
	var p Prior
	if err := m.Before(ctx, &p, right); err != nil { // the run reads the typo, which it replaces
		t.Fatal(err)
	}
	if err := m.Add(ctx, right); err != nil {
		t.Fatal(err)
	}
	if _, err := m.Delete(ctx, Pair{SourceLang: "fr", TargetLang: "en", Source: right.Source, Target: right.Target}); err != nil {
		t.Fatal(err)
	}
	// the typo was replaced, the correction deleted: nothing of that French is left
	if got := exactOffers(t, m, right.Source); len(got) != 0 {
		t.Fatalf("offered %q after the delete", got)
	}
	if err := m.Add(ctx, right); err != nil { // confirmed again
		t.Fatal(err)
	}
	if got := claims(t, m); !slices.Equal(got, []string{right.Target + ": confirmed doc/s1"}) {
		t.Errorf("claims after confirming again %q", got)
	}
	if _, err := m.Delete(ctx, Pair{SourceLang: "fr", TargetLang: "en", Source: right.Source}); err != nil {
		t.Fatal(err)
	}
	typoPair := typo
	typoPair.Origin, typoPair.Segment = "", ""
	if _, err := m.Delete(ctx, Pair{SourceLang: "fr", TargetLang: "en", Source: typo.Source}); err != nil {
		t.Fatal(err)
	}
	// undoing the correction would bring the typo back; after it was deleted by hand, it must not
	p.Forget(typoPair)
	if err := m.Restore(ctx, &p); err != nil {
		t.Fatal(err)
	}
	if got := exactOffers(t, m, typo.Source); len(got) != 0 {
		t.Errorf("offered %q after undoing a run whose prior pair was deleted", got)
	}
	checkIntact(t, m)
	checkTerms(t, m)
}

// TestDeleteRefusesNoFrench: an empty French is an error, not the whole memory.
func TestDeleteRefusesNoFrench(t *testing.T) {
	m := openTemp(t)
	if err := m.Add(context.Background(), fr("Un.", "One.")); err != nil {
		t.Fatal(err)
	}
	if _, err := m.Delete(context.Background(), Pair{SourceLang: "fr", TargetLang: "en", Source: "  "}); err == nil {
		t.Error("Delete with no French: no error")
	}
	if n, _ := m.Count(context.Background()); n != 1 {
		t.Errorf("%d units left, want 1", n)
	}
}
