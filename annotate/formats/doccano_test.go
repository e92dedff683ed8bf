package formats

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"

	"golang.org/x/text/unicode/norm"

	"github.com/glose-app/glose/annotate"
)

// TestDoccanoOutOfRangeSuggestsUTF16: doccano in a browser counts UTF-16 code units, so an entity
// after emoji can end past the text counted in code points; read with no unit asked for, the file is
// then read in UTF-16 code units, with a warning that says so (as a Label Studio file is); read as code
// points, as --unit codepoints asks, the error says to import with --unit utf16, which reads the file.
// Without characters outside the BMP it does not.
func TestDoccanoOutOfRangeSuggestsUTF16(t *testing.T) {
	record := func(text, name string) []byte {
		i := strings.Index(text, name)
		u := len(utf16.Encode([]rune(text[:i])))
		b, _ := json.Marshal(map[string]any{"id": 2, "text": text, "label": [][]any{{u, u + len(utf16.Encode([]rune(name))), "LOC"}}})
		return b
	}
	emoji := record("Anne Hidalgo 👍🏽 « à » 🇫🇷 Lyon.", "Lyon")
	docs, warns, err := Read("d.jsonl", emoji, ReadOptions{})
	if err != nil || docs[0].SpanText(docs[0].Spans[0]) != "Lyon" || len(warns) != 1 || warns[0].Code != WarnOffsetsReadUTF16 ||
		!strings.Contains(warns[0].Msg, "--unit utf16") {
		t.Fatalf("no unit asked for: %v, warnings %v; want Lyon read in UTF-16 code units, and a warning", err, warns)
	}
	_, _, err = Read("d.jsonl", emoji, ReadOptions{Unit: "codepoints"})
	if err == nil || !strings.Contains(err.Error(), "outside the text") || !strings.Contains(err.Error(), "--unit utf16") {
		t.Fatalf("error %v; want one that suggests --unit utf16", err)
	}
	docs, _, err = Read("d.jsonl", emoji, ReadOptions{Unit: "utf16"})
	if err != nil || docs[0].SpanText(docs[0].Spans[0]) != "Lyon" {
		t.Fatalf("with --unit utf16: %v", err)
	}
	plain := []byte(`{"id": 3, "text": "Noe\u0308l à Lyon.", "label": [[9, 30, "LOC"]]}`)
	if _, _, err := Read("d.jsonl", plain, ReadOptions{}); err == nil || strings.Contains(err.Error(), "utf16") {
		t.Errorf("no character outside the BMP: error %v, want no --unit hint", err)
	}
}

// TestDoccanoUnitEvidence: an entity outside the text counted in code points but inside it counted in
// UTF-16 code units gives a *UnitError naming UTF-16 when code points are asked for (with none asked
// for, the reader reads the file again so itself); offsets
// that would cut 👍🏽 or 🇫🇷 in the middle if they counted UTF-16 code units can only be code points,
// and give no warning about the unit, while offsets that fit both ways do.
func TestDoccanoUnitEvidence(t *testing.T) {
	_, _, err := Read("d.jsonl", []byte(`{"text": "🇫🇷 « Noe\u0308l » à Lyon", "label": [[17, 21, "LOC"]]}`), ReadOptions{Unit: "codepoints"})
	var ue *UnitError
	if !errors.As(err, &ue) || ue.Fits != annotate.UTF16 || UnitFlag(ue.Fits) != "utf16" || !strings.Contains(err.Error(), "--unit utf16") {
		t.Fatalf("error %v; want a *UnitError that fits in UTF-16 code units", err)
	}
	for _, c := range []struct {
		line string
		warn bool
	}{
		{`{"text": "👍🏽 Lyon, é.", "label": [[3, 7, "LOC"]]}`, false},    // UTF-16 3 is inside 🏽
		{`{"text": "🇫🇷 « à » Lyon", "label": [[1, 2, "MISC"]]}`, false}, // UTF-16 1 is inside 🇫
		{`{"text": "🇫🇷 « à » Lyon", "label": [[8, 12, "LOC"]]}`, true},
	} {
		docs, warns, err := Read("d.jsonl", []byte(c.line), ReadOptions{})
		if err != nil || len(docs) != 1 {
			t.Fatalf("%s: %v", c.line, err)
		}
		got := slices.ContainsFunc(warns, func(w Warning) bool { return w.Code == WarnCodePointsAssumed })
		if got != c.warn {
			t.Errorf("%s: warns %v, want a code-points warning %v", c.line, warns, c.warn)
		}
	}
}

// TestDoccanoSplitInCodePointsReadsUTF16: offsets counted in UTF-16 code units (doccano's browser) in a
// text with an emoji and CRLF line ends or a decomposed accent land, read as code points, between CR
// and LF or between a letter and its accent. That too says the file counts UTF-16: it opens read so,
// with the warning, rather than failing on a split character.
func TestDoccanoSplitInCodePointsReadsUTF16(t *testing.T) {
	for _, c := range []struct{ text, name string }{
		{"Il a vu 👍🏽 Angela Merkel à Berlin.\r\nEt puis ?", "Berlin"},
		{"Il a vu 👍🏽 à Ne\u0301ris, chez Zoe\u0301.", "Ne\u0301ris, chez"},
	} {
		i := strings.Index(c.text, c.name)
		u := len(utf16.Encode([]rune(c.text[:i])))
		line, _ := json.Marshal(map[string]any{"text": c.text, "label": [][]any{{u, u + len(utf16.Encode([]rune(c.name))), "LOC"}}})
		docs, warns, err := Read("d.jsonl", line, ReadOptions{})
		if err != nil {
			t.Fatalf("%q: %v; want it read in UTF-16 code units", c.text, err)
		}
		want := norm.NFC.String(c.name)
		if got := docs[0].SpanText(docs[0].Spans[0]); got != want || len(warns) != 1 || warns[0].Code != WarnOffsetsReadUTF16 {
			t.Errorf("%q: span %q, warnings %v; want %q and the warning that offsets were read in UTF-16", c.text, got, warns, want)
		}
	}
	// Without a character outside the BMP, a split stays an error: the offsets are wrong in any unit.
	_, _, err := Read("d.jsonl", []byte(`{"text": "Lyon.\r\nEt", "label": [[0, 6, "LOC"]]}`), ReadOptions{})
	if err == nil || !strings.Contains(err.Error(), "splits a character") {
		t.Errorf("split CR LF without emoji: %v, want the split-character error", err)
	}
}

// TestDoccanoKeepsNumericIDs: doccano numbers its records ("id": 17); a record read from doccano and
// exported again has the same id, a number, so that a script joining the two files by id finds it
// ("17" is not 17 in Python or JavaScript). IDs that are no plain number stay strings.
func TestDoccanoKeepsNumericIDs(t *testing.T) {
	in := `{"id": 17, "text": "Zoé 😀 à Paris.", "entities": [{"id": 3, "label": "LOC", "start_offset": 8, "end_offset": 13}], "relations": []}` + "\n" +
		`{"id": "007", "text": "Lyon.", "entities": []}` + "\n" + `{"id": "a-1", "text": "Nice.", "entities": []}` + "\n"
	docs, _, err := Read("d.jsonl", []byte(in), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	files, _, err := Write("doccano", docs, WriteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var ids []any
	for _, line := range strings.Split(strings.TrimSpace(string(files[0].Data)), "\n") {
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, rec["id"])
	}
	if want := []any{17.0, "007", "a-1"}; !slices.Equal(ids, want) {
		t.Errorf("ids %#v, want %#v", ids, want)
	}
}
