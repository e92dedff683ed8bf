package formats

import (
	"os"
	"slices"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// TestEstimatedCodes: before exporting, the codes that merge-back would place at a likely place are
// those it does place so, named with the French they wrap (or the word they stand beside): the code
// whose English was not found, those kept in the source's order (canReorder) away from their English;
// a segment whose codes all go around their English has none, nor a segment left as the file has it.
func TestEstimatedCodes(t *testing.T) {
	for _, tc := range []struct {
		file    string
		english map[string]string
		want    map[string][]PlacedCode
	}{
		{"codes.xlf", codesEnglish, map[string][]PlacedCode{
			"lost":  {{Code: Code{Tag: `<pc id="1">`, Words: "patron", Wraps: true}}},
			"lines": {{Code: Code{Tag: `<ph id="1"/>`, Words: "Deuxième"}}},
		}},
		{"reorder.xlf", reorderEnglish, map[string][]PlacedCode{
			"fixed":   {{Code: Code{Tag: `<pc id="2">`, Words: "Olaf Scholz", Wraps: true}, Order: true}},
			"between": {{Code: Code{Tag: `<pc id="3">`, Words: "Joe Biden", Wraps: true}, Order: true}},
		}},
	} {
		_, _, _, d := translateUnits(t, tc.file, "xliff", tc.english)
		got, err := EstimatedCodes(d, nil)
		if err != nil {
			t.Fatal(err)
		}
		for unit, want := range tc.want {
			g := slices.Clone(got[segmentOf(t, d, unit)])
			for i := range g {
				g[i].At, g[i].End = 0, 0 // places in the English, tested by the placement's own tests
			}
			if !slices.Equal(g, want) {
				t.Errorf("%s, unit %s: estimated codes %+v, want %+v", tc.file, unit, g, want)
			}
		}
		for _, unit := range []string{"name", "kept", "free", "inorder"} {
			if s := segmentOfOr(d, unit); s != "" && len(got[s]) > 0 {
				t.Errorf("%s, unit %s: estimated codes %+v, want none", tc.file, unit, got[s])
			}
		}
	}
}

// TestSourceCodes: the codes of each segment's French in the client's file, in their order, each
// named by its start tag with the French it wraps or stands beside (a pair once, by its start); none
// for a document from elsewhere.
func TestSourceCodes(t *testing.T) {
	for _, file := range []string{"codes.xlf", "codes12.xlf"} {
		data, err := os.ReadFile("testdata/merge/" + file)
		if err != nil {
			t.Fatal(err)
		}
		docs, _, err := Read(file, data, ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		d := docs[0]
		got, err := SourceCodes(d.Meta.Original)
		if err != nil {
			t.Fatal(err)
		}
		for id, fc := range got {
			if s := d.Segment(id); s == nil || d.SourceText(s) != fc.French {
				t.Errorf("%s: codes of segment %s read with the French %q, not the document's", file, id, fc.French)
			}
		}
		name := []Code{{Tag: `<pc id="1">`, Words: "Sergueï Lavrov", Wraps: true, At: len("Selon "), End: len("Selon Sergueï Lavrov")}}
		if file == "codes12.xlf" {
			name[0].Tag = `<g id="1">`
		}
		if g := got[segmentOf(t, d, "name")].Codes; !slices.Equal(g, name) {
			t.Errorf("%s: codes of unit name %+v, want %+v", file, g, name)
		}
		if file == "codes.xlf" {
			edges := []Code{{Tag: `<ph id="1"/>`, Words: "Début"}, {Tag: `<sc id="2"/>`, Words: "et fin", Wraps: true, At: len("Début "), End: len("Début et fin")},
				{Tag: `<ph id="3"/>`, Words: "", At: len("Début et fin."), End: len("Début et fin.")}}
			if g := got[segmentOf(t, d, "edges")].Codes; !slices.Equal(g, edges) {
				t.Errorf("codes of unit edges %+v, want %+v", g, edges)
			}
		}
	}
	plain := annotate.NewDocument("p", "", "Bonjour.", "fr", "en")
	if got, err := SourceCodes(plain.Meta.Original); got != nil || err != nil {
		t.Errorf("a document from elsewhere: %v, %v", got, err)
	}
}

func segmentOf(t *testing.T, d *annotate.Document, unit string) string {
	t.Helper()
	s := segmentOfOr(d, unit)
	if s == "" {
		t.Fatalf("no segment of unit %s", unit)
	}
	return s
}

func segmentOfOr(d *annotate.Document, unit string) string {
	for _, s := range d.Segments {
		if s.Unit == unit {
			return s.ID
		}
	}
	return ""
}
