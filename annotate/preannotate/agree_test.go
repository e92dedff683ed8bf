package preannotate

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"
)

// agreeDocs reads two one-line doccano annotations of the same text.
func agreeDocs(t *testing.T, a, b string) ([]GoldDoc, []GoldDoc) {
	t.Helper()
	da, err := ReadGold(strings.NewReader(a), "a.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	db, err := ReadGold(strings.NewReader(b), "b.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	return da, db
}

// agreeDoc is one doccano line: QUOTE spans (code points) found by their text, all spoken by the
// SPEAKER "Zoé Lévêque" when named is true.
func agreeDoc(t *testing.T, text string, quotes []string, named bool) string {
	t.Helper()
	cp := func(sub string) int {
		i := strings.Index(text, sub)
		if i < 0 {
			t.Fatalf("%q not in the text", sub)
		}
		return utf8.RuneCountInString(text[:i])
	}
	type ent struct {
		ID    int    `json:"id"`
		Label string `json:"label"`
		Start int    `json:"start_offset"`
		End   int    `json:"end_offset"`
	}
	type rel struct {
		ID          int    `json:"id"`
		From        int    `json:"from_id"`
		To          int    `json:"to_id"`
		Type        string `json:"type"`
		SpeakerName string `json:"speaker_name"`
	}
	const speaker = "Zoe\u0301 Lévêque"
	ents := []ent{{ID: 100, Label: "SPEAKER", Start: cp(speaker), End: cp(speaker) + utf8.RuneCountInString(speaker)}}
	var rels []rel
	for i, q := range quotes {
		ents = append(ents, ent{ID: i + 1, Label: "QUOTE", Start: cp(q), End: cp(q) + utf8.RuneCountInString(q)})
		if named {
			rels = append(rels, rel{ID: i + 1, From: i + 1, To: 100, Type: "speaker", SpeakerName: "Zoé Lévêque"})
		}
	}
	out, err := json.Marshal(map[string]any{"id": "d1", "text": text, "entities": ents, "relations": rels})
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

func TestAgreeQuotes(t *testing.T) {
	// past an emoji, accented letters and a combining accent ("Zoé" spelt Zoe + U+0301)
	const text = "😀 Zoe\u0301 Lévêque a dit : « Ça ira. » Puis « le café » et « l'été »."
	a := agreeDoc(t, text, []string{"« Ça ira. »", "« le café »"}, true)
	tests := []struct {
		name                  string
		b                     string
		f1, overlapF1, speak  float64
		speakersBoth, quotesB int
	}{
		{"the same", a, 1, 1, 1, 2, 2},
		{"one quote missing, one more", agreeDoc(t, text, []string{"« Ça ira. »", "« l'été »"}, true), 0.5, 0.5, 1, 1, 2},
		{"a narrower span overlaps", agreeDoc(t, text, []string{"« Ça ira.", "« le café »"}, true), 0.5, 1, 1, 1, 2},
		{"no speaker in B", agreeDoc(t, text, []string{"« Ça ira. »", "« le café »"}, false), 1, 1, 0, 2, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			da, db := agreeDocs(t, a, tt.b)
			if got := da[0].Text[da[0].Quotes[0].Start:da[0].Quotes[0].End]; got != "« Ça ira. »" {
				t.Fatalf("test offsets: the first quote reads %q", got)
			}
			s, err := AgreeQuotes(da, db)
			if err != nil {
				t.Fatal(err)
			}
			if s.Quotes.F1 != tt.f1 || s.Overlap.F1 != tt.overlapF1 || s.Speakers.Accuracy != tt.speak ||
				s.Speakers.Gold != tt.speakersBoth || s.QuotesB != tt.quotesB || s.QuotesA != 2 {
				t.Errorf("got %+v, want F1 %.2f overlap %.2f speakers %.2f of %d, %d quotes in B", s, tt.f1, tt.overlapF1, tt.speak, tt.speakersBoth, tt.quotesB)
			}
		})
	}
}

func TestAgreeQuotesRefusesOtherDocuments(t *testing.T) {
	a := `{"id":"d1","text":"« Oui. »","entities":[],"relations":[]}`
	for _, tt := range []struct{ name, b, want string }{
		{"another text", `{"id":"d1","text":"« Non. »","entities":[],"relations":[]}`, "different texts"},
		{"another id", `{"id":"d2","text":"« Oui. »","entities":[],"relations":[]}`, "d1 is in the first annotation only"},
		{"more documents", a + "\n" + `{"id":"d2","text":"« Oui. »","entities":[],"relations":[]}`, "1 and 2 documents"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			da, db := agreeDocs(t, a, tt.b)
			if _, err := AgreeQuotes(da, db); err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one saying %q", err, tt.want)
			}
		})
	}
}

// TestSecondAnnotationsAgree checks that the sets annotated twice still agree as testdata/README.md
// says: a corrupted or half-edited gold file would not.
func TestSecondAnnotationsAgree(t *testing.T) {
	for _, tt := range []struct {
		first, second string
		f1            float64
	}{
		{"wikinews-quotes-dev-12.jsonl", "wikinews-quotes-dev-12b.jsonl", 0.975},
		{"wikinews-quotes-test-29.jsonl", "wikinews-quotes-test-29x.jsonl", 0.985},
		{"wikinews-quotes-test-30.jsonl", "wikinews-quotes-test-30x.jsonl", 1},
	} {
		s, err := AgreeQuotes(readHeldOut(t, tt.first), readHeldOut(t, tt.second))
		if err != nil {
			t.Fatal(err)
		}
		if s.Quotes.F1 < tt.f1-0.001 || s.Speakers.Correct != s.Speakers.Gold {
			t.Errorf("%s against %s: %+v, want exact F1 %.3f and every shared quote with the same speaker", tt.second, tt.first, s, tt.f1)
		}
	}
}

// A Latin-1 gold file used to be read with U+FFFD in place of « » and the accented letters.
func TestReadGoldRefusesInvalidUTF8(t *testing.T) {
	in := "{\"id\": 1, \"text\": \"Il a dit \xab oui \xbb \xe0 Paris.\", \"entities\": [{\"id\": 1, \"label\": \"QUOTE\", \"start_offset\": 9, \"end_offset\": 16}]}\n"
	_, err := ReadGold(strings.NewReader(in), "gold.jsonl")
	if err == nil || !strings.Contains(err.Error(), "gold.jsonl: line 1, byte offset 28: invalid UTF-8 (byte 0xab)") {
		t.Fatalf("error %v; want the line and byte offset of «", err)
	}
}

// A gold file from doccano's browser holds its quotations where the record says: "label" triples of
// the sequence-labelling export, offsets in UTF-16 code units when "offset_unit" says so (Glose's
// --unit utf16 export). Both were read as no quotation, or a word over after the emoji.
func TestReadGoldTriplesAndUnits(t *testing.T) {
	text := `"Zoé 👍🏽 : «\u202fOui\u202f», a-t-elle dit."`
	for _, in := range []string{
		`{"id": 1, "text": ` + text + `, "label": [[9, 16, "QUOTE"]]}`,
		`{"id": 1, "text": ` + text + `, "offset_unit": "utf16", "entities": [{"id": 4, "label": "QUOTE", "start_offset": 11, "end_offset": 18}], "relations": []}`,
	} {
		docs, err := ReadGold(strings.NewReader(in), "gold.jsonl")
		if err != nil {
			t.Fatalf("%s: %v", in, err)
		}
		if q := docs[0].Quotes; len(q) != 1 || docs[0].Text[q[0].Start:q[0].End] != "«\u202fOui\u202f»" {
			t.Errorf("%s: quotes %+v, want « Oui »", in, q)
		}
	}
	// UTF-16 offsets said nothing of, past the end counted as code points: the error says how they fit.
	in := `{"id": 1, "text": "Zoé 👍🏽 dit : «\u202fOui\u202f»", "label": [[15, 22, "QUOTE"]]}`
	if _, err := ReadGold(strings.NewReader(in), "gold.jsonl"); err == nil || !strings.Contains(err.Error(), "gold.jsonl:1: entity -1 end offset 22") ||
		!strings.Contains(err.Error(), "counted in UTF-16 code units, as doccano in a web browser counts them, it fits") {
		t.Errorf("UTF-16 offsets said nothing of: error %v", err)
	}
}
