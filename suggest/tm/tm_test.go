package tm

import (
	"context"
	"fmt"
	"math"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/glose-app/glose/suggest/internal/shareddata"
)

func openTemp(t *testing.T) *Memory {
	t.Helper()
	m, err := Open(filepath.Join(t.TempDir(), "sub", "tm.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { m.Close() })
	return m
}

func fr(src, tgt string) Unit {
	return Unit{SourceLang: "fr", TargetLang: "en", Source: src, Target: tgt}
}

func TestFuzzyScores(t *testing.T) {
	ctx := context.Background()
	m := openTemp(t)
	units := []Unit{
		fr("Le chat dort sur le canapé.", "The cat sleeps on the sofa."),
		fr("Les présidents ont parlé de la Syrie.", "The presidents spoke about Syria."),
		fr("Le chômage a baissé de 3,5 % en 2019.", "Unemployment fell by 3.5% in 2019."),
		fr("« Bonjour », a dit Sergueï Lavrov 😀.", "“Hello,” said Sergei Lavrov 😀."),
	}
	if err := m.AddBatch(ctx, units); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		query                   string
		wantSource              string
		score, noStem, verbatim float64
		numbersDiffer           bool
		missing                 []string
	}{
		{"Le chat dort sur le canapé.", units[0].Source, 100, 100, 100, false, nil},
		{"Le chat dort sur le lit.", units[0].Source, 100 * 5 / 6.0, 100 * 5 / 6.0, 100 * 6 / 7.0, false, nil},
		// Stemming folds the plural and the accents: only "a"/"ont" differ.
		{"Le président a parlé de la Syrie.", units[1].Source, 100 * 6 / 7.0, 100 * 4 / 7.0, 100 * 5 / 8.0, false, nil},
		{"Le chômage a baissé de 4,5 % en 2019.", units[2].Source, 100 * 7 / 8.0, 100 * 7 / 8.0, 100 * 9 / 10.0, true, []string{"4,5"}},
		// Combining accent (e + U+0301) scores like the precomposed letter when stemmed.
		{"« Bonjour », a dit Sergue\u0301i Lavrov 😀.", units[3].Source, 100, 100 * 4 / 5.0, 100 * 9 / 10.0, false, nil},
		{"« Bonjour », a dit Serguei\u0308 Lavrov 😀.", units[3].Source, 100, 100, 100, false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			got, err := m.Lookup(ctx, Query{Text: tt.query, SourceLang: "fr", TargetLang: "en", Top: 1})
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 1 || got[0].Source != tt.wantSource {
				t.Fatalf("got %+v, want source %q", got, tt.wantSource)
			}
			g := got[0]
			for _, s := range []struct {
				name      string
				got, want float64
			}{{"ScoreStem", g.ScoreStem, tt.score}, {"ScoreNoStem", g.ScoreNoStem, tt.noStem}, {"ScoreVerbatim", g.ScoreVerbatim, tt.verbatim}} {
				if math.Abs(s.got-s.want) > 0.01 {
					t.Errorf("%s = %.2f, want %.2f", s.name, s.got, s.want)
				}
			}
			if g.NumbersDiffer != tt.numbersDiffer || fmt.Sprint(g.MissingNumbers) != fmt.Sprint(tt.missing) {
				t.Errorf("numbers differ %v %q, want %v %q", g.NumbersDiffer, g.MissingNumbers, tt.numbersDiffer, tt.missing)
			}
		})
	}
}

func TestDiffRanges(t *testing.T) {
	tests := []struct {
		query, source     string
		inSource, inQuery []string
	}{
		{"Le chat dort sur le lit.", "Le chat dort sur le canapé.", []string{"canapé"}, []string{"lit"}},
		{"Le chat noir dort.", "Le chat dort.", nil, []string{"noir"}},
		{"Le chat dort.", "Le gros chat gris dort.", []string{"gros", "gris"}, nil},
		{"« Oui », dit-il 😀.", "« Non, jamais », dit-il 😀.", []string{"Non, jamais"}, []string{"Oui"}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			q, m := analyse("fr", tt.query), analyse("fr", tt.source)
			inM, inQ := diff(q, m)
			if got := texts(tt.source, inM); fmt.Sprint(got) != fmt.Sprint(tt.inSource) {
				t.Errorf("source diff %q, want %q", got, tt.inSource)
			}
			if got := texts(tt.query, inQ); fmt.Sprint(got) != fmt.Sprint(tt.inQuery) {
				t.Errorf("query diff %q, want %q", got, tt.inQuery)
			}
		})
	}
}

func texts(s string, rs []Range) []string {
	var out []string
	for _, r := range rs {
		out = append(out, s[r.Start:r.End])
	}
	return out
}

func TestAddUpdatesExisting(t *testing.T) {
	ctx := context.Background()
	m := openTemp(t)
	u := fr("Bonjour.", "Hello.")
	u.Note = "first"
	u.Changed = time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	for range 3 {
		if err := m.Add(ctx, u); err != nil {
			t.Fatal(err)
		}
	}
	later := fr("Bonjour.", "Good morning.")
	later.Changed = u.Changed.Add(time.Hour)
	if err := m.Add(ctx, later); err != nil {
		t.Fatal(err)
	}
	if n, _ := m.Count(ctx); n != 2 {
		t.Fatalf("count = %d, want 2", n)
	}
	got, err := m.Lookup(ctx, Query{Text: "Bonjour.", SourceLang: "fr-FR", TargetLang: "EN"})
	if err != nil || len(got) != 2 || got[0].Target != "Good morning." || got[1].Note != "first" {
		t.Fatalf("Lookup = %+v, %v; want the latest translation first, the note kept", got, err)
	}
}

func TestAddRejectsBadUnits(t *testing.T) {
	m := openTemp(t)
	for _, u := range []Unit{fr(" ", "x"), fr("x", ""), {Source: "a", Target: "b"}} {
		if err := m.Add(context.Background(), u); err == nil {
			t.Errorf("Add(%+v) succeeded", u)
		}
	}
}

// TestNTREXLookup stores the NTREX pairs (fr→en) and looks up each sentence with its last word
// removed: the original must come first.
func TestNTREXLookup(t *testing.T) {
	pairs := shareddata.NTREX(t)
	ctx := context.Background()
	m := openTemp(t)
	units := make([]Unit, len(pairs))
	for i, p := range pairs {
		units[i] = Unit{SourceLang: "fr", TargetLang: "en", Source: p.FR, Target: p.EN, Origin: p.DocID}
	}
	if err := m.AddBatch(ctx, units); err != nil {
		t.Fatal(err)
	}
	found, tried := 0, 0
	for i := 0; i < len(pairs); i += 20 {
		q := dropWord(pairs[i].FR)
		if q == "" {
			continue
		}
		tried++
		got, err := m.Lookup(ctx, Query{Text: q, SourceLang: "fr", TargetLang: "en"})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) > 0 && got[0].Source == pairs[i].FR {
			found++
		} else if len(got) == 0 || got[0].ScoreStem < 100 {
			t.Errorf("query %q: best %v, want %q", q, got, pairs[i].FR)
		}
	}
	if found < tried*9/10 {
		t.Errorf("original first for %d of %d queries", found, tried)
	}
}

// dropWord removes the middle word of a sentence of at least 8 words.
func dropWord(s string) string {
	toks := analyse("fr", s).toks
	var words []int
	for i, tk := range toks {
		if tk.Kind != 2 {
			words = append(words, i)
		}
	}
	if len(words) < 8 {
		return ""
	}
	w := toks[words[len(words)/2]]
	return s[:w.Start] + s[w.End:]
}

func TestConcurrentWriters(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tm.db")
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			m, err := Open(path)
			if err != nil {
				errs <- err
				return
			}
			defer m.Close()
			for i := range 25 {
				if err := m.Add(ctx, fr(fmt.Sprintf("Phrase %d de %d.", i, w), "x")); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	m, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	if n, _ := m.Count(ctx); n != 100 {
		t.Errorf("count = %d, want 100", n)
	}
}

func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "not.db")
	if err := writeFile(bad, "this is not an SQLite database, just text that is long enough to fill a header....."); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(bad); err == nil {
		t.Error("Open of a text file succeeded")
	} else {
		t.Log(err)
	}
}
