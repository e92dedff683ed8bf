package preannotate

import (
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/plaintext"
	"github.com/glose-app/glose/internal/cputime"
)

func sampleDoc(t testing.TB) *annotate.Document {
	t.Helper()
	data, err := os.ReadFile("../../assets/sample-article.fr.txt")
	if err != nil {
		t.Fatal(err)
	}
	d, err := plaintext.Import("sample-article.fr.txt", data, plaintext.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestRunSample(t *testing.T) {
	d := sampleDoc(t)
	if err := Run(d, Options{}); err != nil {
		t.Fatal(err)
	}
	if err := d.Validate(); err != nil {
		t.Fatalf("document invalid after Run: %v", err)
	}
	labels := map[string]int{}
	for _, sp := range d.Spans {
		labels[sp.Label]++
		if sp.Origin != annotate.Auto || sp.Confidence <= 0 || sp.Confidence > 1 {
			t.Errorf("span %s: origin %s confidence %v, want auto in (0,1]", d.Describe(sp), sp.Origin, sp.Confidence)
		}
	}
	if labels[annotate.LabelQuote] != 11 || labels[annotate.LabelCue] < 8 {
		t.Errorf("labels = %v, want 11 QUOTE and at least 8 CUE", labels)
	}
	// Every quote of the sample is Lavrov's or Trump's.
	for _, sp := range d.Spans {
		if sp.Label != annotate.LabelQuote {
			continue
		}
		l := d.LinkFrom(sp.ID, annotate.LinkSpeaker)
		if l == nil {
			t.Errorf("quote %s has no speaker", d.Describe(sp))
			continue
		}
		e := d.EntityOf(l.To)
		if e == nil || (e.Name("fr") != "Sergueï Lavrov" && e.Name("fr") != "Donald Trump") {
			t.Errorf("quote %s: speaker %s entity %v", d.Describe(sp), d.Describe(d.Span(l.To)), e)
		}
	}
	names := map[string]string{}
	for _, e := range d.Entities {
		names[e.Name("fr")] = e.Names["en"]
	}
	for fr, en := range map[string]string{"Sergueï Lavrov": "Sergei Lavrov", "Moscou": "Moscow", "Syrie": "Syria",
		"Maison-Blanche": "White House", "Donald Trump": "Donald Trump"} {
		if names[fr] != en {
			t.Errorf("entity %q: English name %q, want %q (entities: %v)", fr, names[fr], en, names)
		}
	}
}

func TestRunIdempotentAndKeepsHumanSpans(t *testing.T) {
	d := sampleDoc(t)
	i := strings.Index(d.Text, "Sergueï Lavrov")
	human := &annotate.Span{Side: annotate.Source, Start: i, End: i + len("Sergueï"), Label: annotate.LabelMISC}
	if err := annotate.NewEditor(d).AddSpan(human); err != nil {
		t.Fatal(err)
	}
	if err := Run(d, Options{}); err != nil {
		t.Fatal(err)
	}
	n, links, ents := len(d.Spans), len(d.Links), len(d.Entities)
	if err := Run(d, Options{}); err != nil {
		t.Fatal(err)
	}
	if len(d.Spans) != n || len(d.Links) != links || len(d.Entities) != ents {
		t.Errorf("second Run added spans/links/entities: %d/%d/%d → %d/%d/%d", n, links, ents, len(d.Spans), len(d.Links), len(d.Entities))
	}
	if sp := d.Span(human.ID); sp == nil || sp.Label != annotate.LabelMISC || sp.Origin != annotate.Human {
		t.Errorf("human span changed: %+v", sp)
	}
	for _, sp := range d.Spans {
		if sp != human && sp.Start < human.End && human.Start < sp.End && sp.Label == annotate.LabelPER {
			t.Errorf("auto span %s overlaps the human entity span", d.Describe(sp))
		}
	}
}

func TestRunThroughEditorIsOneUndoStep(t *testing.T) {
	d := sampleDoc(t)
	ed := annotate.NewEditor(d)
	if err := Run(d, Options{Editor: ed}); err != nil {
		t.Fatal(err)
	}
	if len(d.Spans) == 0 || len(d.Entities) == 0 {
		t.Fatal("nothing added")
	}
	ed.Undo()
	if len(d.Spans) != 0 || len(d.Links) != 0 || len(d.Entities) != 0 {
		t.Errorf("after undo: %d spans %d links %d entities, want none", len(d.Spans), len(d.Links), len(d.Entities))
	}
}

func TestTextOffsetsWithAstralAndCombining(t *testing.T) {
	text := "😀 Cafe\u0301 : « Nous partirons demain matin, c'est certain », a déclaré Marie Dupont 😀."
	res, err := Text(text, Options{NoNER: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Quotes) != 1 || res.Quotes[0].Speaker < 0 {
		t.Fatalf("quotes = %+v, want one with a speaker", res.Quotes)
	}
	q := res.Quotes[0]
	m := res.Mentions[q.Speaker]
	if got := text[q.Start:q.End]; got != "« Nous partirons demain matin, c'est certain »" {
		t.Errorf("quote = %q", got)
	}
	if got := text[m.Start:m.End]; got != "Marie Dupont" {
		t.Errorf("speaker = %q", got)
	}
}

// TestRunKeepsGraphemeClusters: names, quotes, cues and speakers next to flags, ZWJ sequences, skin
// tones, keycaps and combining marks end on whole clusters (the ORG "Union européenne 🇪" used to end
// between the two halves of 🇪🇺), and the document Run leaves has no span edge inside one.
func TestRunKeepsGraphemeClusters(t *testing.T) {
	text := "À Bruxelles, l’Union européenne 🇪🇺 a réuni ses ministres.\n\n" +
		"« On a gagné 👍🏽 », a déclaré Emmanuel Macron 🇫🇷 devant les Nations unies 🇺🇳.\n\n" +
		"«\u202fNous verrons 1\ufe0f\u20e3\u202f», a répondu Angela Merkel 👩\u200d⚕\ufe0f à sa famille 👨\u200d👩\u200d👧, x\u0301."
	d, err := plaintext.Import("emoji.txt", []byte(text), plaintext.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := Run(d, Options{}); err != nil {
		t.Fatal(err)
	}
	if err := d.Validate(); err != nil {
		t.Fatalf("document invalid after Run: %v", err)
	}
	for _, e := range d.ClusterSplits() {
		t.Errorf("Run proposed a span cutting a grapheme cluster: %v", e)
	}
	got := map[string]bool{}
	for _, sp := range d.Spans {
		got[sp.Label+" "+d.Text[sp.Start:sp.End]] = true
	}
	for _, w := range []string{"ORG Union européenne", "PER Emmanuel Macron", "ORG Nations unies", "PER Angela Merkel",
		"QUOTE « On a gagné 👍🏽 »", "QUOTE «\u202fNous verrons 1\ufe0f\u20e3\u202f»", "CUE déclaré", "CUE répondu"} {
		if !got[w] {
			t.Errorf("no span %q among %q", w, slices.Sorted(maps.Keys(got)))
		}
	}
}

// TestLitbankDev checks the overlap F1 and attribution floors on the fr-litbank dev excerpts (novels).
func TestLitbankDev(t *testing.T) {
	gold := readShared(t, "quotes-litbank-dev.jsonl")
	s, err := EvalQuotes(gold, Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%+v", s)
	if s.Overlap.F1 < 0.92 {
		t.Errorf("overlap F1 = %.3f, want >= 0.92", s.Overlap.F1)
	}
	if s.Attribution.Accuracy < 0.78 {
		t.Errorf("attribution accuracy = %.3f, want >= 0.78", s.Attribution.Accuracy)
	}
}

// readShared reads a gold file from ../shared/data beside the repository, skipping when it is absent.
func readShared(t testing.TB, name string) []GoldDoc {
	t.Helper()
	path := filepath.Join("..", "..", "..", "shared", "data", name)
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("shared data absent: %v", err)
	}
	defer f.Close()
	gold, err := ReadGold(f, path)
	if err != nil {
		t.Fatal(err)
	}
	return gold
}

func TestReadGoldErrors(t *testing.T) {
	for _, in := range []string{
		`{"id": 1, "text": "abc", "entities": [{"id": 1, "label": "QUOTE", "start_offset": 0, "end_offset": 9}]}`,
		`{"id": 1, "text": "abc", "entities": [], "relations": [{"from_id": 1, "to_id": 2, "type": "speaker"}]}` + "\n{",
	} {
		if _, err := ReadGold(strings.NewReader(in), "bad.jsonl"); err == nil || !strings.Contains(err.Error(), "bad.jsonl:") {
			t.Errorf("ReadGold(%q) error = %v, want one naming the file and line", in, err)
		}
	}
}

// BenchmarkPreannotate measures the whole pre-annotation (entities, quotes, speakers, entities) on
// about 1 MB of news text; the NoNER variant leaves the entity recogniser out. What a process loads
// once (the model, the gazetteers, the English dictionary of the works rule) is loaded before the
// clock starts, by a first run on the same text: a short warm-up left the dictionary's 47 ms to the
// first timed run, over 9 ms an operation at -benchtime 5x. Besides the wall clock it reports the
// process's CPU time an operation (cpu-ms/op, unix only), which other jobs on the machine blur less.
func BenchmarkPreannotate(b *testing.B) {
	data, err := os.ReadFile("../../assets/sample-article.fr.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat(string(data)+"\n", 1<<20/len(data))
	if _, err := Text(text, Options{}); err != nil {
		b.Fatal(err)
	}
	for _, bc := range []struct {
		name string
		opts Options
	}{{"all", Options{}}, {"NoNER", Options{NoNER: true}}} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			cpu := cputime.Used()
			for b.Loop() {
				if _, err := Text(text, bc.opts); err != nil {
					b.Fatal(err)
				}
			}
			// The process's CPU time tells more than the wall clock on a machine others load.
			b.ReportMetric((cputime.Used()-cpu).Seconds()*1e3/float64(b.N), "cpu-ms/op")
		})
	}
}
