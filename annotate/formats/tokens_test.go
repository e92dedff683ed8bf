package formats

import (
	"fmt"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

func TestTokenizeGraphemeClusters(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"l’Union européenne 🇪🇺 🇫🇷.", []string{"l’", "Union", "européenne", "🇪🇺", "🇫🇷", "."}},
		{"🇪🇺🇫🇷", []string{"🇪🇺", "🇫🇷"}},
		{"famille 👨\u200d👩\u200d👧 et 👩\u200d⚕\ufe0f", []string{"famille", "👨\u200d👩\u200d👧", "et", "👩\u200d⚕\ufe0f"}},
		{"bravo 👍🏽👍🏽!", []string{"bravo", "👍🏽", "👍🏽", "!"}},
		{"étape 1\ufe0f\u20e32\ufe0f\u20e3 #\ufe0f\u20e3 fin", []string{"étape", "1\ufe0f\u20e3", "2\ufe0f\u20e3", "#\ufe0f\u20e3", "fin"}},
		{"Ame\u0301lie e\u0301te\u0301 q\u0303uoi", []string{"Ame\u0301lie", "e\u0301te\u0301", "q\u0303uoi"}},
		{"«\u202fOui\u202f», dit-il", []string{"«", "Oui", "»", ",", "dit-il"}},
		{"d’Alep et aujourd'hui", []string{"d’", "Alep", "et", "aujourd'hui"}},
		{"a \u0301 b \u200d c\r\nd", []string{"a", "b", "c", "d"}}, // marks and joiners on a space are space
	}
	for _, tt := range tests {
		var got []string
		for _, tok := range tokenize(tt.in) {
			got = append(got, tt.in[tok.Start:tok.End])
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestCoNLLGraphemeClusters: CoNLL makes one token of each emoji and keeps words with combining marks
// whole, a name next to a flag ends before it, and a span edge inside a cluster (as doccano data may
// have) leaves the cluster one token, tagged with the span, with a warning.
func TestCoNLLGraphemeClusters(t *testing.T) {
	text := "L’Union européenne 🇪🇺 et Ag\u0303ustín 👍🏽 ont vu 👨\u200d👩\u200d👧 1\ufe0f\u20e3 «\u202fOui\u202f»."
	d := annotate.NewDocument("c1", "", text, "fr", "en")
	d.AddSegment(0, len(text), 0, annotate.KindSentence)
	add := func(s, label string, trim int) {
		i := strings.Index(text, s)
		d.Spans = append(d.Spans, &annotate.Span{ID: fmt.Sprint("t", len(d.Spans)+1), Side: annotate.Source,
			Start: i, End: i + len(s) - trim, Label: label, Origin: annotate.Human, Confidence: 1})
	}
	add("Union européenne", annotate.LabelORG, 0)
	add("Ag\u0303ustín", annotate.LabelPER, 0)
	add("👨\u200d👩\u200d👧", annotate.LabelMISC, len("\u200d👩\u200d👧")) // ends after the man, inside the family
	d = fresh(d)
	files, warns, err := Write("conll", []*annotate.Document{d}, WriteOptions{Labels: []string{annotate.LabelORG, annotate.LabelPER, annotate.LabelMISC}})
	if err != nil {
		t.Fatal(err)
	}
	want := "-DOCSTART- -X- -X- O\n\nL’\tO\nUnion\tB-ORG\neuropéenne\tI-ORG\n🇪🇺\tO\net\tO\nAg\u0303ustín\tB-PER\n👍🏽\tO\nont\tO\nvu\tO\n" +
		"👨\u200d👩\u200d👧\tB-MISC\n1\ufe0f\u20e3\tO\n«\tO\nOui\tO\n»\tO\n.\tO\n\n"
	if got := string(files[0].Data); got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
	if !hasWarning(warns, `t3 MISC "👨" starts or ends inside a character`) || hasWarning(warns, "inside a word") {
		t.Fatalf("warnings: %v", warns)
	}
}
