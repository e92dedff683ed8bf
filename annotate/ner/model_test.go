package ner

import (
	"strings"
	"testing"
)

// devFloor is a little under the shipped model's measured dev micro F1 over PER, ORG and LOC, so that
// a regression fails.
const devFloor = 0.87

func TestDefaultOnDev(t *testing.T) {
	dev := readShared(t, "ner-wikinews-dev.jsonl")
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	pred := make([]Example, len(dev))
	for i, ex := range dev {
		pred[i] = Example{Text: ex.Text, Spans: m.Recognize(ex.Text)}
		for _, p := range pred[i].Spans {
			if p.Confidence < 0 || p.Confidence > 1 || p.Start >= p.End || p.End > len(ex.Text) {
				t.Fatalf("bad mention %+v", p)
			}
		}
	}
	s := Score(dev, pred, []string{"PER", "ORG", "LOC"})
	for _, l := range s.SortedLabels() {
		t.Logf("%s: P %.3f R %.3f F1 %.3f", l, s.Labels[l].Precision, s.Labels[l].Recall, s.Labels[l].F1)
	}
	t.Logf("micro: P %.3f R %.3f F1 %.3f", s.Micro.Precision, s.Micro.Recall, s.Micro.F1)
	if s.Micro.F1 < devFloor {
		t.Errorf("dev micro F1 %.4f < %.2f", s.Micro.F1, devFloor)
	}
}

func TestRecognizeExamples(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "😀 Le président Donald Trump a reçu M. Sergueï Lavrov à la Maison-Blanche, à Washington , mercredi."
	want := map[string]string{"Donald Trump": "PER", "Sergueï Lavrov": "PER", "Washington": "LOC"}
	got := map[string]string{}
	for _, mt := range m.Recognize(text) {
		got[text[mt.Start:mt.End]] = mt.Label
	}
	for s, l := range want {
		if got[s] != l {
			t.Errorf("%q: got label %q, want %q (all: %v)", s, got[s], l, got)
		}
	}
	if got := m.Recognize(""); len(got) != 0 {
		t.Errorf("empty text gave %v", got)
	}
}

// TestNamesBesideEmoji: a name followed or preceded by an emoji ends or starts at the name, never inside
// the emoji's grapheme cluster nor over it ("Union européenne 🇪" was proposed, cutting the flag).
func TestNamesBesideEmoji(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want []string // label and text of each mention, in order
	}{
		{"À Bruxelles, l’Union européenne 🇪🇺 a réuni ses ministres.", []string{"LOC Bruxelles", "ORG Union européenne"}},
		{"À New York, l’Organisation des Nations unies 🇺🇳 a voté.", []string{"LOC New York", "ORG Organisation des Nations unies"}},
		{"Emmanuel Macron 🇫🇷 et Angela Merkel 👩\u200d⚕\ufe0f ont parlé 💪🏽.", []string{"PER Emmanuel Macron", "PER Angela Merkel"}},
		{"🇫🇷 Emmanuel Macron a reçu 👍🏽 Joe Biden 1\ufe0f\u20e3 à Paris 👨\u200d👩\u200d👧.", []string{"PER Emmanuel Macron", "PER Joe Biden", "LOC Paris"}},
	}
	for _, tt := range tests {
		var got []string
		for _, mt := range m.Recognize(tt.text) {
			got = append(got, mt.Label+" "+tt.text[mt.Start:mt.End])
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Recognize(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestIsSymbol(t *testing.T) {
	for w, want := range map[string]bool{
		"🇪🇺": true, "👨\u200d👩\u200d👧": true, "👍🏽": true, "🏽": true, "1\ufe0f\u20e3": true, "#\ufe0f\u20e3": true,
		"©": true, "°": true, " \u0301": true,
		"+": false, "€": false, "^": false, "«": false, ".": false, "Canal": false, "e\u0301": false, "a🏽": false, "M.": false,
	} {
		if got := isSymbol(w); got != want {
			t.Errorf("isSymbol(%+q) = %v, want %v", w, got, want)
		}
	}
}

func TestEnglishName(t *testing.T) {
	tests := []struct {
		fr, label, want string
		ok              bool
	}{
		{"Moscou", "LOC", "Moscow", true},
		{"Russie", "LOC", "Russia", true},
		{"États-Unis", "LOC", "United States", true},
		{"etats-unis", "LOC", "United States", true},
		{"l'Allemagne", "LOC", "Germany", true},
		{"Pékin", "LOC", "Beijing", true},
		{"la Grande-Bretagne", "LOC", "Great Britain", true},
		{"Célèbes", "LOC", "Sulawesi", true},
		{"plateau du Golan", "LOC", "Golan Heights", true},
		{"Virginie-Occidentale", "LOC", "West Virginia", true},
		{"Tennessee", "LOC", "Tennessee", true},
		{"URSS", "ORG", "USSR", true},
		{"Parti travailliste", "ORG", "Labour Party", true},
		{"Maison-Blanche", "ORG", "White House", true},
		{"ONU", "ORG", "UN", true},
		{"Sergueï Lavrov", "PER", "Sergei Lavrov", true},
		{"Mikhaïl Gorbatchev", "PER", "Mikhail Gorbachev", true}, // the list's, then the respelling
		{"Vladimir Poutine", "PER", "Vladimir Putin", true},
		{"Benyamin Netanyahou", "PER", "Benyamin Netanyahu", true},
		{"Mouammar Kadhafi", "PER", "Muammar Gaddafi", true},
		{"Mao Tsé-toung", "PER", "Mao Zedong", true},
		{"Père Johnson", "PER", "Father Johnson", true}, // the title in English, the name kept
		{"Sœur Emmanuelle", "PER", "Sister Emmanuelle", true},
		{"Frère Sergueï", "PER", "Brother Sergei", true},
		{"Mère Teresa", "PER", "Mother Teresa", true},
		{"Abbé Pierre", "PER", "Abbé Pierre", false}, // English writes it so
		{"Jean Frère", "PER", "Jean Frère", false},   // a surname, not a title
		{"Père", "PER", "Père", false},
		{"François Fillon", "PER", "François Fillon", false},
		{"Guillaume Pepy", "PER", "Guillaume Pepy", false},
		{"Trifouillis", "LOC", "Trifouillis", false},
		{"ministère russe des Affaires étrangères", "ORG", "Russian Ministry of Foreign Affairs", true},
		{"ministère de l’Intérieur", "ORG", "Ministry of the Interior", true},
		{"Ministère de la Santé", "ORG", "Ministry of Health", true},
		{"l'armée syrienne", "ORG", "Syrian Army", true},
		{"gouvernement français", "ORG", "French Government", true},
		{"Parlement britannique", "ORG", "British Parliament", true},
		{"Congrès américain", "ORG", "US Congress", true},
		{"université de Kyoto", "ORG", "université de Kyoto", false}, // Kyoto University, but University of Geneva
		{"ministère de la Pêche au gros", "ORG", "ministère de la Pêche au gros", false},
		{"armée syrienne libre", "ORG", "armée syrienne libre", false},
		{"Intérieur", "ORG", "Ministry of the Interior", true},
		{"Intérieur français", "ORG", "French Ministry of the Interior", true},
		{"ministère de la Défense autrichien", "ORG", "Austrian Ministry of Defence", true},
		{"Justice", "ORG", "Justice", false}, // the ministry as often as the courts
		{"Intérieur", "LOC", "Intérieur", false},
	}
	for _, tt := range tests {
		got, ok := EnglishName(tt.fr, tt.label)
		if got != tt.want || ok != tt.ok {
			t.Errorf("EnglishName(%q, %s) = %q, %v; want %q, %v", tt.fr, tt.label, got, ok, tt.want, tt.ok)
		}
	}
}

func BenchmarkRecognize(b *testing.B) {
	dev := readShared(b, "ner-wikinews-dev.jsonl")
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	var texts []string
	size := 0
	for size < 1<<20 {
		for _, ex := range dev {
			texts = append(texts, ex.Text)
			size += len(ex.Text)
		}
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			m.Recognize(t)
		}
	}
}

// TestConfidenceCalibrated checks that a mention's confidence says how often such mentions are right
// on the dev set: every tenth of the scale holding 100 mentions or more is within 0.1 of its precision,
// so that the default threshold of 0.5 drops nothing worth keeping and 0.9 keeps the sure ones.
func TestConfidenceCalibrated(t *testing.T) {
	dev := readShared(t, "ner-wikinews-dev.jsonl")
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	var n, right [10]int
	for _, ex := range dev {
		gold := map[Mention]bool{}
		for _, s := range ex.Spans {
			gold[Mention{Start: s.Start, End: s.End, Label: s.Label}] = true
		}
		for _, p := range m.Recognize(ex.Text) {
			b := min(int(p.Confidence*10), 9)
			n[b]++
			if gold[Mention{Start: p.Start, End: p.End, Label: p.Label}] {
				right[b]++
			}
		}
	}
	for b := range n {
		if n[b] < 100 {
			continue
		}
		mid, share := (float64(b)+0.5)/10, float64(right[b])/float64(n[b])
		t.Logf("confidence %.1f–%.1f: %d mentions, %.3f right", float64(b)/10, float64(b+1)/10, n[b], share)
		if share < mid-0.1 || share > mid+0.1 {
			t.Errorf("confidence %.1f–%.1f: %d mentions of which %.3f are right", float64(b)/10, float64(b+1)/10, n[b], share)
		}
	}
}

// TestTypographicApostrophes: the same article with its apostrophes written ’ (as most French sites
// and translators write them) gets the same names as with ' (as most of the training text has them):
// the recogniser lost 0.3 point of F1 on the dev set so written before it read ’ as '.
func TestTypographicApostrophes(t *testing.T) {
	dev := readShared(t, "ner-wikinews-dev.jsonl")
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	compared := 0
	for _, ex := range dev {
		if !strings.Contains(ex.Text, "'") {
			continue
		}
		curly := strings.ReplaceAll(ex.Text, "'", "’")
		back := make([]int, 0, len(curly)+1) // ’ is three bytes where ' is one
		for i, r := range ex.Text {
			for range len(strings.ReplaceAll(string(r), "'", "’")) {
				back = append(back, i)
			}
		}
		back = append(back, len(ex.Text))
		want, got := m.Recognize(ex.Text), m.Recognize(curly)
		if len(got) != len(want) {
			t.Errorf("article %d: %d names with ’, %d with '", compared, len(got), len(want))
			continue
		}
		for i := range got {
			g, w := got[i], want[i]
			if back[g.Start] != w.Start || back[g.End] != w.End || g.Label != w.Label {
				t.Errorf("article %d: %s %q with ’, %s %q with '", compared, g.Label, curly[g.Start:g.End], w.Label, ex.Text[w.Start:w.End])
			}
		}
		compared++
	}
	if compared < 100 {
		t.Fatalf("only %d articles compared", compared)
	}
}
