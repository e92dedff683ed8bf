package tm

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/glose-app/glose/suggest/internal/shareddata"
)

// referenceSentences are news sentences with accents, « guillemets » with no-break spaces, both
// apostrophes, numbers, emoji (with a skin tone, a family) and e + U+0301.
var referenceSentences = []string{
	"« Je pense que c’est fini », a déclaré Sergueï Lavrov à Moscou le 3 mai 2017.",
	"Le président de la République s'est rendu à Marseille mardi 👏🏽 pour l'inauguration.",
	"L’équipe de France a battu l’Italie 3 à 1, « une victoire méritée », selon l'entraîneur.",
	"Le café coûte désormais 1 000,5 € à Paris 😀 et 12\u00a0345,67 € à Lyon.",
	"La Cour des comptes publie son rapport annuel sur les finances publiques de l'État.",
	"Les e\u0301tudiants ont manifesté devant le ministère de l’Éducation nationale 👩‍👩‍👧.",
	"— Non\u202f! a répondu la porte-parole du gouvernement, aujourd’hui-même.",
	"Le Premier ministre a annoncé un plan de 20 milliards d'euros pour l'industrie.",
	"Selon l'Insee, le chômage a baissé de 0,3 point au troisième trimestre.",
	"« Nous ne céderons pas », a lancé le syndicat devant l'Assemblée nationale.",
}

// variantsOf returns s changed as translators' memories hold it: a word replaced, dropped or
// added, other accents, case, quotation marks, spacing, numbers.
func variantsOf(s string, k int) []string {
	words := strings.Fields(s)
	replaced := strings.Join(append(append([]string{}, words[:k%len(words)]...), append([]string{"nouveau"}, words[k%len(words)+1:]...)...), " ")
	dropped := strings.Join(append(append([]string{}, words[:k%len(words)]...), words[k%len(words)+1:]...), " ")
	return []string{
		s, replaced, dropped, s + " Il pleuvait.", strings.ToUpper(s[:1]) + strings.ToLower(s[1:]),
		strings.NewReplacer("é", "e", "è", "e", "à", "a").Replace(s),
		strings.NewReplacer("« ", "\"", " »", "\"", "’", "'").Replace(s),
		strings.ReplaceAll(s, " ", "  "), strings.NewReplacer("3", "4", "1", "7", "0", "9").Replace(s),
		"e\u0301 " + s + " 👏🏽",
	}
}

// referenceMemory stores the sentences' variants, some twice with other translations at the same
// time (ties the order must settle alike), some from a document's segments (context matches), and
// some in another language pair.
func referenceMemory(t *testing.T, sentences []string) (*Memory, []string) {
	ctx := context.Background()
	m := openTemp(t)
	changed := time.UnixMilli(1_700_000_000_000)
	var units []Unit
	var queries []string
	for i, s := range sentences {
		for k, v := range variantsOf(s, i) {
			u := fr(v, fmt.Sprintf("translation %d.%d", i, k))
			u.Changed = changed
			if k%3 == 0 {
				u.Origin, u.Segment, u.Context = "doc", fmt.Sprintf("s%d", i), "ctx"
			}
			bis := u
			bis.Target += " bis"
			units = append(units, u, bis)
			if k%4 == 1 {
				units = append(units, Unit{SourceLang: "fr", TargetLang: "de", Source: v, Target: "Übersetzung"})
			}
		}
		queries = append(queries, variantsOf(s, i+3)...)
	}
	// Batches under bulkUnits: a bulk AddBatch replacing a unit it inserted itself (the same
	// segment twice) corrupts the concordance index, a bug of its own.
	for i := 0; i < len(units); i += bulkUnits / 2 {
		if err := m.AddBatch(ctx, units[i:min(i+bulkUnits/2, len(units))]); err != nil {
			t.Fatal(err)
		}
	}
	return m, append(queries, "", "👏🏽", "« »", "1 000")
}

// checkAgainstReference looks every query up with several settings, alone and in one Batch
// (twice, the second time from the Batch's cache), and fails unless the matches are those of the
// reference look-up: the same units, scores, differences, ranges and order.
func checkAgainstReference(t *testing.T, m *Memory, queries []string, settings []Query) {
	ctx := context.Background()
	for _, set := range settings {
		b := m.Batch()
		for pass := range 2 {
			for i, text := range queries {
				q := set
				q.Text = text
				if i%2 == 1 {
					q.At = Place{Origin: "doc", Segment: fmt.Sprintf("s%d", i%7), Context: "ctx"}
				}
				want, err := m.refLookup(ctx, q)
				if err != nil {
					t.Fatal(err)
				}
				got := want
				if pass == 0 {
					if got, err = m.Lookup(ctx, q); err != nil {
						t.Fatal(err)
					}
				}
				inBatch, err := b.Lookup(ctx, q)
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(got, want) || !reflect.DeepEqual(inBatch, want) {
					t.Fatalf("pass %d, %+v:\nreference %s\nlookup    %s\nbatch     %s", pass, q,
						summary(want), summary(got), summary(inBatch))
				}
			}
		}
	}
}

func summary(ms []Match) string {
	var b strings.Builder
	for _, m := range ms {
		fmt.Fprintf(&b, "[%d %q %.2f %v %v] ", m.ID, m.Target, m.Score, m.Differences, m.Context)
	}
	return b.String()
}

var referenceSettings = []Query{
	{SourceLang: "fr", TargetLang: "en"},
	{SourceLang: "fr", TargetLang: "en", Top: 1},
	{SourceLang: "fr", TargetLang: "en", Top: 30, MinScore: 1},
	{SourceLang: "fr-FR", TargetLang: "en", Top: 3, MinScore: 90},
	{SourceLang: "fr", TargetLang: "de", Top: 2},
}

// TestLookupMatchesReference checks the look-up against the straightforward one it replaced on
// hand-made variants of news sentences.
func TestLookupMatchesReference(t *testing.T) {
	m, queries := referenceMemory(t, referenceSentences)
	checkAgainstReference(t, m, queries, referenceSettings)
}

// TestBatchSharedByGoroutines looks the queries up from four goroutines sharing one Batch (run
// with -race): each gets the reference's matches.
func TestBatchSharedByGoroutines(t *testing.T) {
	m, queries := referenceMemory(t, referenceSentences[:5])
	ctx := context.Background()
	want := make([][]Match, len(queries))
	for i, text := range queries {
		var err error
		if want[i], err = m.refLookup(ctx, Query{Text: text, SourceLang: "fr", TargetLang: "en", Top: 2}); err != nil {
			t.Fatal(err)
		}
	}
	b := m.Batch()
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for k := range queries {
				i := (k + g*len(queries)/4) % len(queries)
				got, err := b.Lookup(ctx, Query{Text: queries[i], SourceLang: "fr", TargetLang: "en", Top: 2})
				if err != nil || !reflect.DeepEqual(got, want[i]) {
					t.Errorf("goroutine %d, %q: %v\ngot  %s\nwant %s", g, queries[i], err, summary(got), summary(want[i]))
					return
				}
			}
		})
	}
	wg.Wait()
}

// TestLookupMatchesReferenceNTREX does so on a memory of NTREX sentences and near-duplicates of
// them, where common words fill the shortlist and many units tie on their weight.
func TestLookupMatchesReferenceNTREX(t *testing.T) {
	pairs := shareddata.NTREX(t)
	v := shareddata.NewVariator(pairs)
	m := openTemp(t)
	var units []Unit
	for _, p := range v.Variants(pairs, 3*len(pairs)) {
		units = append(units, fr(p.FR, p.EN))
	}
	if err := m.AddBatch(context.Background(), units); err != nil {
		t.Fatal(err)
	}
	var queries []string
	for i := range 40 {
		p := v.Pick(pairs)
		queries = append(queries, v.Vary(p.FR, i%4), p.FR)
	}
	checkAgainstReference(t, m, queries, referenceSettings[1:3])
}
