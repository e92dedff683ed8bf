package ner

import (
	"bytes"
	"compress/gzip"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rivo/uniseg"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"l'OMS et d’Alep", []string{"l'", "OMS", "et", "d’", "Alep"}},
		{"qu'il jusqu'à aujourd'hui", []string{"qu'", "il", "jusqu'", "à", "aujourd'hui"}},
		{"L'Express", []string{"L'", "Express"}},
		{"la Maison-Blanche et Jean-Marc", []string{"la", "Maison-Blanche", "et", "Jean-Marc"}},
		// U+2010 HYPHEN and U+2011 NON-BREAKING HYPHEN join as '-' does; a dash does not
		{"Lyon\u2010Part\u2010Dieu et Jean\u2011Marc – fin", []string{"Lyon\u2010Part\u2010Dieu", "et", "Jean\u2011Marc", "–", "fin"}},
		{"Paris , Saint-Denis .", []string{"Paris", ",", "Saint-Denis", "."}},
		{"« Bonjour » , dit-il", []string{"«", "Bonjour", "»", ",", "dit-il"}},
		{"M. Lavrov et Mme Le Pen", []string{"M.", "Lavrov", "et", "Mme", "Le", "Pen"}},
		{"les U.S.A. et J. K. Rowling.", []string{"les", "U.S.A.", "et", "J.", "K.", "Rowling", "."}},
		// hyphenated initials are one word, as the given name they stand for
		{"J.-L. Mélenchon et J.-P. Roux.", []string{"J.-L.", "Mélenchon", "et", "J.-P.", "Roux", "."}},
		{"de A.-M. Duval, en 2001.-Fin", []string{"de", "A.-M.", "Duval", ",", "en", "2001", ".", "-", "Fin"}},
		{"3,5 % en 2014-2015, fin.", []string{"3,5", "%", "en", "2014-2015", ",", "fin", "."}},
		{"O'Brien 😀 café", []string{"O'Brien", "😀", "café"}},
		{"cafe\u0301 noir", []string{"cafe\u0301", "noir"}},
		{"fin de phrase.Début", []string{"fin", "de", "phrase", ".", "Début"}},
		{"Identi.ca", []string{"Identi.ca"}},
		{"", nil},
		// grapheme clusters (UAX #29) stay whole: flags, ZWJ sequences, skin tones, keycaps, marks
		{"l’Union européenne 🇪🇺 et la France 🇫🇷.", []string{"l’", "Union", "européenne", "🇪🇺", "et", "la", "France", "🇫🇷", "."}},
		{"🇪🇺🇫🇷🇺🇳", []string{"🇪🇺", "🇫🇷", "🇺🇳"}},
		{"famille 👨\u200d👩\u200d👧 ici", []string{"famille", "👨\u200d👩\u200d👧", "ici"}},
		{"Merkel 👩\u200d⚕\ufe0f a dit", []string{"Merkel", "👩\u200d⚕\ufe0f", "a", "dit"}},
		{"bravo 👍🏽👍🏽!", []string{"bravo", "👍🏽", "👍🏽", "!"}},
		{"étape 1\ufe0f\u20e3 puis #\ufe0f\u20e32\ufe0f\u20e3", []string{"étape", "1\ufe0f\u20e3", "puis", "#\ufe0f\u20e3", "2\ufe0f\u20e3"}},
		{"Ame\u0301lie e\u0301te\u0301", []string{"Ame\u0301lie", "e\u0301te\u0301"}},
		{"«\u202fOui\u202f» , dit-il", []string{"«", "Oui", "»", ",", "dit-il"}},
		{"a\u200d b", []string{"a\u200d", "b"}},                 // a joiner stays with the letter before it
		{"l’\u0301a", []string{"l’\u0301", "a"}},                // and a mark with the apostrophe
		{"x \u0301 y\r\nz", []string{"x", " \u0301", "y", "z"}}, // a lone accent on a space is a symbol
	}
	for _, tt := range tests {
		var got []string
		for _, tok := range tokenize(tt.in) {
			got = append(got, tt.in[tok.start:tok.end])
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestTokensOnClusterBoundaries: every token of texts mixing words, punctuation and emoji starts and
// ends on a grapheme cluster boundary.
func TestTokensOnClusterBoundaries(t *testing.T) {
	pieces := []string{"Union", "européenne", "l’", "U.S.A.", "🇪🇺", "🇫🇷", "🇺", "👨\u200d👩\u200d👧", "👍🏽", "🏽",
		"1\ufe0f\u20e3", "e\u0301", "\u0301", "\u200d", "\ufe0f", "«\u202f", "\u202f»", " ", "\n", "\r\n", "-", ".", "’", "3,5", "©\ufe0f"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 3000 {
		var b strings.Builder
		for range 1 + rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := b.String()
		bounds := clusterBoundaries(text)
		for _, tok := range tokenize(text) {
			if !bounds[tok.start] || !bounds[tok.end] {
				t.Fatalf("tokenize(%q): token %q [%d, %d) cuts a grapheme cluster", text, text[tok.start:tok.end], tok.start, tok.end)
			}
		}
	}
}

// clusterBoundaries returns the grapheme cluster boundaries of text, 0 and len(text) included.
func clusterBoundaries(text string) map[int]bool {
	bounds := map[int]bool{0: true}
	state, i := -1, 0
	for rest := text; rest != ""; {
		var c string
		c, rest, _, state = uniseg.FirstGraphemeClusterInString(rest, state)
		i += len(c)
		bounds[i] = true
	}
	return bounds
}

func TestSentences(t *testing.T) {
	text := "Titre\n\nUne phrase. Une autre ! M. Dupont vient."
	toks := tokenize(text)
	b := sentences(text, toks)
	var got []string
	for k := 0; k+1 < len(b); k++ {
		got = append(got, text[toks[b[k]].start:toks[b[k+1]-1].end])
	}
	want := []string{"Titre", "Une phrase.", "Une autre !", "M. Dupont vient."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("sentences = %q, want %q", got, want)
	}
}

func TestReadDoccano(t *testing.T) {
	in := `{"id": 1, "text": "😀 À Moscou, e\u0301 Paris", "entities": [{"id": 0, "label": "LOC", "start_offset": 4, "end_offset": 10}, {"id": 1, "label": "LOC", "start_offset": 15, "end_offset": 20}], "relations": []}` + "\n\n"
	exs, err := ReadDoccano(strings.NewReader(in), "x.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if len(exs) != 1 || len(exs[0].Spans) != 2 {
		t.Fatalf("got %+v", exs)
	}
	for i, want := range []string{"Moscou", "Paris"} {
		s := exs[0].Spans[i]
		if got := exs[0].Text[s.Start:s.End]; got != want {
			t.Errorf("span %d = %q, want %q", i, got, want)
		}
	}
	bad := []struct{ in, want string }{
		{"{}\n{\"text\": 3}", "x.jsonl:2:"},
		{`{"text": "abc", "entities": [{"label": "PER", "start_offset": 1, "end_offset": 9}]}`, "x.jsonl:1: entity 0 (PER) has offsets [1,9)"},
		{`{"text": "abc", "entities": [{"label": "", "start_offset": 0, "end_offset": 1}]}`, "no label"},
		{"not json", "x.jsonl:1: not a doccano JSON object"},
		// Latin-1 "à" used to become U+FFFD and train silently on it.
		{"{\"text\": \"ok\"}\n{\"text\": \"Macron est \xe0 Paris\"}", "x.jsonl: line 2, byte offset 36: invalid UTF-8 (byte 0xe0)"},
	}
	for _, b := range bad {
		_, err := ReadDoccano(strings.NewReader(b.in), "x.jsonl")
		if err == nil || !strings.Contains(err.Error(), b.want) {
			t.Errorf("ReadDoccano(%q) error = %v, want it to contain %q", b.in, err, b.want)
		}
	}
}

// A record that says its offsets count UTF-16 code units (Glose's export for doccano's browser, which
// doccano keeps at the top level, or under "meta" in older versions) is read so: train and eval took
// them for code points, a word over after each emoji.
func TestReadDoccanoHonoursTheRecordsUnit(t *testing.T) {
	text := `"😀 À Moscou 🇫🇷, e\u0301 Paris"`
	ents := `"entities": [{"label": "LOC", "start_offset": 5, "end_offset": 11}, {"label": "LOC", "start_offset": 21, "end_offset": 26}]`
	for _, in := range []string{
		`{"text": ` + text + `, ` + ents + `, "offset_unit": "utf16"}`,
		`{"text": ` + text + `, ` + ents + `, "meta": {"offset_unit": "utf16"}}`,
	} {
		exs, err := ReadDoccano(strings.NewReader(in), "x.jsonl")
		if err != nil {
			t.Fatalf("%s: %v", in, err)
		}
		var got []string
		for _, s := range exs[0].Spans {
			got = append(got, exs[0].Text[s.Start:s.End])
		}
		if strings.Join(got, "|") != "Moscou|Paris" {
			t.Errorf("%s: spans %q, want Moscou and Paris", in, got)
		}
	}
	_, err := ReadDoccano(strings.NewReader(`{"text": `+text+`, `+ents+`, "offset_unit": "bytes"}`), "x.jsonl")
	if err == nil || !strings.Contains(err.Error(), `x.jsonl:1: "offset_unit": offset unit "bytes"`) {
		t.Errorf("unknown unit: error %v", err)
	}
	// Said nothing of, the offsets of doccano's browser are code points; past the end so counted, the
	// error says they fit in UTF-16 code units.
	_, err = ReadDoccano(strings.NewReader(`{"text": `+text+`, `+ents+`}`), "x.jsonl")
	if err == nil || !strings.Contains(err.Error(), "x.jsonl:1: entity 1 (LOC) has offsets [21,26) outside the text's 23 Unicode code points") ||
		!strings.Contains(err.Error(), `counted in UTF-16 code units, as doccano in a web browser counts them, it fits`) {
		t.Errorf("UTF-16 offsets said nothing of: error %v", err)
	}
}

// doccano's sequence-labelling export holds [start, end, label] triples under "label", as import reads
// them: train read none, and refused the file as holding no entity spans.
func TestReadDoccanoSequenceLabelling(t *testing.T) {
	for _, in := range []string{
		`{"id": 3, "text": "😀 À Moscou, e\u0301 Paris", "label": [[4, 10, "LOC"], [15, 20, "LOC"]], "Comments": []}`,
		`{"id": 3, "text": "😀 À Moscou, e\u0301 Paris", "entities": [[4, 10, "LOC"], [15, 20, "LOC"]]}`,
	} {
		exs, err := ReadDoccano(strings.NewReader(in), "x.jsonl")
		if err != nil {
			t.Fatalf("%s: %v", in, err)
		}
		var got []string
		for _, s := range exs[0].Spans {
			got = append(got, exs[0].Text[s.Start:s.End]+"/"+s.Label)
		}
		if strings.Join(got, "|") != "Moscou/LOC|Paris/LOC" {
			t.Errorf("%s: spans %q, want Moscou and Paris", in, got)
		}
	}
	_, err := ReadDoccano(strings.NewReader(`{"text": "abc", "label": [[0, 2, 5]]}`), "x.jsonl")
	if err == nil || !strings.Contains(err.Error(), "x.jsonl:1: label[0]: expected [start, end, label]") {
		t.Errorf("a triple without its label: error %v", err)
	}
}

func TestScore(t *testing.T) {
	gold := []Example{{Spans: []Mention{{0, 5, "PER", 1}, {10, 15, "LOC", 1}, {20, 25, "ORG", 1}}}}
	pred := []Example{{Spans: []Mention{{0, 5, "PER", 1}, {10, 14, "LOC", 1}, {20, 25, "LOC", 1}, {30, 35, "MISC", 1}}}}
	s := Score(gold, pred, []string{"PER", "ORG", "LOC"})
	if s.Labels["PER"].TP != 1 || s.Labels["LOC"].FP != 2 || s.Labels["LOC"].FN != 1 || s.Labels["ORG"].FN != 1 {
		t.Errorf("per-label counts wrong: %+v", s.Labels)
	}
	if s.Micro.TP != 1 || s.Micro.FP != 2 || s.Micro.FN != 2 || s.Micro.F1 < 0.333 || s.Micro.F1 > 0.334 {
		t.Errorf("micro = %+v, want tp 1 fp 2 fn 2 f1 1/3", s.Micro)
	}
}

func readSample(t testing.TB) []Example {
	f, err := os.Open("testdata/wikinews-sample.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	exs, err := ReadDoccano(f, "wikinews-sample.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	return exs
}

func TestTrainSmall(t *testing.T) {
	exs := readSample(t)
	m, err := Train(exs[:5], exs[5:], TrainOptions{Epochs: 4, MinCount: 1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	// The model must at least fit its own training documents well.
	var pred []Example
	for _, ex := range exs[:5] {
		pred = append(pred, Example{Text: ex.Text, Spans: m.Recognize(ex.Text)})
	}
	if f := Score(exs[:5], pred, nil).Micro.F1; f < 0.8 {
		t.Errorf("training-set F1 = %.3f, want >= 0.8", f)
	}
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Load(buf.Bytes())
	if err != nil {
		t.Fatalf("Load(Save(m)): %v", err)
	}
	for _, ex := range exs {
		a, b := m.Recognize(ex.Text), m2.Recognize(ex.Text)
		if len(a) != len(b) {
			t.Fatalf("round trip changed the mentions: %d vs %d", len(a), len(b))
		}
		for i := range a {
			if a[i].Start != b[i].Start || a[i].End != b[i].End || a[i].Label != b[i].Label {
				t.Errorf("round trip: mention %d %+v became %+v", i, a[i], b[i])
			}
		}
	}
	if _, err := Train(nil, nil, TrainOptions{}, nil); err == nil {
		t.Error("Train with no data: no error")
	}
}

func TestLoadCorrupt(t *testing.T) {
	gz := func(b []byte) []byte {
		var buf bytes.Buffer
		w := gzip.NewWriter(&buf)
		w.Write(b)
		w.Close()
		return buf.Bytes()
	}
	good := gzipped(t, assetModel(t))
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "not a gzip"},
		{"text", []byte("hello"), "not a gzip"},
		{"wrong magic", gz([]byte("NOTAMODEL")), "signature"},
		{"future version", gz([]byte("GLOSENER\x09")), "version 9"},
		{"truncated header", gz([]byte("GLOSENER\x01\x50{")), "truncated header"},
		{"bad header", gz([]byte("GLOSENER\x01\x02{}")), "labels"},
		{"truncated features", gz(good[:len(good)-7]), "feature"},
		{"trailing bytes", gz(append(good, 1, 2, 3)), "unexpected bytes"},
	}
	for _, tt := range tests {
		_, err := Load(tt.data)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: Load error = %v, want it to contain %q", tt.name, err, tt.want)
		}
	}
}

// assetModel returns the embedded model file.
func assetModel(t testing.TB) []byte {
	data, err := os.ReadFile("../../assets/ner-fr.model")
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// gzipped returns the decompressed content of a gzip file.
func gzipped(t testing.TB, data []byte) []byte {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(zr); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// sharedData returns the path of a file in ../shared/data beside the repository, or skips.
func sharedData(t testing.TB, name string) string {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		t.Skipf("go env GOMOD: %v", err)
	}
	p := filepath.Join(filepath.Dir(strings.TrimSpace(string(out))), "..", "shared", "data", name)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("%s not available: %v", p, err)
	}
	return p
}

func readShared(t testing.TB, name string) []Example {
	p := sharedData(t, name)
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	exs, err := ReadDoccano(f, p)
	if err != nil {
		t.Fatal(err)
	}
	return exs
}

// A name written with U+2010 HYPHEN or U+2011 NON-BREAKING HYPHEN is tagged whole, as with '-':
// "Lyon‐Part‐Dieu" was tagged LOC "gare de Lyon", "Jean‐Marc Ayrault" two persons.
func TestRecognizeUnicodeHyphens(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range []string{"-", "\u2010", "\u2011"} {
		for _, c := range []struct{ text, want string }{
			{"Il est arrivé à la gare de Lyon" + h + "Part" + h + "Dieu lundi.", "Lyon" + h + "Part" + h + "Dieu"},
			{"Jean" + h + "Marc Ayrault a parlé.", "Jean" + h + "Marc Ayrault"},
		} {
			found := false
			for _, mm := range m.Recognize(c.text) {
				name := c.text[mm.Start:mm.End]
				found = found || strings.HasSuffix(name, c.want)
				if strings.Contains(c.want, name) && name != c.want {
					t.Errorf("%q: tagged %s %q, a part of %q", c.text, mm.Label, name, c.want)
				}
			}
			if !found {
				t.Errorf("%q: %q not tagged whole", c.text, c.want)
			}
		}
	}
}
