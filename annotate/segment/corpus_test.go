package segment

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"unicode/utf8"
)

// The corpora live in ../shared/data beside the repository (see /work/shared/data/README.md for their
// licences: WiNER-fr text CC BY 2.5 with annotations CC BY 4.0; fr-litbank CC BY-SA). Tests skip when the
// directory is absent.

type goldDoc struct {
	ID       string `json:"id"`
	Text     string `json:"text"`
	Entities []struct {
		Label string `json:"label"`
		Start int    `json:"start_offset"` // code points
		End   int    `json:"end_offset"`   // code points, exclusive
	} `json:"entities"`
}

// sharedData returns ../shared/data relative to the module root, or "" if absent.
func sharedData(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatalf("getwd: %v", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
	data := filepath.Join(dir, "..", "shared", "data")
	if _, err := os.Stat(data); err != nil {
		return ""
	}
	return data
}

func readGold(tb testing.TB, path string) []goldDoc {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Skipf("corpus not available: %v", err)
	}
	defer f.Close()
	var docs []goldDoc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 1<<26)
	for line := 1; sc.Scan(); line++ {
		var d goldDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			tb.Fatalf("%s:%d: decoding document: %v", path, line, err)
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("reading %s: %v", path, err)
	}
	return docs
}

// byteOffsets maps code-point offsets 0..n of text to byte offsets.
func byteOffsets(text string) []int {
	offs := make([]int, 0, len(text)+1)
	for i := range text {
		offs = append(offs, i)
	}
	return append(offs, len(text))
}

// straddle is one gold entity that does not lie inside a single unit.
type straddle struct {
	doc, label, text string
}

// straddlers returns the gold entities of docs that are not inside one unit, and the number of entities.
func straddlers(t *testing.T, docs []goldDoc) ([]straddle, int) {
	var out []straddle
	total := 0
	for _, d := range docs {
		units := Split(d.Text)
		checkUnits(t, d.Text, units)
		offs := byteOffsets(d.Text)
		for _, e := range d.Entities {
			total++
			bs, be := offs[e.Start], offs[e.End]
			k := sort.Search(len(units), func(k int) bool { return units[k].End > bs })
			if k < len(units) && units[k].Start <= bs && be <= units[k].End {
				continue
			}
			out = append(out, straddle{doc: d.ID, label: e.Label, text: d.Text[bs:be]})
		}
	}
	return out, total
}

// knownGoldOddities lists wikinews gold entities that cannot lie in one sentence, by document id and
// entity text, with the reason.
var knownGoldOddities = map[string]string{
	// "… à l'initiative du président Ouattara . D. Duncan devient ainsi …": the gold PER span runs from
	// "Ouattara" across the full stop into the next sentence's "D. Duncan" (two names merged).
	"2017_01_11-001 Ouattara . D. Duncan": "one span over two sentences",
}

func TestGoldEntitiesInsideOneUnit(t *testing.T) {
	data := sharedData(t)
	if data == "" {
		t.Skip("../shared/data not found")
	}
	tests := []struct {
		file   string
		strict bool // fail on any straddling entity not listed in knownGoldOddities
	}{
		{"ner-wikinews-dev.jsonl", true},
		{"ner-wikinews-train.jsonl", true},
		{"quotes-litbank-dev.jsonl", false},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			docs := readGold(t, filepath.Join(data, tt.file))
			bad, total := straddlers(t, docs)
			t.Logf("%s: %d of %d gold spans cross a unit boundary", tt.file, len(bad), total)
			for _, b := range bad {
				key := b.doc + " " + b.text
				if _, ok := knownGoldOddities[key]; ok && tt.strict {
					continue
				}
				msg := fmt.Sprintf("%s %s %q", b.doc, b.label, shorten(b.text))
				if tt.strict {
					t.Errorf("entity crosses a unit boundary: %s", msg)
				} else if testing.Verbose() {
					t.Log(msg)
				}
			}
		})
	}
}

func shorten(s string) string {
	if utf8.RuneCountInString(s) <= 120 {
		return s
	}
	r := []rune(s)
	return string(r[:60]) + " … " + string(r[len(r)-60:])
}
