package tm

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// state is everything a memory stores but row ids (a unit Restore brings back has a new one): its
// units with places, notes and times, the look-up index's stems, the terms' frequencies, the inline
// markup and the claims by unit, sorted.
func state(t *testing.T, m *Memory) []string {
	t.Helper()
	var out []string
	for _, q := range []string{
		`SELECT 'unit ' || src_lang || '|' || tgt_lang || '|' || source || '|' || target || '|' || origin || '|' ||
			segment || '|' || context || '|' || note || '|' || created || '|' || changed FROM tm_unit`,
		`SELECT 'fts ' || stems FROM tm_fts`,
		`SELECT 'term ' || term || ' ' || df FROM tm_term`,
		`SELECT 'markup ' || u.source || '|' || k.source || '|' || k.target FROM tm_markup k JOIN tm_unit u ON u.id = k.unit`,
		`SELECT 'claim ' || u.source || '|' || u.target || '|' || c.kind || '|' || c.origin || '|' || c.segment || '|' ||
			c.context || '|' || c.changed FROM tm_claim c JOIN tm_unit u ON u.id = c.unit`,
	} {
		out = append(out, column(t, m, q)...)
	}
	slices.Sort(out)
	return out
}

// column returns the first column, as text, of the rows query gives.
func column(t *testing.T, m *Memory, query string) []string {
	t.Helper()
	rows, err := m.DB().Query(query)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// checkTerms fails when a term's frequency is not the number of units whose stems hold it, or
// when a unit stored through the Memory has no row in the look-up index, or a row no unit.
func checkTerms(t *testing.T, m *Memory) {
	t.Helper()
	if got := column(t, m, `SELECT count(*) FROM tm_unit WHERE id NOT IN (SELECT rowid FROM tm_fts)
		UNION ALL SELECT count(*) FROM tm_fts WHERE rowid NOT IN (SELECT id FROM tm_unit)`); !slices.Equal(got, []string{"0", "0"}) {
		t.Errorf("units without look-up index rows, rows without units: %q", got)
	}
	counted := map[string]int{}
	for _, s := range column(t, m, `SELECT stems FROM tm_fts`) {
		terms := strings.Fields(s)
		slices.Sort(terms)
		for _, term := range slices.Compact(terms) {
			counted[term]++
		}
	}
	var want []string
	for term, n := range counted {
		want = append(want, fmt.Sprint(term, " ", n))
	}
	got := column(t, m, `SELECT term || ' ' || df FROM tm_term`)
	slices.Sort(want)
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("terms' frequencies %q, counted in the index %q", got, want)
	}
}

// TestRestoreTakesBackARun: a run of stores of one segment's translations (a confirmation, then
// corrections), restored, leaves the memory exactly as it was before (units, places, notes, times,
// look-up index, frequencies, markup), sound, with the concordance finding what it found before,
// whatever the memory held of the segment's French: nothing, an English from the segment, the same
// pair from another document or imported with markup (its place comes back, and its markup stays),
// units from before segments were recorded, or segments without IDs (no replacing).
func TestRestoreTakesBackARun(t *testing.T) {
	const (
		src = "« L’Élysée » a répondu 👍🏽 à l’été gallois."
		e0  = "The Élysée answered 👍🏽 earlier."
		e1  = "“The Élysée” answered 👍🏽 in the Welsh summer."
		e2  = "The Élysée replied 👍🏽 to the Welsh été."
		tmx = "Voir la figure : « Café très chaud » 🇫🇷"
		tmE = "See the figure: “very hot coffee” 🇫🇷"
	)
	in := func(src, tgt, seg string) Unit { return at(src, tgt, "doc-é", seg, "avant", "après") }
	old := time.UnixMilli(1_600_000_000_000)
	dated := func(u Unit, note string) Unit {
		u.Created, u.Changed, u.Note = old, old.Add(time.Hour), note
		return u
	}
	cases := []struct {
		name   string
		before []Unit
		run    []Unit
		tagged bool // taggedTMX imported before
	}{
		{"new segment", nil, []Unit{in(src, e1, "s1")}, false},
		{"corrected twice", nil, []Unit{in(src, e1, "s1"), in(src, e2, "s1"), in(src, e1, "s1")}, false},
		{"English from the segment before", []Unit{dated(in(src, e0, "s1"), "vu")}, []Unit{in(src, e1, "s1")}, false},
		{"same English from the segment before", []Unit{dated(in(src, e1, "s1"), "")}, []Unit{in(src, e1, "s1")}, false},
		{"pair from another document", []Unit{dated(at(src, e1, "doc-2", "s7", "x", "y"), "client")}, []Unit{in(src, e1, "s1")}, false},
		{"pair from another document, corrected", []Unit{dated(at(src, e1, "doc-2", "s7", "x", "y"), "")},
			[]Unit{in(src, e1, "s1"), in(src, e2, "s1")}, false},
		{"before segments were recorded", []Unit{dated(in(src, e0, ""), ""), dated(in(src, e2, ""), "")}, []Unit{in(src, e1, "s1")}, false},
		{"no segment ID", []Unit{dated(in(src, e0, ""), "")}, []Unit{in(src, e1, ""), in(src, e2, "")}, false},
		{"imported pair with markup", nil, []Unit{in(tmx, tmE, "s1")}, true},
	}
	ctx := context.Background()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m := openTemp(t)
			add(t, m, append(padding(3), tc.before...)...)
			if tc.tagged {
				if _, err := m.Import(ctx, strings.NewReader(taggedTMX), ImportOptions{Origin: "tags.tmx"}); err != nil {
					t.Fatal(err)
				}
			}
			want := state(t, m)
			conc := concordanceTargets(t, m, "élysée")
			var p Prior
			for round := range 2 { // a run restored, then another
				for _, u := range tc.run {
					if err := m.Before(ctx, &p, u); err != nil {
						t.Fatal(err)
					}
					add(t, m, u)
				}
				if !p.Stored() {
					t.Fatal("Prior says nothing was stored")
				}
				if got := lookupAt(t, m, tc.run[0].Source, Place{}); !slices.Contains(got, tc.run[len(tc.run)-1].Target) {
					t.Fatalf("round %d: the run's English is not offered: %q", round, got)
				}
				if err := m.Restore(ctx, &p); err != nil {
					t.Fatal(err)
				}
				checkIntact(t, m)
				checkTerms(t, m)
				if got := state(t, m); !slices.Equal(got, want) {
					t.Errorf("round %d: after Restore the memory holds\n%s\nwant\n%s", round, strings.Join(got, "\n"), strings.Join(want, "\n"))
				}
				if got := concordanceTargets(t, m, "élysée"); !slices.Equal(got, conc) {
					t.Errorf("round %d: the concordance finds %q, want %q", round, got, conc)
				}
				if p.Stored() {
					t.Errorf("round %d: Prior still says stored after Restore", round)
				}
			}
		})
	}
}

// TestRestoreManySegments: Replace all over many confirmed segments stores their English in one bulk
// batch (the concordance indexed at the end, see pendingConc); restoring each segment's run leaves
// the memory as before and its indexes sound.
func TestRestoreManySegments(t *testing.T) {
	ctx := context.Background()
	m := openTemp(t)
	n := bulkUnits + 20
	var first, second []Unit
	for i := range n {
		src := fmt.Sprintf("Le « deal » n° %d est signé 👍🏽 à l’e\u0301te\u0301.", i)
		first = append(first, at(src, fmt.Sprintf("Deal no. %d is signed 👍🏽.", i), "doc-é", fmt.Sprint("s", i), "", ""))
		second = append(second, at(src, fmt.Sprintf("Agreement no. %d is signed 👍🏽.", i), "doc-é", fmt.Sprint("s", i), "", ""))
	}
	add(t, m, first[:n/2]...) // half confirmed before
	want := state(t, m)
	priors := make([]Prior, n)
	for _, batch := range [][]Unit{first, second} {
		for i, u := range batch {
			if err := m.Before(ctx, &priors[i], u); err != nil {
				t.Fatal(err)
			}
		}
		add(t, m, batch...)
	}
	if got := restoreAll(t, m, priors); !slices.Equal(got, want) {
		t.Errorf("after Restore the memory holds %d rows of state, want %d", len(got), len(want))
	}
	if got := concordanceTargets(t, m, "agreement"); len(got) != 0 {
		t.Errorf("the concordance still finds %d units of English restored away", len(got))
	}
	if got := len(concordanceTargets(t, m, "deal")); got != n/2 {
		t.Errorf("the concordance finds %d units of « deal », want %d", got, n/2)
	}
}

// restoreAll restores the runs priors followed, checking the memory sound before and after, and
// returns its state.
func restoreAll(t *testing.T, m *Memory, priors []Prior) []string {
	t.Helper()
	checkIntact(t, m)
	checkTerms(t, m)
	if err := m.Restore(context.Background(), pointers(priors)...); err != nil {
		t.Fatal(err)
	}
	checkIntact(t, m)
	checkTerms(t, m)
	return state(t, m)
}

// TestBeforeRefusesAnotherSegment: a run is one segment's: storing another French or place into it
// is a mistake said, not a restore that would remove the wrong units.
func TestBeforeRefusesAnotherSegment(t *testing.T) {
	ctx := context.Background()
	m := openTemp(t)
	var p Prior
	if err := m.Before(ctx, &p, at("Il pleut.", "It rains.", "doc", "s1", "", "")); err != nil {
		t.Fatal(err)
	}
	for _, u := range []Unit{at("Il neige.", "It snows.", "doc", "s1", "", ""), at("Il pleut.", "It rains.", "doc", "s2", "", ""),
		at("Il pleut.", "It rains.", "autre", "s1", "", ""), fr("Il pleut.", " ")} {
		if err := m.Before(ctx, &p, u); err == nil {
			t.Errorf("Before took %+v into the run of segment s1 of doc", u)
		}
	}
}

// BenchmarkUndoReplaceAll measures what Replace all over 2,000 confirmed segments costs the memory
// off the UI goroutine, in a memory of 20,000 other units: noting what it held (Before, one query a
// segment), storing the new English (AddBatch, in bulk), and, on Ctrl+Z, restoring each segment.
func BenchmarkUndoReplaceAll(b *testing.B) {
	ctx := context.Background()
	m, err := Open(filepath.Join(b.TempDir(), "tm.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer m.Close()
	const n = 2000
	if err := m.AddBatch(ctx, padding(20_000)); err != nil {
		b.Fatal(err)
	}
	var first, second []Unit
	for i := range n {
		src := fmt.Sprintf("Le « deal » n° %d est signé 👍🏽 à l’e\u0301te\u0301.", i)
		first = append(first, at(src, fmt.Sprintf("Deal no. %d is signed 👍🏽.", i), "doc-é", fmt.Sprint("s", i), "", ""))
		second = append(second, at(src, fmt.Sprintf("Agreement no. %d is signed 👍🏽.", i), "doc-é", fmt.Sprint("s", i), "", ""))
	}
	if err := m.AddBatch(ctx, first); err != nil {
		b.Fatal(err)
	}
	benchmarkUndo(b, m, second)
}

// benchmarkUndo stores units, each the first of its segment's run, in m and restores them, again
// and again, timing apart what Before, AddBatch and Restore take.
func benchmarkUndo(b *testing.B, m *Memory, units []Unit) {
	ctx := context.Background()
	var before, store, restore time.Duration
	for b.Loop() {
		priors := make([]Prior, len(units))
		t0 := time.Now()
		for i, u := range units {
			if err := m.Before(ctx, &priors[i], u); err != nil {
				b.Fatal(err)
			}
		}
		t1 := time.Now()
		if err := m.AddBatch(ctx, units); err != nil {
			b.Fatal(err)
		}
		t2 := time.Now()
		if err := m.Restore(ctx, pointers(priors)...); err != nil {
			b.Fatal(err)
		}
		before, store, restore = before+t1.Sub(t0), store+t2.Sub(t1), restore+time.Since(t2)
	}
	k := float64(b.N)
	b.ReportMetric(float64(before.Milliseconds())/k, "ms/before")
	b.ReportMetric(float64(store.Milliseconds())/k, "ms/store")
	b.ReportMetric(float64(restore.Milliseconds())/k, "ms/restore")
}

// pointers are the addresses of ps's elements.
func pointers(ps []Prior) []*Prior {
	out := make([]*Prior, len(ps))
	for i := range ps {
		out[i] = &ps[i]
	}
	return out
}

// TestWithdrawTakesOutAPlace: withdrawing a segment's confirmation removes the English its French has
// from that segment, and only that: the same French's English from another document, the document's
// English of no segment, another segment's and another French's from the same segment stay, and the
// look-up index stays in step.
func TestWithdrawTakesOutAPlace(t *testing.T) {
	const (
		src = "« L’Élysée » a répondu 👍🏽 à l’été gallois."
		e1  = "“The Élysée” answered 👍🏽 in the Welsh summer."
		e2  = "The Élysée replied 👍🏽 to the Welsh été."
		e3  = "The Élysée said 👍🏽."
	)
	m := openTemp(t)
	add(t, m, append(padding(2), at(src, e2, "doc-2", "s7", "x", "y"), at(src, e3, "doc-é", "", "", ""),
		at(src, e3, "doc-é", "s2", "", ""), at("Autre chose.", "Something else.", "doc-é", "s1", "", ""))...)
	want := units(t, m)
	add(t, m, at(src, e1, "doc-é", "s1", "avant", "après"))
	u := at(src, "", "doc-é", "s1", "", "")
	u.SourceLang, u.TargetLang = "fr-FR", "EN"
	if err := m.Withdraw(context.Background(), u, Unit{Source: "Sans place."}); err != nil {
		t.Fatal(err)
	}
	if got := units(t, m); !slices.Equal(got, want) {
		t.Errorf("after Withdraw the memory holds %q, want %q", got, want)
	}
	checkTerms(t, m)
}

// units lists m's units as "source → target @ origin/segment", sorted.
func units(t *testing.T, m *Memory) []string {
	t.Helper()
	return column(t, m, `SELECT source || ' → ' || target || ' @ ' || origin || '/' || segment FROM tm_unit ORDER BY 1`)
}
