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
		{"«\u202fOui\u202f», dit-il", []string{"«", "Oui", "»", ",", "dit", "-il"}},
		{"d’Alep et aujourd'hui", []string{"d’", "Alep", "et", "aujourd'hui"}},
		// A non-breaking hyphen (U+2011) inside a name keeps it whole, as "-" does; a dash does not.
		{"Zoë Dupont\u2011Leclerc et Jean-Luc \u2011 Paris\u2011 fin", []string{"Zoë", "Dupont\u2011Leclerc", "et", "Jean-Luc", "\u2011", "Paris", "\u2011", "fin"}},
		// Wikinews's tokenised French spaces an elision off: "l'" stays one token, as before a word.
		{"à l' UE , qu’ il dit d'", []string{"à", "l'", "UE", ",", "qu’", "il", "dit", "d'"}},
		{"a \u0301 b \u200d c\r\nd", []string{"a", "b", "c", "d"}}, // marks and joiners on a space are space
		// Invisible format characters: inside a word they keep it whole; elsewhere they are space.
		{"le gouverne\u00adment de Jean\u00adPierre", []string{"le", "gouverne\u00adment", "de", "Jean\u00adPierre"}},
		{"Marie\u200bCurie\u2060 à Berlin\ufeff. \u00ad fin\u200b", []string{"Marie\u200bCurie", "à", "Berlin", ".", "fin"}},
	}
	for _, tt := range tests {
		var got []string
		for _, tok := range tokenize(tt.in, "fr") {
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
// TestTokenizeInversion: a pronoun or clitic after a hyphen is cut as spaCy's French tokenizer cuts
// it, with its hyphen; names that hold such a word, and English, stay whole.
func TestTokenizeInversion(t *testing.T) {
	tests := []struct {
		in, lang string
		want     []string
	}{
		{"« Non », a-t-il dit.", "fr", []string{"«", "Non", "»", ",", "a", "-t", "-il", "dit", "."}},
		{"Répond-elle, peut-on, est-ce, Dit-Il, A-T-IL, a-t'il", "fr", []string{"Répond", "-elle", ",", "peut", "-on", ",", "est", "-ce", ",",
			"Dit", "-Il", ",", "A", "-T", "-IL", ",", "a", "-t'", "il"}},
		{"celui-là, allez-y, va-t-en, dis-moi 👍🏽", "fr", []string{"celui", "-là", ",", "allez", "-y", ",", "va", "-t", "-en", ",", "dis", "-moi", "👍🏽"}},
		{"Aix-la-Chapelle, Saint-Germain-en-Laye, Villard-le-Bois, Saint-Denis, lui-même, Jean-Yves, 2-il, Noe\u0301l-il", "fr",
			[]string{"Aix-la-Chapelle", ",", "Saint-Germain-en-Laye", ",", "Villard-le-Bois", ",", "Saint-Denis", ",", "lui-même", ",", "Jean-Yves", ",",
				"2-il", ",", "Noe\u0301l", "-il"}},
		{"dit-il", "en", []string{"dit-il"}},
	}
	for _, tt := range tests {
		var got []string
		for _, tok := range tokenize(tt.in, tt.lang) {
			got = append(got, tt.in[tok.Start:tok.End])
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("tokenize(%q, %s) = %q, want %q", tt.in, tt.lang, got, tt.want)
		}
	}
}

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
	want := "-DOCSTART- -X- c1 O\n\nL’\tO\nUnion\tB-ORG\neuropéenne\tI-ORG\n🇪🇺\tO\net\tO\nAg\u0303ustín\tB-PER\n👍🏽\tO\nont\tO\nvu\tO\n" +
		"👨\u200d👩\u200d👧\tB-MISC\n1\ufe0f\u20e3\tO\n«\tO\nOui\tO\n»\tO\n.\tO\n\n"
	if got := string(files[0].Data); got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
	if !hasWarning(warns, `t3 MISC "👨" starts or ends inside a character`) || hasWarning(warns, "inside a word") {
		t.Fatalf("warnings: %v", warns)
	}
}

// TestTokenizeByLanguage: the apostrophe goes by the text's language, as spaCy's tokenizers have it.
// English splits the clitics off the end of a word (the possessive 's, n't, 're, 'll, 've, 'm, 'd);
// French splits the elided word off the start (l', qu'); neither cuts a word inside ("O'Brien",
// "aujourd'hui") or a grapheme cluster.
func TestTokenizeByLanguage(t *testing.T) {
	tests := []struct {
		lang, in string
		want     []string
	}{
		{"en", "Donald Trump's administration", []string{"Donald", "Trump", "'s", "administration"}},
		{"en", "Trump’s team, TRUMP'S TEAM", []string{"Trump", "’s", "team", ",", "TRUMP", "'S", "TEAM"}},
		{"en", "We don't, can't and won't", []string{"We", "do", "n't", ",", "ca", "n't", "and", "wo", "n't"}},
		{"en", "we're, they'll, I've, I'm, she'd", []string{"we", "'re", ",", "they", "'ll", ",", "I", "'ve", ",", "I", "'m", ",", "she", "'d"}},
		{"en", "O'Brien's rock'n'roll", []string{"O'Brien", "'s", "rock'n'roll"}},
		{"en", "the Obamas' house and 'quotes'", []string{"the", "Obamas", "'", "house", "and", "'", "quotes", "'"}},
		{"en", "Ame\u0301lie's café’s 1990's", []string{"Ame\u0301lie", "'s", "café", "’s", "1990", "'s"}},
		{"en", "«\u202fOui\u202f», l'Élysée's 👍🏽 Trump's 🇺🇸", []string{"«", "Oui", "»", ",", "l'Élysée", "'s", "👍🏽", "Trump", "'s", "🇺🇸"}},
		{"en-GB", "Lavrov's", []string{"Lavrov", "'s"}},
		{"en", "n't 's", []string{"n't", "'", "s"}},
		{"fr", "l’administration de Trump's et qu'il aujourd'hui", []string{"l’", "administration", "de", "Trump's", "et", "qu'", "il", "aujourd'hui"}},
		{"fr", "d'Ame\u0301lie 👍🏽 «\u202fl'État\u202f»", []string{"d'", "Ame\u0301lie", "👍🏽", "«", "l'", "État", "»"}},
		{"fr-CA", "jusqu’à", []string{"jusqu’", "à"}},
	}
	for _, tt := range tests {
		var got []string
		for _, tok := range tokenize(tt.in, tt.lang) {
			got = append(got, tt.in[tok.Start:tok.End])
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("tokenize(%q, %s) = %q, want %q", tt.in, tt.lang, got, tt.want)
		}
	}
}

// bilingualDoc is a one-segment document with a French name and its English translation, each tagged
// (the English before its possessive "'s"), plus an English span that really does cut a word.
func bilingualDoc(t *testing.T) *annotate.Document {
	t.Helper()
	src := "Il a critiqué l’administration de Donald Trump 👍🏽 et d'Amélie."
	d := annotate.NewDocument("b1", "", src, "fr", "en")
	d.AddSegment(0, len(src), 0, annotate.KindSentence)
	e := annotate.NewEditor(d)
	tgt := "He criticised Donald Trump's administration 👍🏽 and Ame\u0301lie’s."
	_, err := e.SetTarget(d.Segments[0].ID, tgt)
	mustDo(t, err)
	add := func(side annotate.Side, text, name, label string) {
		i := strings.Index(text, name)
		sp := &annotate.Span{Side: side, Start: i, End: i + len(name), Label: label, Origin: annotate.Human, Confidence: 1}
		if side == annotate.Target {
			sp.Segment = d.Segments[0].ID
		}
		mustDo(t, e.AddSpan(sp))
	}
	add(annotate.Source, src, "Donald Trump", annotate.LabelPER)
	add(annotate.Source, src, "administration", annotate.LabelORG)
	add(annotate.Source, src, "Amélie", annotate.LabelPER)
	add(annotate.Target, tgt, "Donald Trump", annotate.LabelPER)
	add(annotate.Target, tgt, "Ame\u0301lie", annotate.LabelPER)
	add(annotate.Target, tgt, "admin", annotate.LabelORG) // inside a word: a true warning
	return d
}

// TestSpacyChecksEachSideWithItsTokenizer: "Donald Trump" before "'s" is on English token boundaries
// and "administration" after "l’" on French ones, so neither is warned about; a span inside a word is.
func TestSpacyChecksEachSideWithItsTokenizer(t *testing.T) {
	_, warns, err := Write("spacy", []*annotate.Document{bilingualDoc(t)}, WriteOptions{Side: BothSides})
	mustDo(t, err)
	var bounds []string
	for _, w := range warns {
		if strings.Contains(w.Msg, "token boundaries") {
			bounds = append(bounds, w.Doc+": "+w.Msg)
		}
	}
	if len(bounds) != 1 || !strings.Contains(bounds[0], `b1#target: span`) || !strings.Contains(bounds[0], `ORG "admin"`) {
		t.Fatalf("token-boundary warnings: %q, want only the English ORG \"admin\"", bounds)
	}
}

// TestCoNLLTokenizesEachSideInItsLanguage: the English side splits "'s" off "Trump" (and the span
// ends there without a warning), the French side splits "l’" off "administration".
func TestCoNLLTokenizesEachSideInItsLanguage(t *testing.T) {
	files, warns, err := Write("conll", []*annotate.Document{bilingualDoc(t)}, WriteOptions{Side: BothSides})
	mustDo(t, err)
	got := string(files[0].Data)
	for _, want := range []string{
		"l’\tO\nadministration\tB-ORG\nde\tO\nDonald\tB-PER\nTrump\tI-PER\n👍🏽\tO\net\tO\nd'\tO\nAmélie\tB-PER\n.\tO\n",
		"Donald\tB-PER\nTrump\tI-PER\n's\tO\nadmin\tB-ORG\nistration\tO\n👍🏽\tO\nand\tO\nAme\u0301lie\tB-PER\n’s\tO\n.\tO\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("CoNLL lacks\n%s\nin\n%s", want, got)
		}
	}
	for _, w := range warns {
		if strings.Contains(w.Msg, "inside a word") && !strings.Contains(w.Msg, `"admin"`) {
			t.Errorf("false warning: %s: %s", w.Doc, w.Msg)
		}
	}
	if !hasWarning(warns, `ORG "admin" starts or ends inside a word`) {
		t.Errorf("no warning for the span inside a word: %v", warns)
	}
}
