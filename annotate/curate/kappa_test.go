package curate

import (
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate/ner"
	"github.com/glose-app/glose/annotate/preannotate"
)

// A hand-computed example: 10 units, agreement on 7 (po 0.7); A says yes 6 times, B 5 times, so
// chance agrees 0.6·0.5 + 0.4·0.5 = 0.5 and kappa is (0.7 − 0.5) / (1 − 0.5) = 0.4.
func TestCohenKappaByHand(t *testing.T) {
	a := []string{"y", "y", "y", "y", "y", "y", "n", "n", "n", "n"}
	b := []string{"y", "y", "y", "y", "n", "n", "y", "n", "n", "n"}
	k := CohenKappa("token", a, b)
	if k.Observed != 0.7 || k.Expected != 0.5 || k.Kappa != 0.4 || k.Units != 10 || k.Unit != "token" {
		t.Fatalf("got %+v, want po 0.7, pe 0.5, kappa 0.4 over 10 tokens", k)
	}
}

// Three categories, checked against scikit-learn 1.2.1's cohen_kappa_score on the same lists
// (0.4725274725274725).
func TestCohenKappaThreeCategories(t *testing.T) {
	a := []string{"B-PER", "I-PER", "O", "O", "B-LOC", "O", "B-PER", "O", "O", "B-LOC", "O", "O"}
	b := []string{"B-PER", "O", "O", "O", "B-PER", "O", "B-PER", "O", "B-LOC", "B-LOC", "O", "I-PER"}
	if k := CohenKappa("token", a, b); k.Kappa != 0.4725 {
		t.Fatalf("kappa %v, want 0.4725 (scikit-learn)", k.Kappa)
	}
}

func TestCohenKappaChanceAgreesFully(t *testing.T) {
	if k := CohenKappa("token", []string{"O", "O"}, []string{"O", "O"}); k.Kappa != 1 {
		t.Fatalf("two raters who both tag every token O agree: kappa %v, want 1", k.Kappa)
	}
}

// The tokens of a French text with accents, « », an emoji and a combining accent: tags fall on
// whole tokens, the span's first one B-.
func TestBIOTokensOfFrenchText(t *testing.T) {
	text := "« Je\u0301ro\u0302me Dupré 👍 » a dit l'OMS."
	start := len("« ")
	end := start + len("Je\u0301ro\u0302me Dupré")
	oms := len("« Je\u0301ro\u0302me Dupré 👍 » a dit l'")
	tags := BIO(ner.Tokens(text), []Span{{start, end, "PER"}, {oms, oms + 3, "ORG"}})
	want := []string{"O", "B-PER", "I-PER", "O", "O", "O", "O", "O", "B-ORG", "O"}
	if len(tags) != len(want) {
		t.Fatalf("tags %q, want %q", tags, want)
	}
	for i := range want {
		if tags[i] != want[i] {
			t.Fatalf("tags %q, want %q", tags, want)
		}
	}
}

func TestEntitiesPerLabel(t *testing.T) {
	text := "Emmanuel Macron a rencontré l'ONU à Paris."
	a := []ner.Example{{Text: text, Spans: []ner.Mention{{Start: 0, End: 15, Label: "PER"}, {Start: 31, End: 34, Label: "ORG"}, {Start: 38, End: 43, Label: "LOC"}}}}
	b := []ner.Example{{Text: text, Spans: []ner.Mention{{Start: 9, End: 15, Label: "PER"}, {Start: 31, End: 34, Label: "LOC"}, {Start: 38, End: 43, Label: "LOC"}}}}
	k := Entities(a, b, []string{"PER", "ORG", "LOC"})
	if k.Labels["LOC"].Kappa >= 1 || k.Labels["ORG"].Kappa != 0 || k.Overall.Kappa >= k.Labels["LOC"].Kappa {
		t.Fatalf("got %+v: want ORG 0 (B never gives it), LOC below 1 (ONU), overall lower still", k)
	}
	if same := Entities(a, a, []string{"PER", "ORG", "LOC"}); same.Overall.Kappa != 1 || same.Labels["PER"].Kappa != 1 {
		t.Fatalf("an annotation against itself: %+v, want 1", same)
	}
}

func TestQuotesSpeakerKappa(t *testing.T) {
	text := "« Oui », dit Paul. « Non », dit Marie. « Peut-être », dit Jean."
	q := func(s, e int, sp string) preannotate.GoldQuote {
		return preannotate.GoldQuote{Start: s, End: e, SpeakerName: sp}
	}
	a := []preannotate.GoldDoc{{Text: text, Quotes: []preannotate.GoldQuote{q(0, 8, "Paul"), q(21, 30, "Marie"), q(43, 58, "Jean")}}}
	b := []preannotate.GoldDoc{{Text: text, Quotes: []preannotate.GoldQuote{q(0, 8, "Paul"), q(21, 30, "Paul")}}}
	k := Quotes(a, b)
	if k.Speakers.Units != 2 || k.Speakers.Unit != "quotation" || k.Speakers.Observed != 0.5 {
		t.Fatalf("speakers %+v: want 2 quotations both marked, the same speaker for one", k.Speakers)
	}
	if k.Quotes.Unit != "token" || k.Quotes.Kappa <= 0 || k.Quotes.Kappa >= 1 {
		t.Fatalf("quotes %+v: want a token kappa between 0 and 1 (B misses a quotation)", k.Quotes)
	}
}

// The speaker's category is its entity within its document: "il" in two articles, unresolved, is two
// people, and two "il" of one article too, so that chance agreement does not count them as one
// speaker picked again. A: il (doc 0), il (doc 1), Paul; B: the same il, Marie, Paul. Were "il" one
// category, chance would be 1/3 and kappa 0.5; as three, chance is 2/9 and kappa (2/3-2/9)/(7/9) = 4/7.
func TestQuotesSpeakerIsTheEntityWithinItsDocument(t *testing.T) {
	text := "« Oui », dit-il. « Non », dit Marie. « Peut-être », dit Paul."
	il, marie, paul := strings.Index(text, "il"), strings.Index(text, "Marie"), strings.Index(text, "Paul")
	q := func(s, e, ss, se int) preannotate.GoldQuote {
		return preannotate.GoldQuote{Start: s, End: e, SpeakerStart: ss, SpeakerEnd: se}
	}
	one := func(ss, se int) preannotate.GoldDoc {
		return preannotate.GoldDoc{Text: text, Quotes: []preannotate.GoldQuote{q(0, 9, ss, se)}}
	}
	a := []preannotate.GoldDoc{one(il, il+2), one(il, il+2), one(paul, paul+4)}
	b := []preannotate.GoldDoc{one(il, il+2), one(marie, marie+5), one(paul, paul+4)}
	k := Quotes(a, b).Speakers
	if k.Units != 3 || k.Observed != 0.6667 || k.Expected != 0.2222 || k.Kappa != 0.5714 {
		t.Fatalf("speakers %+v; want 3 quotations, observed 2/3, chance 2/9, kappa 4/7", k)
	}
	// the same "il" mention in one document is one speaker
	if k := Quotes(a[:1], a[:1]).Speakers; k.Observed != 1 {
		t.Errorf("a pronoun against itself: %+v", k)
	}
}
