package suggest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/suggest/dict"
	"github.com/glose-app/glose/suggest/glossary"
	"github.com/glose-app/glose/suggest/internal/shareddata"
	"github.com/glose-app/glose/suggest/tm"
)

// fakeMT translates by prefixing, in French typography, so that the Engine's typography shows.
type fakeMT struct {
	calls int
	fail  bool
}

func (f *fakeMT) Name() string { return "fake MT" }

func (f *fakeMT) Translate(_ context.Context, texts []string, from, to string) ([]string, error) {
	f.calls++
	if f.fail {
		return nil, errors.New("cannot reach fake MT")
	}
	out := make([]string, len(texts))
	for i, t := range texts {
		out[i] = fmt.Sprintf("« MT %s→%s » %s : 3,5 %%", from, to, t)
	}
	return out, nil
}

func newEngine(t *testing.T) *Engine {
	t.Helper()
	ctx := context.Background()
	mem, err := tm.Open(filepath.Join(t.TempDir(), "tm.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { mem.Close() })
	g, err := glossary.New(mem.DB(), "tm.db", "fr", "en")
	if err != nil {
		t.Fatal(err)
	}
	if err := g.Add(ctx, glossary.Entry{Source: "Moscou", Target: "Moscow"}, glossary.Entry{Source: "Sergueï Lavrov", Target: "Sergei Lavrov"}); err != nil {
		t.Fatal(err)
	}
	prefix := filepath.Join(t.TempDir(), "d")
	const art = "moscou /mosku/ <n>\nMoscow\n"
	os.WriteFile(prefix+".index", []byte("moscou\tA\ta\n"), 0o644)
	os.WriteFile(prefix+".dict", []byte(art), 0o644)
	if len(art) != 26 {
		t.Fatalf("test article length %d", len(art))
	}
	e := &Engine{TM: mem, Glossary: g, Dict: dict.Open(prefix), MT: &fakeMT{}, SourceLang: "fr", TargetLang: "en"}
	if err := e.Confirm(ctx, "Sergueï Lavrov est arrivé à Moscou mardi.", "Sergei Lavrov arrived in Moscow on Tuesday.", tm.Place{Origin: "doc1"}); err != nil {
		t.Fatal(err)
	}
	if err := e.Confirm(ctx, "Il a perdu 4 kilos.", "He lost 4 kilos.", tm.Place{Origin: "doc1"}); err != nil {
		t.Fatal(err)
	}
	return e
}

func TestSuggestions(t *testing.T) {
	ctx := context.Background()
	e := newEngine(t)
	tests := []struct {
		source string
		want   []string // "kind score text" best first
	}{
		{"Sergueï Lavrov est arrivé à Moscou lundi.", []string{
			"tm 85.7 Sergei Lavrov arrived in Moscow on Tuesday.",
			"mt 70.0 “MT fr→en” Sergueï Lavrov est arrivé à Moscou lundi.: 3.5%",
			"glossary 60.0 Sergei Lavrov", "glossary 60.0 Moscow"}},
		{"Moscou", []string{"mt 70.0 “MT fr→en” Moscou: 3.5%", "glossary 60.0 Moscow", "dict 40.0 Moscow"}},
		{"Il a perdu 5 kilos.", []string{"tm 80.0 He lost 4 kilos.", "mt 70.0 “MT fr→en” Il a perdu 5 kilos.: 3.5%"}},
	}
	for _, tt := range tests {
		t.Run(tt.source, func(t *testing.T) {
			got, err := e.Suggestions(ctx, tt.source)
			if err != nil {
				t.Fatal(err)
			}
			var s []string
			for _, g := range got {
				s = append(s, fmt.Sprintf("%s %.1f %s", g.Kind, g.Score, g.Text))
			}
			if strings.Join(s, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(s, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
	got, _ := e.Suggestions(ctx, "Il a perdu 5 kilos.")
	if got[0].Note != "numbers differ: 5 not in the memory's source" || len(got[0].Diff) != 1 {
		t.Errorf("numbers note %q, diff %v", got[0].Note, got[0].Diff)
	}
}

// A term written twice in a segment is offered once: each offer takes one of the Ctrl+1…5 keys.
func TestGlossaryTermTwiceOfferedOnce(t *testing.T) {
	e := newEngine(t)
	var got []string
	for _, s := range e.glossarySuggestions("Sergueï Lavrov a quitté Moscou mardi et il est revenu à Moscou jeudi.") {
		got = append(got, s.Text)
	}
	if want := "Sergei Lavrov|Moscow"; strings.Join(got, "|") != want {
		t.Errorf("glossary offers %q, want %q", strings.Join(got, "|"), want)
	}
}

func TestSuggestionsPartialFailure(t *testing.T) {
	e := newEngine(t)
	e.MT = &fakeMT{fail: true}
	got, err := e.Suggestions(context.Background(), "Sergueï Lavrov est arrivé à Moscou mardi.")
	if err == nil || !strings.Contains(err.Error(), "cannot reach fake MT") || len(got) != 3 || got[0].Score != 100 {
		t.Errorf("got %v, %v; want memory and glossary suggestions and the MT error", got, err)
	}
	empty := &Engine{}
	if got, err := empty.Suggestions(context.Background(), "x"); got != nil || err != nil {
		t.Errorf("empty engine: %v, %v", got, err)
	}
}

// TestPretranslateNTREX stores every other NTREX pair (fr→en) and pre-translates the first 40
// sentences: stored ones come from memory at 100%, the others from machine translation.
func TestPretranslateNTREX(t *testing.T) {
	pairs := shareddata.NTREX(t)[:40]
	ctx := context.Background()
	e := newEngine(t)
	var units []tm.Unit
	segs := make([]SegmentText, len(pairs))
	for i, p := range pairs {
		segs[i] = SegmentText{Source: p.FR}
		if i%2 == 0 {
			units = append(units, tm.Unit{SourceLang: "fr", TargetLang: "en", Source: p.FR, Target: p.EN})
		}
	}
	segs[1].Target = "already translated"
	if err := e.TM.AddBatch(ctx, units); err != nil {
		t.Fatal(err)
	}
	var calls []string
	drafts, err := e.Pretranslate(ctx, segs, PretranslateOptions{BatchSize: 7, Progress: func(d, n int) { calls = append(calls, fmt.Sprint(d, "/", n)) }})
	if err != nil {
		t.Fatal(err)
	}
	if len(drafts) != 39 || calls[len(calls)-1] != "39/39" {
		t.Fatalf("%d drafts, progress %v", len(drafts), calls)
	}
	for k, d := range drafts {
		if k > 0 && d.Index <= drafts[k-1].Index || d.Index == 1 {
			t.Fatalf("draft order or skipped segment wrong: %+v", drafts)
		}
		if d.Index%2 == 0 && (d.Kind != KindTM || d.Score != 100 || d.Text != pairs[d.Index].EN) {
			t.Errorf("segment %d: %+v, want the memory's translation", d.Index, d)
		}
		if d.Index%2 == 1 && d.Kind != KindMT {
			t.Errorf("segment %d: %+v, want machine translation", d.Index, d)
		}
	}
	if mt := e.MT.(*fakeMT); mt.calls != 3 { // 19 segments in batches of 7
		t.Errorf("%d MT calls, want 3", mt.calls)
	}
	drafts, err = e.Pretranslate(ctx, segs, PretranslateOptions{NoMT: true, Threshold: 100})
	if err != nil || len(drafts) != 20 {
		t.Errorf("memory only: %d drafts, %v", len(drafts), err)
	}
}

// writeDictd writes a dictd dictionary of the given articles (index headword, article), as FreeDict
// writes it, and returns its path prefix.
func writeDictd(t *testing.T, articles [][2]string) string {
	t.Helper()
	const b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	enc := func(v int) string {
		if v == 0 {
			return "A"
		}
		var s []byte
		for ; v > 0; v /= 64 {
			s = append([]byte{b64[v%64]}, s...)
		}
		return string(s)
	}
	prefix := filepath.Join(t.TempDir(), "fra-eng")
	var data, index strings.Builder
	for _, a := range articles {
		index.WriteString(a[0] + "\t" + enc(data.Len()) + "\t" + enc(len(a[1])) + "\n")
		data.WriteString(a[1])
	}
	if err := os.WriteFile(prefix+".index", []byte(index.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(prefix+".dict", []byte(data.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return prefix
}

// TestDictionaryCompounds: a selection the dictionary holds as one headword is looked up whole,
// hyphens and apostrophes included, before its words are; the words of a longer selection come after.
func TestDictionaryCompounds(t *testing.T) {
	prefix := writeDictd(t, [][2]string{ // FreeDict's index drops hyphens and apostrophes
		{"aujourdhui", "aujourd'hui /oʒuʀdɥi/ <adv>\ntoday\n"},
		{"etatsunis", "Etats-Unis /etˈaz ynˈi/ <n>\nUnited States of America, USA\n"},
		{"hui", "hui <adv>\nthis day\n"},
		{"pomme", "pomme /pɔm/ <n, fem>\napple\n"},
		{"pomme de terre", "pomme de terre /pɔmdətɛʀ/ <n, fem>\npotato\n"},
		{"uni", "uni /yni/ <adj>\neven, flat\n"},
		{"état", "état /eta/ <n, masc>\ncondition, state\n"},
	})
	e := &Engine{Dict: dict.Open(prefix)}
	for _, tt := range []struct{ source, want string }{
		{"États-Unis", "Etats-Unis 0-11 United States of America, USA"},
		{"Etats-Unis", "Etats-Unis 0-10 United States of America, USA"},
		{"ÉTATS-UNIS", "Etats-Unis 0-11 United States of America, USA"},
		{"aujourd’hui", "aujourd'hui 0-13 today"},
		{"pomme de terre", "pomme de terre 0-14 potato"},
		{"états unis", "état 0-6 condition, state | uni 7-11 even, flat"}, // two words, no compound
		{"les États-Unis", "Etats-Unis 4-15 United States of America, USA"},
		{"États, unis", "état 0-6 condition, state | uni 8-12 even, flat"}, // a comma parts them
		{"pomme 🍎", "pomme 0-5 apple"},
	} {
		got, err := e.Suggestions(context.Background(), tt.source)
		if err != nil {
			t.Fatal(err)
		}
		var s []string
		for _, g := range got {
			s = append(s, fmt.Sprintf("%s %d-%d %s", g.Source, g.Start, g.End, g.Text))
		}
		if strings.Join(s, " | ") != tt.want {
			t.Errorf("%q: got %q, want %q", tt.source, strings.Join(s, " | "), tt.want)
		}
	}
}

// BenchmarkDictionarySelection looks a double-clicked compound up in the installed FreeDict.
func BenchmarkDictionarySelection(b *testing.B) {
	if _, err := os.Stat(dict.DefaultPath + ".index"); err != nil {
		b.Skip("dict-freedict-fra-eng not installed")
	}
	e := &Engine{Dict: dict.Open("")}
	for _, sel := range []string{"États-Unis", "chevaux"} {
		b.Run(sel, func(b *testing.B) {
			for b.Loop() {
				if _, err := e.Suggestions(context.Background(), sel); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestDictionaryAtSingleWord: a double click selects one word; the look-up also tries the longest
// headword it starts with the words after it in the segment, offering that compound first and the
// word after (QA17 #6: "pommes" in "pommes de terre" gave only "pomme → apple").
func TestDictionaryAtSingleWord(t *testing.T) {
	prefix := writeDictd(t, [][2]string{
		{"aujourdhui", "aujourd'hui /oʒuʀdɥi/ <adv>\ntoday\n"},
		{"etatsunis", "Etats-Unis /etˈaz ynˈi/ <n>\nUnited States of America, USA\n"},
		{"pomme", "pomme /pɔm/ <n, fem>\napple\n"},
		{"pomme de terre", "pomme de terre /pɔmdətɛʀ/ <n, fem>\npotato\n"},
		{"terre", "terre /tɛʀ/ <n, fem>\nearth\n"},
		{"état", "état /eta/ <n, masc>\ncondition, state\n"},
		{"coûter", "coûter /kute/ <v>\nto cost\n"},
	})
	e := &Engine{Dict: dict.Open(prefix)}
	src := "Les pommes de terre 🇫🇷 coûtent « 3,50 € » aux États-Unis, aujourd’hui 👍🏽."
	for _, tt := range []struct{ sel, want string }{
		{"pommes", "pomme de terre 4-19 potato | pomme 4-10 apple"}, // the compound first, then the word
		{"terre", "terre 14-19 earth"},                              // no headword starts at terre with 🇫🇷 after it
		{"États", "Etats-Unis 57-68 United States of America, USA | état 57-63 condition, state"},
		{"aujourd", "aujourd'hui 70-83 today"},            // the double click stops at the apostrophe
		{"pommes de terre", "pomme de terre 4-19 potato"}, // a selection of several words, as before
		{"pommes de", "pomme 4-10 apple"},                 // the selection's own words only
		{"coûtent", "coûter 29-37 to cost"},               // « parts it from what follows
	} {
		a := strings.Index(src, tt.sel)
		got, err := e.DictionaryAt(src, a, a+len(tt.sel))
		if err != nil {
			t.Fatal(err)
		}
		var s []string
		for _, g := range got {
			s = append(s, fmt.Sprintf("%s %d-%d %s", g.Source, g.Start, g.End, g.Text))
		}
		if strings.Join(s, " | ") != tt.want {
			t.Errorf("%q: got %q, want %q", tt.sel, strings.Join(s, " | "), tt.want)
		}
	}
}

// BenchmarkDictionaryDoubleClick looks a double-clicked word up in the installed FreeDict, with the
// words after it in the segment: "pommes" starts a compound, "chevaux" none.
func BenchmarkDictionaryDoubleClick(b *testing.B) {
	if _, err := os.Stat(dict.DefaultPath + ".index"); err != nil {
		b.Skip("dict-freedict-fra-eng not installed")
	}
	e := &Engine{Dict: dict.Open("")}
	src := "Les pommes de terre coûtent cher, et les chevaux de course plus encore."
	for _, sel := range []string{"pommes", "chevaux"} {
		a := strings.Index(src, sel)
		b.Run(sel, func(b *testing.B) {
			for b.Loop() {
				if _, err := e.DictionaryAt(src, a, a+len(sel)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
