package formats

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// spacyText has accents, « » with no-break spaces, an emoji outside the BMP, e + U+0301 (which the
// import composes, moving every offset after it) and a CRLF line end.
const spacyText = "Zoé dit\u00a0: «\u00a0Non 😀 cafe\u0301\u00a0»\r\nÀ Montréal, l'AFP répond."

// TestReadSpacySpans: the span groups of a spaCy JSONL record (Glose's spaCy export: quotes and cues in
// spans["sc"], the kind of a pronoun or description in spans["mention"]) and a Prodigy record's list of
// spans are read, in code points, as Python counts; they were dropped without a word, the record read
// as a doccano record with no entities.
func TestReadSpacySpans(t *testing.T) {
	at := func(s string) [2]int { // code points of s in spacyText
		i := strings.Index(spacyText, s)
		return [2]int{len([]rune(spacyText[:i])), len([]rune(spacyText[:i+len(s)]))}
	}
	q, zoe, mtl, afp := at("«\u00a0Non 😀 cafe\u0301\u00a0»"), at("Zoé"), at("Montréal"), at("AFP")
	cases := []struct{ name, rec string }{
		{"spacy.jsonl", `{"text": "` + spacyText + `", "entities": [[` + ints(zoe) + `, "PER"], [` + ints(mtl) + `, "LOC"]],
			"spans": {"sc": [[` + ints(q) + `, "QUOTE"], [` + ints(zoe) + `, "PER"], [` + ints(afp) + `, "ORG"]], "mention": [[` + ints(zoe) + `, "pronoun"]]}}`},
		{"prodigy.jsonl", `{"text": "` + spacyText + `", "spans": [{"start": ` + strconv.Itoa(q[0]) + `, "end": ` + strconv.Itoa(q[1]) + `, "label": "QUOTE"},
			{"start": ` + strconv.Itoa(zoe[0]) + `, "end": ` + strconv.Itoa(zoe[1]) + `, "label": "PER", "token_start": 0, "token_end": 0},
			{"start": ` + strconv.Itoa(mtl[0]) + `, "end": ` + strconv.Itoa(mtl[1]) + `, "label": "LOC"}, {"start": ` + strconv.Itoa(afp[0]) + `, "end": ` + strconv.Itoa(afp[1]) + `, "label": "ORG"}], "answer": "accept"}`},
	}
	for _, c := range cases {
		rec := strings.NewReplacer("\n", " ", "\t", "", "\r", `\r`).Replace(c.rec) + "\n"
		docs, warns, err := Read(c.name, []byte(rec), ReadOptions{})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		var got []string
		for _, sp := range docs[0].Spans {
			got = append(got, sp.Label+" "+docs[0].SpanText(sp)+" "+string(sp.Mention))
		}
		slices.Sort(got)
		want := []string{"LOC Montréal ", "ORG AFP ", "PER Zoé ", "QUOTE «\u00a0Non 😀 café\u00a0» "}
		if c.name == "spacy.jsonl" {
			want[2] = "PER Zoé pronoun"
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: spans %q, want %q", c.name, got, want)
		}
		for _, w := range warns {
			if w.Code == WarnCodePointsAssumed {
				t.Errorf("%s: %s: a spaCy or Prodigy file counts code points, as Python does", c.name, w)
			}
		}
	}
}

// TestReadSpacySpansErrors: a span group that is neither spaCy's nor Prodigy's, or a span outside the
// text, is refused naming the line and the span's place.
func TestReadSpacySpansErrors(t *testing.T) {
	cases := []struct{ rec, want string }{
		{`{"text": "Zoé part.", "spans": 3}`, `a.jsonl: line 1: spans: expected span groups {"sc": [[start, end, label], …]} (spaCy) or a list of {"start", "end", "label"} (Prodigy)`},
		{`{"text": "Zoé part.", "spans": {"sc": [[0, 3]]}}`, `a.jsonl: line 1: spans.sc[0]: expected [start, end, label]`},
		{`{"text": "Zoé part.", "spans": {"sc": [[0, 30, "PER"]]}}`, `a.jsonl: line 1: spans.sc[0]: range [0, 30) is empty or outside the text (9 Unicode code points)`},
		{`{"text": "Zoé part.", "spans": [{"start": 0, "end": 3}]}`, `a.jsonl: line 1: spans[0]: empty label`},
		{`{"text": "Zoé part.", "spans": {"mention": [[0, 3, "pronoun"]]}}`, `a.jsonl: line 1: spans.mention[0]: no entity at [0, 3) for this pronoun`},
		{`{"text": "Zoé part.", "entities": [[0, 3, "PER"]], "spans": {"mention": [[0, 3, "il"]]}}`, `a.jsonl: line 1: spans.mention[0]: mention "il" is no mention kind (expected nominal or pronoun, or none for a name)`},
	}
	for _, c := range cases {
		_, _, err := Read("a.jsonl", []byte(c.rec+"\n"), ReadOptions{})
		if err == nil || err.Error() != c.want {
			t.Errorf("%s:\n got %v\nwant %s", c.rec, err, c.want)
		}
	}
}

func ints(r [2]int) string { return strconv.Itoa(r[0]) + ", " + strconv.Itoa(r[1]) }

// TestReadProdigyAnswers: Prodigy keeps every record a person answered, rejected ones included. In
// its binary recipes (ner.teach) "reject" says the span shown is wrong: it is a rejected suggestion,
// which pre-annotation does not propose again, not a confirmed span; "ignore" says nothing of it: a
// suggestion still to review. They were read as confirmed spans, as "accept" is. One warning counts
// them, naming the line.
func TestReadProdigyAnswers(t *testing.T) {
	rec := func(answer string) string {
		return `{"text": "Zoé 😀 à Montréal.", "spans": [{"start": 8, "end": 16, "label": "LOC"}], "answer": "` + answer + `"}` + "\n"
	}
	docs, warns, err := Read("p.jsonl", []byte(rec("accept")+rec("reject")+rec("ignore")), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if d := docs[0]; len(d.Spans) != 1 || d.Spans[0].Origin != annotate.Human || len(d.Rejected) != 0 {
		t.Errorf("accept: spans %+v, rejected %+v; want one confirmed span", d.Spans, d.Rejected)
	}
	if d := docs[1]; len(d.Spans) != 0 || len(d.Rejected) != 1 || d.Text[d.Rejected[0].Start:d.Rejected[0].End] != "Montréal" {
		t.Errorf("reject: spans %+v, rejected %+v; want Montréal rejected", d.Spans, d.Rejected)
	}
	if d := docs[2]; len(d.Spans) != 1 || d.Spans[0].Origin != annotate.Auto {
		t.Errorf("ignore: spans %+v; want one suggestion", d.Spans)
	}
	var got []string
	for _, w := range warns {
		if w.Code == WarnProdigyAnswer {
			got = append(got, w.String())
		}
	}
	want := []string{`p.jsonl: line 2: Prodigy's answer "reject": its 1 span is read as a rejected suggestion, not a confirmed span`,
		`p.jsonl: line 3: Prodigy's answer "ignore": its 1 span is read as a suggestion to review, not a confirmed span`}
	if !slices.Equal(got, want) {
		t.Errorf("warnings %q, want %q", got, want)
	}
}
