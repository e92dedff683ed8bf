package tm

import (
	"context"
	"fmt"
	"golang.org/x/text/unicode/norm"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

// checkIntact fails when the database, or the concordance index against the units, is damaged.
func checkIntact(t *testing.T, m *Memory) {
	t.Helper()
	var res string
	if err := m.DB().QueryRow(`PRAGMA integrity_check`).Scan(&res); err != nil || res != "ok" {
		t.Fatalf("integrity_check: %q, %v", res, err)
	}
	if _, err := m.DB().Exec(`INSERT INTO tm_conc (tm_conc, rank) VALUES ('integrity-check', 1)`); err != nil {
		t.Fatalf("the concordance index does not match the units: %v", err)
	}
	if _, err := m.DB().Exec(`INSERT INTO tm_fts (tm_fts, rank) VALUES ('integrity-check', 1)`); err != nil {
		t.Fatalf("the look-up index is damaged: %v", err)
	}
}

// concordanceTargets returns the English of the units whose French or English holds text.
func concordanceTargets(t *testing.T, m *Memory, text string) []string {
	t.Helper()
	c, err := m.Concordance(context.Background(), ConcordanceQuery{Text: text, SourceLang: "fr", TargetLang: "en", Limit: 1000})
	if err != nil {
		t.Fatalf("concordance %q: %v", text, err)
	}
	var out []string
	for _, h := range c.Hits {
		out = append(out, h.Target)
	}
	slices.Sort(out)
	return out
}

// padding is n units from no document, none replacing another.
func padding(n int) []Unit {
	var out []Unit
	for i := range n {
		out = append(out, fr(fmt.Sprintf("Remplissage n° %d, « sans rapport » 🇫🇷.", i), fmt.Sprintf("Padding no. %d, “unrelated” 🇫🇷.", i)))
	}
	return out
}

// TestAddBatchTwiceInOneSegment: a batch, small or large enough to be indexed in bulk, that holds
// two translations of one segment keeps the database sound and keeps the last translation, as
// storing them one by one does; an exact duplicate is kept once. In bulk, this failed with "database
// disk image is malformed" on an empty memory and, worse, damaged the concordance index silently
// on one that held units (PRAGMA integrity_check says ok: only FTS5's own check sees it).
func TestAddBatchTwiceInOneSegment(t *testing.T) {
	const src = "« L’Élysée » a répondu 👍🏽 à l’e\u0301te\u0301 gallois."
	first := at(src, "“The Élysée” answered 👍🏽 in the Welsh summer.", "doc-é", "s1", "avant", "après")
	second := at(src, "« The Elysée » replied 👍🏽 in Welsh summer.", "doc-é", "s1", "avant", "après")
	third := at(src, "The Élysée responded 👍🏽 in the Welsh e\u0301te\u0301.", "doc-é", "s1", "avant", "après")
	cases := []struct {
		name  string
		units []Unit
		want  string // the English kept
	}{
		{"different English", []Unit{first, second}, second.Target},
		{"same English", []Unit{second, second}, second.Target},
		{"back to the first", []Unit{first, second, first}, first.Target},
		{"three corrections", []Unit{first, second, third}, third.Target},
		{"exact pair imported twice", []Unit{fr(src, first.Target), fr(src, first.Target)}, first.Target},
	}
	for _, held := range []int{0, 5} {
		for _, size := range []int{2, bulkUnits - 1, bulkUnits, bulkUnits + 50} {
			for _, tc := range cases {
				t.Run(fmt.Sprintf("%s/%d/after %d", tc.name, size, held), func(t *testing.T) {
					m := openTemp(t)
					var before []Unit
					for i := range held {
						before = append(before, fr(fmt.Sprintf("Il pleut n° %d.", i), fmt.Sprintf("It rains no. %d.", i)))
					}
					add(t, m, before...)
					pad := padding(max(0, size-len(tc.units)))
					half := len(pad) / 2
					units := append(slices.Clone(pad[:half]), tc.units[0])
					units = append(append(units, pad[half:]...), tc.units[1:]...)
					add(t, m, units...)
					checkOneKept(t, m, tc.want, held+len(pad)+1, len(pad))
				})
			}
		}
	}
}

// checkOneKept checks that m is sound and holds n units, that the concordance finds the English
// want, alone, by either side's words, and finds the padding units.
func checkOneKept(t *testing.T, m *Memory, want string, n, padding int) {
	t.Helper()
	checkIntact(t, m)
	want = norm.NFC.String(want) // the memory stores text as documents are (TestTMXImportComposes)
	for _, q := range []string{"élysée", "ete", "👍🏽 à l’été"} {
		if got := concordanceTargets(t, m, q); !slices.Equal(got, []string{want}) {
			t.Errorf("concordance of %q: %q, want %q", q, got, want)
		}
	}
	if got := count(t, m); got != n {
		t.Errorf("%d units, want %d", got, n)
	}
	if got := len(concordanceTargets(t, m, "« sans rapport »")); got != padding {
		t.Errorf("%d padding units found, want %d", got, padding)
	}
}

// dump is everything a memory stores: its units (with ids and times), the look-up index and its
// terms' frequencies.
func dump(t *testing.T, m *Memory) []string {
	t.Helper()
	var out []string
	for _, q := range []string{
		`SELECT 'unit', ` + unitColumns + ` FROM tm_unit ORDER BY id`,
		`SELECT 'fts', rowid, stems FROM tm_fts ORDER BY rowid`,
		`SELECT 'term', term, df FROM tm_term ORDER BY term`,
	} {
		rows, err := m.DB().Query(q)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			out = append(out, fmt.Sprint(vals...))
		}
		if err := rows.Close(); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

// randomBatch draws n units from few French sentences, English, documents and segments, so that
// many replace or repeat another: in place, as exact pairs, imported (no segment) or from before
// segments were recorded.
func randomBatch(r *rand.Rand, n int) []Unit {
	srcs := []string{"Le Parlement gallois a voté « oui ».", "L’Élysée n’a rien dit 👍🏽.", "L’e\u0301te\u0301 est chaud.", "Il pleut."}
	tgts := []string{"The Welsh Parliament voted “yes”.", "The Élysée said nothing 👍🏽.", "Summer is hot.", "It rains.", "Nothing."}
	docs := []string{"", "doc-1", "doc-é"}
	segs := []string{"", "s1", "s2"}
	var out []Unit
	for i := range n {
		u := fr(srcs[r.IntN(len(srcs))], tgts[r.IntN(len(tgts))])
		if r.IntN(4) > 0 {
			u.Origin, u.Segment, u.Context = docs[r.IntN(len(docs))], segs[r.IntN(len(segs))], Neighbours("a", fmt.Sprint(r.IntN(2)))
		}
		if r.IntN(5) == 0 {
			u.Note = fmt.Sprint("note ", i)
		}
		out = append(out, u)
	}
	return out
}

// TestAddBatchEqualsOneByOne: storing a batch, small or bulk, gives exactly the memory that storing
// its units one by one gives (same rows, ids, times, places, look-up index) and the same concordance
// results, on an empty memory and on one that already holds units.
func TestAddBatchEqualsOneByOne(t *testing.T) {
	ctx := context.Background()
	r := rand.New(rand.NewPCG(16, 2026))
	base := time.UnixMilli(1_700_000_000_000)
	dir := t.TempDir()
	for round := range 8 {
		n := []int{3, bulkUnits - 1, bulkUnits, bulkUnits + 60}[round%4]
		before := randomBatch(r, r.IntN(20))
		units := append(randomBatch(r, n), padding(r.IntN(2)*bulkUnits)...)
		for _, us := range [][]Unit{before, units} {
			for i := range us {
				us[i].Changed = base.Add(time.Duration(r.IntN(1000)) * time.Second) // else each Add has its own now
			}
		}
		r.Shuffle(len(units), func(i, j int) { units[i], units[j] = units[j], units[i] })
		batch, err := Open(filepath.Join(dir, fmt.Sprintf("batch%d.db", round)))
		if err != nil {
			t.Fatal(err)
		}
		single, err := Open(filepath.Join(dir, fmt.Sprintf("single%d.db", round)))
		if err != nil {
			t.Fatal(err)
		}
		add(t, batch, before...)
		add(t, single, before...)
		add(t, batch, units...)
		for _, u := range units {
			if err := single.Add(ctx, u); err != nil {
				t.Fatal(err)
			}
		}
		for _, m := range []*Memory{batch, single} {
			checkIntact(t, m)
			checkTerms(t, m)
		}
		got, want := dump(t, batch), dump(t, single)
		for i := range max(len(got), len(want)) {
			if i >= len(got) || i >= len(want) || got[i] != want[i] {
				t.Errorf("round %d (%d units): AddBatch stored %q, one by one %q", round, len(units), got[i:], want[i:])
				break
			}
		}
		for _, q := range []string{"parlement", "élysée", "ete", "« yes »", "nothing", "pleut"} {
			if got, want := concordanceTargets(t, batch, q), concordanceTargets(t, single, q); !slices.Equal(got, want) {
				t.Errorf("round %d: concordance of %q: batch %q, one by one %q", round, q, got, want)
			}
		}
		batch.Close()
		single.Close()
	}
}
