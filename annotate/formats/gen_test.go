package formats

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"golang.org/x/text/unicode/norm"
)

// Words of the generated documents: accents, guillemets, elision, hyphens, an emoji outside the BMP, a
// letter with a combining mark that has no precomposed form (it survives NFC), and a ZWJ emoji sequence.
var genWords = []string{"Élysée", "président", "Sergueï", "Lavrov", "l'État", "Saint-Denis", "café", "😀", "x\u0301",
	"q\u0303uoi", "Moscou", "été", "déclaré", "aujourd'hui", "👩\u200d👩\u200d👧", "Noël", "ça", "Œuvre"}

var genTarget = []string{"President", "Sergei", "Lavrov", "the", "State", "café", "😀", "x\u0301", "said", "Moscow", "Noël"}

// genText is the text of a generated document with its words, sentences (with their paragraph) and quotes.
type genText struct {
	b      strings.Builder
	words  [][2]int
	sents  [][3]int // start, end, paragraph
	quotes [][2]int
}

func (g *genText) sentence(r *rand.Rand, p int) {
	start := g.b.Len()
	n := 3 + r.Intn(6)
	quoted := r.Intn(3) == 0
	qStart := 0
	for k := 0; k < n; k++ {
		if k > 0 {
			g.b.WriteByte(' ')
		}
		if quoted && k == 1 {
			qStart = g.b.Len()
			g.b.WriteString("« ")
		}
		w := genWords[r.Intn(len(genWords))]
		g.words = append(g.words, [2]int{g.b.Len(), g.b.Len() + len(w)})
		g.b.WriteString(w)
		if quoted && k == n-2 {
			g.b.WriteString(" »")
			g.quotes = append(g.quotes, [2]int{qStart, g.b.Len()})
		}
	}
	g.b.WriteByte('.')
	g.sents = append(g.sents, [3]int{start, g.b.Len(), p})
}

// genDoc builds a random but valid document: paragraphs of sentences (some with « quotes »), targets for
// some segments with every status, source and target spans of every origin, links and an entity.
func genDoc(t testing.TB, seed int64) *annotate.Document {
	t.Helper()
	r := rand.New(rand.NewSource(seed))
	var g genText
	for p := 0; p < 2+r.Intn(3); p++ {
		if p > 0 {
			g.b.WriteString("\n\n")
		}
		for s := 0; s < 1+r.Intn(3); s++ {
			if s > 0 {
				g.b.WriteByte(' ')
			}
			g.sentence(r, p)
		}
	}
	text := g.b.String()
	if !norm.NFC.IsNormalString(text) {
		t.Fatalf("generated text is not NFC")
	}
	d := annotate.NewDocument(fmt.Sprintf("gen-%d", seed), "Généré « test » 😀", text, "fr", "en")
	for _, s := range g.sents {
		d.AddSegment(s[0], s[1], s[2], annotate.KindSentence)
	}
	e := annotate.NewEditor(d)
	genTargets(t, r, e)
	names := genSpans(t, r, e, g.words)
	genQuotes(t, r, e, g.quotes, names)
	if len(names) > 1 {
		mustDo(t, e.AddEntity(&annotate.Entity{Type: names[0].Label, Names: map[string]string{"fr": d.SpanText(names[0])}, Mentions: []string{names[0].ID, names[1].ID}}))
	}
	mustDo(t, d.Validate())
	return d
}

func mustDo(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// genTargets translates some segments, with every status, and tags the first target word of some.
func genTargets(t testing.TB, r *rand.Rand, e *annotate.Editor) {
	for _, s := range e.Doc.Segments {
		st := annotate.Statuses[r.Intn(len(annotate.Statuses))]
		if st == annotate.StatusNew {
			continue
		}
		var tb []string
		for k := 0; k < 2+r.Intn(5); k++ {
			tb = append(tb, genTarget[r.Intn(len(genTarget))])
		}
		_, err := e.SetTarget(s.ID, strings.Join(tb, " ")+".")
		mustDo(t, err)
		mustDo(t, e.SetStatus(s.ID, st))
		if r.Intn(2) == 0 {
			k := strings.IndexByte(s.Target, ' ')
			mustDo(t, e.AddSpan(&annotate.Span{Side: annotate.Target, Segment: s.ID, Start: 0, End: k, Label: annotate.LabelPER}))
		}
	}
}

// genSpans tags random words and word pairs (which may overlap), half of them as suggestions.
func genSpans(t testing.TB, r *rand.Rand, e *annotate.Editor, words [][2]int) []*annotate.Span {
	d := e.Doc
	labels := []string{annotate.LabelPER, annotate.LabelORG, annotate.LabelLOC, annotate.LabelMISC, annotate.LabelCue}
	var names []*annotate.Span
	used := map[[2]int]bool{}
	for i := 0; i < len(words)/2; i++ {
		k := r.Intn(len(words))
		w := words[k]
		if r.Intn(3) == 0 && k+1 < len(words) && d.SegmentAt(words[k+1][0]) == d.SegmentAt(w[0]) {
			w[1] = words[k+1][1]
		}
		if used[w] {
			continue
		}
		used[w] = true
		sp := &annotate.Span{Side: annotate.Source, Start: w[0], End: w[1], Label: labels[r.Intn(len(labels))]}
		if r.Intn(2) == 0 {
			sp.Origin, sp.Confidence = annotate.Auto, float64(r.Intn(100))/100
		}
		mustDo(t, e.AddSpan(sp))
		if sp.Label != annotate.LabelCue {
			names = append(names, sp)
		}
	}
	return names
}

// genQuotes tags the quotes and links each to a speaker.
func genQuotes(t testing.TB, r *rand.Rand, e *annotate.Editor, quotes [][2]int, names []*annotate.Span) {
	for _, q := range quotes {
		sp := &annotate.Span{Side: annotate.Source, Start: q[0], End: q[1], Label: annotate.LabelQuote}
		mustDo(t, e.AddSpan(sp))
		if len(names) > 0 {
			l := &annotate.Link{Type: annotate.LinkSpeaker, From: sp.ID, To: names[r.Intn(len(names))].ID}
			if r.Intn(2) == 0 {
				l.Origin, l.Confidence = annotate.Auto, 0.6
			}
			mustDo(t, e.AddLink(l))
		}
	}
}

func TestGenDocIsValid(t *testing.T) {
	for seed := int64(1); seed <= 20; seed++ {
		d := genDoc(t, seed)
		if len(d.Spans) == 0 || len(d.Segments) == 0 {
			t.Fatalf("seed %d: empty document", seed)
		}
	}
}
