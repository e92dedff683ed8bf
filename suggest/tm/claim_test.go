package tm

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/glose-app/glose/suggest/store"
)

// A client's pair: accents, « » with no-break spaces, an emoji and e + U+0301.
const (
	clientFR = "« Le Président » a salué l’été à Cardiff 👍🏽."
	clientEN = "“The President” welcomed the summer in Cardiff 👍🏽."
)

// clientTMX is a client's TMX file holding the pair clientFR → clientEN.
var clientTMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="fr" segtype="sentence" adminlang="en" datatype="plaintext" o-tmf="x" creationtool="x" creationtoolversion="1"/><body>
<tu><tuv xml:lang="fr"><seg>` + text(clientFR) + `</seg></tuv><tuv xml:lang="en"><seg>` + text(clientEN) + `</seg></tuv></tu>
</body></tmx>`

// importClient imports clientTMX into m as client.tmx.
func importClient(t *testing.T, m *Memory) {
	t.Helper()
	if _, err := m.Import(context.Background(), strings.NewReader(clientTMX), ImportOptions{Origin: "client.tmx"}); err != nil {
		t.Fatal(err)
	}
}

// exactOffers returns the English m offers at 100 % for the French src.
func exactOffers(t *testing.T, m *Memory, src string) []string {
	t.Helper()
	ms, err := m.Lookup(context.Background(), Query{Text: src, SourceLang: "fr", TargetLang: "en"})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, mt := range ms {
		if mt.Score == 100 {
			out = append(out, mt.Target)
		}
	}
	return out
}

// claims lists the claims of m's units as "target: kind origin/segment", sorted.
func claims(t *testing.T, m *Memory) []string {
	t.Helper()
	return column(t, m, `SELECT u.target || ': ' || c.kind || ' ' || c.origin || '/' || c.segment
		FROM tm_claim c JOIN tm_unit u ON u.id = c.unit ORDER BY 1`)
}

// checkClaimed fails when a unit holds no claim: nothing would keep it, and nothing take it back.
func checkClaimed(t *testing.T, m *Memory) {
	t.Helper()
	if got := column(t, m, `SELECT source || ' → ' || target FROM tm_unit WHERE id NOT IN (SELECT unit FROM tm_claim)`); len(got) > 0 {
		t.Errorf("units without claims: %q", got)
	}
}

// reopen closes m and opens its file again: a new session, with no Prior.
func reopen(t *testing.T, m *Memory, path string) *Memory {
	t.Helper()
	if err := m.Close(); err != nil {
		t.Fatal(err)
	}
	m, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { m.Close() })
	return m
}

// TestClientsPairOutlivesItsSegments: a pair a client's TMX file holds, confirmed in a segment,
// stays when the segment takes it back in a later session (Withdraw, the segment set back to draft),
// or replaces it by a correction, still offered at 100 %, placed as the file's again, and
// exported. Before, the memory kept one unit per pair, placed at the segment, and both deleted it.
func TestClientsPairOutlivesItsSegments(t *testing.T) {
	corrected := at(clientFR, "The President greeted the summer in Cardiff 👍🏽.", "doc-é", "s1", "a", "b")
	for _, tc := range []struct {
		name string
		undo func(*testing.T, *Memory)
	}{
		{"set back to draft", func(t *testing.T, m *Memory) {
			must(t, m.Withdraw(context.Background(), at(clientFR, "", "doc-é", "s1", "", "")))
		}},
		{"corrected", func(t *testing.T, m *Memory) { add(t, m, corrected) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "tm.db")
			m, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			add(t, m, padding(3)...)
			importClient(t, m)
			add(t, m, at(clientFR, clientEN, "doc-é", "s1", "a", "b"))
			m = reopen(t, m, path)
			tc.undo(t, m)
			if got := exactOffers(t, m, clientFR); !slices.Contains(got, clientEN) {
				t.Errorf("the client's pair is no longer offered at 100 %%: %q", got)
			}
			if got := units(t, m); !slices.Contains(got, clientFR+" → "+clientEN+" @ client.tmx/") {
				t.Errorf("the client's pair is not the file's again: %q", got)
			}
			if got := claims(t, m); !slices.Contains(got, clientEN+": imported client.tmx/") ||
				slices.Contains(got, clientEN+": confirmed doc-é/s1") {
				t.Errorf("claims %q, want the file's and not the segment's", got)
			}
			var tmx strings.Builder
			must(t, m.Export(context.Background(), &tmx))
			if !strings.Contains(tmx.String(), text(clientEN)) {
				t.Errorf("the export lacks the client's pair")
			}
			validateTMX(t, []byte(tmx.String()))
			checkIntact(t, m)
			checkTerms(t, m)
			checkClaimed(t, m)
		})
	}
}

// TestOnePairManySegments: the same pair confirmed in two segments (of one document or two) stays
// while either still confirms it, whichever takes it back first and however (Withdraw in a later
// session, Restore in this one, in any order), and goes with the last.
func TestOnePairManySegments(t *testing.T) {
	first, second := at(clientFR, clientEN, "doc-é", "s1", "", ""), at(clientFR, clientEN, "doc-é", "s4", "x", "y")
	other := at(clientFR, clientEN, "autre-doc", "s2", "", "")
	withdraw := func(t *testing.T, m *Memory, _ *Prior, u Unit) { must(t, m.Withdraw(context.Background(), u)) }
	restore := func(t *testing.T, m *Memory, p *Prior, _ Unit) { must(t, m.Restore(context.Background(), p)) }
	for _, tc := range []struct {
		name    string
		a, b    Unit
		takeA   func(*testing.T, *Memory, *Prior, Unit)
		takeB   func(*testing.T, *Memory, *Prior, Unit)
		reverse bool // b taken back first
	}{
		{"one document, withdrawn", first, second, withdraw, withdraw, false},
		{"two documents, withdrawn", first, other, withdraw, withdraw, false},
		{"two documents, withdrawn the other way", first, other, withdraw, withdraw, true},
		{"restored first to last", first, second, restore, restore, false},
		{"restored last to first", first, second, restore, restore, true},
		{"restored, then withdrawn", first, other, restore, withdraw, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			m := openTemp(t)
			add(t, m, padding(2)...)
			want := state(t, m)
			var pa, pb Prior
			must(t, m.Before(ctx, &pa, tc.a))
			add(t, m, tc.a)
			must(t, m.Before(ctx, &pb, tc.b))
			add(t, m, tc.b)
			steps := []func(){func() { tc.takeA(t, m, &pa, tc.a) }, func() { tc.takeB(t, m, &pb, tc.b) }}
			kept := tc.b
			if tc.reverse {
				slices.Reverse(steps)
				kept = tc.a
			}
			steps[0]()
			if got := exactOffers(t, m, clientFR); !slices.Equal(got, []string{clientEN}) {
				t.Fatalf("with one segment still confirming it, the memory offers %q", got)
			}
			if got, want := units(t, m), clientFR+" → "+clientEN+" @ "+kept.Origin+"/"+kept.Segment; !slices.Contains(got, want) {
				t.Errorf("the pair is not placed at the segment still confirming it: %q, want %q", got, want)
			}
			checkClaimed(t, m)
			steps[1]()
			if got := exactOffers(t, m, clientFR); len(got) != 0 {
				t.Errorf("with no segment confirming it, the memory still offers %q", got)
			}
			if got := state(t, m); !slices.Equal(got, want) {
				t.Errorf("the memory holds\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
			checkIntact(t, m)
			checkTerms(t, m)
		})
	}
}

// TestImportDuringAConfirmation: a client's TMX imported between the note a confirmation takes of
// the memory (Before) and its store, as the app's import may run beside its queue of writes: undoing
// the confirmation leaves the client's pair. Before, Restore removed what the note had not seen.
func TestImportDuringAConfirmation(t *testing.T) {
	ctx := context.Background()
	m := openTemp(t)
	var p Prior
	u := at(clientFR, clientEN, "doc-é", "s1", "", "")
	must(t, m.Before(ctx, &p, u))
	importClient(t, m)
	add(t, m, u)
	must(t, m.Restore(ctx, &p))
	if got := claims(t, m); !slices.Equal(got, []string{clientEN + ": imported client.tmx/"}) {
		t.Errorf("claims %q, want the file's alone", got)
	}
	if got := exactOffers(t, m, clientFR); !slices.Equal(got, []string{clientEN}) {
		t.Errorf("the memory offers %q, want the client's pair", got)
	}
}

// TestClaimsOfAnOlderMemory: a memory made before claims opens with every unit, each held by an
// unknown source and, when placed, confirmed from its place. Withdrawing or correcting that place
// takes the place away, not the unit (it may be a client's pair that a segment confirmed too), and it
// ranks after the segment's own English; a memory from before places gets its places' columns and
// claims in one go.
func TestClaimsOfAnOlderMemory(t *testing.T) {
	const src = "Le 15 décembre, « l’e\u0301te\u0301 » 👍🏽."
	for _, tc := range []struct {
		name    string
		before  string // what the earlier version lacked beside claims
		withSeg bool   // whether its units had segments
	}{
		{"places", "", true},
		{"before places", "places", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			path := filepath.Join(t.TempDir(), "tm.db")
			m, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			seg := func(s string) string {
				if tc.withSeg {
					return s
				}
				return ""
			}
			// Created before the other document's, confirmed after: first at its place, last once it is taken.
			old := at(src, "Dec. 15, “summer” 👍🏽.", "doc1", seg("s1"), "", "")
			old.Created, old.Changed = time.UnixMilli(1_600_000_000_000), time.UnixMilli(1_700_000_000_000)
			other := at(src, "December 15.", "doc2", seg("s3"), "", "")
			other.Changed = time.UnixMilli(1_650_000_000_000)
			add(t, m, old, other, fr("Autre phrase.", "Another sentence."))
			m.Close()
			olderMemory(t, path, tc.before == "places")
			m, err = Open(path)
			if err != nil {
				t.Fatalf("opening the older memory: %v", err)
			}
			defer m.Close()
			if n := count(t, m); n != 3 {
				t.Fatalf("the memory holds %d units, want its 3", n)
			}
			want := []string{"Another sentence.: unknown /", "Dec. 15, “summer” 👍🏽.: confirmed doc1/" + seg("s1"),
				"Dec. 15, “summer” 👍🏽.: unknown /", "December 15.: confirmed doc2/" + seg("s3"), "December 15.: unknown /"}
			if got := claims(t, m); !slices.Equal(got, want) {
				t.Errorf("claims %q, want %q", got, want)
			}
			if tc.withSeg {
				must(t, m.Withdraw(ctx, at(src, "", "doc1", "s1", "", "")))
			} else {
				add(t, m, at(src, "December 15, “summer”.", "doc1", "s1", "", ""))
			}
			got := lookupAt(t, m, src, Place{Origin: "doc1", Segment: "s1"})
			if !slices.Contains(got, "Dec. 15, “summer” 👍🏽.") || got[len(got)-1] != "Dec. 15, “summer” 👍🏽." {
				t.Errorf("the memory offers %q, want the older unit kept, last", got)
			}
			checkIntact(t, m)
			checkTerms(t, m)
			checkClaimed(t, m)
		})
	}
}

// olderMemory makes the memory at path as an earlier version left it: without claims and, if
// noPlaces, without places either.
func olderMemory(t *testing.T, path string, noPlaces bool) {
	t.Helper()
	db, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(`DROP TABLE tm_claim`); err != nil {
		t.Fatal(err)
	}
	for _, c := range placeColumns {
		if !noPlaces {
			break
		}
		if _, err := db.Exec(`ALTER TABLE tm_unit DROP COLUMN ` + c); err != nil {
			t.Fatal(err)
		}
	}
}

// TestConcurrentClaims: segments confirming the same pair and taking it back, from goroutines of
// their own (the app's queue, the command line) while a client's file is imported, leave the
// client's pair alone, held by the file only; without the file, the pair goes.
func TestConcurrentClaims(t *testing.T) {
	for _, withFile := range []bool{true, false} {
		t.Run(fmt.Sprint("file ", withFile), func(t *testing.T) {
			ctx := context.Background()
			m := openTemp(t)
			var wg sync.WaitGroup
			errs := make(chan error, 16)
			for i := range 4 {
				wg.Go(func() {
					u := at(clientFR, clientEN, fmt.Sprint("doc-", i), "s1", "", "")
					for range 3 {
						if err := m.Add(ctx, u); err != nil {
							errs <- err
						}
						if err := m.Withdraw(ctx, u); err != nil {
							errs <- err
						}
					}
				})
			}
			if withFile {
				wg.Go(func() {
					if _, err := m.Import(ctx, strings.NewReader(clientTMX), ImportOptions{Origin: "client.tmx"}); err != nil {
						errs <- err
					}
				})
			}
			wg.Wait()
			close(errs)
			for err := range errs {
				t.Fatal(err)
			}
			var want, offered []string
			if withFile {
				want, offered = []string{clientEN + ": imported client.tmx/"}, []string{clientEN}
			}
			if got := claims(t, m); !slices.Equal(got, want) {
				t.Errorf("claims %q, want %q", got, want)
			}
			if got := exactOffers(t, m, clientFR); !slices.Equal(got, offered) {
				t.Errorf("the memory offers %q, want %q", got, offered)
			}
			checkIntact(t, m)
			checkTerms(t, m)
			checkClaimed(t, m)
		})
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// TestClaimsFollowAModel: random confirmations of three English in three segments of two documents,
// withdrawals and imports of one French hold each pair exactly while a model's set of its sources
// is not empty: a confirmation gives its pair the segment and takes the segment from the other
// English, a withdrawal takes it from all, an import gives the file; nothing else changes.
func TestClaimsFollowAModel(t *testing.T) {
	ctx := context.Background()
	r := rand.New(rand.NewPCG(19, 2026))
	tgts := []string{clientEN, "The President greeted the summer 👍🏽.", "Été « chaud »."}
	places := [][2]string{{"doc-é", "s1"}, {"doc-é", "s2"}, {"autre", "s1"}}
	m := openTemp(t)
	model := map[string]map[string]bool{} // English → its sources
	give := func(tgt, src string) {
		if model[tgt] == nil {
			model[tgt] = map[string]bool{}
		}
		model[tgt][src] = true
	}
	for step := range 300 {
		tgt, p := tgts[r.IntN(len(tgts))], places[r.IntN(len(places))]
		src := "confirmed " + p[0] + "/" + p[1]
		var did string
		switch r.IntN(5) {
		case 0, 1:
			add(t, m, at(clientFR, tgt, p[0], p[1], "", ""))
			for _, other := range tgts {
				if other != tgt {
					delete(model[other], src)
				}
			}
			give(tgt, src)
			did = "confirm " + tgt + " at " + src
		case 2, 3:
			must(t, m.Withdraw(ctx, at(clientFR, "", p[0], p[1], "", "")))
			for _, other := range tgts {
				delete(model[other], src)
			}
			did = "withdraw " + src
		default:
			tmx := strings.Replace(clientTMX, text(clientEN), text(tgt), 1)
			if _, err := m.Import(ctx, strings.NewReader(tmx), ImportOptions{Origin: "client.tmx"}); err != nil {
				t.Fatal(err)
			}
			give(tgt, "imported client.tmx/")
			did = "import " + tgt
		}
		var want []string
		for tgt, srcs := range model {
			for s := range srcs {
				want = append(want, tgt+": "+s)
			}
		}
		slices.Sort(want)
		if got := claims(t, m); !slices.Equal(got, want) {
			t.Fatalf("step %d (%s): claims\n%s\nwant\n%s", step, did, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		var offered []string
		for tgt, srcs := range model {
			if len(srcs) > 0 {
				offered = append(offered, tgt)
			}
		}
		slices.Sort(offered)
		if got := exactOffers(t, m, clientFR); !slices.Equal(sorted(got), offered) {
			t.Fatalf("step %d (%s): the memory offers %q, want %q", step, did, got, offered)
		}
	}
	checkIntact(t, m)
	checkTerms(t, m)
}
