package tm

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// marked shows a hit's ranges in its text as [brackets].
func marked(s string, rs []Range) string {
	var b strings.Builder
	at := 0
	for _, r := range rs {
		b.WriteString(s[at:r.Start] + "[" + s[r.Start:r.End] + "]")
		at = r.End
	}
	return b.String() + s[at:]
}

func concordanceMemory(t *testing.T) *Memory {
	t.Helper()
	m := openTemp(t)
	now := time.Now()
	units := []Unit{
		fr("Cette proposition découlait du projet de renommer l’assemblée, qui deviendrait le Parlement gallois.",
			"This proposal followed the plan to rename the assembly, which would become the Welsh Parliament."),
		fr("Le PARLEMENT GALLOIS a voté.", "The Welsh Parliament voted."),
		fr("Le parlement, gallois ou non, siège à Cardiff 🇫🇷.", "Parliament, Welsh or not, sits in Cardiff 🇫🇷."),
		fr("« L'Élysée » a répondu 👍🏽 aujourd'hui.", "“The Élysée” answered 👍🏽 today."),
		fr("L’Ely\u0301se\u0301e n’a rien dit.", "The Elysée said nothing."),
		fr("Le pays de Galles parle gallois.", "Wales speaks Welsh."),
		{SourceLang: "fr", TargetLang: "de", Source: "Le Parlement gallois a voté.", Target: "Das walisische Parlament hat abgestimmt."},
	}
	for i := range units {
		units[i].Changed = now.Add(time.Duration(i) * time.Minute)
	}
	if err := m.AddBatch(context.Background(), units); err != nil {
		t.Fatal(err)
	}
	return m
}

// TestConcordance finds words and phrases in either side of the memory, whatever their case,
// accents (precomposed or combining), apostrophes and punctuation between the words, with their
// places marked, in the language pair asked for only.
func TestConcordance(t *testing.T) {
	m := concordanceMemory(t)
	tests := []struct {
		text  string
		side  Side
		want  []string // source | target, marked, best first
		total int
	}{
		{"parlement gallois", SourceSide, []string{
			"Le [PARLEMENT GALLOIS] a voté. | The Welsh Parliament voted.",
			"Le [parlement, gallois] ou non, siège à Cardiff 🇫🇷. | Parliament, Welsh or not, sits in Cardiff 🇫🇷.",
			"Cette proposition découlait du projet de renommer l’assemblée, qui deviendrait le [Parlement gallois]. | This proposal followed the plan to rename the assembly, which would become the Welsh Parliament.",
		}, 3},
		{"Parlement gallois.", SourceSide, nil, 3},
		{"Welsh Parliament", TargetSide, []string{
			"Le PARLEMENT GALLOIS a voté. | The [Welsh Parliament] voted.",
			"Cette proposition découlait du projet de renommer l’assemblée, qui deviendrait le Parlement gallois. | This proposal followed the plan to rename the assembly, which would become the [Welsh Parliament].",
		}, 2},
		{"elysee", BothSides, []string{
			"L’[El\u00fds\u00e9e] n’a rien dit. | The [Elysée] said nothing.", // stored in NFC,
			"« L'[Élysée] » a répondu 👍🏽 aujourd'hui. | “The [Élysée]” answered 👍🏽 today.",
		}, 2},
		{"AUJOURD’HUI", SourceSide, []string{"« L'Élysée » a répondu 👍🏽 [aujourd'hui]. | “The Élysée” answered 👍🏽 today."}, 1},
		{"gall*", SourceSide, []string{"Le pays de [Galles] parle [gallois]. | Wales speaks Welsh."}, 4},
		{"découler", SourceSide, nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			c, err := m.Concordance(context.Background(), ConcordanceQuery{Text: tt.text, SourceLang: "fr-FR", TargetLang: "en", Side: tt.side})
			if err != nil {
				t.Fatal(err)
			}
			if c.Total != tt.total || len(c.Hits) != tt.total {
				t.Errorf("%d hits of %d, want %d", len(c.Hits), c.Total, tt.total)
			}
			for i, want := range tt.want {
				if i >= len(c.Hits) {
					break
				}
				h := c.Hits[i]
				if got := marked(h.Source, h.SourceHits) + " | " + marked(h.Target, h.TargetHits); got != want {
					t.Errorf("hit %d:\n %s\nwant\n %s", i+1, got, want)
				}
			}
		})
	}
	if _, err := m.Concordance(context.Background(), ConcordanceQuery{Text: " « » ", SourceLang: "fr", TargetLang: "en"}); !errors.Is(err, ErrNoWords) {
		t.Errorf("searching punctuation: %v, want ErrNoWords", err)
	}
	c, err := m.Concordance(context.Background(), ConcordanceQuery{Text: "gallois", SourceLang: "fr", TargetLang: "en", Limit: 2})
	if err != nil || len(c.Hits) != 2 || c.Total != 4 {
		t.Errorf("limit 2: %d hits of %d, %v; want 2 of 4", len(c.Hits), c.Total, err)
	}
}

// TestConcordanceIndexesAnOlderMemory opens a memory written before the concordance index existed:
// its units are found, and units added since as well.
func TestConcordanceIndexesAnOlderMemory(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tm.db")
	old, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := old.Add(context.Background(), fr("Le Parlement gallois a voté.", "The Welsh Parliament voted.")); err != nil {
		t.Fatal(err)
	}
	if _, err := old.DB().Exec(`DROP TABLE tm_conc; DROP TRIGGER tm_conc_insert; DROP TRIGGER tm_conc_delete;
		DROP TRIGGER tm_conc_update; DROP TABLE tm_claim`); err != nil { // as the earlier version made it
		t.Fatal(err)
	}
	old.Close()
	m, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	if err := m.Add(context.Background(), fr("Le parlement gallois siège.", "The Welsh parliament sits.")); err != nil {
		t.Fatal(err)
	}
	c, err := m.Concordance(context.Background(), ConcordanceQuery{Text: "parlement gallois", SourceLang: "fr", TargetLang: "en"})
	if err != nil || c.Total != 2 {
		t.Fatalf("%+v, %v: want both units", c, err)
	}
	// A unit changed or deleted by another program leaves the index with it.
	if _, err := m.DB().Exec(`DELETE FROM tm_unit WHERE source = ?`, "Le parlement gallois siège."); err != nil {
		t.Fatal(err)
	}
	if _, err := m.DB().Exec(`UPDATE tm_unit SET target = ? WHERE source = ?`, "The Senedd voted.", "Le Parlement gallois a voté."); err != nil {
		t.Fatal(err)
	}
	for q, want := range map[string]int{"parlement gallois": 1, "Senedd": 1, "Welsh": 0} {
		c, err := m.Concordance(context.Background(), ConcordanceQuery{Text: q, SourceLang: "fr", TargetLang: "en"})
		if err != nil || c.Total != want {
			t.Errorf("%q after changes: %d hits, %v; want %d", q, c.Total, err, want)
		}
	}
	var n int
	if err := m.DB().QueryRow(`SELECT count(*) FROM sqlite_master WHERE name = 'tm_conc'`).Scan(&n); err != nil || n != 1 {
		t.Errorf("index tables: %d, %v", n, err)
	}
}

// BenchmarkConcordance100k measures concordance searches in a memory of 100,000 units: a rare
// phrase, a common word, a prefix, and the English side.
func BenchmarkConcordance100k(b *testing.B) {
	units, _ := syntheticUnits(b, 100_000)
	m, err := Open(filepath.Join(b.TempDir(), "tm.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer m.Close()
	ctx := context.Background()
	start := time.Now()
	for i := 0; i < len(units); i += 5000 {
		if err := m.AddBatch(ctx, units[i:min(i+5000, len(units))]); err != nil {
			b.Fatal(err)
		}
	}
	b.Logf("imported %d units in %v", len(units), time.Since(start).Round(time.Millisecond))
	for _, q := range []ConcordanceQuery{
		{Text: "Parlement gallois"}, {Text: "le"}, {Text: "gouv*"}, {Text: "the", Side: TargetSide},
	} {
		q.SourceLang, q.TargetLang = "fr", "en"
		b.Run(strings.ReplaceAll(q.Text, "*", "-prefix"), func(b *testing.B) {
			var c Concordance
			for b.Loop() {
				if c, err = m.Concordance(ctx, q); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(c.Total), "hits")
			if c.More {
				b.ReportMetric(1, "more")
			}
		})
	}
}

// TestConcordanceOfACommonWord says "more than" for a word in more units than it counts, and still
// returns the newest of them.
func TestConcordanceOfACommonWord(t *testing.T) {
	m := openTemp(t)
	var units []Unit
	for i := range ConcordanceCap + 5 {
		units = append(units, fr(fmt.Sprintf("Le chat n° %d dort.", i), fmt.Sprintf("Cat %d sleeps.", i)))
	}
	if err := m.AddBatch(context.Background(), units); err != nil {
		t.Fatal(err)
	}
	c, err := m.Concordance(context.Background(), ConcordanceQuery{Text: "CHAT", SourceLang: "fr", TargetLang: "en", Limit: 3})
	if err != nil || !c.More || c.Total != ConcordanceCap || len(c.Hits) != 3 {
		t.Fatalf("%d hits of %d (more %v), %v; want 3 of more than %d", len(c.Hits), c.Total, c.More, err, ConcordanceCap)
	}
	if h := c.Hits[0]; h.Source != fmt.Sprintf("Le chat n° %d dort.", ConcordanceCap+4) || marked(h.Source, h.SourceHits) != fmt.Sprintf("Le [chat] n° %d dort.", ConcordanceCap+4) {
		t.Errorf("first hit %q %v, want the newest", h.Source, h.SourceHits)
	}
}

// TestConcordanceAfterABulkImport imports more units at once than AddBatch indexes one by one: every
// one of them is found, once, and the index matches the units exactly; importing them again adds
// nothing; a single Add afterwards, and a unit another program inserts, are found too (the insert
// trigger is back).
func TestConcordanceAfterABulkImport(t *testing.T) {
	ctx := context.Background()
	m := openTemp(t)
	const n = bulkUnits*2 + 17
	var tmx strings.Builder
	tmx.WriteString(`<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="fr"/><body>`)
	for i := range n {
		fmt.Fprintf(&tmx, `<tu><tuv xml:lang="fr"><seg>« L’Élysée » a répondu 👍🏽 à l’été n° %d 🇫🇷.</seg></tuv>`+
			`<tuv xml:lang="en"><seg>“The Élysée” answered 👍🏽 summer no. %d 🇫🇷.</seg></tuv></tu>`, i, i)
	}
	tmx.WriteString(`</body></tmx>`)
	for range 2 {
		if st, err := m.Import(ctx, strings.NewReader(tmx.String()), ImportOptions{Origin: "bulk.tmx"}); err != nil || st.Units != n {
			t.Fatalf("import: %+v, %v", st, err)
		}
	}
	if err := m.Add(ctx, fr("Le parlement gallois siège à l’e\u0301te\u0301.", "The Welsh parliament sits in summer.")); err != nil {
		t.Fatal(err)
	}
	if _, err := m.DB().Exec(`INSERT INTO tm_unit (src_lang, tgt_lang, source, target, created, changed)
		VALUES ('fr', 'en', 'Le Sénat siège.', 'The Senate sits.', 0, 0)`); err != nil {
		t.Fatal(err)
	}
	find := func(text string, side Side) int {
		t.Helper()
		c, err := m.Concordance(ctx, ConcordanceQuery{Text: text, SourceLang: "fr", TargetLang: "en", Side: side, Limit: 1})
		if err != nil {
			t.Fatal(err)
		}
		return c.Total
	}
	for i := range n {
		if got := find(fmt.Sprintf("ete n° %d", i), SourceSide); got != 1 {
			t.Errorf("unit %d found in French %d times, want 1", i, got)
		}
		if got := find(fmt.Sprintf("summer no %d", i), TargetSide); got != 1 {
			t.Errorf("unit %d found in English %d times, want 1", i, got)
		}
	}
	for q, want := range map[string]int{"élysée": n, "ÉTÉ": n + 1, "parlement gallois": 1, "senat": 1, "Senate": 1} {
		if got := find(q, BothSides); got != want {
			t.Errorf("%q: %d hits, want %d", q, got, want)
		}
	}
	checkIntact(t, m)
}
