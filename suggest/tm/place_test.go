package tm

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// at is a unit confirmed in segment seg of document doc, between the French prev and next.
func at(src, tgt, doc, seg, prev, next string) Unit {
	u := fr(src, tgt)
	u.Origin, u.Segment, u.Context = doc, seg, Neighbours(prev, next)
	return u
}

func targets(ms []Match) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Target)
	}
	return out
}

func lookupAt(t *testing.T, m *Memory, text string, p Place) []string {
	t.Helper()
	ms, err := m.Lookup(context.Background(), Query{Text: text, SourceLang: "fr", TargetLang: "en", At: p})
	if err != nil {
		t.Fatal(err)
	}
	return targets(ms)
}

func add(t *testing.T, m *Memory, us ...Unit) {
	t.Helper()
	if err := m.AddBatch(context.Background(), us); err != nil {
		t.Fatal(err)
	}
}

func count(t *testing.T, m *Memory) int {
	t.Helper()
	n, err := m.Count(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// TestCorrectionReplacesTheSegmentsEnglish: the QA tester's case. A typo corrected in a segment is
// no longer offered, by look-up, fuzzy look-up or concordance, nor after reopening the file; the
// French's words still find the correction.
func TestCorrectionReplacesTheSegmentsEnglish(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tm.db")
	m, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	const src = "Le sommet aura lieu le 15 décembre."
	add(t, m, at(src, "The summit will take place on 15 Decembre.", "doc1", "s3", "Titre.", "Suite."))
	add(t, m, at(src, "The summit will take place on 15 December.", "doc1", "s3", "Titre.", "Suite."))
	if got := lookupAt(t, m, src, Place{}); strings.Join(got, "|") != "The summit will take place on 15 December." {
		t.Errorf("look-up offers %q, want the correction alone", got)
	}
	if got := lookupAt(t, m, "Le sommet aura lieu le 16 décembre.", Place{}); len(got) != 1 {
		t.Errorf("fuzzy look-up offers %q, want the correction alone", got)
	}
	c, err := m.Concordance(context.Background(), ConcordanceQuery{Text: "Decembre", SourceLang: "fr", TargetLang: "en", Side: TargetSide})
	if err != nil || len(c.Hits) != 0 {
		t.Errorf("concordance of the typo = %+v, %v; want none", c.Hits, err)
	}
	m.Close()
	if m, err = Open(path); err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	if n := count(t, m); n != 1 {
		t.Errorf("the reopened memory holds %d units, want 1", n)
	}
	var df int
	if err := m.DB().QueryRow(`SELECT df FROM tm_term WHERE term = 'sommet'`).Scan(&df); err != nil || df != 1 {
		t.Errorf("document frequency of sommet = %d, %v; want 1", df, err)
	}
}

// TestOtherPlacesKeepTheirEnglish: the same French translated otherwise in another document, or in
// another segment of the same one, stays; the same segment's translation comes first, then one
// between the same neighbours, then the same document's, then the most recent.
func TestOtherPlacesKeepTheirEnglish(t *testing.T) {
	m := openTemp(t)
	const src = "Il a démissionné."
	units := []Unit{at(src, "He resigned.", "doc1", "s1", "A.", "B."), at(src, "He stepped down.", "doc2", "s9", "C.", "D."),
		at(src, "He quit.", "doc1", "s7", "E.", "F."), at(src, "He has resigned.", "doc3", "s2", "G.", "H.")}
	for i, u := range units { // confirmed in this order, a minute apart
		u.Changed = time.Now().Add(time.Duration(i-len(units)) * time.Minute)
		add(t, m, u)
	}
	if n := count(t, m); n != 4 {
		t.Fatalf("the memory holds %d units, want 4: different places keep their English", n)
	}
	tests := []struct {
		name string
		at   Place
		want string
	}{
		{"no place: the most recent", Place{}, "He has resigned.|He quit.|He stepped down.|He resigned."},
		{"the same segment first, then its document", Place{Origin: "doc1", Segment: "s1"}, "He resigned.|He quit.|He has resigned.|He stepped down."},
		{"the same neighbours before the same document", Place{Origin: "doc1", Segment: "s4", Context: Neighbours("C.", "D.")},
			"He stepped down.|He quit.|He resigned.|He has resigned."},
	}
	for _, tt := range tests {
		if got := strings.Join(lookupAt(t, m, src, tt.at), "|"); got != tt.want {
			t.Errorf("%s: offers %s, want %s", tt.name, got, tt.want)
		}
	}
}

// TestExactDuplicateStoredOnce: the same pair confirmed in two documents is one unit, confirmed at
// the later time, from the later place.
func TestExactDuplicateStoredOnce(t *testing.T) {
	m := openTemp(t)
	first, later := at("Bonjour.", "Hello.", "doc1", "s1", "", ""), at("Bonjour.", "Hello.", "doc2", "s5", "", "")
	first.Changed, later.Changed = time.UnixMilli(1_000_000), time.UnixMilli(2_000_000)
	add(t, m, first)
	add(t, m, later)
	ms, err := m.Lookup(context.Background(), Query{Text: "Bonjour.", SourceLang: "fr", TargetLang: "en"})
	if err != nil || len(ms) != 1 {
		t.Fatalf("Lookup = %+v, %v; want one unit", ms, err)
	}
	if u := ms[0].Unit; !u.Changed.Equal(later.Changed) || u.Origin != "doc2" || u.Segment != "s5" {
		t.Errorf("unit %+v, want confirmed at %v in doc2 s5", u, later.Changed)
	}
}

// TestImportReplacesNothing: units imported from TMX carry no segment: they neither replace a
// document's English nor are replaced by it; an imported pair already present is not doubled, and
// is the file's from then on (the file holds it: correcting the segment leaves it).
func TestImportReplacesNothing(t *testing.T) {
	m := openTemp(t)
	add(t, m, at("Oui.", "Yes.", "doc1", "s1", "", ""))
	const doc = `<?xml version="1.0"?><tmx version="1.4"><header srclang="fr"/><body>
<tu><tuv xml:lang="fr"><seg>Oui.</seg></tuv><tuv xml:lang="en"><seg>Yeah.</seg></tuv></tu>
<tu><tuv xml:lang="fr"><seg>Oui.</seg></tuv><tuv xml:lang="en"><seg>Yes.</seg></tuv></tu>
<tu><tuv xml:lang="fr"><seg>Oui.</seg></tuv><tuv xml:lang="en"><seg>Yeah.</seg></tuv></tu>
</body></tmx>`
	if _, err := m.Import(context.Background(), strings.NewReader(doc), ImportOptions{SourceLang: "fr", TargetLang: "en", Origin: "x.tmx"}); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(lookupAt(t, m, "Oui.", Place{}), "|"); got != "Yeah.|Yes." && got != "Yes.|Yeah." {
		t.Errorf("after the import the memory offers %s, want Yes. and Yeah. once each", got)
	}
	later := at("Oui.", "Yes indeed.", "doc1", "s1", "", "")
	later.Changed = time.Now().Add(time.Minute) // after the import, to the millisecond
	add(t, m, later)
	got := lookupAt(t, m, "Oui.", Place{})
	if len(got) != 3 || got[0] != "Yes indeed." {
		t.Errorf("after correcting doc1's segment the memory offers %q, want Yes indeed. first, then the file's Yes. and Yeah.", got)
	}
}

// TestOlderMemoryMigrated: a memory written before units had segments (and claims) opens with all
// its units; the next confirmation of a French in a document takes the confirmation of the English
// that document stored of it before (the typo and its correction both kept by the earlier version)
// back, and nothing of other documents or files. The typo stays, as the memory cannot tell whether
// a client's file held it too (see claim.go), but no longer as the document's: it comes after the
// correction and the other documents' English.
func TestOlderMemoryMigrated(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tm.db")
	m, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	const src = "Le 15 décembre."
	legacy := func(tgt, origin string, changed int64) Unit {
		u := fr(src, tgt)
		u.Origin, u.Created, u.Changed = origin, time.UnixMilli(1_600_000_000_000), time.UnixMilli(changed)
		return u
	}
	add(t, m, legacy("15 Decembre.", "doc1", 1_700_000_000_000), legacy("15 December.", "doc1", 1_700_000_000_000),
		legacy("December 15.", "doc2", 1_650_000_000_000), legacy("Dec. 15.", "old.tmx", 1_640_000_000_000),
		fr("Autre phrase.", "Another sentence."))
	m.Close()
	olderMemory(t, path, true)
	if m, err = Open(path); err != nil {
		t.Fatalf("opening the older memory: %v", err)
	}
	defer m.Close()
	if n := count(t, m); n != 5 {
		t.Fatalf("the migrated memory holds %d units, want its 5", n)
	}
	add(t, m, at(src, "15 December.", "doc1", "s2", "", ""))
	got := strings.Join(lookupAt(t, m, src, Place{Origin: "doc1", Segment: "s2"}), "|")
	if got != "15 December.|December 15.|Dec. 15.|15 Decembre." {
		t.Errorf("the memory offers %s, want 15 December. first, the other documents' next, the typo last", got)
	}
	if ok, err := hasColumn(context.Background(), m.DB(), "tm_unit", "segment"); err != nil || !ok {
		t.Errorf("segment column after migration: %v, %v", ok, err)
	}
}

// TestEmptyEnglishNotStored: an empty English is refused, and leaves the segment's unit alone
// (the app never stores an emptied segment: see README § Translation help).
func TestEmptyEnglishNotStored(t *testing.T) {
	m := openTemp(t)
	add(t, m, at("Non.", "No.", "doc1", "s1", "", ""))
	if err := m.Add(context.Background(), at("Non.", " ", "doc1", "s1", "", "")); err == nil {
		t.Error("an empty English was stored")
	}
	if got := lookupAt(t, m, "Non.", Place{}); len(got) != 1 {
		t.Errorf("the memory offers %q, want the segment's No. kept", got)
	}
}
